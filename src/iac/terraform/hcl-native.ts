/**
 * A native reader for the common subset of HCL native syntax, yielding the file's located tree
 * (tree.ts) directly: blocks and arguments with their lines and spans, the literals with their
 * lines, and as the body exactly the value @cdktf/hcl2json's `parse(file, text)` would give:
 * blocks as arrays of bodies keyed by their labels, literals as JSON values, templates as strings with `${<source>}` for each interpolation, tuples
 * and objects converted element by element, every other expression as `${<source text>}`, and
 * the keys of every object in Go's sorted order.
 *
 * It answers `undefined` ("not sure") for anything outside the subset whose conversion was
 * checked against hcl2json (test/terraform/hcl-native*.test.ts), and for every syntax
 * irregularity, so that hcl2json parses that file and gives its own error messages. It never
 * throws.
 *
 * Sent to hcl2json (each is either a syntax error, whose message only hcl2json gives, or a form
 * whose conversion was not checked against hcl2json, or one where the position scan that located
 * the fallback's tree reads otherwise, which the native tree would then not reproduce):
 * control characters (a `\r` other than before a newline among them), an unpaired surrogate
 * or a BOM anywhere (the scan misreads the first line after a BOM); a `\r` in a string or
 * heredoc; characters beyond U+FFFF in object keys or labels (UTF-16 and Go's UTF-8 sort them
 * differently); non-ASCII identifiers; `\u`/`\U` escapes; `$${`/`%%{` escapes in a quoted string
 * where the scan would read on past their end; `~` strip markers; directives that do not nest or
 * span lines; interpolations of a literal, a tuple, an object, a template or a negation;
 * conditionals in templates whose branches are not a string, a whole number, a bool or an
 * expression; strings that Unicode normalisation would change; a heredoc's closing marker inside
 * an interpolation; numbers beyond ±1e300 or below 1e-300; object keys other than a string, a traversal,
 * a call, an index, a parenthesised expression or a whole number; a name used both as an
 * argument and as a block, or as a block with different label counts; one-line blocks other
 * than `{}` or `{ name = value }`; multi-line comments where a newline matters; traversals after
 * a number, a bool, null or a heredoc; a splat after an attribute-only splat; a space between a function
 * name and its "(". Of the 8,665 .tf/.tfvars files of the real repositories measured (issue 21),
 * none remains.
 */
import { setOwn } from "./objects.js";
import {
  heredocLineLiterals,
  LineIndex,
  type TfAttribute,
  type TfBlock,
  type TfDeclaration,
  type TfFile,
  type TfLiteral,
  type TfTemplateSource,
} from "./tree.js";

/** Thrown (one shared instance) wherever the reader is not sure; caught in `parseHclNative`. */
class Unsure extends Error {}
const UNSURE = new Unsure("not sure");

type Node =
  | { k: "lit"; s: number; e: number; v: number | boolean | null }
  /**
   * A quoted string or heredoc; `v` is its conversion, undefined where that is not sure; `parts`
   * its text and interpolations.
   */
  | {
      k: "str";
      s: number;
      e: number;
      v: string | undefined;
      wrap: Node | undefined;
      parts: (string | Node)[];
    }
  | { k: "tuple"; s: number; e: number; items: Node[] }
  | { k: "object"; s: number; e: number; items: { key: Key; value: Node }[] }
  | { k: "unary"; s: number; e: number; op: "-" | "!"; x: Node }
  /** A template directive (`%{ if x }`), with the text hcl2json prints for it. */
  | { k: "dir"; s: number; e: number; word: string; text: string }
  /** `c ? a : b`. */
  | { k: "cond"; s: number; e: number; c: Node; a: Node; b: Node }
  /**
   * Traversals, calls, parentheses, operators, for expressions: wrapped as `${source}`. `items`:
   * where a value starting with "[" has elements (a `[for ...]`, tuples joined by operators).
   */
  | { k: "other"; s: number; e: number; postfix: boolean; items?: number[] };

/** A line of a heredoc's text (its newline not included). */
interface HeredocLine {
  start: number;
  end: number;
  /** Spaces and tabs only. */
  blank?: boolean;
  /** Starts inside an interpolation that began on an earlier line. */
  inside?: boolean;
}

type Key = { name: string } | { str: Node };

interface Body {
  attributes: Map<string, Node>;
  /** The same arguments with their positions, in source order. */
  located: TfAttribute[];
  blocks: NativeBlock[];
}

interface NativeBlock {
  type: string;
  labels: string[];
  line: number;
  start: number;
  end: number;
  body: Body;
}

const MAX_DEPTH = 100;
const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const HEREDOC = /<<(-?)([A-Za-z_][A-Za-z0-9_-]*)\n/y;
/**
 * Characters that hcl2json may treat differently from this reader (see the header): controls
 * other than tab and newline (a carriage return is taken before a newline only, see `space`), a
 * BOM, and surrogates that do not make a pair (a character beyond U+FFFF is read as any other,
 * except in object keys and labels, whose order differs between UTF-16 and Go's UTF-8).
 */
const REFUSED_CHARS =
  /[\0-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff]|\r(?!\n)|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Any of those, or a character they may be: one quick scan for most files, which hold none. */
