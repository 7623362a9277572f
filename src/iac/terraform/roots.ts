/**
 * Which directories are Terraform modules, which of them are roots, and which roots a change
 * touches. Cheap and synchronous: it reads only block headers and module sources with the
 * position scanner (no hcl2json), so discovery can call it on every snapshot.
 */

import { compareStrings } from "../../model/objects.js";
import { isRecord, parseJsonText } from "./hcl.js";
import { dirOf, isTerraformFile, resolveInRepo } from "./paths.js";
import { scanHcl } from "./positions.js";
import { relativeStrings, relativeStringsOfLines } from "./relative-strings.js";
import type { TfPositions } from "./tree.js";

export interface TerraformModuleCall {
  name: string;
  source: string;
  /** The called directory for a local source inside the repository, else null. */
  dir: string | null;
}

export interface TerraformModuleInfo {
  dir: string;
  files: string[];
  calls: TerraformModuleCall[];
  hasBackend: boolean;
  hasProvider: boolean;
}

export interface TerraformLayout {
  /** Root module directories, sorted ("" is the repository root). */
  roots: string[];
  modules: TerraformModuleInfo[];
}

/**
 * Root module directories among `paths` (sorted, "" is the repository root): directories with
 * .tf/.tf.json files that no other module calls as a local module, or that hold a backend or
 * provider block. `readText` gives a file's text (undefined when unreadable); without it no file
 * is read and every module directory counts as a root. Directories under `.terraform/` (modules
 * downloaded by `terraform init`) are never roots.
 */
export function findTerraformRoots(
  paths: readonly string[],
  readText?: (path: string) => string | undefined,
): string[] {
  return terraformLayout(paths, readText).roots;
}

/** What one file contributes to its module's entry in the layout. */
interface FileSummary {
  calls: { name: string; source: string }[];
  hasBackend: boolean;
  hasProvider: boolean;
}

/**
 * File summaries already made, by path, with the text they were made from: the base and head of
 * a diff share most files (and, read from git, the very same text), so each is scanned once.
 */
export type LayoutMemo = Map<string, { text: string; summary: FileSummary }>;

export function createLayoutMemo(): LayoutMemo {
  return new Map();
}

/**
 * Whether the layout reads a file: a Terraform file outside `.terraform/` (modules there were
 * downloaded by `terraform init`; they are read through the roots that call them).
 */
export function isLayoutFile(path: string): boolean {
  return isTerraformFile(path) && !/(^|\/)\.terraform\//.test(path);
}

/** The modules, their local calls and the roots: what findTerraformRoots and modulesAffectedBy work from. */
export function terraformLayout(
  paths: readonly string[],
  readText?: (path: string) => string | undefined,
  memo?: LayoutMemo,
): TerraformLayout {
  const modules = [...layoutFolders(paths)]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([dir, files]) => moduleInfo(dir, files, readText, memo));
  const called = new Set(
    modules.flatMap((m) => m.calls.map((c) => c.dir)).filter((d): d is string => d !== null),
  );
  const roots = modules.filter((m) => !called.has(m.dir) || m.hasBackend || m.hasProvider).map((m) => m.dir);
  return { roots, modules };
}

/** The layout files of `paths` by directory. */
export function layoutFolders(paths: readonly string[]): Map<string, string[]> {
  const byDir = new Map<string, string[]>();
  for (const p of paths) {
    if (!isLayoutFile(p)) continue;
    const d = dirOf(p);
    const list = byDir.get(d);
    if (list) list.push(p);
    else byDir.set(d, [p]);
  }
  return byDir;
}

/** One module directory's entry: its files' calls, backend and provider blocks. */
function moduleInfo(
  dir: string,
  files: readonly string[],
  readText: ((path: string) => string | undefined) | undefined,
  memo: LayoutMemo | undefined,
): TerraformModuleInfo {
  const info: TerraformModuleInfo = {
    dir,
    files: [...files].sort(),
    calls: [],
    hasBackend: false,
    hasProvider: false,
  };
  if (!readText) return info;
  for (const f of info.files) {
    const text = readText(f);
    if (text === undefined) continue;
    let summary = memo?.get(f)?.text === text ? memo.get(f)?.summary : undefined;
    if (!summary) {
      summary = summarizeFile(f, text);
      memo?.set(f, { text, summary });
    }
    for (const c of summary.calls) addCall(info, c.name, c.source);
    if (summary.hasBackend) info.hasBackend = true;
    if (summary.hasProvider) info.hasProvider = true;
  }
  return info;
}

