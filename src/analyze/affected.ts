/**
 * What a diff reads: the units its change can affect, found without discovering the rest of the
 * repository. A Terraform change is followed from the changed folders up to the roots that call
 * them (affectedLayout: only the files that may call a folder on the way are summarised); the
 * templates are discovered only when the change can reach one (a changed template or export, a
 * changed file a template may name, a changed parameter file).
 */
import {
  cdkAssembliesOf,
  cdkAssemblyOf,
  isTerraformCode,
  mayBePlan,
  mayBeTemplate,
} from "../discover/discover.js";
import { isPlanFile, isTemplateFile } from "../iac/detect.js";
import { dirOf, isAutoVarFile } from "../iac/terraform/paths.js";
import { CALLER_SEARCH } from "../iac/terraform/relative-strings.js";
import {
  type AffectedOptions,
  affectedLayouts,
  type CallerSearch,
  isLayoutFile,
  layoutFolders,
  mergeLayouts,
  modulesAffectedBy,
  type TerraformLayout,
  terraformLayout,
} from "../iac/terraform/roots.js";
import { filesOfFolder, type Snapshot } from "../sources/snapshot.js";
import { readText, textOf } from "../sources/text.js";
import type { AnalyzeOptions, Discovery } from "./analyze.js";
import { createDiscoveryMemo, type DiscoveryMemo, memoised, pathFact, selectedPaths } from "./context.js";
import { anchorAtRoots, fileReferences, namedOutside } from "./file-references.js";

/**
 * How a diff opens a commit's git snapshot: it reads the few units its change affects a folder at
 * a time (and what it prefetches), never every blob.
 */
export const DIFF_SNAPSHOT = { byFolder: true } as const;

/**
 * How a diff opens the snapshots of two commits: the same, and the search for module callers
 * (the base's, the first affectedUnits makes) starts while the tree is listed.
 */
export const DIFF_SNAPSHOT_PAIR = { ...DIFF_SNAPSHOT, searchAhead: CALLER_SEARCH } as const;

/** Files given beside the tree that every unit of a kind reads: a change to one affects them all. */
export interface GivenFiles {
  /** --tfvars, the action's tfvars: applied to every Terraform root. */
  tfvars?: readonly string[];
  /** --cfn-parameters files that lie in the repository: applied to every template. */
  cfnParameterFiles?: readonly string[];
}

/** The units a change affects, and what the diff knows of the rest. */
export interface AffectedDiscovery extends Discovery {
  /**
   * The layout is the whole repository's (a changed --tfvars file or a plan needs every root);
   * else it holds only the affected roots and the modules between them and the change.
   */
  wholeLayout: boolean;
}

/**
 * The units whose grants may differ when `changed` files change: a unit's own files, and every
 * file it reads from elsewhere: files named by the Terraform file functions (file-references.ts),
 * nested templates and includes by whatever path the parent names, the exports of other
 * templates and CDK assemblies it imports, and the tfvars and parameter files given to the run.
 * The same units as discovering the whole snapshot and keeping those the change touches, without
 * reading what the change cannot touch.
 */
