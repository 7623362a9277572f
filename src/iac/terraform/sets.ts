/**
 * Terraform's sets (cty): one element per distinct value, iterated in cty's order. Known
 * elements come before unknown ones; strings are ordered lexically, numbers numerically
 * (9 before 10), false before true. Sets of other element types are ordered by a hash Terraform
 * does not document: their order here is the order of first appearance.
 */
import { compareStrings, formatNumber, isUnknownish, RefObject, Unknown, type Value } from "./values.js";

/** A text that is equal for equal values (unknowns by what they stand for). */
export function valueKey(v: Value): string {
  return v instanceof Unknown
    ? `?${v.text}`
    : JSON.stringify(v, (_k, x) => (x instanceof RefObject ? x.toToken() : x));
}

/** The distinct values, first appearance kept (distinct()). */
export function dedupe(items: readonly Value[]): Value[] {
  const seen = new Set<string>();
  return items.filter((v) => {
    const k = valueKey(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * The set of the given elements. Primitives of mixed kinds unify as toset() does: with a
 * string among them, every number and bool becomes its string.
 */
export function toSet(items: readonly Value[]): Value[] {
  const primitives = items.every(
    (v) => typeof v === "string" || typeof v === "number" || typeof v === "boolean",
  );
  const unified =
    primitives && items.some((v) => typeof v === "string") && items.some((v) => typeof v !== "string")
      ? items.map((v) => (typeof v === "number" ? formatNumber(v) : String(v)))
      : items;
  const out = dedupe(unified);
  const known = out.filter((v) => !isUnknownish(v));
  const unknown = out.filter(isUnknownish);
  if (known.every((v) => typeof v === "string")) (known as string[]).sort(compareStrings);
  else if (known.every((v) => typeof v === "number")) (known as number[]).sort((a, b) => a - b);
  else if (known.every((v) => typeof v === "boolean"))
    (known as boolean[]).sort((a, b) => Number(a) - Number(b));
  return [...known, ...unknown];
}
