/**
 * Deny statements as guards (grant-model §3.7). A Deny of `*` (or NotPrincipal) whose Condition
 * consists only of negated identity predicates denies every caller outside the union of the
 * listed sets; an Allow grant of the same document whose callers, intersected with that union,
 * all lie in the zone becomes internal ("narrowedByDeny:<Sid>"). Any other Deny narrows nothing.
 */

import type { Principal } from "../model/types.js";
import { denyCoversActions, denyCoversResources } from "./actions.js";
import { evaluateValue, type ValueContext } from "./condition-values.js";
import { conditionEntries, IDENTITY_KEYS } from "./conditions.js";
import type { GrantScope, Outcome } from "./outcome.js";
import type { StatementView } from "./parse.js";
import { normalizePrincipal } from "./principal.js";
import { isObject } from "./shape.js";
import type { PolicyContext } from "./types.js";
import { accountStatus, defaultPartition } from "./zone.js";

/**
 * One caller set that survives the Deny. `service`: AWS service principals, acting for any account
 * (the `aws:PrincipalIsAWSService` exemption); `anonymous`: unsigned callers, which carry no
 * aws:PrincipalIsAWSService key, so a plain `Bool …false` exemption is false for them.
 */
type Member =
  | { kind: "inside" }
  | { kind: "account"; partition: string; account: string }
  | { kind: "org"; org: string }
  | { kind: "service" }
  | { kind: "anonymous" }
  /** A value that cannot be resolved statically (a parameter, a variable): whoever it names. */
  | { kind: "unresolved"; principal: Principal; expressions: string[] }
  | { kind: "other" };

export interface DenyGuard {
  label: string;
  statement: StatementView;
  /** Survivors = union of all members of all sets. */
  members: Member[];
  /** A NotPrincipal guard that lists a role or user without its account (§2.7). */
  incomplete: boolean;
  /**
   * An unconditional Deny of every principal: no caller survives. `everyone` is set for the bare
   * `"*"` (which covers service principals too); `{"AWS":"*"}` removes only AWS-principal grants.
   */
  total?: { everyone: boolean };
}

/**
 * Multivalued keys (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html):
 * a negated guard on them is trusted only as `ForAllValues:` (true when the key is absent, so a
 * principal outside any organisation is denied). `ForAnyValue:` is false when the key is absent
 * (the principal outside any organisation is not denied); an unqualified operator on a
 * multivalued key has no documented semantics.
 */
const MULTIVALUED_DIMS = new Set(["orgPath", "sourceOrgPath"]);

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
  if (!coversAll) return null;
  const c = stmt.condition;
  if (c === undefined || c === null || (isObject(c) && Object.keys(c).length === 0)) {
    // An unconditional Deny of everyone: every grant it covers is removed.
    const everyone = stmt.principals.some((e) => e.key === "*" && e.value === "*");
    return { label: stmt.label, statement: stmt, members: [], incomplete: false, total: { everyone } };
  }
  if (entries.length === 0) return null;

  const members: Member[] = [];
  let predicates = 0;
  for (const e of entries) {
    const op = e.operator;
    if (e.keyLower === "aws:principalisawsservice") {
      const allFalse =
        e.values.length > 0 &&
        e.values.every((v) => v === false || (typeof v === "string" && v.trim().toLowerCase() === "false"));
      if (op.category === "bool" && op.qualifier === "" && allFalse) {
        // The "service principals are exempt" idiom: AWS services acting for any account survive
        // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalisawsservice).
        members.push({ kind: "service" });
        // Without IfExists the predicate is false when the key is absent: anonymous callers
        // (unsigned requests carry no aws:PrincipalIsAWSService) are not denied.
        if (!op.ifExists) members.push({ kind: "anonymous" });
        continue;
      }
      return null;
    }
    const info = IDENTITY_KEYS.get(e.keyLower);
    if (!info || op.category !== "negated" || e.values.length === 0) return null;
    if (MULTIVALUED_DIMS.has(info.dim)) {
      if (op.qualifier !== "forallvalues") return null;
    } else if (op.qualifier !== "") return null;
    predicates++;
    const source = info.dim.startsWith("source") || info.dim === "eventSourceToken";
    for (const raw of e.values) {
      const v = evaluateValue(info.dim, raw, [], ctx);
      if (v === null) members.push({ kind: "other" });
      else if (v.status === "inside") members.push({ kind: "inside" });
      else if (v.status === "unresolved" && !source && v.expressions.length > 0)
        members.push({ kind: "unresolved", principal: v.principal, expressions: v.expressions });
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

/** Is the grant's caller set, intersected with this survivor set, inside the zone? */
function memberAllows(m: Member, scope: GrantScope): boolean {
  switch (m.kind) {
    case "inside":
      return true;
    case "service":
    case "anonymous":
      // Only a grant to any caller (`*`, NotPrincipal) admits service principals or anonymous
      // callers; an account or organisation grant does not.
      return scope.kind !== "any";
    case "account":
      return scope.kind === "account" && (scope.account !== m.account || scope.partition !== m.partition);
    case "org":
      return scope.kind === "org" && scope.org !== m.org;
    default:
      return false;
  }
}

/**
 * What the guard leaves of this grant of `allow`: `removed` (an unconditional Deny covers it),
 * `internal` (only callers inside the zone survive), `service` (inside callers and AWS services
 * acting for any account survive: reachable through services, never internal), `unresolved` (a
 * public grant of which, besides inside callers, only those an unresolved value names survive:
 * the grant is theirs, named by that value, as when the Allow itself narrows to it), or null (the
 * guard does not narrow it).
 */
export function guardEffect(
  guard: DenyGuard,
  grant: Outcome,
  allow: StatementView,
): "removed" | "internal" | "service" | "unresolved" | null {
  if (!denyCoversActions(guard.statement, allow)) return null;
  if (!denyCoversResources(guard.statement, allow)) return null;
  if (guard.total) {
    const aws = grant.principal.type === "AWS" || grant.principal.type === "Public";
    return guard.total.everyone || (aws && grant.via === undefined) ? "removed" : null;
  }
  if (
    grant.classification !== "external" &&
    grant.classification !== "public" &&
    grant.classification !== "unresolved"
  ) {
    return null;
  }
  if (grant.via !== undefined) return null;
  if (grant.principal.type !== "AWS" && grant.principal.type !== "Public") return null;
  const leaking = guard.members.filter((m) => !memberAllows(m, grant.scope));
  if (leaking.length === 0) return "internal";
  if (leaking.every((m) => m.kind === "service")) return "service";
  // A grant to any caller becomes a grant to whom the value names; a grant to a named account or
  // an unresolved one stays as it is (its principal says more than the guard's value).
  if (
    grant.scope.kind === "any" &&
    grant.classification === "public" &&
    leaking.every((m) => m.kind === "unresolved")
  )
    return "unresolved";
  return null;
}

/** The unresolved values a guard lets in: the principal it reports and the expressions it names. */
export function unresolvedSurvivors(
  guard: DenyGuard,
): { principal: Principal; expressions: string[] } | null {
  const found = guard.members.filter((m) => m.kind === "unresolved");
  const first = found[0];
  if (!first) return null;
  return { principal: first.principal, expressions: [...new Set(found.flatMap((m) => m.expressions))] };
}
