/**
 * readTerraformRoot: one Terraform root module (with the modules it calls) -> ResourceRecords.
 * Only resources whose type is in `grantTypes` are evaluated, and only what they reference.
 */
import { renderText } from "../../model/symbolic.js";
import type { ReaderResult, ResourceRecord, Skipped } from "../../model/types.js";
import { conditionsIn, type VariantSpace } from "../../model/variants.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { createTerraformCache, type TerraformCache } from "./cache.js";
import { enumerateVariants, Run, spansReadIn, type Trace, type Variant } from "./decisions.js";
import { EMBEDDED_TEMPLATE_TYPES, embeddedTemplate } from "./embedded-templates.js";
import { Scope } from "./evaluate.js";
import { ModuleInstance, type RootState } from "./instance.js";
import { InstanceBodies, sameStructure } from "./instance-bodies.js";
import { spanIndex } from "./line-values.js";
import {
  type BlockConfig,
  type LoadContext,
  loadModuleTree,
  MODULE_META,
  type ModuleCallConfig,
  type ModuleConfig,
  RESOURCE_META,
  readDownloadedModules,
} from "./modules.js";
import { setOwn } from "./objects.js";
import { readOpaqueCall } from "./opaque/index.js";
import { scanInputUses } from "./open-inputs.js";
import { filesIn, isTerraformFile, normalizeDir } from "./paths.js";
import type { TfBlock, TfFile } from "./tree.js";
import { ConversionError, compareStrings, type ObjectValue, toJson, Unknown } from "./values.js";
import { loadVariableFiles } from "./variables.js";

export interface ReadTerraformOptions {
  /** Variable files given on the command line (repository paths), applied after the auto-loaded ones. */
  tfvars?: readonly string[];
  /** Resource types to evaluate; the others are skipped. */
  grantTypes: ReadonlySet<string>;
  /** Share parsing between roots and snapshots. */
  cache?: TerraformCache;
  /** Variants per resource when conditions and open inputs cannot be decided (default 32). */
  maxVariants?: number;
}

export async function readTerraformRoot(
  snapshot: Snapshot,
  rootDir: string,
  options: ReadTerraformOptions,
): Promise<ReaderResult> {
  try {
    return await readRoot(snapshot, rootDir, options);
  } catch (e) {
    // Never a crash: a defect becomes an error of the unit, which fails the check (fail closed).
    const message = e instanceof Error ? e.message : String(e);
    const file = normalizeDir(rootDir) || ".";
    return {
      resources: [],
      errors: [{ file, message: `internal error while reading this Terraform root: ${message}` }],
      files: [],
    };
  }
}

