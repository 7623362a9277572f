import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseAllowlist } from "../allowlist/load.js";
import { type Allowlist, EMPTY_ALLOWLIST } from "../allowlist/types.js";
import { DIFF_SNAPSHOT, DIFF_SNAPSHOT_PAIR } from "../analyze/affected.js";
import { runAudit, runDiff } from "../analyze/analyze.js";
import { parseParametersFile } from "../iac/cloudformation/index.js";
import { isRepositoryName } from "../merge/inventory.js";
import { parallelReader, spareWorkers } from "../pool/worker-pool.js";
import type { PoolWorker } from "../pool/worker-session.js";
import { renderMarkdown } from "../report/markdown.js";
import { renderSarif } from "../report/sarif.js";
import { renderText } from "../report/text.js";
import type { Report } from "../report/types.js";
import { directorySnapshot } from "../sources/fs-snapshot.js";
import type { GitAhead } from "../sources/git-ahead.js";
import {
  commitOf,
  type GitAnswers,
  gitSnapshot,
  gitSnapshotPair,
  repositoryRoot,
} from "../sources/git-snapshot.js";
import { overlaySnapshot } from "../sources/overlay-snapshot.js";
import type { Snapshot } from "../sources/snapshot.js";
import type { SnapshotSource } from "../sources/snapshot-source.js";
import { type ModuleMount, terraformModuleMounts, withModuleMounts } from "../sources/terraform-modules.js";
import { decodeText } from "../sources/text.js";
import { VERSION } from "../version.js";
import { fsReason, writeChunks } from "../write-output.js";
import { isDirectory, parseCommandLine, twoRevisions } from "./command-line.js";

const USAGE = `Usage:
  cross-account-guard diff  --base <dir|git-ref> --head <dir|git-ref> [--repo <dir>] [options]
  cross-account-guard audit [<dir>] [options]
  cross-account-guard merge <report.json|dir>... [--format json|markdown|sarif|csv] [--output <file>]

Where:
  <git-ref>                 a commit of the repository: its whole tree, whatever folder you run from
  <dir>                     files on disk; in a git working tree, minus what git ignores (build
                            output, a local cdk.out): --head . is the working tree as your next
                            commit would hold it, untracked files included. Against a <git-ref>,
                            a folder inside the repository stands for its whole working tree;
                            two folders (--base old --head new) are compared as they are.
  audit [<dir>]             default: the repository's working tree (the root git finds from the
                            current folder); a folder given is audited on its own, its paths
                            still named from the repository root
  --repo <dir>              the git repository the revisions belong to (any folder in it; default:
                            the one holding the current folder). Paths in reports are relative to
                            its root, and the allowlist is looked up there.

Options:
  --allowlist <file>        allowlist YAML (default: .github/cross-account-allowlist.yml at the
                            repository root, or in the head)
  --format <f>              text (default) | json | markdown | sarif
  --output <file>           write the report to a file instead of stdout
  --plan <plan.json>        terraform show -json output (repeatable)
  --tfvars <file>           extra tfvars file, relative to the analysed tree's root (repeatable)
  --cfn-parameters <file>   CloudFormation parameter values (repeatable)
  --cdk-out <dir>           the head's (or the audited tree's) cdk synth output, read as if it were
                            in the tree (at its own path when it lies inside it, else at cdk.out)
  --cdk-out-base <dir>      diff: the base's cdk synth output, mounted at the same path
  --terraform-modules       read revisions with the working tree's .terraform/modules folders
                            (after terraform init -backend=false) mounted in, as a folder is read;
                            a call whose source or version differs from what modules.json lists
                            is read by its signature instead
  --include <glob>          analyse only matching paths (repeatable); a pattern that matches no
                            file is a warning in the report
  --exclude <glob>          skip matching paths (repeatable)
  --no-fail-on-unresolved   report unresolved principals without failing on them
  --today <YYYY-MM-DD>      date used for approval expiry (default: today, UTC)
  --repo-name <owner/name>  name the repository in the JSON report (\`repository\`), for merge
  --version, --help

Every report says what it read (files per kind, units) and what it skipped and why; a tree in
which no IaC file is found is a warning, not a silent pass.

Exit: 0 pass, 1 fail, 2 usage error, invalid allowlist or internal error.`;

class UsageError extends Error {}

const DEFAULT_ALLOWLIST = ".github/cross-account-allowlist.yml";

