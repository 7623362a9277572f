import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { DIFF_SNAPSHOT, DIFF_SNAPSHOT_PAIR } from "../analyze/affected.js";
import { directorySnapshot } from "../sources/fs-snapshot.js";
import { checkoutState, ensureCommit, firstParent } from "../sources/git-commits.js";
import { addedLines, type ChangedPath, changedPaths } from "../sources/git-diff.js";
import { gitSnapshot, gitSnapshotPair } from "../sources/git-snapshot.js";
import { overlaySnapshot } from "../sources/overlay-snapshot.js";
import { memorySnapshot, type Snapshot } from "../sources/snapshot.js";
import { type ModuleMount, terraformModuleMounts, withModuleMounts } from "../sources/terraform-modules.js";
import type { Config } from "./config.js";
import type { AuditTarget, DiffTarget } from "./event.js";
import type { Log } from "./log.js";

export interface DiffSnapshots {
  base: Snapshot;
  head: Snapshot;
  /** The files the change touches (both names of a rename); the core reads only the units they affect. */
  changedFiles: string[];
  /** Every file of each side: the allowlist, CODEOWNERS and line texts come from here. */
  fullBase: Snapshot;
  fullHead: Snapshot;
  /** The base commit compared with (null: the head is a root commit). */
  baseSha: string | null;
  changes: ChangedPath[];
  /** Settles when the search for module callers started with the listing is done (await it before reading). */
  searched: Promise<void>;
}

/**
 * Base and head of a diff, read from the git objects of the existing checkout (fetching a missing
 * commit, never cloning), with the CDK synth outputs mounted where `cdk-out` says.
 */
export function diffSnapshots(config: Config, target: DiffTarget, log: Log): DiffSnapshots {
  const repo = config.runner.workspace;
  const state = checkoutState(repo, target.headSha);
  if (state === "not-a-checkout") {
    throw new Error(
      `${repo} is not a git checkout: run actions/checkout (with fetch-depth: 0) before this action.`,
    );
  }
  if (state === "missing") {
    const fetched = ensureCommit(repo, target.headSha, target.headRef);
    if (fetched) log.info(`Head: ${fetched}`);
  }
  let baseSha = target.baseSha;
  if (baseSha === null) {
    baseSha = firstParent(repo, target.headSha);
    log.info(
      baseSha
        ? `New branch: comparing with the parent commit ${baseSha.slice(0, 7)}`
        : "Root commit: everything is new",
    );
  }
  if (baseSha) {
    const fetchedBase = ensureCommit(repo, baseSha);
    if (fetchedBase) log.info(`Base: ${fetchedBase}`);
  }
  // The workspace's .terraform/modules go into both sides: a base call whose source or version
  // differs from what modules.json lists is not read from them (src/iac/terraform/modules.ts).
  const modules = moduleMounts(config, log);
  // The tree is listed once: the base is the head's listing with what differs put back.
  const sides = baseSha
    ? gitSnapshotPair(repo, baseSha, target.headSha, DIFF_SNAPSHOT_PAIR)
    : {
        base: memorySnapshot({}),
        head: gitSnapshot(repo, target.headSha, DIFF_SNAPSHOT),
        searched: Promise.resolve(),
      };
  const fullBase = withModuleMounts(withCdkOut(sides.base, config, "base", log), modules);
  const fullHead = withModuleMounts(withCdkOut(sides.head, config, "head", log), modules);
  const changes = changedPaths(repo, baseSha, target.headSha);
  const mount = config.cdkOut ? `${config.cdkOut}/` : null;
  // A mounted synth output is not in git: its files always count as changed, so it is always read.
  const mounted = mount ? [...fullBase.paths, ...fullHead.paths].filter((p) => p.startsWith(mount)) : [];
  const changedFiles = [
    ...new Set([...changes.flatMap((c) => (c.oldPath ? [c.path, c.oldPath] : [c.path])), ...mounted]),
  ].sort();
  log.info(`${changes.length} file(s) changed${mount ? `; ${config.cdkOut} (cdk-out) is always read` : ""}`);
  return {
    base: fullBase,
    head: fullHead,
    changedFiles,
    fullBase,
    fullHead,
    baseSha,
    changes,
    searched: sides.searched,
  };
}

