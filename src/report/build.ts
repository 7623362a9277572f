import { approvalHealth, findApproval, isExpired, policyScopeWarnings } from "../allowlist/match.js";
import type { Allowlist, Approval } from "../allowlist/types.js";
import { type AccountLabel, lookupAccount } from "../catalog/index.js";
import { type ChangedGrant, isGated } from "../diff/diff.js";
import type { AnalysisError, Classification, Grant } from "../model/types.js";
import { type AccessSummary, accessOf } from "../policy/iam-actions.js";
import { verdictReasons } from "../verdict/verdict.js";
import type { ApprovalRef, Coverage, Report, ReportError, ReportGrant, ReportPrincipal } from "./types.js";

/**
 * The one order of the report's strings, whatever the machine's locale: "same input, same output"
 * (a Swedish locale sorts "ä" after "z", an English one beside "a"). A collator is immutable.
 */
const COLLATOR = new Intl.Collator("en");

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
  /** Coverage warnings (nothing read) fail the check: the action's fail-on-empty. */
  failOnEmpty?: boolean;
  notes?: string[];
  coverage?: Coverage;
}

const SEVERITY: Classification[] = ["public", "unresolved", "federated", "external", "service", "internal"];
const CHANGE_ORDER = { added: 0, present: 1, unchanged: 2, removed: 3 } as const;

