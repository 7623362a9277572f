/**
 * Writing reports to files: shared by the CLI's entry points (src/cli/, src/cli-merge.ts), at
 * the file-system edge; the action (src/github/) words its write failures with fsReason too.
 */
import { closeSync, openSync, writeSync } from "node:fs";

/** Why a file operation failed, in words, for the common causes. */
export function fsReason(err: unknown): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "its folder does not exist";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return (err as Error).message;
  }
}

/** Bytes per write: the text of each chunk goes through one reused buffer. */
const WRITE_BUFFER = 1 << 20;

/** Every byte of `buf[0, n)` to `fd` (a write may take fewer than asked). */
export function writeBytes(fd: number, buf: Uint8Array, n = buf.length): void {
  for (let off = 0; off < n; ) off += writeSync(fd, buf, off, n - off);
}

/**
 * A writer of UTF-8 text to `fd` through one reused buffer: writeFileSync would first copy a
 * whole text of tens of MB into one buffer, which costs more than the writing itself.
 */
export function textWriter(fd: number): (text: string) => void {
  const buf = Buffer.allocUnsafe(WRITE_BUFFER);
  // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
  const step = Math.floor(WRITE_BUFFER / 3);
  return (chunk) => {
    for (let i = 0; i < chunk.length; ) {
      let end = Math.min(chunk.length, i + step);
      // Never cut a surrogate pair in two: each half alone would be written as U+FFFD.
      const last = chunk.charCodeAt(end - 1);
      if (end < chunk.length && last >= 0xd800 && last <= 0xdbff) end--;
      const n = buf.write(i === 0 && end === chunk.length ? chunk : chunk.slice(i, end), 0, "utf8");
      writeBytes(fd, buf, n);
      i = end;
    }
  };
}

/** A new file at `path` holding the text given in pieces. */
export function writeChunks(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, "w");
  try {
    const write = textWriter(fd);
    for (const chunk of chunks) write(chunk);
  } finally {
    closeSync(fd);
  }
}
