/**
 * The static configuration: the .tf/.tf.json files of one directory merged into one module
 * (variables, locals, resources, data sources, module calls, outputs), and the tree of module
 * calls below a root (local sources, sources downloaded into .terraform/modules, opaque ones).
 */
import type { AnalysisError } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import type { ParsedSource, TerraformCache } from "./cache.js";
import { type HclBody, isRecord, parseHcl, parseJsonText, parseTfJson } from "./hcl.js";
import { filesIn, hasPath, isTerraformFile, resolveInRepo } from "./paths.js";
import type { ScannedBlock, ScannedFile } from "./positions.js";
import { parseConstraint, parseVersion, satisfies } from "./version-constraint.js";

/** Meta-arguments: how Terraform treats a block, not what it configures. */
export const RESOURCE_META: ReadonlySet<string> = new Set([
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "provisioner",
  "connection",
]);
export const MODULE_META: ReadonlySet<string> = new Set([
  "source",
  "version",
  "count",
  "for_each",
  "providers",
  "depends_on",
]);

export interface BlockConfig {
  file: string;
  body: HclBody;
  line: number;
  start: number;
  end: number;
  scanned: ScannedBlock | undefined;
}

export interface ResourceConfig extends BlockConfig {
  mode: "managed" | "data";
  type: string;
  name: string;
}

export interface LocalConfig {
  name: string;
  file: string;
  raw: unknown;
  line: number;
  start: number;
  end: number;
}

export type ModuleTarget =
  | { kind: "local" | "downloaded"; config: ModuleConfig }
  | { kind: "opaque" }
  | { kind: "broken"; reason: string };

export interface ModuleCallConfig extends BlockConfig {
  name: string;
  source: string;
  target: ModuleTarget;
}

export interface ProviderConfig extends BlockConfig {
  name: string;
  alias: string | null;
}

export interface ModuleConfig {
  dir: string;
  files: string[];
  scans: Map<string, ScannedFile>;
  variables: Map<string, BlockConfig>;
  locals: Map<string, LocalConfig>;
  resources: Map<string, ResourceConfig>;
  data: Map<string, ResourceConfig>;
  calls: Map<string, ModuleCallConfig>;
  outputs: Map<string, BlockConfig>;
  providers: ProviderConfig[];
}

export interface LoadContext {
  snapshot: Snapshot;
  cache: TerraformCache;
  rootDir: string;
  errors: AnalysisError[];
  notes: string[];
  files: Set<string>;
  /** .terraform/modules/modules.json of the root: module key ("a.b") -> what was downloaded. */
  downloaded: Map<string, Downloaded> | null;
}

/** One entry of modules.json: where `terraform init` put a call's module, from which source and version. */
export interface Downloaded {
  dir: string;
  source: string;
  version?: string;
}

const MAX_MODULE_DEPTH = 32;

export function parseSource(path: string, text: string) {
  return path.endsWith(".json") ? Promise.resolve(parseTfJson(path, text)) : parseHcl(path, text);
}

/** Read the modules.json that `terraform init` writes, if the snapshot holds one. */
export function readDownloadedModules(
  ctx: Pick<LoadContext, "snapshot" | "cache" | "rootDir" | "errors" | "files">,
): Map<string, Downloaded> | null {
  const path =
    ctx.rootDir === "" ? ".terraform/modules/modules.json" : `${ctx.rootDir}/.terraform/modules/modules.json`;
  if (!hasPath(ctx.cache.pathIndex(ctx.snapshot.paths), path)) return null;
  const r = readText(ctx.snapshot, path);
  ctx.files.add(path);
  if ("error" in r) {
    ctx.errors.push({ file: path, message: r.error });
    return null;
  }
  try {
    const doc = parseJsonText(r.text);
    const out = new Map<string, Downloaded>();
    const mods = isRecord(doc) && Array.isArray(doc.Modules) ? doc.Modules : [];
    for (const m of mods) {
      if (isRecord(m) && typeof m.Key === "string" && typeof m.Dir === "string" && m.Key !== "")
        out.set(m.Key, {
          dir: m.Dir,
          source: typeof m.Source === "string" ? m.Source : "",
          ...(typeof m.Version === "string" && m.Version !== "" ? { version: m.Version } : {}),
        });
    }
    return out;
  } catch (e) {
    ctx.errors.push({ file: path, message: `invalid modules.json: ${(e as Error).message}` });
    return null;
  }
}