async function readRoot(
  snapshot: Snapshot,
  rootDir: string,
  options: ReadTerraformOptions,
): Promise<ReaderResult> {
  const root = normalizeDir(rootDir);
  const ctx: LoadContext = {
    snapshot,
    cache: options.cache ?? createTerraformCache(),
    rootDir: root,
    errors: [],
    notes: [],
    files: new Set(),
    downloaded: null,
  };
  if (!filesIn(ctx.cache.pathIndex(snapshot.paths), root).some(isTerraformFile)) {
    return {
      resources: [],
      errors: [{ file: root === "" ? "." : root, message: "no Terraform files in this directory" }],
      files: [],
    };
  }
  ctx.downloaded = readDownloadedModules(ctx);
  const config = await loadModuleTree(ctx, root);
  const values = await loadVariableFiles(ctx, options.tfvars ?? []);
  for (const [name, v] of values) {
    if (!config.variables.has(name))
      ctx.notes.push(`${v.file}: a value is given for undeclared variable "${name}"`);
  }
  const state: RootState = {
    snapshot,
    cache: ctx.cache,
    rootDir: root,
    errors: ctx.errors,
    notes: new Set(ctx.notes),
    files: ctx.files,
    run: new Run(),
    location: { file: config.files[0] ?? root, line: 1 },
    depth: 0,
    inputUses: scanInputUses(
      config,
      [...config.variables.keys()].filter((n) => !values.has(n)),
      ctx.cache,
    ),
    openChoices: new Map(),
  };
  const rootInstance = new ModuleInstance(state, config, "", { kind: "root", values });
  const limit = options.maxVariants ?? 32;
  const resources: ResourceRecord[] = [];

  const collect = (
    path: ModuleCallConfig[],
    where: { file: string; line: number; what: string },
    produce: (mi: ModuleInstance) => ResourceRecord[],
  ) => {
    let result: { variants: Variant<ResourceRecord[]>[] };
    try {
      result = enumerateVariants((run) => {
        state.run = run;
        let instances = [rootInstance];
        for (const call of path)
          instances = instances.flatMap((mi) => mi.callInstances(call).map((c) => c.child));
        return instances.flatMap(produce);
      }, limit);
    } catch (e) {
      // A defect in the evaluator must not hide the resource: report it against the resource (fail closed).
      const message = e instanceof Error ? e.message : String(e);
      state.errors.push({
        file: where.file,
        line: where.line,
        message: `internal error while evaluating ${where.what}: ${message}`,
      });
      pendingLines.clear();
      return;
    }
    const variants = possibleVariants(result.variants);
    for (const v of variants) state.errors.push(...v.errors.map(({ impossible: _, ...e }) => e));
    if (variants.some((v) => v.collapsed)) {
      state.notes.add(
        `${where.file}:${where.line}: ${where.what} depends on more than ${limit} combinations of open inputs and undecided conditions; the others are reported with those choices unresolved`,
      );
    }
    resources.push(
      ...mergeVariants(variants, (r) => {
        const lines = pendingLines.get(r);
        if (lines) r.valueLines = lines();
      }),
    );
    pendingLines.clear();
  };

  /** An opaque module call: what its signature or the generic reading finds; the note says which. */
  const opaque = (call: ResourceRecord): ResourceRecord[] => {
    const read = readOpaqueCall(call);
    state.notes.add(read.note);
    return read.records;
  };

  /** Each instance's evaluated arguments, by module instance (instance-bodies.ts). */
  const bodies = new Map<ModuleInstance, InstanceBodies<Record<string, unknown>>>();
  const bodiesOf = (mi: ModuleInstance): InstanceBodies<Record<string, unknown>> => {
    let b = bodies.get(mi);
    if (!b) {
      b = new InstanceBodies();
      bodies.set(mi, b);
    }
    return b;
  };

  const argumentLines: PathLinesMemo = new Map();
  const pendingLines: PendingLines = new Map();
  const skipped: Skipped[] = [];
  const walk = (cfg: ModuleConfig, path: ModuleCallConfig[], prefix: string): void => {
    for (const res of cfg.resources.values()) {
      if (!options.grantTypes.has(res.type) && !EMBEDDED_TEMPLATE_TYPES.has(res.type)) continue;
      collect(path, { file: res.file, line: res.line, what: `${prefix}${res.type}.${res.name}` }, (mi) => {
        const expansion = state.run.traced(() => mi.expand(`${res.type}.${res.name}`, res));
        return expansion.value.map((k) => {
          const address = `${mi.prefix}${res.type}.${res.name}${k.suffix}`;
          const { value: properties, trace } = state.run.traced(() =>
            bodiesOf(mi).get(state.run, address, k.bindings, () =>
              plainProperties(
                mi.at(res.file, res.line, () =>
                  mi.evalBody(res.body, new Scope(k.bindings), RESOURCE_META, res.located, res.file),
                ),
                state,
                res,
              ),
            ),
          );
          return record(
            mi,
            {
              type: res.type,
              address,
              block: res,
              properties,
              touched: [trace, expansion.trace],
              unit: root,
            },
            argumentLines,
            pendingLines,
          );
        });
      });
    }
    for (const call of cfg.calls.values()) {
      if (call.target.kind === "local" || call.target.kind === "downloaded") {
        walk(call.target.config, [...path, call], `${prefix}module.${call.name}.`);
        continue;
      }
      // A broken call (recursion, source outside the repository) is an error already.
      if (call.target.kind !== "opaque") continue;
      skipped.push({
        reason: "opaque-module",
        item: `${call.file}:${call.line}: ${prefix}module.${call.name} (${call.source})`,
      });
      // A module whose source is not in the repository: its inputs are what we can see.
      collect(path, { file: call.file, line: call.line, what: `${prefix}module.${call.name}` }, (mi) => {
        const expansion = state.run.traced(() => mi.expand(`module.${call.name}`, call));
        return expansion.value.flatMap((k) => {
          const address = `${mi.prefix}module.${call.name}${k.suffix}`;
          const { value: properties, trace } = state.run.traced(() =>
            bodiesOf(mi).get(state.run, address, k.bindings, () => {
              const value = mi.at(call.file, call.line, () =>
                mi.evalBody(call.body, new Scope(k.bindings), MODULE_META, call.located, call.file),
              );
              const properties = plainProperties(value, state, call);
              properties.source = call.source;
              if (typeof call.body.version === "string") properties.version = call.body.version;
              return properties;
            }),
          );
          const made = record(
            mi,
            {
              type: "module",
              address,
              block: call,
              properties,
              touched: [trace, expansion.trace],
              unit: root,
            },
            argumentLines,
          );
          return opaque(made);
        });
      });
    }
  };
  walk(config, [], "");
  for (const stack of resources.filter((r) => EMBEDDED_TEMPLATE_TYPES.has(r.type))) {
    const embedded = embeddedTemplate(stack, snapshot, [...state.files]);
    resources.push(...embedded.resources);
    state.errors.push(...embedded.errors);
    for (const n of embedded.notes) state.notes.add(n);
  }

  resources.sort(
    (a, b) =>
      compareStrings(a.file, b.file) ||
      a.line - b.line ||
      compareStrings(a.address, b.address) ||
      compareStrings(a.conditional ?? "", b.conditional ?? ""),
  );
  // Messages show expressions as written: token markers (model/symbolic.ts) never leak into them.
  const notes = [...new Set([...state.notes].map(renderText))].sort(compareStrings);
  return {
    resources,
    errors: dedupeErrors(state.errors.map((e) => ({ ...e, message: renderText(e.message) }))),
    files: [...state.files].sort(compareStrings),
    ...(notes.length > 0 ? { notes } : {}),
    ...(skipped.length > 0 ? { skipped } : {}),
  };
}

