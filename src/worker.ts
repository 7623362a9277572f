// Worker-thread entry: opens the main thread's snapshot, then reads the chunks of units it is
// sent, one after the other, and sends back their grants; texts the main thread read later (an
// audit's Terraform files) come in between. hcl2json's WASM runtime starts only if a file
// needs it (see iac/terraform/hcl.ts): most files take the native parser.
import { parentPort } from "node:worker_threads";
import type { Allowlist } from "./allowlist/types.js";
import { type AnalyzeOptions, analyzeUnits } from "./analyze/analyze.js";
import { createTerraformCache, isLayoutFile, type TerraformCache } from "./iac/terraform/index.js";
import {
  doneReply,
  type SnapshotTransfer,
  unpackTexts,
  type WorkerMessage,
  type WorkerReply,
} from "./pool/worker-messages.js";
import { directorySnapshotOf } from "./sources/fs-snapshot.js";
import { gitSnapshotOf, isPreloaded } from "./sources/git-snapshot.js";
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
      : // Blobs whose text came (or will come: every file discovery's layout reads) from the main
        // thread are not loaded again.
        gitSnapshotOf(
          transfer.listing,
          (p) => !primed.has(p) && isPreloaded(p) && !(terraformTextsFollow && isLayoutFile(p)),
        );
  snapshot.texts?.prime(primed);
  return snapshot;
}

// Chunks queue up: the main thread sends the next one before this one's result is back (so this
// thread never waits for a round trip), and they are read one after the other.
let queue: Promise<void> = Promise.resolve();

parentPort?.on("message", (msg: WorkerMessage) => {
  if (msg.type === "open") {
    opened = {
      snapshot: open(msg.snapshot, unpackTexts(msg.texts), msg.terraformTextsFollow === true),
      allowlist: msg.allowlist,
      options: msg.options,
      // Parses shared by every chunk this thread reads (modules that many roots call), and by
      // both sides of a diff (the cache is keyed by path and text), as in the main thread.
      terraform: opened?.terraform ?? createTerraformCache(),
    };
    return;
  }
  if (msg.type === "texts") {
    // Before the chunks that need them: a port delivers messages in order.
    opened?.snapshot.texts?.prime(unpackTexts(msg.texts));
    return;
  }
  queue = queue.then(() => readChunk(msg));
});

async function readChunk(msg: Extract<WorkerMessage, { type: "units" }>): Promise<void> {
  let reply: WorkerReply;
  let transfer: ArrayBuffer[] = [];
  try {
    if (!opened) throw new Error("no snapshot opened");
    const result = await analyzeUnits(
      opened.snapshot,
      msg.units,
      opened.allowlist,
      opened.options,
      opened.terraform,
    );
    ({ reply, transfer } = doneReply(msg.id, result));
  } catch (err) {
    reply = { type: "failed", id: msg.id, error: (err as Error).message };
  }
  parentPort?.postMessage(reply, transfer);
}
