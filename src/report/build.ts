import { approvalHealth, findApproval, isExpired } from "../allowlist/match.js";
import type { Allowlist, Approval } from "../allowlist/types.js";
import { lookupAccount } from "../catalog/index.js";
import { type ChangedGrant, isGated } from "../diff/diff.js";
import type { AnalysisError, Classification } from "../model/types.js";
import { verdictReasons } from "../verdict/verdict.js";
import type { ApprovalRef, Report, ReportError, ReportGrant, ReportPrincipal } from "./types.js";

export interface ReportInput {
  mode: "diff" | "audit";
  grants: ChangedGrant[];
  errors: AnalysisError[];
  /** Files changed by the diff: an error in one of them blocks. Undefined: every error blocks. */
  changedFiles?: ReadonlySet<string>;
  allowlist: Allowlist;
  /** Approvals the change itself adds (allowlist read from the base): shown as pending. */
  pendingAllowlist?: Allowlist;
  /** YYYY-MM-DD, for expiry. */
  today: string;
  failOnUnresolved: boolean;
  notes?: string[];
}

const SEVERITY: Classification[] = ["public", "unresolved", "federated", "external", "service", "internal"];
const CHANGE_ORDER = { added: 0, present: 1, unchanged: 2, removed: 3 } as const;

/** Build the report (and its verdict) from the grant changes, the allowlist and the errors. */
export function buildReport(input: ReportInput): Report {
  const { allowlist, today } = input;
  const sorted = [...input.grants].sort(compareChanged);
  const grants: ReportGrant[] = sorted.map((c, i) => {
    const label = c.grant.principal.accountId
      ? lookupAccount(c.grant.principal.accountId, allowlist.accountNames)
      : null;
    const rg: ReportGrant = { id: `g${i + 1}`, change: c.change, ...c.grant };
    if (label) rg.label = label.label;
    if (isGated(c.grant) && c.change !== "removed")
      rg.approved = findApproval(allowlist, c.grant, today) !== null;
    return rg;
  });

  const inScope = grants.filter(
    (g) => isGated(g) && (input.mode === "audit" ? g.change === "present" : g.change === "added"),
  );
  const principals = groupPrincipals(inScope, input);
  const blockingErrors = input.errors.map(
    (e): ReportError => ({
      ...e,
      blocking: input.changedFiles === undefined || input.changedFiles.has(e.file),
    }),
  );
  blockingErrors.sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message),
  );

  const present = grants.filter((g) => g.change !== "removed");
  const health = approvalHealth(allowlist, present.filter(isGated), today);
  const reasons = verdictReasons(principals, blockingErrors, input.failOnUnresolved, input.mode);

  return {
    schemaVersion: 1,
    mode: input.mode,
    verdict: reasons.length > 0 ? "fail" : "pass",
    reasons,
    summary: {
      newAccess: principals.length,
      unapproved: principals.filter((p) => !p.approved).length,
      unresolved: principals.filter((p) => p.classification === "unresolved").length,
      removed: grants.filter((g) => g.change === "removed" && isGated(g)).length,
      grants: present.length,
    },
    principals,
    grants,
    allowlist: {
      file: allowlist.file || null,
      expired: health.expired.map(approvalRef),
      unused: input.mode === "audit" ? health.unused.map(approvalRef) : [],
      warnings: allowlist.warnings,
    },
    errors: blockingErrors,
    notes: input.notes ?? [],
  };
}

function groupPrincipals(grants: ReportGrant[], input: ReportInput): ReportPrincipal[] {
  const byId = new Map<string, ReportGrant[]>();
  for (const g of grants) {
    const list = byId.get(g.principal.id) ?? [];
    list.push(g);
    byId.set(g.principal.id, list);
  }
  const out: ReportPrincipal[] = [];
  for (const list of byId.values()) {
    const first = list[0]!;
    const classification =
      SEVERITY.find((c) => list.some((g) => g.classification === c)) ?? first.classification;
    const approvals = list.map((g) => findApproval(input.allowlist, g, input.today));
    const approved = approvals.every((a) => a !== null);
    const p: ReportPrincipal = {
      ...first.principal,
      classification,
      approved,
      approval: approved && approvals[0] ? approvalRef(approvals[0]) : null,
      grants: list.map((g) => g.id),
    };
    if (first.label) p.label = first.label;
    const labelKind = first.principal.accountId
      ? lookupAccount(first.principal.accountId, input.allowlist.accountNames)?.kind
      : undefined;
    if (labelKind) p.labelKind = labelKind;
    if (!approved && input.pendingAllowlist) {
      const pending = list.map((g) => findApproval(input.pendingAllowlist!, g, input.today));
      if (pending.every((a) => a !== null) && pending[0]) p.pendingApproval = approvalRef(pending[0]);
    }
    if (!approved) {
      const expired = input.allowlist.approvals.find(
        (a) =>
          isExpired(a, input.today) &&
          list.some((g) =>
            findApproval({ ...input.allowlist, approvals: [{ ...a, expires: undefined }] }, g, input.today),
          ),
      );
      if (expired) p.expiredApproval = approvalRef(expired);
    }
    out.push(p);
  }
  return out.sort(
    (a, b) =>
      SEVERITY.indexOf(a.classification) - SEVERITY.indexOf(b.classification) || a.id.localeCompare(b.id),
  );
}

function approvalRef(a: Approval): ApprovalRef {
  const ref: ApprovalRef = {
    index: a.index,
    line: a.line,
    principal: a.principal,
    reason: a.reason,
    approved_by: a.approved_by,
  };
  if (a.ticket !== undefined) ref.ticket = a.ticket;
  if (a.expires !== undefined) ref.expires = a.expires;
  if (a.resources !== undefined) ref.resources = a.resources;
  if (a.actions !== undefined) ref.actions = a.actions;
  return ref;
}

function compareChanged(a: ChangedGrant, b: ChangedGrant): number {
  const ga = a.grant;
  const gb = b.grant;
  return (
    CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] ||
    ga.resource.file.localeCompare(gb.resource.file) ||
    ga.resource.line - gb.resource.line ||
    ga.resource.address.localeCompare(gb.resource.address) ||
    ga.principal.id.localeCompare(gb.principal.id) ||
    ga.actions.join(",").localeCompare(gb.actions.join(",")) ||
    (ga.resource.target ?? "").localeCompare(gb.resource.target ?? "")
  );
}
