/** POSIX path helpers for repository-relative paths ("" is the repository root). */

/** The directory of a repository path ("" for a file at the root). */
export function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** "." and "./" mean the repository root. */
export function normalizeDir(dir: string): string {
  const n = normalizeRepoPath(dir);
  return n ?? dir;
}

/**
 * Join `relative` to the repository directory `base` and normalise it. Returns null when the
 * result leaves the repository (a `..` above the root, an absolute path, a home-relative path).
 */
export function resolveInRepo(base: string, relative: string): string | null {
  if (relative.startsWith("/") || relative.startsWith("~") || /^[A-Za-z]:[\\/]/.test(relative)) return null;
  if (relative.includes("\\")) return null;
  return normalizeRepoPath(base === "" ? relative : `${base}/${relative}`);
}

/** Collapse "." and ".." segments; null when ".." climbs above the root. */
export function normalizeRepoPath(path: string): string | null {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length === 0) return null;
      out.pop();
      continue;
    }
    out.push(seg);
  }
  return out.join("/");
}

/** The relative path from directory `from` to directory `to`, "." when equal (like Terraform's path.module). */
export function relativeDir(from: string, to: string): string {
  const a = from === "" ? [] : from.split("/");
  const b = to === "" ? [] : to.split("/");
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const parts = [...a.slice(i).map(() => ".."), ...b.slice(i)];
  return parts.length === 0 ? "." : parts.join("/");
}

interface PathIndex {
  byDir: Map<string, string[]>;
  all: Set<string>;
}

/**
 * Per path list, its files by directory and as a set, built on first use. A snapshot's `paths`
 * is one array for its whole life, so every root of a monorepo shares one index instead of
 * scanning thousands of paths for each directory it loads.
 */
const indexes = new WeakMap<readonly string[], PathIndex>();

function indexOf(paths: readonly string[]): PathIndex {
  let index = indexes.get(paths);
  if (!index) {
    index = { byDir: new Map(), all: new Set(paths) };
    for (const p of paths) {
      const d = dirOf(p);
      const list = index.byDir.get(d);
      if (list) list.push(p);
      else index.byDir.set(d, [p]);
    }
    indexes.set(paths, index);
  }
  return index;
}

const NONE: readonly string[] = Object.freeze([]);

/** Files directly inside `dir` (not in subdirectories), in the order of `paths`. */
export function filesIn(paths: readonly string[], dir: string): readonly string[] {
  return indexOf(paths).byDir.get(dir) ?? NONE;
}

/** Whether `path` is one of `paths` (indexed: cheap when asked for many paths of one list). */
export function hasPath(paths: readonly string[], path: string): boolean {
  return indexOf(paths).all.has(path);
}

export function isTerraformFile(path: string): boolean {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}
