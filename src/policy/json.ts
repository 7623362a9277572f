/**
 * A strict JSON parser for policy text. JSON.parse silently keeps the last of two duplicate keys;
 * the IAM grammar forbids duplicates, and a policy that relies on one could hide a principal. This
 * parser reports every duplicate and merges the values (union: arrays and scalars are
 * concatenated, objects merged key by key), so the analysis sees every principal and action that
 * was written (fail closed).
 */

import { setOwn } from "../model/objects.js";
import { formatPath, isObject } from "./shape.js";

export type StrictJsonResult =
  | { ok: true; value: unknown; duplicates: string[] }
  | { ok: false; error: string };

/** Nesting deeper than this is refused (policies are shallow; this bounds the recursion). */
export const MAX_JSON_DEPTH = 256;

class JsonSyntaxError extends Error {}

const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function parseStrictJson(text: string): StrictJsonResult {
  const parser = new StrictParser(text);
  try {
    const value = parser.parseDocument();
    return { ok: true, value, duplicates: parser.duplicates };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, error: e.message };
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** Merge two values of a duplicated key: objects key by key, everything else as a union list. */
export function mergeDuplicate(a: unknown, b: unknown): unknown {
  if (isObject(a) && isObject(b)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(a)) setOwn(out, k, v);
    for (const [k, v] of Object.entries(b))
      setOwn(out, k, Object.hasOwn(out, k) ? mergeDuplicate(out[k], v) : v);
    return out;
  }
  const items = [...(Array.isArray(a) ? a : [a]), ...(Array.isArray(b) ? b : [b])];
  const out: unknown[] = [];
  for (const item of items) {
    if ((typeof item === "string" || typeof item === "number") && out.includes(item)) continue;
    out.push(item);
  }
  return out;
}

class StrictParser {
  pos = 0;
  depth = 0;
  readonly duplicates: string[] = [];

  constructor(private readonly s: string) {}

  parseDocument(): unknown {
    if (this.s.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.ws();
    if (this.pos >= this.s.length) this.fail("empty document");
    const value = this.value([]);
    this.ws();
    if (this.pos < this.s.length) this.fail(`unexpected ${this.describe()} after the JSON value`);
    return value;
  }

  private fail(message: string): never {
    let line = 1;
    let col = 1;
    const end = Math.min(this.pos, this.s.length);
    for (let i = 0; i < end; i++) {
      if (this.s.charCodeAt(i) === 0x0a) {
        line++;
        col = 1;
      } else col++;
    }
    throw new JsonSyntaxError(`${message} at line ${line}, column ${col}`);
  }

  private describe(): string {
    if (this.pos >= this.s.length) return "end of input";
    const ch = this.s[this.pos] ?? "";
    return /[\x20-\x7e]/.test(ch)
      ? `character '${ch}'`
      : `character U+${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
  }

  private ws(): void {
    const s = this.s;
    while (this.pos < s.length) {
      const c = s.charCodeAt(this.pos);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) this.pos++;
      else break;
    }
  }

  private value(path: (string | number)[]): unknown {
    this.ws();
    const c = this.s[this.pos];
    switch (c) {
      case "{":
        return this.object(path);
      case "[":
        return this.array(path);
      case '"':
        return this.string();
      case "t":
        return this.literal("true", true);
      case "f":
        return this.literal("false", false);
      case "n":
        return this.literal("null", null);
      default:
        if (c === "-" || (c !== undefined && c >= "0" && c <= "9")) return this.number();
        return this.fail(`unexpected ${this.describe()}`);
    }
  }

  private enter(): void {
    if (++this.depth > MAX_JSON_DEPTH) this.fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
  }

  private object(path: (string | number)[]): Record<string, unknown> {
    this.enter();
    this.pos++; // {
    const out: Record<string, unknown> = {};
    this.ws();
    if (this.s[this.pos] === "}") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      this.ws();
      if (this.s[this.pos] !== '"')
        this.fail(`expected a property name in double quotes, found ${this.describe()}`);
      const key = this.string();
      this.ws();
      if (this.s[this.pos] !== ":") this.fail(`expected ':' after property name, found ${this.describe()}`);
      this.pos++;
      const keyPath = [...path, key];
      const v = this.value(keyPath);
      if (Object.hasOwn(out, key)) {
        this.duplicates.push(`duplicate key "${key}" at ${formatPath(path)}`);
        setOwn(out, key, mergeDuplicate(out[key], v));
      } else setOwn(out, key, v);
      this.ws();
      const c = this.s[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "}") {
        this.pos++;
        this.depth--;
        return out;
      }
      this.fail(`expected ',' or '}' in object, found ${this.describe()}`);
    }
  }

  private array(path: (string | number)[]): unknown[] {
    this.enter();
    this.pos++; // [
    const out: unknown[] = [];
    this.ws();
    if (this.s[this.pos] === "]") {
      this.pos++;
      this.depth--;
      return out;
    }
    for (;;) {
      out.push(this.value([...path, out.length]));
      this.ws();
      const c = this.s[this.pos];
      if (c === ",") {
        this.pos++;
        continue;
      }
      if (c === "]") {
        this.pos++;
        this.depth--;
        return out;
      }
      this.fail(`expected ',' or ']' in array, found ${this.describe()}`);
    }
  }

  private literal<T>(word: string, value: T): T {
    if (this.s.startsWith(word, this.pos)) {
      this.pos += word.length;
      return value;
    }
    return this.fail(`unexpected ${this.describe()}`);
  }

  private number(): number {
    NUMBER_RE.lastIndex = this.pos;
    const m = NUMBER_RE.exec(this.s);
    if (!m || m[0] === "-") this.fail(`invalid number`);
    const text = m[0];
    const next = this.s[this.pos + text.length];
    if (next !== undefined && /[0-9.eE+-]/.test(next)) {
      this.pos += text.length;
      this.fail("invalid number");
    }
    this.pos += text.length;
    return Number(text);
  }

  private string(): string {
    const s = this.s;
    this.pos++; // opening quote
    let out = "";
    let start = this.pos;
    for (;;) {
      if (this.pos >= s.length) this.fail("unterminated string");
      const c = s.charCodeAt(this.pos);
      if (c === 0x22) {
        out += s.slice(start, this.pos);
        this.pos++;
        return out;
      }
      if (c < 0x20) this.fail("control character in string");
      if (c !== 0x5c) {
        this.pos++;
        continue;
      }
      out += s.slice(start, this.pos);
      const e = s[this.pos + 1];
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
          const hex = s.slice(this.pos + 2, this.pos + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            this.pos++;
            this.fail("invalid \\u escape in string");
          }
          const code = Number.parseInt(hex, 16);
          // An escape must not forge a symbolic token marker (see model/symbolic.ts).
          out += code === 0xe000 || code === 0xe001 ? "\uFFFD" : String.fromCharCode(code);
          this.pos += 4;
          break;
        }
        default:
          this.pos++;
          this.fail("invalid escape in string");
      }
      this.pos += 2;
      start = this.pos;
    }
  }
}
