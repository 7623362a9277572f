import { directorySnapshot } from "./fs-snapshot.js";
import { gitSnapshot } from "./git-snapshot.js";
import type { Snapshot } from "./snapshot.js";

/** How to open a snapshot again in another thread. */
export type SnapshotSource =
  | { kind: "dir"; root: string; gitIgnore?: boolean; at?: string }
  | { kind: "git"; repo: string; ref: string };

export function openSource(source: SnapshotSource): Snapshot {
  return source.kind === "dir"
    ? directorySnapshot(source.root, {
        gitIgnore: source.gitIgnore ?? false,
        ...(source.at ? { at: source.at } : {}),
      })
    : gitSnapshot(source.repo, source.ref);
}