const MAYBE_REFUSED = /[\0-\x08\x0b-\x1f\x7f\ufeff\ud800-\udfff]/;
/** An object key that hcl2json gives as its text: a name with attributes and literal indexes. */
const TRAVERSAL_KEY = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\.[0-9]+|\[[0-9]+\]|\["[^"\\$%{}]*"\])*$/;
/** After an escaped `${` in a quoted string: what the position scan reads as closed alike. */
const ESCAPED = /[^{}"\\\n]*\}|\$\{[^{}"\\\n]*\}\}/y;
const BINARY_OPS = ["||", "&&", "==", "!=", "<=", ">=", "<", ">", "+", "-", "*", "/", "%"];

/** The located tree of an HCL native syntax text, or undefined when not sure. */
export function parseHclNative(text: string): TfFile | undefined {
  if (MAYBE_REFUSED.test(text) && REFUSED_CHARS.test(text)) return undefined;
  try {
    const p = new NativeReader(text);
    return p.tree(p.file());
  } catch {
    return undefined;
  }
}

class NativeReader {
  pos = 0;
  private depth = 0;
  private readonly lines: LineIndex;
  /**
   * String literals and account ids with their lines, those a reader of the text would point at
   * (and positions.ts finds in a file left to hcl2json): quoted strings outside block labels,
   * 12-digit numbers (also after a "-" in a name) outside quoted templates, and in heredocs the
   * JSON strings and account ids of each line (the line's text, not its interpolations).
   */
  private readonly literals: TfLiteral[] = [];
  /** Inside a block label or a heredoc's interpolation: nothing is recorded. */
  private quiet = 0;
  /** Inside a quoted template's interpolation: strings are recorded, numbers not. */
  private inQuoted = 0;

  constructor(private readonly t: string) {
    this.lines = new LineIndex(t);
  }

  /** The file's tree: each block's body converted once, the whole body assembled from them. */
  tree(file: Body): TfFile {
    const blocks = file.blocks.map((b) => this.locate(b));
    const body = this.assemble(
      file,
      blocks.map((b) => b.body),
    );
    blocks.sort((a, b) => comparePaths(a, b));
    return {
      body,
      blocks,
      attributes: file.located,
      literals: this.literals.sort((a, b) => a.offset - b.offset),
    };
  }

  file(): Body {
    const body = this.body(true);
    if (this.pos < this.t.length) throw UNSURE;
    return body;
  }

  // ---------------------------------------------------------------- structure

  private body(top: boolean): Body {
    const t = this.t;
    const body: Body = { attributes: new Map(), located: [], blocks: [] };
    for (;;) {
      this.space(true);
      if (this.pos >= t.length) {
        if (top) return body;
        throw UNSURE;
      }
      if (t[this.pos] === "}") {
        if (top) throw UNSURE;
        return body;
      }
      const start = this.pos;
      const name = this.ident();
      this.space(false);
      if (t[this.pos] === "=") {
        this.attribute(body, name, start);
        this.endOfLine();
        continue;
      }
      const labels: string[] = [];
      for (;;) {
        const c = t[this.pos];
        if (c === '"') {
          this.quiet++;
          labels.push(this.label());
          this.quiet--;
        } else if (c !== undefined && IDENT_START.test(c)) labels.push(this.ident());
        else break;
        this.space(false);
      }
      if (t[this.pos] !== "{") throw UNSURE;
      this.pos++;
      this.space(false);
      let inner: Body;
      const c = t[this.pos];
      if (c === "\n") {
        inner = this.body(false);
      } else if (c === "}") {
        inner = { attributes: new Map(), located: [], blocks: [] };
      } else {
        // A one-line block holds one argument at most.
        inner = { attributes: new Map(), located: [], blocks: [] };
        const argStart = this.pos;
        const arg = this.ident();
        this.space(false);
        this.attribute(inner, arg, argStart);
      }
      if (t[this.pos] !== "}") throw UNSURE;
      this.pos++;
      body.blocks.push({
        type: name,
        labels,
        line: this.lines.line(start),
        start,
        end: this.pos,
        body: inner,
      });
      this.endOfLine();
    }
  }

  /**
   * `= value` of an argument whose name was read (at `start`); its span ends after the spaces
   * and comment that follow on its line.
   */
  private attribute(body: Body, name: string, start: number): void {
    const t = this.t;
    if (t[this.pos] !== "=" || t[this.pos + 1] === "=" || t[this.pos + 1] === ">") throw UNSURE;
    this.pos++;
    if (body.attributes.has(name)) throw UNSURE;
    const value = this.expression(false);
    body.attributes.set(name, value);
    this.space(false);
    const attr: TfAttribute = { name, line: this.lines.line(start), start, end: this.pos };
    if (t[value.s] === "[") attr.items = itemOffsets(value).map((o) => this.lines.line(o));
    const template = this.templateOf(value);
    if (template !== undefined) attr.template = template;
    body.located.push(attr);
  }

  /** After an argument or a block: a newline (a line comment may come first) or the end. */
  private endOfLine(): void {
    this.space(false);
    const c = this.t[this.pos];
    if (c === "\n") this.pos++;
    else if (c !== undefined) throw UNSURE;
  }

  private label(): string {
    const node = this.quoted();
    // Labels may not hold template sequences; escapes are decoded.
    if (node.k !== "str" || node.v === undefined || node.wrap !== undefined) throw UNSURE;
    if (this.t.slice(node.s, node.e).includes("${")) throw UNSURE;
    return node.v;
  }

  private ident(): string {
    IDENT.lastIndex = this.pos;
    const m = IDENT.exec(this.t);
    if (!m) throw UNSURE;
    this.pos += m[0].length;
    return m[0];
  }

