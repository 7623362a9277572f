import { approvalHealth, findApproval, isExpired, policyScopeWarnings } from "../allowlist/match.js";
import type { Approval } from "../allowlist/types.js";
import { isGated } from "../diff/diff.js";
import type { Classification, Grant } from "../model/types.js";
import { compareErrors, sortChanged, sortRanks } from "./order.js";
import type { DecidedError, DecideInput, Decision, GrantDecision, PrincipalDecision } from "./types.js";
import { verdictReasons } from "./verdict.js";

/** Most severe first: a principal with several grants takes the first of their classifications. */
const SEVERITY: Classification[] = ["public", "unresolved", "federated", "external", "service", "internal"];

/**
 * Whether a gated principal fails the check: unapproved, and not an unresolved one when the run
 * lets unresolved principals pass (fail-on-unresolved false). The verdict and the action's
 * annotation level both follow it.
 */
export function blocksCheck(
  approved: boolean,
  classification: Classification,
  failOnUnresolved: boolean,
): boolean {
  return !approved && (failOnUnresolved || classification !== "unresolved");
}

/**
 * The gate: match every gated grant the change keeps or adds against the allowlist, group the
 * ones in scope (added in a diff, present in an audit) by principal, find pending and expired
 * approvals for those not approved and unused approvals in an audit, and give the verdict.
 */
export function decide(input: DecideInput): Decision {
  const { allowlist, today } = input;
  const ranks = sortRanks(input.grants);
  const sorted = sortChanged(input.grants, ranks);
  const grants: GrantDecision[] = new Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
    grants[i] =
      isGated(c.grant) && c.change !== "removed"
        ? { changed: c, approval: findApproval(allowlist, c.grant, today) }
        : { changed: c };
  }

  const inScope: number[] = [];
  for (let i = 0; i < grants.length; i++) {
    const c = grants[i]!.changed;
    if (isGated(c.grant) && (input.mode === "audit" ? c.change === "present" : c.change === "added"))
      inScope.push(i);
  }
  const principals = decidePrincipals(grants, inScope, input, ranks.principal);
  const errors = input.errors.map(
    (e): DecidedError => ({
      ...e,
      blocking: input.changedFiles === undefined || input.changedFiles.has(e.file),
    }),
  );
  errors.sort(compareErrors);

  const gatedPresent: Grant[] = [];
  for (const d of grants)
    if (d.changed.change !== "removed" && isGated(d.changed.grant)) gatedPresent.push(d.changed.grant);
  const health = approvalHealth(allowlist, gatedPresent, today);
  const reasons = verdictReasons(principals, errors, input.mode);
  if (input.failOnEmpty && input.coverage) reasons.push(...input.coverage.warnings);

  return {
    verdict: reasons.length > 0 ? "fail" : "pass",
    reasons,
    grants,
    principals,
    errors,
    allowlist: {
      expired: health.expired,
      unused: input.mode === "audit" ? health.unused : [],
      warnings: [...allowlist.warnings, ...policyScopeWarnings(allowlist, gatedPresent)],
    },
  };
}

/** The principals of the grants at `inScope` (indexes into `grants`), most severe first. */
function decidePrincipals(
  grants: readonly GrantDecision[],
  inScope: readonly number[],
  input: DecideInput,
  idRank: ReadonlyMap<string, number>,
): PrincipalDecision[] {
  const byId = new Map<string, number[]>();
  for (const i of inScope) {
    const id = grants[i]!.changed.grant.principal.id;
    const list = byId.get(id);
    if (list) list.push(i);
    else byId.set(id, [i]);
  }
  const out: PrincipalDecision[] = [];
  for (const indexes of byId.values()) {
    const list = indexes.map((i) => grants[i]!.changed.grant);
    const first = list[0]!;
    const classification =
      list.length === 1
        ? first.classification
        : (SEVERITY.find((c) => list.some((g) => g.classification === c)) ?? first.classification);
    const approvals = indexes.map((i) => grants[i]!.approval ?? null);
    const approved = approvals.every((a) => a !== null);
    const p: PrincipalDecision = {
      principal: first.principal,
      classification,
      grants: indexes,
      approved,
      approval: approved ? approvals[0]! : null,
      blocks: blocksCheck(approved, classification, input.failOnUnresolved),
    };
    if (!approved && input.pendingAllowlist) {
      const pending = list.map((g) => findApproval(input.pendingAllowlist!, g, input.today));
      if (pending.every((a) => a !== null) && pending[0]) p.pendingApproval = pending[0];
    }
    if (!approved) {
      const expired = expiredApprovalFor(list, input);
      if (expired) p.expiredApproval = expired;
    }
    out.push(p);
  }
  // By severity, then id in the collator's order (its rank among the grants' principals).
  const keyed = out.map((p) => ({
    p,
    severity: SEVERITY.indexOf(p.classification),
    id: idRank.get(p.principal.id)!,
  }));
  keyed.sort((a, b) => a.severity - b.severity || a.id - b.id);
  return keyed.map((k) => k.p);
}

/** The first approval of the allowlist that has expired and, were it not, would cover one of the grants. */
function expiredApprovalFor(list: readonly Grant[], input: DecideInput): Approval | undefined {
  const { allowlist, today } = input;
  return allowlist.approvals.find(
    (a) =>
      isExpired(a, today) &&
      list.some((g) => findApproval({ ...allowlist, approvals: [{ ...a, expires: undefined }] }, g, today)),
  );
}