export function affectedUnits(
  snapshot: Snapshot,
  changed: readonly string[],
  options: AnalyzeOptions & GivenFiles = {},
  memo: DiscoveryMemo = createDiscoveryMemo(),
): AffectedDiscovery {
  const paths = selectedPaths(snapshot, options, memo);
  const present = new Set(paths);
  const changedSet = new Set(changed);
  const cdk = pathFact(memo, paths, "cdk", () => cdkAssembliesOf(paths));
  const isPlan = (p: string) => memoised(snapshot, p, memo.plans, "isPlan", () => isPlanFile(snapshot, p));
  const isTemplate = (p: string) =>
    mayBeTemplate(p, cdk) &&
    !(mayBePlan(p, cdk) && isPlan(p)) &&
    memoised(snapshot, p, memo.templates, "isTemplate", () => isTemplateFile(snapshot, p));

  // CloudFormation and CDK.
  const inAssembly = (a: string) => (p: string) => a === "" || p.startsWith(`${a}/`);
  const changedTemplates = changed.filter((p) => present.has(p) && isTemplate(p));
  const changedInAssemblies = changed.filter((p) => present.has(p) && cdkAssemblyOf(p, cdk));
  // An export that changes (in a template or a CDK assembly) can change every template and
  // assembly that imports it.
  const exportsChanged = [...changedTemplates, ...changedInAssemblies].some((p) =>
    textOf(snapshot, p).includes("Export"),
  );
  const imports = (p: string) => exportsChanged && textOf(snapshot, p).includes("ImportValue");
  // A nested template, an included snippet or a file a template reads, under any name or
  // extension: a template that names a changed file (by its file name) is read again. Terraform's
  // own files are never read by a template.
  const names = changedNames(changed.filter((p) => !changedTemplates.includes(p) && !isTerraformFamily(p)));
  const allTemplates = options.cfnParameterFiles?.some((f) => changedSet.has(f)) ?? false;
  const cdkAssemblies = cdk.filter(
    (a) => changed.some(inAssembly(a)) || (exportsChanged && paths.filter(inAssembly(a)).some(imports)),
  );
  // Every template, when one may be read: a template is read with the whole family (exports and
  // nested stacks resolve across all of them).
  const detectAll =
    allTemplates ||
    exportsChanged ||
    names.length > 0 ||
    changedTemplates.length > 0 ||
    cdkAssemblies.length > 0;
  // Recognising every template reads every YAML/JSON file: in one batch, not a folder at a time.
  if (detectAll) snapshot.prefetch?.(paths.filter((p) => mayBeTemplate(p, cdk)));
  const everyTemplate = detectAll ? paths.filter(isTemplate) : [];
  const namesChanged = (t: string) => {
    const text = names.length > 0 ? textOf(snapshot, t) : "";
    return names.some((n) => text.includes(n));
  };
  const templates = everyTemplate.filter(
    (t) => allTemplates || changedSet.has(t) || imports(t) || namesChanged(t),
  );
  const plans = changed.filter((p) => present.has(p) && mayBePlan(p, cdk) && isPlan(p));

  // Terraform.
  const terraformFiles = pathFact(memo, paths, "terraformFiles", () => paths.filter(isTerraformCode));
  const text = (p: string) => {
    const r = readText(snapshot, p);
    return "text" in r ? r.text : undefined;
  };
  const wholeLayout =
    (options.tfvars?.some((f) => changedSet.has(f)) ?? false) ||
    plans.length > 0 ||
    (options.plans?.length ?? 0) > 0;
  let layout: TerraformLayout;
  let terraformRoots: string[];
  if (terraformFiles.length === 0) {
    layout = { roots: [], modules: [] };
    terraformRoots = [];
  } else if (wholeLayout) {
    snapshot.prefetch?.(terraformFiles);
    layout = terraformLayout(terraformFiles, text, memo.layout);
    const whole = layout;
    // A changed tfvars file given to the run: every root; else what the change and its reading reach.
    terraformRoots = options.tfvars?.some((f) => changedSet.has(f))
      ? whole.roots
      : rootsReading(filesRead(snapshot, terraformFiles, changed), (c) => ({
          roots: modulesAffectedBy(whole, c),
          modules: whole.modules,
        })).roots;
  } else {
    // The search for callers scans bytes: the files it only searches are never decoded.
    const readBytes = (p: string) => {
      const r = snapshot.read(p);
      return r instanceof Uint8Array ? r : undefined;
    };
    // Which files may call a folder, asked of the objects (git grep): the lines holding a relative
    // string or a heredoc are searched, not the files; JSON files are read whole, in one batch.
    const layoutFiles = terraformFiles.filter(isLayoutFile);
    const lines = snapshot.linesHolding?.(
      CALLER_SEARCH.needles,
      layoutFiles.filter((p) => !p.endsWith(".json")),
    );
    if (lines) snapshot.prefetch?.(layoutFiles.filter((p) => lines.get(p) === null || p.endsWith(".json")));
    const search: CallerSearch = {
      readBytes,
      // A path left out holds no needle; null: read it whole (a link, a file too large).
      ...(lines ? { searched: (p: string) => found(lines.get(p)) } : {}),
      ...(snapshot.prefetch
        ? { prefetch: (paths: readonly string[]) => snapshot.prefetch?.(withVariableFiles(snapshot, paths)) }
        : {}),
      known: memo.callerStrings,
      folders: pathFact(memo, paths, "layoutFolders", () => layoutFolders(terraformFiles)),
    };
    const reads = filesRead(snapshot, terraformFiles, changed);
    layout = rootsReading(reads, affectedLayouts(terraformFiles, text, memo.layout, search));
    terraformRoots = layout.roots;
  }
  return {
    units: {
      templates,
      terraformRoots,
      cdkAssemblies,
      plans,
      terraformFiles,
      // The family a template or assembly is read with; none when none is read.
      cloudformation:
        templates.length + cdkAssemblies.length > 0
          ? { templates: everyTemplate, cdkAssemblies: cdk }
          : { templates: [], cdkAssemblies: [] },
    },
    layout,
    wholeLayout,
  };
}

