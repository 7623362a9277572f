import type { Snapshot } from "./snapshot.js";
import { TextCache } from "./text.js";

/**
 * A snapshot with another one mounted at `mount` (a repository-relative folder): the files of a
 * CDK synth output that the workflow produced but did not commit. Whatever the base snapshot
 * held under that folder is replaced.
 */
export function overlaySnapshot(base: Snapshot, mount: string, overlay: Snapshot): Snapshot {
  const prefix = `${mount.replace(/\/+$/, "")}/`;
  const mounted = new Map(overlay.paths.map((p) => [`${prefix}${p}`, p]));
  const paths = [...base.paths.filter((p) => !p.startsWith(prefix)), ...mounted.keys()].sort();
  const ignored = base.ignored?.filter((p) => !p.startsWith(prefix));
  return {
    texts: new TextCache(),
    paths,
    ...(ignored ? { ignored } : {}),
    read(path) {
      const inner = mounted.get(path);
      if (inner !== undefined) return overlay.read(inner);
      if (path.startsWith(prefix)) return { error: "file not found" };
      return base.read(path);
    },
  };
}
