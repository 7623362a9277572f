import type { Allowlist } from "../allowlist/types.js";
import { isAwsServiceAccount } from "../catalog/index.js";
import { type ChangedGrant, diffGrants, presentGrants } from "../diff/diff.js";
import { markRoleWidening } from "../diff/role-widening.js";
import { discoverUnits, selectPaths, type Units } from "../discover/discover.js";
import { extractGrants } from "../grants/extract.js";
import { TERRAFORM_READ_TYPES } from "../grants/table.js";
import { isTemplateFile } from "../iac/detect.js";
import { readUnits } from "../iac/read-units.js";
import {
  createLayoutMemo,
  type LayoutMemo,
  modulesAffectedBy,
  type TerraformCache,
  type TerraformLayout,
  terraformLayout,
} from "../iac/terraform/index.js";
import { readPlan, resourceLocator } from "../iac/terraform-plan/index.js";
import type { AnalysisError, Grant, Skipped } from "../model/types.js";
import { buildReport } from "../report/build.js";
import type { Report } from "../report/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { primeTexts, readText, textsRead } from "../sources/text.js";
import { coverageOf } from "./coverage.js";

export interface AnalyzeOptions {
  include?: string[];
  exclude?: string[];
  /** Repository paths of extra tfvars files (--tfvars), applied to every Terraform root. */
  tfvars?: string[];
  /** CloudFormation parameter values (--cfn-parameters), for every template. */
  cfnParameters?: Record<string, string | string[]>;
  /** `terraform show -json` outputs (--plan): each is the exact before/after of its root. */
  plans?: { file: string; text: string }[];
}

export interface UnitsAnalysis {
  grants: Grant[];
  errors: AnalysisError[];
  /** The readers' notes, once each, sorted: every one reaches the report. */
  notes: string[];
  /** What the readers could not look into (opaque modules …): the report's coverage. */
  skipped: Skipped[];
}

/**
 * Reads a set of units of one snapshot and extracts their grants. The default runs in this
 * thread; the entry points may pass one that spreads the units over worker threads.
 */
export type UnitRunner = (side: "base" | "head", units: Units) => Promise<UnitsAnalysis>;

export interface Discovery {
  units: Units;
  layout: TerraformLayout;
}

/**
 * What discovery learnt from each file's text, kept across the discoveries of one run (the base
 * and head of a diff): a file with the same text is not looked at again.
 */
export interface DiscoveryMemo {
  layout: LayoutMemo;
  templates: Map<string, { text: string; isTemplate: boolean }>;
}

export function createDiscoveryMemo(): DiscoveryMemo {
  return { layout: createLayoutMemo(), templates: new Map() };
}

/** Which files form which units. */
export function discover(
  snapshot: Snapshot,
  options: AnalyzeOptions = {},
  memo: DiscoveryMemo = createDiscoveryMemo(),
  early?: (units: Units) => void,
): Discovery {
  const paths = selectPaths(snapshot, options);
  let layout: TerraformLayout = { roots: [], modules: [] };
  const units = discoverUnits(
    paths,
    (p) => {
      const read = readText(snapshot, p);
      const known = "text" in read ? memo.templates.get(p) : undefined;
      if (known && "text" in read && known.text === read.text) return known.isTemplate;
      const isTemplate = isTemplateFile(snapshot, p);
      if ("text" in read) memo.templates.set(p, { text: read.text, isTemplate });
      return isTemplate;
    },
    (files) => {
      const text = (p: string) => {
        const r = readText(snapshot, p);
        return "text" in r ? r.text : undefined;
      };
      layout = terraformLayout(files, text, memo.layout);
      return layout.roots;
    },
    early,
  );
  return { units, layout };
}

/**
 * Give `head` the texts `base` has read of the files both hold with the same blob id (git), so
 * the head's discovery neither reads nor decodes them again, and finds them identical.
 */
function shareTexts(base: Snapshot, head: Snapshot): void {
  if (!base.oid || !head.oid) return;
  const same: [string, ReturnType<typeof readText>][] = [];
  for (const [path, read] of textsRead(base)) {
    const oid = base.oid(path);
    if (oid !== undefined && head.oid(path) === oid) same.push([path, read]);
  }
  primeTexts(head, same);
}

/** Read units and extract their grants (the pipeline up to `grants`). */
export async function analyzeUnits(
  snapshot: Snapshot,
  units: Units,
  allowlist: Allowlist,
  options: AnalyzeOptions = {},
  terraformCache?: TerraformCache,
): Promise<UnitsAnalysis> {
  const read = await readUnits(snapshot, units, options, terraformCache);
  const extraction = extractGrants(read.resources, allowlist.zone);
  const grants = allowlist.trustAwsServiceAccounts
    ? extraction.grants.map(trustServiceAccount)
    : extraction.grants;
  return {
    grants,
    errors: [...read.errors, ...extraction.errors],
    notes: read.notes,
    skipped: read.skipped,
  };
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
  /**
   * A check that reads nothing fails: an include pattern that matches no file, a tree with no
   * IaC at all (the action's fail-on-empty). Otherwise they are warnings only (the CLI).
   */
  failOnEmpty?: boolean;
  notes?: string[];
  /** Files the change adds, modifies or deletes, when the caller knows them (git); else compared. */
  changedFiles?: readonly string[];
  runner?: UnitRunnerWithPrepare;
}

