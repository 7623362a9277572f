/**
 * The organisation-wide inventory: audit reports of many repositories folded into one view of who
 * outside can reach what. Pure: the caller hands reports in one at a time (so that a thousand
 * reports never sit in memory together) and writes each report's grants out as it goes.
 */
import { compareStrings } from "../model/objects.js";
import { type Classification, GATED, type PrincipalType } from "../model/types.js";
import { LEVEL_NAMES } from "../policy/iam-actions.js";
import type { ApprovalRef, Report, ReportGrant } from "../report/types.js";

/** One audited repository as the inventory lists it. */
export interface InventoryRepository {
  repository: string;
  verdict: "pass" | "fail";
  /** Gated principals of the repository, approved or not. */
  principals: number;
  unapproved: number;
  unresolved: number;
  /** Gated grants of the repository. */
  grants: number;
  expiredApprovals: number;
  errors: number;
}

/** Where one principal reaches into one repository, and whether that repository approved it. */
export interface PrincipalInRepository {
  repository: string;
  approved: boolean;
  approval: ApprovalRef | null;
  pendingApproval?: ApprovalRef;
  expiredApproval?: ApprovalRef;
  /** The protected resources, as `unit:target` (the policy resource's address where no target is known). */
  resources: string[];
  /** Actions granted across those resources, sorted, deduplicated. */
  actions: string[];
  /** Access levels, where the reports carry them (List, Read, Write, Permissions management, Tagging). */
  accessLevels?: string[];
  /** Inventory grant ids (`g<n>`). */
  grants: string[];
}

/** One external principal, however many repositories grant it access. */
export interface InventoryPrincipal {
  type: PrincipalType;
  id: string;
  accountId: string | null;
  classification: Classification;
  label?: string;
  labelKind?: string;
  /** How many repositories grant it access, and in how many of them it is not approved. */
  repositoryCount: number;
  unapprovedIn: number;
  repositories: PrincipalInRepository[];
}

export interface InventoryTotals {
  repositories: number;
  /** Repositories with at least one unapproved gated principal. */
  repositoriesWithUnapproved: number;
  /** Distinct gated principals across the organisation. */
  principals: number;
  byClassification: Record<string, number>;
  /** Principal-in-repository pairs without an approval. */
  unapproved: number;
  grants: number;
  expiredApprovals: number;
  errors: number;
}

export interface ExpiredApproval {
  repository: string;
  approval: ApprovalRef;
}

export interface InventoryError {
  repository: string;
  file: string;
  line?: number;
  message: string;
}

/** Everything but the grants, which are written out report by report. */
export interface InventoryHead {
  schemaVersion: 1;
  kind: "inventory";
  totals: InventoryTotals;
  repositories: InventoryRepository[];
  principals: InventoryPrincipal[];
  expiredApprovals: ExpiredApproval[];
  errors: InventoryError[];
}

/** A grant of the inventory: the report's grant, renumbered, with the repository it lives in. */
export type InventoryGrant = ReportGrant & { repository: string };

interface PrincipalAcc {
  row: Omit<InventoryPrincipal, "repositoryCount" | "unapprovedIn" | "repositories">;
  /** One entry per repository, in the order the reports came: already final, sorted arrays. */
  repositories: PrincipalInRepository[];
}

/** The state of a merge in progress: small per principal and repository, never whole reports. */
export interface InventoryBuilder {
  repositories: InventoryRepository[];
  principals: Map<string, PrincipalAcc>;
  expired: ExpiredApproval[];
  errors: InventoryError[];
  grantCount: number;
}

export function newInventory(): InventoryBuilder {
  return { repositories: [], principals: new Map(), expired: [], errors: [], grantCount: 0 };
}

/** Severity order of the gated classifications: the most dangerous first. */
const SEVERITY: Record<string, number> = { public: 0, unresolved: 1, federated: 2, external: 3 };

/** A report's gated grant and the id it has in the inventory. */
export interface NumberedGrant {
  grant: ReportGrant;
  id: string;
}

/**
 * Fold one repository's audit report into the inventory; returns its gated grants (access from
 * outside the zone of trust: what the inventory is about) with their inventory ids, in report
 * order (inventoryGrant makes the inventory's grant of one, when a format writes grants).
 */
