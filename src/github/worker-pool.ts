import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Allowlist } from "../allowlist/types.js";
import type { AnalyzeOptions, UnitsAnalysis } from "../analyze/analyze.js";
import { analyzeUnits } from "../analyze/analyze.js";
import { partitionUnits } from "../analyze/partition.js";
import type { Units } from "../discover/discover.js";
import { createTerraformCache } from "../iac/terraform/index.js";
import type { Snapshot } from "../sources/snapshot.js";
import type { SnapshotSource } from "./snapshot-source.js";

/** Below this many units one thread is faster: each worker pays for its own parser start-up. */
const MIN_UNITS_FOR_WORKERS = 24;

export type Runner = (snapshot: Snapshot, side: "base" | "head", units: Units) => Promise<UnitsAnalysis>;

/**
 * A runner that spreads the units of a large snapshot over worker threads (one per core, at most
 * `max`), each reading its share with the same pure core. Small jobs, and snapshots that cannot be
 * reopened in another thread, run in this thread.
 */
export function parallelRunner(
  sources: { base?: SnapshotSource; head?: SnapshotSource },
  allowlist: Allowlist,
  options: AnalyzeOptions,
  max = availableParallelism(),
): Runner {
  const cache = createTerraformCache();
  return async (snapshot, side, units) => {
    const source = sources[side];
    const count = units.templates.length + units.terraformRoots.length + units.cdkAssemblies.length;
    const threads = Math.min(max, 8);
    if (!source || threads < 2 || count < MIN_UNITS_FOR_WORKERS) {
      return analyzeUnits(snapshot, units, allowlist, options, cache);
    }
    const weights = unitWeights(snapshot, units);
    const parts = partitionUnits(units, threads, (u) => weights.get(u) ?? 1);
    const results = await Promise.all(
      parts.map((part) => inWorker({ source, units: part, allowlist, options })),
    );
    return { grants: results.flatMap((r) => r.grants), errors: results.flatMap((r) => r.errors) };
  };
}

/** Files under each unit's folder: a cheap estimate of its work. */
function unitWeights(snapshot: Snapshot, units: Units): Map<string, number> {
  const weights = new Map<string, number>();
  for (const d of [...units.terraformRoots, ...units.cdkAssemblies]) weights.set(d, 0);
  for (const p of snapshot.paths) {
    if (!/\.(tf|tf\.json|json)$/.test(p)) continue;
    const slash = p.lastIndexOf("/");
    const dir = slash < 0 ? "" : p.slice(0, slash);
    if (weights.has(dir)) weights.set(dir, (weights.get(dir) ?? 0) + 1);
  }
  for (const t of units.templates) weights.set(t, 1);
  return weights;
}

function inWorker(job: {
  source: SnapshotSource;
  units: Units;
  allowlist: Allowlist;
  options: AnalyzeOptions;
}) {
  return new Promise<UnitsAnalysis>((resolve, reject) => {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    worker.once("message", (msg: { ok: boolean; result?: UnitsAnalysis; error?: string }) => {
      void worker.terminate();
      if (msg.ok && msg.result) resolve(msg.result);
      else reject(new Error(`worker failed: ${msg.error ?? "no result"}`));
    });
    worker.once("error", (err) => {
      void worker.terminate();
      reject(err);
    });
    worker.postMessage(job);
  });
}
