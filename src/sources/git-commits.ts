import { execFileSync } from "node:child_process";

/** Runs git in the workspace; errors carry git's own message. */
export function git(repo: string, args: string[]): string {
  try {
    return execFileSync("git", ["-C", repo, ...args], {
      maxBuffer: 512 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    });
  } catch (err) {
    const e = err as { stderr?: string; message: string };
    const detail = (e.stderr || e.message).trim().split("\n").slice(-3).join(" / ");
    throw new Error(`git ${args.slice(0, 2).join(" ")} failed: ${detail}`);
  }
}

export function isGitRepository(dir: string): boolean {
  try {
    return git(dir, ["rev-parse", "--is-inside-work-tree"]).trim() === "true";
  } catch {
    return false;
  }
}

/**
 * Whether `dir` is a git checkout and holds commit `sha`, in one git process (start-up time
 * counts): rev-parse prints "true" inside a work tree, then fails if the commit is missing.
 */
export function checkoutState(dir: string, sha: string): "present" | "missing" | "not-a-checkout" {
  try {
    const out = git(dir, ["rev-parse", "--is-inside-work-tree", "--verify", "--quiet", `${sha}^{commit}`]);
    return out.startsWith("true\n") ? "present" : "not-a-checkout";
  } catch {
    return isGitRepository(dir) ? "missing" : "not-a-checkout";
  }
}

export function hasCommit(repo: string, sha: string): boolean {
  try {
    git(repo, ["cat-file", "-e", `${sha}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Make a commit available in the existing checkout: never a second clone. With `fetch-depth: 0`
 * it is usually there; otherwise fetch just that commit (GitHub serves reachable commits by SHA),
 * then the ref that holds it (a fork PR's head lives in refs/pull/N/head). Returns what was done.
 */
export function ensureCommit(repo: string, sha: string, ref?: string): string | null {
  if (hasCommit(repo, sha)) return null;
  const attempts = [sha, ...(ref ? [ref] : [])];
  const failures: string[] = [];
  for (const what of attempts) {
    try {
      git(repo, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", what]);
      if (hasCommit(repo, sha))
        return `fetched ${sha.slice(0, 7)} from origin (${what === sha ? "by SHA" : what})`;
    } catch (err) {
      failures.push((err as Error).message);
    }
  }
  throw new Error(
    `commit ${sha} is not in the checkout and could not be fetched (${failures.join("; ") || "not found after fetch"}). ` +
      "Check out with actions/checkout and fetch-depth: 0.",
  );
}

/** The first parent of a commit, or null for a root commit. */
export function firstParent(repo: string, sha: string): string | null {
  // The commit object names its parents even in a shallow clone, where rev-list would not.
  const m = /^parent ([0-9a-f]+)$/m.exec(git(repo, ["cat-file", "commit", sha]).split("\n\n")[0] ?? "");
  return m ? m[1]! : null;
}
