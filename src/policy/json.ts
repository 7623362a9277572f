/**
 * Policy text (model/json.ts reads it). JSON.parse silently keeps the last of two duplicate keys;
 * the IAM grammar forbids duplicates, and a policy that relies on one could hide a principal. Every
 * duplicate is reported and the values merged (union: arrays and scalars are concatenated, objects
 * merged key by key), so the analysis sees every principal and action that was written (fail
 * closed).
 */

import { describeJsonError, type JsonNode, plainValue, readJson } from "../model/json.js";
import { setOwn } from "../model/objects.js";
import { formatPath, isObject } from "./shape.js";

export type PolicyJson = { ok: true; value: unknown; duplicates: string[] } | { ok: false; error: string };

/** Nesting deeper than this is refused (policies are shallow; this bounds the recursion). */
export const MAX_JSON_DEPTH = 256;

export function parsePolicyJson(text: string): PolicyJson {
  const read = readJson(text, { maxDepth: MAX_JSON_DEPTH, duplicates: "keep" });
  if (!read.ok) return { ok: false, error: describeJsonError(read.error) };
  if (read.warnings.length === 0) return { ok: true, value: plainValue(read.root), duplicates: [] };
  const duplicates: string[] = [];
  return { ok: true, value: mergeRepeatedKeys(read.root, [], duplicates), duplicates };
}

/** The plain value of a located tree, the values of a repeated key merged (and reported). */
function mergeRepeatedKeys(node: JsonNode, path: (string | number)[], duplicates: string[]): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq")
    return node.items.map((item, n) => mergeRepeatedKeys(item, [...path, n], duplicates));
  const out: Record<string, unknown> = {};
  for (const { key, value } of node.entries) {
    const v = mergeRepeatedKeys(value, [...path, key], duplicates);
    if (Object.hasOwn(out, key)) {
      duplicates.push(`duplicate key "${key}" at ${formatPath(path)}`);
      setOwn(out, key, mergeDuplicate(out[key], v));
    } else setOwn(out, key, v);
  }
  return out;
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
