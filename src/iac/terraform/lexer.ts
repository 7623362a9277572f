/**
 * Tokenizer for HCL expressions and templates. Expression mode yields tokens; template mode
 * (`scanText`) yields literal text up to the next `${`, `%{` or the end of the template. The
 * parser switches between the two.
 */

export type TokenKind = "ident" | "number" | "punct" | "quote" | "heredoc" | "eof";

export interface Token {
  kind: TokenKind;
  text: string;
  s: number;
  e: number;
  /** A newline separates this token from the previous one (significant inside `{...}`). */
  nl: boolean;
}

export class HclSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const PUNCT = ["...", "=>", "==", "!=", "<=", ">=", "&&", "||", "{", "}", "[", "]", "(", ")", ","];
const SINGLE = ".?:=<>+-*/%!~";

export type TextStop = "interp" | "directive" | "quote" | "eof";

export interface TextChunk {
  text: string;
  stop: TextStop;
  /** `${~` / `%{~`: strip the whitespace before the marker. */
  stripBefore: boolean;
}

export class Lexer {
  pos = 0;
  private buffer: Token[] = [];

  constructor(readonly src: string) {}

  peek(n = 0): Token {
    while (this.buffer.length <= n) this.buffer.push(this.scan());
    return this.buffer[n]!;
  }

  next(): Token {
    const t = this.peek();
    this.buffer.shift();
    return t;
  }

  /** True when no token has been read ahead, so template scanning may start at `pos`. */
  get clean(): boolean {
    return this.buffer.length === 0;
  }

  private scan(): Token {
    const src = this.src;
    let nl = false;
    for (;;) {
      const c = src[this.pos];
      if (c === "\n") {
        nl = true;
        this.pos++;
      } else if (c === " " || c === "\t" || c === "\r") {
        this.pos++;
      } else if (c === "#" || (c === "/" && src[this.pos + 1] === "/")) {
        while (this.pos < src.length && src[this.pos] !== "\n") this.pos++;
      } else if (c === "/" && src[this.pos + 1] === "*") {
        const end = src.indexOf("*/", this.pos + 2);
        if (end < 0) throw new HclSyntaxError("unterminated comment", this.pos);
        if (src.slice(this.pos, end).includes("\n")) nl = true;
        this.pos = end + 2;
      } else {
        break;
      }
    }
    const s = this.pos;
    if (s >= src.length) return { kind: "eof", text: "", s, e: s, nl };
    const c = src[s]!;
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*(?:::[A-Za-z_][A-Za-z0-9_-]*)*/.exec(src.slice(s, s + 512))!;
      this.pos = s + m[0].length;
      return { kind: "ident", text: m[0], s, e: this.pos, nl };
    }
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(src.slice(s, s + 64))!;
      this.pos = s + m[0].length;
      return { kind: "number", text: m[0], s, e: this.pos, nl };
    }
    if (c === '"') {
      this.pos = s + 1;
      return { kind: "quote", text: '"', s, e: this.pos, nl };
    }
    if (c === "<" && src[s + 1] === "<") {
      const m = /^<<(-?)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*\n/.exec(src.slice(s, s + 256));
      if (m) return this.heredoc(s, m[0].length, m[2]!, m[1] === "-", nl);
    }
    for (const p of PUNCT) {
      if (src.startsWith(p, s)) {
        this.pos = s + p.length;
        return { kind: "punct", text: p, s, e: this.pos, nl };
      }
    }
    if (SINGLE.includes(c)) {
      this.pos = s + 1;
      return { kind: "punct", text: c, s, e: this.pos, nl };
    }
    throw new HclSyntaxError(`unexpected character ${JSON.stringify(c)}`, s);
  }

  /** A heredoc token's text is its (de-indented) template source. */
  private heredoc(s: number, headerLength: number, marker: string, indent: boolean, nl: boolean): Token {
    const start = s + headerLength;
    const lines: string[] = [];
    let p = start;
    for (;;) {
      if (p >= this.src.length) throw new HclSyntaxError(`heredoc ${marker} has no closing marker`, s);
      const eol = this.src.indexOf("\n", p);
      const line = this.src.slice(p, eol < 0 ? this.src.length : eol);
      p = eol < 0 ? this.src.length : eol + 1;
      if (line.trim() === marker) {
        this.pos = eol < 0 ? this.src.length : eol;
        break;
      }
      lines.push(line);
    }
    let body = lines;
    if (indent) {
      const widths = lines.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)![0].length);
      const cut = widths.length === 0 ? 0 : Math.min(...widths);
      body = lines.map((l) => l.slice(Math.min(cut, /^[ \t]*/.exec(l)![0].length)));
    }
    const text = body.length === 0 ? "" : `${body.join("\n")}\n`;
    return { kind: "heredoc", text, s, e: this.pos, nl };
  }

  /**
   * Literal template text from `pos`. Raw mode (heredocs, template files, hcl2json strings)
   * knows only the `$${` and `%%{` escapes; quoted mode also backslash escapes and ends at `"`.
   */
  scanText(quoted: boolean): TextChunk {
    const src = this.src;
    let out = "";
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      const n = src[this.pos + 1];
      if ((c === "$" || c === "%") && n === c && src[this.pos + 2] === "{") {
        out += `${c}{`;
        this.pos += 3;
      } else if ((c === "$" || c === "%") && n === "{") {
        this.pos += 2;
        const strip = src[this.pos] === "~";
        if (strip) this.pos++;
        return { text: out, stop: c === "$" ? "interp" : "directive", stripBefore: strip };
      } else if (quoted && c === '"') {
        this.pos++;
        return { text: out, stop: "quote", stripBefore: false };
      } else if (quoted && c === "\\") {
        out += this.escape();
      } else {
        out += c;
        this.pos++;
      }
    }
    if (quoted) throw new HclSyntaxError("unterminated string", this.pos);
    return { text: out, stop: "eof", stripBefore: false };
  }

  private escape(): string {
    const src = this.src;
    const c = src[this.pos + 1];
    const simple: Record<string, string> = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
    if (c !== undefined && simple[c] !== undefined) {
      this.pos += 2;
      return simple[c]!;
    }
    const unicode = unicodeEscape(src, this.pos);
    if (unicode) {
      this.pos += unicode.length;
      return unicode.text;
    }
    throw new HclSyntaxError(`invalid escape sequence \\${c ?? ""}`, this.pos);
  }
}

/**
 * The character of a `\uNNNN` or `\UNNNNNNNN` escape at `at` (on the backslash) and the escape's
 * length, or undefined when there is none there that HCL reads (too few hex digits, past
 * U+10FFFF).
 */
export function unicodeEscape(src: string, at: number): { text: string; length: number } | undefined {
  const c = src[at + 1];
  const hex = c === "u" ? 4 : c === "U" ? 8 : 0;
  if (hex === 0) return undefined;
  const digits = src.slice(at + 2, at + 2 + hex);
  const code = Number.parseInt(digits, 16);
  if (!/^[0-9A-Fa-f]+$/.test(digits) || digits.length !== hex || code > 0x10ffff) return undefined;
  // The private-use token markers may not be forged through an escape (see model/symbolic.ts).
  return {
    text: code === 0xe000 || code === 0xe001 ? "\ufffd" : String.fromCodePoint(code),
    length: 2 + hex,
  };
}
