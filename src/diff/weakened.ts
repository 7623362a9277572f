/**
 * Weakened conditions (design.md "New external access"): a condition of the base grant that the
 * head grant no longer has, or has in a form that matches more requests, makes the head grant new
 * access (`widened`) even when principal, classification, resource and actions are the same.
 * Conditions the head adds only narrow, so they never count. Where two forms cannot be compared
 * here (different operator families, numbers, dates) anything but the same condition counts as
 * weakened: a false alarm costs an approval, a miss hides access.
 */
import { globMatch, isGlob } from "../model/glob.js";
import type { Grant } from "../model/types.js";
import { asciiLower, type ParsedOperator, parseOperator } from "../policy/conditions.js";

interface Entry {
  /** The operator as written, for the message. */
  op: string;
  parsed: ParsedOperator;
  /** The key as written, and in lower case for comparison (key names are case-insensitive). */
  key: string;
  lowerKey: string;
  values: string[];
}

/**
 * What the head grant's conditions let through that the base grant's did not, one phrase per base
 * condition that is missing or wider in the head; empty when the head is as strict or stricter.
 */
export function weakenedConditions(base: Grant, head: Grant): string[] {
  const headEntries = entriesOf(head.conditions);
  const out: string[] = [];
  for (const b of entriesOf(base.conditions)) {
    const same = headEntries.filter((h) => h.lowerKey === b.lowerKey);
    if (same.some((h) => atLeastAsStrict(h, b))) continue;
    const before = `${b.op} ${b.key} ${show(b.values)}`;
    out.push(
      same.length === 0
        ? `${before} removed`
        : `${before} became ${same.map((h) => `${h.op} ${show(h.values)}`).join(" and ")}`,
    );
  }
  return out;
}

function entriesOf(conditions: Grant["conditions"]): Entry[] {
  const out: Entry[] = [];
  for (const [op, block] of Object.entries(conditions ?? {})) {
    if (block === null || typeof block !== "object") continue;
    for (const [key, value] of Object.entries(block)) {
      const list = Array.isArray(value) ? value : [value];
      out.push({
        op,
        parsed: parseOperator(op),
        key,
        lowerKey: asciiLower(key),
        values: list.map((v) => (typeof v === "string" ? v : (JSON.stringify(v) ?? ""))),
      });
    }
  }
  return out;
}

function show(values: string[]): string {
  return values.length === 1 ? JSON.stringify(values[0]) : JSON.stringify(values);
}

const LIKE = new Set(["stringlike", "arnlike", "arnequals", "stringnotlike", "arnnotlike", "arnnotequals"]);
const IGNORE_CASE = new Set(["stringequalsignorecase", "stringnotequalsignorecase"]);

/** The operator's family: exact and wildcard string/ARN forms compare with each other. */
function family(p: ParsedOperator): string {
  if (p.category === "positive" || p.category === "negated") return p.category;
  return p.base;
}

/** Whether head condition `h` on the same key matches no request that base condition `b` rejects. */
function atLeastAsStrict(h: Entry, b: Entry): boolean {
  if (h.op === b.op && sameSet(h.values, b.values)) return true;
  const hp = h.parsed;
  const bp = b.parsed;
  // ...IfExists in the head passes requests without the key, which the base rejected.
  if (hp.ifExists && !bp.ifExists) return false;
  if (hp.qualifier !== bp.qualifier || family(hp) !== family(bp)) return false;
  const ignoreCase = IGNORE_CASE.has(hp.base) || IGNORE_CASE.has(bp.base);
  if (hp.category === "positive") {
    // Every value the head allows must be allowed by a value of the base.
    return h.values.every((v) => b.values.some((pattern) => covers(pattern, bp, v, hp, ignoreCase)));
  }
  if (hp.category === "negated") {
    // Every value the base excluded must still be excluded by the head.
    return b.values.every((v) => h.values.some((pattern) => covers(pattern, hp, v, bp, ignoreCase)));
  }
  // Bool, Null, numbers, dates, addresses: only the same values are known to be no wider.
  return hp.base === bp.base && sameSet(h.values, b.values);
}

/**
 * Whether every string that `value` (under operator `valueOp`) matches is matched by `pattern`
 * (under `patternOp`). A value with wildcards under a wildcard operator is a pattern itself: it is
 * covered only by the same pattern, by `*`, or by a pattern that ends in `*` and is its prefix.
 */
function covers(
  pattern: string,
  patternOp: ParsedOperator,
  value: string,
  valueOp: ParsedOperator,
  ignoreCase: boolean,
): boolean {
  const patternIsGlob = LIKE.has(patternOp.base) && isGlob(pattern);
  const valueIsGlob = LIKE.has(valueOp.base) && isGlob(value);
  const eq = (a: string, c: string) => (ignoreCase ? a.toLowerCase() === c.toLowerCase() : a === c);
  // An ignore-case head value matches more than the same exact base value.
  if (IGNORE_CASE.has(valueOp.base) && !IGNORE_CASE.has(patternOp.base) && /[a-z]/i.test(value)) return false;
  if (!valueIsGlob) return patternIsGlob ? globMatch(pattern, value, ignoreCase) : eq(pattern, value);
  if (!patternIsGlob) return false;
  if (eq(pattern, value) || pattern === "*") return true;
  const prefix = pattern.slice(0, -1);
  return pattern.endsWith("*") && !isGlob(prefix) && value.startsWith(prefix);
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return a.length > 0 && set.size === new Set(b).size && b.every((v) => set.has(v));
}
