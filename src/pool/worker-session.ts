/**
 * Worker threads and the sessions that spread chunks of units over them and the main thread.
 */
import { createRequire } from "node:module";
import type { UnitsAnalysis } from "../analyze/analyze.js";
import type { Units } from "../discover/discover.js";
import { replyResult, type WorkerMessage, type WorkerReply } from "./worker-messages.js";

export interface PoolWorker {
  worker: import("node:worker_threads").Worker;
  /** Set when the thread has ended (an error at start-up, or terminated). */
  gone?: Error;
}

/**
 * node:worker_threads, loaded when the first worker starts: a run that needs none (the action
 * with little to read, every diff of a few units) does not pay for it at start-up.
 */
const threads = (): typeof import("node:worker_threads") =>
  createRequire(import.meta.url)("node:worker_threads");

/**
 * A worker thread: it loads its modules at once and waits, unreferenced (it does not keep the
 * process alive until a session's `finish`), for work.
 */
export function spawn(): PoolWorker {
  const w: PoolWorker = { worker: new (threads().Worker)(new URL("./worker.js", import.meta.url)) };
  w.worker.unref();
  w.worker.on("error", (err) => {
    w.gone ??= err;
  });
  w.worker.on("exit", (code) => {
    w.gone ??= new Error(`worker exited (${code})`);
  });
  return w;
}

/**
 * The work items of one snapshot on a set of workers and this thread. Items may be added while
 * earlier ones are read; `finish` says no more will come and gives every result, in item order.
 */
export interface Session {
  /** Queue more items; `first`, when given, reaches every worker before them. */
  add(items: readonly Units[], first?: WorkerMessage): void;
  finish(): Promise<UnitsAnalysis[]>;
}

/** Items added together, and the shared counter from which every thread takes the next one. */
interface Queue {
  items: readonly Units[];
  /** The index in the session of the queue's first item. */
  first: number;
  /** Int32 [0]: the next item not yet taken (Atomics.add by whichever thread takes it). */
  next: Int32Array;
}

/**
 * Send each worker `open`, then each queue of items with a counter in shared memory: every thread
 * takes the next item itself (Atomics.add), the workers as soon as they are free, without waiting
 * for this thread to hand it out (it may be busy reading an item for seconds). This thread takes
 * items with `local` too, from `finish` on (before that it is still discovering). The workers are
 * terminated when the session ends; the first failure ends it and rejects `finish`.
 */
export function startSession(
  workers: readonly PoolWorker[],
  open: WorkerMessage,
  /** How this thread reads an item; without it only the workers read (this thread has other work). */
  local?: (item: Units) => Promise<UnitsAnalysis>,
): Session {
  const queues: Queue[] = [];
  const results: UnitsAnalysis[] = [];
  let total = 0;
  let done = 0;
  let closed = false;
  let settled = false;
  let resolveAll!: (r: UnitsAnalysis[]) => void;
  let rejectAll!: (e: Error) => void;
  const all = new Promise<UnitsAnalysis[]>((resolve, reject) => {
    resolveAll = resolve;
    rejectAll = reject;
  });
  // A failure before `finish` is kept for it, not reported as unhandled.
  all.catch(() => undefined);

  const stop = (err?: Error) => {
    if (settled) return;
    settled = true;
    for (const { worker } of workers) {
      worker.removeAllListeners("message");
      void worker.terminate();
    }
    if (err) rejectAll(err);
    else resolveAll(results);
  };
  const finished = (index: number, result: UnitsAnalysis) => {
    results[index] = result;
    done++;
    if (closed && done === total) stop();
  };
  const readHere = async () => {
    if (!local) return;
    for (const q of queues) {
      for (;;) {
        if (settled) return;
        const i = Atomics.add(q.next, 0, 1);
        if (i >= q.items.length) break;
        finished(q.first + i, await local(q.items[i]!));
        // A turn of the event loop: the workers' results (or a failure) are taken meanwhile.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };

  for (const w of workers) {
    if (w.gone) {
      stop(new Error(`worker failed: ${w.gone.message}`));
      break;
    }
    w.worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "failed") stop(new Error(`worker failed: ${reply.error}`));
      else finished(reply.id, replyResult(reply));
    });
    w.worker.once("error", (err) => stop(new Error(`worker failed: ${err.message}`)));
    w.worker.once("exit", (code) => stop(new Error(`worker exited (${code}) before finishing`)));
    w.worker.postMessage(open);
  }

  return {
    add(items, first) {
      if (closed) throw new Error("session already finished");
      if (settled) return;
      if (first) for (const w of workers) w.worker.postMessage(first);
      if (items.length === 0) return;
      const next = new Int32Array(new SharedArrayBuffer(4));
      queues.push({ items, first: total, next });
      const msg: WorkerMessage = { type: "units", first: total, items, next };
      for (const w of workers) w.worker.postMessage(msg);
      total += items.length;
    },
    finish() {
      closed = true;
      // Only now do the workers keep the process alive: if discovery fails after `unitsAhead`, the
      // run ends with its error instead of waiting for them.
      for (const { worker } of workers) worker.ref();
      if (done === total) stop();
      else
        readHere().catch((err: Error) =>
          stop(new Error(`reading in the main thread failed: ${err.message}`)),
        );
      return all;
    },
  };
}
