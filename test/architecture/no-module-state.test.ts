import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, test } from "vitest";

/**
 * The core keeps no state between calls: caches live in objects a run creates and passes down
 * (a snapshot's texts, the TerraformCache, the discovery memo). A module-level `let`, a top-level
 * WeakMap/WeakSet (only ever a cache keyed by some object), or a top-level Map/Set/array that a
 * function changes, is state one run leaves behind for the next.
 *
 * The I/O edges may hold process state (a worker pool, a git store, the Actions runtime); they
 * are these, and nothing else:
 */
const EDGES = [
  "src/github/", // the Actions and GitHub API edge
  "src/pool/", // the worker threads behind the readAndExtract seam
  "src/sources/fs-snapshot.ts", // a directory read from disk
  "src/sources/git-snapshot.ts", // a commit read through git (blob stores shared by threads)
  "src/sources/git-commits.ts",
  "src/sources/git-diff.ts",
  "src/sources/terraform-modules.ts", // downloaded modules on disk
  "src/iac/terraform/hcl2json.ts", // hcl2json's Go runtime: one per process, one call at a time
  "src/cli.ts", // the CLI entry
  "src/cli-merge.ts",
  "src/main.ts", // the action entry
  "src/worker.ts", // the worker-thread entry
  "src/write-output.ts", // writes reports to stdout and files
];

const MUTATORS = new Set([
  "set",
  "add",
  "delete",
  "clear",
  "push",
  "pop",
  "shift",
  "unshift",
  "splice",
  "sort",
  "reverse",
  "fill",
  "copyWithin",
]);
const COLLECTIONS = new Set(["Map", "Set", "WeakMap", "WeakSet", "Array"]);

/** The module-level state a source file declares: one "line: what" per finding. */
function moduleState(fileName: string, text: string): string[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const collections = new Map<string, ts.Node>();
  for (const stmt of sf.statements) {
    if (!ts.isVariableStatement(stmt)) continue;
    const list = stmt.declarationList;
    const isConst = (list.flags & ts.NodeFlags.Const) !== 0;
    for (const d of list.declarations) {
      const name = d.name.getText(sf);
      if (!isConst) {
        found.push(`${at(d)}: top-level let/var ${name}`);
        continue;
      }
      let init = d.initializer;
      while (
        init &&
        (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init))
      )
        init = init.expression;
      if (!init) continue;
      if (
        ts.isNewExpression(init) &&
        ts.isIdentifier(init.expression) &&
        COLLECTIONS.has(init.expression.text)
      ) {
        if (init.expression.text.startsWith("Weak"))
          found.push(`${at(d)}: top-level ${init.expression.text} ${name}`);
        else collections.set(name, d);
      } else if (ts.isArrayLiteralExpression(init)) collections.set(name, d);
    }
  }
  // A top-level collection changed inside a function: filled at load time is data, not state. A
  // top-level function (or arrow) of the file's own, called only at load time (from top-level
  // statements or from other such functions: a table's `def(...)` rows), runs at load time too.
  const holders = new Map<string, ts.Node>();
  for (const stmt of sf.statements) {
    const exported = ts
      .getModifiers(stmt as ts.HasModifiers)
      ?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (exported) continue;
    if (ts.isFunctionDeclaration(stmt) && stmt.name) holders.set(stmt.name.text, stmt);
    if (ts.isVariableStatement(stmt))
      for (const d of stmt.declarationList.declarations)
        if (d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer)))
          holders.set(d.name.getText(sf), d.initializer);
  }
  const holderOf = new Map([...holders].map(([name, node]) => [node, name]));
  // Each use of a holder: called from the top level, from a holder, or from elsewhere (later).
  const uses = new Map<string, ("top" | "later" | { in: string })[]>();
  const collect = (n: ts.Node, within: "top" | "later" | { in: string }): void => {
    const held = holderOf.get(n);
    const next = held !== undefined ? { in: held } : ts.isFunctionLike(n) ? "later" : within;
    if (ts.isIdentifier(n) && holders.has(n.text) && holders.get(n.text) !== n.parent) {
      const isDeclName =
        (ts.isVariableDeclaration(n.parent) || ts.isFunctionDeclaration(n.parent)) && n.parent.name === n;
      if (!isDeclName) {
        const isCall = ts.isCallExpression(n.parent) && n.parent.expression === n;
        uses.set(n.text, [...(uses.get(n.text) ?? []), isCall ? within : "later"]);
      }
    }
    ts.forEachChild(n, (c) => collect(c, next));
  };
  collect(sf, "top");
  const loadTimeOnly = new Set([...holders.keys()].filter((h) => (uses.get(h) ?? []).length > 0));
  for (let changed = true; changed; ) {
    changed = false;
    for (const h of loadTimeOnly) {
      const ok = (uses.get(h) ?? []).every(
        (u) => u === "top" || (typeof u === "object" && loadTimeOnly.has(u.in)),
      );
      if (!ok) {
        loadTimeOnly.delete(h);
        changed = true;
      }
    }
  }
  const visit = (n: ts.Node, inFunction: boolean): void => {
    const held = holderOf.get(n);
    const loadTime = held !== undefined && loadTimeOnly.has(held);
    const fn = inFunction || ((ts.isFunctionLike(n) || ts.isClassStaticBlockDeclaration(n)) && !loadTime);
    if (fn && ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression)) {
      const target = n.expression.expression;
      if (ts.isIdentifier(target) && collections.has(target.text) && MUTATORS.has(n.expression.name.text))
        found.push(`${at(n)}: ${target.text}.${n.expression.name.text}() changes a top-level collection`);
    }
    if (
      fn &&
      ts.isBinaryExpression(n) &&
      n.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      ts.isElementAccessExpression(n.left) &&
      ts.isIdentifier(n.left.expression) &&
      collections.has(n.left.expression.text)
    )
      found.push(`${at(n)}: ${n.left.expression.text}[…] = changes a top-level collection`);
    ts.forEachChild(n, (c) => visit(c, fn));
  };
  visit(sf, false);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return e.name.endsWith(".ts") ? [p] : [];
  });
}

