// Worker-thread entry: reads a share of the units of a snapshot and sends back their grants.
import { parentPort } from "node:worker_threads";
import type { Allowlist } from "./allowlist/types.js";
import { type AnalyzeOptions, analyzeUnits } from "./analyze/analyze.js";
import type { Units } from "./discover/discover.js";
import { openSource, type SnapshotSource } from "./github/snapshot-source.js";

export interface WorkerJob {
  source: SnapshotSource;
  units: Units;
  allowlist: Allowlist;
  options: AnalyzeOptions;
}

parentPort?.on("message", async (job: WorkerJob) => {
  try {
    const snapshot = openSource(job.source);
    const result = await analyzeUnits(snapshot, job.units, job.allowlist, job.options);
    parentPort?.postMessage({ ok: true, result });
  } catch (err) {
    parentPort?.postMessage({ ok: false, error: (err as Error).message });
  }
});
