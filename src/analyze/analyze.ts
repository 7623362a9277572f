import type { Allowlist } from "../allowlist/types.js";
import { isAwsServiceAccount } from "../catalog/index.js";
import { type ChangedGrant, diffGrants, presentGrants } from "../diff/diff.js";
import { discoverUnits, selectPaths, type Units } from "../discover/discover.js";
import { extractGrants } from "../grants/extract.js";
import { isTemplateFile, terraformRootsOf } from "../iac/detect.js";
import { readUnits } from "../iac/read-units.js";
import type { AnalysisError, Grant, Zone } from "../model/types.js";
import { buildReport } from "../report/build.js";
import type { Report } from "../report/types.js";
import type { Snapshot } from "../sources/snapshot.js";

export interface AnalyzeOptions {
  include?: string[];
  exclude?: string[];
  /** Repository paths of extra tfvars files (--tfvars), applied to every Terraform root. */
  tfvars?: string[];
  /** CloudFormation parameter values (--cfn-parameters), for every template. */
  cfnParameters?: Record<string, string | string[]>;
}

export interface SnapshotAnalysis {
  grants: Grant[];
  errors: AnalysisError[];
  units: Units;
}

/** Read every unit of a snapshot and extract its grants (the whole pipeline up to `grants`). */
export async function analyzeSnapshot(
  snapshot: Snapshot,
  allowlist: Allowlist,
  options: AnalyzeOptions = {},
): Promise<SnapshotAnalysis> {
  const paths = selectPaths(snapshot, options);
  const units = discoverUnits(
    paths,
    (p) => isTemplateFile(snapshot, p),
    (files) => terraformRootsOf(snapshot, files),
  );
  const read = await readUnits(snapshot, units, options);
  const extraction = extractGrants(read.resources, allowlist.zone);
  const grants = allowlist.trustAwsServiceAccounts
    ? extraction.grants.map(trustServiceAccount)
    : extraction.grants;
  return { grants, errors: [...read.errors, ...extraction.errors], units };
}

/** trusted.aws-service-accounts: AWS-owned log-delivery and similar accounts count as internal. */
function trustServiceAccount(g: Grant): Grant {
  if (
    g.classification !== "external" ||
    !g.principal.accountId ||
    !isAwsServiceAccount(g.principal.accountId)
  )
    return g;
  return { ...g, classification: "internal", subkind: "aws-service-account" };
}

export interface CheckOptions extends AnalyzeOptions {
  allowlist: Allowlist;
  pendingAllowlist?: Allowlist;
  /** YYYY-MM-DD */
  today: string;
  failOnUnresolved?: boolean;
  notes?: string[];
}

/** Audit: every gated principal of one snapshot. */
export async function runAudit(snapshot: Snapshot, options: CheckOptions): Promise<Report> {
  const analysis = await analyzeSnapshot(snapshot, options.allowlist, options);
  return buildReport({
    mode: "audit",
    grants: presentGrants(analysis.grants),
    errors: analysis.errors,
    allowlist: options.allowlist,
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    notes: options.notes ?? [],
  });
}

/** Diff: the grants the change adds and removes; errors block only in files the change touches. */
export async function runDiff(base: Snapshot, head: Snapshot, options: CheckOptions): Promise<Report> {
  const [before, after] = [
    await analyzeSnapshot(base, options.allowlist, options),
    await analyzeSnapshot(head, options.allowlist, options),
  ];
  const changed = changedFiles(base, head);
  const grants: ChangedGrant[] = diffGrants(before.grants, after.grants);
  return buildReport({
    mode: "diff",
    grants,
    errors: after.errors,
    changedFiles: changed,
    allowlist: options.allowlist,
    ...(options.pendingAllowlist ? { pendingAllowlist: options.pendingAllowlist } : {}),
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    notes: options.notes ?? [],
  });
}

/** Files added or modified between two snapshots (by content). */
export function changedFiles(base: Snapshot, head: Snapshot): Set<string> {
  const basePaths = new Set(base.paths);
  const changed = new Set<string>();
  for (const p of head.paths) {
    if (!basePaths.has(p)) {
      changed.add(p);
      continue;
    }
    const a = base.read(p);
    const b = head.read(p);
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || !sameBytes(a, b)) changed.add(p);
  }
  return changed;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

export type { Zone };
