/**
 * The static configuration: the .tf/.tf.json files of one directory merged into one module
 * (variables, locals, resources, data sources, module calls, outputs), and the tree of module
 * calls below a root (local sources, sources downloaded into .terraform/modules, opaque ones).
 */
import type { AnalysisError } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import type { ParsedSource, TerraformCache } from "./cache.js";
import { type HclBody, isRecord, parseHcl, parseJsonText, parseTfJson, type TreeOutcome } from "./hcl.js";
import { filesIn, hasPath, isTerraformFile, resolveInRepo } from "./paths.js";
import { scanJson } from "./positions.js";
import {
  type TfBlock,
  type TfDeclaration,
  type TfFile,
  type TfTemplateSource,
  treeFromBody,
} from "./tree.js";
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
  /** The block in its file's tree (arguments and nested blocks with their lines). */
  located: TfBlock;
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
  /** Where the reader found `raw` written, when it is a string with interpolations (tree.ts). */
  template?: TfTemplateSource;
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
  trees: Map<string, TfFile>;
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

export function parseSource(path: string, text: string): Promise<TreeOutcome> {
  if (!path.endsWith(".json")) return parseHcl(path, text);
  const r = parseTfJson(path, text);
  return Promise.resolve("errors" in r ? r : { tree: treeFromBody(r.body, scanJson(text)) });
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
    memo = { inputs, ...mergeModule(dir, inputs) };
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
  dir: string,
  inputs: readonly ModuleInput[],
): { config: ModuleConfig; errors: AnalysisError[] } {
  const config: ModuleConfig = {
    dir,
    files: [],
    trees: new Map(),
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
    if ("errors" in parsed) {
      errors.push(...parsed.errors);
      continue;
    }
    config.files.push(path);
    config.trees.set(path, parsed.tree);
    addFile(errors, config, path, parsed.tree, isOverride(path));
  }
  return { config, errors };
}

function isOverride(path: string): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1).replace(/\.json$/, "");
  return base === "override.tf" || base.endsWith("_override.tf");
}

/**
 * A file's declarations into the module: each kind in turn, in the tree's order (label paths
 * sorted, as hcl2json's body lists them), so duplicates and overrides meet as they always did.
 */
function addFile(
  errors: AnalysisError[],
  config: ModuleConfig,
  file: string,
  tree: TfFile,
  override: boolean,
): void {
  const dup = (what: string, line: number): void => {
    errors.push({ file, line, message: `duplicate ${what}` });
  };
  const of = (type: string, labels: number): TfDeclaration[] =>
    tree.blocks.filter((b) => b.type === type && b.labels.length === labels);
  const block = (b: TfDeclaration): BlockConfig => ({
    file,
    body: b.body,
    line: b.line,
    start: b.start,
    end: b.end,
    located: b,
  });
  const named = (kind: string, target: Map<string, BlockConfig>, what: string): void => {
    for (const b of of(kind, 1)) {
      const name = b.labels[0]!;
      const cfg = block(b);
      const existing = target.get(name);
      if (existing && override) existing.body = { ...existing.body, ...b.body };
      else if (existing) dup(`${what} "${name}"`, cfg.line);
      else target.set(name, cfg);
    }
  };
  named("variable", config.variables, "variable");
  named("output", config.outputs, "output");
  for (const mode of ["resource", "data"] as const) {
    const target = mode === "resource" ? config.resources : config.data;
    for (const b of of(mode, 2)) {
      const [type, name] = b.labels as [string, string];
      const key = `${type}.${name}`;
      const cfg = block(b);
      const existing = target.get(key);
      if (existing && override) existing.body = { ...existing.body, ...b.body };
      else if (existing)
        dup(
          `${mode === "data" ? "data source" : "resource"} ${mode === "data" ? "data." : ""}${key}`,
          cfg.line,
        );
      else target.set(key, { ...cfg, mode: mode === "resource" ? "managed" : "data", type, name });
    }
  }
  for (const b of of("module", 1)) {
    const name = b.labels[0]!;
    const cfg = block(b);
    if (config.calls.has(name)) {
      dup(`module "${name}"`, cfg.line);
      continue;
    }
    const source = b.body.source;
    if (typeof source !== "string" || source.includes("${")) {
      errors.push({ file, line: cfg.line, message: `module "${name}": source must be a literal string` });
      continue;
    }
    config.calls.set(name, { ...cfg, name, source, target: { kind: "opaque" } });
  }
  for (const b of of("locals", 0)) {
    // Each name's first attribute, found once: a block of hundreds of locals was searched for each.
    const attributes = new Map<string, (typeof b.attributes)[number]>();
    for (const a of b.attributes) if (!attributes.has(a.name)) attributes.set(a.name, a);
    for (const [name, raw] of Object.entries(b.body)) {
      const attr = attributes.get(name);
      if (config.locals.has(name) && !override) {
        dup(`local value "${name}"`, attr?.line ?? b.line);
        continue;
      }
      config.locals.set(name, {
        name,
        file,
        raw,
        ...(attr?.template ? { template: attr.template } : {}),
        line: attr?.line ?? b.line,
        start: attr?.start ?? 0,
        end: attr?.end ?? 0,
      });
    }
  }
  for (const b of of("provider", 1)) {
    const alias = typeof b.body.alias === "string" ? b.body.alias : null;
    config.providers.push({ ...block(b), name: b.labels[0]!, alias });
  }
}