/**
 * A runner that may get ready for a snapshot before its units are known (an audit calls
 * `prepare` before discovery: worker threads start up while the main thread discovers), and may
 * start on part of them (`begin`, with the CloudFormation and CDK units, while discovery goes on
 * to the Terraform roots). The call that follows gives every unit, those begun included.
 */
export interface UnitRunnerWithPrepare {
  (snapshot: Snapshot, side: "base" | "head", units: Units): Promise<UnitsAnalysis>;
  prepare?(snapshot: Snapshot, side: "base" | "head"): void;
  begin?(snapshot: Snapshot, side: "base" | "head", early: Units): void;
}

function runnerFor(options: CheckOptions): NonNullable<CheckOptions["runner"]> {
  return (
    options.runner ?? ((snapshot, _side, units) => analyzeUnits(snapshot, units, options.allowlist, options))
  );
}

/** Audit: every gated principal of one snapshot. */
export async function runAudit(snapshot: Snapshot, options: CheckOptions): Promise<Report> {
  const runner = options.runner;
  runner?.prepare?.(snapshot, "head");
  const begin = runner?.begin;
  const { units } = discover(
    snapshot,
    options,
    undefined,
    begin ? (early) => begin.call(runner, snapshot, "head", early) : undefined,
  );
  const analysis = await runnerFor(options)(snapshot, "head", units);
  const plans = readPlans(snapshot, units, options);
  const head = plans.replace(analysis, plans.after);
  const coverage = coverageOf({
    snapshot,
    units,
    ...options,
    plans: (options.plans ?? []).length,
    skipped: analysis.skipped,
    unitsRead: countUnits(units) + (options.plans ?? []).length,
  });
  return buildReport({
    mode: "audit",
    grants: presentGrants(head.grants),
    errors: [...head.errors, ...plans.errors],
    allowlist: options.allowlist,
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    failOnEmpty: options.failOnEmpty ?? false,
    notes: uniqueNotes([...(options.notes ?? []), ...plans.notes, ...analysis.notes]),
    coverage,
  });
}

/**
 * Diff: the grants the change adds and removes. Only the units the change can affect are read,
 * on both sides (a changed module affects every root that calls it): the grants of the other
 * units are the same before and after. Errors block only in files the change touches.
 */
export async function runDiff(base: Snapshot, head: Snapshot, options: CheckOptions): Promise<Report> {
  const changed = options.changedFiles ? [...options.changedFiles] : changedFiles(base, head);
  const memo = createDiscoveryMemo();
  const before = discover(base, options, memo);
  shareTexts(base, head);
  const after = discover(head, options, memo);
  const unitsBefore = affectedUnits(base, before, changed);
  const unitsAfter = affectedUnits(head, after, changed);
  const run = runnerFor(options);
  const plans = readPlans(head, after.units, options);
  const b = plans.replace(await run(base, "base", unitsBefore), plans.before);
  const headRead = await run(head, "head", unitsAfter);
  const a = plans.replace(headRead, plans.after);
  const skipped = countUnits(after.units) - countUnits(unitsAfter);
  // The head's notes: what the report's grants were read with.
  const notes = uniqueNotes([...(options.notes ?? []), ...plans.notes, ...headRead.notes]);
  if (skipped > 0)
    notes.push(
      `${skipped} unit${skipped === 1 ? " was" : "s were"} not read: the change does not touch ${skipped === 1 ? "it" : "them"}.`,
    );
  const grants: ChangedGrant[] = markRoleWidening(diffGrants(b.grants, a.grants), b.grants);
  return buildReport({
    mode: "diff",
    grants,
    errors: [...a.errors, ...plans.errors],
    changedFiles: new Set([...changed, ...(options.plans ?? []).map((p) => p.file)]),
    allowlist: options.allowlist,
    ...(options.pendingAllowlist ? { pendingAllowlist: options.pendingAllowlist } : {}),
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    failOnEmpty: options.failOnEmpty ?? false,
    notes,
    coverage: coverageOf({
      snapshot: head,
      units: after.units,
      ...options,
      plans: (options.plans ?? []).length,
      skipped: headRead.skipped,
      unitsRead: countUnits(unitsAfter) + (options.plans ?? []).length,
      base: { snapshot: base, units: before.units },
    }),
  });
}

/** Each note once, in the order first given. */
function uniqueNotes(notes: string[]): string[] {
  return [...new Set(notes)];
}

interface PlansRead {
  before: Grant[];
  after: Grant[];
  errors: AnalysisError[];
  notes: string[];
  /** Put a side's plan grants in place of its HCL grants for the plans' roots (the plan wins). */
  replace(side: UnitsAnalysis, planGrants: Grant[]): UnitsAnalysis;
}

