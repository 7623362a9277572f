// A session's threads take work themselves: a worker takes the next item as soon as it is free,
// while the main thread is still busy with one, and the results come back in item order.
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import type { UnitsAnalysis } from "../../src/analyze/analyze.js";
import type { Units } from "../../src/discover/discover.js";
import type { WorkerMessage } from "../../src/pool/worker-messages.js";
import { type PoolWorker, startSession } from "../../src/pool/worker-session.js";

const item = (root: string): Units => ({
  templates: [],
  terraformRoots: [root],
  cdkAssemblies: [],
  terraformFiles: [],
});
const resultOf = (who: string, units: Units): UnitsAnalysis => ({
  grants: [],
  errors: [],
  notes: [`${who}:${units.terraformRoots.join(",")}`],
  skipped: [],
});

/**
 * A worker thread that takes items as worker.ts does (Atomics.add on the queue's counter) and
 * reads each in a few milliseconds.
 */
function fakeWorker(): PoolWorker {
  const code = `
    const { parentPort } = require("node:worker_threads");
    parentPort.on("message", (msg) => {
      if (msg.type !== "units") return;
      for (;;) {
        const i = Atomics.add(msg.next, 0, 1);
        if (i >= msg.items.length) return;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
        const notes = ["w:" + msg.items[i].terraformRoots.join(",")];
        parentPort.postMessage({ type: "done", id: msg.first + i, result: { grants: [], errors: [], notes, skipped: [] } });
      }
    });`;
  return { worker: new Worker(code, { eval: true }) };
}

/** Keep this thread busy, as reading a unit does (no turn of the event loop meanwhile). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

describe("a pool session", () => {
  it("lets a worker take every item it can while the main thread is busy with one, results in item order", async () => {
    const open: WorkerMessage = { type: "texts", texts: { paths: "", joined: "", ends: [], others: [] } };
    let mainItems = 0;
    const worker = fakeWorker();
    await once(worker.worker, "online");
    const session = startSession([worker], open, async (units) => {
      mainItems++;
      // The main thread is slow: one item keeps it busy longer than the worker needs for all.
      busy(600);
      return resultOf("main", units);
    });
    const roots = Array.from({ length: 12 }, (_, i) => `r${String(i).padStart(2, "0")}`);
    session.add(roots.slice(0, 2).map(item));
    session.add(roots.slice(2).map(item));
    const results = await session.finish();
    expect(results.flatMap((r) => r.notes).map((n) => n.split(":")[1])).toEqual(roots);
    expect(mainItems).toBe(1);
    expect(results.filter((r) => r.notes[0]!.startsWith("w:"))).toHaveLength(11);
  });
});
