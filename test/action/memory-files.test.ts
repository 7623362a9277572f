/**
 * The in-memory files the action e2e tests hand run() (helpers/memory-files.ts) fail as the disk
 * does (src/github/action-files.ts `nodeFiles`): the same error code and message, so a failure the
 * tests provoke in memory is the one the action meets on a runner.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type ActionFiles, nodeFiles } from "../../src/github/action-files.js";
import { MemoryFiles } from "./helpers/memory-files.js";

const root = mkdtempSync(join(tmpdir(), "cag-files-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The same layout on disk and in memory: a folder `dir` holding a file `dir/file`. */
function layouts(name: string): { disk: string; memory: MemoryFiles } {
  const disk = join(root, name);
  mkdirSync(join(disk, "dir"), { recursive: true });
  writeFileSync(join(disk, "dir", "file"), "text");
  return { disk, memory: new MemoryFiles({ [join(disk, "dir", "file")]: "text" }) };
}

function failure(call: () => unknown): { code?: string; message: string } | "no error" {
  try {
    call();
    return "no error";
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    return { code: e.code, message: e.message };
  }
}

const calls: [string, (files: ActionFiles, at: string) => unknown][] = [
  ["read a missing file", (f, at) => f.readFile(join(at, "dir", "missing"))],
  ["read a folder", (f, at) => f.readFile(join(at, "dir"))],
  ["make a folder under a file", (f, at) => f.mkdir(join(at, "dir", "file", "sub"))],
  ["make a folder where a file is", (f, at) => f.mkdir(join(at, "dir", "file"))],
  ["write a file under a file", (f, at) => f.writeFile(join(at, "dir", "file", "x"), "x")],
  ["write a file where a folder is", (f, at) => f.writeFile(join(at, "dir"), "x")],
  ["write a file in a missing folder", (f, at) => f.writeFile(join(at, "nowhere", "x"), "x")],
  ["make a folder that is there", (f, at) => f.mkdir(join(at, "dir"))],
];

describe("MemoryFiles fails as the disk does", () => {
  it.each(calls)("%s", (name, call) => {
    const { disk, memory } = layouts(name.replace(/ /g, "-"));
    const expected = failure(() => call(nodeFiles, disk));
    expect(failure(() => call(memory, disk))).toEqual(expected);
  });

  it("reads what was written, and tells files and folders that are there", () => {
    const { disk, memory } = layouts("round-trip");
    for (const files of [nodeFiles, memory]) {
      files.mkdir(join(disk, "out", "deep"));
      files.writeFile(join(disk, "out", "deep", "r.json"), "{}\n");
      expect(new TextDecoder().decode(files.readFile(join(disk, "out", "deep", "r.json")))).toBe("{}\n");
      expect(
        [join(disk, "out"), join(disk, "dir", "file"), join(disk, "no")].map((p) => files.exists(p)),
      ).toEqual([true, true, false]);
    }
  });
});
