/**
 * The files the action itself reads and writes on the runner, outside the repository snapshot:
 * the event payload, `terraform-plan` files an earlier step wrote, the report file and the SARIF
 * file. The action uses `nodeFiles` (the runner's disk); tests hand run() files in memory
 * (test/action/helpers/memory-files.ts). The checkout is read through snapshots (src/sources/).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Paths are absolute. A failing call throws an error whose `code` is the system's (ENOENT,
 * EISDIR, ENOTDIR, EACCES, EROFS, ENOSPC...): the action words the reason from it (fsReason).
 */
export interface ActionFiles {
  exists(path: string): boolean;
  readFile(path: string): Uint8Array;
  /** The folder and its parents, as `mkdir -p`. */
  mkdir(path: string): void;
  /** A new file, or the file replaced, holding the text as UTF-8. */
  writeFile(path: string, text: string): void;
}

/** The runner's file system. */
export const nodeFiles: ActionFiles = {
  exists: (path) => existsSync(path),
  readFile: (path) => readFileSync(path),
  mkdir: (path) => {
    mkdirSync(path, { recursive: true });
  },
  writeFile: (path, text) => writeFileSync(path, text),
};
