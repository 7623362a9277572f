/**
 * The located tree of one Terraform file: its blocks (type, labels, line, span) with their
 * arguments (name, line, span, the lines of a tuple's elements) and nested blocks, each block
 * (nested ones too) with its body in hcl2json's shape (what evaluation reads; a nested block's body
 * is the very object its parent's body lists), and the string literals and account ids with their
 * lines (what a grant's line map is made of).
 *
 * The native reader (hcl-native.ts) emits it directly while it parses. A file it leaves to
 * hcl2json, and every .tf.json file, is converted into it by `treeFromBody`, with positions from a
 * scan of that file (positions.ts).
 */
import type { HclBody } from "./hcl.js";

export interface TfAttribute {
  name: string;
  line: number;
  /** The span from the name to the end of the value (trailing comment included). */
  start: number;
  end: number;
  /** For a tuple value (`[a, b]`), the line of each element. */
  items?: number[];
  /**
   * Where the native reader found the value written, for a value hcl2json gives as a string with
   * interpolations (`var.x`, `"arn:${var.x}"`, a heredoc): its expressions are parsed from the
   * file, once, when first evaluated (TerraformCache.argument), not from that string. Absent for
   * other values (literals, tuples, objects) and on the hcl2json path, where the string is parsed
   * (TerraformCache.template).
   */
  template?: TfTemplateSource;
}

/**
 * A string value with interpolations as it is written: the string hcl2json gives (`printed`), and
 * part by part its text or the span of an interpolation's expression in the file's `text`.
 */
export interface TfTemplateSource {
  printed: string;
  text: string;
  parts: (string | { s: number; e: number })[];
}

export interface TfBlock {
  type: string;
  labels: string[];
  line: number;
  start: number;
  end: number;
  attributes: TfAttribute[];
  blocks: TfBlock[];
  /**
   * The block's body as hcl2json gives it: on every block of a file's tree (top-level and nested;
   * a nested block's body is the element of its parent's body that it stands for), never in a
   * scan's positions. On the fallback path a nested block the body does not list has none.
   */
  body?: HclBody;
}

/** A top-level block, with its body as hcl2json gives it. */
export interface TfDeclaration extends TfBlock {
  body: HclBody;
}

export interface TfLiteral {
  value: string;
  line: number;
  offset: number;
}

/** The positions a scan finds (blocks, top-level arguments, literals), without bodies. */
export interface TfPositions {
  blocks: TfBlock[];
  /** Top-level arguments (tfvars files). */
  attributes: TfAttribute[];
  /** String literals in source order; inside heredocs, the JSON strings of each line. */
  literals: TfLiteral[];
}

export interface TfFile {
  /** The whole file as hcl2json gives it. */
  body: HclBody;
  /**
   * The declarations, in the order of `body`: label paths sorted as Go's encoding/json sorts map
   * keys (and as JavaScript lists them: index-like keys first), repeated ones in source order; a
   * .tf.json file's own order. Declarations are met in the order they always were.
   */
  blocks: TfDeclaration[];
  /** Top-level arguments (tfvars files). */
  attributes: TfAttribute[];
  /** Sorted by offset. */
  literals: TfLiteral[];
}

const ACCOUNT_RE = /(?<![0-9])[0-9]{12}(?![0-9])/g;

/** Line numbers of offsets in one text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  line(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The JSON strings and bare account ids of one heredoc line starting at `offset`. */
export function heredocLineLiterals(line: string, offset: number, lineNo: number, out: TfLiteral[]): void {
  const quoted = line.includes('"');
  // Blanking quoted text joins no digits: a line without a 12-digit run has none outside quotes.
  const digits = /[0-9]{12}/.test(line);
  if (!quoted && !digits) return;
  if (quoted) {
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      let value = m[1]!;
      // Without a backslash JSON reads the text as it is (or refuses a control character, and
      // the raw text is kept): parsed only when there is an escape to read.
      if (value.includes("\\")) {
        try {
          value = JSON.parse(`"${value}"`) as string;
        } catch {
          // keep the raw text
        }
      }
      out.push({ value, line: lineNo, offset: offset + (m.index ?? 0) });
    }
  }
  if (!digits) return;
  const unquoted = quoted ? line.replace(/"((?:[^"\\]|\\.)*)"/g, (q) => " ".repeat(q.length)) : line;
  for (const m of unquoted.matchAll(ACCOUNT_RE)) {
    out.push({ value: m[0], line: lineNo, offset: offset + (m.index ?? 0) });
  }
}

