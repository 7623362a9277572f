import { cdkAssemblyOf, inSkippedDir, looksLikeIac, type Units, unselected } from "../discover/discover.js";
import { loadCdkAssembly } from "../iac/cdk/assembly.js";
import { TemplateCache } from "../iac/cloudformation/load.js";
import type { Skipped, SkipReason } from "../model/types.js";
import type { Coverage, CoverageSkip } from "../report/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { readText } from "../sources/text.js";

/** Items of each skip reason named in the report; the count says how many there are. */
const MAX_ITEMS = 20;

export interface CoverageInput {
  /** The analysed tree: the audited one, or the head of a diff. */
  snapshot: Snapshot;
  /** The paths of `snapshot` the include/exclude globs select (context.ts selectedPaths). */
  selected: readonly string[];
  units: Units;
  include?: string[];
  exclude?: string[];
  tfvars?: string[];
  /** Plan files given (--plan, terraform-plan). */
  plans: number;
  /** What the readers could not look into (opaque modules …). */
  skipped: readonly Skipped[];
  /** Units read in this run. */
  unitsRead: number;
  /**
   * The files the report covers (a diff: what it read, see runDiff); every selected file when
   * absent (an audit). `units` are then the units read.
   */
  scope?: (path: string) => boolean;
  /**
   * Whether the tree holds any IaC at all, when `units` cannot say (a diff reads only what its
   * change affects); asked only when no unit was read.
   */
  holdsIac?: () => boolean;
  /** A diff's base: a pattern that matches a file there is not a misconfiguration. */
  base?: { snapshot: Snapshot };
}

/** What a report covers: files per kind, units, what was skipped and why, and warnings. */
export function coverageOf(input: CoverageInput): Coverage {
  const { snapshot, units, scope } = input;
  const selected = scope ? input.selected.filter(scope) : input.selected;
  const skipped: Skipped[] = [...input.skipped];
  const add = (reason: SkipReason, items: Iterable<string>) => {
    for (const item of items) skipped.push({ reason, item });
  };

  const { outside, unmatchedIncludes } = unselected(snapshot.paths, input);
  // .github/ holds the allowlist and workflows, never IaC.
  add(
    "outside-paths",
    outside.filter((p) => !p.startsWith(".github/") && (!scope || scope(p))),
  );
  add(
    "git-ignored",
    (snapshot.ignored ?? []).filter((p) =>
      p.endsWith("/")
        ? !/^(\.git|node_modules)\/$/.test(p) && !inSkippedDir(p.slice(0, -1))
        : looksLikeIac(p),
    ),
  );
  // Files that could not be read as text: discovery read most of them already (cached).
  for (const p of selected) {
    if (!looksLikeIac(p) || cdkAssemblyOf(p, units.cdkAssemblies)) continue;
    const read = readText(snapshot, p);
    if ("text" in read) continue;
    add(read.kind === "too-large" ? "too-large" : read.kind === "not-utf8" ? "binary" : "unreadable", [
      `${p}: ${read.error}`,
    ]);
  }

  // tfvars: what Terraform loads on its own in a root, and the files given; others are not read.
  const roots = new Set(units.terraformRoots);
  const given = new Set((input.tfvars ?? []).filter((f) => snapshot.paths.includes(f)));
  const loaded = new Set(given);
  for (const p of selected) {
    if (!/\.tfvars(\.json)?$/.test(p)) continue;
    const slash = p.lastIndexOf("/");
    const dir = slash < 0 ? "" : p.slice(0, slash);
    const name = p.slice(slash + 1);
    if (roots.has(dir) && /^(terraform\.tfvars(\.json)?|.*\.auto\.tfvars(\.json)?)$/.test(name))
      loaded.add(p);
    else if (!given.has(p)) add("tfvars-not-loaded", [p]);
  }

  let sam = 0;
  for (const t of units.templates) {
    const read = readText(snapshot, t);
    if ("text" in read && /AWS::Serverless-2016-10-31/.test(read.text)) sam++;
  }
  let cdkStacks = 0;
  if (units.cdkAssemblies.length > 0) {
    const cache = new TemplateCache(snapshot);
    for (const dir of units.cdkAssemblies) cdkStacks += loadCdkAssembly(cache, dir).stacks.length;
  }

  const warnings: string[] = [];
  const basePaths = input.base?.snapshot.paths ?? [];
  for (const pattern of unmatchedIncludes) {
    if (basePaths.length > 0 && unselected(basePaths, { include: [pattern] }).unmatchedIncludes.length === 0)
      continue;
    warnings.push(
      `The include pattern "${pattern}" (--include, paths) matches no file: nothing under it is checked.`,
    );
  }
  const empty = (u: Units) =>
    u.terraformFiles.length + u.templates.length + u.cdkAssemblies.length + u.terraformRoots.length === 0;
  if (empty(units) && input.plans === 0 && !(input.holdsIac?.() ?? false)) {
    warnings.push(
      "No IaC file was found (Terraform, tfvars, plan, CloudFormation, SAM, CDK assembly): nothing was checked. Check the folder, the include patterns (--include, paths) and --exclude.",
    );
  }

  return {
    files: {
      terraform: scope ? units.terraformFiles.filter(scope).length : units.terraformFiles.length,
      tfvars: loaded.size,
      plan: input.plans,
      cloudformation: units.templates.length - sam,
      sam,
      cdkAssemblies: units.cdkAssemblies.length,
      cdkStacks,
    },
    units: {
      terraformRoots: units.terraformRoots.length,
      templates: units.templates.length,
      cdkAssemblies: units.cdkAssemblies.length,
      plans: input.plans,
      read: input.unitsRead,
    },
    skipped: groupSkipped(skipped),
    warnings,
  };
}

const REASON_ORDER: SkipReason[] = [
  "too-large",
  "binary",
  "unreadable",
  "outside-paths",
  "git-ignored",
  "opaque-module",
  "tfvars-not-loaded",
];

function groupSkipped(skipped: readonly Skipped[]): CoverageSkip[] {
  const byReason = new Map<SkipReason, Set<string>>();
  for (const s of skipped) {
    let set = byReason.get(s.reason);
    if (!set) {
      set = new Set();
      byReason.set(s.reason, set);
    }
    set.add(s.item);
  }
  return REASON_ORDER.filter((r) => byReason.has(r)).map((reason) => {
    const items = [...byReason.get(reason)!].sort();
    return { reason, count: items.length, items: items.slice(0, MAX_ITEMS) };
  });
}
