// The import graph of src/: every static import and export-from, every `import("…")` and
// `import type`, read from the syntax tree (so an import in a comment or a string is not one),
// and the uses of process-wide globals (process, fetch) that the pure core must not make.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, posix, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One import as written in `file` (a path relative to src/, e.g. "report/build.ts"). */
export interface ImportEdge {
  file: string;
  line: number;
  /** The specifier as written ("../verdict/verdict.js", "node:fs"). */
  specifier: string;
  /** For a relative specifier: the imported file relative to src/ ("verdict/verdict.ts"), or
   * "../schema/x.json" when it lies outside src/. Undefined for a package or `node:` module. */
  target?: string;
  /** A dynamic import whose specifier is not a string literal: no rule can check it. */
  computed?: boolean;
}

/** A use of a process-wide global that reaches outside the program (the environment, the network). */
export interface AmbientUse {
  file: string;
  line: number;
  /** "process", "fetch", "require" or "globalThis". */
  name: string;
}

const AMBIENT = new Set(["process", "fetch", "require", "globalThis"]);

export interface SourceFacts {
  imports: ImportEdge[];
  ambient: AmbientUse[];
}

/** Imports and ambient globals of one source text; `file` is its path relative to src/. */
export function factsOf(file: string, text: string): SourceFacts {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: ImportEdge[] = [];
  const ambient: AmbientUse[] = [];
  const add = (node: ts.Node, specifier: ts.Expression | undefined) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    if (specifier === undefined || !ts.isStringLiteralLike(specifier)) {
      edges.push({ file, line, specifier: specifier?.getText(source) ?? "", computed: true });
      return;
    }
    edges.push({ file, line, specifier: specifier.text, ...targetOf(file, specifier.text) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier) add(node, node.moduleSpecifier);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node, node.moduleReference.expression);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      add(node, node.arguments[0]);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node, node.argument.literal as ts.Expression);
    } else if (ts.isIdentifier(node) && AMBIENT.has(node.text) && usedAsValue(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      ambient.push({ file, line, name: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { imports: edges, ambient };
}

/** `process.env`, `fetch(…)`: the identifier is the object read or the function called. */
function usedAsValue(node: ts.Identifier): boolean {
  const parent = node.parent;
  return (
    (ts.isPropertyAccessExpression(parent) && parent.expression === node) ||
    (ts.isElementAccessExpression(parent) && parent.expression === node) ||
    (ts.isCallExpression(parent) && parent.expression === node)
  );
}

function targetOf(file: string, specifier: string): { target?: string } {
  if (!specifier.startsWith(".")) return {};
  const joined = posix.normalize(posix.join(posix.dirname(file), specifier));
  // NodeNext: the source of "./x.js" is ./x.ts.
  return { target: joined.replace(/\.js$/, ".ts") };
}

/** Every .ts file under `srcDir` (paths relative to it) with its facts, in path order. */
export function readSourceFacts(srcDir: string): Map<string, SourceFacts> {
  const facts = new Map<string, SourceFacts>();
  for (const path of walk(srcDir).sort()) {
    const file = relative(srcDir, path).split("\\").join("/");
    facts.set(file, factsOf(file, readFileSync(path, "utf8")));
  }
  return facts;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The directory of this file's repository's src/. */
export const SRC_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "src");
