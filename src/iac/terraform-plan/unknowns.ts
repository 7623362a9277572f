/**
 * `after_unknown` mirrors `after` with `true` at every value known only after apply (the value
 * itself is omitted from `after`, or null inside a list). Merging the two puts a token at each
 * such place, so an unknown principal is reported as unresolved, never dropped.
 */

import { isObject, type Json } from "./plan-document.js";

export type Path = (string | number)[];

/** `after` with a token (from `tokenFor`) at every path `after_unknown` marks true. */
export function withUnknowns(
  value: Json | undefined,
  unknown: Json | undefined,
  tokenFor: (path: Path) => string,
  path: Path = [],
): Json | undefined {
  if (unknown === true) return tokenFor(path);
  if (Array.isArray(unknown)) {
    const base: Json[] = Array.isArray(value) ? [...value] : [];
    unknown.forEach((u, i) => {
      if (u === false || u === null) return;
      const merged = withUnknowns(base[i], u, tokenFor, [...path, i]);
      while (base.length < i) base.push(null);
      base[i] = merged ?? null;
    });
    return base;
  }
  if (isObject(unknown)) {
    if (Object.keys(unknown).length === 0) return value;
    const base: { [key: string]: Json } = isObject(value) ? { ...value } : {};
    for (const [key, u] of Object.entries(unknown)) {
      const merged = withUnknowns(base[key], u, tokenFor, [...path, key]);
      if (merged !== undefined) base[key] = merged;
    }
    return base;
  }
  return value;
}

/** A path as Terraform writes it: `statement[0].principals[1].identifiers`, `tags["a b"]`. */
export function renderPath(path: Path): string {
  let out = "";
  for (const seg of path) {
    if (typeof seg === "number") out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === "" ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}