/**
 * The part of the layout a change can affect, found without summarising every file: the roots
 * that `modulesAffectedBy(terraformLayout(paths, readText), changed)` gives, each with the
 * modules it calls, and the modules on the way up from the changed folders to those roots.
 *
 * A root is affected when a folder holding a changed path is the root or a module it calls,
 * directly or not. So the way up starts at every folder holding a changed path and follows
 * callers: a file can call a folder only through a quoted "./…" or "../…" source, so the files
 * whose quoted relative strings resolve to a folder on the way are the only candidates, and only
 * they are summarised (the candidate test finds every such string; the summary decides which is
 * a module source). A folder on the way is a root when no module calls it or it holds a backend
 * or provider block, as in terraformLayout.
 */
export function affectedLayout(
  paths: readonly string[],
  readText: (path: string) => string | undefined,
  changed: readonly string[],
  memo?: LayoutMemo,
  search?: CallerSearch,
): TerraformLayout {
  return affectedLayouts(paths, readText, memo, search)(changed);
}

/** How affectedLayouts reads what it searches, when the snapshot knows better than reading every file. */
export interface CallerSearch {
  /** A file's bytes (the search scans bytes: files it only searches are never decoded). */
  readBytes?: (path: string) => Uint8Array | undefined;
  /**
   * What a search of the objects found of a .tf file (the snapshot's linesHolding for
   * CALLER_NEEDLES): the lines holding a needle, searched in place of the file; "none" when it
   * holds none (it holds no relative string and is not read); "whole" to read it whole.
   * Without it, every file is read whole.
   */
  searched?: (path: string) => Uint8Array | "none" | "whole";
  /** A hint that these files are about to be read: a git snapshot loads them in one batch. */
  prefetch?: (paths: readonly string[]) => void;
  /** The relative strings of lines `searched` gave before, by the very bytes (relativeStringsOfLines). */
  known?: WeakMap<Uint8Array, readonly string[] | undefined>;
  /** The paths' layout files by folder (layoutFolders), when the caller has them already. */
  folders?: ReadonlyMap<string, readonly string[]>;
}

/**
 * affectedLayout for several changes of one snapshot: the search for callers (every Terraform
 * file's bytes) and the summaries are made once and shared.
 */
export function affectedLayouts(
  paths: readonly string[],
  readText: (path: string) => string | undefined,
  memo?: LayoutMemo,
  search: CallerSearch = {},
): (changed: readonly string[], options?: AffectedOptions) => TerraformLayout {
  const readBytes =
    search.readBytes ??
    ((path: string) => {
      const text = readText(path);
      return text === undefined ? undefined : new TextEncoder().encode(text);
    });
  const searched = search.searched ?? (() => "whole" as const);
  const byDir = search.folders ?? layoutFolders(paths);
  const infos = new Map<string, TerraformModuleInfo>();
  /** Load the files of the folders about to be summarised together (a hint; nothing when none is new). */
  const prefetch = (dirs: Iterable<string>) => {
    if (!search.prefetch) return;
    const files = [...dirs].filter((d) => !infos.has(d)).flatMap((d) => byDir.get(d) ?? []);
    if (files.length > 0) search.prefetch(files);
  };
  const info = (dir: string): TerraformModuleInfo | undefined => {
    const files = byDir.get(dir);
    if (!files) return undefined;
    let m = infos.get(dir);
    if (!m) {
      m = moduleInfo(dir, files, readText, memo);
      infos.set(dir, m);
    }
    return m;
  };
  let candidates: ((target: string) => string[]) | undefined;
  const callers = (dir: string): string[] => {
    candidates ??= candidateCallers(byDir, readBytes, searched, search.known);
    const found = candidates(dir);
    prefetch(found);
    return found.filter((c) => info(c)?.calls.some((call) => call.dir === dir));
  };
  return (changed, options = {}) => {
    // Up: every folder holding a changed path, then whatever calls a folder already on the way.
    const up = new Set<string>();
    for (const p of changed) {
      for (let d = dirOf(p); ; d = dirOf(d)) {
        up.add(d);
        if (d === "") break;
      }
    }
    const called = new Set<string>();
    for (const stack = [...up]; stack.length > 0; ) {
      const dir = stack.pop()!;
      for (const c of callers(dir)) {
        called.add(dir);
        if (!up.has(c)) {
          up.add(c);
          stack.push(c);
        }
      }
    }
    // A root is a folder on the way up: none of `within` on it, none of them a root here.
    if (options.within && ![...options.within].some((d) => up.has(d))) return { roots: [], modules: [] };
    // The folders on the way, summarised next, loaded together (none when the answer is no root).
    prefetch(up);
    const roots = [...up]
      .filter((d) => {
        const m = info(d);
        return m !== undefined && (!called.has(d) || m.hasBackend || m.hasProvider);
      })
      .sort(compareStrings);
    // Down: what each affected root calls, for the readers and moduleClosure; a level at a time,
    // each level's folders loaded together.
    const seen = new Set<string>();
    for (let level = roots; level.length > 0; ) {
      const next: string[] = [];
      prefetch(level.filter((d) => !seen.has(d)));
      for (const dir of level) {
        if (seen.has(dir)) continue;
        seen.add(dir);
        for (const c of info(dir)?.calls ?? []) if (c.dir !== null && !seen.has(c.dir)) next.push(c.dir);
      }
      level = next;
    }
    const modules = [...new Set([...up, ...seen])]
      .map((d) => info(d))
      .filter((m): m is TerraformModuleInfo => m !== undefined)
      .sort((x, y) => compareStrings(x.dir, y.dir));
    return { roots, modules };
  };
}