/** The resolved arguments as JSON; an argument too large to convert is reported and left unresolved. */
function plainProperties(
  value: ObjectValue,
  state: RootState,
  at: { file: string; line: number },
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    try {
      setOwn(out, k, toJson(value[k]!));
    } catch (e) {
      if (!(e instanceof ConversionError)) throw e;
      state.run.report({
        file: at.file,
        line: at.line,
        message: `argument ${k}: ${e.message}; it is not evaluated`,
      });
      setOwn(out, k, new Unknown(k).toToken());
    }
  }
  return out;
}

interface RecordInput {
  type: string;
  address: string;
  /** The block the record is an instance of: its file, line, span and arguments. */
  block: BlockConfig;
  properties: Record<string, unknown>;
  /** What evaluating read (a span in both traces counts once: the first line wins). */
  touched: readonly Trace[];
  unit: string;
}

/**
 * The record of one instance in one variant. With `pending`, its valueLines are left to be made
 * once the variants are merged (PendingLines): most variants' records merge into another's.
 */
function record(
  mi: ModuleInstance,
  r: RecordInput,
  lines: PathLinesMemo,
  pending?: PendingLines,
): ResourceRecord {
  const { file, line, start, end, located } = r.block;
  const tree = mi.config.trees.get(file);
  let argumentLines = lines.get(located);
  if (!argumentLines) {
    argumentLines = pathLines(located);
    lines.set(located, argumentLines);
  }
  const lineMap = () =>
    tree ? valueLines(mi.state.cache, tree, file, [start, end], r.touched, r.properties) : {};
  const made: ResourceRecord = {
    source: "terraform",
    type: r.type,
    address: r.address,
    file,
    line,
    unit: r.unit,
    properties: r.properties,
    pathLines: argumentLines,
    valueLines: pending ? {} : lineMap(),
  };
  pending?.set(made, lineMap);
  return made;
}

