import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import type { Snapshot } from "../sources/snapshot.js";
import { MAX_FILE_BYTES } from "../sources/snapshot.js";

const SKIP_DIRS = new Set([".git", "node_modules"]);

/**
 * What a walk of a directory found: each repository path with the absolute file to read, or the
 * error it reads as. Plain data, so a worker thread can open the same snapshot without walking.
 */
export interface DirectoryListing {
  root: string;
  files: Map<string, string | { error: string }>;
}

const listings = new WeakMap<Snapshot, DirectoryListing>();

/**
 * The files of a directory on disk. Symbolic links are followed only when they stay inside the
 * directory; one that points outside is listed and reads as an error, so it is reported, never
 * followed.
 */
export function directorySnapshot(root: string): Snapshot {
  const realRoot = realpathSync(root);
  const files = new Map<string, string | { error: string }>();
  const walk = (dir: string) => {
    let entries: import("node:fs").Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = relative(realRoot, abs).split(sep).join("/");
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(abs);
      } else if (e.isFile()) {
        files.set(rel, abs);
      } else if (e.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(abs);
        } catch {
          files.set(rel, { error: "symbolic link to a missing file" });
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + sep)) {
          files.set(rel, { error: "symbolic link points outside the repository; not followed" });
        } else if (statSync(target).isFile()) {
          files.set(rel, target);
        }
      }
    }
  };
  walk(realRoot);
  return directorySnapshotOf({ root: realRoot, files });
}

/** The snapshot of an earlier walk (a worker thread reopening the main thread's snapshot). */
export function directorySnapshotOf(listing: DirectoryListing): Snapshot {
  const { files } = listing;
  const snapshot: Snapshot = {
    paths: [...files.keys()].sort(),
    read(path) {
      const f = files.get(path);
      if (f === undefined) return { error: "file not found" };
      if (typeof f !== "string") return f;
      try {
        const size = lstatSync(f).size;
        if (size > MAX_FILE_BYTES) {
          return {
            error: `file is too large to analyse (${(size / 1048576).toFixed(1)} MiB, limit ${MAX_FILE_BYTES / 1048576} MiB)`,
          };
        }
        return readFileSync(f);
      } catch (err) {
        return { error: `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}` };
      }
    },
  };
  listings.set(snapshot, listing);
  return snapshot;
}

/** The listing behind a snapshot made by directorySnapshot, if it is one. */
export function directoryListingOf(snapshot: Snapshot): DirectoryListing | undefined {
  return listings.get(snapshot);
}
