import { GATED, type Grant, type RoleAccess } from "../model/types.js";
import { weakenedConditions } from "./weakened.js";

export type Change = "added" | "removed" | "unchanged" | "present";

export interface ChangedGrant {
  grant: Grant;
  change: Change;
  /** An added grant that the base had in a narrower form: the base conditions it drops or widens. */
  widened?: string[];
  /** An added unresolved grant whose expression is the same, but whose inputs changed: those files. */
  inputsChanged?: string[];
  /** An unchanged trust grant whose role can do more than before: its access before (role-widening.ts). */
  roleWidenedFrom?: RoleAccess;
}

/** The resource a grant protects: its target where known, else the policy resource itself. */
export function protectedResource(g: Grant): string {
  return g.resource.target ?? g.resource.address;
}

/**
 * A grant's identity across the change (design.md "new external access"): principal, its
 * classification, the unit it lives in, the resource it protects (not the name of the policy
 * resource that says so: renaming that is no new access), and its actions. Line numbers and files
 * are not part of it, so moving a block does not look like new access; a module-input grant adds
 * its input path and conditions. Other conditions are compared apart (weakenedConditions).
 */
export function grantKey(g: Grant): string {
  const key: unknown[] = [
    g.principal.id,
    g.classification,
    g.resource.unit,
    protectedResource(g),
    sortedCopy(g.actions),
    sortedCopy(g.notActions),
    g.via ?? "",
  ];
  // A grant read from a module input is known by its input and conditions too: a new statement
  // for an account the call already named elsewhere is new access (design.md, modules, 3).
  if (g.input !== undefined) key.push(g.input, g.conditions);
  return JSON.stringify(key);
}

/**
 * The identity and the policy resource: one row per place a grant is written (audit). A JSON
 * text holds no raw line break, so the two parts joined by one stay apart (23,306 grants of the
 * large audit: the key is not escaped a second time).
 */
function placeKey(g: Grant): string {
  return `${grantKey(g)}\n${g.resource.address}`;
}

const NONE: readonly string[] = [];

/** The strings sorted, copied only when there are two or more to sort. */
function sortedCopy(list: readonly string[] | undefined): readonly string[] {
  if (!list) return NONE;
  return list.length < 2 ? list : [...list].sort();
}

export interface DiffOptions {
  /**
   * The changed files an unresolved grant of the head depends on besides its own expression
   * (tfvars, variable declarations, module code, files read by functions); empty when none.
   */
  changedInputs?: (g: Grant) => string[];
}

/**
 * Compare the grant sets before and after a change. A head grant is unchanged when the base has a
 * grant with the same identity whose conditions it does not weaken (for a gated grant) and, for an
 * unresolved one, none of its inputs changed; otherwise it is added. A base identity the head no
 * longer has is removed.
 */
export function diffGrants(
  before: readonly Grant[],
  after: readonly Grant[],
  options: DiffOptions = {},
): ChangedGrant[] {
  const beforeByKey = new Map<string, Grant[]>();
  for (const g of before) {
    const k = grantKey(g);
    const list = beforeByKey.get(k);
    if (list) list.push(g);
    else beforeByKey.set(k, [g]);
  }
  const afterKeys = new Set<string>();
  const seen = new Set<string>();
  const out: ChangedGrant[] = [];
  for (const g of after) {
    const k = grantKey(g);
    afterKeys.add(k);
    // Each place the grant is written is listed; the same identity with other conditions is
    // looked at again, as one of them may be weaker.
    const gated = isGated(g);
    const place = placeKey(g);
    const seenKey = gated && g.input === undefined ? JSON.stringify([place, g.conditions]) : place;
    if (seen.has(seenKey)) continue;
    seen.add(seenKey);
    out.push(compare(g, beforeByKey.get(k), gated, options));
  }
  const removedPlaces = new Set<string>();
  for (const g of before) {
    if (afterKeys.has(grantKey(g))) continue;
    const place = placeKey(g);
    if (removedPlaces.has(place)) continue;
    removedPlaces.add(place);
    out.push({ grant: g, change: "removed" });
  }
  return out;
}

function compare(g: Grant, base: Grant[] | undefined, gated: boolean, options: DiffOptions): ChangedGrant {
  if (!base) return { grant: g, change: "added" };
  if (!gated) return { grant: g, change: "unchanged" };
  let widened: string[] | undefined;
  for (const b of base) {
    const weaker = weakenedConditions(b, g);
    if (weaker.length === 0) {
      widened = undefined;
      break;
    }
    if (!widened || weaker.length < widened.length) widened = weaker;
  }
  if (widened) return { grant: g, change: "added", widened };
  if (g.classification === "unresolved") {
    const inputs = options.changedInputs?.(g) ?? [];
    if (inputs.length > 0) return { grant: g, change: "added", inputsChanged: inputs };
  }
  return { grant: g, change: "unchanged" };
}

/** Every grant of one snapshot, for an audit. */
export function presentGrants(grants: readonly Grant[]): ChangedGrant[] {
  const seen = new Set<string>();
  const out: ChangedGrant[] = [];
  for (const g of grants) {
    const k = placeKey(g);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({ grant: g, change: "present" });
  }
  return out;
}

export function isGated(g: Grant): boolean {
  return GATED.has(g.classification);
}
