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

/**
 * A path list's files by directory and as a set. A snapshot's `paths` is one array for its whole
 * life: the TerraformCache builds its index once (`cache.pathIndex`), so every root of a
 * monorepo shares one instead of scanning thousands of paths for each directory it loads.
 */
export interface PathIndex {
  readonly byDir: ReadonlyMap<string, readonly string[]>;
  readonly all: ReadonlySet<string>;
}

export function pathIndex(paths: readonly string[]): PathIndex {
  const byDir = new Map<string, string[]>();
  for (const p of paths) {
    const d = dirOf(p);
    const list = byDir.get(d);
    if (list) list.push(p);
    else byDir.set(d, [p]);
  }
  return { byDir, all: new Set(paths) };
}

const NONE: readonly string[] = Object.freeze([]);

/** Files directly inside `dir` (not in subdirectories), in the order of the indexed paths. */
export function filesIn(index: PathIndex, dir: string): readonly string[] {
  return index.byDir.get(dir) ?? NONE;
}

/** Whether `path` is one of the indexed paths. */
export function hasPath(index: PathIndex, path: string): boolean {
  return index.all.has(path);
}

export function isTerraformFile(path: string): boolean {
  return path.endsWith(".tf") || path.endsWith(".tf.json");
}

/** The variable files Terraform reads by itself in a root: terraform.tfvars(.json), then *.auto.tfvars(.json) by name. */
export function autoVarFiles(paths: PathIndex, rootDir: string): string[] {
  const inRoot = filesIn(paths, rootDir);
  const named = ROOT_TFVARS.flatMap((n) => inRoot.filter((p) => baseName(p) === n));
  const auto = inRoot.filter((p) => AUTO_TFVARS.test(baseName(p))).sort();
  return [...named, ...auto];
}

/** The variable files Terraform loads by name, in the order it loads them; then the `.auto.` ones. */
const ROOT_TFVARS = ["terraform.tfvars", "terraform.tfvars.json"];
const AUTO_TFVARS = /\.auto\.tfvars(\.json)?$/;

/** Whether Terraform reads `path` by itself in its folder, were the folder a root (autoVarFiles' files). */
export function isAutoVarFile(path: string): boolean {
  const name = baseName(path);
  return ROOT_TFVARS.includes(name) || AUTO_TFVARS.test(name);
}
