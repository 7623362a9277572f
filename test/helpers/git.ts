import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** git in `dir`, as a fixed user, without the machine's or the user's git configuration. */
export function git(dir: string, home: string, ...args: string[]): string {
  return execFileSync("git", ["-C", dir, ...args], {
    encoding: "utf8",
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@example.com",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@example.com",
      GIT_CONFIG_NOSYSTEM: "1",
      HOME: home,
    },
  });
}

export interface TestRepository {
  dir: string;
  /** Write files into the working tree (not committed). */
  write: (files: Record<string, string>) => void;
  /** Write files and commit everything. */
  commit: (files: Record<string, string>) => void;
  git: (...args: string[]) => string;
}

/** A new git repository at `dir` (HOME for git: `home`) with `files` as its first commit. */
export function testRepository(dir: string, home: string, files: Record<string, string>): TestRepository {
  mkdirSync(dir, { recursive: true });
  const run = (...args: string[]) => git(dir, home, ...args);
  run("init", "-q", "-b", "main");
  const write = (f: Record<string, string>) => {
    for (const [path, text] of Object.entries(f)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
  };
  const commit = (f: Record<string, string>) => {
    write(f);
    run("add", "-A");
    run("commit", "-q", "-m", "change");
  };
  commit(files);
  return { dir, write, commit, git: run };
}
