/**
 * The order in which the pool's threads take a snapshot's units, and the folders the units read.
 *
 * The units are cut into chunks as before (analyze/partition.ts: CloudFormation and CDK first, at
 * most one chunk per thread, each with the whole family; then contiguous runs of Terraform roots
 * of shrinking size), and each thread takes the next chunk when it is free. What changed is the
 * order: the Terraform chunks are taken heaviest first, so that the last ones taken are the
 * lightest and the threads finish together. A root's weight is the size of its own files and of
 * every local module it calls, directly or not: what its evaluation reads. On a real monorepo
 * (mpe, 202 roots) that predicts a root's time far better than its file count (correlation 0.87
 * against 0.46): roots of a few files calling a dozen shared modules are among the slowest.
 *
 * The chunks themselves stay as they were: the grants of roots read in one call can depend on
 * each other (extractGrants looks across the records it is given: kms key policy resources and
 * identity providers by address), so a report stays byte-identical only with the same chunks.
 */
import type { UnitsAnalysis } from "../analyze/analyze.js";
import type { RunContext } from "../analyze/context.js";
import { chunkUnits } from "../analyze/partition.js";
import type { Units } from "../discover/discover.js";
import { moduleClosure, type TerraformModuleInfo, terraformLayout } from "../iac/terraform/roots.js";
import type { Snapshot } from "../sources/snapshot.js";
import { readText } from "../sources/text.js";

export interface WorkPlan {
  /** What the threads take, in this order: CloudFormation chunks, then Terraform chunks heaviest first. */
  items: Units[];
  /**
   * The folders of the Terraform modules the roots read (their own and those they call): the
   * files below them are what file(), templatefile() and fileset() may read.
   */
  moduleFolders: Set<string>;
  /** One result per item (in the order of `items`) put back in the chunks' order: units in the order given. */
  inUnitOrder(results: readonly UnitsAnalysis[]): UnitsAnalysis[];
}

export function workPlan(snapshot: Snapshot, units: Units, threads: number, context: RunContext): WorkPlan {
  const chunks = chunkUnits(units, threads, fileCounts(snapshot, units));
  // A diff knows only the layout of what its change affects: weighing its roots would lay out
  // the whole repository, so its chunks keep their order.
  const { weights, moduleFolders } =
    context.kind === "audit"
      ? rootWeights(snapshot, units, context)
      : { weights: new Map<string, number>(), moduleFolders: new Set<string>() };
  const weightOf = (c: Units) => c.terraformRoots.reduce((sum, r) => sum + (weights.get(r) ?? 0), 0);
  const cfn = chunks.filter((c) => c.terraformRoots.length === 0).length;
  const order = chunks
    .map((chunk, index) => ({ chunk, index, weight: index < cfn ? Infinity : weightOf(chunk) }))
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return {
    items: order.map((o) => o.chunk),
    moduleFolders,
    inUnitOrder(results) {
      const out: UnitsAnalysis[] = [];
      order.forEach(({ index }, i) => {
        out[index] = results[i]!;
      });
      return out;
    },
  };
}

/** The bytes each root reads (its files and those of every local module it calls), and those modules' folders. */
function rootWeights(
  snapshot: Snapshot,
  units: Units,
  context: RunContext,
): { weights: Map<string, number>; moduleFolders: Set<string> } {
  const weights = new Map<string, number>();
  const moduleFolders = new Set<string>();
  if (units.terraformRoots.length === 0) return { weights, moduleFolders };
  const text = (p: string) => {
    const r = readText(snapshot, p);
    return "text" in r ? r.text : undefined;
  };
  // Discovery made the layout of the same files (else its memo answers every file).
  const made = context.discovery.layouts.get(snapshot);
  const layout =
    made?.files === units.terraformFiles
      ? made.layout
      : terraformLayout(units.terraformFiles, text, context.discovery.layout);
  const byDir = new Map<string, TerraformModuleInfo>(layout.modules.map((m) => [m.dir, m]));
  const bytes = new Map<string, number>();
  const bytesOf = (dir: string): number => {
    let n = bytes.get(dir);
    if (n === undefined) {
      n = 0;
      for (const f of byDir.get(dir)?.files ?? []) n += text(f)?.length ?? 0;
      bytes.set(dir, n);
    }
    return n;
  };
  for (const root of units.terraformRoots) {
    let weight = 0;
    for (const dir of moduleClosure(layout, root, byDir)) {
      weight += bytesOf(dir);
      moduleFolders.add(dir);
    }
    weights.set(root, weight);
  }
  return { weights, moduleFolders };
}

/** The weights chunkUnits cuts by: a template 1, a root or a CDK assembly the files of its folder. */
/** The files in each unit's own folder (a template: 1): the chunks' weights. */
export function fileCounts(snapshot: Snapshot, units: Units): (unit: string) => number {
  const weights = new Map<string, number>();
  for (const d of [...units.terraformRoots, ...units.cdkAssemblies]) weights.set(d, 0);
  for (const p of snapshot.paths) {
    if (!/\.(tf|tf\.json|json)$/.test(p)) continue;
    const slash = p.lastIndexOf("/");
    const dir = slash < 0 ? "" : p.slice(0, slash);
    const n = weights.get(dir);
    if (n !== undefined) weights.set(dir, n + 1);
  }
  for (const t of units.templates) weights.set(t, 1);
  return (unit) => weights.get(unit) ?? 1;
}