  /** A name inside an expression: 12 digits after a "-" in it are an account id for the line map. */
  private nameInExpression(): string {
    const s = this.pos;
    const name = this.ident();
    if (this.inQuoted === 0 && this.quiet === 0 && name.includes("-")) {
      for (const m of name.matchAll(/-([0-9]+)/g)) {
        if (m[1]!.length === 12) this.literal(m[1]!, s + m.index + 1);
      }
    }
    return name;
  }

  private literal(value: string, offset: number): void {
    this.literals.push({ value, line: this.lines.line(offset), offset });
  }

  /**
   * Spaces, tabs and comments; newlines too when `newlines`. Where newlines matter, a block
   * comment spanning lines is refused.
   */
  private space(newlines: boolean): void {
    const t = this.t;
    for (;;) {
      const c = t[this.pos];
      // A carriage return before a newline is part of it: skipped as space, it stays in the
      // spans and source texts, as hcl2json keeps it in the source of an expression.
      if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n")) this.pos++;
      else if (c === "#" || (c === "/" && t[this.pos + 1] === "/")) {
        const eol = t.indexOf("\n", this.pos);
        this.pos = eol < 0 ? t.length : eol;
      } else if (c === "/" && t[this.pos + 1] === "*") {
        const end = t.indexOf("*/", this.pos + 2);
        if (end < 0) throw UNSURE;
        if (!newlines && t.slice(this.pos, end).includes("\n")) throw UNSURE;
        this.pos = end + 2;
      } else return;
    }
  }

  // ---------------------------------------------------------------- expressions

  /** An expression; `nl`: newlines between its tokens are insignificant (inside brackets). */
  private expression(nl: boolean): Node {
    if (++this.depth > MAX_DEPTH) throw UNSURE;
    const first = this.binary(nl);
    this.space(nl);
    let out: Node = first;
    if (this.t[this.pos] === "?") {
      this.pos++;
      const a = this.expression(nl);
      this.space(nl);
      if (this.t[this.pos] !== ":") throw UNSURE;
      this.pos++;
      const b = this.expression(nl);
      out = { k: "cond", s: first.s, e: b.e, c: first, a, b };
    }
    this.depth--;
    return out;
  }

  private binary(nl: boolean): Node {
    const first = this.unary(nl);
    let last = first;
    const t = this.t;
    // Elements of the operands that are tuples, counted on as one list (as the scan did).
    let items: number[] | undefined;
    for (;;) {
      this.space(nl);
      const op = BINARY_OPS.find((o) => t.startsWith(o, this.pos));
      if (op === undefined) break;
      // `<<` would be a heredoc operand right after "<": not worth the doubt.
      if (t.startsWith("<<", this.pos)) throw UNSURE;
      this.pos += op.length;
      items ??= itemOffsets(first);
      last = this.unary(nl);
      if (t[last.s] === "[") items.push(...itemOffsets(last));
    }
    return last === first ? first : { k: "other", s: first.s, e: last.e, postfix: false, items };
  }

  private unary(nl: boolean): Node {
    this.space(nl);
    const c = this.t[this.pos];
    if (c === "-" || c === "!") {
      const s = this.pos;
      this.pos++;
      const x = this.unary(nl);
      return { k: "unary", s, e: x.e, op: c, x };
    }
    return this.postfix(this.primary(nl));
  }

  private primary(nl: boolean): Node {
    this.space(nl);
    const t = this.t;
    const s = this.pos;
    const c = t[s];
    if (c === undefined) throw UNSURE;
    if (c >= "0" && c <= "9") return this.number();
    if (c === '"') return this.quoted();
    if (c === "<") return this.heredoc();
    if (c === "(") {
      this.pos++;
      this.expression(true);
      this.space(true);
      if (t[this.pos] !== ")") throw UNSURE;
      this.pos++;
      return { k: "other", s, e: this.pos, postfix: true };
    }
    if (c === "[") return this.tuple();
    if (c === "{") return this.object();
    const name = this.nameInExpression();
    if (name === "true" || name === "false") return { k: "lit", s, e: this.pos, v: name === "true" };
    if (name === "null") return { k: "lit", s, e: this.pos, v: null };
    if (t[this.pos] === "(") {
      this.pos++;
      this.args();
      return { k: "other", s, e: this.pos, postfix: true };
    }
    if (t[this.pos] === ":" && t[this.pos + 1] === ":") throw UNSURE;
    return { k: "other", s, e: this.pos, postfix: true };
  }

  /** Function arguments after "(", up to and with ")". */
  private args(): void {
    const t = this.t;
    for (;;) {
      this.space(true);
      if (t[this.pos] === ")") break;
      this.expression(true);
      this.space(true);
      if (t.startsWith("...", this.pos)) {
        this.pos += 3;
        this.space(true);
        break;
      }
      if (t[this.pos] !== ",") break;
      this.pos++;
    }
    if (t[this.pos] !== ")") throw UNSURE;
    this.pos++;
  }

