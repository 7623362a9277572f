import { GATED, type Grant, type RoleAccess } from "../model/types.js";

export type Change = "added" | "removed" | "unchanged" | "present";

export interface ChangedGrant {
  grant: Grant;
  change: Change;
  /** An unchanged trust grant whose role can do more than before: its access before (role-widening.ts). */
  roleWidenedFrom?: RoleAccess;
}

/**
 * A grant's identity across the change (design.md "new external access"): principal, its
 * classification, the unit and resource it lives on, the resource it protects, and its actions.
 * Line numbers and files are not part of it, so moving a block does not look like new access;
 * a module-input grant adds its input path and conditions.
 */
export function grantKey(g: Grant): string {
  const key: unknown[] = [
    g.principal.id,
    g.classification,
    g.resource.unit,
    g.resource.address,
    g.resource.target ?? "",
    sortedCopy(g.actions),
    sortedCopy(g.notActions),
    g.via ?? "",
  ];
  // A grant read from a module input is known by its input and conditions too: a new statement
  // for an account the call already named elsewhere is new access (design.md, modules, 3).
  if (g.input !== undefined) key.push(g.input, g.conditions);
  return JSON.stringify(key);
}

const NONE: readonly string[] = [];

/** The strings sorted, copied only when there are two or more to sort. */
function sortedCopy(list: readonly string[] | undefined): readonly string[] {
  if (!list) return NONE;
  return list.length < 2 ? list : [...list].sort();
}

/** Compare the grant sets before and after a change. */
export function diffGrants(before: readonly Grant[], after: readonly Grant[]): ChangedGrant[] {
  const beforeKeys = new Set(before.map(grantKey));
  const afterKeys = new Set<string>();
  const out: ChangedGrant[] = [];
  for (const g of after) {
    const k = grantKey(g);
    if (afterKeys.has(k)) continue;
    afterKeys.add(k);
    out.push({ grant: g, change: beforeKeys.has(k) ? "unchanged" : "added" });
  }
  const removedKeys = new Set<string>();
  for (const g of before) {
    const k = grantKey(g);
    if (afterKeys.has(k) || removedKeys.has(k)) continue;
    removedKeys.add(k);
    out.push({ grant: g, change: "removed" });
  }
  return out;
}

/** Every grant of one snapshot, for an audit. */
export function presentGrants(grants: readonly Grant[]): ChangedGrant[] {
  const seen = new Set<string>();
  const out: ChangedGrant[] = [];
  for (const g of grants) {
    const k = grantKey(g);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ grant: g, change: "present" });
  }
  return out;
}

export function isGated(g: Grant): boolean {
  return GATED.has(g.classification);
}