/**
 * What the CLI takes from the process it runs in: its output streams, environment and folder, and
 * how many threads the analysis may use. src/cli.ts hands the process's own; tests hand theirs.
 */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  env: Record<string, string | undefined>;
  /** The folder relative paths on the command line start from. */
  cwd: string;
  /** The most threads an analysis uses (worker threads need the bundle's dist/worker.js); one per core by default. */
  threads?: number;
  /** What git was asked before the CLI was loaded (src/cli.ts): a diff of two revisions takes its answers. */
  gitAhead?: GitAhead;
}

/**
 * The CLI: the exit code, with the report on stdout (or --output) and every mistake on stderr as
 * the process prints it (exit 2), so that a call in this process reads like a run of dist/cli.js.
 */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (err) {
    io.stderr.write(errorMessage(err, io.env));
    return 2;
  }
}

async function runCommand(argv: string[], io: CliIo): Promise<number> {
  // merge reads reports, not repositories: its own options, and its code only loaded for it.
  if (argv[0] === "merge") return (await import("../cli-merge.js")).runMerge(argv.slice(1), io);
  const { values, positionals } = parseCommandLine(argv);
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  // An audit's worker threads load their modules while the tree is listed, and so does the one
  // that reads the base of a diff of two revisions; unused ones are ended.
  const spares =
    command === "audit"
      ? spareWorkers(io.threads)
      : command === "diff" && twoRevisions(io.cwd, values)
        ? spareWorkers(io.threads, 1)
        : [];
  try {
    return await runChecked(command, rest, values, io, spares);
  } finally {
    for (const w of spares) void w.worker.terminate();
  }
}

