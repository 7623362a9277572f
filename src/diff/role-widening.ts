/**
 * Reach through roles in a diff (issue 19): a trust grant the change leaves as it was is still new
 * access when the role it opens can do more than before — a role an outside account already
 * assumes that gains `s3:*` is new access for that account. A comparison of the grants' role
 * summaries, apart from the grant identity of diff.ts.
 */

import type { Grant, RoleAccess } from "../model/types.js";
import { type ActionSet, actionSetOf, actionSetWithin } from "../policy/iam-actions.js";
import { type ChangedGrant, isGated } from "./diff.js";

const roleKey = (g: Grant) => `${g.resource.unit}\0${g.resource.address}`;

/** The actions a role summary allows that the table knows, and its unknown patterns. */
function actionsOf(access: RoleAccess, memo: Map<RoleAccess, ActionSet>): ActionSet {
  let set = memo.get(access);
  if (!set) {
    set = actionSetOf(access.actions, access.notActions);
    memo.set(access, set);
  }
  return set;
}

const within = (inner: readonly string[] | undefined, outer: readonly string[] | undefined) =>
  (inner ?? []).every((x) => (outer ?? []).includes(x));

/** Whether `after` lets the role do something `before` did not. */
export function roleWidened(
  before: RoleAccess,
  after: RoleAccess,
  memo = new Map<RoleAccess, ActionSet>(),
): boolean {
  if (!within(after.managed, before.managed)) return true;
  if (!within(after.unresolved, before.unresolved)) return true;
  return !actionSetWithin(actionsOf(after, memo), actionsOf(before, memo));
}

/**
 * The changes with every unchanged gated trust grant whose role widened turned into an added one
 * that keeps its role's access before (`roleWidenedFrom`).
 */
export function markRoleWidening(changes: ChangedGrant[], before: readonly Grant[]): ChangedGrant[] {
  const was = new Map<string, RoleAccess>();
  for (const g of before) if (g.roleAccess) was.set(roleKey(g), g.roleAccess);
  if (was.size === 0) return changes;
  const memo = new Map<RoleAccess, ActionSet>();
  return changes.map((c) => {
    const after = c.grant.roleAccess;
    if (c.change !== "unchanged" || !after || !isGated(c.grant)) return c;
    const prior = was.get(roleKey(c.grant));
    if (!prior || !roleWidened(prior, after, memo)) return c;
    return { ...c, change: "added", roleWidenedFrom: prior };
  });
}
