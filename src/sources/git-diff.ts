import { git } from "./git-commits.js";

export interface ChangedPath {
  /** A added, M modified, D deleted, R renamed, C copied, T type change. */
  status: string;
  path: string;
  /** The path before a rename or copy. */
  oldPath?: string;
}

/** `git diff --name-status -M -z base head`: the files a change touches, paths exactly as stored. */
export function changedPaths(repo: string, base: string | null, head: string): ChangedPath[] {
  const args = base
    ? ["diff", "--name-status", "-M", "-z", "--no-ext-diff", base, head]
    : ["show", "--name-status", "-M", "-z", "--no-ext-diff", "--format=", head];
  return parseNameStatus(git(repo, args));
}

export function parseNameStatus(out: string): ChangedPath[] {
  const fields = out.split("\0");
  const result: ChangedPath[] = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]?.trim();
    if (!status) continue;
    const letter = status[0]!;
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++]!;
      const path = fields[i++]!;
      result.push({ status: letter, path, oldPath });
    } else {
      result.push({ status: letter, path: fields[i++]! });
    }
  }
  return result;
}

/**
 * Lines of `path` that the change adds in the head (the lines a review comment may sit on, side
 * RIGHT). A PR's diff on GitHub is against the merge base (base...head); that is used when the
 * history allows, else the two commits directly.
 */
export function addedLines(
  repo: string,
  base: string | null,
  head: string,
  path: string,
  oldPath?: string,
): Set<number> {
  const from = base ? (mergeBase(repo, base, head) ?? base) : null;
  const pathspec = ["--", `:(literal)${path}`, ...(oldPath ? [`:(literal)${oldPath}`] : [])];
  const out = from
    ? git(repo, ["diff", "-U0", "-M", "--no-color", "--no-ext-diff", from, head, ...pathspec])
    : git(repo, ["show", "-U0", "-M", "--no-color", "--no-ext-diff", "--format=", head, ...pathspec]);
  return parseAddedLines(out);
}

/** The new-side line numbers of the hunks of a `-U0` diff of one file. */
export function parseAddedLines(diff: string): Set<number> {
  const lines = new Set<number>();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === undefined ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}

function mergeBase(repo: string, a: string, b: string): string | null {
  try {
    return git(repo, ["merge-base", a, b]).trim() || null;
  } catch {
    return null;
  }
}
