/** String helpers that respect symbolic tokens (model/symbolic.ts). */
import { renderText, unresolved } from "../../model/symbolic.js";

const TOKEN_SPAN = /\uE000[a-z][^\uE000\uE001]*\uE001/g;
const DYNAMIC_REF = /\{\{resolve:[^{}]*\}\}/g;

/** `{{resolve:ssm:/p:1}}` and friends are read at deploy time: each becomes an unresolved token. */
export function tokenizeDynamicReferences(text: string): string {
  if (!text.includes("{{resolve:")) return text;
  return text.replace(DYNAMIC_REF, (m) => unresolved(renderText(m)));
}

/**
 * Split at `delimiter`, never inside a token (a token's text may contain the delimiter). An empty
 * delimiter yields the characters of the literal parts and each token whole.
 */
export function splitOutsideTokens(text: string, delimiter: string): string[] {
  if (delimiter === "") {
    const parts: string[] = [];
    let start = 0;
    for (const m of text.matchAll(TOKEN_SPAN)) {
      parts.push(...text.slice(start, m.index), m[0]);
      start = m.index + m[0].length;
    }
    parts.push(...text.slice(start));
    return parts;
  }
  const masked = text.replace(TOKEN_SPAN, (m) => "\uE002".repeat(m.length));
  const parts: string[] = [];
  let start = 0;
  let at = masked.indexOf(delimiter, start);
  while (at >= 0) {
    parts.push(text.slice(start, at));
    start = at + delimiter.length;
    at = masked.indexOf(delimiter, start);
  }
  parts.push(text.slice(start));
  return parts;
}
