import { type Allowlist, EMPTY_ALLOWLIST } from "../allowlist/types.js";
import { decide } from "../decide/decide.js";
import { type ChangedGrant, diffGrants, presentGrants } from "../diff/diff.js";
import { markRoleWidening } from "../diff/role-widening.js";
import { discoverUnits, selectPaths, type Units } from "../discover/discover.js";
import { extractGrants } from "../grants/extract.js";
import { TERRAFORM_READ_TYPES } from "../grants/read-types.js";
import { isPlanFile, isTemplateFile } from "../iac/detect.js";
import { readUnits } from "../iac/read-units.js";
import {
  modulesAffectedBy,
  type TerraformCache,
  type TerraformLayout,
  terraformLayout,
} from "../iac/terraform/index.js";
import { readPlan, resourceLocator } from "../iac/terraform-plan/index.js";
import type { AnalysisError, Grant, Skipped } from "../model/types.js";
import { trustServiceAccount } from "../policy/trust-overrides.js";
import { buildReport, type ReportInput } from "../report/build.js";
import type { Report } from "../report/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { readText } from "../sources/text.js";
import { createRunContext, forSide, type RunContext, readAndExtract, type UnitReader } from "./context.js";
import { coverageOf } from "./coverage.js";
import { fileReferencePrefixes } from "./file-references.js";
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

/** `check` of a file's text, remembered in `memo` while the text stays the same. */
function memoised<K extends string>(
  snapshot: Snapshot,
  path: string,
  memo: Map<string, { text: string } & Record<K, boolean>>,
  key: K,
  check: () => boolean,
): boolean {
  const read = readText(snapshot, path);
  const known = "text" in read ? memo.get(path) : undefined;
  if (known && "text" in read && known.text === read.text) return known[key];
  const result = check();
  if ("text" in read)
    memo.set(path, { text: read.text, [key]: result } as { text: string } & Record<K, boolean>);
  return result;
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
  const paths = selectPaths(snapshot, options);
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
 * on both sides (a changed module affects every root that calls it): the grants of the other
 * units are the same before and after. Errors block only in files the change touches.
 */
export async function runDiff(base: Snapshot, head: Snapshot, options: CheckOptions): Promise<Report> {
  const changed = options.changedFiles ? [...options.changedFiles] : changedFiles(base, head);
  const context = contextOf("diff", options);
  const baseContext = forSide(context, "base");
  const before = discover(base, options, baseContext);
  shareTexts(base, head);
  const after = discover(head, options, context);
  const unitsBefore = affectedUnits(base, before, changed, options);
  const unitsAfter = affectedUnits(head, after, changed, options);
  // A plan of the tree is read when the change touches it: its own before/after is the diff.
  const plans = readPlans(head, after.units, options, unitsAfter.plans ?? []);
  const b = plans.replace(await readAndExtract(base, unitsBefore, baseContext), plans.before);
  const headRead = await readAndExtract(head, unitsAfter, context);
  const a = plans.replace(headRead, plans.after);
  const skipped = countUnits(after.units) - countUnits(unitsAfter);
  // The head's notes: what the report's grants were read with.
  const notes = uniqueNotes([...(options.notes ?? []), ...plans.notes, ...headRead.notes]);
  if (skipped > 0)
    notes.push(
      `${skipped} unit${skipped === 1 ? " was" : "s were"} not read: the change does not touch ${skipped === 1 ? "it" : "them"}.`,
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
      units: after.units,
      ...options,
      plans: new Set([...(options.plans ?? []).map((p) => p.file), ...(after.units.plans ?? [])]).size,
      skipped: headRead.skipped,
      unitsRead: countUnits(unitsAfter) - (unitsAfter.plans ?? []).length + plans.count,
      base: { snapshot: base, units: before.units },
    }),
  };
  return buildReport(input, decide(input));
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

