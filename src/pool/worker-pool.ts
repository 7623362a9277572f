import { availableParallelism } from "node:os";
import type { UnitsAnalysis } from "../analyze/analyze.js";
import { analyzeUnits } from "../analyze/analyze.js";
import type { RunContext, UnitReader } from "../analyze/context.js";
import type { Units } from "../discover/discover.js";
import { dedupeErrors, dedupeSkipped } from "../iac/read-units.js";
import { jsonExact } from "../model/objects.js";
import { directoryListingOf } from "../sources/fs-snapshot.js";
import { blobBatchesOf, gitListingOf, prefetchBlobs } from "../sources/git-snapshot.js";
import type { Snapshot } from "../sources/snapshot.js";
import type { SnapshotSource } from "../sources/snapshot-source.js";
import type { TextRead } from "../sources/text.js";
import { fileCounts, workPlan } from "./work-plan.js";
import { packTexts, type SnapshotTransfer } from "./worker-messages.js";
import { type PoolWorker, type Session, spawn, startSession } from "./worker-session.js";

/** Below this many units one thread is faster: each worker pays for its own parser start-up. */
const MIN_UNITS_FOR_WORKERS = 24;

/**
 * The readAndExtract seam over this thread and worker threads (one thread per core, at most
 * `max`): the units of a large snapshot are spread over them (work-plan.ts: CloudFormation first,
 * then each Terraform root on its own, heaviest first), each read with the same pure core, every
 * thread taking the next unit when free. Small jobs, and snapshots that cannot be reopened in
 * another thread (a side without a source: a mounted cdk-out), run in this thread.
 *
 * In an audit (every unit discovery finds will be read) the pool gets going while discovery
 * runs: its workers start when discovery starts, or before the snapshot is even listed (`spares`,
 * from spareWorkers: their module loading overlaps the listing), and read the CloudFormation and
 * CDK units as soon as discovery has found them, while this thread goes on reading every
 * Terraform file to find the roots; `readAndExtract` then adds the roots. A diff reads only the
 * units its change affects, known after discovery: nothing starts early.
 *
 * The workers read what this thread read already without git: the texts are sent, the blobs are
 * shared memory; before the roots are handed out, the files below their modules' folders (what
 * file() and templatefile() read) are loaded from git in one batch, not a folder at a time by
 * each thread.
 */
