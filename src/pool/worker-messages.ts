/**
 * What the main thread and the worker threads say to each other (src/worker.ts,
 * worker-session.ts): the snapshot to open, texts read already, chunks of units, and results.
 */
import type { Allowlist } from "../allowlist/types.js";
import type { AnalyzeOptions, UnitsAnalysis } from "../analyze/analyze.js";
import type { Units } from "../discover/discover.js";
import { jsonExact } from "../model/objects.js";
import type { DirectoryListing } from "../sources/fs-snapshot.js";
import type { BlobBatch, GitListing } from "../sources/git-snapshot.js";
import type { TextRead } from "../sources/text.js";

/** How a worker thread opens the main thread's snapshot without walking it or running git again. */
export type SnapshotTransfer =
  | { kind: "dir"; listing: DirectoryListing }
  | { kind: "git"; listing: GitListing };

/** Main thread -> worker: first the snapshot and settings, then queues of work items (and texts). */
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
  /** Texts the main thread read after "open", and blobs it read from git since (shared memory). */
  | { type: "texts"; texts: PackedTexts; blobs?: BlobBatch[] }
  /**
   * Work items, each read by the first thread free: a thread takes the next with
   * Atomics.add(next, 0, 1) until the index passes the last. Item i's reply has id `first + i`.
   * The items share one `terraformFiles` array, which the message copies once.
   */
  | { type: "units"; first: number; items: readonly Units[]; next: Int32Array };

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
