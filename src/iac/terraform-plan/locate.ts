/**
 * Finding a plan's resources in the repository: `resource "type" "name"` blocks in the .tf files
 * of a module directory (pure: files come through a Snapshot), and which directory is the plan's
 * root module.
 */

import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import type { ModuleStep } from "./addresses.js";
import { allConfigResources, moduleDir } from "./configuration.js";
import type { JsonObject } from "./plan-document.js";
import type { FindResourceLine, ResourceLocation } from "./types.js";

const BLOCK_RE = /^\s*(resource|data)\s+"?([A-Za-z0-9_-]+)"?\s+"?([A-Za-z0-9_-]+)"?\s*\{/;
const LITERAL_RE = /"((?:[^"\\\n]|\\.)*)"/g;

/** A FindResourceLine over the .tf files of a snapshot (the lead's default). */
export function resourceLocator(snapshot: Snapshot): FindResourceLine {
  const byDir = new Map<string, Map<string, ResourceLocation>>();
  const indexDir = (dir: string): Map<string, ResourceLocation> => {
    const cached = byDir.get(dir);
    if (cached) return cached;
    const found = new Map<string, ResourceLocation>();
    const prefix = dir === "" ? "" : `${dir}/`;
    for (const path of snapshot.paths) {
      if (!path.startsWith(prefix) || path.slice(prefix.length).includes("/") || !path.endsWith(".tf"))
        continue;
      const read = readText(snapshot, path);
      if ("error" in read) continue;
      indexBlocks(path, read.text, found);
    }
    byDir.set(dir, found);
    return found;
  };
  return (_moduleAddress, type, name, context) => {
    if (context?.moduleDir === undefined) return undefined;
    return indexDir(context.moduleDir).get(`${context.mode ?? "managed"} ${type} ${name}`);
  };
}

/** Each top-level resource/data block of one file, with the literal strings inside it. */
function indexBlocks(file: string, text: string, into: Map<string, ResourceLocation>): void {
  const lines = text.split("\n");
  let current: ResourceLocation | undefined;
  let depth = 0;
  lines.forEach((raw, i) => {
    const line = codeOf(raw);
    if (current === undefined) {
      const m = BLOCK_RE.exec(line);
      if (!m) return;
      const key = `${m[1] === "data" ? "data" : "managed"} ${m[2]} ${m[3]}`;
      current = { file, line: i + 1, valueLines: {} };
      if (!into.has(key)) into.set(key, current);
      depth = braceBalance(line);
      if (depth <= 0) current = undefined;
      return;
    }
    for (const lit of line.matchAll(LITERAL_RE)) {
      const value = lit[1] ?? "";
      const lines = current.valueLines ?? {};
      for (const key of [value, ...(value.match(/\b\d{12}\b/g) ?? [])]) {
        if (key !== "" && lines[key] === undefined) lines[key] = i + 1;
      }
    }
    depth += braceBalance(line);
    if (depth <= 0) current = undefined;
  });
}

/** The line without a trailing `#` or `//` comment (outside string literals). */
function codeOf(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "#" || (c === "/" && line[i + 1] === "/")) return line.slice(0, i);
  }
  return line;
}

/** Opening minus closing braces outside string literals (enough to find a block's end). */
function braceBalance(code: string): number {
  const bare = code.replace(LITERAL_RE, "");
  let n = 0;
  for (const c of bare) {
    if (c === "{") n++;
    else if (c === "}") n--;
  }
  return n;
}

/**
 * The line of each resource change in the plan's own text (`"address": "…"` under
 * `resource_changes`), for grants that point at the plan file. The first mention of an address
 * wins: a change's own address comes before its values. A plan printed on one line gives line 1.
 */
export function changeLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const start = text.indexOf('"resource_changes"');
  if (start < 0) return lines;
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < start; i = text.indexOf("\n", i + 1)) line++;
  let at = start;
  const addressRe = /"address"\s*:\s*"((?:[^"\\\n]|\\.)*)"/g;
  addressRe.lastIndex = start;
  for (let m = addressRe.exec(text); m; m = addressRe.exec(text)) {
    for (let i = text.indexOf("\n", at); i >= 0 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
    at = m.index;
    let address: string;
    try {
      address = JSON.parse(`"${m[1]}"`) as string;
    } catch {
      continue;
    }
    if (!lines.has(address)) lines.set(address, line);
  }
  return lines;
}

const MAX_PROBES = 40;

/**
 * The candidate directory whose .tf files declare most of the configuration's resources (the
 * root module, with local modules below it); undefined when none declares any, or on a tie that
 * the plan file's own directory does not break.
 */
export function inferRoot(
  configuration: JsonObject | undefined,
  candidates: readonly string[],
  find: FindResourceLine,
  planDir: string,
): string | undefined {
  const probes = allConfigResources(configuration).slice(0, MAX_PROBES);
  if (probes.length === 0) return undefined;
  let best: string[] = [];
  let bestScore = 0;
  for (const candidate of [...new Set(candidates)]) {
    let score = 0;
    for (const { steps, resource } of probes) {
      const dir = moduleDir(configuration, candidate, steps);
      if (dir === undefined) continue;
      const address = moduleAddressOf(steps);
      if (find(address, resource.type, resource.name, { moduleDir: dir, mode: "managed" })) score++;
    }
    if (score > bestScore) {
      best = [candidate];
      bestScore = score;
    } else if (score === bestScore && score > 0) best.push(candidate);
  }
  if (best.length === 1) return best[0];
  return best.includes(planDir) ? planDir : undefined;
}

function moduleAddressOf(steps: readonly ModuleStep[]): string {
  return steps.map((s) => `module.${s.call}`).join(".");
}
