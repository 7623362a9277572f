/**
 * A Pratt parser for HCL expressions and templates (the part of the language that Terraform
 * configurations use to build policies). Entry points: `parseExpression` for expression source
 * and `parseTemplate` for raw template text (strings from hcl2json, heredoc bodies, template files).
 */
import type { BinaryOp, Expr, TemplatePart } from "./ast.js";
import { HclSyntaxError, Lexer, type Token } from "./lexer.js";
import type { TfTemplateSource } from "./tree.js";

const BINARY: Record<string, { op: BinaryOp; prec: number }> = {
  "||": { op: "||", prec: 1 },
  "&&": { op: "&&", prec: 2 },
  "==": { op: "==", prec: 3 },
  "!=": { op: "!=", prec: 3 },
  "<": { op: "<", prec: 4 },
  ">": { op: ">", prec: 4 },
  "<=": { op: "<=", prec: 4 },
  ">=": { op: ">=", prec: 4 },
  "+": { op: "+", prec: 5 },
  "-": { op: "-", prec: 5 },
  "*": { op: "*", prec: 6 },
  "/": { op: "/", prec: 6 },
  "%": { op: "%", prec: 6 },
};

const MAX_DEPTH = 200;

export { HclSyntaxError };

/** Parse a whole expression; the text must hold nothing else. */
export function parseExpression(src: string): Expr {
  const p = new Parser(src);
  const expr = p.expression();
  const t = p.lex.peek();
  if (t.kind !== "eof") throw new HclSyntaxError(`unexpected ${describe(t)} after the expression`, t.s);
  return expr;
}

/** Parse raw template text (no backslash escapes; `$${` and `%%{` escape the markers). */
export function parseTemplate(src: string): Expr {
  const p = new Parser(src);
  const parts = p.templateParts(false);
  return { k: "template", parts, src, s: 0, e: src.length };
}

/**
 * The template a string value written in a file parses to (what `parseTemplate(source.printed)`
 * gives), its expressions parsed where they are written and located in the file's text; its own
 * `src` is the printed string. Undefined where an expression does not parse there as it would in
 * the printed string (the caller then parses that string).
 */
export function parseTemplateAt(source: TfTemplateSource): Expr | undefined {
  const parts: TemplatePart[] = [];
  for (const p of source.parts) {
    if (typeof p === "string") {
      parts.push({ k: "text", text: p });
      continue;
    }
    const expr = parseInterpolationAt(source.text, p.s, p.e);
    if (expr === undefined) return undefined;
    parts.push({ k: "interp", expr });
  }
  return { k: "template", parts, src: source.printed, s: 0, e: source.printed.length };
}

/**
 * The expression written at [start, end) of a file's text, parsed as the interpolation
 * `${<that text>}` would parse it, its nodes located in that text; undefined where that parse
 * fails or ends elsewhere.
 */
function parseInterpolationAt(src: string, start: number, end: number): Expr | undefined {
  const p = new Parser(src);
  p.lex.pos = start;
  try {
    const expr = p.interpolation();
    return expr.e === end ? expr : undefined;
  } catch {
    return undefined;
  }
}

type FlatItem =
  | { k: "text"; text: string }
  | { k: "interp"; expr: Expr; stripBefore: boolean; stripAfter: boolean }
  | { k: "dir"; dir: Directive; stripBefore: boolean; stripAfter: boolean; s: number };

type Directive =
  | { k: "if"; cond: Expr }
  | { k: "else" }
  | { k: "endif" }
  | { k: "for"; keyVar: string | null; valVar: string; coll: Expr }
  | { k: "endfor" };

class Parser {
  readonly lex: Lexer;
  /** Newline sensitivity per nesting level: true directly inside an object constructor. */
  private nlStack: boolean[] = [false];
  private depth = 0;

  constructor(readonly src: string) {
    this.lex = new Lexer(src);
  }

  /** The expression of an interpolation, as `templateParts` parses it after `${`. */
  interpolation(): Expr {
    return this.withNl(false, () => this.expression());
  }

