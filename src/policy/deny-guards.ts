/**
 * Deny statements as guards (grant-model §3.7). A Deny of `*` (or NotPrincipal) whose Condition
 * consists only of negated identity predicates denies every caller outside the union of the
 * listed sets; an Allow grant of the same document whose callers, intersected with that union,
 * all lie in the zone becomes internal ("narrowedByDeny:<Sid>"). Any other Deny narrows nothing.
 */

import { denyCoversActions, denyCoversResources } from "./actions.js";
import { evaluateValue, type ValueContext } from "./condition-values.js";
import { conditionEntries, IDENTITY_KEYS } from "./conditions.js";
import type { GrantScope, Outcome } from "./outcome.js";
import type { StatementView } from "./parse.js";
import { normalizePrincipal } from "./principal.js";
import type { PolicyContext } from "./types.js";
import { accountStatus, defaultPartition } from "./zone.js";

/** One caller set that survives the Deny. */
type Member =
  | { kind: "inside" }
  | { kind: "account"; partition: string; account: string }
  | { kind: "org"; org: string }
  | { kind: "service" }
  | { kind: "other" };

export interface DenyGuard {
  label: string;
  statement: StatementView;
  /** Survivors = union of all members of all sets. */
  members: Member[];
  /** A NotPrincipal guard that lists a role or user without its account (§2.7). */
  incomplete: boolean;
}

const ORG_PATH_DIMS = new Set(["orgPath", "sourceOrgPath"]);

export function guardFrom(stmt: StatementView, ctx: PolicyContext & ValueContext): DenyGuard | null {
  if (stmt.effect !== "Deny") return null;
  const problems: string[] = [];
  const entries = conditionEntries(stmt.condition, stmt.conditionPath, problems);
  if (problems.length > 0) return null;

  if (stmt.notPrincipals !== null && stmt.principals === null) {
    if (entries.length > 0) return null; // only the condition-free NotPrincipal form narrows
    return notPrincipalGuard(stmt, ctx);
  }
  if (stmt.principals === null) return null;
  const coversAll = stmt.principals.some((e) => {
    const np = normalizePrincipal(e.key, e.value, ctx);
    return np.kind === "public" && !np.invalid && !np.forceUnresolved;
  });
  if (!coversAll || entries.length === 0) return null;

  const members: Member[] = [];
  let predicates = 0;
  for (const e of entries) {
    const op = e.operator;
    if (e.keyLower === "aws:principalisawsservice") {
      const allFalse =
        e.values.length > 0 &&
        e.values.every((v) => v === false || (typeof v === "string" && v.trim().toLowerCase() === "false"));
      if (op.category === "bool" && op.qualifier === "" && allFalse) {
        members.push({ kind: "service" }); // the "service principals are exempt" idiom
        continue;
      }
      return null;
    }
    const info = IDENTITY_KEYS.get(e.keyLower);
    if (!info || op.category !== "negated" || e.values.length === 0) return null;
    if (op.qualifier !== "" && !ORG_PATH_DIMS.has(info.dim)) return null;
    predicates++;
    const source = info.dim.startsWith("source") || info.dim === "eventSourceToken";
    for (const raw of e.values) {
      const v = evaluateValue(info.dim, raw, [], ctx);
      if (v === null) members.push({ kind: "other" });
      else if (v.status === "inside") members.push({ kind: "inside" });
      else if (v.status === "outside" && !source && v.account !== undefined && v.partition !== undefined) {
        members.push({ kind: "account", partition: v.partition, account: v.account });
      } else if (v.status === "outside" && !source && v.org !== undefined)
        members.push({ kind: "org", org: v.org });
      else members.push({ kind: "other" });
    }
  }
  if (predicates === 0) return null;
  return { label: stmt.label, statement: stmt, members, incomplete: false };
}

function notPrincipalGuard(stmt: StatementView, ctx: PolicyContext): DenyGuard | null {
  const entries = stmt.notPrincipals ?? [];
  if (entries.length === 0) return null;
  const members: Member[] = [];
  const accountsListed = new Set<string>();
  const accountsOfIdentities: string[] = [];
  for (const e of entries) {
    const np = normalizePrincipal(e.key, e.value, ctx);
    if (np.forceUnresolved) {
      members.push({ kind: "other" });
      continue;
    }
    if (np.kind === "service") {
      members.push({ kind: "service" });
      continue;
    }
    if (np.self) {
      members.push({ kind: "inside" });
      if (np.kind === "self-account") accountsListed.add("self");
      else accountsOfIdentities.push("self");
      continue;
    }
    const accountKinds = ["account", "role", "user", "session", "group", "iam-other"];
    if (!accountKinds.includes(np.kind) || np.accountField === undefined) {
      members.push({ kind: "other" });
      continue;
    }
    const partition = np.partition ?? defaultPartition(ctx);
    const st = accountStatus(np.accountField, partition, ctx);
    if (st.status === "inside") members.push({ kind: "inside" });
    else if (st.status === "outside") members.push({ kind: "account", partition, account: st.account });
    else members.push({ kind: "other" });
    const key =
      st.status === "inside" || st.status === "outside" ? `${partition}:${st.account}` : np.accountField;
    if (np.kind === "account") accountsListed.add(key);
    else accountsOfIdentities.push(key);
  }
  const incomplete = accountsOfIdentities.some((a) => !accountsListed.has(a));
  return { label: stmt.label, statement: stmt, members, incomplete };
}

function memberAllows(m: Member, scope: GrantScope): boolean {
  switch (m.kind) {
    case "inside":
    case "service":
      return true;
    case "account":
      return scope.kind === "account" && (scope.account !== m.account || scope.partition !== m.partition);
    case "org":
      return scope.kind === "org" && scope.org !== m.org;
    default:
      return false;
  }
}

/** Does the guard leave only callers inside the zone for this grant of `allow`? */
export function guardNarrows(guard: DenyGuard, grant: Outcome, allow: StatementView): boolean {
  if (
    grant.classification !== "external" &&
    grant.classification !== "public" &&
    grant.classification !== "unresolved"
  ) {
    return false;
  }
  if (grant.via !== undefined) return false;
  if (grant.principal.type !== "AWS" && grant.principal.type !== "Public") return false;
  if (!denyCoversActions(guard.statement, allow)) return false;
  if (!denyCoversResources(guard.statement, allow)) return false;
  return guard.members.every((m) => memberAllows(m, grant.scope));
}
