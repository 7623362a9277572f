import {
  closeSync,
  fstatSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  statSync,
} from "node:fs";
import { join, sep } from "node:path";
import { gitIgnored } from "./git-snapshot.js";
import type { Snapshot } from "./snapshot.js";
import { tooLarge } from "./snapshot.js";
import { TextCache } from "./text.js";

const SKIP_DIRS = new Set([".git", "node_modules"]);

/**
 * What a walk of a directory found: each repository path with the absolute file to read, or the
 * error it reads as. Plain data, so a worker thread can open the same snapshot without walking.
 */
export interface DirectoryListing {
  root: string;
  files: Map<string, string | { error: string }>;
  /** What git ignores and the walk left out (a folder ends in "/"), when asked to. */
  ignored?: string[];
}

export interface DirectoryOptions {
  /**
   * Leave out what git ignores (build output, a local cdk.out) when the directory lies in a git
   * working tree: the working tree as the next commit would hold it, untracked files included.
   */
  gitIgnore?: boolean;
  /**
   * The directory's path in its repository ("infra/prod"): every path is given from the
   * repository root (a folder audited on its own, reported as the repository names its files).
   */
  at?: string;
}

const listings = new WeakMap<Snapshot, DirectoryListing>();

/**
 * The files of a directory on disk. Symbolic links are followed only when they stay inside the
 * directory; one that points outside is listed and reads as an error, so it is reported, never
 * followed.
 */
export function directorySnapshot(root: string, options: DirectoryOptions = {}): Snapshot {
  const realRoot = realpathSync(root);
  const files = new Map<string, string | { error: string }>();
  // A folder git ignores as a whole ("./": a build output named on purpose) is read as it is.
  const ignored = options.gitIgnore ? gitIgnored(realRoot)?.filter((p) => p !== "./") : undefined;
  const ignoredFiles = new Set(ignored?.filter((p) => !p.endsWith("/")));
  const ignoredDirs = new Set(ignored?.filter((p) => p.endsWith("/")).map((p) => p.slice(0, -1)));
  // `relDir` is `dir` relative to the root, in POSIX form ("" for the root).
  const walk = (dir: string, relDir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = relDir === "" ? e.name : `${relDir}/${e.name}`;
      if (ignoredFiles.has(rel)) continue;
      if (ignoredDirs.has(rel)) {
        // Module code that `terraform init` downloaded is read, git-ignored or not: without it
        // the modules are opaque.
        if (e.name === ".terraform" && e.isDirectory()) walk(join(abs, "modules"), `${rel}/modules`);
        continue;
      }
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(abs, rel);
      } else if (e.isFile()) {
        files.set(rel, abs);
      } else if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          files.set(rel, { error: "symbolic link to a missing file" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          files.set(rel, { error: "symbolic link points outside the repository; not followed" });
        } else if (statSync(target).isFile()) {
          files.set(rel, target);
        }
      }
    }
  };
  walk(realRoot, "");
  const at = options.at?.replace(/\/+$/, "");
  if (!at) return directorySnapshotOf({ root: realRoot, files, ...(ignored ? { ignored } : {}) });
  const prefixed = new Map([...files].map(([rel, f]) => [`${at}/${rel}`, f]));
  const prefixedIgnored = ignored?.map((p) => `${at}/${p}`);
  return directorySnapshotOf({
    root: realRoot,
    files: prefixed,
    ...(prefixedIgnored ? { ignored: prefixedIgnored } : {}),
  });
}

/** The snapshot of an earlier walk (a worker thread reopening the main thread's snapshot). */
export function directorySnapshotOf(listing: DirectoryListing): Snapshot {
  const { files } = listing;
  const snapshot: Snapshot = {
    texts: new TextCache(),
    paths: [...files.keys()].sort(),
    ...(listing.ignored ? { ignored: listing.ignored } : {}),
    read(path) {
      const f = files.get(path);
      if (f === undefined) return { error: "file not found" };
      if (typeof f !== "string") return f;
      try {
        return readBounded(f);
      } catch (err) {
        return { error: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      }
    },
  };
  listings.set(snapshot, listing);
  return snapshot;
}

/**
 * A file's bytes, or an error when it is larger than MAX_FILE_BYTES: one open, one fstat for the
 * size and the reads (a file is read in every run of discovery, so each system call counts).
 */
function readBounded(file: string): Uint8Array | { error: string } {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const large = tooLarge(size);
    if (large) return large;
    // A size of 0 may be a file whose size the system does not know: read it to its end.
    if (size === 0) return readFileSync(fd);
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break;
      read += n;
    }
    return read === size ? bytes : bytes.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** The listing behind a snapshot made by directorySnapshot, if it is one. */
export function directoryListingOf(snapshot: Snapshot): DirectoryListing | undefined {
  return listings.get(snapshot);
}