/** A diff or an audit, with its options read. */
async function runChecked(
  command: string | undefined,
  rest: string[],
  values: ReturnType<typeof parseCommandLine>["values"],
  io: CliIo,
  spares: PoolWorker[],
): Promise<number> {
  const format = values.format ?? "text";
  if (!["text", "json", "markdown", "sarif"].includes(format)) {
    throw new UsageError(`unknown --format '${format}': expected text, json, markdown or sarif`);
  }
  const today = values.today ?? new Date().toISOString().slice(0, 10);
  if (!isCalendarDate(today)) throw new UsageError(`--today must be a date as YYYY-MM-DD, got '${today}'`);
  // The repository: the git working tree holding --repo or the current folder, at its root, so
  // that a run from a subfolder reads whole commits and finds the allowlist at the root.
  const asked = resolve(io.cwd, values.repo ?? ".");
  const answers = io.gitAhead;
  if (answers) await answers.settled;
  if (values.repo !== undefined && !isDirectory(io.cwd, values.repo))
    throw new UsageError(`--repo '${values.repo}' is not a directory`);
  const gitRoot = repositoryRoot(asked, answers);
  const repo = gitRoot ?? asked;
  const common = {
    ...(values.include ? { include: values.include } : {}),
    ...(values.exclude ? { exclude: values.exclude } : {}),
    ...(values.tfvars ? { tfvars: values.tfvars } : {}),
    ...cfnParameters(io, values["cfn-parameters"] ?? []),
    today,
    failOnUnresolved: !values["no-fail-on-unresolved"],
  };
  const plans = (values.plan ?? []).map((f) => readPlanFile(io, f, repo));
  const modules = values["terraform-modules"] ? moduleMounts(io, gitRoot) : [];
  if (plans.length > 0) Object.assign(common, { plans });

  let report: Report;
  // The commit the report describes, when the head (or the audited tree) is a git revision.
  let commit: string | undefined;
  if (command === "diff") {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    if (!values.base || !values.head) throw new UsageError("diff needs --base and --head");
    const cdk = cdkOut(io, values["cdk-out"], values["cdk-out-base"]);
    if (cdk && !cdk.base) {
      io.stderr.write(
        "cross-account-guard: --cdk-out without --cdk-out-base: the base is read without a synth output, so grants of the assembly may count as new\n",
      );
    }
    // Against a revision (whole commits), a folder inside the repository is its working tree.
    const baseIsDir = isDirectory(io.cwd, values.base);
    const headIsDir = isDirectory(io.cwd, values.head);
    const workingTree = baseIsDir !== headIsDir ? gitRoot : undefined;
    // Two revisions: the tree is listed once (the base is the head's listing with what differs).
    const pair = !baseIsDir && !headIsDir ? revisionPair(repo, values.base, values.head, answers) : undefined;
    const openedHead = withModules(
      pair?.head ?? openSnapshot(io, values.head, repo, "--head", workingTree, undefined, DIFF_SNAPSHOT),
      modules,
    );
    // Both synth outputs go where the head's lies, so the stacks of the two sides line up.
    const mount = cdk ? cdkMount(cdk.head, openedHead.dir ?? repo) : "";
    const head = withCdkOut(openedHead, cdk?.head, mount);
    const base = withCdkOut(
      withModules(
        pair?.base ?? openSnapshot(io, values.base, repo, "--base", workingTree, undefined, DIFF_SNAPSHOT),
        modules,
      ),
      cdk?.base,
      mount,
    );
    // Against a revision the head holds the repository root; two folders are taken as they are.
    const allowlist = loadAllowlist(io, values.allowlist, head, undefined);
    if (openedHead.source?.kind === "git") commit = openedHead.source.ref;
    const sides = cfnParametersBySide(io, values["cfn-parameters"] ?? [], repo, base.snapshot, head.snapshot);
    const diffOptions = { ...common, ...sides };
    const reader = parallelReader(sources({ base, head }), io.threads, spares);
    await pair?.searched;
    report = await runDiff(base.snapshot, head.snapshot, { ...diffOptions, allowlist, reader });
  } else if (command === "audit") {
    if (rest.length > 1) throw new UsageError(`unexpected argument '${rest[1]}'`);
    if (values["cdk-out-base"]) throw new UsageError("--cdk-out-base is for diff; audit takes --cdk-out");
    const cdk = cdkOut(io, values["cdk-out"], undefined);
    // No folder given: the repository's working tree, wherever the command runs from. A folder
    // inside the repository is read on its own, with paths from the repository root.
    const opened = withModules(
      openSnapshot(io, rest[0] ?? repo, repo, "audit directory", undefined, gitRoot),
      modules,
    );
    const mountAt = (dir: string) => {
      const rel = cdkMount(dir, opened.dir ?? repo);
      return opened.at ? `${opened.at}/${rel}` : rel;
    };
    const target = cdk ? withCdkOut(opened, cdk.head, mountAt(cdk.head)) : opened;
    const allowlist = loadAllowlist(io, values.allowlist, target, gitRoot);
    if (opened.source?.kind === "git") commit = opened.source.ref;
    const auditOptions = opened.at ? inFolder(common, opened.at, target.snapshot) : common;
    const reader = parallelReader(sources({ head: target }), io.threads, spares);
    report = await runAudit(target.snapshot, { ...auditOptions, allowlist, reader });
  } else {
    throw new UsageError(command ? `unknown command '${command}'` : "missing command: diff or audit");
  }

  const repoName = values["repo-name"];
  if (repoName !== undefined) {
    if (!isRepositoryName(repoName))
      throw new UsageError(`--repo-name '${repoName.slice(0, 200)}' is not owner/name`);
    report.repository = repoName;
  }

  // A final newline is a piece of its own: appending it to a text of tens of MB (a large audit's
  // JSON) would make V8 copy the whole text into a new string first.
  const pieces =
    format === "json"
      ? [JSON.stringify(report, null, 2), "\n"]
      : format === "markdown"
        ? [renderMarkdown(report, commit ? { commit } : {}), "\n"]
        : format === "sarif"
          ? [renderSarif(report, VERSION)]
          : [renderText(report)];
  if (values.output) writeOutput(resolve(io.cwd, values.output), values.output, pieces);
  else io.stdout.write(pieces.join(""));
  return report.verdict === "pass" ? 0 : 1;
}

/** A date that exists: 2025-02-30 does not. */
function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

/** --output: the report, or an error that names the file and the reason (no stack). */
function writeOutput(path: string, shown: string, pieces: string[]): void {
  try {
    writeChunks(path, pieces);
  } catch (err) {
    throw new FileError(`cannot write --output '${shown}': ${fsReason(err)}`);
  }
}

interface Opened {
  snapshot: Snapshot;
  /** A folder inside the repository read on its own: its path there, which every path begins with. */
  at?: string;
  /** How a worker thread opens the same snapshot; none when it cannot (a mounted cdk-out). */
  source?: SnapshotSource;
  /** The directory on disk, when the snapshot is one. */
  dir?: string;
}

/** The sources worker threads can reopen; a side without one is read in this thread. */
function sources(sides: { base?: Opened; head?: Opened }): { base?: SnapshotSource; head?: SnapshotSource } {
  return {
    ...(sides.base?.source ? { base: sides.base.source } : {}),
    ...(sides.head?.source ? { head: sides.head.source } : {}),
  };
}

