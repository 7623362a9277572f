/**
 * What one run shares across its stages, created once per run (by runAudit / runDiff) and passed
 * down: caches are objects here, never module state. A snapshot keeps its own texts
 * (Snapshot.texts); everything else a run remembers is in this context.
 */
import type { Allowlist } from "../allowlist/types.js";
import { type DiscoverOptions, selectPaths, type Units } from "../discover/discover.js";
import { createTerraformCache, type TerraformCache } from "../iac/terraform/cache.js";
import { createLayoutMemo, type LayoutMemo, type TerraformLayout } from "../iac/terraform/roots.js";
import type { Snapshot } from "../sources/snapshot.js";
import { readText } from "../sources/text.js";
import type { AnalyzeOptions, UnitsAnalysis } from "./analyze.js";

export interface RunContext {
  /**
   * An audit reads every unit discovery finds (a reader may start on them early); a diff reads
   * only those its change affects, known once both sides are discovered.
   */
  readonly kind: "audit" | "diff";
  readonly allowlist: Allowlist;
  /** The side being read: a diff reads its base with the base's own parameter values. */
  readonly side: "base" | "head";
  /** The options this side is read with (see forSide). */
  readonly options: AnalyzeOptions;
  /** Parses, merged modules and indexes, shared by every root of the run and by both sides. */
  readonly terraform: TerraformCache;
  /** What discovery learnt from each file's text, across the base and head of a diff. */
  readonly discovery: DiscoveryMemo;
  /** How units are read and their grants extracted: in this thread, or over worker threads. */
  readonly reader: UnitReader;
}

/**
 * The one seam between discovery and the diff: read a snapshot's units and extract their grants.
 * The in-thread implementation is analyze.ts `readHere`; pool/ spreads the units over worker
 * threads behind the same seam.
 */
export interface UnitReader {
  readAndExtract(snapshot: Snapshot, units: Units, context: RunContext): Promise<UnitsAnalysis>;
  /**
   * Discovery of `snapshot` starts, and discovery has found the units that do not wait for the
   * Terraform roots (templates, CDK assemblies): a reader may get ready, or start on them, while
   * discovery goes on. Whatever it starts, `readAndExtract` is then given every unit.
   */
  discoveryStarts?(snapshot: Snapshot, context: RunContext): void;
  unitsAhead?(snapshot: Snapshot, units: Units, context: RunContext): void;
}

/** Read a snapshot's units and extract their grants, with the run's reader (the seam). */
export function readAndExtract(
  snapshot: Snapshot,
  units: Units,
  context: RunContext,
): Promise<UnitsAnalysis> {
  return context.reader.readAndExtract(snapshot, units, context);
}

/**
 * What discovery learnt from each file's text, kept across the discoveries of one run (the base
 * and head of a diff): a file with the same text is not looked at again.
 */
export interface DiscoveryMemo {
  layout: LayoutMemo;
  /**
   * The layout discovery made of each snapshot, with the Terraform files it was made of: the
   * pool weighs the roots with it instead of making it again from the memo.
   */
  layouts: WeakMap<Snapshot, { files: readonly string[]; layout: TerraformLayout }>;
  templates: Map<string, { text: string; isTemplate: boolean }>;
  plans: Map<string, { text: string; isPlan: boolean }>;
  /** The relative strings of the lines a search gave, by the bytes (roots.ts CallerSearch.known). */
  callerStrings: WeakMap<Uint8Array, readonly string[] | undefined>;
  /**
   * The paths the include/exclude globs select of each list of paths (selectedPaths): by the
   * snapshot's list, which the two sides of a diff that only modifies files share.
   */
  selected: WeakMap<readonly string[], { globs: string; paths: readonly string[] }>;
  /** What a list of selected paths alone tells (pathFacts), worked out once per list. */
  facts: WeakMap<readonly string[], PathFacts>;
}

