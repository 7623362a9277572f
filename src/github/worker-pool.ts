import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Allowlist } from "../allowlist/types.js";
import type { AnalyzeOptions, UnitRunnerWithPrepare, UnitsAnalysis } from "../analyze/analyze.js";
import { analyzeUnits } from "../analyze/analyze.js";
import { chunkUnits } from "../analyze/partition.js";
import type { Units } from "../discover/discover.js";
import { dedupeErrors } from "../iac/read-units.js";
import { createTerraformCache, type TerraformCache } from "../iac/terraform/index.js";
import type { Snapshot } from "../sources/snapshot.js";
import { type TextRead, textsRead } from "../sources/text.js";
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

/** Main thread -> worker: first the snapshot and settings, then chunks of units (and texts). */
export type WorkerMessage =
  | {
      type: "open";
      snapshot: SnapshotTransfer;
      /** Texts the main thread has read already (discovery reads every Terraform file). */
      texts: PackedTexts;
      /**
       * The Terraform files' texts follow in a "texts" message: an audit starts the
       * CloudFormation units before discovery has read them. The worker does not load them.
       */
      terraformTextsFollow?: boolean;
      allowlist: Allowlist;
      options: AnalyzeOptions;
    }
  /** Texts the main thread read after "open". */
  | { type: "texts"; texts: PackedTexts }
  | { type: "units"; id: number; units: Units };

/**
 * The texts read so far, as a worker is sent them: the ASCII texts joined into one string, which
 * a message copies as one block (thousands of small strings and objects are each serialised, for
 * each worker), the others (non-ASCII, unreadable) one by one. ASCII only, so that the texts cut
 * out of the joined one keep V8's compact one-byte form, whatever the others hold.
 */
export interface PackedTexts {
  /** Paths of the joined texts, in order, each followed by "\0" (no path holds one). */
  paths: string;
  joined: string;
  /** Where each joined text ends in `joined`. */
  ends: number[];
  others: [string, TextRead][];
}

export function packTexts(entries: readonly [string, TextRead][]): PackedTexts {
  const paths: string[] = [];
  const texts: string[] = [];
  const ends: number[] = [];
  const others: [string, TextRead][] = [];
  let end = 0;
  for (const entry of entries) {
    const [path, read] = entry;
    if ("text" in read && !path.includes("\0") && !NON_ASCII.test(read.text)) {
      paths.push(path);
      texts.push(read.text);
      end += read.text.length;
      ends.push(end);
    } else {
      others.push(entry);
    }
  }
  return { paths: paths.map((p) => `${p}\0`).join(""), joined: texts.join(""), ends, others };
}

const NON_ASCII = /[^\x00-\x7f]/;

export function unpackTexts(packed: PackedTexts): [string, TextRead][] {
  const out: [string, TextRead][] = [];
  let start = 0;
  let from = 0;
  for (const end of packed.ends) {
    const stop = packed.paths.indexOf("\0", from);
    out.push([packed.paths.slice(from, stop), { text: packed.joined.slice(start, end) }]);
    from = stop + 1;
    start = end;
  }
  out.push(...packed.others);
  return out;
}

/**
 * Worker -> main thread. A result that JSON represents exactly travels as UTF-8 JSON in a
 * transferred buffer ("json"), else structured-cloned ("done"). JSON is the cheaper way on the
 * main thread, which decodes every chunk: it parses faster than a structured clone deserialises,
 * and its strings come out in V8's one-byte form (the readers' strings are often two-byte, being
 * cut from texts that held token markers), which the report's JSON.stringify writes about three
 * times as fast.
 */
export type WorkerReply =
  | { type: "done"; id: number; result: UnitsAnalysis }
  | { type: "json"; id: number; json: Uint8Array }
  | { type: "failed"; id: number; error: string };

/** The reply for a chunk's result, and the buffers to transfer with it. */
export function doneReply(
  id: number,
  result: UnitsAnalysis,
): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  if (!jsonExact(result)) return { reply: { type: "done", id, result }, transfer: [] };
  const json = new TextEncoder().encode(JSON.stringify(result));
  const own = json.byteOffset === 0 && json.byteLength === json.buffer.byteLength;
  return { reply: { type: "json", id, json }, transfer: own ? [json.buffer as ArrayBuffer] : [] };
}

