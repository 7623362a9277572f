// docs/ARCHITECTURE.md states which folder may import which (its "import rules" block); this
// test reads that block and every import in src/, and fails naming the importing file, the
// imported file and the rule broken. The block is the one place to change a rule.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { factsOf, readSourceFacts, type SourceFacts, SRC_DIR } from "./import-graph.js";
import {
  checkImports,
  cycles,
  type ImportRules,
  parseImportRules,
  RULES_MARKER,
  ruleCycles,
  type Transitional,
} from "./import-rules.js";

const DOC = "docs/ARCHITECTURE.md";

/**
 * Imports the rules forbid that the code may keep for a while during a move (none now). Each
 * names what removes it; one no longer used fails the test, so it is deleted then. They are left
 * out of the folder-cycle check.
 */
const TRANSITIONAL: Transitional[] = [];

const doc = parseImportRules(readFileSync(join(SRC_DIR, "..", DOC), "utf8"), DOC);
const facts = readSourceFacts(SRC_DIR);
const coreUnits = [...doc.rules.values()].filter((r) => r.kind === "core").map((r) => r.unit);

describe("src/ keeps the import rules of docs/ARCHITECTURE.md", () => {
  it("reads every file of src/ and the rules", () => {
    expect(facts.size).toBeGreaterThan(100);
    expect(facts.get("analyze/analyze.ts")?.imports.length).toBeGreaterThan(5);
    expect(coreUnits).toEqual(expect.arrayContaining(["model/", "policy/", "grants/", "iac/", "report/"]));
  });

  it("has no import that the rules do not allow, no folder cycle, and no environment or network in the core", () => {
    expect(checkImports(facts, doc, TRANSITIONAL, DOC)).toEqual([]);
  });
});

describe("the rules say what issue 20 requires", () => {
  it("let no unit import, through others, itself", () => {
    expect(ruleCycles(doc.rules)).toEqual([]);
  });

  it("let the core import only the core: not github/, pool/, the snapshots' I/O, nor an entry", () => {
    const outside = [...doc.rules.values()]
      .filter((r) => r.kind === "core")
      .flatMap((r) => r.mayImport.filter((u) => !coreUnits.includes(u)).map((u) => `${r.unit} -> ${u}`));
    expect(outside).toEqual([]);
    for (const unit of ["github/", "pool/", "sources/", "cli/", "cli.ts", "main.ts", "worker.ts"]) {
      expect(doc.rules.get(unit)?.kind, unit).not.toBe("core");
    }
  });

  it("keep the file system, processes, threads and the network out of the core", () => {
    expect(doc.coreNeverImports).toEqual(
      expect.arrayContaining([
        "node:fs",
        "node:fs/promises",
        "node:child_process",
        "node:worker_threads",
        "node:http",
        "node:https",
        "@actions/",
        "@octokit/",
      ]),
    );
  });

  it("keep cli.ts, cli/ and worker.ts away from github/, and main.ts on github/ only", () => {
    for (const unit of ["cli.ts", "cli/", "worker.ts"]) {
      expect(doc.rules.get(unit)?.mayImport, unit).not.toContain("github/");
      expect(TRANSITIONAL.filter((t) => t.unit === unit).flatMap((t) => t.mayImport)).not.toContain(
        "github/",
      );
    }
    expect(doc.rules.get("main.ts")?.mayImport).toEqual(["github/"]);
  });

  it("keep the verdict out of report/ and the report out of decide/ (no cycle between them)", () => {
    expect(doc.rules.get("report/")?.mayImport).not.toContain("verdict/");
    expect(doc.rules.get("decide/")?.mayImport).not.toContain("report/");
  });
});

