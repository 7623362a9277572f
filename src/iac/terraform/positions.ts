/**
 * Source positions for the files the native reader does not read: hcl2json gives no line
 * numbers, so this scanner reads the HCL text itself (and `scanJson` a .tf.json text): it skips
 * strings, heredocs and comments, records block headers with brace-matched spans, the line of
 * each argument, and every string literal with its line. `treeFromBody` (tree.ts) joins them with
 * the body into the file's tree. It never throws: on broken input it records what it could.
 * Two readers that need only a file's layout, not its values, use the scan directly: discovery
 * (roots.ts: which module calls a file makes) and the diff's declaration texts
 * (analyze/unresolved-inputs.ts).
 */
import { unicodeEscape } from "./lexer.js";
import {
  heredocLineLiterals,
  LineIndex,
  type TfAttribute,
  type TfBlock,
  type TfLiteral,
  type TfPositions,
} from "./tree.js";

export function scanHcl(text: string): TfPositions {
  const s = new HclScanner(text);
  const body = s.body(true);
  return {
    blocks: body.blocks,
    attributes: body.attributes,
    literals: s.literals.sort((a, b) => a.offset - b.offset),
  };
}

class HclScanner {
  pos = 0;
  readonly literals: TfLiteral[] = [];
  private readonly lines: LineIndex;

  constructor(private readonly text: string) {
    this.lines = new LineIndex(text);
  }

  line(offset: number): number {
    return this.lines.line(offset);
  }

  body(top: boolean): { attributes: TfAttribute[]; blocks: TfBlock[] } {
    const attributes: TfAttribute[] = [];
    const blocks: TfBlock[] = [];
    const t = this.text;
    while (this.pos < t.length) {
      this.skipSpace(true);
      if (this.pos >= t.length) break;
      const c = t[this.pos]!;
      if (c === "}") {
        if (!top) return { attributes, blocks };
        this.pos++;
        continue;
      }
      if (!/[A-Za-z_]/.test(c)) {
        this.skipExpression();
        if (t[this.pos] === "\n") this.pos++;
        continue;
      }
      const start = this.pos;
      const name = this.ident();
      this.skipSpace(false);
      if (t[this.pos] === "=" && t[this.pos + 1] !== "=") {
        this.pos++;
        this.skipSpace(false);
        const items: number[] | undefined = t[this.pos] === "[" ? [] : undefined;
        this.skipExpression(items);
        attributes.push({ name, line: this.line(start), start, end: this.pos, ...(items ? { items } : {}) });
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        this.skipSpace(false);
        const d = t[this.pos];
        if (d === '"') labels.push(this.quoted(false));
        else if (d !== undefined && /[A-Za-z_]/.test(d)) labels.push(this.ident());
        else break;
      }
      if (t[this.pos] === "{") {
        this.pos++;
        const inner = this.body(false);
        if (t[this.pos] === "}") this.pos++;
        blocks.push({ type: name, labels, line: this.line(start), start, end: this.pos, ...inner });
      } else {
        this.skipExpression();
      }
    }
    return { attributes, blocks };
  }

  /** An identifier (at most 256 characters), or the one character at `pos` when none starts there. */
  private ident(): string {
    const t = this.text;
    const start = this.pos;
    let p = start;
    if (identStart(t.charCodeAt(p))) {
      const most = Math.min(t.length, start + 256);
      p++;
      while (p < most && identPart(t.charCodeAt(p))) p++;
    } else p++;
    this.pos = p;
    return t.slice(start, p);
  }