/** What a search of a file's bytes gave (linesHolding's value for its path): its lines, or what to do. */
function found(lines: Uint8Array | null | undefined): Uint8Array | "none" | "whole" {
  return lines === undefined ? "none" : (lines ?? "whole");
}

/**
 * `paths` and the variable files beside them: a root's reader reads its auto-loaded variable
 * files right after its code, and a git snapshot loads them in the batch the layout asked for
 * instead of a process of their own per root (a module's folder seldom holds any).
 */
function withVariableFiles(snapshot: Snapshot, paths: readonly string[]): readonly string[] {
  const dirs = new Set(paths.map(dirOf));
  const beside = [...dirs].flatMap((d) => filesOfFolder(snapshot.paths, d).filter(isAutoVarFile));
  return beside.length === 0 ? paths : [...paths, ...beside];
}

/**
 * Whether the snapshot holds any IaC at all (Terraform code, a CDK assembly, a plan, a template):
 * a diff whose change reads nothing still checked a tree that has some. Templates and plans are
 * looked for only in a tree without Terraform code or CDK assemblies.
 */
export function holdsIac(snapshot: Snapshot, options: AnalyzeOptions, memo: DiscoveryMemo): boolean {
  const paths = selectedPaths(snapshot, options, memo);
  const cdk = pathFact(memo, paths, "cdk", () => cdkAssembliesOf(paths));
  if (cdk.length > 0 || paths.some(isTerraformCode)) return true;
  const isPlan = (p: string) => memoised(snapshot, p, memo.plans, "isPlan", () => isPlanFile(snapshot, p));
  return paths.some(
    (p) =>
      (mayBePlan(p, cdk) && isPlan(p)) ||
      (mayBeTemplate(p, cdk) &&
        memoised(snapshot, p, memo.templates, "isTemplate", () => isTemplateFile(snapshot, p))),
  );
}

/** .tf, .tf.json, .tfvars, .tfvars.json: read by Terraform only. */
function isTerraformFamily(path: string): boolean {
  return /\.(tf|tf\.json|tfvars|tfvars\.json)$/.test(path);
}

/** The file names of changed files other than Terraform code. */
function changedNames(changed: readonly string[]): string[] {
  return [...new Set(changed.filter((p) => !isTerraformCode(p)).map((p) => p.slice(p.lastIndexOf("/") + 1)))];
}

/**
 * The layout of the roots a change affects, with what reading changed files adds: the roots the
 * changed files (and the modules reading them) affect, and for each module reading one from the
 * root's folder, the roots that call it from a folder where its path leads to the changed file.
 */
function rootsReading(
  reads: FilesRead,
  affected: (changed: readonly string[], options?: AffectedOptions) => TerraformLayout,
): TerraformLayout {
  const layouts = [affected(reads.changed)];
  for (const { file, folders } of reads.fromRoots) {
    // Most modules reading a root-relative path (every root reading its own settings file) reach
    // none of the folders it leads from: `within` answers those before anything is summarised.
    const via = affected([file], { within: folders });
    const roots = via.roots.filter((r) => folders.has(r));
    if (roots.length > 0) layouts.push({ roots, modules: via.modules });
  }
  return mergeLayouts(layouts);
}

/** What the Terraform modules' reading of changed files adds to a change. */
interface FilesRead {
  /** `changed`, and a file of each module that reads a changed file from its own folder or by name. */
  changed: string[];
  /**
   * Modules that read a changed file through a path relative to the folder Terraform runs in:
   * a file of the module, and the folders from which that path leads to the changed file. Such a
   * module affects a root only when the root calls it (or is it) and is one of those folders.
   */
  fromRoots: { file: string; folders: Set<string> }[];
}

