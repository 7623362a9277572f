/**
 * The one JSON reader every format uses (policy text, CloudFormation and CDK JSON, .tf.json,
 * .tfvars.json, plan JSON, detection, reports given to merge). Strict JSON (RFC 8259) plus a
 * leading byte order mark; gives either
 * - a located tree (`readJson`): every value and key with its line, every entry of an object in
 *   order, repeated keys kept or the last one kept in place of the first (the caller's choice)
 *   and reported either way, nesting bounded; or
 * - a plain value (`parseJson`): JSON.parse's speed for the text that parses, this reader's error
 *   for the text that does not.
 * A syntax error is the first one, with line, column, offset and a reason, and says when the text
 * ends inside a value (a truncated file). An escape of a symbolic token marker (model/symbolic.ts)
 * decodes to U+FFFD, so no file can forge a token. Pure; no recursion beyond the depth bound.
 */

import { setOwn } from "./objects.js";

export type JsonScalarValue = string | number | boolean | null;

export interface JsonScalar {
  kind: "scalar";
  value: JsonScalarValue;
  line: number;
}

export interface JsonSeq {
  kind: "seq";
  items: JsonNode[];
  line: number;
}

export interface JsonEntry {
  key: string;
  keyLine: number;
  value: JsonNode;
}

export interface JsonMap {
  kind: "map";
  entries: JsonEntry[];
  line: number;
}

export type JsonNode = JsonScalar | JsonSeq | JsonMap;

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  reason: string;
  /** The text ends inside a value: the file looks cut off. */
  truncated: boolean;
}

/** What the reader met and read past, in the order it met them. */
export type JsonWarning =
  | { kind: "duplicate"; key: string; line: number }
  | { kind: "too-deep"; line: number; maxDepth: number };

export interface ReadJsonOptions {
  /** Nesting deeper than this many levels is refused (default 256). */
  maxDepth?: number;
  /** Deeper nesting: a syntax error ("fail", the default), or a null in its place and one warning. */
  tooDeep?: "fail" | "null";
  /** A repeated key: "keep" every entry, or keep the "last" value in the first one's place (default). */
  duplicates?: "keep" | "last";
  /** An integer beyond 2^53: its "digits" as a string, or the nearest "number" (default, as JSON.parse). */
  bigIntegers?: "digits" | "number";
}

export type JsonRead =
  | { ok: true; root: JsonNode; warnings: JsonWarning[] }
  | { ok: false; error: JsonSyntaxError };

export type JsonParse =
  | { ok: true; value: unknown }
  | {
      ok: false;
      error: JsonSyntaxError;
      /**
       * JSON.parse's own message (engine-dependent wording). Only for the messages reports carried
       * before this reader (jsondecode(), Terraform policy text): changing them changes reports.
       */
      engineMessage: string;
    };

export const DEFAULT_MAX_DEPTH = 256;

/** "reason at line L, column C": the error as one line of text. */
export function describeJsonError(error: JsonSyntaxError): string {
  return `${error.reason} at line ${error.line}, column ${error.column}`;
}

/** A plain value, as JSON.parse gives it (repeated keys: the last wins), or the first error. */
export function parseJson(text: string, options: ReadJsonOptions = {}): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(neutralizeMarkerEscapes(body)) };
  } catch (e) {
    const read = readJson(text, options);
    if (!read.ok) return { ...read, engineMessage: e instanceof Error ? e.message : String(e) };
    // Only nesting JSON.parse could not take (its stack) reaches here: give the located read's value.
    return { ok: true, value: plainValue(read.root) };
  }
}

/** The located tree of a JSON text, or its first syntax error. */
export function readJson(text: string, options: ReadJsonOptions = {}): JsonRead {
  const reader = new Reader(
    text,
    options.maxDepth ?? DEFAULT_MAX_DEPTH,
    options.tooDeep ?? "fail",
    options.duplicates ?? "last",
    options.bigIntegers === "digits",
  );
  try {
    return { ok: true, root: reader.document(), warnings: reader.warnings };
  } catch (e) {
    if (e instanceof Stop) return { ok: false, error: errorAt(text, e.offset, e.reason) };
    throw e;
  }
}

/** A located tree as plain values (repeated keys: the last wins, as JSON.parse). */
export function plainValue(node: JsonNode): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(plainValue);
  const out: Record<string, unknown> = {};
  for (const e of node.entries) setOwn(out, e.key, plainValue(e.value));
  return out;
}

