import type { Allowlist, Approval } from "../allowlist/types.js";
import { type AccountLabel, lookupAccount } from "../catalog/index.js";
import type { DecideInput, Decision } from "../decide/types.js";
import { isGated } from "../diff/diff.js";
import type { Grant } from "../model/types.js";
import { type AccessSummary, accessOf } from "../policy/iam-actions.js";
import type { ApprovalRef, Coverage, Report, ReportGrant, ReportPrincipal } from "./types.js";

export interface ReportInput extends DecideInput {
  notes?: string[];
  coverage?: Coverage;
}

/**
 * Shape the report from the grants in the order `decide` put them and its decisions: grant ids,
 * account labels, access levels, the principals, summary counts and the allowlist's health.
 */
export function buildReport(input: ReportInput, decision: Decision): Report {
  const { allowlist } = input;
  const labelOf = accountLabels(allowlist);
  const decided = decision.grants;
  const grants: ReportGrant[] = new Array(decided.length);
  // Grants share few distinct action lists: each is expanded once per report.
  const accessByActions = new Map<string, AccessSummary>();
  const accessOfGrant = (g: Grant): AccessSummary => {
    const key = JSON.stringify([g.actions, g.notActions ?? []]);
    let access = accessByActions.get(key);
    if (!access) {
      access = accessOf(g.actions, g.notActions);
      accessByActions.set(key, access);
    }
    return access;
  };
  for (let i = 0; i < decided.length; i++) {
    const d = decided[i]!;
    const c = d.changed;
    const label = c.grant.principal.accountId ? labelOf(c.grant.principal.accountId) : null;
    // Object.assign, not a spread after other keys: the same object, made and later stringified
    // several times as fast in V8 (a spread between literal keys takes a slow runtime path).
    const rg: ReportGrant = Object.assign({ id: `g${i + 1}`, change: c.change }, c.grant);
    if (label) rg.label = label.label;
    if (c.widened) rg.widened = c.widened;
    if (c.inputsChanged) rg.inputsChanged = c.inputsChanged;
    const access = accessOfGrant(c.grant);
    rg.accessLevels = access.levels;
    rg.actionCount = access.actionCount;
    if (access.levels["Permissions management"] || c.grant.roleAccess?.levels["Permissions management"])
      rg.permissionsManagement = true;
    if (c.roleWidenedFrom) rg.roleWidenedFrom = c.roleWidenedFrom;
    if (d.approval !== undefined) rg.approved = d.approval !== null;
    grants[i] = rg;
  }

  const principals = decision.principals.map((d): ReportPrincipal => {
    const first = grants[d.grants[0]!]!;
    const p: ReportPrincipal = Object.assign({}, d.principal, {
      classification: d.classification,
      approved: d.approved,
      approval: d.approval ? approvalRef(d.approval) : null,
      grants: d.grants.map((i) => grants[i]!.id),
    });
    if (first.label) p.label = first.label;
    const labelKind = d.principal.accountId ? labelOf(d.principal.accountId)?.kind : undefined;
    if (labelKind) p.labelKind = labelKind;
    if (d.pendingApproval) p.pendingApproval = approvalRef(d.pendingApproval);
    if (d.expiredApproval) p.expiredApproval = approvalRef(d.expiredApproval);
    return p;
  });

  let unapproved = 0;
  let unresolved = 0;
  for (const p of principals) {
    if (!p.approved) unapproved++;
    if (p.classification === "unresolved") unresolved++;
  }
  let removed = 0;
  let present = 0;
  for (const g of grants) {
    if (g.change !== "removed") present++;
    else if (isGated(g)) removed++;
  }

  return {
    schemaVersion: 1,
    mode: input.mode,
    verdict: decision.verdict,
    reasons: decision.reasons,
    summary: {
      newAccess: principals.length,
      unapproved,
      unresolved,
      removed,
      grants: present,
    },
    principals,
    grants,
    allowlist: {
      file: allowlist.file || null,
      expired: decision.allowlist.expired.map(approvalRef),
      unused: decision.allowlist.unused.map(approvalRef),
      warnings: decision.allowlist.warnings,
    },
    errors: decision.errors,
    notes: input.notes ?? [],
    ...(input.coverage ? { coverage: input.coverage } : {}),
  };
}

/** lookupAccount, once per account of one report. */
function accountLabels(allowlist: Allowlist): (accountId: string) => AccountLabel | null {
  const known = new Map<string, AccountLabel | null>();
  return (accountId) => {
    let label = known.get(accountId);
    if (label === undefined) {
      label = lookupAccount(accountId, allowlist.accountNames);
      known.set(accountId, label);
    }
    return label;
  };
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
