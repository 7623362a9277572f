import { sanitizeText } from "../model/symbolic.js";
import { MAX_FILE_BYTES, type Snapshot } from "./snapshot.js";

const decoder = new TextDecoder("utf-8", { fatal: true });

/**
 * Read a file as text the way every reader must: bounded size, valid UTF-8, no BOM, CRLF folded,
 * token markers neutralised (see model/symbolic.ts).
 */
export function readText(snapshot: Snapshot, path: string): { text: string } | { error: string } {
  const bytes = snapshot.read(path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  return decodeText(bytes);
}

export function decodeText(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    return {
      error: `file is too large to analyse (${(bytes.byteLength / 1048576).toFixed(1)} MiB, limit ${MAX_FILE_BYTES / 1048576} MiB)`,
    };
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { error: "file is not valid UTF-8 text" };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes("\0")) return { error: "file is binary (contains NUL bytes)" };
  if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
  return { text: sanitizeText(text) };
}