/** JSON escapes of the token markers become U+FFFD, so no file can forge a token. */
function neutralizeMarkerEscapes(text: string): string {
  return text.includes("\\") ? text.replace(/(?<!\\)((?:\\\\)*)\\u[eE]00[01]/g, "$1\\ufffd") : text;
}

class Stop {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {}
}

function errorAt(text: string, offset: number, reason: string): JsonSyntaxError {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    reason,
    truncated: offset >= text.length && text.trim() !== "",
  };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /^[0-9a-fA-F]{4}$/;
const WORDS = [
  ["true", true],
  ["false", false],
  ["null", null],
] as const;

class Reader {
  i = 0;
  line = 1;
  readonly warnings: JsonWarning[] = [];
  private tooDeepReported = false;

  constructor(
    private readonly text: string,
    private readonly maxDepth: number,
    private readonly tooDeep: "fail" | "null",
    private readonly duplicates: "keep" | "last",
    private readonly keepDigits: boolean,
  ) {}

  document(): JsonNode {
    if (this.text.charCodeAt(0) === 0xfeff) this.i = 1;
    this.ws();
    if (this.i >= this.text.length) this.stop("empty document");
    const root = this.value(0);
    this.ws();
    if (this.i < this.text.length) this.stop(`unexpected ${this.found()} after the JSON value`);
    return root;
  }

  private stop(reason: string, offset = this.i): never {
    throw new Stop(offset, reason);
  }

  /** At the end of the text: the value was cut off. */
  private stopAtEnd(): never {
    return this.stop("unexpected end of input", this.text.length);
  }

  private found(): string {
    if (this.i >= this.text.length) return "end of input";
    const c = this.text.charCodeAt(this.i);
    return c >= 0x20 && c <= 0x7e
      ? `character '${this.text[this.i]}'`
      : `character U+${c.toString(16).padStart(4, "0")}`;
  }

  private ws(): void {
    const s = this.text;
    for (;;) {
      const c = s.charCodeAt(this.i);
      if (c === 10) this.line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      this.i++;
    }
  }