export function parallelReader(
  sources: { base?: SnapshotSource; head?: SnapshotSource },
  max = availableParallelism(),
  spares: PoolWorker[] = [],
): UnitReader {
  const threads = poolThreads(max);
  const prepared = new Map<Snapshot, PoolWorker[]>();
  /** The spare workers not taken yet (the reader takes them at most once), to use or to end. */
  const takeSpares = () => spares.splice(0);
  /** Sessions `unitsAhead` started: the items they were given, and how many texts and blob batches went with "open". */
  const begun = new Map<
    Snapshot,
    { session: Session; early: Units; items: number; textsSent: number; blobsSent: number }
  >();

  const openSession = (
    snapshot: Snapshot,
    context: RunContext,
    transfer: SnapshotTransfer,
    workers: PoolWorker[],
    texts: [string, TextRead][],
    follow: boolean,
    readsHere = true,
  ) =>
    startSession(
      workers,
      {
        type: "open",
        snapshot: transfer,
        texts: packTexts(texts),
        ...(follow ? { terraformTextsFollow: true } : {}),
        allowlist: context.allowlist,
        options: context.options,
      },
      readsHere ? (chunk) => analyzeInSteps(snapshot, chunk, context) : undefined,
    );

  /** The plan for `units`, with the files their modules may read loaded from git in one batch. */
  const planned = (snapshot: Snapshot, units: Units, context: RunContext) => {
    const plan = workPlan(snapshot, units, threads, context);
    prefetchBlobs(snapshot, filesBelow(snapshot, plan.moduleFolders));
    return plan;
  };

  const readAndExtract = async (
    snapshot: Snapshot,
    units: Units,
    context: RunContext,
  ): Promise<UnitsAnalysis> => {
    const started = begun.get(snapshot);
    begun.delete(snapshot);
    if (started) {
      // The CloudFormation units are being read: add the roots, after the texts this thread has
      // read since (every Terraform file) and the blobs it has loaded since.
      const plan = planned(snapshot, remainingUnits(units, started.early), context);
      const texts = textsRead(snapshot);
      const blobs = blobBatchesOf(snapshot).slice(started.blobsSent);
      started.session.add(plan.items, {
        type: "texts",
        texts: packTexts(texts.slice(started.textsSent)),
        ...(blobs.length > 0 ? { blobs } : {}),
      });
      const results = await started.session.finish();
      return merged([...results.slice(0, started.items), ...plan.inUnitOrder(results.slice(started.items))]);
    }
    const ready = prepared.get(snapshot) ?? takeSpares();
    prepared.delete(snapshot);
    if (
      sources[context.side] &&
      threads >= 2 &&
      context.kind === "diff" &&
      context.side === "base" &&
      worthAWorker(snapshot, units)
    ) {
      // A diff reads its base in a worker while this thread reads the head (runDiff asks for
      // both at once): the two sides of a change cost about the same.
      // One item: no work plan (it would lay out the whole repository to weigh the roots).
      // A spare worker (started with the command) has loaded its modules meanwhile.
      const [worker = spawn(), ...unused] = ready;
      for (const w of unused) void w.worker.terminate();
      const session = openSession(
        snapshot,
        context,
        transferOf(snapshot)!,
        [worker],
        textsRead(snapshot),
        false,
        false,
      );
      session.add([units]);
      return merged(await session.finish());
    }
    if (
      !sources[context.side] ||
      !transferOf(snapshot) ||
      threads < 2 ||
      countUnits(units) < MIN_UNITS_FOR_WORKERS
    ) {
      for (const w of ready) void w.worker.terminate();
      return analyzeUnits(snapshot, units, context.allowlist, context.options, context.terraform);
    }
    const plan = planned(snapshot, units, context);
    // This thread reads items too: one worker fewer to start, and its results need no copy.
    const wanted = Math.min(threads, plan.items.length) - 1;
    for (const w of ready.splice(wanted)) void w.worker.terminate();
    while (ready.length < wanted) ready.push(spawn());
    // The transfer after the prefetch: the workers get those blobs too.
    const transfer = transferOf(snapshot)!;
    const session = openSession(snapshot, context, transfer, ready, textsRead(snapshot), false);
    session.add(plan.items);
    return merged(plan.inUnitOrder(await session.finish()));
  };

  return {
    readAndExtract,
    discoveryStarts(snapshot, context) {
      if (context.kind !== "audit") return;
      if (prepared.has(snapshot)) return;
      const ready = takeSpares();
      if (
        threads < 2 ||
        !sources[context.side] ||
        !transferOf(snapshot) ||
        roughUnitCount(snapshot) < MIN_UNITS_FOR_WORKERS
      ) {
        for (const w of ready) void w.worker.terminate();
        return;
      }
      while (ready.length < threads - 1) ready.push(spawn());
      prepared.set(snapshot, ready);
    },
    unitsAhead(snapshot, early, context) {
      const ready = prepared.get(snapshot);
      const transfer = sources[context.side] ? transferOf(snapshot) : undefined;
      if (!ready || ready.length === 0 || !transfer || begun.has(snapshot) || countUnits(early) === 0) return;
      prepared.delete(snapshot);
      const texts = textsRead(snapshot);
      const session = openSession(snapshot, context, transfer, ready, texts, true);
      // Only CloudFormation and CDK: discovery has not found the roots yet.
      const items = workPlan(snapshot, early, threads, context).items;
      session.add(items);
      begun.set(snapshot, {
        session,
        early,
        items: items.length,
        textsSent: texts.length,
        blobsSent: transfer.kind === "git" ? (transfer.listing.blobs?.length ?? 0) : 0,
      });
    },
  };
}