/** Files given beside the tree that every unit of a kind reads: a change to one affects them all. */
export interface GivenFiles {
  /** --tfvars, the action's tfvars: applied to every Terraform root. */
  tfvars?: readonly string[];
  /** --cfn-parameters files that lie in the repository: applied to every template. */
  cfnParameterFiles?: readonly string[];
}

/**
 * The units whose grants may differ when `changed` files change: a unit's own files, and every
 * file it reads from elsewhere: files named by the Terraform file functions (file-references.ts),
 * nested templates and includes by whatever path the parent names, the exports of other
 * templates and CDK assemblies it imports, and the tfvars and parameter files given to the run.
 */
export function affectedUnits(
  snapshot: Snapshot,
  discovery: Discovery,
  changed: readonly string[],
  given: GivenFiles = {},
): Units {
  const { units, layout } = discovery;
  const changedSet = new Set(changed);
  const inAssembly = (a: string) => (p: string) => a === "" || p.startsWith(`${a}/`);
  const assemblyFiles = (a: string) => snapshot.paths.filter(inAssembly(a));
  // An export that changes (in a template or a CDK assembly) can change every template and
  // assembly that imports it.
  const exportsChanged = changed.some(
    (p) =>
      (units.templates.includes(p) || units.cdkAssemblies.some((a) => inAssembly(a)(p))) &&
      textOf(snapshot, p).includes("Export"),
  );
  const imports = (p: string) => exportsChanged && textOf(snapshot, p).includes("ImportValue");
  // A nested template, an included snippet or a file a template reads, under any name or
  // extension: a template that names a changed file (by its file name) is read again.
  const names = changedNames(changed.filter((p) => !units.templates.includes(p)));
  const namesChanged = (t: string) => {
    const text = names.length > 0 ? textOf(snapshot, t) : "";
    return names.some((n) => text.includes(n));
  };
  const allTemplates = given.cfnParameterFiles?.some((f) => changedSet.has(f)) ?? false;
  const templates = units.templates.filter(
    (t) => allTemplates || changedSet.has(t) || imports(t) || namesChanged(t),
  );
  const cdkAssemblies = units.cdkAssemblies.filter(
    (a) => changed.some(inAssembly(a)) || (exportsChanged && assemblyFiles(a).some(imports)),
  );
  const allRoots = given.tfvars?.some((f) => changedSet.has(f)) ?? false;
  const affectedRoots = new Set(
    modulesAffectedBy(layout, [...changed, ...modulesReadingFiles(snapshot, layout, changed)]),
  );
  return {
    ...units,
    templates,
    cdkAssemblies,
    terraformRoots: units.terraformRoots.filter((r) => allRoots || affectedRoots.has(r)),
    plans: (units.plans ?? []).filter((p) => changedSet.has(p)),
  };
}

/** The file names of changed files other than Terraform code. */
function changedNames(changed: readonly string[]): string[] {
  return [
    ...new Set(changed.filter((p) => !/\.tf(\.json)?$/.test(p)).map((p) => p.slice(p.lastIndexOf("/") + 1))),
  ];
}

/**
 * Terraform reads files outside its module folders through the file functions: a module whose
 * code names a changed file (by its file name), or reads a folder it lies in under a computed name
 * (fileReferencePrefixes), counts as changed, so its roots are read.
 */
function modulesReadingFiles(
  snapshot: Snapshot,
  layout: TerraformLayout,
  changed: readonly string[],
): string[] {
  const others = changed.filter((p) => !/\.tf(\.json)?$/.test(p));
  const names = changedNames(others);
  if (names.length === 0) return [];
  const out: string[] = [];
  for (const m of layout.modules) {
    const reads = m.files.some((f) => {
      const text = textOf(snapshot, f);
      if (names.some((n) => text.includes(n))) return true;
      const prefixes = fileReferencePrefixes(text, m.dir, layout.roots);
      return prefixes.length > 0 && others.some((p) => prefixes.some((x) => p.startsWith(x)));
    });
    if (reads) out.push(m.files[0] ?? m.dir);
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