  expression(): Expr {
    if (++this.depth > MAX_DEPTH) throw new HclSyntaxError("expression nested too deeply", this.lex.pos);
    try {
      const cond = this.binary(0);
      const q = this.lex.peek();
      if (!this.continues(q, "?")) return cond;
      this.lex.next();
      const a = this.withNl(false, () => this.expression());
      this.expect(":");
      const b = this.expression();
      return { k: "cond", cond, a, b, src: this.src, s: cond.s, e: b.e };
    } finally {
      this.depth--;
    }
  }

  private binary(minPrec: number): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.lex.peek();
      const info = t.kind === "punct" ? BINARY[t.text] : undefined;
      if (!info || info.prec <= minPrec || (this.nlSensitive && t.nl)) return left;
      this.lex.next();
      const right = this.binary(info.prec);
      left = { k: "binary", op: info.op, l: left, r: right, src: this.src, s: left.s, e: right.e };
    }
  }

  private unary(): Expr {
    const t = this.lex.peek();
    if (t.kind === "punct" && (t.text === "!" || t.text === "-")) {
      this.lex.next();
      const x = this.unary();
      if (t.text === "-" && x.k === "lit" && typeof x.value === "number") {
        return { k: "lit", value: -x.value, src: this.src, s: t.s, e: x.e };
      }
      return { k: "unary", op: t.text, x, src: this.src, s: t.s, e: x.e };
    }
    return this.postfix(this.primary());
  }

  private postfix(base: Expr): Expr {
    let obj = base;
    for (;;) {
      const t = this.lex.peek();
      if (this.nlSensitive && t.nl) return obj;
      if (t.kind === "punct" && t.text === ".") {
        this.lex.next();
        const n = this.lex.next();
        if (n.kind === "ident") {
          obj = { k: "attr", obj, name: n.text, src: this.src, s: obj.s, e: n.e };
        } else if (n.kind === "number" && /^[0-9]+$/.test(n.text)) {
          const key: Expr = { k: "lit", value: Number(n.text), src: this.src, s: n.s, e: n.e };
          obj = { k: "index", obj, key, src: this.src, s: obj.s, e: n.e };
        } else if (n.kind === "punct" && n.text === "*") {
          obj = this.splat(obj, true, n.e);
        } else {
          throw new HclSyntaxError(`expected an attribute name after ".", found ${describe(n)}`, n.s);
        }
      } else if (t.kind === "punct" && t.text === "[") {
        this.lex.next();
        const star = this.lex.peek();
        if (star.kind === "punct" && star.text === "*" && this.lex.peek(1).text === "]") {
          this.lex.next();
          const close = this.lex.next();
          obj = this.splat(obj, false, close.e);
        } else {
          const key = this.withNl(false, () => this.expression());
          const close = this.expect("]");
          obj = { k: "index", obj, key, src: this.src, s: obj.s, e: close.e };
        }
      } else {
        return obj;
      }
    }
  }

  /** `x.*.a.b` (attribute splat) or `x[*].a[0]` (full splat): the traversals after it apply per element. */
  private splat(obj: Expr, attrOnly: boolean, end: number): Expr {
    let each: Expr = { k: "splatItem", src: this.src, s: end, e: end };
    for (;;) {
      const t = this.lex.peek();
      if (this.nlSensitive && t.nl) break;
      if (t.kind === "punct" && t.text === "." && this.lex.peek(1).kind === "ident") {
        this.lex.next();
        const n = this.lex.next();
        each = { k: "attr", obj: each, name: n.text, src: this.src, s: each.s, e: n.e };
      } else if (!attrOnly && t.kind === "punct" && t.text === "[" && this.lex.peek(1).text !== "*") {
        this.lex.next();
        const key = this.withNl(false, () => this.expression());
        const close = this.expect("]");
        each = { k: "index", obj: each, key, src: this.src, s: each.s, e: close.e };
      } else {
        break;
      }
    }
    return { k: "splat", obj, each, src: this.src, s: obj.s, e: Math.max(each.e, end) };
  }

  private primary(): Expr {
    const t = this.lex.next();
    const src = this.src;
    switch (t.kind) {
      case "number":
        return { k: "lit", value: Number(t.text), src, s: t.s, e: t.e };
      case "quote":
        return this.quoted(t.s);
      case "heredoc": {
        const inner = parseTemplate(t.text);
        return { ...inner, src, s: t.s, e: t.e };
      }
      case "ident":
        return this.identifier(t);
      case "punct":
        if (t.text === "(") {
          const x = this.withNl(false, () => this.expression());
          const close = this.expect(")");
          return { k: "paren", x, src, s: t.s, e: close.e };
        }
        if (t.text === "[") return this.withNl(false, () => this.tuple(t));
        if (t.text === "{") return this.object(t);
        break;
      case "eof":
        throw new HclSyntaxError("unexpected end of expression", t.s);
    }
    throw new HclSyntaxError(`unexpected ${describe(t)}`, t.s);
  }

  private identifier(t: Token): Expr {
    const src = this.src;
    if (t.text === "true" || t.text === "false")
      return { k: "lit", value: t.text === "true", src, s: t.s, e: t.e };
    if (t.text === "null") return { k: "lit", value: null, src, s: t.s, e: t.e };
    const open = this.lex.peek();
    if (open.kind === "punct" && open.text === "(" && !open.nl) {
      this.lex.next();
      return this.withNl(false, () => this.call(t));
    }
    return { k: "var", name: t.text, src, s: t.s, e: t.e };
  }

  private call(name: Token): Expr {
    const args: Expr[] = [];
    let expand = false;
    for (;;) {
      const t = this.lex.peek();
      if (t.kind === "punct" && t.text === ")") break;
      args.push(this.expression());
      const sep = this.lex.peek();
      if (sep.kind === "punct" && sep.text === "...") {
        this.lex.next();
        expand = true;
        break;
      }
      if (sep.kind === "punct" && sep.text === ",") {
        this.lex.next();
        continue;
      }
      break;
    }
    const close = this.expect(")");
    return { k: "call", name: name.text, args, expand, src: this.src, s: name.s, e: close.e };
  }

  private tuple(open: Token): Expr {
    if (this.isFor()) return this.forExpr(open, false);
    const items: Expr[] = [];
    for (;;) {
      const t = this.lex.peek();
      if (t.kind === "punct" && t.text === "]") break;
      items.push(this.expression());
      const sep = this.lex.peek();
      if (sep.kind === "punct" && sep.text === ",") {
        this.lex.next();
        continue;
      }
      break;
    }
    const close = this.expect("]");
    return { k: "tuple", items, src: this.src, s: open.s, e: close.e };
  }

  private object(open: Token): Expr {
    if (this.isFor()) return this.withNl(false, () => this.forExpr(open, true));
    return this.withNl(true, () => {
      const items: { key: Expr; value: Expr }[] = [];
      for (;;) {
        const t = this.lex.peek();
        if (t.kind === "punct" && t.text === "}") break;
        const rawKey = this.postfix(this.primary());
        const key: Expr =
          rawKey.k === "var"
            ? { k: "lit", value: rawKey.name, src: this.src, s: rawKey.s, e: rawKey.e }
            : rawKey;
        const eq = this.lex.next();
        if (eq.kind !== "punct" || (eq.text !== "=" && eq.text !== ":")) {
          throw new HclSyntaxError(`expected "=" after an object key, found ${describe(eq)}`, eq.s);
        }
        const value = this.expression();
        items.push({ key, value });
        const sep = this.lex.peek();
        if (sep.kind === "punct" && sep.text === ",") this.lex.next();
        else if (!sep.nl && !(sep.kind === "punct" && sep.text === "}")) {
          throw new HclSyntaxError(
            `expected "," or a newline between object items, found ${describe(sep)}`,
            sep.s,
          );
        }
      }
      const close = this.expect("}");
      return { k: "object", items, src: this.src, s: open.s, e: close.e };
    });
  }

  private isFor(): boolean {
    const a = this.lex.peek();
    return a.kind === "ident" && a.text === "for" && this.lex.peek(1).kind === "ident";
  }

  private forExpr(open: Token, object: boolean): Expr {
    this.lex.next();
    const first = this.expectIdent();
    let keyVar: string | null = null;
    let valVar = first;
    if (this.lex.peek().text === ",") {
      this.lex.next();
      keyVar = first;
      valVar = this.expectIdent();
    }
    const kw = this.lex.next();
    if (kw.kind !== "ident" || kw.text !== "in")
      throw new HclSyntaxError(`expected "in", found ${describe(kw)}`, kw.s);
    const coll = this.expression();
    this.expect(":");
    let keyExpr: Expr | null = null;
    let valExpr = this.expression();
    let group = false;
    if (object) {
      this.expect("=>");
      keyExpr = valExpr;
      valExpr = this.expression();
      if (this.lex.peek().text === "...") {
        this.lex.next();
        group = true;
      }
    }
    let cond: Expr | null = null;
    const maybeIf = this.lex.peek();
    if (maybeIf.kind === "ident" && maybeIf.text === "if") {
      this.lex.next();
      cond = this.expression();
    }
    const close = this.expect(object ? "}" : "]");
    return {
      k: "for",
      keyVar,
      valVar,
      coll,
      keyExpr,
      valExpr,
      cond,
      group,
      object,
      src: this.src,
      s: open.s,
      e: close.e,
    };
  }

  private quoted(start: number): Expr {
    const parts = this.withNl(false, () => this.templateParts(true));
    return { k: "template", parts, src: this.src, s: start, e: this.lex.pos };
  }

  /** Template parts up to the closing quote (quoted) or the end of the text. */
  templateParts(quoted: boolean): TemplatePart[] {
    const flat: FlatItem[] = [];
    for (;;) {
      if (!this.lex.clean) throw new HclSyntaxError("internal: template scan after lookahead", this.lex.pos);
      const chunk = this.lex.scanText(quoted);
      if (chunk.text !== "") flat.push({ k: "text", text: chunk.text });
      if (chunk.stop === "quote" || chunk.stop === "eof") break;
      const at = this.lex.pos;
      if (chunk.stop === "interp") {
        const expr = this.interpolation();
        const stripAfter = this.closeMarker();
        flat.push({ k: "interp", expr, stripBefore: chunk.stripBefore, stripAfter });
      } else {
        const dir = this.directive();
        if (dir === null) {
          // Not a directive keyword: hcl2json sometimes unescapes "%%{" to "%{"; keep it as text.
          this.lex.pos = at;
          flat.push({ k: "text", text: chunk.stripBefore ? "%{~" : "%{" });
          continue;
        }
        const stripAfter = this.closeMarker();
        flat.push({ k: "dir", dir, stripBefore: chunk.stripBefore, stripAfter, s: at });
      }
    }
    applyStrip(flat);
    const pos = { i: 0 };
    const parts = nest(flat, pos, null);
    if (pos.i < flat.length) {
      const item = flat[pos.i] as FlatItem & { s?: number };
      throw new HclSyntaxError("unexpected template directive", item.s ?? 0);
    }
    return parts;
  }

  private directive(): Directive | null {
    const t = this.lex.peek();
    if (t.kind !== "ident") return null;
    switch (t.text) {
      case "if": {
        this.lex.next();
        return { k: "if", cond: this.withNl(false, () => this.expression()) };
      }
      case "else":
      case "endif":
      case "endfor":
        this.lex.next();
        return { k: t.text };
      case "for": {
        this.lex.next();
        const first = this.expectIdent();
        let keyVar: string | null = null;
        let valVar = first;
        if (this.lex.peek().text === ",") {
          this.lex.next();
          keyVar = first;
          valVar = this.expectIdent();
        }
        const kw = this.lex.next();
        if (kw.text !== "in") throw new HclSyntaxError(`expected "in", found ${describe(kw)}`, kw.s);
        return { k: "for", keyVar, valVar, coll: this.withNl(false, () => this.expression()) };
      }
      default:
        return null;
    }
  }

  /** `}` or `~}` closing an interpolation or directive; true for `~}`. */
  private closeMarker(): boolean {
    const t = this.lex.next();
    if (t.kind === "punct" && t.text === "~") {
      this.expectRaw("}");
      return true;
    }
    if (t.kind === "punct" && t.text === "}") return false;
    throw new HclSyntaxError(`expected "}" to close the template sequence, found ${describe(t)}`, t.s);
  }

  private expectRaw(text: string): void {
    const t = this.lex.next();
    if (t.text !== text) throw new HclSyntaxError(`expected "${text}", found ${describe(t)}`, t.s);
  }

  private expect(text: string): Token {
    const t = this.lex.next();
    if (t.kind !== "punct" || t.text !== text)
      throw new HclSyntaxError(`expected "${text}", found ${describe(t)}`, t.s);
    return t;
  }

  private expectIdent(): string {
    const t = this.lex.next();
    if (t.kind !== "ident") throw new HclSyntaxError(`expected a name, found ${describe(t)}`, t.s);
    return t.text;
  }

  private get nlSensitive(): boolean {
    return this.nlStack[this.nlStack.length - 1] ?? false;
  }

  private continues(t: Token, text: string): boolean {
    return t.kind === "punct" && t.text === text && !(this.nlSensitive && t.nl);
  }

  private withNl<T>(sensitive: boolean, fn: () => T): T {
    this.nlStack.push(sensitive);
    try {
      return fn();
    } finally {
      this.nlStack.pop();
    }
  }
}