/** The threads a pool of at most `max` uses, this one included. */
function poolThreads(max: number): number {
  return Math.min(max, 8);
}

/**
 * The workers an audit of a large snapshot will use, started before anything is known of the
 * snapshot: each loads its modules (~150 ms) while this thread walks or lists the tree, instead
 * of after. parallelReader takes them (`spares`) and ends those it does not use. At most `most`
 * (a diff reads its base in one).
 */
export function spareWorkers(max = availableParallelism(), most = Number.POSITIVE_INFINITY): PoolWorker[] {
  const threads = poolThreads(max);
  return threads >= 2 ? Array.from({ length: Math.min(threads - 1, most) }, () => spawn()) : [];
}

/** The paths of a snapshot below any of `folders` (in them or in their subfolders). */
function filesBelow(snapshot: Snapshot, folders: ReadonlySet<string>): string[] {
  if (folders.size === 0) return [];
  if (folders.has("")) return [...snapshot.paths];
  return snapshot.paths.filter((p) => {
    for (let slash = p.lastIndexOf("/"); slash > 0; slash = p.lastIndexOf("/", slash - 1))
      if (folders.has(p.slice(0, slash))) return true;
    return false;
  });
}

/** The texts this thread has read of a snapshot: the workers are given them instead of reading. */
function textsRead(snapshot: Snapshot): [string, TextRead][] {
  return snapshot.texts?.entries() ?? [];
}

function merged(results: UnitsAnalysis[]): UnitsAnalysis {
  return {
    grants: results.flatMap((r) => r.grants),
    errors: dedupeErrors(results.flatMap((r) => r.errors)),
    notes: [...new Set(results.flatMap((r) => r.notes))].sort(),
    skipped: dedupeSkipped(results.flatMap((r) => r.skipped)),
  };
}

/** `units` without those `unitsAhead` was given. */
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

/** Terraform roots read in this thread between two looks at the workers' messages. */
const LOCAL_STEP = 8;

/**
 * analyzeUnits in this thread, Terraform roots a few at a time with a turn of the event loop in
 * between, so that the workers' results are taken (and a failure seen) without waiting for the
 * whole chunk. The steps are those of earlier versions: grants of roots read in one call can
 * depend on each other (see work-plan.ts), and the reports stay the same.
 */
async function analyzeInSteps(snapshot: Snapshot, units: Units, context: RunContext): Promise<UnitsAnalysis> {
  const { allowlist, options, terraform: cache } = context;
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
  return sameFormAsWorkers(merged(parts));
}

/**
 * A result read in this thread in the form a worker's comes in: through JSON, when JSON gives it
 * back exactly. Its strings come out in V8's one-byte form, which the report's JSON.stringify
 * and the UTF-8 writing take about twice as fast as the readers' two-byte strings.
 */
function sameFormAsWorkers(result: UnitsAnalysis): UnitsAnalysis {
  return jsonExact(result) ? (JSON.parse(JSON.stringify(result)) as UnitsAnalysis) : result;
}

/**
 * Whether a diff's base is worth a worker thread of its own: one starts in about the time this
 * thread reads a root of a handful of files.
 */
function worthAWorker(snapshot: Snapshot, units: Units): boolean {
  if (!transferOf(snapshot)) return false;
  const count = fileCounts(snapshot, units);
  let files = 0;
  for (const u of [...units.terraformRoots, ...units.cdkAssemblies, ...units.templates]) files += count(u);
  return files >= MIN_FILES_FOR_A_WORKER;
}

/** Files (in the units' own folders) from which a diff's base is read in a worker thread. */
const MIN_FILES_FOR_A_WORKER = 8;