/** Load the module in `dir` and, recursively, the modules it calls. */
export async function loadModuleTree(
  ctx: LoadContext,
  dir: string,
  chain: string[] = [],
  keyPath: string[] = [],
): Promise<ModuleConfig> {
  const config = await loadModule(ctx, dir);
  for (const call of config.calls.values()) {
    call.target = await resolveCall(ctx, config, call, [...chain, dir], [...keyPath, call.name]);
  }
  return config;
}

/** Module sources that name a path of the local file system outside any repository. */
const ABSOLUTE_SOURCE = /^(?:\/|\\|~|[A-Za-z]:[\\/]|file:)/;

async function resolveCall(
  ctx: LoadContext,
  caller: ModuleConfig,
  call: ModuleCallConfig,
  chain: string[],
  keyPath: string[],
): Promise<ModuleTarget> {
  const fail = (reason: string): ModuleTarget => {
    ctx.errors.push({ file: call.file, line: call.line, message: `module "${call.name}": ${reason}` });
    return { kind: "broken", reason };
  };
  const source = call.source;
  let dir: string | null = null;
  let kind: "local" | "downloaded" = "local";
  if (source.startsWith("./") || source.startsWith("../")) {
    dir = resolveInRepo(caller.dir, source.replace(/\/+$/, ""));
    if (dir === null) return fail(`source ${JSON.stringify(source)} points outside the repository`);
  } else {
    const entry = ctx.downloaded?.get(keyPath.join("."));
    // Code downloaded for another source or version (modules.json from an older `terraform init`,
    // or the head's modules read with the base) is not this call's code: Terraform would refuse it.
    const stale = entry ? staleDownload(entry, source, call.body.version) : undefined;
    if (stale)
      ctx.notes.push(`${call.file}:${call.line}: module "${call.name}": ${stale}; its code is not read`);
    const listed = stale ? undefined : entry?.dir;
    // A path on the machine that runs Terraform ("/srv/modules/x", "C:\\modules\\x",
    // "file:///srv/x"): outside the repository just as "../" above its root is, so its grants
    // would be out of sight. An error, not a note, unless `terraform init`'s copy is committed.
    if (listed === undefined && ABSOLUTE_SOURCE.test(source))
      return fail(`source ${JSON.stringify(source)} points outside the repository (an absolute path)`);
    // Not in the repository: read through its signature or generically (opaque/index.ts), which notes how.
    if (listed === undefined) return { kind: "opaque" };
    dir = resolveInRepo(ctx.rootDir, listed);
    if (dir === null)
      return fail(`the downloaded source ${JSON.stringify(listed)} lies outside the repository`);
    kind = "downloaded";
  }
  if (!filesIn(ctx.cache.pathIndex(ctx.snapshot.paths), dir).some(isTerraformFile)) {
    if (kind === "downloaded") return { kind: "opaque" };
    return fail(
      `no Terraform files in ${dir === "" ? "the repository root" : dir} (source ${JSON.stringify(source)})`,
    );
  }
  if (chain.includes(dir))
    return fail(`module recursion: ${[...chain, dir].map((d) => d || ".").join(" -> ")}`);
  if (chain.length >= MAX_MODULE_DEPTH) return fail(`modules nested deeper than ${MAX_MODULE_DEPTH}`);
  return { kind, config: await loadModuleTree(ctx, dir, chain, keyPath) };
}

/**
 * Why a modules.json entry does not hold a call's module: another source, or a version the call's
 * constraint does not allow. Undefined when it does (or when the constraint cannot be read).
 */
function staleDownload(entry: Downloaded, source: string, version: unknown): string | undefined {
  const at = ".terraform/modules/modules.json";
  if (entry.source !== "" && sourceKey(entry.source) !== sourceKey(source))
    return `${at} lists ${JSON.stringify(entry.source)} for it, the call names ${JSON.stringify(source)}`;
  const clauses = typeof version === "string" ? parseConstraint(version) : null;
  const installed = entry.version !== undefined ? parseVersion(entry.version) : null;
  if (clauses && installed && !satisfies(installed.version, clauses))
    return `${at} holds version ${entry.version}, the call asks for ${JSON.stringify(version)}`;
  return undefined;
}

