/** Real git repositories for the end-to-end tests: an "origin" (GitHub) and a runner's checkout. */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";

let tick = 0;

/** git with no user or system configuration, and fixed identities so SHAs are reproducible. */
export function gitEnv(home: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_AUTHOR_NAME: "Dev",
    GIT_AUTHOR_EMAIL: "dev@example.com",
    GIT_COMMITTER_NAME: "Dev",
    GIT_COMMITTER_EMAIL: "dev@example.com",
    GIT_PROTOCOL: "version=2",
  };
}

export function git(dir: string, args: string[], home: string, date?: string): string {
  const env = { ...gitEnv(home), ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) };
  return execFileSync("git", ["-C", dir, ...args], {
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  }).trim();
}

/** The repository on "GitHub": commits are whole trees copied from fixture folders. */
export class OriginRepo {
  private constructor(
    readonly dir: string,
    private readonly home: string,
  ) {}

  static create(dir: string, home: string): OriginRepo {
    mkdirSync(dir, { recursive: true });
    git(dir, ["init", "-q", "-b", "main"], home);
    // GitHub serves any reachable commit by SHA; a local origin must be told to.
    git(dir, ["config", "uploadpack.allowAnySHA1InWant", "true"], home);
    return new OriginRepo(dir, home);
  }

  /** Replace the work tree with `tree` (a folder) and commit it on the current branch. */
  commitTree(tree: string, message: string): string {
    for (const e of readdirSync(this.dir))
      if (e !== ".git") rmSync(join(this.dir, e), { recursive: true, force: true });
    cpSync(tree, this.dir, { recursive: true });
    git(this.dir, ["add", "-A"], this.home);
    tick++;
    git(
      this.dir,
      ["commit", "-q", "--allow-empty", "-m", message],
      this.home,
      `2026-01-01T00:00:${String(tick).padStart(2, "0")}Z`,
    );
    return this.sha("HEAD");
  }

  branch(name: string, from: string): void {
    git(this.dir, ["checkout", "-q", "-B", name, from], this.home);
  }

  /** What GitHub checks out under pull_request: a merge of the head into the base (refs/pull/N/merge). */
  mergeCommit(base: string, head: string, pr: number): string {
    const current = this.sha("HEAD");
    git(this.dir, ["checkout", "-q", "--detach", base], this.home);
    tick++;
    git(
      this.dir,
      ["merge", "-q", "--no-ff", "-m", `Merge ${head} into ${base}`, head],
      this.home,
      `2026-01-02T00:00:${String(tick).padStart(2, "0")}Z`,
    );
    const merge = this.sha("HEAD");
    git(this.dir, ["update-ref", `refs/pull/${pr}/head`, head], this.home);
    git(this.dir, ["update-ref", `refs/pull/${pr}/merge`, merge], this.home);
    git(this.dir, ["checkout", "-q", "--detach", current], this.home);
    return merge;
  }

  sha(ref: string): string {
    return git(this.dir, ["rev-parse", ref], this.home);
  }
}

/**
 * A runner's checkout, as actions/checkout leaves it: `full` fetches every branch and PR ref
 * (fetch-depth: 0); otherwise only the checked-out commit, shallow (fetch-depth: 1).
 */
export function checkout(origin: OriginRepo, dir: string, sha: string, home: string, full: boolean): void {
  mkdirSync(dir, { recursive: true });
  git(dir, ["init", "-q"], home);
  git(dir, ["remote", "add", "origin", `file://${origin.dir}`], home);
  if (full) {
    git(
      dir,
      [
        "fetch",
        "-q",
        "--no-tags",
        "origin",
        "+refs/heads/*:refs/remotes/origin/*",
        "+refs/pull/*:refs/remotes/pull/*",
      ],
      home,
    );
  } else {
    git(dir, ["fetch", "-q", "--no-tags", "--depth=1", "origin", sha], home);
  }
  git(dir, ["checkout", "-q", "--detach", sha], home);
}

/** The new-side lines of a `base...head` diff, as GitHub accepts review comments on them. */
export function diffLines(dir: string, base: string, head: string, home: string): Record<string, number[]> {
  const out = git(dir, ["diff", "-U0", "--no-color", `${base}...${head}`], home);
  const lines: Record<string, number[]> = {};
  let file = "";
  for (const l of out.split("\n")) {
    const f = /^\+\+\+ b\/(.*)$/.exec(l);
    if (f) file = f[1]!;
    const h = /^@@ -\S+ \+(\d+)(?:,(\d+))? @@/.exec(l);
    if (h && file) {
      const start = Number(h[1]);
      const count = h[2] === undefined ? 1 : Number(h[2]);
      const list = lines[file] ?? [];
      for (let i = 0; i < count; i++) list.push(start + i);
      lines[file] = list;
    }
  }
  return lines;
}
