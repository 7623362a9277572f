/**
 * Runtime values of the evaluator. Known values are plain JSON (strings may carry symbolic tokens
 * from model/symbolic.ts); `Unknown` is a value of unknown type that keeps the residual
 * expression it stands for; `RefObject` is (part of) a managed resource or an own-account data
 * lookup, whose attributes become resourceRef tokens.
 */

import { compareStrings } from "../../model/objects.js";
import { hasToken, renderText, resourceRef, unresolved } from "../../model/symbolic.js";
import { setOwn } from "./objects.js";

export class Unknown {
  constructor(readonly text: string) {}

  toToken(): string {
    return unresolved(jsonSafe(this.text));
  }
}

/**
 * A condition that holds when one value, the same in every resource of a deploy, is (`positive`)
 * or is not one of `values`: a function of the deploy's inputs (`terraform.workspace`, the root
 * variables) compared with literals. A deploy has one workspace and one value per variable, so
 * once a run has taken such a condition, the others on the same `subject` may follow from it
 * (decisions.ts): `x == "prod"` true makes `x == "test"` false.
 */
export interface Exclusive {
  subject: string;
  values: readonly (string | number)[];
  positive: boolean;
}

/** An unknown bool that is an `Exclusive` condition; its text is the condition as written. */
export class Comparison extends Unknown {
  constructor(
    text: string,
    readonly exclusive: Exclusive,
  ) {
    super(text);
  }
}

/**
 * `a && b` or `a || b` of unknown bools where one is an Exclusive condition (or such a junction):
 * a run decides it part by part, so each part can follow from, or rule out, the others.
 */
export class Junction extends Unknown {
  constructor(
    text: string,
    readonly op: "&&" | "||",
    readonly left: Value,
    readonly right: Value,
  ) {
    super(text);
  }
}

/** A value an `Exclusive` condition can name: a number, or a string with no unknown part. */
export function isExclusiveValue(v: Value): v is string | number {
  return typeof v === "number" || (typeof v === "string" && !hasToken(v));
}

/**
 * The text of `v` as the subject of an `Exclusive` condition: only an unknown made of the
 * deploy's inputs (`terraform.workspace`, a root variable `var.NAME`: a module's variables are
 * its caller's values, written `module.x.var.NAME` when unset), functions and literals, with no
 * other reference, no token and nothing cut short. It has one value in a whole deploy.
 * Undefined for anything else.
 */
