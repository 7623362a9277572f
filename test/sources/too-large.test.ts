// A file over the 16 MiB limit is an error naming its size, never read, whichever way the
// snapshot gets its files: in memory, from a directory (fstat), from git (the tree's blob size).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directorySnapshot } from "../../src/sources/fs-snapshot.js";
import { gitSnapshot } from "../../src/sources/git-snapshot.js";
import { MAX_FILE_BYTES, memorySnapshot } from "../../src/sources/snapshot.js";
import { readText } from "../../src/sources/text.js";

const ERROR = "file is too large to analyse (17.0 MiB, limit 16 MiB)";
const SIZE = 17 * 1024 * 1024;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cag-too-large-"));
  writeFileSync(join(dir, "big.tf"), "");
  truncateSync(join(dir, "big.tf"), SIZE);
  writeFileSync(join(dir, "limit.tf"), "");
  truncateSync(join(dir, "limit.tf"), MAX_FILE_BYTES);
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, ...args], {
      env: { ...process.env, GIT_CONFIG_GLOBAL: "/dev/null", GIT_CONFIG_NOSYSTEM: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  git("init", "-q", "-b", "main");
  git("add", "-A");
  git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "big");
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a file over the size limit", () => {
  it("is an error in a snapshot held in memory", () => {
    expect(readText(memorySnapshot({ "big.tf": new Uint8Array(SIZE) }), "big.tf")).toEqual({
      error: ERROR,
      kind: "too-large",
    });
  });

  it("is an error in a directory snapshot; one at the limit is read", () => {
    const snapshot = directorySnapshot(dir);
    expect(snapshot.read("big.tf")).toEqual({ error: ERROR, kind: "too-large" });
    expect(snapshot.read("limit.tf")).toHaveLength(MAX_FILE_BYTES);
  });

  it("is an error in a git snapshot", () => {
    expect(gitSnapshot(dir, "HEAD").read("big.tf")).toEqual({ error: ERROR, kind: "too-large" });
  });
});