const root = join(import.meta.dirname, "..", "..");

describe("the core has no module-level mutable state", () => {
  test("the rule finds each kind of module state in a planted file", () => {
    const planted = [
      "let loading: Promise<void> | undefined;",
      "const texts = new WeakMap<object, string>();",
      "const memo = new Map<string, number>();",
      "const seen: string[] = [];",
      "export function f(k: string) { memo.set(k, 1); seen.push(k); }",
      "function remember(k: string) { memo.set(k, 2); }",
      "remember('a');",
      "export const g = (k: string) => remember(k);",
    ].join("\n");
    expect(moduleState("planted.ts", planted)).toEqual([
      "1: top-level let/var loading",
      "2: top-level WeakMap texts",
      "5: memo.set() changes a top-level collection",
      "5: seen.push() changes a top-level collection",
      "6: memo.set() changes a top-level collection",
    ]);
  });

  test("constant data built once at load time passes", () => {
    const data = [
      "const KEYS: ReadonlySet<string> = new Set(['a', 'b']);",
      "const byType = new Map<string, number>();",
      "for (const k of KEYS) byType.set(k, 1);",
      "function def(k: string, n: number): void { byType.set(k, n); }",
      "def('c', 3);",
      "export function f(k: string) { const local = new Map(); local.set(k, byType.get(k)); return local; }",
    ].join("\n");
    expect(moduleState("data.ts", data)).toEqual([]);
  });

  test("no core file of src/ declares any", () => {
    const found: string[] = [];
    for (const file of sourceFiles(join(root, "src"))) {
      const rel = relative(root, file).split("\\").join("/");
      if (EDGES.some((e) => (e.endsWith("/") ? rel.startsWith(e) : rel === e))) continue;
      for (const f of moduleState(rel, readFileSync(file, "utf8"))) found.push(`${rel}:${f}`);
    }
    expect(found).toEqual([]);
  });
});