/** A source address as modules.json and a call may both spell it (registry host, git::, .git). */
function sourceKey(source: string): string {
  return source
    .trim()
    .replace(/^git::/, "")
    .replace(/^(?:https?|ssh):\/\//, "")
    .replace(/^git@([^:/]+):/, "$1/")
    .replace(/^registry\.terraform\.io\//, "")
    .replace(/\.git(?=$|\/\/|\?)/, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}

type ModuleInput = { path: string; error: string } | { path: string; parsed: ParsedSource };

/** A directory's merged configuration, by the parses it was made from, per cache. */
export interface ModuleMemo {
  inputs: ModuleInput[];
  config: ModuleConfig;
  /** What merging reported, given again to each root that loads the module. */
  errors: AnalysisError[];
}

/**
 * Parse and merge the files of one directory. A module that many roots call is merged once per
 * cache (its files parse to the same results): each root gets its own copy of the module calls,
 * whose targets it resolves, and the merge's errors again.
 */
export async function loadModule(ctx: LoadContext, dir: string): Promise<ModuleConfig> {
  const paths = filesIn(ctx.cache.pathIndex(ctx.snapshot.paths), dir).filter(isTerraformFile);
  // Override files are merged after the others (Terraform's override rule, simplified).
  const ordered = [...paths.filter((p) => !isOverride(p)), ...paths.filter(isOverride)];
  const inputs: ModuleInput[] = [];
  for (const path of ordered) {
    ctx.files.add(path);
    const r = readText(ctx.snapshot, path);
    if ("error" in r) inputs.push({ path, error: r.error });
    else inputs.push({ path, parsed: await ctx.cache.source(path, r.text, parseSource) });
  }
  let memo = ctx.cache.modules.get(dir);
  if (!memo || !sameInputs(memo.inputs, inputs)) {
    memo = { inputs, ...mergeModule(ctx.cache, dir, inputs) };
    ctx.cache.modules.set(dir, memo);
  }
  ctx.errors.push(...memo.errors);
  const calls = new Map<string, ModuleCallConfig>();
  for (const [name, call] of memo.config.calls) calls.set(name, { ...call, target: { kind: "opaque" } });
  return { ...memo.config, calls };
}

function sameInputs(a: readonly ModuleInput[], b: readonly ModuleInput[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i]!;
      if (x.path !== y.path) return false;
      if ("error" in x) return "error" in y && x.error === y.error;
      return "parsed" in y && x.parsed === y.parsed;
    })
  );
}

function mergeModule(
  cache: TerraformCache,
  dir: string,
  inputs: readonly ModuleInput[],
): { config: ModuleConfig; errors: AnalysisError[] } {
  const config: ModuleConfig = {
    dir,
    files: [],
    scans: new Map(),
    variables: new Map(),
    locals: new Map(),
    resources: new Map(),
    data: new Map(),
    calls: new Map(),
    outputs: new Map(),
    providers: [],
  };
  const errors: AnalysisError[] = [];
  for (const input of inputs) {
    const { path } = input;
    if ("error" in input) {
      errors.push({ file: path, message: input.error });
      continue;
    }
    const parsed = input.parsed;
    if ("errors" in parsed.outcome) {
      errors.push(...parsed.outcome.errors);
      continue;
    }
    config.files.push(path);
    config.scans.set(path, parsed.scan);
    addFile(
      errors,
      config,
      path,
      parsed.outcome.body,
      parsed.scan,
      blockIndex(cache, parsed.scan),
      isOverride(path),
    );
  }
  return { config, errors };
}

function blockKey(type: string, labels: readonly string[]): string {
  return [type, ...labels].join("\0");
}

/**
 * A file's top-level blocks by type and each prefix of their labels, in source order (what
 * `resource "a" "b"` or `module "m"` is looked up by), built once per scanned file.
 */
function blockIndex(cache: TerraformCache, scan: ScannedFile): Map<string, ScannedBlock[]> {
  let index = cache.blockIndexes.get(scan);
  if (!index) {
    index = new Map();
    for (const b of scan.blocks) {
      for (let n = 0; n <= b.labels.length; n++) {
        const key = blockKey(b.type, b.labels.slice(0, n));
        const list = index.get(key);
        if (list) list.push(b);
        else index.set(key, [b]);
      }
    }
    cache.blockIndexes.set(scan, index);
  }
  return index;
}