/**
 * Records whose valueLines are still to be made, and how: made only for the records the merge of
 * variants keeps (mergeVariants' `keep`). The line map depends only on what the variant's run
 * read (its traces, complete once the run ends) and the record's properties, so making it later
 * gives the same map.
 */
type PendingLines = Map<ResourceRecord, () => Record<string, number>>;

/** Each block's argument lines, made once: every instance and variant of a block has the same (never changed once made). */
type PathLinesMemo = Map<TfBlock, Record<string, number>>;

/** Argument lines: "policy", nested blocks as "statement/0", "statement/0/principals/1/identifiers". */
export function pathLines(block: TfBlock): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (b: TfBlock, prefix: string): void => {
    for (const a of b.attributes) {
      out[prefix + a.name] ??= a.line;
      a.items?.forEach((line, i) => {
        out[`${prefix}${a.name}/${i}`] ??= line;
      });
    }
    const counts = new Map<string, number>();
    for (const nested of b.blocks) {
      if (nested.type === "dynamic") {
        const label = nested.labels[0];
        if (label !== undefined) out[prefix + label] ??= nested.line;
        continue;
      }
      const i = counts.get(nested.type) ?? 0;
      counts.set(nested.type, i + 1);
      out[prefix + nested.type] ??= nested.line;
      out[`${prefix}${nested.type}/${i}`] = nested.line;
      walk(nested, `${prefix}${nested.type}/${i}/`);
    }
  };
  walk(block, "");
  return out;
}

/**
 * Literal values and their lines: first those inside the resource block, then those of the
 * blocks it read in the same file (policy documents, locals, variables) whose value occurs in
 * the resolved properties, so a principal built in a data "aws_iam_policy_document" or taken
 * from a partners map points at its identifier.
 */