/** The audited commit, from git; a workspace that is not a checkout is read from disk. */
export function auditSnapshot(
  config: Config,
  target: AuditTarget,
  log: Log,
): { snapshot: Snapshot; fromGit: boolean } {
  const repo = config.runner.workspace;
  // One git process in the usual case (a checkout that holds the commit): start-up time counts.
  let snapshot = tryGitSnapshot(repo, target.headSha);
  if (!snapshot) {
    const state = checkoutState(repo, target.headSha);
    if (state === "not-a-checkout") {
      log.warning(`${repo} is not a git checkout: auditing the files on disk.`);
      return { snapshot: withCdkOut(directorySnapshot(repo), config, "head", log), fromGit: false };
    }
    const fetched = ensureCommit(repo, target.headSha, target.headRef);
    if (fetched) log.info(`Audited commit: ${fetched}`);
    snapshot = gitSnapshot(repo, target.headSha);
  }
  return {
    snapshot: withModuleMounts(withCdkOut(snapshot, config, "head", log), moduleMounts(config, log)),
    fromGit: true,
  };
}

/** The `terraform-modules` folders of the workspace, as mounts; none when the input is not set. */
function moduleMounts(config: Config, log: Log): ModuleMount[] {
  if (!config.terraformModules) return [];
  const mounts = terraformModuleMounts(config.runner.workspace, config.terraformModules, (m) =>
    log.warning(m),
  );
  log.info(
    mounts.length > 0
      ? `terraform-modules: mounted ${mounts.map((m) => m.mount).join(", ")}`
      : "terraform-modules: no .terraform/modules folder with a modules.json found: run terraform init -backend=false in each root first",
  );
  return mounts;
}

function tryGitSnapshot(repo: string, sha: string): Snapshot | undefined {
  try {
    return gitSnapshot(repo, sha);
  } catch {
    return undefined;
  }
}

/**
 * `cdk-out` is the head's synth output, `cdk-out-base` the base's; both are mounted at the
 * `cdk-out` path so the stacks line up. Without `cdk-out-base` the base has no assembly there
 * (or the one committed at that path), and every grant of the assembly counts as new.
 */
function withCdkOut(snapshot: Snapshot, config: Config, side: "base" | "head", log: Log): Snapshot {
  if (!config.cdkOut) return snapshot;
  const dir = side === "head" ? config.cdkOut : config.cdkOutBase;
  if (!dir) {
    log.warning(
      `cdk-out is set without cdk-out-base: the base is read from what is committed at ${config.cdkOut}, so grants of the synth output may count as new. Synthesize the base into cdk-out-base.`,
    );
    return snapshot;
  }
  const abs = join(config.runner.workspace, dir);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new Error(
      `cdk-out${side === "base" ? "-base" : ""} '${dir}' is not a directory: run cdk synth before this action.`,
    );
  }
  return overlaySnapshot(snapshot, config.cdkOut, directorySnapshot(abs));
}

/** What inline comments need: the lines the change adds to a file, and a line's text at the head. */
export interface HeadLines {
  added(file: string): ReadonlySet<number>;
  text(file: string, line: number): string | undefined;
}

export function headLines(repo: string, s: DiffSnapshots, headSha: string): HeadLines {
  const added = new Map<string, ReadonlySet<number>>();
  const texts = new Map<string, string[]>();
  return {
    added(file) {
      let set = added.get(file);
      if (!set) {
        const renamedFrom = s.changes.find((c) => c.path === file)?.oldPath;
        set = addedLines(repo, s.baseSha, headSha, file, renamedFrom);
        added.set(file, set);
      }
      return set;
    },
    text(file, line) {
      let lines = texts.get(file);
      if (!lines) {
        const bytes = s.fullHead.read(file);
        lines = bytes instanceof Uint8Array ? new TextDecoder().decode(bytes).split(/\r?\n/) : [];
        texts.set(file, lines);
      }
      return lines[line - 1];
    },
  };
}