/** What an affected layout is asked for. */
export interface AffectedOptions {
  /** Only roots among these folders matter: none of them on the way up gives no root at all. */
  within?: ReadonlySet<string>;
}

/** Several layouts as one: the union of their roots and modules. */
export function mergeLayouts(layouts: readonly TerraformLayout[]): TerraformLayout {
  const roots = [...new Set(layouts.flatMap((l) => l.roots))].sort(compareStrings);
  const modules = new Map<string, TerraformModuleInfo>();
  for (const l of layouts) for (const m of l.modules) if (!modules.has(m.dir)) modules.set(m.dir, m);
  return { roots, modules: [...modules.values()].sort((x, y) => compareStrings(x.dir, y.dir)) };
}

/** The key of the strings that end in "." or "..": they may resolve to any folder, the root too. */
const DOTS = "\0dots";

/**
 * The folders with a file holding a quoted "./…" or "../…" string that resolves to a folder
 * (every local module source is such a string), by folder asked for. A file whose relative
 * strings cannot be read that simply (JSON, escapes, heredocs) may call any folder. A .tf file
 * `searched` rules out (known not to hold any of CALLER_NEEDLES) holds no such string: it is not
 * read; of one it gives the lines holding a needle, only those are searched, all together.
 *
 * A string resolves to a folder only if it ends in that folder's name (or in "." or ".."): the
 * strings are kept by their last name, and only those that may name a folder asked for are
 * resolved (a diff asks for the few folders on its way, of thousands the strings name).
 */
function candidateCallers(
  byDir: ReadonlyMap<string, readonly string[]>,
  readBytes: (path: string) => Uint8Array | undefined,
  searched: (path: string) => Uint8Array | "none" | "whole",
  known?: WeakMap<Uint8Array, readonly string[] | undefined>,
): (target: string) => string[] {
  const files: { dir: string; path: string; lines: Uint8Array | "whole" }[] = [];
  const given = new Map<string, Uint8Array>();
  for (const [dir, paths] of byDir) {
    for (const path of paths) {
      const lines = path.endsWith(".json") ? "whole" : searched(path);
      if (lines === "none") continue;
      files.push({ dir, path, lines });
      if (lines !== "whole") given.set(path, lines);
    }
  }
  const fromLines = relativeStringsOfLines(given, known);
  const anyFolder = new Set<string>();
  const byLastName = new Map<string, { dir: string; literal: string }[]>();
  for (const { dir, path, lines } of files) {
    let strings: readonly string[] | undefined;
    if (lines === "whole") {
      const bytes = readBytes(path);
      if (bytes === undefined) continue;
      strings = path.endsWith(".json") ? undefined : relativeStrings(bytes);
    } else strings = fromLines.get(path);
    if (strings === undefined) {
      anyFolder.add(dir);
      continue;
    }
    for (const literal of strings) {
      const name = lastName(literal);
      const list = byLastName.get(name);
      if (list) list.push({ dir, literal });
      else byLastName.set(name, [{ dir, literal }]);
    }
  }
  // The same strings recur across a folder's files: each is resolved once per folder.
  const resolved = new Map<string, string | null>();
  return (target) => {
    const found = new Set<string>();
    const name = target === "" ? undefined : target.slice(target.lastIndexOf("/") + 1);
    for (const list of [name === undefined ? undefined : byLastName.get(name), byLastName.get(DOTS)]) {
      for (const { dir, literal } of list ?? []) {
        const key = `${dir}\0${literal}`;
        let to = resolved.get(key);
        if (to === undefined) {
          to = resolveInRepo(dir, literal.replace(/\/+$/, ""));
          resolved.set(key, to);
        }
        if (to === target) found.add(dir);
      }
    }
    return [...found, ...anyFolder];
  };
}