export function addReport(inv: InventoryBuilder, repository: string, report: Report): NumberedGrant[] {
  const ids = new Map<string, string>();
  const grants: NumberedGrant[] = [];
  const byOldId = new Map<string, ReportGrant>();
  for (const g of report.grants) {
    if (!GATED.has(g.classification)) continue;
    const id = `g${++inv.grantCount}`;
    ids.set(g.id, id);
    byOldId.set(g.id, g);
    grants.push({ grant: g, id });
  }
  for (const p of report.principals) {
    const key = `${p.classification}\u0000${p.type}\u0000${p.id}`;
    let acc = inv.principals.get(key);
    if (!acc) {
      acc = {
        row: {
          type: p.type,
          id: p.id,
          accountId: p.accountId,
          classification: p.classification,
          ...(p.label !== undefined ? { label: p.label } : {}),
          ...(p.labelKind !== undefined ? { labelKind: p.labelKind } : {}),
        },
        repositories: [],
      };
      inv.principals.set(key, acc);
    }
    if (acc.row.label === undefined && p.label !== undefined) acc.row.label = p.label;
    const resources = new Set<string>();
    const actions = new Set<string>();
    const levels = new Set<string>();
    const mine: string[] = [];
    for (const old of p.grants) {
      const g = byOldId.get(old);
      const id = ids.get(old);
      if (!g || !id) continue;
      mine.push(id);
      resources.add(`${g.resource.unit}:${g.resource.target ?? g.resource.address}`);
      for (const a of g.actions) actions.add(a);
      for (const level of accessLevelsOf(g)) levels.add(level);
    }
    acc.repositories.push({
      repository,
      approved: p.approved,
      approval: p.approval,
      ...(p.pendingApproval ? { pendingApproval: p.pendingApproval } : {}),
      ...(p.expiredApproval ? { expiredApproval: p.expiredApproval } : {}),
      resources: [...resources].sort(compareStrings),
      actions: [...actions].sort(compareStrings),
      ...(levels.size > 0 ? { accessLevels: bySeverity(levels) } : {}),
      grants: mine,
    });
  }
  inv.repositories.push({
    repository,
    verdict: report.verdict,
    principals: report.principals.length,
    unapproved: report.principals.filter((p) => !p.approved).length,
    unresolved: report.principals.filter((p) => p.classification === "unresolved").length,
    grants: grants.length,
    expiredApprovals: report.allowlist.expired.length,
    errors: report.errors.length,
  });
  for (const approval of report.allowlist.expired) inv.expired.push({ repository, approval });
  for (const e of report.errors) {
    inv.errors.push({
      repository,
      file: e.file,
      ...(e.line !== undefined ? { line: e.line } : {}),
      message: e.message,
    });
  }
  return grants;
}

/** The inventory's grant: the report's, renumbered, with its repository. */
export function inventoryGrant(n: NumberedGrant, repository: string): InventoryGrant {
  return { ...n.grant, id: n.id, repository };
}

/** Access levels most severe first (Permissions management, Write, Tagging, Read, List), then others. */
export function bySeverity(levels: Iterable<string>): string[] {
  const rank = (l: string) => {
    const i = (LEVEL_NAMES as readonly string[]).indexOf(l);
    return i < 0 ? LEVEL_NAMES.length : i;
  };
  return [...levels].sort((a, b) => rank(a) - rank(b) || compareStrings(a, b));
}

/** The access levels a report grant carries (levels with their counts); older reports have none. */
export function accessLevelsOf(g: ReportGrant): string[] {
  return g.accessLevels ? Object.keys(g.accessLevels) : [];
}

/** The inventory's head: principals sorted by severity, then by reach, then by id. */
export function finishInventory(inv: InventoryBuilder): InventoryHead {
  const principals: InventoryPrincipal[] = [...inv.principals.values()].map(({ row, repositories }) => {
    repositories.sort((a, b) => compareStrings(a.repository, b.repository));
    return {
      ...row,
      repositoryCount: repositories.length,
      unapprovedIn: repositories.filter((r) => !r.approved).length,
      repositories,
    };
  });
  principals.sort(
    (a, b) =>
      (SEVERITY[a.classification] ?? 9) - (SEVERITY[b.classification] ?? 9) ||
      b.unapprovedIn - a.unapprovedIn ||
      b.repositoryCount - a.repositoryCount ||
      compareStrings(a.id, b.id),
  );
  const repositories = [...inv.repositories].sort((a, b) => compareStrings(a.repository, b.repository));
  const byClassification: Record<string, number> = {};
  for (const p of principals)
    byClassification[p.classification] = (byClassification[p.classification] ?? 0) + 1;
  return {
    schemaVersion: 1,
    kind: "inventory",
    totals: {
      repositories: repositories.length,
      repositoriesWithUnapproved: repositories.filter((r) => r.unapproved > 0).length,
      principals: principals.length,
      byClassification,
      unapproved: principals.reduce((n, p) => n + p.unapprovedIn, 0),
      grants: inv.grantCount,
      expiredApprovals: inv.expired.length,
      errors: inv.errors.length,
    },
    repositories,
    principals,
    expiredApprovals: [...inv.expired].sort(
      (a, b) => compareStrings(a.repository, b.repository) || a.approval.index - b.approval.index,
    ),
    errors: [...inv.errors].sort(
      (a, b) => compareStrings(a.repository, b.repository) || compareStrings(a.file, b.file),
    ),
  };
}

/**
 * A repository's name as reports carry it: owner/name (or a longer path of a host that nests
 * groups), printable, bounded, without `.`/`..` segments.
 */
export function isRepositoryName(name: string): boolean {
  return (
    name.length <= 200 &&
    /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/.test(name) &&
    !name.split("/").some((part) => part === "." || part === "..")
  );
}
