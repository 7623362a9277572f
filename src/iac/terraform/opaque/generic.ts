/**
 * The generic reading of an opaque module without a signature (design.md, "Modules whose code
 * is not in the repository", 2): policy documents anywhere in its inputs, and principal-shaped
 * values in inputs named like principal lists. Nothing else is a principal.
 */

import { PRINCIPAL_INPUT, PRINCIPAL_VALUE } from "../../../grants/principal-shapes.js";
import { isWholeUnresolved } from "../../../model/symbolic.js";
import type { ResourceRecord } from "../../../model/types.js";
import { isRecord, parseJsonText } from "../hcl.js";
import { MODULE_META } from "../modules.js";
import { innerRecord } from "./record.js";

export interface Found {
  /** Input path -> policy document (object or JSON text). */
  policies: [string, unknown][];
  /** Input path -> principal values. */
  principals: [string, unknown[]][];
}

export function genericFindings(properties: Record<string, unknown>): Found {
  const found: Found = { policies: [], principals: [] };
  for (const [name, value] of Object.entries(properties)) {
    if (MODULE_META.has(name)) continue;
    const principals: unknown[] = [];
    const named = PRINCIPAL_INPUT.test(name);
    const walk = (v: unknown, path: string, depth: number): void => {
      if (depth > 64) return;
      if (isPolicy(v)) {
        found.policies.push([path, v]);
        return;
      }
      if (typeof v === "string" || typeof v === "number") {
        const text = String(v).trim();
        if (named && (PRINCIPAL_VALUE.test(text) || (typeof v === "string" && isWholeUnresolved(text))))
          principals.push(text);
      } else if (Array.isArray(v)) {
        v.forEach((x, i) => {
          walk(x, `${path}/${i}`, depth + 1);
        });
      } else if (isRecord(v)) {
        for (const [k, x] of Object.entries(v)) walk(x, `${path}/${k}`, depth + 1);
      }
    };
    walk(value, name, 0);
    if (principals.length > 0) found.principals.push([name, principals]);
  }
  return found;
}

/** A policy document: an object with `Statement`, or JSON text of one. */
function isPolicy(v: unknown): boolean {
  if (isRecord(v)) return Object.hasOwn(v, "Statement");
  if (typeof v !== "string" || !v.trimStart().startsWith("{") || !v.includes("Statement")) return false;
  try {
    const doc = parseJsonText(v);
    return isRecord(doc) && Object.hasOwn(doc, "Statement");
  } catch {
    return false;
  }
}

/** The records the generic reading makes: type "module", one per policy and per principal input. */
export function genericRecords(call: ResourceRecord, found: Found, how: string): ResourceRecord[] {
  return [
    ...found.policies.map(([path, doc]) => innerRecord(call, "module", "", { policy: doc }, path, how)),
    ...found.principals.map(([path, list]) =>
      innerRecord(call, "module", "", { principals: list }, path, how),
    ),
  ];
}
