import { type Allowlist, EMPTY_ALLOWLIST } from "../allowlist/types.js";
import { decide } from "../decide/decide.js";
import { type ChangedGrant, diffGrants, presentGrants } from "../diff/diff.js";
import { markRoleWidening } from "../diff/role-widening.js";
import { cdkAssemblyOf, discoverUnits, looksLikeIac, type Units } from "../discover/discover.js";
import { extractGrants } from "../grants/extract.js";
import { TERRAFORM_READ_TYPES } from "../grants/read-types.js";
import { isPlanFile, isTemplateFile } from "../iac/detect.js";
import { readUnits } from "../iac/read-units.js";
import type { TerraformCache } from "../iac/terraform/cache.js";
import { moduleClosure, type TerraformLayout, terraformLayout } from "../iac/terraform/roots.js";
import { readPlan, resourceLocator } from "../iac/terraform-plan/index.js";
import type { AnalysisError, Grant, Skipped } from "../model/types.js";
import { trustServiceAccount } from "../policy/trust-overrides.js";
import { buildReport, type ReportInput } from "../report/build.js";
import type { Report } from "../report/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { readText } from "../sources/text.js";
import { type AffectedDiscovery, affectedUnits, changedFiles, holdsIac } from "./affected.js";
import {
  createRunContext,
  forSide,
  memoised,
  type RunContext,
  readAndExtract,
  selectedPaths,
  type UnitReader,
} from "./context.js";
import { coverageOf } from "./coverage.js";
import { changedInputs } from "./unresolved-inputs.js";

export interface AnalyzeOptions {
  include?: string[];
  exclude?: string[];
  /** Repository paths of extra tfvars files (--tfvars), applied to every Terraform root. */
  tfvars?: string[];
  /** CloudFormation parameter values (--cfn-parameters), for every template. */
  cfnParameters?: Record<string, string | string[]>;
  /**
   * Repository paths of the --cfn-parameters files that lie in the repository: a diff that
   * changes one reads every template again.
   */
  cfnParameterFiles?: string[];
  /** A diff's base: the parameter values its own copies of those files give (else cfnParameters). */
  baseCfnParameters?: Record<string, string | string[]>;
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

export interface Discovery {
  units: Units;
  layout: TerraformLayout;
}

/**
 * Which files form which units. The context's reader hears when discovery starts and which units
 * it found before the Terraform roots (the slow part: every Terraform file is read), so that it
 * may start on them meanwhile.
 */
export function discover(
  snapshot: Snapshot,
  options: AnalyzeOptions = {},
  context: RunContext = createRunContext({
    kind: "audit",
    allowlist: EMPTY_ALLOWLIST,
    options,
    reader: readHere,
  }),
): Discovery {
  const memo = context.discovery;
  const reader = context.reader;
  reader.discoveryStarts?.(snapshot, context);
  const paths = selectedPaths(snapshot, options, memo);
  let layout: TerraformLayout = { roots: [], modules: [] };
  const units = discoverUnits(
    paths,
    (p) => memoised(snapshot, p, memo.templates, "isTemplate", () => isTemplateFile(snapshot, p)),
    (files) => {
      const text = (p: string) => {
        const r = readText(snapshot, p);
        return "text" in r ? r.text : undefined;
      };
      layout = terraformLayout(files, text, memo.layout);
      memo.layouts.set(snapshot, { files, layout });
      return layout.roots;
    },
    reader.unitsAhead ? (early) => reader.unitsAhead?.(snapshot, early, context) : undefined,
    (p) => memoised(snapshot, p, memo.plans, "isPlan", () => isPlanFile(snapshot, p)),
  );
  return { units, layout };
}

/**
 * Give `head` the texts `base` has read of the files both hold with the same blob id (git), so
 * the head's discovery neither reads nor decodes them again, and finds them identical.
 */
function shareTexts(base: Snapshot, head: Snapshot): void {
  if (!base.oid || !head.oid || !base.texts || !head.texts) return;
  const same: [string, ReturnType<typeof readText>][] = [];
  for (const [path, read] of base.texts.entries()) {
    const oid = base.oid(path);
    if (oid !== undefined && head.oid(path) === oid) same.push([path, read]);
  }
  head.texts.prime(same);
}

/** The seam read in this thread: the units read here, their grants extracted here. */
export const readHere: UnitReader = {
  readAndExtract: (snapshot, units, context) =>
    analyzeUnits(snapshot, units, context.allowlist, context.options, context.terraform),
};

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
  /** How units are read (the readAndExtract seam): in this thread unless the entry gives a pool. */
  reader?: UnitReader;
}