/** Build the report (and its verdict) from the grant changes, the allowlist and the errors. */
export function buildReport(input: ReportInput): Report {
  const { allowlist, today } = input;
  const labelOf = accountLabels(allowlist);
  const ranks = sortRanks(input.grants);
  const sorted = sortChanged(input.grants, ranks);
  const grants: ReportGrant[] = new Array(sorted.length);
  // The approval each gated, non-removed grant found (null: none), by index; the principals reuse it.
  const approvalAt: (Approval | null)[] = new Array(sorted.length).fill(null);
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
  for (let i = 0; i < sorted.length; i++) {
    const c = sorted[i]!;
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
    if (isGated(c.grant) && c.change !== "removed") {
      const approval = findApproval(allowlist, c.grant, today);
      rg.approved = approval !== null;
      approvalAt[i] = approval;
    }
    grants[i] = rg;
  }

  const inScope: number[] = [];
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i]!;
    if (isGated(g) && (input.mode === "audit" ? g.change === "present" : g.change === "added"))
      inScope.push(i);
  }
  const principals = groupPrincipals(grants, inScope, approvalAt, input, labelOf, ranks.principal);
  const blockingErrors = input.errors.map(
    (e): ReportError => ({
      ...e,
      blocking: input.changedFiles === undefined || input.changedFiles.has(e.file),
    }),
  );
  blockingErrors.sort(
    (a, b) =>
      COLLATOR.compare(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      COLLATOR.compare(a.message, b.message),
  );

  const present = grants.filter((g) => g.change !== "removed");
  const health = approvalHealth(allowlist, present.filter(isGated), today);
  const reasons = verdictReasons(principals, blockingErrors, input.failOnUnresolved, input.mode);
  if (input.failOnEmpty && input.coverage) reasons.push(...input.coverage.warnings);

  let unapproved = 0;
  let unresolved = 0;
  for (const p of principals) {
    if (!p.approved) unapproved++;
    if (p.classification === "unresolved") unresolved++;
  }
  let removed = 0;
  for (const g of grants) if (g.change === "removed" && isGated(g)) removed++;

  return {
    schemaVersion: 1,
    mode: input.mode,
    verdict: reasons.length > 0 ? "fail" : "pass",
    reasons,
    summary: {
      newAccess: principals.length,
      unapproved,
      unresolved,
      removed,
      grants: present.length,
    },
    principals,
    grants,
    allowlist: {
      file: allowlist.file || null,
      expired: health.expired.map(approvalRef),
      unused: input.mode === "audit" ? health.unused.map(approvalRef) : [],
      warnings: [...allowlist.warnings, ...policyScopeWarnings(allowlist, present.filter(isGated))],
    },
    errors: blockingErrors,
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

/** The principals of the grants at `inScope` (indexes into `grants`, whose approvals are `approvalAt`). */
function groupPrincipals(
  grants: readonly ReportGrant[],
  inScope: readonly number[],
  approvalAt: readonly (Approval | null)[],
  input: ReportInput,
  labelOf: (accountId: string) => AccountLabel | null,
  idRank: ReadonlyMap<string, number>,
): ReportPrincipal[] {
  const byId = new Map<string, number[]>();
  for (const i of inScope) {
    const id = grants[i]!.principal.id;
    const list = byId.get(id);
    if (list) list.push(i);
    else byId.set(id, [i]);
  }
  const out: ReportPrincipal[] = [];
  for (const indexes of byId.values()) {
    const list = indexes.map((i) => grants[i]!);
    const first = list[0]!;
    const classification =
      list.length === 1
        ? first.classification
        : (SEVERITY.find((c) => list.some((g) => g.classification === c)) ?? first.classification);
    const approvals = indexes.map((i) => approvalAt[i] ?? null);
    const approved = approvals.every((a) => a !== null);
    const p: ReportPrincipal = Object.assign({}, first.principal, {
      classification,
      approved,
      approval: approved && approvals[0] ? approvalRef(approvals[0]) : null,
      grants: list.map((g) => g.id),
    });
    if (first.label) p.label = first.label;
    const labelKind = first.principal.accountId ? labelOf(first.principal.accountId)?.kind : undefined;
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
  // By severity, then id in the collator's order (its rank among the grants' principals).
  const keyed = out.map((p) => ({ p, severity: SEVERITY.indexOf(p.classification), id: idRank.get(p.id)! }));
  keyed.sort((a, b) => a.severity - b.severity || a.id - b.id);
  return keyed.map((k) => k.p);
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

/** Ranks in the collator's order of the strings a report sorts by (see localeRanks). */
interface SortRanks {
  file: Map<string, number>;
  address: Map<string, number>;
  principal: Map<string, number>;
  actions: Map<string, number>;
  target: Map<string, number>;
}

function sortRanks(list: readonly ChangedGrant[]): SortRanks {
  const compare = COLLATOR.compare;
  return {
    file: localeRanks(
      list.map((c) => c.grant.resource.file),
      compare,
    ),
    address: localeRanks(
      list.map((c) => c.grant.resource.address),
      compare,
    ),
    principal: localeRanks(
      list.map((c) => c.grant.principal.id),
      compare,
    ),
    actions: localeRanks(
      list.map((c) => c.grant.actions.join(",")),
      compare,
    ),
    target: localeRanks(
      list.map((c) => c.grant.resource.target ?? ""),
      compare,
    ),
  };
}

/**
 * The grants in report order: by change, file, line, address, principal, actions and target,
 * each string compared with the collator. Each string is ranked once among its distinct values
 * (a few thousand files, fewer addresses) and the grants are sorted by the ranks: the order is
 * the same, without a collator comparison for every comparison of two grants.
 */
function sortChanged(list: readonly ChangedGrant[], ranks: SortRanks): ChangedGrant[] {
  const keyed = list.map((c) => {
    const g = c.grant;
    return {
      c,
      order: CHANGE_ORDER[c.change],
      file: ranks.file.get(g.resource.file)!,
      line: g.resource.line,
      address: ranks.address.get(g.resource.address)!,
      principal: ranks.principal.get(g.principal.id)!,
      actions: ranks.actions.get(g.actions.join(","))!,
      target: ranks.target.get(g.resource.target ?? "")!,
    };
  });
  // Array.prototype.sort is stable: grants that compare equal keep their order.
  keyed.sort(
    (a, b) =>
      a.order - b.order ||
      a.file - b.file ||
      a.line - b.line ||
      a.address - b.address ||
      a.principal - b.principal ||
      a.actions - b.actions ||
      a.target - b.target,
  );
  return keyed.map((k) => k.c);
}

/**
 * Each string's rank in the collator's order; strings the collator finds equal share a rank, so
 * comparing ranks gives the sign the collator gives.
 */
function localeRanks(
  values: readonly string[],
  compare: (a: string, b: string) => number,
): Map<string, number> {
  const unique = [...new Set(values)].sort(compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < unique.length; i++) {
    if (i > 0 && compare(unique[i - 1]!, unique[i]!) !== 0) rank++;
    ranks.set(unique[i]!, rank);
  }
  return ranks;
}