/** The result a "done" or "json" reply carries. */
export function replyResult(reply: Extract<WorkerReply, { type: "done" | "json" }>): UnitsAnalysis {
  return reply.type === "json"
    ? (JSON.parse(new TextDecoder().decode(reply.json)) as UnitsAnalysis)
    : reply.result;
}

/**
 * Whether JSON.parse(JSON.stringify(v)) gives back what a structured clone would: only plain
 * objects and arrays (no holes), strings, booleans, null and finite numbers other than -0. No
 * undefined anywhere: JSON drops such a property, which a renderer could tell apart.
 */
export function jsonExact(v: unknown): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v) && !Object.is(v, -0);
    case "object": {
      if (v === null) return true;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * A runner that spreads the units of a large snapshot over this thread and worker threads (one
 * thread per core, at most `max`), each reading chunks of units with the same pure core and
 * taking the next chunk when done. `prepare`, called before discovery, starts the workers early:
 * their start-up (module loading) overlaps the main thread's discovery. `begin`, called by
 * discovery as soon as the CloudFormation and CDK units are known, sets the workers reading them
 * while this thread goes on reading every Terraform file to find the roots; the call that follows
 * adds the roots. Small jobs, and snapshots that cannot be reopened in another thread (a mounted
 * cdk-out), run in this thread.
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
  /** Sessions `begin` started: the units they were given, and how many texts went with "open". */
  const begun = new Map<Snapshot, { session: Session; early: Units; textsSent: number }>();

  const chunksOf = (snapshot: Snapshot, units: Units) => {
    const weights = unitWeights(snapshot, units);
    return chunkUnits(units, threads, (u) => weights.get(u) ?? 1);
  };
  const openSession = (
    snapshot: Snapshot,
    transfer: SnapshotTransfer,
    workers: PoolWorker[],
    texts: [string, TextRead][],
    follow: boolean,
  ) =>
    startSession(
      workers,
      {
        type: "open",
        snapshot: transfer,
        texts: packTexts(texts),
        ...(follow ? { terraformTextsFollow: true } : {}),
        allowlist,
        options,
      },
      (chunk) => analyzeInSteps(snapshot, chunk, allowlist, options, cache),
    );

  const run = async (snapshot: Snapshot, side: "base" | "head", units: Units): Promise<UnitsAnalysis> => {
    const started = begun.get(snapshot);
    begun.delete(snapshot);
    if (started) {
      // The CloudFormation units are being read: add the roots, after the texts this thread has
      // read since (every Terraform file).
      const texts = textsRead(snapshot);
      started.session.add(chunksOf(snapshot, remainingUnits(units, started.early)), {
        type: "texts",
        texts: packTexts(texts.slice(started.textsSent)),
      });
      return merged(await started.session.finish());
    }
    const ready = prepared.get(snapshot) ?? [];
    prepared.delete(snapshot);
    const transfer = sources[side] ? transferOf(snapshot) : undefined;
    if (!transfer || threads < 2 || countUnits(units) < MIN_UNITS_FOR_WORKERS) {
      for (const w of ready) void w.worker.terminate();
      return analyzeUnits(snapshot, units, allowlist, options, cache);
    }
    const chunks = chunksOf(snapshot, units);
    // This thread reads chunks too: one worker fewer to start, and its results need no copy.
    const wanted = Math.min(threads, chunks.length) - 1;
    for (const w of ready.splice(wanted)) void w.worker.terminate();
    while (ready.length < wanted) ready.push(spawn());
    const session = openSession(snapshot, transfer, ready, textsRead(snapshot), false);
    session.add(chunks);
    return merged(await session.finish());
  };

  return Object.assign(run, {
    prepare(snapshot: Snapshot, side: "base" | "head") {
      if (prepared.has(snapshot) || threads < 2 || !sources[side] || !transferOf(snapshot)) return;
      if (roughUnitCount(snapshot) < MIN_UNITS_FOR_WORKERS) return;
      prepared.set(
        snapshot,
        Array.from({ length: threads - 1 }, () => spawn()),
      );
    },
    begin(snapshot: Snapshot, side: "base" | "head", early: Units) {
      const ready = prepared.get(snapshot);
      const transfer = sources[side] ? transferOf(snapshot) : undefined;
      if (!ready || ready.length === 0 || !transfer || begun.has(snapshot) || countUnits(early) === 0) return;
      prepared.delete(snapshot);
      const texts = textsRead(snapshot);
      const session = openSession(snapshot, transfer, ready, texts, true);
      session.add(chunksOf(snapshot, early));
      begun.set(snapshot, { session, early, textsSent: texts.length });
    },
  });
}