/** The run's context: its caches, and the reader of its units. */
function contextOf(kind: "audit" | "diff", options: CheckOptions): RunContext {
  return createRunContext({
    kind,
    allowlist: options.allowlist,
    options,
    reader: options.reader ?? readHere,
  });
}

/** Audit: every gated principal of one snapshot. */
export async function runAudit(snapshot: Snapshot, options: CheckOptions): Promise<Report> {
  const context = contextOf("audit", options);
  const { units } = discover(snapshot, options, context);
  const analysis = await readAndExtract(snapshot, units, context);
  const plans = readPlans(snapshot, units, options, units.plans ?? []);
  const head = plans.replace(analysis, plans.after);
  const coverage = coverageOf({
    snapshot,
    selected: selectedPaths(snapshot, options, context.discovery),
    units,
    ...options,
    plans: plans.count,
    skipped: analysis.skipped,
    unitsRead: countUnits(units) - (units.plans ?? []).length + plans.count,
  });
  const input: ReportInput = {
    mode: "audit",
    grants: presentGrants(head.grants),
    errors: [...head.errors, ...plans.errors],
    allowlist: options.allowlist,
    today: options.today,
    failOnUnresolved: options.failOnUnresolved ?? true,
    failOnEmpty: options.failOnEmpty ?? false,
    notes: uniqueNotes([...(options.notes ?? []), ...plans.notes, ...analysis.notes]),
    coverage,
  };
  return buildReport(input, decide(input));
}

/**
 * Diff: the grants the change adds and removes. Only the units the change can affect are read,
 * on both sides (a changed module affects every root that calls it), and only they are
 * discovered (affected.ts): the grants of the other units are the same before and after. Errors
 * block only in files the change touches. The coverage describes what was read.
 */
export async function runDiff(base: Snapshot, head: Snapshot, options: CheckOptions): Promise<Report> {
  const changed = options.changedFiles ? [...options.changedFiles] : changedFiles(base, head);
  const context = contextOf("diff", options);
  const baseContext = forSide(context, "base");
  const before = affectedUnits(base, changed, options, context.discovery);
  const unitsBefore = before.units;
  // Both sides at once: a reader with threads reads the base in another while this one finds and
  // reads the head's units.
  const readingBase = readAndExtract(base, unitsBefore, baseContext);
  // Awaited below; a failure of the head's discovery meanwhile must not leave it unhandled.
  readingBase.catch(() => undefined);
  shareTexts(base, head);
  const after = affectedUnits(head, changed, options, context.discovery);
  const unitsAfter = after.units;
  // A plan of the tree is read when the change touches it: its own before/after is the diff.
  // It is tied to a root among all of the head's (affectedUnits gives the whole layout then).
  const plans = readPlans(
    head,
    { ...unitsAfter, terraformRoots: after.wholeLayout ? after.layout.roots : unitsAfter.terraformRoots },
    options,
    unitsAfter.plans ?? [],
  );
  const [baseRead, headRead] = await Promise.all([readingBase, readAndExtract(head, unitsAfter, context)]);
  const b = plans.replace(baseRead, plans.before);
  const a = plans.replace(headRead, plans.after);
  const scope = readScope(after, changed, options);
  // .github/ holds the allowlist and workflows, never IaC (as in the coverage's outside-paths).
  const selectedHead = selectedPaths(head, options, context.discovery);
  const notRead = selectedHead.filter(
    (p) => looksLikeIac(p) && !p.startsWith(".github/") && !scope(p),
  ).length;
  // The head's notes: what the report's grants were read with.
  const notes = uniqueNotes([...(options.notes ?? []), ...plans.notes, ...headRead.notes]);
  if (notRead > 0)
    notes.push(
      `${notRead} file${notRead === 1 ? " that looks" : "s that look"} like IaC ${notRead === 1 ? "was" : "were"} not read: the change cannot affect ${notRead === 1 ? "it" : "them"}.`,
    );
  const grants: ChangedGrant[] = markRoleWidening(
    diffGrants(b.grants, a.grants, {
      changedInputs: changedInputs({
        base,
        head,
        baseLayout: before.layout,
        headLayout: after.layout,
        changed,
        ...(options.tfvars ? { tfvars: options.tfvars } : {}),
      }),
    }),
    b.grants,
  );
  const input: ReportInput = {
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
      selected: selectedHead,
      units: unitsAfter,
      ...options,
      plans: new Set([...(options.plans ?? []).map((p) => p.file), ...(unitsAfter.plans ?? [])]).size,
      skipped: headRead.skipped,
      unitsRead: countUnits(unitsAfter) - (unitsAfter.plans ?? []).length + plans.count,
      scope,
      holdsIac: () =>
        holdsIac(head, options, context.discovery) || holdsIac(base, options, context.discovery),
      base: { snapshot: base },
    }),
  };
  return buildReport(input, decide(input));
}