function isOverride(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.json$/, "");
  return base === "override.tf" || base.endsWith("_override.tf");
}

function addFile(
  errors: AnalysisError[],
  config: ModuleConfig,
  file: string,
  body: HclBody,
  scan: ScannedFile,
  blocks: ReadonlyMap<string, readonly ScannedBlock[]>,
  override: boolean,
): void {
  const dup = (what: string, line: number): void => {
    errors.push({ file, line, message: `duplicate ${what}` });
  };
  const block = (type: string, labels: string[], index: number, b: HclBody): BlockConfig => {
    const matches = blocks.get(blockKey(type, labels)) ?? [];
    const s = matches[index] ?? matches[0];
    return { file, body: b, line: s?.line ?? 1, start: s?.start ?? 0, end: s?.end ?? 0, scanned: s };
  };
  const named = (kind: string, target: Map<string, BlockConfig>, what: string): void => {
    const byName = body[kind];
    if (!isRecord(byName)) return;
    for (const [name, bodies] of Object.entries(byName)) {
      asBodies(bodies).forEach((b, i) => {
        const cfg = block(kind, [name], i, b);
        const existing = target.get(name);
        if (existing && override) existing.body = { ...existing.body, ...b };
        else if (existing) dup(`${what} "${name}"`, cfg.line);
        else target.set(name, cfg);
      });
    }
  };
  named("variable", config.variables, "variable");
  named("output", config.outputs, "output");
  for (const mode of ["resource", "data"] as const) {
    const byType = body[mode];
    if (!isRecord(byType)) continue;
    const target = mode === "resource" ? config.resources : config.data;
    for (const [type, byName] of Object.entries(byType)) {
      if (!isRecord(byName)) continue;
      for (const [name, bodies] of Object.entries(byName)) {
        asBodies(bodies).forEach((b, i) => {
          const key = `${type}.${name}`;
          const cfg = block(mode, [type, name], i, b);
          const existing = target.get(key);
          if (existing && override) existing.body = { ...existing.body, ...b };
          else if (existing)
            dup(
              `${mode === "data" ? "data source" : "resource"} ${mode === "data" ? "data." : ""}${key}`,
              cfg.line,
            );
          else target.set(key, { ...cfg, mode: mode === "resource" ? "managed" : "data", type, name });
        });
      }
    }
  }
  const calls = body.module;
  if (isRecord(calls)) {
    for (const [name, bodies] of Object.entries(calls)) {
      asBodies(bodies).forEach((b, i) => {
        const cfg = block("module", [name], i, b);
        if (config.calls.has(name)) {
          dup(`module "${name}"`, cfg.line);
          return;
        }
        const source = b.source;
        if (typeof source !== "string" || source.includes("${")) {
          errors.push({
            file,
            line: cfg.line,
            message: `module "${name}": source must be a literal string`,
          });
          return;
        }
        config.calls.set(name, { ...cfg, name, source, target: { kind: "opaque" } });
      });
    }
  }
  const localBlocks = scan.blocks.filter((s) => s.type === "locals");
  asBodies(body.locals).forEach((b, i) => {
    const scanned = localBlocks[i];
    for (const [name, raw] of Object.entries(b)) {
      const attr = scanned?.attributes.find((a) => a.name === name);
      if (config.locals.has(name) && !override) {
        dup(`local value "${name}"`, attr?.line ?? scanned?.line ?? 1);
        continue;
      }
      config.locals.set(name, {
        name,
        file,
        raw,
        line: attr?.line ?? scanned?.line ?? 1,
        start: attr?.start ?? 0,
        end: attr?.end ?? 0,
      });
    }
  });
  const providers = body.provider;
  if (isRecord(providers)) {
    for (const [name, bodies] of Object.entries(providers)) {
      asBodies(bodies).forEach((b, i) => {
        const alias = typeof b.alias === "string" ? b.alias : null;
        config.providers.push({ ...block("provider", [name], i, b), name, alias });
      });
    }
  }
}

export function asBodies(v: unknown): HclBody[] {
  if (Array.isArray(v)) return v.filter(isRecord);
  return isRecord(v) ? [v] : [];
}
