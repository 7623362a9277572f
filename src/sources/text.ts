import { sanitizeText } from "../model/symbolic.js";
import { type ReadFailureKind, type Snapshot, tooLarge } from "./snapshot.js";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export type TextRead =
  | { readonly text: string }
  | { readonly error: string; readonly kind?: ReadFailureKind };

/**
 * The texts read from one snapshot, kept by the snapshot itself (`Snapshot.texts`). A snapshot
 * does not change, and the same files are read many times in one run (discovery, then each root
 * that calls a shared module, both sides of a diff): each is read from disk or git and decoded
 * once.
 */
export class TextCache {
  private readonly byPath = new Map<string, TextRead>();

  get(path: string): TextRead | undefined {
    return this.byPath.get(path);
  }

  set(path: string, read: TextRead): void {
    this.byPath.set(path, read);
  }

  /** The texts read so far (what a worker thread need not read again), in the order read. */
  entries(): [string, TextRead][] {
    return [...this.byPath];
  }

  /**
   * Take the texts another thread (or another snapshot of the same files) read: readText returns
   * them without reading. They must come from `entries` of a snapshot of the same files.
   */
  prime(entries: Iterable<[string, TextRead]>): void {
    for (const [path, read] of entries) if (!this.byPath.has(path)) this.byPath.set(path, read);
  }
}

/**
 * Read a file as text the way every reader must: bounded size, valid UTF-8, no BOM, CRLF folded,
 * token markers neutralised (see model/symbolic.ts). Read once per snapshot when it keeps its
 * texts (every snapshot of src/ does).
 */
export function readText(snapshot: Snapshot, path: string): TextRead {
  let read = snapshot.texts?.get(path);
  if (read === undefined) {
    const bytes = snapshot.read(path);
    read =
      bytes instanceof Uint8Array
        ? decodeText(bytes)
        : { error: bytes.error, ...(bytes.kind !== undefined ? { kind: bytes.kind } : {}) };
    snapshot.texts?.set(path, read);
  }
  return read;
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

/** A file's text, or "" when it cannot be read as text (searches that only look for words). */
export function textOf(snapshot: Snapshot, path: string): string {
  const r = readText(snapshot, path);
  return "text" in r ? r.text : "";
}
