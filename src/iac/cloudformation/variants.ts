/**
 * The records of a resource from its variants: variants with the same properties are one record,
 * which says in words under which choices it exists (model/variants.ts). A record that every
 * variant produces identically has no condition.
 */
import { conditionOf, type RecordVariants, type VariantSpace } from "../../model/variants.js";
import type { Decision } from "./choices.js";

export interface VariantValue<T> {
  /** The labelled decisions of the variant (Run.labelled()); null: the variant gives no record. */
  decisions: Decision[];
  /** Identity of the value (variants with equal keys are one record); null for no record. */
  key: string | null;
  value: T | null;
}

export function collapseVariants<T>(
  variants: VariantValue<T>[],
): { value: T; conditional?: string; variants: RecordVariants }[] {
  const space: VariantSpace = {
    runs: variants.map((v) => v.decisions.map((d): [string, string] => [d.key, d.label ?? ""])),
  };
  const groups = new Map<string, { value: T; members: number[] }>();
  variants.forEach((v, i) => {
    if (v.key === null || v.value === null) return;
    const group = groups.get(v.key);
    if (group) group.members.push(i);
    else groups.set(v.key, { value: v.value, members: [i] });
  });
  return [...groups.values()].map(({ value, members }) => {
    const conditional = conditionOf(space, members);
    return { value, variants: { space, members }, ...(conditional ? { conditional } : {}) };
  });
}

/** Both conditions at once (a nested stack's and its resource's), either possibly absent. */
export function bothConditions(outer: string | undefined, inner: string | undefined): string | undefined {
  const parts = [outer, inner].filter((c): c is string => c !== undefined && c !== "");
  if (parts.length < 2) return parts[0];
  const bare = parts.map((c) => (c.startsWith("when ") ? c.slice(5) : c));
  return `when ${bare.map((c) => (c.includes(" or ") ? `(${c})` : c)).join(" and ")}`;
}
