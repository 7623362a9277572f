import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { affectedUnits, changedFiles } from "../../src/analyze/affected.js";
import { runDiff } from "../../src/analyze/analyze.js";
import { memorySnapshot, type Snapshot } from "../../src/sources/snapshot.js";
import { readText, TextCache } from "../../src/sources/text.js";

describe("texts read once per snapshot", () => {
  it("reads and decodes a file once, and gives it again as it was", () => {
    let reads = 0;
    const inner = memorySnapshot({ "a.tf": "a = 1\r\n", "bin.dat": new Uint8Array([0, 1]) });
    const snapshot: Snapshot = {
      texts: new TextCache(),
      paths: inner.paths,
      read(path) {
        reads++;
        return inner.read(path);
      },
    };
    expect(readText(snapshot, "a.tf")).toEqual({ text: "a = 1\n" });
    expect(readText(snapshot, "a.tf")).toBe(readText(snapshot, "a.tf"));
    expect(readText(snapshot, "bin.dat")).toEqual({ error: "file is binary (contains NUL bytes)" });
    expect(readText(snapshot, "missing")).toEqual({ error: "file not found" });
    readText(snapshot, "missing");
    expect(reads).toBe(3);
    expect(snapshot.texts?.entries().map(([p]) => p)).toEqual(["a.tf", "bin.dat", "missing"]);
  });

  it("reads a snapshot that keeps no texts each time, with the same result", () => {
    let reads = 0;
    const inner = memorySnapshot({ "a.tf": "a = 1\r\n" });
    const snapshot: Snapshot = {
      paths: inner.paths,
      read(path) {
        reads++;
        return inner.read(path);
      },
    };
    expect(readText(snapshot, "a.tf")).toEqual({ text: "a = 1\n" });
    expect(readText(snapshot, "a.tf")).toEqual({ text: "a = 1\n" });
    expect(reads).toBe(2);
  });

  it("takes texts given by another thread instead of reading, and keeps its own", () => {
    const snapshot = memorySnapshot({ "a.tf": "own", "b.tf": "own" });
    readText(snapshot, "a.tf");
    snapshot.texts?.prime([
      ["a.tf", { text: "given" }],
      ["b.tf", { text: "given" }],
    ]);
    expect(readText(snapshot, "a.tf")).toEqual({ text: "own" });
    expect(readText(snapshot, "b.tf")).toEqual({ text: "given" });
  });
});

/** A memory snapshot with git-like blob ids (the content). */
function withOids(files: Record<string, string>): Snapshot {
  const s = memorySnapshot(files);
  return { ...s, oid: (p) => files[p] };
}

describe("a diff shares the files both sides hold unchanged", () => {
  const module =
    'resource "aws_sqs_queue_policy" "p" {\n  queue_url = "q"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "sqs:SendMessage" }] })\n}\n';
  const base = {
    "modules/q/main.tf": module,
    "a/main.tf": 'module "q" {\n  source = "../modules/q"\n}\n',
    "b/main.tf": 'resource "aws_sqs_queue" "x" {\n  name = "x"\n}\n',
  };
  const head = { ...base, "modules/q/main.tf": module.replace("111122223333", "999988887777") };

  it("gives the same report whether or not blob ids are known", async () => {
    const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-01-01" };
    const plain = await runDiff(memorySnapshot(base), memorySnapshot(head), options);
    const shared = await runDiff(withOids(base), withOids(head), options);
    expect(shared).toEqual(plain);
    expect(shared.grants.map((g) => [g.change, g.principal.id])).toEqual([
      ["added", "arn:aws:iam::999988887777:root"],
      ["removed", "arn:aws:iam::111122223333:root"],
    ]);
  });

  it("finds the same units affected", () => {
    const b = withOids(base);
    const h = withOids(head);
    const changed = changedFiles(b, h);
    expect(changed).toEqual(["modules/q/main.tf"]);
    expect(affectedUnits(h, changed).units.terraformRoots).toEqual(["a"]);
  });
});