/**
 * A Terraform module reads a changed file from its own folder (path.module, prefixes as
 * fileReferences finds them), from the folder Terraform runs in (path.root, path.cwd, a bare
 * relative path: the root's folder, so only roots from whose folder the path leads to the changed
 * file read it), or by a name it holds anywhere but in such a fully literal file-function argument
 * (a local, a variable's default, a computed path, a comment).
 */
function filesRead(
  snapshot: Snapshot,
  terraformFiles: readonly string[],
  changed: readonly string[],
): FilesRead {
  const others = changed.filter((p) => !isTerraformCode(p));
  const names = changedNames(others);
  if (names.length === 0) return { changed: [...changed], fromRoots: [] };
  // A file can read a changed file only through a file function (each one's name holds "file")
  // or by naming it: when the snapshot can search (git grep), only the Terraform files holding
  // one of those are loaded and read; otherwise every one is, in one batch.
  const holding =
    names.length <= MAX_NAMES_SEARCHED
      ? snapshot.linesHolding?.(["file", ...names], terraformFiles)
      : undefined;
  const read = (p: string) => holding === undefined || holding.has(p);
  snapshot.prefetch?.(holding ? terraformFiles.filter(read) : terraformFiles);
  const modules = terraformLayout(terraformFiles).modules;
  const dirs = modules.map((m) => m.dir);
  const firstFile = new Map(modules.map((m) => [m.dir, m.files[0] ?? m.dir]));
  const marked = new Set<string>();
  const fromRoots = new Map<string, Set<string>>();
  // Root-relative prefixes recur (every root reading its own "./settings.json"): the folders each
  // one leads from to a changed file, once per prefix.
  const leadingFolders = new Map<string, string[]>();
  // A path without ".." leads below the folder it starts from: only a folder that a changed
  // file's path starts with can lead to one (anchoring it at every folder cost a path
  // normalisation per folder and prefix: 4,000 folders on a monorepo).
  const nearChanged = dirs.filter((d) => others.some((p) => p.startsWith(d)));
  const foldersFor = (rest: string) => {
    let found = leadingFolders.get(rest);
    if (!found) {
      found = anchorAtRoots(rest, rest.split("/").includes("..") ? dirs : nearChanged)
        .filter(({ prefix }) => others.some((p) => p.startsWith(prefix)))
        .map(({ root }) => root);
      leadingFolders.set(rest, found);
    }
    return found;
  };
  for (const m of modules) {
    for (const f of m.files) {
      if (!read(f)) continue;
      const text = textOf(snapshot, f);
      const refs = fileReferences(text, m.dir);
      if (refs.inModule.some((x) => others.some((p) => p.startsWith(x)))) marked.add(m.dir);
      for (const rest of refs.fromRoot) {
        const folders = foldersFor(rest);
        if (folders.length === 0) continue;
        const set = fromRoots.get(m.dir) ?? new Set<string>();
        for (const d of folders) set.add(d);
        fromRoots.set(m.dir, set);
      }
      if (names.some((n) => namedOutside(text, n, refs.literalArguments))) marked.add(m.dir);
    }
  }
  return {
    changed: [...changed, ...[...marked].map((d) => firstFile.get(d) ?? d)],
    fromRoots: [...fromRoots].map(([dir, folders]) => ({ file: firstFile.get(dir) ?? dir, folders })),
  };
}

/** More changed names than this are not searched for (one argument each): every file is read. */
const MAX_NAMES_SEARCHED = 200;

/** Files added, modified or deleted between two snapshots (by blob id when known, else by content). */
export function changedFiles(base: Snapshot, head: Snapshot): string[] {
  const known = head.changedFrom?.(base) ?? base.changedFrom?.(head);
  if (known) return [...known];
  const basePaths = new Set(base.paths);
  const headPaths = new Set(head.paths);
  const changed: string[] = base.paths.filter((p) => !headPaths.has(p));
  for (const p of head.paths) {
    if (!basePaths.has(p)) {
      changed.push(p);
      continue;
    }
    const oa = base.oid?.(p);
    const ob = head.oid?.(p);
    if (oa !== undefined && ob !== undefined) {
      if (oa !== ob) changed.push(p);
      continue;
    }
    const a = base.read(p);
    const b = head.read(p);
    if (!(a instanceof Uint8Array) || !(b instanceof Uint8Array) || !sameBytes(a, b)) changed.push(p);
  }
  return changed.sort();
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && Buffer.compare(a, b) === 0;
}
