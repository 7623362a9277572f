import type { Allowlist, Approval } from "../allowlist/types.js";
import type { ChangedGrant } from "../diff/diff.js";
import type { AnalysisError, Classification, Principal } from "../model/types.js";

/** What the gate decides on: the grant changes, the errors, the allowlist and the run's settings. */
export interface DecideInput {
  mode: "diff" | "audit";
  grants: readonly ChangedGrant[];
  errors: readonly AnalysisError[];
  /** Files changed by the diff: an error in one of them blocks. Undefined: every error blocks. */
  changedFiles?: ReadonlySet<string>;
  allowlist: Allowlist;
  /** Approvals the change itself adds (allowlist read from the base): shown as pending. */
  pendingAllowlist?: Allowlist;
  /** YYYY-MM-DD, for expiry. */
  today: string;
  failOnUnresolved: boolean;
  /** Coverage warnings (nothing read) fail the check: the action's fail-on-empty. */
  failOnEmpty?: boolean;
  /** What the run read; with failOnEmpty each of its warnings is a reason to fail. */
  coverage?: { readonly warnings: readonly string[] };
}

/**
 * The gate's decisions: which approval covers which grant and principal, which approvals are
 * pending, expired or unused, and the verdict with its reasons. Grants and principals are in
 * report order (order.ts): the reasons name the first of them, and a principal shows the approval
 * of its first grant.
 */
export interface Decision {
  verdict: "pass" | "fail";
  /** One line each: why the verdict is what it is; none means pass. */
  reasons: string[];
  grants: GrantDecision[];
  /** The principals with gated access in scope (added in a diff, present in an audit), most severe first. */
  principals: PrincipalDecision[];
  /** The analysis errors in report order, each saying whether it fails the check. */
  errors: DecidedError[];
  allowlist: {
    /** Approvals whose date has passed. */
    expired: Approval[];
    /** Audit: approvals, not expired, that no gated grant of the repository matches. Diff: none. */
    unused: Approval[];
    /** The allowlist's own warnings, then scopes written for a policy resource (policyScopeWarnings). */
    warnings: string[];
  };
}

export interface GrantDecision {
  changed: ChangedGrant;
  /**
   * A gated grant that the change keeps or adds: the approval that covers it, null if none.
   * Undefined where the gate does not look (a grant not gated, or removed).
   */
  approval?: Approval | null;
}

export interface PrincipalDecision {
  /** The principal as its first grant names it. */
  principal: Principal;
  /** The most severe classification among its grants. */
  classification: Classification;
  /** Its grants in scope: indexes into Decision.grants, in report order. */
  grants: number[];
  /** Every one of its grants in scope is approved. */
  approved: boolean;
  /** When approved: the approval of its first grant. */
  approval: Approval | null;
  /** Not approved, but the change's own allowlist would approve every grant: it still fails until merged. */
  pendingApproval?: Approval;
  /** Not approved, and an approval that has expired would cover one of its grants. */
  expiredApproval?: Approval;
  /** Not approved, and counted: it fails the check (an unresolved one only with failOnUnresolved). */
  blocks: boolean;
}

export interface DecidedError extends AnalysisError {
  /** The file is changed by the diff (or this is an audit): the error fails the check (fail closed). */
  blocking: boolean;
}