/** What discovery works out from a list of paths alone (its selection), each on first use (pathFact). */
export interface PathFacts {
  /** The CDK assemblies among the paths (cdkAssembliesOf). */
  cdk?: string[];
  /** The Terraform files (isTerraformCode). */
  terraformFiles?: string[];
  /** The layout's files by folder (roots.ts layoutFolders of the Terraform files). */
  layoutFolders?: Map<string, string[]>;
}

/**
 * One fact of a list of paths (PathFacts), worked out by `make` on first use and kept for the
 * run: both sides of a diff may share the list.
 */
export function pathFact<K extends keyof PathFacts>(
  memo: DiscoveryMemo,
  paths: readonly string[],
  key: K,
  make: () => NonNullable<PathFacts[K]>,
): NonNullable<PathFacts[K]> {
  let facts = memo.facts.get(paths);
  if (!facts) {
    facts = {};
    memo.facts.set(paths, facts);
  }
  const known = facts[key];
  if (known !== undefined) return known as NonNullable<PathFacts[K]>;
  const made = make();
  facts[key] = made;
  return made;
}

export function createDiscoveryMemo(): DiscoveryMemo {
  return {
    layout: createLayoutMemo(),
    layouts: new WeakMap(),
    templates: new Map(),
    plans: new Map(),
    callerStrings: new WeakMap(),
    selected: new WeakMap(),
    facts: new WeakMap(),
  };
}

/**
 * selectPaths, once per snapshot and globs in a run: a diff asks for each side's selection in
 * several stages, and each pass tests every path of the tree (4–5 ms at 8,500 paths).
 */
export function selectedPaths(
  snapshot: Snapshot,
  options: DiscoverOptions,
  memo: DiscoveryMemo,
): readonly string[] {
  const globs = JSON.stringify([options.include ?? [], options.exclude ?? []]);
  const known = memo.selected.get(snapshot.paths);
  if (known?.globs === globs) return known.paths;
  const paths = selectPaths(snapshot, options);
  memo.selected.set(snapshot.paths, { globs, paths });
  return paths;
}

/** A run's context, reading its head side with the reading options of `options`. */
export function createRunContext(run: {
  kind: "audit" | "diff";
  allowlist: Allowlist;
  options: AnalyzeOptions;
  reader: UnitReader;
}): RunContext {
  return {
    kind: run.kind,
    allowlist: run.allowlist,
    side: "head",
    options: readingOptions(run.options),
    terraform: createTerraformCache(),
    discovery: createDiscoveryMemo(),
    reader: run.reader,
  };
}

/** The same run, reading `side`: the base with the base's own parameter values. */
export function forSide(context: RunContext, side: "base" | "head"): RunContext {
  if (side === context.side) return context;
  return { ...context, side, options: sideOptions(context.options, side) };
}

/** The options one side of a diff is read with: the base's own parameter values. */
export function sideOptions<T extends AnalyzeOptions>(options: T, side: "base" | "head"): T {
  if (side === "head" || options.baseCfnParameters === undefined) return options;
  return { ...options, cfnParameters: options.baseCfnParameters };
}

/** Every key of AnalyzeOptions (the compiler checks the list is whole). */
const READING_KEYS: Record<keyof AnalyzeOptions, true> = {
  include: true,
  exclude: true,
  tfvars: true,
  cfnParameters: true,
  cfnParameterFiles: true,
  baseCfnParameters: true,
  plans: true,
};

/**
 * Only what the readers read: a check's options hold more (the allowlist, the reader itself)
 * that must not travel to worker threads.
 */
function readingOptions(options: AnalyzeOptions): AnalyzeOptions {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(READING_KEYS) as (keyof AnalyzeOptions)[])
    if (options[key] !== undefined) out[key] = options[key];
  return out as AnalyzeOptions;
}

/** `check` of a file's text, remembered in `memo` while the text stays the same. */
export function memoised<K extends string>(
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
