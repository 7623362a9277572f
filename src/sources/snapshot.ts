import { TextCache } from "./text.js";

/**
 * A snapshot is the set of files of a repository at one point (a directory or a git commit).
 * The core reads files only through this interface; the implementations that touch the disk or
 * run git live in the rest of src/sources/, at the I/O edge.
 */
export interface Snapshot {
  /** Repository-relative POSIX paths of the regular files, sorted. */
  readonly paths: readonly string[];
  /** Raw bytes of a file, or an error text (missing, symlink out of the repo, unreadable). */
  read(path: string): Uint8Array | { error: string; kind?: ReadFailureKind };
  /**
   * What was left out because git ignores it (a directory read as a working tree): paths, a
   * folder ending in "/". The report's coverage names them.
   */
  readonly ignored?: readonly string[];
  /** A content id (git blob id) when it is cheap to know: equal ids mean equal content. */
  oid?(path: string): string | undefined;
  /** The texts read from it so far (sources/text.ts readText): each file is decoded once. */
  readonly texts?: TextCache;
  /**
   * A hint that these files are about to be read: a snapshot that reads in batches (git) loads
   * them together instead of a folder at a time. Reading is the same with or without it.
   */
  prefetch?(paths: readonly string[]): void;
  /**
   * For each of `paths` holding one of `needles` (byte strings without a line break), the lines
   * that hold one (their bytes in file order, each ended by "\n"), found without loading the files
   * here (git grep searches the objects); null for a path to read whole instead (a link, a
   * submodule, a file too large). A path left out holds none of them. Undefined when the snapshot
   * cannot tell more cheaply than reading them.
   */
  linesHolding?(
    needles: readonly string[],
    paths: readonly string[],
  ): ReadonlyMap<string, Uint8Array | null> | undefined;
  /**
   * The paths whose files differ between this snapshot and `other` (in one only, or with other
   * content), sorted, when this snapshot knows them without comparing every path (the two sides
   * of a git pair: what git diff-tree listed); undefined otherwise.
   */
  changedFrom?(other: Snapshot): readonly string[] | undefined;
}

/**
 * The files directly in folder `dir` ("" for the top) of `sorted` (paths in sorted order): those
 * under it stand together in that order, found by a binary search, not by a pass over every path.
 */
export function filesOfFolder(sorted: readonly string[], dir: string): string[] {
  const prefix = dir === "" ? "" : `${dir}/`;
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
    if (!sorted[i]!.includes("/", prefix.length)) out.push(sorted[i]!);
  }
  return out;
}

/** Files larger than this are refused with an error instead of being parsed. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Why a file could not be read as text, as data (the coverage section counts by it): too large,
 * not UTF-8; absent for every other reason (missing, a link, a binary with NUL bytes).
 */
export type ReadFailureKind = "too-large" | "not-utf8";

/** The error of a file of `size` bytes when it is over MAX_FILE_BYTES, else undefined. */
export function tooLarge(size: number): { error: string; kind: ReadFailureKind } | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return {
    error: `file is too large to analyse (${(size / 1048576).toFixed(1)} MiB, limit ${MAX_FILE_BYTES / 1048576} MiB)`,
    kind: "too-large",
  };
}

/** A snapshot held in memory: tests and in-process callers. */
export function memorySnapshot(files: Record<string, string | Uint8Array>): Snapshot {
  const enc = new TextEncoder();
  const map = new Map<string, Uint8Array>();
  for (const [p, c] of Object.entries(files)) map.set(p, typeof c === "string" ? enc.encode(c) : c);
  return {
    texts: new TextCache(),
    paths: [...map.keys()].sort(),
    read(path) {
      return map.get(path) ?? { error: "file not found" };
    },
  };
}
