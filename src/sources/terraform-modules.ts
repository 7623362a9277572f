import { type Dirent, lstatSync, readdirSync, realpathSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { directorySnapshotOf } from "./fs-snapshot.js";
import { overlaySnapshot } from "./overlay-snapshot.js";
import type { Snapshot } from "./snapshot.js";

/**
 * The `.terraform/modules` folders that `terraform init -backend=false` left in a workspace, to
 * mount into snapshots read from git (which never hold them: `.terraform/` is not committed).
 * Bounded: only real folders inside the workspace are read, symbolic links are refused (listed
 * as errors, never followed), and a folder past MAX_MOUNT_FILES or MAX_MOUNT_BYTES is not mounted.
 */
export interface ModuleMount {
  /** Repository-relative folder, "<root>/.terraform/modules" ("" root: ".terraform/modules"). */
  mount: string;
  snapshot: Snapshot;
}

export const MAX_MOUNT_FILES = 20_000;
export const MAX_MOUNT_BYTES = 256 * 1024 * 1024;
/** Folders visited when looking for every root's `.terraform/modules`. */
const MAX_SEARCH_DIRS = 100_000;
const MAX_DEPTH = 32;
const SKIP = new Set([".git", "node_modules"]);

export class ModuleMountError extends Error {}

/**
 * The mounts of `roots` (repository-relative folders that each hold a `.terraform/modules`), or
 * of every such folder in the workspace ("all"). `warn` hears why a folder is not mounted; a root
 * named on purpose without one is an error.
 */
export function terraformModuleMounts(
  workspace: string,
  roots: readonly string[] | "all",
  warn: (message: string) => void,
): ModuleMount[] {
  const real = realpathSync(workspace);
  const found = roots === "all" ? findModuleFolders(real, warn) : roots.map((r) => named(real, r));
  const mounts: ModuleMount[] = [];
  for (const rel of found) {
    const listed = listMount(join(real, ...rel.split("/")), rel);
    if (typeof listed === "string") warn(`${rel} is not mounted: ${listed}`);
    else mounts.push({ mount: rel, snapshot: listed });
  }
  return mounts;
}

/** A snapshot with each mount's files in place of whatever it held under that folder. */
export function withModuleMounts(snapshot: Snapshot, mounts: readonly ModuleMount[]): Snapshot {
  return mounts.reduce((s, m) => overlaySnapshot(s, m.mount, m.snapshot), snapshot);
}

function modulesOf(root: string): string {
  return root === "" ? ".terraform/modules" : `${root}/.terraform/modules`;
}

/** `<root>/.terraform/modules` of a root named on purpose: it must be a real folder in the workspace. */
function named(workspace: string, root: string): string {
  const rel = modulesOf(
    root
      .replace(/^\.\/+/, "")
      .replace(/\/+$/, "")
      .replace(/^\.$/, ""),
  );
  const abs = join(workspace, ...rel.split("/"));
  let why: string | undefined;
  try {
    if (!lstatSync(abs).isDirectory()) why = "is not a folder (a symbolic link or a file)";
    else if (!inside(realpathSync(abs), workspace)) why = "lies outside the workspace";
  } catch {
    why = "does not exist: run `terraform init -backend=false` in that root first";
  }
  if (why) throw new ModuleMountError(`terraform-modules: ${rel} ${why}`);
  return rel;
}

/** Every `<dir>/.terraform/modules` holding a modules.json, without following symbolic links. */
function findModuleFolders(workspace: string, warn: (message: string) => void): string[] {
  const out: string[] = [];
  let visited = 0;
  const walk = (abs: string, rel: string, depth: number): void => {
    if (++visited > MAX_SEARCH_DIRS || depth > MAX_DEPTH) return;
    for (const e of entries(abs)) {
      // Dirent.isDirectory() is false for a symbolic link: links are never followed.
      if (!e.isDirectory() || SKIP.has(e.name)) continue;
      const childRel = rel === "" ? e.name : `${rel}/${e.name}`;
      if (e.name === ".terraform") {
        const modules = entries(join(abs, e.name)).find((m) => m.name === "modules");
        if (modules?.isDirectory()) {
          if (entries(join(abs, e.name, "modules")).some((m) => m.name === "modules.json" && m.isFile()))
            out.push(`${childRel}/modules`);
        } else if (modules?.isSymbolicLink()) warn(`${childRel}/modules is a symbolic link: not mounted`);
        continue;
      }
      walk(join(abs, e.name), childRel, depth + 1);
    }
  };
  walk(workspace, "", 0);
  if (visited > MAX_SEARCH_DIRS)
    warn(`terraform-modules: the search stopped after ${MAX_SEARCH_DIRS} folders; name the roots instead`);
  return out.sort();
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The files of one mount as a snapshot, or why it is not mounted. */
function listMount(abs: string, rel: string): Snapshot | string {
  const files = new Map<string, string | { error: string }>();
  let bytes = 0;
  let tooMany: string | undefined;
  const walk = (dir: string, relDir: string): void => {
    for (const e of entries(dir)) {
      if (tooMany) return;
      const path = relDir === "" ? e.name : `${relDir}/${e.name}`;
      const full = join(dir, e.name);
      if (e.isSymbolicLink()) {
        files.set(path, { error: `symbolic link in ${rel}; not followed` });
      } else if (e.isDirectory()) {
        walk(full, path);
      } else if (e.isFile()) {
        bytes += lstatSync(full).size;
        files.set(path, full);
        if (files.size > MAX_MOUNT_FILES) tooMany = `more than ${MAX_MOUNT_FILES} files`;
        else if (bytes > MAX_MOUNT_BYTES) tooMany = `more than ${MAX_MOUNT_BYTES / 1048576} MiB`;
      }
    }
  };
  walk(abs, "");
  if (tooMany) return tooMany;
  return directorySnapshotOf({ root: abs, files });
}

function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel));
}