/**
 * The head's files a diff reads: the changed files, the folders of the Terraform roots read and
 * of every module they call, the templates, CDK assemblies and plans read, the tfvars given.
 */
function readScope(
  after: AffectedDiscovery,
  changed: readonly string[],
  options: CheckOptions,
): (path: string) => boolean {
  const dirs = new Set<string>();
  for (const root of after.units.terraformRoots)
    for (const d of moduleClosure(after.layout, root)) dirs.add(d);
  const files = new Set([
    ...changed,
    ...after.units.templates,
    ...(after.units.plans ?? []),
    ...(options.tfvars ?? []),
  ]);
  const assemblies = after.units.cdkAssemblies;
  return (p) =>
    files.has(p) ||
    (dirs.size > 0 && dirs.has(p.slice(0, Math.max(0, p.lastIndexOf("/"))))) ||
    (assemblies.length > 0 && cdkAssemblyOf(p, assemblies) !== undefined);
}

/** The gate's decisions on the grants (decide/), then the report that shows them (report/). */
/** Each note once, in the order first given. */
function uniqueNotes(notes: string[]): string[] {
  return [...new Set(notes)];
}

interface PlansRead {
  before: Grant[];
  after: Grant[];
  errors: AnalysisError[];
  notes: string[];
  /** Plans read: given ones and those of the tree. */
  count: number;
  /**
   * Put a side's plan grants beside its HCL grants. A given plan (--plan) replaces the HCL of its
   * root (the plan wins); a plan of the tree is added beside it (see readPlans).
   */
  replace(side: UnitsAnalysis, planGrants: Grant[]): UnitsAnalysis;
}

/**
 * Terraform plans: exact before/after grants for their roots. `inTree` are the plan files of the
 * snapshot to read (every one in an audit, those the change touches in a diff); a given plan
 * (--plan) of the same path is read once, as given.
 *
 * A plan is tied to the discovered Terraform root (or the plan's own folder) whose .tf files
 * declare most of the resources of the plan's `configuration` (inferRoot); for a plan of the tree,
 * among the roots of its own folder, above it or below it. Its grants then point
 * at that root's resource blocks, else at the plan file, on the line of the resource change.
 * A given plan's view replaces its root's HCL, as the CI that made it vouches for it. A plan in
 * the tree is content of the commit under review like the HCL beside it: it may add what the gate
 * sees, never hide it, so its grants are reported beside the root's HCL grants (the same grant
 * from both is one grant; its values known only after apply are left out where the HCL read the
 * same resource).
 */
