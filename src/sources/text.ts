import { sanitizeText } from "../model/symbolic.js";
import { type ReadFailureKind, type Snapshot, tooLarge } from "./snapshot.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type TextRead =
  | { readonly text: string }
  | { readonly error: string; readonly kind?: ReadFailureKind };

/**
 * Texts already read, per snapshot. A snapshot does not change, and the same files are read many
 * times in one run (discovery, then each root that calls a shared module, both sides of a diff):
 * each is read from disk or git and decoded once.
 */
const texts = new WeakMap<Snapshot, Map<string, TextRead>>();

/**
 * Read a file as text the way every reader must: bounded size, valid UTF-8, no BOM, CRLF folded,
 * token markers neutralised (see model/symbolic.ts).
 */
export function readText(snapshot: Snapshot, path: string): TextRead {
  let byPath = texts.get(snapshot);
  if (!byPath) {
    byPath = new Map();
    texts.set(snapshot, byPath);
  }
  let read = byPath.get(path);
  if (read === undefined) {
    const bytes = snapshot.read(path);
    read =
      bytes instanceof Uint8Array
        ? decodeText(bytes)
        : { error: bytes.error, ...(bytes.kind !== undefined ? { kind: bytes.kind } : {}) };
    byPath.set(path, read);
  }
  return read;
}

/** The texts read so far from a snapshot (what a worker thread need not read again). */
export function textsRead(snapshot: Snapshot): [string, TextRead][] {
  return [...(texts.get(snapshot) ?? [])];
}

/**
 * Give a snapshot the texts another thread read from the same files: readText returns them
 * without reading. They must come from textsRead of a snapshot of the same files.
 */
export function primeTexts(snapshot: Snapshot, entries: Iterable<[string, TextRead]>): void {
  let byPath = texts.get(snapshot);
  if (!byPath) {
    byPath = new Map();
    texts.set(snapshot, byPath);
  }
  for (const [path, read] of entries) if (!byPath.has(path)) byPath.set(path, read);
}

export function decodeText(bytes: Uint8Array): TextRead {
  const large = tooLarge(bytes.byteLength);
  if (large) return large;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { error: "file is not valid UTF-8 text", kind: "not-utf8" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\0")) return { error: "file is binary (contains NUL bytes)" };
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return { text: sanitizeText(text) };
}

/**
 * A file's text as Terraform's file() and templatefile() give it: every byte kept (CRLF line
 * endings and a BOM too), valid UTF-8 required, NFC-normalised as every cty string is; token
 * markers neutralised as in readText.
 */
export function decodeExactText(bytes: Uint8Array): { text: string } | { error: string } {
  const large = tooLarge(bytes.byteLength);
  if (large) return large;
  try {
    return { text: sanitizeText(decoder.decode(bytes).normalize("NFC")) };
  } catch {
    return { error: "file is not valid UTF-8 text" };
  }
}
