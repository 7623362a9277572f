/** How to open a snapshot again in another thread. */
export type SnapshotSource =
  | { kind: "dir"; root: string; gitIgnore?: boolean; at?: string }
  | { kind: "git"; repo: string; ref: string };