/**
 * A side of the comparison. A folder is read minus what git ignores; `workingTree` (the
 * repository root, when the other side is a revision) replaces a folder inside it, so that both
 * sides hold the whole repository with the same paths.
 */
function openSnapshot(
  io: CliIo,
  spec: string,
  repo: string,
  what: string,
  workingTree?: string,
  repositoryRoot?: string,
  gitOptions: { byFolder?: boolean } = {},
): Opened {
  let abs = resolve(io.cwd, spec);
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    if (workingTree && isInside(realpathSync(abs), workingTree) && realpathSync(abs) !== workingTree) {
      io.stderr.write(
        `cross-account-guard: ${what} '${spec}' lies in the repository at ${workingTree}: its whole working tree is compared (narrow it with --include)\n`,
      );
      abs = workingTree;
    }
    // Paths in reports are relative to the repository root, also for a folder read on its own.
    const real = realpathSync(abs);
    const root = repositoryRoot ? realpathSync(repositoryRoot) : undefined;
    const at =
      root && real !== root && isInside(real, root) ? relative(root, real).split(sep).join("/") : undefined;
    return {
      snapshot: directorySnapshot(abs, { gitIgnore: true, ...(at ? { at } : {}) }),
      source: { kind: "dir", root: abs, gitIgnore: true, ...(at ? { at } : {}) },
      dir: abs,
      ...(at ? { at } : {}),
    };
  }
  const ref = commitOf(repo, spec);
  if (ref !== undefined) {
    return { snapshot: gitSnapshot(repo, ref, gitOptions), source: { kind: "git", repo, ref } };
  }
  throw new UsageError(`${what} '${spec}' is neither a directory nor a git revision in ${repo}`);
}

/** Both sides of a diff when both name commits (else undefined: openSnapshot says which does not). */
function revisionPair(
  repo: string,
  base: string,
  head: string,
  answers: GitAnswers | undefined,
): { base: Opened; head: Opened; searched: Promise<void> } | undefined {
  const baseRef = commitOf(repo, base, answers);
  const headRef = commitOf(repo, head, answers);
  if (baseRef === undefined || headRef === undefined) return undefined;
  const pair = gitSnapshotPair(repo, baseRef, headRef, {
    ...DIFF_SNAPSHOT_PAIR,
    ...(answers ? { answers } : {}),
  });
  return {
    base: { snapshot: pair.base, source: { kind: "git", repo, ref: baseRef } },
    head: { snapshot: pair.head, source: { kind: "git", repo, ref: headRef } },
    searched: pair.searched,
  };
}

interface CdkOut {
  head: string;
  base?: string;
}

/** --cdk-out / --cdk-out-base: synth outputs that live outside the analysed tree (CI). */
function cdkOut(io: CliIo, head: string | undefined, base: string | undefined): CdkOut | undefined {
  if (base && !head) throw new UsageError("--cdk-out-base needs --cdk-out (the head's synth output) as well");
  if (!head) return undefined;
  for (const [flag, dir] of [
    ["--cdk-out", head],
    ["--cdk-out-base", base],
  ] as const) {
    if (dir !== undefined && !isDirectory(io.cwd, dir)) {
      throw new UsageError(`${flag} '${dir}' is not a directory: run cdk synth first`);
    }
  }
  return { head: resolve(io.cwd, head), ...(base ? { base: resolve(io.cwd, base) } : {}) };
}

/** Where a synth output is mounted: its own path when it lies inside the analysed tree, else cdk.out. */
function cdkMount(dir: string, root: string): string {
  const rel = relative(root, dir);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return "cdk.out";
  return rel.split(sep).join("/");
}

/**
 * A snapshot with a synth output mounted at `mount` (src/sources/overlay-snapshot.ts). Without
 * one (a diff's base without --cdk-out-base) the snapshot is read as it is, so grants of the
 * assembly may count as new.
 */
function withCdkOut(opened: Opened, dir: string | undefined, mount: string): Opened {
  if (!dir) return opened;
  // Worker threads reopen a snapshot from its source, which does not hold the mount: one thread.
  return {
    snapshot: overlaySnapshot(opened.snapshot, mount, directorySnapshot(dir)),
    ...(opened.dir ? { dir: opened.dir } : {}),
    ...(opened.at ? { at: opened.at } : {}),
  };
}

