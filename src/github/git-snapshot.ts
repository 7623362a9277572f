import { execFileSync } from "node:child_process";
import type { Snapshot } from "../sources/snapshot.js";
import { MAX_FILE_BYTES } from "../sources/snapshot.js";

/** What the readers read: loaded together on the first read. */
const PRELOAD = /\.(tf|tf\.json|tfvars|tfvars\.json|ya?ml|json|template|cfn)$/i;

interface Entry {
  mode: string;
  oid: string;
  size: number;
}

function git(repo: string, args: string[], input?: string): Buffer {
  return execFileSync("git", ["-C", repo, ...args], {
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** Whether `ref` names a commit in the repository. */
export function isGitRef(repo: string, ref: string): boolean {
  try {
    git(repo, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}

export function resolveCommit(repo: string, ref: string): string {
  return git(repo, ["rev-parse", "--verify", `${ref}^{commit}`])
    .toString()
    .trim();
}

/**
 * The files of a commit, read from the object database (no checkout, no clone). Blobs are read
 * in batches through `git cat-file --batch`. Symbolic links are never followed.
 */
export function gitSnapshot(repo: string, ref: string): Snapshot {
  const commit = resolveCommit(repo, ref);
  const out = git(repo, ["ls-tree", "-r", "-z", "--long", commit]).toString("utf8");
  const entries = new Map<string, Entry>();
  for (const rec of out.split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("\t");
    const [mode, type, oid, size] = rec.slice(0, tab).split(/\s+/);
    if (type !== "blob" || !mode || !oid) continue;
    entries.set(rec.slice(tab + 1), { mode, oid, size: Number(size) });
  }
  const cache = new Map<string, Uint8Array>();
  let preloaded = false;
  const load = (paths: string[]) => {
    const want = paths.filter((p) => {
      const e = entries.get(p);
      return e && !cache.has(p) && e.mode !== "120000" && e.size <= MAX_FILE_BYTES;
    });
    if (want.length === 0) return;
    const buf = git(repo, ["cat-file", "--batch"], `${want.map((p) => entries.get(p)!.oid).join("\n")}\n`);
    let pos = 0;
    for (const p of want) {
      const nl = buf.indexOf(10, pos);
      const header = buf.subarray(pos, nl).toString();
      const size = Number(header.split(" ")[2]);
      cache.set(p, buf.subarray(nl + 1, nl + 1 + size));
      pos = nl + 1 + size + 1;
    }
  };
  return {
    paths: [...entries.keys()].sort(),
    oid(path) {
      return entries.get(path)?.oid;
    },
    read(path) {
      const e = entries.get(path);
      if (!e) return { error: "file not found" };
      if (e.mode === "120000") return { error: "symbolic link; not followed" };
      if (e.mode === "160000") return { error: "git submodule; not read" };
      if (e.size > MAX_FILE_BYTES) {
        return {
          error: `file is too large to analyse (${(e.size / 1048576).toFixed(1)} MiB, limit ${MAX_FILE_BYTES / 1048576} MiB)`,
        };
      }
      if (!cache.has(path)) {
        // The first read loads every IaC-looking blob in one `git cat-file --batch`: one process
        // instead of one per folder. Other files (read through file()) come one batch each.
        if (!preloaded) {
          preloaded = true;
          load([path, ...[...entries.keys()].filter((p) => PRELOAD.test(p))]);
        }
        if (!cache.has(path)) load([path]);
      }
      return cache.get(path) ?? { error: "cannot read blob" };
    },
  };
}