function applyStrip(flat: FlatItem[]): void {
  flat.forEach((item, i) => {
    if (item.k === "text") return;
    const prev = flat[i - 1];
    const next = flat[i + 1];
    if (item.stripBefore && prev?.k === "text") prev.text = prev.text.replace(/[ \t\r\n]+$/, "");
    if (item.stripAfter && next?.k === "text") next.text = next.text.replace(/^[ \t\r\n]+/, "");
  });
}

function nest(flat: FlatItem[], pos: { i: number }, until: "if" | "for" | null): TemplatePart[] {
  const out: TemplatePart[] = [];
  while (pos.i < flat.length) {
    const item = flat[pos.i]!;
    if (item.k === "text") {
      if (item.text !== "") out.push({ k: "text", text: item.text });
      pos.i++;
      continue;
    }
    if (item.k === "interp") {
      out.push({ k: "interp", expr: item.expr });
      pos.i++;
      continue;
    }
    const d = item.dir;
    if (d.k === "else" || d.k === "endif") {
      if (until !== "if") throw new HclSyntaxError(`unexpected %{${d.k}}`, item.s);
      return out;
    }
    if (d.k === "endfor") {
      if (until !== "for") throw new HclSyntaxError("unexpected %{endfor}", item.s);
      return out;
    }
    pos.i++;
    if (d.k === "if") {
      const then = nest(flat, pos, "if");
      let otherwise: TemplatePart[] = [];
      const mid = flat[pos.i];
      if (mid?.k === "dir" && mid.dir.k === "else") {
        pos.i++;
        otherwise = nest(flat, pos, "if");
      }
      const end = flat[pos.i];
      if (end?.k !== "dir" || end.dir.k !== "endif")
        throw new HclSyntaxError("%{if} without %{endif}", item.s);
      pos.i++;
      out.push({ k: "if", cond: d.cond, then, else: otherwise });
    } else {
      const body = nest(flat, pos, "for");
      const end = flat[pos.i];
      if (end?.k !== "dir" || end.dir.k !== "endfor")
        throw new HclSyntaxError("%{for} without %{endfor}", item.s);
      pos.i++;
      out.push({ k: "for", keyVar: d.keyVar, valVar: d.valVar, coll: d.coll, body });
    }
  }
  if (until !== null) throw new HclSyntaxError(`%{${until}} without %{end${until}}`, 0);
  return out;
}

function describe(t: Token): string {
  return t.kind === "eof" ? "the end of the expression" : JSON.stringify(t.text);
}
