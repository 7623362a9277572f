import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Allowlist } from "../allowlist/types.js";
import type { AnalyzeOptions, UnitRunnerWithPrepare, UnitsAnalysis } from "../analyze/analyze.js";
import { analyzeUnits } from "../analyze/analyze.js";
import { chunkUnits } from "../analyze/partition.js";
import type { Units } from "../discover/discover.js";
import { dedupeErrors } from "../iac/read-units.js";
import { createTerraformCache } from "../iac/terraform/index.js";
import type { Snapshot } from "../sources/snapshot.js";
import { textsRead } from "../sources/text.js";
import { type DirectoryListing, directoryListingOf } from "./fs-snapshot.js";
import { type GitListing, gitListingOf } from "./git-snapshot.js";
import type { SnapshotSource } from "./snapshot-source.js";

/** Below this many units one thread is faster: each worker pays for its own parser start-up. */
const MIN_UNITS_FOR_WORKERS = 24;

export type Runner = UnitRunnerWithPrepare;

/** How a worker thread opens the main thread's snapshot without walking it or running git again. */
export type SnapshotTransfer =
  | { kind: "dir"; listing: DirectoryListing }
  | { kind: "git"; listing: GitListing };

/** Main thread -> worker: first the snapshot and settings, then one chunk of units at a time. */
export type WorkerMessage =
  | {
      type: "open";
      snapshot: SnapshotTransfer;
      /** Texts the main thread has read already (discovery reads every Terraform file). */
      texts: ReturnType<typeof textsRead>;
      allowlist: Allowlist;
      options: AnalyzeOptions;
    }
  | { type: "units"; id: number; units: Units };

/** Worker -> main thread. */
export type WorkerReply =
  | { type: "done"; id: number; result: UnitsAnalysis }
  | { type: "failed"; id: number; error: string };

/**
 * A runner that spreads the units of a large snapshot over worker threads (one per core, at
 * most `max`), each reading chunks of units with the same pure core and taking the next chunk
 * when done. `prepare`, called before discovery, starts the workers early: their start-up
 * (module loading, the HCL parser's WASM) overlaps the main thread's discovery. Small jobs, and
 * snapshots that cannot be reopened in another thread (a mounted cdk-out), run in this thread.
 */
export function parallelRunner(
  sources: { base?: SnapshotSource; head?: SnapshotSource },
  allowlist: Allowlist,
  options: AnalyzeOptions,
  max = availableParallelism(),
): Runner {
  const cache = createTerraformCache();
  const threads = Math.min(max, 8);
  const prepared = new Map<Snapshot, PoolWorker[]>();

  const run = async (snapshot: Snapshot, side: "base" | "head", units: Units): Promise<UnitsAnalysis> => {
    const ready = prepared.get(snapshot) ?? [];
    prepared.delete(snapshot);
    const transfer = sources[side] ? transferOf(snapshot) : undefined;
    if (!transfer || threads < 2 || countUnits(units) < MIN_UNITS_FOR_WORKERS) {
      for (const w of ready) void w.worker.terminate();
      return analyzeUnits(snapshot, units, allowlist, options, cache);
    }
    const weights = unitWeights(snapshot, units);
    const chunks = chunkUnits(units, threads, (u) => weights.get(u) ?? 1);
    const wanted = Math.min(threads, chunks.length);
    for (const w of ready.splice(wanted)) void w.worker.terminate();
    while (ready.length < wanted) ready.push(spawn());
    const open: WorkerMessage = {
      type: "open",
      snapshot: transfer,
      texts: textsRead(snapshot),
      allowlist,
      options,
    };
    const results = await dispatch(ready, open, chunks);
    return {
      grants: results.flatMap((r) => r.grants),
      errors: dedupeErrors(results.flatMap((r) => r.errors)),
    };
  };

  return Object.assign(run, {
    prepare(snapshot: Snapshot, side: "base" | "head") {
      if (prepared.has(snapshot) || threads < 2 || !sources[side] || !transferOf(snapshot)) return;
      if (roughUnitCount(snapshot) < MIN_UNITS_FOR_WORKERS) return;
      prepared.set(
        snapshot,
        Array.from({ length: threads }, () => spawn()),
      );
    },
  });
}

function countUnits(units: Units): number {
  return units.templates.length + units.terraformRoots.length + units.cdkAssemblies.length;
}

function transferOf(snapshot: Snapshot): SnapshotTransfer | undefined {
  const dir = directoryListingOf(snapshot);
  if (dir) return { kind: "dir", listing: dir };
  const git = gitListingOf(snapshot);
  if (git) return { kind: "git", listing: git };
  return undefined;
}

/** An upper estimate of the units, from the paths alone: folders with .tf files, and YAML/JSON files. */
function roughUnitCount(snapshot: Snapshot): number {
  const dirs = new Set<string>();
  let templates = 0;
  for (const p of snapshot.paths) {
    if (p.endsWith(".tf") || p.endsWith(".tf.json")) dirs.add(p.slice(0, Math.max(0, p.lastIndexOf("/"))));
    else if (/\.(ya?ml|json|template)$/i.test(p)) templates++;
  }
  return dirs.size + templates;
}

interface PoolWorker {
  worker: Worker;
  /** Set when the thread has ended (an error at start-up, or terminated). */
  gone?: Error;
}

/**
 * A worker thread that starts its HCL parser at once and waits, unreferenced (it does not keep
 * the process alive), for work.
 */
function spawn(): PoolWorker {
  const w: PoolWorker = { worker: new Worker(new URL("./worker.js", import.meta.url)) };
  w.worker.unref();
  w.worker.on("error", (err) => {
    w.gone ??= err;
  });
  w.worker.on("exit", (code) => {
    w.gone ??= new Error(`worker exited (${code})`);
  });
  return w;
}

/** Send each worker the snapshot, then chunks one at a time as they finish; results in chunk order. */
function dispatch(workers: PoolWorker[], open: WorkerMessage, chunks: Units[]): Promise<UnitsAnalysis[]> {
  return new Promise((resolve, reject) => {
    const results: UnitsAnalysis[] = new Array(chunks.length);
    let next = 0;
    let done = 0;
    let settled = false;
    const stop = (err?: Error) => {
      if (settled) return;
      settled = true;
      for (const { worker } of workers) {
        worker.removeAllListeners("message");
        void worker.terminate();
      }
      if (err) reject(err);
      else resolve(results);
    };
    const feed = (w: PoolWorker) => {
      if (next >= chunks.length) return;
      const id = next++;
      const msg: WorkerMessage = { type: "units", id, units: chunks[id]! };
      w.worker.postMessage(msg);
    };
    for (const w of workers) {
      if (w.gone) {
        stop(new Error(`worker failed: ${w.gone.message}`));
        return;
      }
      w.worker.ref();
      w.worker.on("message", (reply: WorkerReply) => {
        if (reply.type === "failed") {
          stop(new Error(`worker failed: ${reply.error}`));
          return;
        }
        results[reply.id] = reply.result;
        if (++done === chunks.length) stop();
        else feed(w);
      });
      w.worker.once("error", (err) => stop(new Error(`worker failed: ${err.message}`)));
      w.worker.once("exit", (code) => stop(new Error(`worker exited (${code}) before finishing`)));
      w.worker.postMessage(open);
      feed(w);
    }
  });
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