function readPlans(
  head: Snapshot,
  units: Units,
  options: CheckOptions,
  inTree: readonly string[],
): PlansRead {
  const before: Grant[] = [];
  const after: Grant[] = [];
  const errors: AnalysisError[] = [];
  const notes: string[] = [];
  const roots = new Set<string>();
  const locate = resourceLocator(head);
  const given = options.plans ?? [];
  const givenFiles = new Set(given.map((p) => p.file));
  const tree = inTree
    .filter((file) => !givenFiles.has(file))
    .map((file) => ({ file, read: readText(head, file) }));
  const plans = [
    ...given.map((p) => ({ ...p, given: true })),
    ...tree.flatMap((p) => ("text" in p.read ? [{ file: p.file, text: p.read.text, given: false }] : [])),
  ];
  for (const p of tree) if ("error" in p.read) errors.push({ file: p.file, message: p.read.error });
  for (const plan of plans) {
    const dir = plan.file.includes("/") ? plan.file.slice(0, plan.file.lastIndexOf("/")) : "";
    const r = readPlan(plan.file, plan.text, {
      grantTypes: TERRAFORM_READ_TYPES,
      findResourceLine: locate,
      // A committed plan belongs to a root of its own folder, above it or below it: one elsewhere
      // declaring the same resources (a test suite's many fixtures) is another configuration.
      rootCandidates: [...units.terraformRoots.filter((r) => plan.given || related(r, dir)), dir],
    });
    const b = extractGrants(r.before, options.allowlist.zone);
    const a = extractGrants(r.after, options.allowlist.zone);
    before.push(...b.grants);
    after.push(...a.grants);
    errors.push(...r.errors, ...b.errors, ...a.errors);
    notes.push(...r.notes);
    const root = r.root === undefined ? undefined : `"${r.root || "."}"`;
    if (plan.given && root) {
      roots.add(r.root ?? "");
      notes.push(`Terraform root ${root} is read from the plan ${plan.file}; its HCL is not used.`);
    } else if (plan.given) {
      notes.push(
        `The plan ${plan.file} could not be tied to a Terraform root of the repository: its grants are reported beside the HCL's.`,
      );
    } else if (root) {
      notes.push(
        `The plan ${plan.file} in the tree is tied to Terraform root ${root}: its grants are reported beside the root's HCL grants (a plan in the tree is part of what is reviewed, so it never hides what the HCL says; give it with --plan for its view to replace the HCL's).`,
      );
    } else {
      notes.push(
        `The plan ${plan.file} in the tree could not be tied to a Terraform root of the repository: its grants point at the plan file.`,
      );
    }
  }
  const trust = (g: Grant[]) => (options.allowlist.trustAwsServiceAccounts ? g.map(trustServiceAccount) : g);
  return {
    before: trust(before),
    after: trust(after),
    errors,
    notes,
    count: given.length + tree.length,
    replace(side, planGrants) {
      if (plans.length === 0) return side;
      const inPlanRoot = (unit: string) => roots.has(unit);
      // A committed plan's "known after apply" adds nothing where the HCL read the same resource.
      const readByHcl = new Set(
        side.grants
          .filter((g) => g.resource.source === "terraform")
          .map((g) => `${g.resource.unit}\0${g.resource.address}`),
      );
      const adds = (g: Grant) =>
        g.classification !== "unresolved" ||
        inPlanRoot(g.resource.unit) ||
        !readByHcl.has(`${g.resource.unit}\0${g.resource.address}`);
      return {
        ...side,
        grants: [
          ...side.grants.filter((g) => !(g.resource.source === "terraform" && inPlanRoot(g.resource.unit))),
          ...planGrants.filter(adds),
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

/** Whether one folder holds the other (or is it). */
function related(a: string, b: string): boolean {
  const inside = (x: string, y: string) => y === "" || x === y || x.startsWith(`${y}/`);
  return inside(a, b) || inside(b, a);
}

function countUnits(u: Units): number {
  return u.templates.length + u.terraformRoots.length + u.cdkAssemblies.length + (u.plans ?? []).length;
}
