/**
 * Which directories are Terraform modules, which of them are roots, and which roots a change
 * touches. Cheap and synchronous: it reads only block headers and module sources with the
 * position scanner (no hcl2json), so discovery can call it on every snapshot.
 */

import { compareStrings } from "../../model/objects.js";
import { isRecord, parseJsonText } from "./hcl.js";
import { dirOf, isTerraformFile, resolveInRepo } from "./paths.js";
import { scanHcl } from "./positions.js";
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
  const modules = [...layoutFiles(paths)]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([dir, files]) => moduleInfo(dir, files, readText, memo));
  const called = new Set(
    modules.flatMap((m) => m.calls.map((c) => c.dir)).filter((d): d is string => d !== null),
  );
  const roots = modules.filter((m) => !called.has(m.dir) || m.hasBackend || m.hasProvider).map((m) => m.dir);
  return { roots, modules };
}

/** The layout files of `paths` by directory. */
function layoutFiles(paths: readonly string[]): Map<string, string[]> {
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
): (changed: readonly string[]) => TerraformLayout {
  const readBytes =
    search.readBytes ??
    ((path: string) => {
      const text = readText(path);
      return text === undefined ? undefined : new TextEncoder().encode(text);
    });
  const searched = search.searched ?? (() => "whole" as const);
  const byDir = layoutFiles(paths);
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
  let candidates: Map<string, Set<string>> | undefined;
  const callers = (dir: string): string[] => {
    candidates ??= candidateCallers(byDir, readBytes, searched);
    const found = [...(candidates.get(dir) ?? []), ...(candidates.get(ANY) ?? [])];
    prefetch(found);
    return found.filter((c) => info(c)?.calls.some((call) => call.dir === dir));
  };
  return (changed) => {
    // Up: every folder holding a changed path, then whatever calls a folder already on the way.
    const up = new Set<string>();
    for (const p of changed) {
      for (let d = dirOf(p); ; d = dirOf(d)) {
        up.add(d);
        if (d === "") break;
      }
    }
    prefetch(up);
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

/** Several layouts as one: the union of their roots and modules. */
export function mergeLayouts(layouts: readonly TerraformLayout[]): TerraformLayout {
  const roots = [...new Set(layouts.flatMap((l) => l.roots))].sort(compareStrings);
  const modules = new Map<string, TerraformModuleInfo>();
  for (const l of layouts) for (const m of l.modules) if (!modules.has(m.dir)) modules.set(m.dir, m);
  return { roots, modules: [...modules.values()].sort((x, y) => compareStrings(x.dir, y.dir)) };
}

/** The key of the files that may call any folder (see candidateCallers). */
const ANY = "\0any";

/**
 * For each folder, the module folders with a file holding a quoted "./…" or "../…" string that
 * resolves to it: every local module source is such a string. A file whose relative strings
 * cannot be read that simply (JSON, escapes, heredocs) may call any folder (key ANY). A .tf file
 * `searched` rules out (known not to hold any of CALLER_NEEDLES) holds no such string: it is not
 * read; of one it gives the lines holding a needle, only those are searched.
 */
function candidateCallers(
  byDir: ReadonlyMap<string, readonly string[]>,
  readBytes: (path: string) => Uint8Array | undefined,
  searched: (path: string) => Uint8Array | "none" | "whole",
): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  // The same strings recur across a folder's files: each is resolved once per folder.
  const resolved = new Map<string, string | null>();
  const add = (target: string, dir: string) => {
    const set = out.get(target);
    if (set) set.add(dir);
    else out.set(target, new Set([dir]));
  };
  for (const [dir, files] of byDir) {
    for (const f of files) {
      const json = f.endsWith(".json");
      const lines = json ? "whole" : searched(f);
      if (lines === "none") continue;
      const bytes = lines === "whole" ? readBytes(f) : lines;
      if (bytes === undefined) continue;
      const strings = json ? undefined : relativeStrings(bytes, lines !== "whole");
      if (strings === undefined) {
        add(ANY, dir);
        continue;
      }
      for (const literal of strings) {
        const key = `${dir}\0${literal}`;
        let target = resolved.get(key);
        if (target === undefined) {
          target = resolveInRepo(dir, literal.replace(/\/+$/, ""));
          resolved.set(key, target);
        }
        if (target !== null) add(target, dir);
      }
    }
  }
  return out;
}

const QUOTE = 0x22;
const DOT = 0x2e;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const QUOTE_DOT = '".';
const HEREDOC = "<<";
// The needles as bytes, encoded once (never written): Buffer.indexOf encodes a string needle on
// every call, which was most of the search's time (19-49 against 4-12 ms over 2,000 files).
const QUOTE_DOT_BYTES = Buffer.from(QUOTE_DOT);
const HEREDOC_BYTES = Buffer.from(HEREDOC);

/**
 * What relativeStrings looks for: a file holding neither needle has no relative string and no
 * heredoc source (relativeStrings gives []), so a search of the bytes for them (git grep) can
 * rule a file out without reading it here.
 */
export const CALLER_NEEDLES: readonly string[] = [QUOTE_DOT, HEREDOC];

/**
 * The search a diff's discovery makes first (the .tf files holding CALLER_NEEDLES; .tf.json files
 * are read whole): a git snapshot pair can start it ahead, while it lists the tree.
 */
export const CALLER_SEARCH = { needles: CALLER_NEEDLES, extensions: ["tf"] } as const;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const utf8 = new TextDecoder();

/**
 * The quoted strings starting "./" or "../" in a file's bytes (decoding only them), or undefined
 * when a module source could be written otherwise: a string with an escape, one left open, or a
 * `source = <<` heredoc. Scanning bytes spares decoding the thousands of files a diff never reads.
 *
 * `someLines`: the bytes are only some of the file's lines (those holding CALLER_NEEDLES, each
 * ended by "\n"), and what stands on the lines between them is unknown: a string not closed on
 * its line, or a `<<` with nothing but `=` and blanks before it on its line, gives undefined.
 */
export function relativeStrings(bytes: Uint8Array, someLines = false): string[] | undefined {
  // Buffer's indexOf finds a two-byte needle natively: most files hold a few such strings among
  // thousands of quotes.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (heredocSource(buf, someLines)) return undefined;
  const out: string[] = [];
  for (let i = buf.indexOf(QUOTE_DOT_BYTES); i >= 0; i = buf.indexOf(QUOTE_DOT_BYTES, i + 1)) {
    const rest = buf[i + 2] === SLASH ? 3 : buf[i + 2] === DOT && buf[i + 3] === SLASH ? 4 : 0;
    // "./" or "../" written with an escape ("..\u002f").
    if (rest === 0 && (buf[i + 2] === BACKSLASH || (buf[i + 2] === DOT && buf[i + 3] === BACKSLASH)))
      return undefined;
    if (rest === 0) continue;
    const end = buf.indexOf(QUOTE, i + rest);
    if (end < 0) return undefined;
    if (someLines) {
      const eol = buf.indexOf(NEWLINE, i);
      if (eol >= 0 && eol < end) return undefined;
    }
    const literal = buf.subarray(i + 1, end);
    if (literal.includes(BACKSLASH)) return undefined;
    out.push(utf8.decode(literal));
  }
  return out;
}

/**
 * Whether the bytes hold `source`, blanks, `=`, blanks, `<<` (a heredoc source). Of some lines
 * only (`someLines`), also when the line of a `<<` starts before a word is found: the line above
 * it is unknown.
 */
function heredocSource(buf: Buffer, someLines: boolean): boolean {
  const blank = someLines ? (b: number) => b !== NEWLINE && isBlank(b) : isBlank;
  for (let i = buf.indexOf(HEREDOC_BYTES); i >= 0; i = buf.indexOf(HEREDOC_BYTES, i + 1)) {
    let j = i - 1;
    while (j >= 0 && blank(buf[j]!)) j--;
    if (someLines && (j < 0 || buf[j] === NEWLINE)) return true;
    if (buf[j] !== EQUALS) continue;
    j--;
    while (j >= 0 && blank(buf[j]!)) j--;
    if (someLines && (j < 0 || buf[j] === NEWLINE)) return true;
    const start = j - 5;
    if (start < 0 || utf8.decode(buf.subarray(start, j + 1)) !== "source") continue;
    if (start === 0 || !isWordByte(buf[start - 1]!)) return true;
  }
  return false;
}

function isBlank(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function isWordByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
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
