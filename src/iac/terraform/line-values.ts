/**
 * The literals a record's line map (read-root.ts valueLines) can point at: principal-like values
 * written in a span of a file, with their first line. A declaration read while evaluating
 * (a variable, a local value, a data source) is remembered in the trace only when its span holds
 * one, since a span without any adds no line.
 */
import type { TerraformCache } from "./cache.js";
import { lineValues, literalsIn, spanKey, type TfFile } from "./tree.js";

/** Literals worth a line: what a principal, an account or an organization can be written as. */
const PRINCIPAL_LIKE =
  /[0-9]{12}|^arn:|^\*$|\$\{|amazonaws\.com|amazon\.com|^o-[a-z0-9]{10,32}$|^ou-|^r-[0-9a-z]{4,32}$|^[0-9a-f]{64}$|accounts\.google\.com|graph\.facebook\.com/;

/** Principal-like literal values of a span with their first line, built once per span. */
export function spanIndex(
  cache: TerraformCache,
  tree: TfFile,
  start: number,
  end: number,
): Map<string, number> {
  let byFile = cache.spanIndexes.get(tree);
  if (!byFile) {
    byFile = new Map();
    cache.spanIndexes.set(tree, byFile);
  }
  const key = `${start}#${end}`;
  let index = byFile.get(key);
  if (!index) {
    index = new Map();
    for (const lit of literalsIn(tree, start, end)) {
      for (const v of lineValues(lit)) if (PRINCIPAL_LIKE.test(v) && !index.has(v)) index.set(v, lit.line);
    }
    byFile.set(key, index);
  }
  return index;
}

/**
 * The span key ("file#start#end", tree.ts spanKey) to note when a declaration is read, or null
 * when no line map can use it: its file's tree is known and the span holds no principal-like
 * literal. Worked out once per declaration.
 */
export function lineSpan(
  cache: TerraformCache,
  trees: ReadonlyMap<string, TfFile>,
  decl: { file: string; start: number; end: number },
): string | null {
  const known = cache.lineSpans.get(decl);
  if (known !== undefined) return known;
  const tree = trees.get(decl.file);
  // A path holding "#" is kept as it is: the line map reads span keys by splitting at "#".
  const unused =
    tree !== undefined && !decl.file.includes("#") && spanIndex(cache, tree, decl.start, decl.end).size === 0;
  const span = unused ? null : spanKey(decl.file, decl.start, decl.end);
  cache.lineSpans.set(decl, span);
  return span;
}