  private value(depth: number): JsonNode {
    this.ws();
    const at = this.line;
    const c = this.text.charCodeAt(this.i);
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth >= this.maxDepth) {
        if (this.tooDeep === "fail") this.stop(`nesting deeper than ${this.maxDepth} levels`);
        if (!this.tooDeepReported) {
          this.tooDeepReported = true;
          this.warnings.push({ kind: "too-deep", line: at, maxDepth: this.maxDepth });
        }
        this.skipNested();
        return { kind: "scalar", value: null, line: at };
      }
      return c === 0x7b ? this.object(depth, at) : this.array(depth, at);
    }
    if (c === 0x22 /* " */) return { kind: "scalar", value: this.string(), line: at };
    if (c === 0x2d /* - */ || (c >= 0x30 && c <= 0x39))
      return { kind: "scalar", value: this.number(), line: at };
    for (const [word, value] of WORDS) {
      if (this.text.startsWith(word, this.i)) {
        this.i += word.length;
        return { kind: "scalar", value, line: at };
      }
      const rest = this.text.length - this.i;
      if (rest > 0 && rest < word.length && word.startsWith(this.text.slice(this.i))) this.stopAtEnd();
    }
    return this.stop(this.i >= this.text.length ? "unexpected end of input" : `unexpected ${this.found()}`);
  }

  private array(depth: number, at: number): JsonSeq {
    this.i++;
    const items: JsonNode[] = [];
    this.ws();
    if (this.text.charCodeAt(this.i) === 0x5d) {
      this.i++;
      return { kind: "seq", items, line: at };
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.ws();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        continue;
      }
      if (c === 0x5d) {
        this.i++;
        return { kind: "seq", items, line: at };
      }
      this.stop(`expected ',' or ']' in an array, found ${this.found()}`);
    }
  }

  private object(depth: number, at: number): JsonMap {
    this.i++;
    const entries: JsonEntry[] = [];
    // Most objects are small: a scan finds a repeated key; big ones get an index.
    let index: Map<string, number> | undefined;
    const find = (key: string): number | undefined => {
      if (index === undefined && entries.length > 16) {
        index = new Map();
        entries.forEach((e, n) => {
          if (!index?.has(e.key)) index?.set(e.key, n);
        });
      }
      if (index !== undefined) return index.get(key);
      const n = entries.findIndex((e) => e.key === key);
      return n < 0 ? undefined : n;
    };
    this.ws();
    if (this.text.charCodeAt(this.i) === 0x7d) {
      this.i++;
      return { kind: "map", entries, line: at };
    }
    for (;;) {
      this.ws();
      if (this.text.charCodeAt(this.i) !== 0x22)
        this.stop(`expected a property name in double quotes, found ${this.found()}`);
      const keyLine = this.line;
      const key = this.string();
      this.ws();
      if (this.text.charCodeAt(this.i) !== 0x3a)
        this.stop(`expected ':' after a property name, found ${this.found()}`);
      this.i++;
      const value = this.value(depth + 1);
      const seen = find(key);
      if (seen === undefined) {
        index?.set(key, entries.length);
        entries.push({ key, keyLine, value });
      } else {
        this.warnings.push({ kind: "duplicate", key, line: keyLine });
        if (this.duplicates === "keep") entries.push({ key, keyLine, value });
        else entries[seen] = { key, keyLine, value };
      }
      this.ws();
      const c = this.text.charCodeAt(this.i);
      if (c === 0x2c) {
        this.i++;
        continue;
      }
      if (c === 0x7d) {
        this.i++;
        return { kind: "map", entries, line: at };
      }
      this.stop(`expected ',' or '}' in an object, found ${this.found()}`);
    }
  }

  private number(): number | string {
    NUMBER.lastIndex = this.i;
    const m = NUMBER.exec(this.text);
    if (!m) {
      if (this.i + 1 >= this.text.length) this.stopAtEnd();
      this.stop("invalid number");
    }
    const digits = m[0];
    const end = this.i + digits.length;
    // `1.`, `1e`, `1e+` at the very end: the number was cut off.
    if (/^(\.|[eE][+-]?)$/.test(this.text.slice(end))) this.stopAtEnd();
    const next = this.text.charCodeAt(end);
    if (next === 0x2e || next === 0x65 || next === 0x45 || (next >= 0x30 && next <= 0x39)) {
      this.stop("invalid number", end);
    }
    this.i = end;
    const n = Number(digits);
    return this.keepDigits && !Number.isSafeInteger(n) && /^-?\d+$/.test(digits) ? digits : n;
  }

  private string(): string {
    const s = this.text;
    this.i++; // the opening quote
    let out = "";
    let start = this.i;
    for (;;) {
      if (this.i >= s.length) this.stop("unterminated string");
      const c = s.charCodeAt(this.i);
      if (c === 0x22) {
        out += s.slice(start, this.i);
        this.i++;
        return out;
      }
      if (c < 0x20) this.stop("control character in a string");
      if (c !== 0x5c) {
        this.i++;
        continue;
      }
      out += s.slice(start, this.i);
      const e = s[this.i + 1];
      switch (e) {
        case '"':
        case "\\":
        case "/":
          out += e;
          break;
        case "b":
          out += "\b";
          break;
        case "f":
          out += "\f";
          break;
        case "n":
          out += "\n";
          break;
        case "r":
          out += "\r";
          break;
        case "t":
          out += "\t";
          break;
        case "u": {
          const hex = s.slice(this.i + 2, this.i + 6);
          if (!HEX4.test(hex)) {
            // `\u12` cut off at the end of the text is truncation, anything else a bad escape.
            if (/^[0-9a-fA-F]{0,3}$/.test(s.slice(this.i + 2))) this.stop("unterminated string", s.length);
            this.stop("invalid escape in a string");
          }
          const code = Number.parseInt(hex, 16);
          // An escape must not forge a symbolic token marker (see model/symbolic.ts).
          out += code === 0xe000 || code === 0xe001 ? "\uFFFD" : String.fromCharCode(code);
          this.i += 4;
          break;
        }
        case undefined:
          this.stop("unterminated string", s.length);
          break;
        default:
          this.stop("invalid escape in a string");
      }
      this.i += 2;
      start = this.i;
    }
  }

  /** Past a value nested too deeply, without building it (iteratively: no recursion). */
  private skipNested(): void {
    let level = 0;
    do {
      const c = this.text.charCodeAt(this.i);
      if (Number.isNaN(c)) this.stopAtEnd();
      if (c === 0x22) {
        this.string();
        continue;
      }
      if (c === 0x7b || c === 0x5b) level++;
      else if (c === 0x7d || c === 0x5d) level--;
      else if (c === 10) this.line++;
      this.i++;
    } while (level > 0);
  }
}
