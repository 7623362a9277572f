/**
 * Worker threads and the sessions that spread chunks of units over them and the main thread.
 */
import { Worker } from "node:worker_threads";
import type { UnitsAnalysis } from "../analyze/analyze.js";
import type { Units } from "../discover/discover.js";
import { replyResult, type WorkerMessage, type WorkerReply } from "./worker-messages.js";

export interface PoolWorker {
  worker: Worker;
  /** Set when the thread has ended (an error at start-up, or terminated). */
  gone?: Error;
}

/**
 * A worker thread: it loads its modules at once and waits, unreferenced (it does not keep the
 * process alive until a session's `finish`), for work.
 */
export function spawn(): PoolWorker {
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

/**
 * The chunks of one snapshot on a set of workers and this thread. Chunks may be added while
 * earlier ones are read; `finish` says no more will come and gives every result, in chunk order.
 */
export interface Session {
  /** Queue more chunks; `first`, when given, reaches every worker before them. */
  add(chunks: readonly Units[], first?: WorkerMessage): void;
  finish(): Promise<UnitsAnalysis[]>;
}

/** Chunks in flight per worker: the next is queued there while a result travels back. */
const IN_FLIGHT = 2;

/**
 * Send each worker `open`, then chunks, IN_FLIGHT at a time, so that no worker waits for a round
 * trip; this thread reads chunks with `local` meanwhile, taking the next one not yet sent, once
 * it is free (an audit's discovery first). The workers are terminated when the session ends; the
 * first failure ends it and rejects `finish`.
 */
export function startSession(
  workers: readonly PoolWorker[],
  open: WorkerMessage,
  local: (chunk: Units) => Promise<UnitsAnalysis>,
): Session {
  const chunks: Units[] = [];
  const results: UnitsAnalysis[] = [];
  const inFlight = new Map<PoolWorker, number>();
  let next = 0;
  let done = 0;
  let closed = false;
  let settled = false;
  let localBusy = false;
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
  const finished = (id: number, result: UnitsAnalysis) => {
    results[id] = result;
    done++;
    if (closed && done === chunks.length) stop();
  };
  const feed = (w: PoolWorker) => {
    while (!settled && next < chunks.length && (inFlight.get(w) ?? 0) < IN_FLIGHT) {
      const id = next++;
      inFlight.set(w, (inFlight.get(w) ?? 0) + 1);
      const msg: WorkerMessage = { type: "units", id, units: chunks[id]! };
      w.worker.postMessage(msg);
    }
  };
  const readHere = async () => {
    localBusy = true;
    try {
      while (!settled && next < chunks.length) {
        const id = next++;
        finished(id, await local(chunks[id]!));
      }
    } finally {
      localBusy = false;
    }
  };
  const pump = () => {
    for (const w of workers) feed(w);
    if (!localBusy && next < chunks.length)
      readHere().catch((err: Error) => stop(new Error(`reading in the main thread failed: ${err.message}`)));
  };

  for (const w of workers) {
    if (w.gone) {
      stop(new Error(`worker failed: ${w.gone.message}`));
      break;
    }
    w.worker.on("message", (reply: WorkerReply) => {
      if (reply.type === "failed") {
        stop(new Error(`worker failed: ${reply.error}`));
        return;
      }
      inFlight.set(w, (inFlight.get(w) ?? 1) - 1);
      finished(reply.id, replyResult(reply));
      feed(w);
    });
    w.worker.once("error", (err) => stop(new Error(`worker failed: ${err.message}`)));
    w.worker.once("exit", (code) => stop(new Error(`worker exited (${code}) before finishing`)));
    w.worker.postMessage(open);
  }

  return {
    add(more, first) {
      if (closed) throw new Error("session already finished");
      if (settled) return;
      if (first) for (const w of workers) w.worker.postMessage(first);
      chunks.push(...more);
      // This thread starts reading only at `finish`: before that it is still discovering.
      for (const w of workers) feed(w);
    },
    finish() {
      closed = true;
      // Only now do the workers keep the process alive: if discovery fails after `unitsAhead`, the
      // run ends with its error instead of waiting for them.
      for (const { worker } of workers) worker.ref();
      if (done === chunks.length) stop();
      else pump();
      return all;
    },
  };
}