function valueLines(
  cache: TerraformCache,
  tree: TfFile,
  file: string,
  [start, end]: [number, number],
  touched: readonly Trace[],
  properties: Record<string, unknown>,
): Record<string, number> {
  const out: Record<string, number> = {};
  const set = (v: string, line: number): void => {
    if (!Object.hasOwn(out, v)) setOwn(out, v, line);
  };
  for (const [v, line] of spanIndex(cache, tree, start, end)) set(v, line);
  // Touched spans are "file#start#end" (spanKey); a path holding "#" never matches, as before.
  const spans: [number, number][] = [];
  const prefix = `${file}#`;
  if (!file.includes("#")) {
    for (const trace of touched) {
      for (const t of spansReadIn(trace, file)) {
        const [s, e] = t.slice(prefix.length).split("#");
        const span: [number, number] = [Number(s), Number(e)];
        if (span[0] < start || span[1] > end) spans.push(span);
      }
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  if (spans.length === 0) return out;
  // The words are only needed when a span holds a principal-like literal; the lookup walks the
  // smaller side (the first span holding a word gives its line either way).
  let words: Set<string> | undefined;
  for (const [s, e] of spans) {
    const index = spanIndex(cache, tree, s, e);
    if (index.size === 0) continue;
    words ??= wordsOf(renderText(JSON.stringify(properties)));
    if (index.size <= words.size) {
      for (const [w, line] of index) if (words.has(w)) set(w, line);
    } else {
      for (const w of words) {
        const line = index.get(w);
        if (line !== undefined) set(w, line);
      }
    }
  }
  return out;
}

/** The words of the resolved properties' JSON text (split at JSON punctuation and white space), and the account ids in them. */
function wordsOf(text: string): Set<string> {
  const words = new Set(text.split(/["\\\s,[\]{}]+/));
  for (const m of text.matchAll(/[0-9]{12}/g)) words.add(m[0]);
  return words;
}

/**
 * The variants that can be deployed. A lookup that fails only under some choices (an index into
 * a list that is empty for those values, a module instance that does not exist) means Terraform
 * would refuse that combination: when another variant evaluates cleanly, such a variant is no
 * deploy at all, so neither its records nor its errors count (design.md, variants are possible).
 */
function possibleVariants<T>(variants: Variant<T>[]): Variant<T>[] {
  const impossible = (v: Variant<T>) => v.errors.some((e) => e.impossible);
  if (variants.length < 2 || !variants.some((v) => !impossible(v))) return variants;
  return variants.filter((v) => !impossible(v));
}

/**
 * One list of records from the variants of an evaluation. A record that every variant produces
 * is unconditional; the others say, in words, under which choices they exist (model/variants.ts,
 * shared with the CloudFormation reader), and carry the variants they come from so the grants
 * stage can merge one grant found in several records.
 */
function mergeVariants(
  variants: Variant<ResourceRecord[]>[],
  keep: (record: ResourceRecord) => void,
): ResourceRecord[] {
  if (variants.length === 1) {
    for (const r of variants[0]!.value) keep(r);
    return variants[0]!.value;
  }
  // One group per address and JSON text of the properties, in the order first seen. The variants'
  // records mostly share their properties, or parts of them (a run that reused another's
  // arguments holds the very same objects): a structural comparison, which stops at a shared
  // object, tells most alike; the JSON texts, made once per properties object, decide the rest.
  const texts = new Map<Record<string, unknown>, string>();
  const textOf = (properties: Record<string, unknown>): string => {
    let text = texts.get(properties);
    if (text === undefined) {
      text = JSON.stringify(properties);
      texts.set(properties, text);
    }
    return text;
  };
  type Group = { record: ResourceRecord; members: number[] };
  const groups: Group[] = [];
  const byAddress = new Map<string, Group[]>();
  const groupOf = (r: ResourceRecord): Group | undefined => {
    const same = byAddress.get(r.address);
    if (!same) return undefined;
    for (const g of same) if (sameStructure(g.record.properties, r.properties)) return g;
    // Equal JSON text without equal structure (a -0, a property left undefined): the same record.
    const text = textOf(r.properties);
    return same.find((g) => textOf(g.record.properties) === text);
  };
  variants.forEach((v, i) => {
    for (const r of v.value) {
      const g = groupOf(r);
      if (g) {
        if (g.members[g.members.length - 1] !== i) g.members.push(i);
        continue;
      }
      const created = { record: r, members: [i] };
      groups.push(created);
      const same = byAddress.get(r.address);
      if (same) same.push(created);
      else byAddress.set(r.address, [created]);
    }
  });
  // The run past the budget has no choices of its own: it is said in words beside the others.
  const collapsed = variants.findIndex((v) => v.collapsed);
  const enumerated = collapsed < 0 ? variants : variants.slice(0, collapsed);
  const space: VariantSpace = { runs: enumerated.map((v) => v.choices.map((c) => [c.key, c.label])) };
  const conditionOf = conditionsIn(space);
  const out: ResourceRecord[] = [];
  for (const { record, members } of groups) {
    keep(record);
    const inSpace = members.filter((m) => m !== collapsed);
    if (inSpace.length === 0) {
      out.push({ ...record, conditional: `when ${OTHER_COMBINATIONS}` });
      continue;
    }
    let conditional = conditionOf(inSpace);
    if (conditional !== undefined && inSpace.length < members.length)
      conditional += ` or ${OTHER_COMBINATIONS}`;
    out.push(
      conditional === undefined ? record : { ...record, conditional, variants: { space, members: inSpace } },
    );
  }
  return out;
}

const OTHER_COMBINATIONS = "other combinations of open inputs (not enumerated, choices left unresolved)";

function dedupeErrors(errors: ReaderResult["errors"]): ReaderResult["errors"] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.file}\n${e.line ?? ""}\n${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