  /** `.name`, `.0`, `.*`, `[expr]`, `[*]` right after a traversal root, call or parentheses. */
  private postfix(node: Node): Node {
    const t = this.t;
    if (node.k !== "other" || !node.postfix) {
      const c = t[this.pos];
      if (!((c === "." && t[this.pos + 1] !== ".") || c === "[")) return node;
      // A tuple, an object, a for expression or a quoted string indexed or traversed
      // (`{ dev = 1 }[local.env]`): the whole is one expression. A tuple keeps its elements, to
      // which each index adds one (where the scan of a tuple value counts an element).
      if (
        node.k === "lit" ||
        node.k === "unary" ||
        node.k === "cond" ||
        (node.k === "str" && t[node.s] !== '"')
      )
        throw UNSURE;
      node = {
        k: "other",
        s: node.s,
        e: node.e,
        postfix: true,
        items: t[node.s] === "[" ? itemOffsets(node) : undefined,
      };
    }
    const items = node.items;
    let e = node.e;
    // hcl2json refuses a splat inside an attribute-only splat (`x.*.*`, `x.*.y.*`), which an
    // index or a full splat ends (`x.*[*]`, `x[*].y[*]` are read).
    let attributeSplat = false;
    for (;;) {
      const c = t[this.pos];
      if (c === "." && t[this.pos + 1] !== ".") {
        this.pos++;
        const d = t[this.pos];
        if (d === "*") {
          if (attributeSplat) throw UNSURE;
          attributeSplat = true;
          this.pos++;
        } else if (d !== undefined && d >= "0" && d <= "9") {
          while (t[this.pos]! >= "0" && t[this.pos]! <= "9") this.pos++;
          if (t[this.pos] === "." && /[0-9]/.test(t[this.pos + 1] ?? "")) throw UNSURE;
          if (/[A-Za-z_]/.test(t[this.pos] ?? "")) throw UNSURE;
        } else this.nameInExpression();
      } else if (c === "[") {
        attributeSplat = false;
        if (t.startsWith("[*]", this.pos)) {
          items?.push(this.pos + 1);
          this.pos += 3;
        } else {
          this.pos++;
          this.space(true);
          items?.push(this.pos);
          this.expression(true);
          this.space(true);
          if (t[this.pos] !== "]") throw UNSURE;
          this.pos++;
        }
      } else break;
      e = this.pos;
    }
    return { k: "other", s: node.s, e, postfix: true, items };
  }

  private number(): Node {
    const t = this.t;
    const s = this.pos;
    NUMBER.lastIndex = s;
    const m = NUMBER.exec(t)!;
    this.pos += m[0].length;
    if (this.inQuoted === 0 && this.quiet === 0 && !/[A-Za-z0-9_.]/.test(t[s - 1] ?? "")) {
      const digits = /^[0-9]+/.exec(m[0])![0];
      if (digits.length === 12) this.literal(digits, s);
    }
    if (/[A-Za-z0-9_.]/.test(t[this.pos] ?? "")) throw UNSURE;
    const v = Number(m[0]);
    if (!Number.isFinite(v) || (v !== 0 && (v > 1e300 || v < 1e-300))) throw UNSURE;
    return { k: "lit", s, e: this.pos, v };
  }

  private tuple(): Node {
    const t = this.t;
    const s = this.pos;
    this.pos++;
    this.space(true);
    if (this.forAhead()) return this.forExpr(s, "]");
    const items: Node[] = [];
    for (;;) {
      this.space(true);
      if (t[this.pos] === "]") break;
      items.push(this.expression(true));
      this.space(true);
      if (t[this.pos] !== ",") break;
      this.pos++;
    }
    if (t[this.pos] !== "]") throw UNSURE;
    this.pos++;
    return { k: "tuple", s, e: this.pos, items };
  }

  private object(): Node {
    const t = this.t;
    const s = this.pos;
    this.pos++;
    this.space(true);
    if (this.forAhead()) return this.forExpr(s, "}");
    const items: { key: Key; value: Node }[] = [];
    for (;;) {
      this.space(true);
      const c = t[this.pos];
      if (c === "}") break;
      const key = this.objectKey();
      this.space(false);
      const eq = t[this.pos];
      if (eq === ":" || (eq === "=" && t[this.pos + 1] !== "=" && t[this.pos + 1] !== ">")) this.pos++;
      else throw UNSURE;
      items.push({ key, value: this.expression(false) });
      this.space(false);
      const sep = t[this.pos];
      if (sep === ",") this.pos++;
      else if (sep !== "\n" && sep !== "}") throw UNSURE;
    }
    this.pos++;
    return { k: "object", s, e: this.pos, items };
  }

