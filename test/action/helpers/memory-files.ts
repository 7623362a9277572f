/**
 * The action's files (src/github/action-files.ts) in memory, for run() in this process: the event
 * payload the test puts there, the report file and SARIF the action writes. A failing call throws
 * as node:fs does (the same `code`, syscall and path in the message), so the action words it the
 * same as on the runner's disk.
 */
import { dirname, resolve, sep } from "node:path";
import type { ActionFiles } from "../../../src/github/action-files.js";

export class MemoryFiles implements ActionFiles {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>([resolve("/")]);
  /** Folders under which every write fails, with the error code it fails with (EROFS, ENOSPC...). */
  private readonly failing = new Map<string, string>();

  /** `seed`: absolute path -> text, the files (and their folders) there before the step. */
  constructor(seed: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(seed)) {
      this.mkdir(dirname(path));
      this.writeFile(path, text);
    }
  }

  /** Every write at or under `path` fails with `code` from now on. */
  failWrites(path: string, code: string): void {
    this.failing.set(resolve(path), code);
  }

  /** The text written at `path`, if a file is there. */
  text(path: string): string | undefined {
    const bytes = this.files.get(resolve(path));
    return bytes && new TextDecoder().decode(bytes);
  }

  exists(path: string): boolean {
    const p = resolve(path);
    return this.files.has(p) || this.dirs.has(p);
  }

  readFile(path: string): Uint8Array {
    const p = resolve(path);
    if (this.dirs.has(p)) throw fsError("EISDIR", "illegal operation on a directory", "read");
    const bytes = this.files.get(p);
    if (!bytes) throw fsError("ENOENT", "no such file or directory", "open", p);
    return bytes.slice();
  }

  mkdir(path: string): void {
    const p = resolve(path);
    this.checkWritable(p, "mkdir");
    if (this.files.has(p)) throw fsError("EEXIST", "file already exists", "mkdir", p);
    const parts = p.split(sep).filter(Boolean);
    for (let i = 1; i <= parts.length; i++) {
      const dir = resolve("/", ...parts.slice(0, i));
      if (this.files.has(dir)) throw fsError("ENOTDIR", "not a directory", "mkdir", p);
      this.dirs.add(dir);
    }
  }

  writeFile(path: string, text: string): void {
    const p = resolve(path);
    this.checkWritable(p, "open");
    if (this.dirs.has(p)) throw fsError("EISDIR", "illegal operation on a directory", "open", p);
    for (let dir = dirname(p); ; dir = dirname(dir)) {
      if (this.files.has(dir)) throw fsError("ENOTDIR", "not a directory", "open", p);
      if (dir === dirname(dir)) break;
    }
    if (!this.dirs.has(dirname(p))) throw fsError("ENOENT", "no such file or directory", "open", p);
    this.files.set(p, new TextEncoder().encode(text));
  }

  private checkWritable(p: string, syscall: string): void {
    for (const [dir, code] of this.failing) {
      if (p === dir || p.startsWith(`${dir}${sep}`))
        throw fsError(code, DESCRIPTIONS[code] ?? code, syscall, p);
    }
  }
}

const DESCRIPTIONS: Record<string, string> = {
  EACCES: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on device",
};

/** An error as node:fs throws it: `CODE: description, syscall 'path'`, with `code` set. */
function fsError(code: string, description: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(
    `${code}: ${description}, ${syscall}${path ? ` '${path}'` : ""}`,
  );
  err.code = code;
  err.syscall = syscall;
  if (path) err.path = path;
  return err;
}