/** --terraform-modules: every `.terraform/modules` of the repository's working tree. */
function moduleMounts(io: CliIo, gitRoot: string | undefined): ModuleMount[] {
  if (!gitRoot || !existsSync(join(gitRoot, ".git")))
    throw new UsageError(
      "--terraform-modules needs a git working tree (not a bare repository) to take .terraform/modules from",
    );
  const mounts = terraformModuleMounts(gitRoot, "all", (m) => io.stderr.write(`cross-account-guard: ${m}\n`));
  if (mounts.length === 0)
    io.stderr.write(
      "cross-account-guard: --terraform-modules: no .terraform/modules folder with a modules.json in the working tree: run terraform init -backend=false in each root first\n",
    );
  return mounts;
}

/**
 * A revision with the working tree's module folders mounted in. A folder on disk reads its own
 * .terraform/modules already; worker threads reopen a revision from git, without the mounts, so a
 * mounted side is read in one thread.
 */
function withModules(opened: Opened, mounts: readonly ModuleMount[]): Opened {
  if (mounts.length === 0 || opened.dir) return opened;
  return { snapshot: withModuleMounts(opened.snapshot, mounts) };
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * The allowlist: --allowlist, else the default path in the head (the repository root for a
 * revision or a working tree); a folder audited on its own that has none falls back to the one at
 * the root of the repository holding it (`gitRoot`).
 */
function loadAllowlist(
  io: CliIo,
  file: string | undefined,
  head: Opened,
  gitRoot: string | undefined,
): Allowlist {
  let path = file ? resolve(io.cwd, file) : undefined;
  let text: string | undefined;
  if (path) {
    if (!existsSync(path)) throw new AllowlistError(`${file}: allowlist file not found`);
    if (statSync(path).isDirectory())
      throw new FileError(`--allowlist '${file}' is a directory: give the allowlist YAML file`);
    text = readUserFile("--allowlist", file!, path);
  } else {
    // A folder read on its own: its own allowlist, else the repository root's.
    const own = head.at ? head.snapshot.read(`${head.at}/${DEFAULT_ALLOWLIST}`) : undefined;
    const bytes = own instanceof Uint8Array ? own : head.snapshot.read(DEFAULT_ALLOWLIST);
    if (bytes instanceof Uint8Array) {
      text = new TextDecoder().decode(bytes);
    } else {
      const atRoot =
        gitRoot && head.dir && isInside(realpathSync(head.dir), gitRoot)
          ? join(gitRoot, DEFAULT_ALLOWLIST)
          : undefined;
      if (!atRoot || !existsSync(atRoot)) return { ...EMPTY_ALLOWLIST };
      text = readFileSync(atRoot, "utf8");
    }
    path = DEFAULT_ALLOWLIST;
  }
  const shown = file ?? DEFAULT_ALLOWLIST;
  const parsed = parseAllowlist(shown, text);
  if ("errors" in parsed) {
    throw new AllowlistError(
      parsed.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`).join("\n"),
    );
  }
  return parsed.allowlist;
}

function cfnParameters(io: CliIo, files: string[]): { cfnParameters?: Record<string, string | string[]> } {
  if (files.length === 0) return {};
  const merged: Record<string, string | string[]> = {};
  for (const f of files) {
    const abs = resolve(io.cwd, f);
    if (!existsSync(abs)) throw new UsageError(`--cfn-parameters file '${f}' not found`);
    const parsed = parseParametersFile(readUserFile("--cfn-parameters", f, abs), f);
    if ("error" in parsed) throw new UsageError(`${f}: ${parsed.error}`);
    Object.assign(merged, parsed.parameters);
  }
  return { cfnParameters: merged };
}

/**
 * A diff: --cfn-parameters files that the head holds at their repository path are read from each
 * side (the base's own copy, or none when it has none), and a change to one reads every template
 * again. Files outside the repository give both sides the same values.
 */
function cfnParametersBySide(
  io: CliIo,
  files: string[],
  repo: string,
  base: Snapshot,
  head: Snapshot,
): {
  cfnParameterFiles?: string[];
  cfnParameters?: Record<string, string | string[]>;
  baseCfnParameters?: Record<string, string | string[]>;
} {
  const inTree = files
    .map((f) => relative(repo, resolve(io.cwd, f)).split(sep).join("/"))
    .filter((rel) => !rel.startsWith("..") && !isAbsolute(rel) && head.paths.includes(rel));
  if (inTree.length === 0) return {};
  // The base's copy was checked when it was the head: one that does not read gives no values.
  const valuesIn = (snapshot: Snapshot, strict: boolean): Record<string, string | string[]> => {
    const merged: Record<string, string | string[]> = {};
    for (const f of files) {
      const rel = relative(repo, resolve(io.cwd, f)).split(sep).join("/");
      let text: string | undefined;
      if (inTree.includes(rel)) {
        const bytes = snapshot.read(rel);
        if (!(bytes instanceof Uint8Array)) continue;
        const decoded = decodeText(bytes);
        if ("error" in decoded && !strict) continue;
        if ("error" in decoded) throw new UsageError(`${f}: ${decoded.error}`);
        text = decoded.text;
      } else text = readFileSync(resolve(io.cwd, f), "utf8");
      const parsed = parseParametersFile(text, f);
      if ("error" in parsed && !strict) continue;
      if ("error" in parsed) throw new UsageError(`${f}: ${parsed.error}`);
      Object.assign(merged, parsed.parameters);
    }
    return merged;
  };
  return {
    cfnParameterFiles: inTree,
    cfnParameters: valuesIn(head, true),
    baseCfnParameters: valuesIn(base, false),
  };
}

/**
 * Options of an audit of a folder inside the repository, whose paths begin with `at`: --include,
 * --exclude and --tfvars may be given from the folder (as when it was read with paths of its own)
 * or from the repository root.
 */
function inFolder<T extends { include?: string[]; exclude?: string[]; tfvars?: string[] }>(
  options: T,
  at: string,
  snapshot: Snapshot,
): T {
  const fromRoot = (p: string) => (p.startsWith(`${at}/`) ? p : `${at}/${p.replace(/^\.\//, "")}`);
  const out = { ...options };
  if (options.include) out.include = options.include.map(fromRoot);
  if (options.exclude) out.exclude = options.exclude.map(fromRoot);
  if (options.tfvars)
    out.tfvars = options.tfvars.map((t) =>
      snapshot.paths.includes(t) || !snapshot.paths.includes(fromRoot(t)) ? t : fromRoot(t),
    );
  return out;
}

/** A plan file from disk, named relative to the repository when it lies inside it. */
function readPlanFile(io: CliIo, file: string, repo: string): { file: string; text: string } {
  const abs = resolve(io.cwd, file);
  if (!existsSync(abs)) throw new UsageError(`--plan file '${file}' not found`);
  if (statSync(abs).isDirectory())
    throw new UsageError(`--plan '${file}' is a directory: give the file terraform show -json wrote`);
  const decoded = decodeText(readUserBytes("--plan", file, abs));
  if ("error" in decoded) throw new UsageError(`--plan file '${file}': ${decoded.error}`);
  const rel = relative(repo, abs);
  const name = rel.startsWith("..") || isAbsolute(rel) ? file : rel.split(sep).join("/");
  return { file: name, text: decoded.text };
}

class AllowlistError extends Error {}

/** A file named on the command line that cannot be read or written: its name and why. */
class FileError extends Error {}

function readUserBytes(flag: string, shown: string, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new FileError(`cannot read ${flag} '${shown}': ${fsReason(err)}`);
  }
}

function readUserFile(flag: string, shown: string, path: string): string {
  return readUserBytes(flag, shown, path).toString("utf8");
}

/** Node's parser errors in our words: which option, and where the list of options is. */
function parseArgsMessage(err: Error & { code?: string }): string {
  const option = /'(-[^' ]*)/.exec(err.message)?.[1];
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option '${option ?? err.message}'`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return option ? `option '${option}' needs a value` : `an option is missing its value`;
    default:
      return err.message;
  }
}

/** A failed run in the user's words: which option, file or allowlist line, and why; exit 2. */
function errorMessage(err: unknown, env: Record<string, string | undefined>): string {
  if ((err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
    return `cross-account-guard: ${parseArgsMessage(err as Error)}\n${HELP_POINTER}\n`;
  if (err instanceof UsageError) return `cross-account-guard: ${err.message}\n${HELP_POINTER}\n`;
  if (err instanceof AllowlistError) return `cross-account-guard: invalid allowlist\n${err.message}\n`;
  if (err instanceof FileError) return `cross-account-guard: ${err.message}\n`;
  if (typeof (err as NodeJS.ErrnoException).path === "string") {
    // A file system error on a path the user gave or the repository holds: the path and why.
    const e = err as NodeJS.ErrnoException;
    return `cross-account-guard: cannot use '${e.path}': ${fsReason(e)}\n`;
  }
  const internal = `cross-account-guard: internal error: ${(err as Error).message}\n`;
  return env.CAG_DEBUG ? `${internal}${(err as Error).stack}\n` : internal;
}

const HELP_POINTER = "Run 'cross-account-guard --help' for the commands and options.";
