import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  analyzeUnits,
  createTerraformCache,
  directorySnapshotOf,
  doneReply,
  gitSnapshotOf,
  isLayoutFile,
  isPreloaded,
  unpackTexts
} from "./chunk-MW5I3E5H.js";
import "./chunk-AVC32SKA.js";
import "./chunk-EVVZM25H.js";

// src/worker.ts
import { parentPort } from "node:worker_threads";
var opened;
function open(transfer, texts, terraformTextsFollow) {
  const primed = new Map(texts);
  const snapshot = transfer.kind === "dir" ? directorySnapshotOf(transfer.listing) : (
    // Blobs whose text came (or will come: every file discovery's layout reads) from the main
    // thread are not loaded again.
    gitSnapshotOf(
      transfer.listing,
      (p) => !primed.has(p) && isPreloaded(p) && !(terraformTextsFollow && isLayoutFile(p))
    )
  );
  snapshot.texts?.prime(primed);
  return snapshot;
}
var queue = Promise.resolve();
parentPort?.on("message", (msg) => {
  if (msg.type === "open") {
    opened = {
      snapshot: open(msg.snapshot, unpackTexts(msg.texts), msg.terraformTextsFollow === true),
      allowlist: msg.allowlist,
      options: msg.options,
      // Parses shared by every chunk this thread reads (modules that many roots call), and by
      // both sides of a diff (the cache is keyed by path and text), as in the main thread.
      terraform: opened?.terraform ?? createTerraformCache()
    };
    return;
  }
  if (msg.type === "texts") {
    opened?.snapshot.texts?.prime(unpackTexts(msg.texts));
    return;
  }
  queue = queue.then(() => readChunk(msg));
});
async function readChunk(msg) {
  let reply;
  let transfer = [];
  try {
    if (!opened) throw new Error("no snapshot opened");
    const result = await analyzeUnits(
      opened.snapshot,
      msg.units,
      opened.allowlist,
      opened.options,
      opened.terraform
    );
    ({ reply, transfer } = doneReply(msg.id, result));
  } catch (err) {
    reply = { type: "failed", id: msg.id, error: err.message };
  }
  parentPort?.postMessage(reply, transfer);
}