  /**
   * An object key, as hcl2json gives it: a quoted string converted; a name or a traversal of
   * names (`aws.replica`, a provider map's key) as its source text; a parenthesised expression
   * as `${(source)}`; a whole number as its digits. Other keys are left to hcl2json.
   */
  private objectKey(): Key {
    const t = this.t;
    const s = this.pos;
    const c = t[s];
    if (c === '"') return { str: this.quoted() };
    if (c === "(") return { name: this.wrapped(this.primary(true)) };
    if (c !== undefined && c >= "0" && c <= "9") {
      const n = this.number();
      if (n.k !== "lit" || !/^(?:0|[1-9][0-9]{0,14})$/.test(t.slice(s, n.e))) throw UNSURE;
      return { name: t.slice(s, n.e) };
    }
    this.nameInExpression();
    while (t[this.pos] === ".") {
      this.pos++;
      const d = t[this.pos];
      if (d !== undefined && d >= "0" && d <= "9") {
        while (t[this.pos]! >= "0" && t[this.pos]! <= "9") this.pos++;
        if (t[this.pos] === "." && /[0-9]/.test(t[this.pos + 1] ?? "")) throw UNSURE;
        if (/[A-Za-z_]/.test(t[this.pos] ?? "")) throw UNSURE;
      } else this.nameInExpression();
    }
    if (t[this.pos] !== "[" && t[this.pos] !== "(") return { name: t.slice(s, this.pos) };
    // With an index or a call: read again as an expression (its literals recorded once). A
    // traversal with literal indexes (`x[0]`, `x["k"]`) is given as its text, any other
    // expression as `${source}`; an index that may be literal in another form is left to hcl2json.
    const recorded = this.literals.length;
    this.pos = s;
    this.literals.length = recorded - this.literals.filter((l) => l.offset >= s).length;
    const node = this.postfix(this.primary(false));
    const src = t.slice(s, node.e);
    if (TRAVERSAL_KEY.test(src)) return { name: src };
    if (/\[\s*["0-9]/.test(src)) throw UNSURE;
    return { name: this.wrapped(node) };
  }

  /** `for name` (or `for name,`) at `pos`: the start of a for expression. */
  private forAhead(): boolean {
    const t = this.t;
    if (!t.startsWith("for", this.pos) || /[A-Za-z0-9_-]/.test(t[this.pos + 3] ?? "")) return false;
    // hcl2json takes any leading `for` for the keyword; anything but `for name` is left to it.
    if (!/^[ \t]+[A-Za-z_]/.test(t.slice(this.pos + 3, this.pos + 5))) throw UNSURE;
    return true;
  }

  private forExpr(s: number, close: "]" | "}"): Node {
    const t = this.t;
    // As elements: the `for` and a second variable after the comma (what the scan counted).
    const items = [this.pos];
    this.pos += 3;
    this.space(true);
    this.nameInExpression();
    this.space(true);
    if (t[this.pos] === ",") {
      this.pos++;
      this.space(true);
      items.push(this.pos);
      this.nameInExpression();
      this.space(true);
    }
    if (this.nameInExpression() !== "in") throw UNSURE;
    this.expression(true);
    this.space(true);
    if (t[this.pos] !== ":") throw UNSURE;
    this.pos++;
    this.expression(true);
    this.space(true);
    if (close === "}") {
      if (!t.startsWith("=>", this.pos)) throw UNSURE;
      this.pos += 2;
      this.expression(true);
      this.space(true);
      if (t.startsWith("...", this.pos)) {
        this.pos += 3;
        this.space(true);
      }
    }
    if (t.startsWith("if", this.pos) && !/[A-Za-z0-9_-]/.test(t[this.pos + 2] ?? "")) {
      this.pos += 2;
      this.expression(true);
      this.space(true);
    }
    if (t[this.pos] !== close) throw UNSURE;
    this.pos++;
    return { k: "other", s, e: this.pos, postfix: false, ...(close === "]" ? { items } : {}) };
  }

  // ---------------------------------------------------------------- templates

  /** A quoted template at `pos` (on the quote). */
  private quoted(): Node & { k: "str" } {
    const t = this.t;
    const s = this.pos;
    this.pos++;
    const parts: (string | Node)[] = [];
    let text = "";
    // The literal as a reader sees it: escapes decoded, interpolations as written (the text
    // itself until the first escape).
    let raw: string | undefined;
    for (;;) {
      // A run of characters that stand for themselves, taken at once.
      let p = this.pos;
      while (p < t.length && plainInQuotes(t.charCodeAt(p))) p++;
      if (p > this.pos) {
        const run = t.slice(this.pos, p);
        text += run;
        if (raw !== undefined) raw += run;
        this.pos = p;
      }
      const c = t[this.pos];
      if (c === undefined || c === "\n" || c === "\r") throw UNSURE;
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === "\\") {
        const n = t[this.pos + 1];
        const decoded =
          n === "n" ? "\n" : n === "t" ? "\t" : n === "r" ? "\r" : n === '"' || n === "\\" ? n : "";
        if (decoded === "") throw UNSURE;
        text += decoded;
        raw = (raw ?? t.slice(s + 1, this.pos)) + decoded;
        this.pos += 2;
        continue;
      }
      const from = this.pos;
      const marker = this.templateMarker(true);
      if (marker === "escape") {
        // hcl2json gives the escape as written (`$${` stays `$${`); so does the literal.
        text += t.slice(from, this.pos);
        if (raw !== undefined) raw += t.slice(from, this.pos);
        continue;
      }
      if (marker !== undefined) {
        if (text !== "") parts.push(text);
        text = "";
        this.inQuoted++;
        parts.push(marker === "directive" ? this.directive() : this.interpolation());
        this.inQuoted--;
        if (raw !== undefined) raw += t.slice(from, this.pos);
        continue;
      }
      text += c;
      if (raw !== undefined) raw += c;
      this.pos++;
    }
    if (text !== "") parts.push(text);
    if (this.quiet === 0) this.literal(raw ?? t.slice(s + 1, this.pos - 1), s);
    return this.template(s, parts, true);
  }

  /**
   * At `$` or `%`: an interpolation or a directive (and past the `${` or `%{`), an escape `$${`
   * or `%%{` (and past it), or a literal character; refuses strip markers. In a quoted string an escape is
   * taken only where the text after it closes as the position scan (positions.ts), which reads
   * the `${` in it as an interpolation, finds it closed: at a `}` before any quote, brace or
   * backslash, or after one plain interpolation (`$${${x}}`).
   */
  private templateMarker(quoted: boolean): "interpolation" | "directive" | "escape" | undefined {
    const t = this.t;
    const c = t[this.pos];
    if (c !== "$" && c !== "%") return undefined;
    const n = t[this.pos + 1];
    if (n === c && t[this.pos + 2] === "{") {
      if (quoted) {
        ESCAPED.lastIndex = this.pos + 3;
        if (!ESCAPED.test(t)) throw UNSURE;
      }
      this.pos += 3;
      return "escape";
    }
    if (n !== "{") return undefined;
    if (t[this.pos + 2] === "~") throw UNSURE;
    this.pos += 2;
    return c === "$" ? "interpolation" : "directive";
  }

  /**
   * A directive after its `%{`, and the closing "}": `if cond`, `else`, `endif`, `for v in coll`,
   * `for k, v in coll` or `endfor`, printed as hcl2json prints them (`%{if cond}`, `%{for k, v in
   * coll}`: the expressions' source, the rest normalised). Whether they nest is checked once the
   * template is read (`template`).
   */
  private directive(): Node {
    const t = this.t;
    const s = this.pos - 2;
    this.space(false);
    const word = this.ident();
    let text: string;
    if (word === "if") {
      const cond = this.expression(true);
      text = `%{if ${t.slice(cond.s, cond.e)}}`;
    } else if (word === "for") {
      this.space(false);
      let names = this.ident();
      this.space(false);
      if (t[this.pos] === ",") {
        this.pos++;
        this.space(false);
        names += `, ${this.ident()}`;
        this.space(false);
      }
      if (this.ident() !== "in") throw UNSURE;
      const coll = this.expression(true);
      text = `%{for ${names} in ${t.slice(coll.s, coll.e)}}`;
    } else if (word === "else" || word === "endif" || word === "endfor") text = `%{${word}}`;
    else throw UNSURE;
    this.space(false);
    if (t[this.pos] !== "}") throw UNSURE;
    this.pos++;
    return { k: "dir", s, e: this.pos, word, text };
  }

  /** The expression of `${...}` after the `${`, and the closing "}". */
  private interpolation(): Node {
    const inner = this.expression(true);
    this.space(true);
    if (this.t[this.pos] !== "}") throw UNSURE;
    this.pos++;
    return inner;
  }

  private template(s: number, parts: (string | Node)[], quoted: boolean): Node & { k: "str" } {
    const e = this.pos;
    checkDirectives(parts);
    const only = parts.length === 1 ? parts[0] : undefined;
    if (quoted && only !== undefined && typeof only !== "string") {
      // `"${x}"` is the expression x itself.
      const v = only.k === "other" || only.k === "cond" ? this.wrapped(only) : undefined;
      return { k: "str", s, e, v, wrap: only, parts };
    }
    let v: string | undefined = "";
    for (const part of parts) {
      if (typeof part === "string") {
        if (!isNfc(part)) v = undefined;
        else if (v !== undefined) v += part;
      } else if (v !== undefined) v = this.templatePart(part, v);
    }
    return { k: "str", s, e, v, wrap: undefined, parts };
  }

  /**
   * `v` with an interpolation's part of a template appended as hcl2json prints it: an expression
   * as `${source}`, a conditional next to other parts as `%{if cond}a%{else}b%{endif}` with its
   * branches printed alike (a whole number or bool as its text, a string as its value);
   * undefined (the string's value not sure) for anything else.
   */
  private templatePart(part: Node, v: string): string | undefined {
    if (part.k === "other") return v + this.wrapped(part);
    if (part.k === "dir") return v + part.text;
    if (part.k !== "cond") return undefined;
    const branch = (n: Node): string | undefined => {
      if (n.k === "lit") {
        if (typeof n.v === "boolean") return String(n.v);
        return typeof n.v === "number" && Number.isSafeInteger(n.v) && /^[0-9]+$/.test(this.t.slice(n.s, n.e))
          ? String(n.v)
          : undefined;
      }
      if (n.k === "str") {
        if (n.wrap !== undefined) return this.templatePart(n.wrap, "");
        // (escapes in a branch: hcl2json's form not checked)
        return n.v !== undefined && !/[$%]{2}\{/.test(n.v) ? n.v : undefined;
      }
      return this.templatePart(n, "");
    };
    const a = branch(part.a);
    const b = a === undefined ? undefined : branch(part.b);
    if (b === undefined) return undefined;
    // (an empty else branch is left out)
    const otherwise = b === "" ? "" : `%{else}${b}`;
    return `${v}%{if ${this.t.slice(part.c.s, part.c.e)}}${a}${otherwise}%{endif}`;
  }

  /** A heredoc at `pos`; its node ends with the closing marker's line (not its newline). */
  private heredoc(): Node {
    const t = this.t;
    const s = this.pos;
    HEREDOC.lastIndex = s;
    const m = HEREDOC.exec(t);
    if (!m) throw UNSURE;
    const flush = m[1] === "-";
    const marker = m[2]!;
    const lines: HeredocLine[] = [];
    let p = s + m[0].length;
    for (;;) {
      const eol = t.indexOf("\n", p);
      const end = eol < 0 ? t.length : eol;
      const line = t.slice(p, end);
      const trimmed = line.replace(/^[ \t]+/, "");
      if (trimmed.replace(/[ \t]+$/, "") === marker) {
        // The heredoc's source ends after the marker's line, trailing spaces included.
        this.pos = end;
        break;
      }
      if (eol < 0) throw UNSURE;
      // (hcl2json keeps a carriage return in the heredoc's text; the position scan does not
      // find such a heredoc)
      if (t[end - 1] === "\r") throw UNSURE;
      lines.push({ start: p, end });
      p = end + 1;
    }
    const after = this.pos;
    if (this.quiet === 0) {
      for (const l of lines)
        heredocLineLiterals(t.slice(l.start, l.end), l.start, this.lines.line(l.start), this.literals);
    }
    this.quiet++;
    // hcl2json cuts the least indentation (a tab counts as one) of the lines that start with text
    // and hold more than spaces and tabs, and leaves those of spaces and tabs only as they are; a
    // line that starts inside a multi-line interpolation is the expression's own (found while
    // reading, which the cut does not change: read again if they change the cut).
    const cut = flush ? flushCut(t, lines) : 0;
    let parts = this.heredocParts(lines, cut);
    if (flush && lines.some((l) => l.inside)) {
      const again = flushCut(t, lines);
      if (again !== cut) parts = this.heredocParts(lines, again);
    }
    this.quiet--;
    this.pos = after;
    return this.template(s, parts, false);
  }

  /**
   * A heredoc's text and interpolations, each line that starts with text cut by `cut` (blank
   * ones left whole); an interpolation may run over lines (marked `inside`), a directive not.
   */
  private heredocParts(lines: HeredocLine[], cut: number): (string | Node)[] {
    const t = this.t;
    const parts: (string | Node)[] = [];
    let text = "";
    for (let i = 0; i < lines.length; i++) {
      let l = lines[i]!;
      if (!l.inside) this.pos = l.blank ? l.start : Math.min(l.start + cut, l.end);
      while (this.pos < l.end) {
        const from = this.pos;
        const marker = this.templateMarker(false);
        if (marker === "escape") {
          if (this.pos > l.end) throw UNSURE;
          text += t.slice(from, this.pos);
          continue;
        }
        if (marker !== undefined) {
          if (text !== "") parts.push(text);
          text = "";
          parts.push(marker === "directive" ? this.directive() : this.interpolation());
          if (this.pos > l.end) {
            if (marker === "directive") throw UNSURE;
            // The interpolation ends on a later line: the lines up to it start inside it.
            while (this.pos > l.end) {
              if (++i >= lines.length) throw UNSURE;
              l = lines[i]!;
              l.inside = true;
            }
          }
          continue;
        }
        text += t[this.pos];
        this.pos++;
      }
      text += "\n";
    }
    if (text !== "") parts.push(text);
    return parts;
  }

  // ---------------------------------------------------------------- conversion

  /**
   * Where the string `convert` gives for `node` was written, part by part (parsed from there when
   * evaluated: parser.ts parseTemplateAt); undefined for a value that is not a string with
   * interpolations, or whose interpolations hold a heredoc.
   */
  private templateOf(node: Node): TfTemplateSource | undefined {
    let src: string;
    let pieces: (string | Node)[];
    if (node.k === "other" || node.k === "cond" || (node.k === "unary" && node.x.k !== "lit")) {
      src = this.wrapped(node);
      pieces = [node];
    } else if (node.k === "str" && node.v !== undefined && node.parts.some((p) => typeof p !== "string")) {
      src = node.v;
      pieces = node.parts;
    } else return undefined;
    const parts: TfTemplateSource["parts"] = [];
    for (const p of pieces) {
      if (typeof p === "string") {
        // The text as the template's parse of the printed string has it: escapes decoded.
        parts.push(p.includes("{") ? p.replace(/([$%])\1\{/g, "$1{") : p);
        continue;
      }
      // A conditional next to other parts is printed as an if directive: the printed form's
      // parse has a directive where the file has an interpolation, so such strings keep it, as
      // do strings with directives.
      if ((p.k === "cond" && pieces.length > 1) || p.k === "dir") return undefined;
      // A heredoc ending an interpolation has its closing marker run into the `}` in the
      // printed form, which then does not parse: heredocs in interpolations keep that form.
      const heredoc = this.t.indexOf("<<", p.s);
      if (heredoc >= 0 && heredoc < p.e) return undefined;
      parts.push({ s: p.s, e: p.e });
    }
    return { printed: src, text: this.t, parts };
  }

  private wrapped(node: Node): string {
    return `\${${this.t.slice(node.s, node.e)}}`;
  }

  private convert(node: Node): unknown {
    switch (node.k) {
      case "lit":
        return node.v;
      case "str":
        if (node.v === undefined) throw UNSURE;
        return node.v;
      case "tuple":
        return node.items.map((i) => this.convert(i));
      case "object": {
        // A key given twice keeps its last value, as in hcl2json's (Go) map.
        const values = new Map<string, unknown>();
        for (const item of node.items) {
          const key = "name" in item.key ? item.key.name : this.convert(item.key.str);
          if (typeof key !== "string") throw UNSURE;
          values.set(key, this.convert(item.value));
        }
        const entries = [...values];
        return sortedObject(entries);
      }
      case "unary": {
        const x = node.x;
        if (x.k !== "lit") return this.wrapped(node);
        if (node.op === "-" && typeof x.v === "number") return -x.v;
        if (node.op === "!" && typeof x.v === "boolean") return !x.v;
        throw UNSURE;
      }
      case "cond":
      case "other":
        return this.wrapped(node);
      case "dir":
        throw UNSURE;
    }
  }

  /**
   * A block with its positions and its body as hcl2json gives it, nested blocks likewise: each
   * nested block's body is the very object its parent's body lists for it.
   */
  private locate(b: NativeBlock): TfDeclaration {
    const blocks = b.body.blocks.map((n) => this.locate(n));
    return {
      type: b.type,
      labels: b.labels,
      line: b.line,
      start: b.start,
      end: b.end,
      attributes: b.body.located,
      blocks,
      body: this.assemble(
        b.body,
        blocks.map((n) => n.body),
      ),
    };
  }

  /** hcl2json's value of a body: arguments, then blocks (whose values are `bodies`) nested under their labels. */
  private assemble(body: Body, bodies: Record<string, unknown>[]): Record<string, unknown> {
    type Slot = { value: unknown } | { list: Record<string, unknown>[] } | { map: Map<string, Slot> };
    const root = new Map<string, Slot>();
    for (const [name, node] of body.attributes) root.set(name, { value: this.convert(node) });
    body.blocks.forEach((block, b) => {
      let level = root;
      const path = [block.type, ...block.labels];
      for (let i = 0; i < path.length; i++) {
        const key = path[i]!;
        const slot = level.get(key);
        const last = i === path.length - 1;
        if (last) {
          if (slot === undefined) level.set(key, { list: [bodies[b]!] });
          else if ("list" in slot) slot.list.push(bodies[b]!);
          else throw UNSURE;
        } else if (slot === undefined) {
          const map = new Map<string, Slot>();
          level.set(key, { map });
          level = map;
        } else if ("map" in slot) level = slot.map;
        else throw UNSURE;
      }
    });
    const finish = (level: Map<string, Slot>): Record<string, unknown> =>
      sortedObject(
        [...level].map(([k, slot]): [string, unknown] => [
          k,
          "value" in slot ? slot.value : "list" in slot ? slot.list : finish(slot.map),
        ]),
      );
    return finish(root);
  }
}

/** The indentation a flush heredoc's lines lose (see `heredoc`); marks the blank lines. */
function flushCut(t: string, lines: HeredocLine[]): number {
  let cut = Number.POSITIVE_INFINITY;
  for (const l of lines) {
    if (l.inside) continue;
    let i = l.start;
    while (i < l.end && (t[i] === " " || t[i] === "\t")) i++;
    if (i === l.end) l.blank = true;
    else cut = Math.min(cut, i - l.start);
  }
  return cut === Number.POSITIVE_INFINITY ? 0 : cut;
}

/**
 * Directives must nest (`if` [`else`] `endif`, `for` `endfor`), or hcl2json rejects the file. An
 * `else` with nothing before its `endif` is not printed (hcl2json prints the if directive from
 * the conditional it stands for, whose empty false branch it leaves out).
 */
function checkDirectives(parts: (string | Node)[]): void {
  let open: string[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (typeof p === "string" || p.k !== "dir") continue;
    open ??= [];
    const top = open.at(-1);
    if (p.word === "if" || p.word === "for") open.push(p.word);
    else if (p.word === "else") {
      if (top !== "if") throw UNSURE;
      open[open.length - 1] = "else";
    } else if (p.word === "endif") {
      if (top !== "if" && top !== "else") throw UNSURE;
      open.pop();
      const before = parts[i - 1];
      if (top === "else" && typeof before !== "string" && before?.k === "dir" && before.word === "else")
        before.text = "";
    } else if (open.pop() !== "for") throw UNSURE;
  }
  if (open !== undefined && open.length > 0) throw UNSURE;
}

/** Where the elements of a value starting with "[" begin. */
function itemOffsets(node: Node): number[] {
  if (node.k === "tuple") return node.items.map((i) => i.s);
  if (node.k === "other" && node.items) return [...node.items];
  return [];
}

/**
 * Declarations in the order JavaScript lists hcl2json's body (keys sorted as Go sorts them,
 * index-like keys first): by type, then label by label; equal paths keep their source order.
 */
function comparePaths(a: TfBlock, b: TfBlock): number {
  const c = compareKeys(a.type, b.type);
  if (c !== 0) return c;
  for (let i = 0; i < Math.min(a.labels.length, b.labels.length); i++) {
    const d = compareKeys(a.labels[i]!, b.labels[i]!);
    if (d !== 0) return d;
  }
  return a.labels.length - b.labels.length;
}

function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const ai = isIndexKey(a);
  const bi = isIndexKey(b);
  if (ai || bi) return ai && bi ? Number(a) - Number(b) : ai ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Keys that JavaScript objects list first, in numeric order (array indexes). */
function isIndexKey(k: string): boolean {
  const c = k.charCodeAt(0);
  return c >= 48 && c <= 57 && /^(?:0|[1-9][0-9]{0,9})$/.test(k) && Number(k) < 4294967295;
}

/** A character of a quoted string that stands for itself: not a line end, quote, "\\", "$" or "%". */
function plainInQuotes(code: number): boolean {
  return code !== 10 && code !== 13 && code !== 34 && code !== 92 && code !== 36 && code !== 37;
}

/** An object with its keys in Go's order (encoding/json sorts map keys bytewise). */
function sortedObject(entries: [string, unknown][]): Record<string, unknown> {
  // An ASCII key (nearly every key) is NFC and holds no surrogate: one test instead of two.
  for (const [k] of entries)
    if (!ASCII_ONLY.test(k) && (!isNfc(k) || /[\ud800-\udfff]/.test(k))) throw UNSURE;
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) setOwn(out, k, v);
  return out;
}

/** HCL normalises string literals to NFC. */
function isNfc(s: string): boolean {
  return ASCII_ONLY.test(s) || s.normalize("NFC") === s;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
