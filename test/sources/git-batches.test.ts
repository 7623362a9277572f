// A git snapshot reads blobs in batches: every IaC-looking file on the first read, and the other
// files (templates, scripts read through file()) a folder at a time, or all at once when a reader
// prefetches them. Seen from outside: once one file of a folder is read, its neighbours read
// without git; a snapshot reopened from the listing (a worker thread) reads without git what
// was read before; a prefetched file reads without git.
import { execFileSync } from "node:child_process";
import { mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedFiles } from "../../src/analyze/affected.js";
import {
  commitOf,
  gitListingOf,
  gitSnapshot,
  gitSnapshotOf,
  gitSnapshotPair,
  prefetchBlobs,
} from "../../src/sources/git-snapshot.js";
import { filesOfFolder, type Snapshot } from "../../src/sources/snapshot.js";
import { git, testRepository } from "../helpers/git.js";

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

describe("filesOfFolder: the files directly in one folder of a sorted listing", () => {
  const sorted = [
    "a.tf",
    "t/a.sh",
    "t/b.json",
    "t/sub/c.sh",
    "t-x/d.sh",
    "t.txt",
    "tt/e.sh",
    "z/t/f.sh",
  ].sort();
  it("takes the folder's own files, not its subfolders' nor a sibling sharing its prefix", () => {
    expect(filesOfFolder(sorted, "t")).toEqual(["t/a.sh", "t/b.json"]);
    expect(filesOfFolder(sorted, "t/sub")).toEqual(["t/sub/c.sh"]);
    expect(filesOfFolder(sorted, "")).toEqual(["a.tf", "t.txt"]);
    expect(filesOfFolder(sorted, "z/t")).toEqual(["z/t/f.sh"]);
    expect(filesOfFolder(sorted, "none")).toEqual([]);
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

  it("byFolder: a Terraform file brings its folder only, a prefetched file reads without git", () => {
    const dir = fresh("diff-preload");
    const s = gitSnapshot(dir, commitOf(dir, "HEAD")!, { byFolder: true });
    expect(text("main.tf", s)).toContain("aws_sqs_queue");
    s.prefetch?.(["b/y.yaml"]);
    withoutGit(() => {
      expect(text("b/y.yaml", s)).toBe("y: 1\n");
      expect(() => text("mod/main.tf", s)).toThrow();
      expect(() => text("a/x.json", s)).toThrow();
    }, dir);
  });

  it("by default the first JSON or YAML file read brings every other IaC-looking file", () => {
    const dir = fresh("audit-preload");
    const s = gitSnapshot(dir, "HEAD");
    expect(text("a/x.json", s)).toBe('{"x": 1}\n');
    withoutGit(() => expect(text("b/y.yaml", s)).toBe("y: 1\n"), dir);
  });
});

// Which files hold a needle, and on which lines, asked of git's objects (git grep for many files,
// a search of the loaded bytes for a few): the same answer as reading every file, whichever way
// it is found.
describe("a git snapshot tells which lines hold a needle without loading the files", () => {
  const needles = ['".', "<<"];
  /** Whether the file's text holds a needle: the answer a reader of every file gives. */
  const holds = (body: string) => needles.some((n) => body.includes(n));
  /** The lines holding a needle, each ended by a line break: what a reader of the file finds. */
  const linesOf = (body: string) =>
    body
      .split("\n")
      .filter((l) => holds(l))
      .map((l) => `${l}\n`)
      .join("");
  /** The answer as texts, by path. */
  const texts = (found: ReadonlyMap<string, Uint8Array | null> | undefined) =>
    Object.fromEntries(
      [...(found ?? [])].map(([p, b]) => [p, b === null ? null : new TextDecoder().decode(b)]),
    );
  /** What a reader of every file gives for `paths` of `files`. */
  const expected = (files: Record<string, string>, paths: readonly string[]) =>
    Object.fromEntries(paths.filter((p) => holds(files[p]!)).map((p) => [p, linesOf(files[p]!)]));
  const files: Record<string, string> = {};
  for (let i = 0; i < 150; i++) {
    const body =
      i % 3 === 0
        ? `module "m${i}" {\n  source = "../mod${i}"\n}\n`
        : i % 5 === 0
          ? `locals {\n  p = <<EOT\nx\nEOT\n}\n`
          : `resource "aws_sqs_queue" "q${i}" {\n  name = "q.${i}"\n}\n`;
    files[`envs/e${i % 7}/f${i}.tf`] = body;
  }
  files["envs/e1/x.tf.json"] = '{"module": {"m": {"source": "./y"}}}';
  files["envs/e1/plain.tf.json"] = '{"resource": {}}';
  files["docs/readme.md"] = 'see ".";';
  // Line ends git and a reader must agree on: CRLF, a NUL byte (a file git takes for binary), a
  // line holding both needles, the last line without a break; and a path with a blank and a non-ASCII letter.
  files["envs/e3/crlf.tf"] = 'module "c" {\r\n  source = "./c"\r\n}\r\n';
  files["envs/e3/nul.tf"] = 'a\u0000b = "./x"\ny = <<EOT\n".\nEOT';
  files["envs/e3/both.tf"] = 'p = "./a" # <<\n';
  files["envs/e3/spaced näme.tf"] = 'module "s" { source = "../s" }\n';

  it("many files: git grep's answer equals reading every file", () => {
    const dir = join(home, "holding-many");
    testRepository(dir, home, files);
    const s = gitSnapshot(dir, commitOf(dir, "HEAD")!, { byFolder: true });
    const asked = s.paths.filter((p) => /\.tf(\.json)?$/.test(p));
    const found = s.linesHolding?.(needles, asked);
    expect(found).toBeDefined();
    expect(texts(found)).toEqual(expected(files, asked));
    // Nothing was loaded to answer: no file reads without git.
    withoutGit(() => expect(() => text(asked[0]!, s)).toThrow(), dir);
  });

  it("from a folder inside the working tree, the whole commit is searched by paths from its root", () => {
    const dir = join(home, "holding-subfolder");
    testRepository(dir, home, files);
    const s = gitSnapshot(join(dir, "envs", "e1"), commitOf(dir, "HEAD")!, { byFolder: true });
    const asked = s.paths.filter((p) => p.endsWith(".tf"));
    expect(texts(s.linesHolding?.(needles, asked))).toEqual(expected(files, asked));
  });

  it("another commit of the repository searches only the blobs it has not searched, here", () => {
    const dir = join(home, "holding-two-commits");
    const r = testRepository(dir, home, files);
    const base = gitSnapshot(dir, commitOf(dir, "HEAD")!, { byFolder: true });
    const asked = base.paths.filter((p) => p.endsWith(".tf"));
    base.linesHolding?.(needles, asked);
    const changed = {
      "envs/e2/f2.tf": 'module "n" {\n  source = "./n"\n}\n',
      "envs/e2/new.tf": "# nothing\n",
    };
    const after: Record<string, string> = { ...files, ...changed };
    r.commit(changed);
    const head = gitSnapshot(dir, commitOf(dir, "HEAD")!, { byFolder: true });
    const headAsked = head.paths.filter((p) => p.endsWith(".tf"));
    const found = head.linesHolding?.(needles, headAsked);
    expect(found?.has("envs/e2/f2.tf")).toBe(true);
    expect(found?.has("envs/e2/new.tf")).toBe(false);
    expect(texts(found)).toEqual(expected(after, headAsked));
  });

  it("gives no answer (every file is read) when a path holds a line break: git's lines could pass for another file's", () => {
    const dir = join(home, "holding-newline");
    testRepository(dir, home, { ...files, "envs/e1/two\nlines.tf": 'x = "./y"\n' });
    const s = gitSnapshot(dir, commitOf(dir, "HEAD")!, { byFolder: true });
    expect(s.paths).toContain("envs/e1/two\nlines.tf");
    expect(
      s.linesHolding?.(
        needles,
        s.paths.filter((p) => p.endsWith(".tf")),
      ),
    ).toBeUndefined();
  });

  it("a pair searches the base ahead, while it lists the tree: the base then answers without git", async () => {
    const dir = join(home, "holding-ahead");
    const r = testRepository(dir, home, files);
    const base = commitOf(dir, "HEAD")!;
    r.commit({ "envs/e2/f2.tf": 'module "n" {\n  source = "./n"\n}\n' });
    const pair = gitSnapshotPair(dir, base, commitOf(dir, "HEAD")!, {
      byFolder: true,
      searchAhead: { needles, extensions: ["tf"] },
    });
    await pair.searched;
    const asked = pair.base.paths.filter((p) => p.endsWith(".tf"));
    withoutGit(() => {
      expect(texts(pair.base.linesHolding?.(needles, asked))).toEqual(expected(files, asked));
      // The head's unchanged files are the base's blobs at the same paths: answered as well.
      const unchanged = asked.filter((p) => p !== "envs/e2/f2.tf");
      expect(texts(pair.head.linesHolding?.(needles, unchanged))).toEqual(expected(files, unchanged));
    }, dir);
  });

  it("a few files are loaded and searched; links are given to be read whole", () => {
    const dir = join(home, "holding-few");
    testRepository(dir, home, {
      "a.tf": 'x = "./b"\ny = 2\nz = <<EOT\n  ".\nEOT\nw = "../c"',
      "b.tf": "y = 1\n",
    });
    execFileSync("ln", ["-s", "b.tf", join(dir, "link.tf")]);
    git(dir, home, "add", "-A");
    git(dir, home, "commit", "-q", "-m", "link");
    const s = gitSnapshot(dir, commitOf(dir, "HEAD")!, { byFolder: true });
    // The last line has no line break in the file: it is given one.
    expect(texts(s.linesHolding?.(needles, ["a.tf", "b.tf", "link.tf"]))).toEqual({
      "a.tf": 'x = "./b"\nz = <<EOT\n  ".\nw = "../c"\n',
      "link.tf": null,
    });
  });
});

// A diff lists the tree once: the base is the head's listing with what git diff-tree says
// differs. Seen from outside it is the same snapshot as listing the base on its own.
describe("gitSnapshotPair: both sides of a diff from one listing", () => {
  it("gives each side the paths, blob ids and bytes a listing of its own gives", () => {
    const dir = join(home, "pair");
    const r = testRepository(dir, home, {
      "keep.tf": "a = 1\n",
      "changed.tf": "b = 1\n",
      "deleted.tf": "c = 1\n",
      "was-file": "x\n",
      "to-link.tf": "d = 1\n",
      "big/one.json": "{}\n",
      "mode.sh": "echo\n",
    });
    // A submodule in the base (a gitlink entry): neither listing holds it as a file.
    r.git("update-index", "--add", "--cacheinfo", `160000,${commitOf(dir, "HEAD")},sub`);
    r.git("commit", "-q", "-m", "submodule");
    const base = commitOf(dir, "HEAD")!;
    rmSync(join(dir, "deleted.tf"));
    rmSync(join(dir, "was-file"));
    rmSync(join(dir, "to-link.tf"));
    execFileSync("ln", ["-s", "keep.tf", join(dir, "to-link.tf")]);
    // A mode alone changes: diff-tree lists the path, its file is the same.
    execFileSync("chmod", ["+x", join(dir, "mode.sh")]);
    r.git("rm", "-q", "--cached", "sub");
    r.commit({
      "changed.tf": "b = 2\n",
      "added.tf": "e = 1\n",
      "was-file/now-a-folder.tf": "f = 1\n",
      sub: "a file now\n",
    });
    const head = commitOf(dir, "HEAD")!;
    const pair = gitSnapshotPair(dir, base, head);
    for (const [side, ref] of [
      ["base", base],
      ["head", head],
    ] as const) {
      const alone = gitSnapshot(dir, ref);
      const paired = pair[side];
      expect(paired.paths).toEqual(alone.paths);
      for (const p of alone.paths) {
        expect(paired.oid?.(p)).toBe(alone.oid?.(p));
        expect(text(p, paired)).toBe(text(p, alone));
      }
    }
    // What changed, from diff-tree's paths, is what comparing the two listings path by path gives.
    const apart = [gitSnapshot(dir, base), gitSnapshot(dir, head)] as const;
    expect(apart[1].changedFrom).toBeUndefined();
    expect(pair.head.changedFrom?.(pair.base)).toEqual(changedFiles(...apart));
    expect(pair.base.changedFrom?.(pair.head)).toEqual(changedFiles(...apart));
    expect(changedFiles(...apart)).toEqual([
      "added.tf",
      "changed.tf",
      "deleted.tf",
      "sub",
      "to-link.tf",
      "was-file",
      "was-file/now-a-folder.tf",
    ]);
    // Of another snapshot it knows nothing.
    expect(pair.head.changedFrom?.(apart[0])).toBeUndefined();
    expect(pair.base.paths).toContain("deleted.tf");
    expect(pair.base.paths).not.toContain("sub");
    expect(pair.head.paths).toContain("sub");
    expect(text("to-link.tf", pair.head)).toBe("symbolic link; not followed");
    // Paths added and deleted: each side has a list of its own.
    expect(pair.base.paths).not.toBe(pair.head.paths);
  });

  it("gives both sides one list of paths when the change only modifies files", () => {
    const dir = join(home, "pair-modified");
    const r = testRepository(dir, home, { "a.tf": "a = 1\n", "m/b.tf": "b = 1\n", "run.sh": "echo\n" });
    const base = commitOf(dir, "HEAD")!;
    execFileSync("chmod", ["+x", join(dir, "run.sh")]);
    r.commit({ "m/b.tf": "b = 2\n" });
    const modified = gitSnapshotPair(dir, base, commitOf(dir, "HEAD")!);
    // One list (what is worked out from it, the selection or the layout's folders, is shared).
    expect(modified.base.paths).toBe(modified.head.paths);
    expect(modified.base.paths).toEqual(gitSnapshot(dir, base).paths);
    expect(text("m/b.tf", modified.base)).toBe("b = 1\n");
    expect(text("m/b.tf", modified.head)).toBe("b = 2\n");
    // A file added: two lists, each its own commit's.
    r.commit({ "m/c.tf": "c = 1\n" });
    const added = gitSnapshotPair(dir, base, commitOf(dir, "HEAD")!);
    expect(added.base.paths).not.toBe(added.head.paths);
    expect(added.base.paths).not.toContain("m/c.tf");
    expect(added.head.paths).toContain("m/c.tf");
  });
});