  /** Whitespace and comments; newlines too when `newlines`. */
  private skipSpace(newlines: boolean): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n")) this.pos++;
      else if (c === "#" || (c === "/" && t[this.pos + 1] === "/")) this.toEol();
      else if (c === "/" && t[this.pos + 1] === "*") this.blockComment();
      else break;
    }
  }

  private toEol(): void {
    const eol = this.text.indexOf("\n", this.pos);
    this.pos = eol < 0 ? this.text.length : eol;
  }

  private blockComment(): void {
    const end = this.text.indexOf("*/", this.pos + 2);
    this.pos = end < 0 ? this.text.length : end + 2;
  }

  /**
   * An argument's expression: up to a newline or an unmatched "}" outside brackets. With `items`,
   * the expression is a tuple and the line of each top-level element is collected.
   */
  private skipExpression(items?: number[]): void {
    const t = this.text;
    let depth = 0;
    let expectItem = false;
    while (this.pos < t.length) {
      if (!items) {
        // Most of an expression is characters none of the cases below acts on: skip them at once.
        let p = this.pos;
        while (p < t.length && ordinary(t.charCodeAt(p))) p++;
        this.pos = p;
        if (p >= t.length) return;
      }
      const c = t[this.pos]!;
      if (c === "\n" && depth === 0) return;
      if (c === "}" && depth === 0) return;
      if (items && expectItem && depth === 1 && !/[\s,\]]/.test(c) && c !== "#" && c !== "/") {
        items.push(this.line(this.pos));
        expectItem = false;
      }
      if (items && depth === 1 && c === ",") expectItem = true;
      if (c === "(" || c === "[" || c === "{") {
        depth++;
        if (items && depth === 1 && c === "[") expectItem = true;
      } else if (c === ")" || c === "]" || c === "}") depth--;
      if (c === '"') {
        this.quoted(true);
        continue;
      }
      if (c === "<" && t[this.pos + 1] === "<" && this.heredoc()) continue;
      if (c === "#" || (c === "/" && t[this.pos + 1] === "/")) {
        this.toEol();
        continue;
      }
      if (c === "/" && t[this.pos + 1] === "*") {
        this.blockComment();
        continue;
      }
      if (isDigit(t.charCodeAt(this.pos)) && !/[A-Za-z0-9_.]/.test(t[this.pos - 1] ?? "")) {
        // A number: an account id when it has exactly 12 digits.
        let end = this.pos + 1;
        while (end < t.length && isDigit(t.charCodeAt(end))) end++;
        if (end - this.pos === 12)
          this.literals.push({ value: t.slice(this.pos, end), line: this.line(this.pos), offset: this.pos });
        this.pos = end;
        continue;
      }
      this.pos++;
    }
  }

  /** A quoted template starting at `pos` (on the quote); records it as a literal when `record`. */
  private quoted(record: boolean): string {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    let out = "";
    while (this.pos < t.length) {
      // A run of characters taken as they are, appended at once.
      let p = this.pos;
      while (p < t.length && literalChar(t.charCodeAt(p))) p++;
      if (p > this.pos) {
        out += t.slice(this.pos, p);
        this.pos = p;
        if (p >= t.length) break;
      }
      const c = t[this.pos]!;
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\n") break;
      if (c === "\\") {
        const n = t[this.pos + 1] ?? "";
        const unicode = unicodeEscape(t, this.pos);
        if (unicode) {
          out += unicode.text;
          this.pos += unicode.length;
          continue;
        }
        const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", '"': '"', "\\": "\\" };
        out += simple[n] ?? n;
        this.pos += 2;
        continue;
      }
      if ((c === "$" || c === "%") && t[this.pos + 1] === "{") {
        const from = this.pos;
        this.pos += 2;
        this.skipInterpolation();
        out += t.slice(from, this.pos);
        continue;
      }
      out += c;
      this.pos++;
    }
    if (record) this.literals.push({ value: out, line: this.line(start), offset: start });
    return out;
  }

  /** Inside `${...}` / `%{...}` up to the matching "}". */
  private skipInterpolation(): void {
    const t = this.text;
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos]!;
      if (c === '"') {
        this.quoted(true);
        continue;
      }
      if (c === "{") depth++;
      if (c === "}") {
        if (depth === 0) {
          this.pos++;
          return;
        }
        depth--;
      }
      if (c === "\n" && depth === 0) return;
      this.pos++;
    }
  }

  /** A heredoc at `pos`; false (nothing consumed) when `<<` does not start one. */
  private heredoc(): boolean {
    const t = this.text;
    const m = /^<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\n/.exec(t.slice(this.pos, this.pos + 256));
    if (!m) return false;
    const marker = m[1]!;
    let p = this.pos + m[0].length;
    while (p < t.length) {
      const eol = t.indexOf("\n", p);
      const end = eol < 0 ? t.length : eol;
      const line = t.slice(p, end);
      if (line.trim() === marker) {
        this.pos = end;
        return true;
      }
      this.recordLine(line, p);
      p = end + 1;
    }
    this.pos = t.length;
    return true;
  }

  /** The JSON strings and bare account ids of one heredoc line. */
  private recordLine(line: string, offset: number): void {
    heredocLineLiterals(line, offset, this.line(offset), this.literals);
  }
}