/** Terraform plans: exact before/after grants for their roots, which replace what the HCL says. */
function readPlans(head: Snapshot, units: Units, options: CheckOptions): PlansRead {
  const before: Grant[] = [];
  const after: Grant[] = [];
  const errors: AnalysisError[] = [];
  const notes: string[] = [];
  const roots = new Set<string>();
  const locate = resourceLocator(head);
  for (const plan of options.plans ?? []) {
    const dir = plan.file.includes("/") ? plan.file.slice(0, plan.file.lastIndexOf("/")) : "";
    const r = readPlan(plan.file, plan.text, {
      grantTypes: TERRAFORM_READ_TYPES,
      findResourceLine: locate,
      rootCandidates: [...units.terraformRoots, dir],
    });
    const b = extractGrants(r.before, options.allowlist.zone);
    const a = extractGrants(r.after, options.allowlist.zone);
    before.push(...b.grants);
    after.push(...a.grants);
    errors.push(...r.errors, ...b.errors, ...a.errors);
    notes.push(...r.notes);
    if (r.root !== undefined) {
      roots.add(r.root);
      notes.push(
        `Terraform root "${r.root || "."}" is read from the plan ${plan.file}; its HCL is not used.`,
      );
    } else {
      notes.push(
        `The plan ${plan.file} could not be tied to a Terraform root of the repository: its grants are reported beside the HCL's.`,
      );
    }
  }
  const trust = (g: Grant[]) => (options.allowlist.trustAwsServiceAccounts ? g.map(trustServiceAccount) : g);
  return {
    before: trust(before),
    after: trust(after),
    errors,
    notes,
    replace(side, planGrants) {
      if ((options.plans ?? []).length === 0) return side;
      const inPlanRoot = (unit: string) => roots.has(unit);
      return {
        ...side,
        grants: [
          ...side.grants.filter((g) => !(g.resource.source === "terraform" && inPlanRoot(g.resource.unit))),
          ...planGrants,
        ],
        // Terraform parsed the root's files when it made the plan: the HCL reader's doubts do not count.
        errors: side.errors.filter(
          (e) =>
            !/\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(e.file) ||
            ![...roots].some((r) => r === "" || e.file.startsWith(`${r}/`)),
        ),
      };
    },
  };
}

function countUnits(u: Units): number {
  return u.templates.length + u.terraformRoots.length + u.cdkAssemblies.length;
}

/** The units whose grants may differ when `changed` files change. */
export function affectedUnits(snapshot: Snapshot, discovery: Discovery, changed: readonly string[]): Units {
  const { units, layout } = discovery;
  const changedSet = new Set(changed);
  // An export that changes can change every template that imports it.
  const exportsChanged = units.templates.some(
    (t) => changedSet.has(t) && textOf(snapshot, t).includes("Export"),
  );
  const templates = units.templates.filter(
    (t) => changedSet.has(t) || (exportsChanged && textOf(snapshot, t).includes("ImportValue")),
  );
  const cdkAssemblies = units.cdkAssemblies.filter((a) =>
    changed.some((p) => a === "" || p.startsWith(`${a}/`)),
  );
  const affectedRoots = new Set(
    modulesAffectedBy(layout, [...changed, ...modulesReadingFiles(snapshot, layout, changed)]),
  );
  return {
    ...units,
    templates,
    cdkAssemblies,
    terraformRoots: units.terraformRoots.filter((r) => affectedRoots.has(r)),
  };
}

/**
 * Terraform reads files outside its module folders through file() and templatefile(): a module
 * whose code names a changed file (by its file name) counts as changed, so its roots are read.
 * Over-approximate on purpose: reading a root too many is slow, missing one hides a grant.
 */
function modulesReadingFiles(
  snapshot: Snapshot,
  layout: TerraformLayout,
  changed: readonly string[],
): string[] {
  const names = [
    ...new Set(changed.filter((p) => !/\.tf(\.json)?$/.test(p)).map((p) => p.slice(p.lastIndexOf("/") + 1))),
  ];
  if (names.length === 0) return [];
  const out: string[] = [];
  for (const m of layout.modules) {
    if (m.files.some((f) => names.some((n) => textOf(snapshot, f).includes(n))))
      out.push(m.files[0] ?? m.dir);
  }
  return out;
}

function textOf(snapshot: Snapshot, path: string): string {
  const r = readText(snapshot, path);
  return "text" in r ? r.text : "";
}

/** Files added, modified or deleted between two snapshots (by blob id when known, else by content). */
export function changedFiles(base: Snapshot, head: Snapshot): string[] {
  const basePaths = new Set(base.paths);
  const headPaths = new Set(head.paths);
  const changed: string[] = base.paths.filter((p) => !headPaths.has(p));
  for (const p of head.paths) {
    if (!basePaths.has(p)) {
      changed.push(p);
      continue;
    }
    const oa = base.oid?.(p);
    const ob = head.oid?.(p);
    if (oa !== undefined && ob !== undefined) {
      if (oa !== ob) changed.push(p);
      continue;
    }
    const a = base.read(p);
    const b = head.read(p);
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || !sameBytes(a, b)) changed.push(p);
  }
  return changed.sort();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}