export function deploySubject(v: Value): string | undefined {
  if (!(v instanceof Unknown) || v instanceof UnknownCollection) return undefined;
  const text = v.text;
  if (text.length > 2000) return undefined;
  // The inputs, where a reference starts (not after a name or a dot: `module.x.var.y`).
  const inputs = /(?<![\w.-])(?:terraform\.workspace|var\.[A-Za-z_][\w-]*)/g;
  if (!inputs.test(text)) return undefined;
  // Literal strings (no interpolation in them) say nothing of other values.
  const rest = text
    .replace(inputs, "")
    .replace(/"(?:[^"\\$%\uE000-\uE002…]|\\[^\uE000-\uE002…]|[$%](?!\{))*"/g, "");
  // Another reference (a.b), a token, a cut ("…"), a string left: not sure.
  if (/[A-Za-z_][\w-]*\.[A-Za-z_*]|[\uE000-\uE002…"'\\]/.test(rest)) return undefined;
  return text;
}

/**
 * An open input's "another value": unknown, but none of the literals the code compares it with
 * (so `var.env == "prod"` is false for it, and the run does not split again on that comparison).
 */
export class OtherValue extends Unknown {
  constructor(
    text: string,
    readonly excluded: ReadonlySet<string | number | boolean | null>,
  ) {
    super(text);
  }
}

/**
 * Token bodies may end up inside JSON text built by a template (a heredoc policy), where a raw
 * `"` or `\` would break the document: they are written as `'` and `/` in tokens.
 */
export function jsonSafe(text: string): string {
  // Most texts hold neither: they are returned as they are, without two passes of replace.
  if (!text.includes('"') && !text.includes("\\")) return text;
  return text.replace(/"/g, "'").replace(/\\/g, "/");
}

export class RefObject {
  /** `path` is the attribute path below the resource, e.g. "arn" or "tags[\"Name\"]" ("" for the whole object). */
  constructor(
    readonly address: string,
    readonly path: string,
  ) {}

  attr(name: string): RefObject {
    return new RefObject(this.address, this.path === "" ? name : `${this.path}.${name}`);
  }

  index(key: string | number): RefObject {
    const k = typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
    return this.path === ""
      ? new RefObject(this.address + k, "")
      : new RefObject(this.address, this.path + k);
  }

  toToken(): string {
    return resourceRef(jsonSafe(this.address), jsonSafe(this.path === "" ? "id" : this.path));
  }
}

/** The type of a value the evaluator does not know, as far as the provider schema or a function says. */
export type ValueType =
  | { k: "string" | "number" | "bool" | "object" | "any" }
  | { k: "list" | "set" | "map"; el: ValueType };

export type CollectionType = ValueType & { k: "list" | "set" | "map" };

/**
 * An unknown list, set or map (an attribute the AWS provider schema types as one, or a function
 * of one): functions on it give unknowns of their result type, never an error. `ref` is the
 * resource attribute it stands for, whose token it keeps where it is written into a document.
 */
export class UnknownCollection extends Unknown {
  constructor(
    text: string,
    readonly type: CollectionType,
    readonly ref?: RefObject,
  ) {
    super(text);
  }

  override toToken(): string {
    return this.ref ? this.ref.toToken() : super.toToken();
  }
}

/**
 * An element of an unknown collection: a collection itself keeps its type; otherwise the
 * resource attribute it stands for (its element `key` where known), or a plain unknown.
 */
export function elementOf(c: UnknownCollection, text: string, key?: Value): Value {
  const ref =
    c.ref && (typeof key === "string" || typeof key === "number") && !hasToken(String(key))
      ? c.ref.index(key)
      : c.ref;
  if (c.type.el.k === "list" || c.type.el.k === "set" || c.type.el.k === "map")
    return new UnknownCollection(text, c.type.el, ref);
  return ref ?? new Unknown(text);
}

/** An unknown of the given type: a collection keeps its type, anything else is a plain unknown. */
export function unknownOf(text: string, type: ValueType | null | undefined, ref?: RefObject): Unknown {
  return type && (type.k === "list" || type.k === "set" || type.k === "map")
    ? new UnknownCollection(text, type, ref)
    : new Unknown(text);
}

export interface ObjectValue {
  [key: string]: Value;
}

export type Value = null | boolean | number | string | Value[] | ObjectValue | Unknown | RefObject;

export function isObject(v: unknown): v is ObjectValue {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
}

export function newObject(entries: Iterable<readonly [string, Value]> = []): ObjectValue {
  const o = Object.create(null) as ObjectValue;
  for (const [k, v] of entries) setOwn(o as Record<string, unknown>, k, v);
  return o;
}

/** Keys of an object in Terraform's order (lexical). */
export function sortedKeys(o: ObjectValue): string[] {
  return Object.keys(o).sort(compareStrings);
}

export { compareStrings };

export function typeName(v: Value): string {
  if (v === null) return "null";
  if (v instanceof Unknown) return "unknown";
  if (v instanceof RefObject) return "resource";
  if (Array.isArray(v)) return "list";
  if (isObject(v)) return "object";
  return typeof v;
}

/** An unknown value, a resource attribute or a text holding a token: not a known value of its own. */
export function isUnknownish(v: Value): boolean {
  return v instanceof Unknown || v instanceof RefObject || (typeof v === "string" && hasToken(v));
}

/** True when a value or anything inside it is not statically known. */
export function isKnown(v: Value): boolean {
  if (v instanceof Unknown || v instanceof RefObject) return false;
  if (typeof v === "string") return !hasToken(v);
  if (Array.isArray(v)) return v.every(isKnown);
  if (isObject(v)) return Object.values(v).every(isKnown);
  return true;
}

/** A value shown in an unresolved expression text. */
export function residual(v: Value, limit = 160): string {
  // Only the first limit + 1 characters can show: a large object (a module's each.value, a merged
  // map) is not written out whole to be cut.
  const out = { text: "", max: limit + 1 };
  write(v, out);
  const text = out.text;
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}

/** Append the value as written in residual texts, until `max` characters are there. */
function write(v: Value, out: { text: string; max: number }): void {
  if (out.text.length >= out.max) return;
  if (v instanceof Unknown) out.text += v.text;
  else if (v instanceof RefObject) out.text += v.path === "" ? v.address : `${v.address}.${v.path}`;
  else if (typeof v === "string") out.text += JSON.stringify(renderText(v));
  else if (Array.isArray(v)) {
    out.text += "[";
    for (let i = 0; i < v.length && out.text.length < out.max; i++) {
      if (i > 0) out.text += ", ";
      write(v[i]!, out);
    }
    out.text += "]";
  } else if (isObject(v)) {
    out.text += "{";
    const keys = sortedKeys(v);
    for (let i = 0; i < keys.length && out.text.length < out.max; i++) {
      const k = keys[i]!;
      if (i > 0) out.text += ", ";
      out.text += `${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(renderText(k))} = `;
      write(v[k]!, out);
    }
    out.text += "}";
  } else out.text += String(v);
}

/**
 * A value that cannot be converted. `nullValue`: the value is a null where a value is needed,
 * which the evaluator treats as a choice that cannot deploy (see Evaluator.fail).
 */
export class ConversionError extends Error {
  constructor(
    message: string,
    readonly nullValue = false,
  ) {
    super(message);
  }
}

/** Terraform's conversion of a value to a string (template interpolation, string arguments). */
export function toStringValue(v: Value): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return formatNumber(v);
  if (typeof v === "boolean") return v ? "true" : "false";
  if (v instanceof Unknown) return v.toToken();
  if (v instanceof RefObject) return v.toToken();
  if (v === null) throw new ConversionError("a null value cannot be used as a string", true);
  throw new ConversionError(`a ${typeName(v)} cannot be used as a string`);
}

/**
 * A number as Terraform writes it (big.Float's Text('f', -1)): plain decimal notation, never an
 * exponent (JavaScript writes 1e-7 where Terraform writes 0.0000001).
 */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const text = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const digits = m[2]! + (m[3] ?? "");
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${m[1]}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return m[1] + digits + "0".repeat(point - digits.length);
  return `${m[1]}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A string Terraform converts to a number (Go's big.Float parsing in base 10: no hex, no spaces). */
export function parseNumber(s: string): number | null {
  // No ambiguous repetition (\d+\.?\d*): a long digit string must not make the match quadratic.
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(s)) return null;
  return Number(s);
}

/** Values share structure, so a small configuration can describe a huge tree: convert at most this many nodes. */
const MAX_NODES = 2_000_000;

/**
 * The plain JSON a reader hands on: unknown parts become tokens (model/symbolic.ts). Throws a
 * ConversionError for a value of more than MAX_NODES nodes.
 */
export function toJson(v: Value, budget = { left: MAX_NODES }): unknown {
  if (--budget.left < 0) throw new ConversionError(`the value has more than ${MAX_NODES} elements`);
  if (v instanceof Unknown) return v.toToken();
  if (v instanceof RefObject) return v.toToken();
  if (Array.isArray(v)) return v.map((x) => toJson(x, budget));
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(v)) setOwn(out, k, toJson(v[k]!, budget));
    return out;
  }
  return v;
}

/** A JSON value parsed from text (jsondecode, tfvars JSON) as a runtime value. */
export function fromJson(v: unknown): Value {
  if (Array.isArray(v)) return v.map(fromJson);
  if (typeof v === "object" && v !== null) {
    return newObject(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, fromJson(x)] as const));
  }
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null;
}

/** Deep equality; an Unknown answer when the operands are not known well enough to tell. */
function isLiteral(v: Value): v is string | number | boolean | null {
  return v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean";
}

export function equalValues(a: Value, b: Value): boolean | Unknown {
  // An attribute of a resource is some value, not null (the common `x != null ? x : default`).
  if ((a instanceof RefObject && b === null) || (b instanceof RefObject && a === null)) return false;
  if (a instanceof OtherValue && isLiteral(b) && a.excluded.has(b)) return false;
  if (b instanceof OtherValue && isLiteral(a) && b.excluded.has(a)) return false;
  if (a instanceof Unknown || b instanceof Unknown || a instanceof RefObject || b instanceof RefObject) {
    if (a instanceof RefObject && b instanceof RefObject && a.address === b.address && a.path === b.path)
      return true;
    return new Unknown(`${residual(a)} == ${residual(b)}`);
  }
  if (typeof a === "string" && typeof b === "string") {
    if (a === b) return true;
    return hasToken(a) || hasToken(b) ? new Unknown(`${residual(a)} == ${residual(b)}`) : false;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    let unknown: Unknown | null = null;
    for (let i = 0; i < a.length; i++) {
      const r = equalValues(a[i]!, b[i]!);
      if (r === false) return false;
      if (r instanceof Unknown) unknown = r;
    }
    return unknown ?? true;
  }
  if (isObject(a) && isObject(b)) {
    const ka = sortedKeys(a);
    const kb = sortedKeys(b);
    if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
    let unknown: Unknown | null = null;
    for (const k of ka) {
      const r = equalValues(a[k]!, b[k]!);
      if (r === false) return false;
      if (r instanceof Unknown) unknown = r;
    }
    return unknown ?? true;
  }
  return a === b;
}

/** A finite double as m·2^e exactly (m odd or zero). */
function dyadic(n: number): { m: bigint; e: number } {
  if (n === 0) return { m: 0n, e: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, n);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n === 1n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (exp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = exp - 1075;
  }
  while (m % 2n === 0n) {
    m /= 2n;
    e++;
  }
  return { m: sign * m, e };
}

/** The exact value of m·2^e as a plain decimal string. */
function dyadicText({ m, e }: { m: bigint; e: number }): string {
  if (e >= 0) return (m << BigInt(e)).toString();
  const neg = m < 0n;
  const digits = ((neg ? -m : m) * 5n ** BigInt(-e)).toString().padStart(-e + 1, "0");
  const text = `${digits.slice(0, digits.length + e)}.${digits.slice(digits.length + e)}`.replace(
    /\.?0+$/,
    "",
  );
  return neg ? `-${text}` : text;
}

/**
 * True when the number as written (its shortest decimal, formatNumber) is exactly the double:
 * then Terraform's 512-bit arithmetic on it gives what the double arithmetic gives, where exact.
 */
export function isFaithful(n: number): boolean {
  return Number.isFinite(n) && (Number.isSafeInteger(n) || dyadicText(dyadic(n)) === formatNumber(n));
}

/**
 * The result of a + b, a - b, a * b or a / b when it is exactly what Terraform's arbitrary
 * precision arithmetic gives (and writes); null when it may differ (0.25 - 0.15: Terraform
 * writes 0.0999…9 with 154 digits).
 */
export function exactArithmetic(op: "+" | "-" | "*" | "/", a: number, b: number): number | null {
  const r = op === "+" ? a + b : op === "-" ? a - b : op === "*" ? a * b : a / b;
  if (!Number.isFinite(r) || (Number.isInteger(r) && !Number.isSafeInteger(r))) return null;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && op !== "/") return r;
  if (!isFaithful(a) || !isFaithful(b) || !isFaithful(r)) return null;
  const x = dyadic(a);
  const y = dyadic(b);
  const z = dyadic(r);
  // Compare exact values m·2^e by scaling all to the smallest exponent.
  const scale = (d: { m: bigint; e: number }, to: number): bigint => d.m << BigInt(d.e - to);
  if (op === "*") {
    const p = { m: x.m * y.m, e: x.e + y.e };
    const lo = Math.min(p.e, z.e);
    return scale(p, lo) === scale(z, lo) ? r : null;
  }
  if (op === "/") {
    // r is exact when r·b equals a.
    const p = { m: z.m * y.m, e: z.e + y.e };
    const lo = Math.min(p.e, x.e);
    return scale(p, lo) === scale(x, lo) ? r : null;
  }
  const lo = Math.min(x.e, y.e, z.e);
  const sum = op === "+" ? scale(x, lo) + scale(y, lo) : scale(x, lo) - scale(y, lo);
  return sum === scale(z, lo) ? r : null;
}
