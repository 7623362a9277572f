/** The classified result for one principal of one Allow statement, before it becomes a PolicyGrant. */

import type { Classification, Principal } from "../model/types.js";
import { ACCOUNT_RE, splitArn } from "./arn.js";
import type { Path } from "./shape.js";
import type { PolicyContext } from "./types.js";
import { defaultPartition } from "./zone.js";

/** What a Deny guard needs to know about the set of callers a grant admits. */
export type GrantScope =
  | { kind: "account"; partition: string; account: string }
  | { kind: "org"; org: string }
  | { kind: "any" };

export interface Outcome {
  principal: Principal;
  classification: Classification;
  subkind?: string;
  via?: string;
  unresolved?: string[];
  notes: string[];
  conditionPath?: Path;
  scope: GrantScope;
}

const ANY: GrantScope = { kind: "any" };

/** The scope of a reported principal: a literal account, an organization, or anything. */
export function scopeOf(principal: Principal, ctx: PolicyContext): GrantScope {
  if (principal.type === "AWS" && principal.accountId !== null && ACCOUNT_RE.test(principal.accountId)) {
    const arn = splitArn(principal.id);
    return {
      kind: "account",
      partition: arn ? arn.partition : defaultPartition(ctx),
      account: principal.accountId,
    };
  }
  if (principal.type === "AWS" && /^o-[a-z0-9]{10,32}$/.test(principal.id))
    return { kind: "org", org: principal.id };
  return ANY;
}

export function outcome(
  ctx: PolicyContext,
  principal: Principal,
  classification: Classification,
  extra: Partial<Omit<Outcome, "principal" | "classification" | "scope">> = {},
): Outcome {
  const o: Outcome = { principal, classification, notes: extra.notes ?? [], scope: scopeOf(principal, ctx) };
  if (extra.subkind !== undefined) o.subkind = extra.subkind;
  if (extra.via !== undefined) o.via = extra.via;
  if (extra.unresolved !== undefined && extra.unresolved.length > 0)
    o.unresolved = [...new Set(extra.unresolved)];
  if (extra.conditionPath !== undefined) o.conditionPath = extra.conditionPath;
  return o;
}