/** The last name of a relative string, trailing slashes left out; DOTS for "." and "..". */
function lastName(literal: string): string {
  let end = literal.length;
  while (end > 0 && literal.charCodeAt(end - 1) === 0x2f) end--;
  const name = literal.slice(literal.lastIndexOf("/", end - 1) + 1, end);
  return name === "." || name === ".." ? DOTS : name;
}

/**
 * Where a module, terraform or provider block can start: the keyword as a whole identifier at the
 * start of a line (after blanks), or after a "}" or a comment's "*\/" closing on that line, and
 * followed on the same line by a label, a "{" or a comment (never "." as in module.x.id, nor "="
 * as in provider = aws.x). The position scanner finds a block nowhere else. A file without one has
 * nothing for the layout, and most files (resources, variables, outputs, and files that only say
 * "terraform" in a tag) have none: they are not scanned.
 */
const LAYOUT_BLOCK = /(?:^|[}/])[ \t\r]*(?:module|terraform|provider)(?![A-Za-z0-9_.=-])[ \t]*[{"A-Za-z_/]/m;

function summarizeFile(file: string, text: string): FileSummary {
  const summary: FileSummary = { calls: [], hasBackend: false, hasProvider: false };
  if (file.endsWith(".json")) {
    summarizeJson(summary, text);
    return summary;
  }
  if (!LAYOUT_BLOCK.test(text)) return summary;
  const scan: TfPositions = scanHcl(text);
  for (const b of scan.blocks) {
    if (b.type === "module" && b.labels[0] !== undefined) {
      const attr = b.attributes.find((a) => a.name === "source");
      const lit = attr ? scan.literals.find((l) => l.offset >= attr.start && l.offset < attr.end) : undefined;
      if (lit) summary.calls.push({ name: b.labels[0], source: lit.value });
    } else if (b.type === "terraform") {
      if (b.blocks.some((x) => x.type === "backend" || x.type === "cloud")) summary.hasBackend = true;
    } else if (b.type === "provider") {
      summary.hasProvider = true;
    }
  }
  return summary;
}

function summarizeJson(summary: FileSummary, text: string): void {
  let doc: unknown;
  try {
    doc = parseJsonText(text);
  } catch {
    return;
  }
  if (!isRecord(doc)) return;
  if (isRecord(doc.module)) {
    for (const [name, body] of Object.entries(doc.module)) {
      for (const b of Array.isArray(body) ? body : [body])
        if (isRecord(b) && typeof b.source === "string") summary.calls.push({ name, source: b.source });
    }
  }
  const tf = Array.isArray(doc.terraform) ? doc.terraform : [doc.terraform];
  if (tf.some((t) => isRecord(t) && (t.backend !== undefined || t.cloud !== undefined)))
    summary.hasBackend = true;
  if (doc.provider !== undefined) summary.hasProvider = true;
}

function addCall(info: TerraformModuleInfo, name: string, source: string): void {
  const local = source.startsWith("./") || source.startsWith("../");
  const dir = local ? resolveInRepo(info.dir, source.replace(/\/+$/, "")) : null;
  info.calls.push({ name, source, dir });
}

/**
 * The roots whose evaluation may change when `changed` paths change: a root is affected when a
 * changed file lies inside its directory or inside a local module directory it calls (directly
 * or through other modules). Files inside these directories (templates, policy JSON) count too.
 */
export function modulesAffectedBy(layout: TerraformLayout, changed: readonly string[]): string[] {
  const inside = (path: string, dir: string): boolean => dir === "" || path.startsWith(`${dir}/`);
  const byDir = modulesByDir(layout);
  return layout.roots.filter((root) => {
    const dirs = [...moduleClosure(layout, root, byDir)];
    return changed.some((p) => dirs.some((d) => inside(p, d)));
  });
}

/** The module directories a root reads: itself and every local module it calls, directly or not. */
export function moduleClosure(
  layout: TerraformLayout,
  root: string,
  byDir: ReadonlyMap<string, TerraformModuleInfo> = modulesByDir(layout),
): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const d = stack.pop()!;
    if (seen.has(d)) continue;
    seen.add(d);
    for (const c of byDir.get(d)?.calls ?? []) if (c.dir !== null) stack.push(c.dir);
  }
  return seen;
}

function modulesByDir(layout: TerraformLayout): Map<string, TerraformModuleInfo> {
  return new Map(layout.modules.map((m) => [m.dir, m]));
}