/** A source span as one string (for sets of spans read during an evaluation). */
export function spanKey(file: string, start: number, end: number): string {
  return `${file}#${start}#${end}`;
}

/** Literals whose offset lies in [start, end) (the literals are sorted by offset). */
export function literalsIn(file: Pick<TfFile, "literals">, start: number, end: number): TfLiteral[] {
  const lits = file.literals;
  let lo = 0;
  let hi = lits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lits[mid]!.offset < start) lo = mid + 1;
    else hi = mid;
  }
  const out: TfLiteral[] = [];
  for (let i = lo; i < lits.length && lits[i]!.offset < end; i++) out.push(lits[i]!);
  return out;
}

/** Values worth a line: the literal itself and every 12-digit account id inside it. */
export function lineValues(literal: TfLiteral): string[] {
  const out = [literal.value];
  for (const m of literal.value.matchAll(ACCOUNT_RE)) if (m[0] !== literal.value) out.push(m[0]);
  return out;
}

/** How many labels each declaration kind has in hcl2json's body (`resource.<type>.<name>[]`). */
const LABELS: ReadonlyMap<string, number> = new Map([
  ["resource", 2],
  ["data", 2],
  ["module", 1],
  ["variable", 1],
  ["output", 1],
  ["provider", 1],
  ["locals", 0],
]);

/**
 * The tree of a file whose body came from hcl2json (or the .tf.json reader) and whose positions
 * from a scan of its text: the n-th body under a label path takes the n-th scanned block with that
 * path (the first one when the scan found fewer, except for locals), and within it the n-th nested
 * block of a type takes the n-th body its parent lists under that type (`withBodies`). Only the
 * declarations the module reader uses are converted.
 */
export function treeFromBody(body: HclBody, scan: TfPositions): TfFile {
  const index = new Map<string, TfBlock[]>();
  for (const b of scan.blocks) {
    for (let n = 0; n <= b.labels.length; n++) {
      const key = [b.type, ...b.labels.slice(0, n)].join("\0");
      const list = index.get(key);
      if (list) list.push(b);
      else index.set(key, [b]);
    }
  }
  const blocks: TfDeclaration[] = [];
  const walk = (type: string, labels: string[], value: unknown, depth: number): void => {
    if (depth > 0) {
      if (!isObject(value)) return;
      for (const [k, v] of Object.entries(value)) walk(type, [...labels, k], v, depth - 1);
      return;
    }
    const matches = index.get([type, ...labels].join("\0")) ?? [];
    bodiesOf(value).forEach((b, i) => {
      // (locals blocks are matched by position only, as they always were)
      const s = matches[i] ?? (type === "locals" ? undefined : matches[0]);
      blocks.push(
        s
          ? { ...withBodies(s, b), type, labels, body: b }
          : { type, labels, line: 1, start: 0, end: 0, attributes: [], blocks: [], body: b },
      );
    });
  };
  for (const [kind, value] of Object.entries(body)) {
    const depth = LABELS.get(kind);
    if (depth !== undefined) walk(kind, [], value, depth);
  }
  return { body, blocks, attributes: scan.attributes, literals: scan.literals };
}

/**
 * A scanned block with `body` as its body, and its nested blocks with theirs: the n-th nested
 * block with a type and labels takes the n-th body listed under them (the pairing is made here,
 * once).
 */
function withBodies(scanned: TfBlock, body: HclBody): TfBlock {
  const seen = new Map<string, number>();
  const blocks = scanned.blocks.map((nested): TfBlock => {
    const path = [nested.type, ...nested.labels];
    const key = path.join("\0");
    const i = seen.get(key) ?? 0;
    seen.set(key, i + 1);
    let listed: unknown = body;
    for (const k of path) listed = isObject(listed) && Object.hasOwn(listed, k) ? listed[k] : undefined;
    const own = Array.isArray(listed) ? listed[i] : undefined;
    return isObject(own) ? withBodies(nested, own) : nested;
  });
  return { ...scanned, blocks, body };
}

function bodiesOf(v: unknown): HclBody[] {
  if (Array.isArray(v)) return v.filter(isObject);
  return isObject(v) ? [v] : [];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
