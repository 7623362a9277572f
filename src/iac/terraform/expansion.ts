/**
 * count and for_each: the instances of a resource, data source or module call, with the
 * address suffix and the count.index / each.key / each.value bindings of each.
 */
import { renderText } from "../../model/symbolic.js";
import {
  compareStrings,
  isObject,
  isUnknownish,
  newObject,
  RefObject,
  residual,
  toStringValue,
  Unknown,
  type Value,
} from "./values.js";

/** One expansion of count/for_each: the address suffix and the each./count. bindings. */
export interface InstanceKey {
  key: string | number | null;
  suffix: string;
  bindings: ReadonlyMap<string, Value>;
}

export const SINGLE: InstanceKey = { key: null, suffix: "", bindings: new Map() };
const MAX_COUNT = 10_000;

/** count = n: instances [0] .. [n-1]; an unknown count: one instance [*] with an unresolved count.index. */
export function countInstances(v: Value, report: (m: string) => void): InstanceKey[] {
  const n = typeof v === "number" ? v : typeof v === "string" && /^[0-9]+$/.test(v) ? Number(v) : null;
  if (n !== null && Number.isInteger(n) && n >= 0) {
    if (n > MAX_COUNT)
      report(`count ${n} is more than ${MAX_COUNT}; only the first ${MAX_COUNT} instances are read`);
    return Array.from({ length: Math.min(n, MAX_COUNT) }, (_x, i) => ({
      key: i,
      suffix: `[${i}]`,
      bindings: new Map([["count", newObject([["index", i]])]]),
    }));
  }
  if (isUnknownish(v)) {
    return [
      {
        key: null,
        suffix: "[*]",
        bindings: new Map([["count", newObject([["index", new Unknown("count.index")]])]]),
      },
    ];
  }
  report(`count must be a whole number, got ${residual(v)}`);
  return [];
}

/**
 * for_each over a map (keys in order) or a set of strings; an unknown collection: one instance
 * [*] whose each.key and each.value name the collection.
 */
export function forEachInstances(v: Value, report: (m: string) => void): InstanceKey[] {
  if (isObject(v)) {
    return Object.keys(v)
      .sort(compareStrings)
      .map((k) => ({ key: k, suffix: keySuffix(k), bindings: eachBinding(k, v[k]!) }));
  }
  if (Array.isArray(v)) {
    const keys = [...new Set(v.map(keyString))];
    return keys
      .sort(compareStrings)
      .map((k) => ({ key: k, suffix: keySuffix(k), bindings: eachBinding(k, k) }));
  }
  if (v instanceof Unknown || v instanceof RefObject) {
    const text = residual(v);
    return [{ key: null, suffix: "[*]", bindings: eachBinding(new Unknown(text), new Unknown(text)) }];
  }
  report(`for_each must be a map or a set of strings, got ${residual(v)}`);
  return [];
}

function keySuffix(k: string): string {
  return `[${JSON.stringify(renderText(k))}]`;
}

function eachBinding(key: Value, value: Value): Map<string, Value> {
  return new Map([
    [
      "each",
      newObject([
        ["key", key],
        ["value", value],
      ]),
    ],
  ]);
}

function keyString(v: Value): string {
  try {
    return toStringValue(v);
  } catch {
    return residual(v);
  }
}
