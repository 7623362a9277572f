// A git snapshot reads blobs in batches: every IaC-looking file on the first read, and the other
// files (templates, scripts read through file()) a folder at a time. Seen from outside: once one
// file of a folder is read, its neighbours read without git.
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitSnapshot } from "../../src/sources/git-snapshot.js";
import type { Snapshot } from "../../src/sources/snapshot.js";
import { testRepository } from "../helpers/git.js";

let home: string;
let repo: string;
let snapshot: Snapshot;
const text = (p: string) => {
  const r = snapshot.read(p);
  return r instanceof Uint8Array ? Buffer.from(r).toString("utf8") : r.error;
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
    renameSync(join(repo, ".git"), join(repo, "git-away"));
    try {
      expect(text("templates/b.json.tpl")).toBe('{"b": 1}\n');
      expect(() => text("other/c.sh")).toThrow();
    } finally {
      renameSync(join(repo, "git-away"), join(repo, ".git"));
    }
  });
});