describe("the checker catches a planted bad import", () => {
  const rules: ImportRules = parseImportRules(
    [
      "# Rules",
      RULES_MARKER,
      "```text",
      "unit        kind   may import",
      "model/      core   -",
      "sources/{snapshot,text}.ts  core  model/  # files of one folder as one unit",
      "policy/     core   model/ sources/{snapshot,text}.ts",
      "report/     core   core       # every core unit",
      "github/     edge   core",
      "main.ts     entry  github/",
      "core never imports: node:fs @actions/",
      "```",
    ].join("\n"),
    "test.md",
  );
  const graph = (files: Record<string, string>): Map<string, SourceFacts> =>
    new Map(Object.entries(files).map(([file, text]) => [file, factsOf(file, text)]));

  it("passes a graph that keeps the rules", () => {
    const ok = graph({
      "model/types.ts": "export type T = string;",
      "policy/parse.ts": 'import type { T } from "../model/types.js";\nimport "../sources/text.js";',
      "sources/snapshot.ts": 'import type { TextCache } from "./text.js";',
      "sources/text.ts": 'import type { Snapshot } from "./snapshot.js";',
      "report/build.ts": 'import { x } from "../policy/parse.js";\nimport { createHash } from "node:crypto";',
      "github/action.ts": 'import * as core from "@actions/core";\nimport "../report/build.js";',
      "main.ts": 'import "./github/action.js";',
    });
    expect(checkImports(ok, rules, [], "test.md")).toEqual([]);
  });

  it("names the importing file, the imported file and the rule", () => {
    const bad = graph({
      "policy/parse.ts":
        'import { x } from "../model/types.js";\nimport { client } from "../github/client.js";',
      "github/client.ts": "export const client = 1;",
    });
    expect(checkImports(bad, rules, [], "test.md")).toEqual([
      "src/policy/parse.ts:2 imports src/github/client.ts: policy/ may import model/ sources/{snapshot,text}.ts (test.md, import rules), not github/",
    ]);
  });

  it("catches type-only and dynamic imports, and a computed one", () => {
    const bad = graph({
      "model/a.ts": 'export type A = import("../policy/p.js").P;\nimport type { Q } from "../policy/q.js";',
      "policy/p.ts":
        'export async function f(name: string) { await import("../report/r.js"); return import(name); }',
    });
    expect(checkImports(bad, rules, [], "test.md")).toEqual([
      "src/model/a.ts:1 imports src/policy/p.ts: model/ may import nothing (test.md, import rules), not policy/",
      "src/model/a.ts:2 imports src/policy/q.ts: model/ may import nothing (test.md, import rules), not policy/",
      "src/policy/p.ts:1 imports src/report/r.ts: policy/ may import model/ sources/{snapshot,text}.ts (test.md, import rules), not report/",
      "src/policy/p.ts:1 imports a computed specifier (name), which no rule can check",
    ]);
  });

  it("catches the file system, the Actions toolkit and the environment in the core, not at the edge", () => {
    const bad = graph({
      "policy/read.ts": 'import { readFileSync } from "fs";\nexport const home = process.env.HOME;',
      "report/post.ts": 'import * as core from "@actions/core";\nexport const r = () => fetch("https://x");',
      "github/io.ts": 'import { readFileSync } from "node:fs";\nexport const t = process.env.GITHUB_TOKEN;',
    });
    expect(checkImports(bad, rules, [], "test.md")).toEqual([
      "src/policy/read.ts:1 imports node:fs: policy/ is core, and the core never imports node:fs (test.md, import rules)",
      "src/policy/read.ts:2 uses process: policy/ is core, which reads no environment and no network (test.md)",
      "src/report/post.ts:1 imports @actions/core: report/ is core, and the core never imports @actions/core (test.md, import rules)",
      "src/report/post.ts:2 uses fetch: report/ is core, which reads no environment and no network (test.md)",
    ]);
  });

  it("catches a folder cycle with the files that make it, and a folder without a rule", () => {
    const bad = graph({
      "policy/a.ts": 'import "../report/b.js";',
      "report/b.ts": 'import "../policy/a.js";',
      "pool/c.ts": "export {};",
    });
    expect(checkImports(bad, rules, [], "test.md")).toEqual([
      "src/policy/a.ts:1 imports src/report/b.ts: policy/ may import model/ sources/{snapshot,text}.ts (test.md, import rules), not report/",
      "src/pool/c.ts: pool/ has no row in the import rules of test.md; add one",
      "folder cycle: policy/ -> report/ -> policy/ (src/policy/a.ts imports src/report/b.ts; src/report/b.ts imports src/policy/a.ts)",
    ]);
  });

  it("allows a transitional import, leaves it out of the cycle check, and fails once it is unused", () => {
    const allowance: Transitional = {
      unit: "policy/",
      kind: "core",
      mayImport: ["report/"],
      until: "X lands",
    };
    const cyclic = graph({
      "policy/a.ts": 'import "../report/b.js";',
      "report/b.ts": 'import "../policy/a.js";',
    });
    expect(checkImports(cyclic, rules, [allowance], "test.md")).toEqual([]);
    expect(checkImports(graph({ "policy/a.ts": "export {};" }), rules, [allowance], "test.md")).toEqual([
      "the transitional allowance policy/ -> report/ (until X lands) is no longer used: delete it from TRANSITIONAL",
    ]);
  });

  it("reads rows for folders that do not exist yet, refuses a row it cannot read or a unit without a row, finds a cycle", () => {
    expect(rules.rules.get("report/")?.mayImport).toEqual([
      "model/",
      "sources/{snapshot,text}.ts",
      "policy/",
    ]);
    expect(
      cycles([
        ["a/", "b/"],
        ["b/", "c/"],
        ["c/", "a/"],
        ["c/", "d/"],
      ]),
    ).toEqual([["a/", "b/", "c/", "a/"]]);
    expect(() => parseImportRules(`${RULES_MARKER}\n\`\`\`text\nmodel/ pure -\n\`\`\``, "x.md")).toThrow(
      'x.md: cannot read the import rule "model/ pure -"',
    );
    expect(() => parseImportRules(`${RULES_MARKER}\n\`\`\`text\nmodel/ core polcy/\n\`\`\``, "x.md")).toThrow(
      "x.md: model/ may import polcy/, which has no row",
    );
  });
});
