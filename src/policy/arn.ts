/**
 * Token-aware string helpers: ARN splitting (a symbolic token may contain ':' in its expression
 * text, so fields are split outside tokens only), wildcard tests and glob matching.
 */

import { hasToken } from "../model/symbolic.js";

const OPEN = "\uE000";
const CLOSE = "\uE001";

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the fifth ':' (may itself contain ':'). */
  resource: string;
}

/** Split on `sep` outside symbolic tokens. */
export function splitOutsideTokens(text: string, sep: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inToken = false;
  for (const ch of text) {
    if (ch === OPEN) inToken = true;
    else if (ch === CLOSE) inToken = false;
    if (!inToken && ch === sep) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The six fields of an ARN, or null when the text is not `arn:` followed by five ':'-separated fields. */
export function splitArn(text: string): ArnParts | null {
  if (!text.startsWith("arn:")) return null;
  const parts = splitOutsideTokens(text, ":");
  if (parts.length < 6) return null;
  return {
    partition: parts[1] ?? "",
    service: parts[2] ?? "",
    region: parts[3] ?? "",
    account: parts[4] ?? "",
    resource: parts.slice(5).join(":"),
  };
}

/** Literal text (no token) containing an IAM wildcard. */
export function hasWildcard(text: string): boolean {
  return stripTokens(text).includes("*") || stripTokens(text).includes("?");
}

/** The text with every token removed (for shape tests that must ignore token bodies). */
export function stripTokens(text: string): string {
  return hasToken(text) ? text.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, "") : text;
}

/** The text with every token replaced by `placeholder`. */
export function replaceTokens(text: string, placeholder: string): string {
  return hasToken(text) ? text.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, placeholder) : text;
}

export const PARTITION_RE = /^aws[a-z0-9-]*$/;
export const ACCOUNT_RE = /^\d{12}$/;

/** Case-insensitive IAM glob match (`*` any sequence, `?` one character) of a literal value. */
export function globMatch(pattern: string, value: string): boolean {
  return globsIntersect(
    pattern,
    value.replace(/[*?]/g, (c) => (c === "*" ? "\u0001" : "\u0002")),
  );
}

const MAX_GLOB = 512;

/**
 * True when some string matches both glob patterns (case-insensitive). Used to decide whether a
 * NotAction pattern may exclude an action pattern, and for literal matches.
 */
export function globsIntersect(a: string, b: string): boolean {
  const x = a.toLowerCase().slice(0, MAX_GLOB);
  const y = b.toLowerCase().slice(0, MAX_GLOB);
  const memo = new Map<number, boolean>();
  const width = y.length + 1;
  const f = (i: number, j: number): boolean => {
    const key = i * width + j;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let r: boolean;
    if (i === x.length && j === y.length) r = true;
    else if (i < x.length && x[i] === "*") r = f(i + 1, j) || (j < y.length && f(i, j + 1));
    else if (j < y.length && y[j] === "*") r = f(i, j + 1) || (i < x.length && f(i + 1, j));
    else if (i === x.length || j === y.length) r = false;
    else r = (x[i] === "?" || y[j] === "?" || x[i] === y[j]) && f(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  // Stack exhaustion on a pathological pattern: assume the patterns overlap (fail closed).
  return safely(() => f(0, 0), true);
}

/**
 * True when every string matched by `inner` is matched by `outer` (case-insensitive). Exact for the
 * shapes that matter (`*`, `svc:*`, `svc:Get*`, literals); conservative (false) otherwise.
 */
export function globCovers(outer: string, inner: string): boolean {
  const o = outer.toLowerCase();
  const i = inner.toLowerCase();
  if (o === "*") return true;
  if (!o.includes("*") && !o.includes("?")) return o === i;
  const star = o.indexOf("*");
  if (star === o.length - 1 && !o.slice(0, star).includes("?")) return i.startsWith(o.slice(0, star));
  if (!i.includes("*") && !i.includes("?")) return safely(() => globMatch(o, i), false);
  return false;
}

/** `fn`'s answer, or `onFailure` when it throws (stack exhaustion on a pathological pattern). */
export function safely(fn: () => boolean, onFailure: boolean): boolean {
  try {
    return fn();
  } catch {
    return onFailure;
  }
}
