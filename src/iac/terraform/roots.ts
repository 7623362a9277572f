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
  const byDir = new Map<string, string[]>();
  for (const p of paths) {
    if (!isLayoutFile(p)) continue;
    const d = dirOf(p);
    const list = byDir.get(d);
    if (list) list.push(p);
    else byDir.set(d, [p]);
  }
  const modules: TerraformModuleInfo[] = [];
  for (const [dir, files] of [...byDir].sort(([a], [b]) => compareStrings(a, b))) {
    const info: TerraformModuleInfo = {
      dir,
      files: [...files].sort(),
      calls: [],
      hasBackend: false,
      hasProvider: false,
    };
    if (readText) {
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
    }
    modules.push(info);
  }
  const called = new Set(
    modules.flatMap((m) => m.calls.map((c) => c.dir)).filter((d): d is string => d !== null),
  );
  const roots = modules.filter((m) => !called.has(m.dir) || m.hasBackend || m.hasProvider).map((m) => m.dir);
  return { roots, modules };
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
