// A git snapshot reads blobs in batches: every IaC-looking file on the first read, and the other
// files (templates, scripts read through file()) a folder at a time, or all at once when a reader
// prefetches them. Seen from outside: once one file of a folder is read, its neighbours read
// without git; a snapshot reopened from the listing (a worker thread) reads without git what
// was read before; a prefetched file reads without git.
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitListingOf, gitSnapshot, gitSnapshotOf, prefetchBlobs } from "../../src/sources/git-snapshot.js";
import type { Snapshot } from "../../src/sources/snapshot.js";
import { testRepository } from "../helpers/git.js";

let home: string;
let repo: string;
let snapshot: Snapshot;
const text = (p: string, from: Snapshot = snapshot) => {
  const r = from.read(p);
  return r instanceof Uint8Array ? Buffer.from(r).toString("utf8") : r.error;
};
/** Run `check` while git cannot answer: only what was loaded already reads. */
const withoutGit = (check: () => void, dir: string = repo) => {
  renameSync(join(dir, ".git"), join(dir, "git-away"));
  try {
    check();
  } finally {
    renameSync(join(dir, "git-away"), join(dir, ".git"));
  }
};

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "cag-git-batches-"));
  repo = join(home, "repo");
  testRepository(repo, home, {
    "main.tf": 'resource "aws_sqs_queue" "q" {}\n',
    "templates/a.sh.tftpl": "echo a\n",
    "templates/b.json.tpl": '{"b": 1}\n',
    "other/c.sh": "echo c\n",
  });
  snapshot = gitSnapshot(repo, "HEAD");
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("git snapshot batches", () => {
  it("reads a template's neighbours with it, and another folder's files only from git", () => {
    expect(text("main.tf")).toBe('resource "aws_sqs_queue" "q" {}\n');
    expect(text("templates/a.sh.tftpl")).toBe("echo a\n");
    // git cannot answer any more: what was loaded in the batches still reads.
    withoutGit(() => {
      expect(text("templates/b.json.tpl")).toBe('{"b": 1}\n');
      expect(() => text("other/c.sh")).toThrow();
    });
  });

  it("gives a snapshot reopened from its listing, as a worker thread is, the blobs read already", () => {
    const fresh = gitSnapshot(repo, "HEAD");
    expect(text("main.tf", fresh)).toBe('resource "aws_sqs_queue" "q" {}\n');
    // What a worker thread is sent (a structured clone; the bytes are shared memory). Another
    // repository path: this thread's blob store of `repo` does not answer for it.
    const listing = structuredClone(gitListingOf(fresh)!);
    const reopened = gitSnapshotOf({ ...listing, repo: join(home, "elsewhere") });
    withoutGit(() => {
      expect(text("main.tf", reopened)).toBe('resource "aws_sqs_queue" "q" {}\n');
      expect(() => text("other/c.sh", reopened)).toThrow();
    });
  });

  it("reads the files a reader prefetched without git, whatever their folder", () => {
    // Another spelling of the path: a blob store of its own, nothing loaded yet.
    const fresh = gitSnapshot(`${repo}/.`, "HEAD");
    prefetchBlobs(fresh, ["other/c.sh", "templates/a.sh.tftpl"]);
    withoutGit(() => {
      expect(text("other/c.sh", fresh)).toBe("echo c\n");
      expect(text("templates/a.sh.tftpl", fresh)).toBe("echo a\n");
    });
  });
});

describe("a diff's snapshot loads Terraform's files together, the others a folder at a time", () => {
  const files = {
    "main.tf": 'resource "aws_sqs_queue" "q" {}\n',
    "mod/main.tf": 'resource "aws_sqs_queue" "m" {}\n',
    "a/x.json": '{"x": 1}\n',
    "b/y.yaml": "y: 1\n",
  };
  /** A repository of its own (blobs are shared per repository within the process). */
  const fresh = (name: string) => {
    const dir = join(home, name);
    testRepository(dir, home, files);
    return dir;
  };

  it("terraformPreloadOnly: one Terraform file brings every Terraform file, a JSON file only its folder", () => {
    const dir = fresh("diff-preload");
    const s = gitSnapshot(dir, "HEAD", { terraformPreloadOnly: true });
    expect(text("main.tf", s)).toContain("aws_sqs_queue");
    expect(text("a/x.json", s)).toBe('{"x": 1}\n');
    withoutGit(() => {
      expect(text("mod/main.tf", s)).toContain('"m"');
      expect(() => text("b/y.yaml", s)).toThrow();
    }, dir);
  });

  it("by default the first JSON or YAML file read brings every other IaC-looking file", () => {
    const dir = fresh("audit-preload");
    const s = gitSnapshot(dir, "HEAD");
    expect(text("a/x.json", s)).toBe('{"x": 1}\n');
    withoutGit(() => expect(text("b/y.yaml", s)).toBe("y: 1\n"), dir);
  });
});