function merged(results: UnitsAnalysis[]): UnitsAnalysis {
  return {
    grants: results.flatMap((r) => r.grants),
    errors: dedupeErrors(results.flatMap((r) => r.errors)),
  };
}

/** `units` without those `begin` was given. */
function remainingUnits(units: Units, early: Units): Units {
  const without = (list: readonly string[], given: readonly string[]) => {
    const set = new Set(given);
    return list.filter((u) => !set.has(u));
  };
  return {
    ...units,
    templates: without(units.templates, early.templates),
    terraformRoots: without(units.terraformRoots, early.terraformRoots),
    cdkAssemblies: without(units.cdkAssemblies, early.cdkAssemblies),
  };
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

/**
 * The chunks of one snapshot on a set of workers and this thread. Chunks may be added while
 * earlier ones are read; `finish` says no more will come and gives every result, in chunk order.
 */
interface Session {
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
function startSession(
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
      // Only now do the workers keep the process alive: if discovery fails after `begin`, the
      // run ends with its error instead of waiting for them.
      for (const { worker } of workers) worker.ref();
      if (done === chunks.length) stop();
      else pump();
      return all;
    },
  };
}

/** Terraform roots read in this thread between two looks at the workers' messages. */
const LOCAL_STEP = 8;

/**
 * analyzeUnits in this thread, Terraform roots a few at a time with a turn of the event loop in
 * between, so that a worker's result is taken (and the worker sent its next chunk) without
 * waiting for the whole chunk. The grants of a Terraform root depend on that root alone.
 */
async function analyzeInSteps(
  snapshot: Snapshot,
  units: Units,
  allowlist: Allowlist,
  options: AnalyzeOptions,
  cache: TerraformCache,
): Promise<UnitsAnalysis> {
  const roots = units.terraformRoots;
  if (roots.length <= LOCAL_STEP)
    return sameFormAsWorkers(await analyzeUnits(snapshot, units, allowlist, options, cache));
  const parts: UnitsAnalysis[] = [];
  if (units.templates.length > 0 || units.cdkAssemblies.length > 0)
    parts.push(await analyzeUnits(snapshot, { ...units, terraformRoots: [] }, allowlist, options, cache));
  for (let i = 0; i < roots.length; i += LOCAL_STEP) {
    await new Promise((resolve) => setImmediate(resolve));
    // Terraform roots read no CloudFormation: no family, so no step looks for exports again.
    const step: Units = {
      ...units,
      templates: [],
      cdkAssemblies: [],
      cloudformation: { templates: [], cdkAssemblies: [] },
      terraformRoots: roots.slice(i, i + LOCAL_STEP),
    };
    parts.push(await analyzeUnits(snapshot, step, allowlist, options, cache));
  }
  return sameFormAsWorkers({
    grants: parts.flatMap((p) => p.grants),
    errors: dedupeErrors(parts.flatMap((p) => p.errors)),
  });
}

/**
 * A result read in this thread in the form a worker's comes in: through JSON, when JSON gives it
 * back exactly. Its strings come out in V8's one-byte form, which the report's JSON.stringify
 * and the UTF-8 writing take about twice as fast as the readers' two-byte strings.
 */
function sameFormAsWorkers(result: UnitsAnalysis): UnitsAnalysis {
  return jsonExact(result) ? (JSON.parse(JSON.stringify(result)) as UnitsAnalysis) : result;
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
