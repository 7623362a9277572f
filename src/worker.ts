// Worker-thread entry: opens the main thread's snapshot, then takes work items from the queues it
// is sent, the next one each time it is free, and sends back their grants; texts the main thread
// read later (an audit's Terraform files) come in between. hcl2json's WASM runtime starts only if a file
// needs it (see iac/terraform/hcl.ts): most files take the native parser.
import { parentPort } from "node:worker_threads";
import type { Allowlist } from "./allowlist/types.js";
import { type AnalyzeOptions, analyzeUnits } from "./analyze/analyze.js";
import type { Units } from "./discover/discover.js";
import { createTerraformCache, isLayoutFile, type TerraformCache } from "./iac/terraform/index.js";
import {
  doneReply,
  type SnapshotTransfer,
  unpackTexts,
  type WorkerMessage,
  type WorkerReply,
} from "./pool/worker-messages.js";
import { directorySnapshotOf } from "./sources/fs-snapshot.js";
import { addBlobs, gitSnapshotOf, isPreloaded } from "./sources/git-snapshot.js";
import type { Snapshot } from "./sources/snapshot.js";

/** The snapshot this thread reads, with the run's allowlist and options, and the thread's Terraform cache. */
let opened:
  | { snapshot: Snapshot; allowlist: Allowlist; options: AnalyzeOptions; terraform: TerraformCache }
  | undefined;

function open(
  transfer: SnapshotTransfer,
  texts: Iterable<[string, { text: string } | { error: string }]>,
  terraformTextsFollow: boolean,
) {
  const primed = new Map(texts);
  const snapshot =
    transfer.kind === "dir"
      ? directorySnapshotOf(transfer.listing)
      : // Blobs the main thread read come with the listing (shared memory); those whose text came
        // (or will come: every file discovery's layout reads) from it are not loaded either.
        gitSnapshotOf(
          transfer.listing,
          (p) => !primed.has(p) && isPreloaded(p) && !(terraformTextsFollow && isLayoutFile(p)),
        );
  snapshot.texts?.prime(primed);
  return snapshot;
}

// Queues are read one after the other (the CloudFormation units an audit starts early, then the roots).
let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (msg: WorkerMessage) => {
  if (msg.type === "open") {
    opened = {
      snapshot: open(msg.snapshot, unpackTexts(msg.texts), msg.terraformTextsFollow === true),
      allowlist: msg.allowlist,
      options: msg.options,
      // Parses shared by every item this thread reads (modules that many roots call), and by
      // both sides of a diff (the cache is keyed by path and text), as in the main thread.
      terraform: opened?.terraform ?? createTerraformCache(),
    };
    return;
  }
  if (msg.type === "texts") {
    // Before the items that need them: a port delivers messages in order.
    opened?.snapshot.texts?.prime(unpackTexts(msg.texts));
    if (opened && msg.blobs) addBlobs(opened.snapshot, msg.blobs);
    return;
  }
  queue = queue.then(() => readQueue(msg));
});

/** Take the queue's next item until none is left (the other threads take from it too). */
async function readQueue(msg: Extract<WorkerMessage, { type: "units" }>): Promise<void> {
  for (;;) {
    const i = Atomics.add(msg.next, 0, 1);
    if (i >= msg.items.length) return;
    await readItem(msg.first + i, msg.items[i]!);
  }
}

async function readItem(id: number, units: Units): Promise<void> {
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (!opened) throw new Error("no snapshot opened");
    const result = await analyzeUnits(
      opened.snapshot,
      units,
      opened.allowlist,
      opened.options,
      opened.terraform,
    );
    ({ reply, transfer } = doneReply(id, result));
  } catch (err) {
    reply = { type: "failed", id, error: (err as Error).message };
  }
  parentPort?.postMessage(reply, transfer);
}