/** [A-Za-z_] */
function identStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** [A-Za-z0-9_-] */
function identPart(code: number): boolean {
  return identStart(code) || isDigit(code) || code === 45;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A character `skipExpression` only steps over: not a newline, bracket, quote, "<", "#", "/" or digit. */
function ordinary(code: number): boolean {
  switch (code) {
    case 10: // \n
    case 34: // "
    case 35: // #
    case 40: // (
    case 41: // )
    case 47: // /
    case 60: // <
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
      return false;
    default:
      return !isDigit(code);
  }
}

/** A character of a quoted string that stands for itself: not a quote, newline, "\\", "$" or "%". */
function literalChar(code: number): boolean {
  return code !== 34 && code !== 10 && code !== 92 && code !== 36 && code !== 37;
}

/**
 * The same information for a `.tf.json` file: objects under resource/data/module/... become
 * blocks, their keys arguments.
 */
export function scanJson(text: string): TfPositions {
  const index = new LineIndex(text);
  const line = (o: number): number => index.line(o);
  const literals: TfLiteral[] = [];
  const tree = readJsonTree(text, literals, line);
  literals.sort((a, b) => a.offset - b.offset);
  const blocks: TfBlock[] = [];
  if (tree?.kind === "object") {
    for (const entry of tree.entries) {
      const depth =
        entry.key === "resource" || entry.key === "data"
          ? 2
          : entry.key === "locals" || entry.key === "terraform"
            ? 0
            : 1;
      collectJsonBlocks(entry.key, [], entry.value, depth, entry.line, blocks);
    }
  }
  return { blocks, attributes: [], literals };
}

type JsonNode =
  | {
      kind: "object";
      start: number;
      end: number;
      entries: { key: string; line: number; start: number; value: JsonNode }[];
    }
  | { kind: "array"; start: number; end: number; items: JsonNode[] }
  | { kind: "scalar"; start: number; end: number };

function collectJsonBlocks(
  type: string,
  labels: string[],
  node: JsonNode,
  labelDepth: number,
  line: number,
  out: TfBlock[],
): void {
  if (node.kind === "array") {
    for (const item of node.items) collectJsonBlocks(type, labels, item, labelDepth, line, out);
    return;
  }
  if (node.kind !== "object") return;
  if (labelDepth > 0) {
    for (const e of node.entries)
      collectJsonBlocks(type, [...labels, e.key], e.value, labelDepth - 1, e.line, out);
    return;
  }
  out.push(jsonBlock(type, labels, node, line));
}

function jsonBlock(
  type: string,
  labels: string[],
  node: JsonNode & { kind: "object" },
  line: number,
): TfBlock {
  const attributes: TfAttribute[] = [];
  const blocks: TfBlock[] = [];
  for (const e of node.entries) {
    attributes.push({ name: e.key, line: e.line, start: e.start, end: e.value.end });
    const items = e.value.kind === "array" ? e.value.items : [e.value];
    for (const item of items) if (item.kind === "object") blocks.push(jsonBlock(e.key, [], item, e.line));
  }
  return { type, labels, line, start: node.start, end: node.end, attributes, blocks };
}

function readJsonTree(text: string, literals: TfLiteral[], line: (o: number) => number): JsonNode | null {
  let p = 0;
  const ws = (): void => {
    while (p < text.length && /\s/.test(text[p]!)) p++;
  };
  const str = (): string => {
    const start = p;
    p++;
    while (p < text.length && text[p] !== '"') p += text[p] === "\\" ? 2 : 1;
    p++;
    try {
      return JSON.parse(text.slice(start, p)) as string;
    } catch {
      return text.slice(start + 1, p - 1);
    }
  };
  const value = (depth: number): JsonNode => {
    ws();
    const start = p;
    const c = text[p];
    if (depth > 200) throw new Error("too deep");
    if (c === "{") {
      p++;
      const entries: { key: string; line: number; start: number; value: JsonNode }[] = [];
      for (;;) {
        ws();
        if (text[p] === "}" || p >= text.length) break;
        if (text[p] !== '"') throw new Error("key");
        const keyStart = p;
        const key = str();
        ws();
        if (text[p] === ":") p++;
        const v = value(depth + 1);
        entries.push({ key, line: line(keyStart), start: keyStart, value: v });
        ws();
        if (text[p] === ",") p++;
      }
      p++;
      return { kind: "object", start, end: p, entries };
    }
    if (c === "[") {
      p++;
      const items: JsonNode[] = [];
      for (;;) {
        ws();
        if (text[p] === "]" || p >= text.length) break;
        items.push(value(depth + 1));
        ws();
        if (text[p] === ",") p++;
      }
      p++;
      return { kind: "array", start, end: p, items };
    }
    if (c === '"') {
      const s = str();
      literals.push({ value: s, line: line(start), offset: start });
      return { kind: "scalar", start, end: p };
    }
    const m = /^[^,\]}\s]+/.exec(text.slice(p, p + 64));
    const raw = m?.[0] ?? text[p] ?? "";
    if (/^[0-9]{12}$/.test(raw)) literals.push({ value: raw, line: line(start), offset: start });
    p += Math.max(raw.length, 1);
    return { kind: "scalar", start, end: p };
  };
  try {
    return value(0);
  } catch {
    return null;
  }
}
