/**
 * One CloudFormation template -> ResourceRecord[]: parse, index the sections, resolve each
 * resource's Properties once per variant, collapse identical variants. Never throws for bad
 * input: problems are errors with file and line, and whatever could be read is returned.
 */
import { unresolved } from "../../model/symbolic.js";
import type { ReaderResult, ResourceRecord, SourceFormat } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { MAX_VARIANTS, VariantEnumerator } from "./choices.js";
import { conditionKey, evalCondition } from "./conditions.js";
import { parametersDeciding } from "./deciding.js";
import { expandForEach } from "./foreach.js";
import { expandIncludes } from "./include.js";
import { type LoadedTemplate, loadTemplate, loadTemplateText, TemplateCache } from "./load.js";
import {
  asString,
  field,
  type LMap,
  type LNode,
  pathLinesOf,
  textValueLinesOf,
  toPlain,
  valueLinesOf,
} from "./located.js";
import {
  boundParameters,
  type NestedContext,
  type NestedLocator,
  NestedStackOutputs,
  nestedStackProblem,
  refuseChild,
  templateUrlLocator,
} from "./nested-stacks.js";
import { isNestedStackType, type ResolveOptions, Resolver } from "./resolve.js";
import { NO_VALUE, newCtx } from "./resolved.js";
import type { Template } from "./template.js";
import { unseenStack, unseenTransformRecords } from "./unseen.js";
import { bothConditions, collapseVariants } from "./variants.js";

export interface ReadTemplateOptions extends ResolveOptions {
  /** Unit name for the records; the file by default. */
  unit?: string;
  source?: Extract<SourceFormat, "cloudformation" | "cdk">;
  /** Loads each template once across calls (exports, nested stacks); a new one per call by default. */
  cache?: TemplateCache;
  /** How a nested stack resource finds its template; TemplateURL / Location by default. */
  locate?: NestedLocator;
  /** Files of the enclosing templates when this one is read as a nested stack. */
  chain?: readonly string[];
}

export type { LoadedTemplate };
export { loadTemplate, loadTemplateText };

export function readTemplate(
  snapshot: Snapshot,
  file: string,
  options: ReadTemplateOptions = {},
): ReaderResult {
  const cache = options.cache ?? new TemplateCache(snapshot);
  const loaded = cache.load(file);
  const result: ReaderResult = { resources: [], errors: [...loaded.errors], files: [file] };
  if (!loaded.template) return result;
  const notes: string[] = [...(loaded.notes ?? [])];
  try {
    const context: NestedContext = {
      cache,
      locate: options.locate ?? templateUrlLocator,
      chain: options.chain ?? [],
      shared: {
        ...(options.exports ? { exports: options.exports } : {}),
        ...(options.selfAccount ? { selfAccount: options.selfAccount } : {}),
        ...(options.stack ? { stack: options.stack } : {}),
      },
    };
    const resolveOptions: ResolveOptions = { ...options, nested: new NestedStackOutputs(context) };
    const included = expandIncludes(snapshot, loaded.template);
    result.errors.push(...included.errors);
    notes.push(...included.notes);
    result.files.push(...included.files);
    const expanded = expandForEach(included.template, resolveOptions);
    result.errors.push(...expanded.errors);
    const template = expanded.template;
    const resolver = new Resolver(template, resolveOptions);
    for (const entry of template.resourceEntries) {
      result.resources.push(...readResource(resolver, entry.key, entry.keyLine, entry.value, options, notes));
    }
    const base = {
      source: options.source ?? ("cloudformation" as const),
      file,
      unit: options.unit ?? file,
      ...(options.stack ? { stack: options.stack } : {}),
      ...(options.selfAccount ? { selfAccount: options.selfAccount } : {}),
    };
    result.resources.push(...unseenTransformRecords(resolver, included.unseen, base, notes));
    result.errors.push(...resolver.errors);
    readNestedStacks(snapshot, template, context, options, result, notes);
  } catch (e) {
    // A bug must not pass for a clean template: report it against the file.
    result.errors.push({
      file,
      message: `internal error while reading the template: ${(e as Error).message}`,
    });
  }
  if (notes.length > 0) result.notes = [...new Set([...(result.notes ?? []), ...notes])];
  return result;
}

function readResource(
  resolver: Resolver,
  logicalId: string,
  line: number,
  node: LNode,
  options: ReadTemplateOptions,
  notes: string[],
): ResourceRecord[] {
  const file = resolver.template.file;
  if (node.kind !== "map") {
    resolver.error(line, `resource ${logicalId} is not a mapping`);
    return [];
  }
  const type = asString(field(node, "Type"));
  if (type === undefined) {
    resolver.error(line, `resource ${logicalId} has no Type`);
    return [];
  }
  const conditionNode = field(node, "Condition");
  const condition = conditionNode === undefined ? undefined : asString(conditionNode);
  if (conditionNode !== undefined && condition === undefined)
    resolver.error(conditionNode.line, `resource ${logicalId}: Condition is not a name`);
  const propertiesNode = field(node, "Properties");
  const enumerator = new VariantEnumerator(MAX_VARIANTS);
  let conditionFalse = 0;
  const splits = parametersDeciding(resolver.template, node);
  const variants = enumerator.each((run): LMap | null => {
    // The resource's Condition is decided inside each variant, by the same joint choices as
    // its properties: a variant where it is false has no record.
    const ctx = { ...newCtx(run), splits };
    if (condition !== undefined) {
      const holds = evalCondition(resolver, condition, ctx, conditionNode?.line ?? line);
      if (holds === false) {
        conditionFalse++;
        return null;
      }
      // Not known statically (the region, a custom resource's value): the deploy decides, and
      // both count. Where it holds the resource exists (its records carry the condition); where
      // it does not there is no record. Past the budget it is taken to hold.
      if (holds === null) {
        const option = run.choose({
          key: conditionKey(condition),
          labels: [`${condition} is true`, `${condition} is false`],
        });
        if (option === 1) return null;
      }
    }
    if (propertiesNode === undefined) return emptyMap(line);
    const resolved = resolver.resolve(propertiesNode, ctx);
    if (resolved === NO_VALUE) return emptyMap(line);
    if (resolved.kind !== "map") {
      resolver.error(propertiesNode.line, `resource ${logicalId}: Properties is not a mapping`);
      return emptyMap(line);
    }
    return resolved;
  });
  if (conditionFalse === variants.length) {
    notes.push(`${file}: ${logicalId} is not created (condition ${condition} is false)`);
    return [];
  }
  if (enumerator.collapsed) {
    notes.push(
      `${file}: ${logicalId} has more than ${MAX_VARIANTS} variants; further choices (parameters, Fn::If, Fn::FindInMap) are left unresolved`,
    );
  }
  const base = {
    source: options.source ?? ("cloudformation" as const),
    type,
    address: logicalId,
    file,
    line,
    unit: options.unit ?? file,
    ...(options.stack ? { stack: options.stack } : {}),
    ...(options.selfAccount ? { selfAccount: options.selfAccount } : {}),
  };
  const constructPath = asString(field(field(node, "Metadata"), "aws:cdk:path"));
  const valueLines = propertiesNode ? valueLinesOf(propertiesNode) : {};
  const outcomes = variants.map(({ run, result }) => {
    const value = result === null || run.impossible ? null : result;
    return { decisions: run.labelled(), key: value && JSON.stringify(toPlain(value)), value };
  });
  if (outcomes.every((o) => o.value === null)) {
    notes.push(
      `${file}: ${logicalId}: no value of its parameters gives a deployable resource (a mapping key is missing)`,
    );
  }
  return collapseVariants(outcomes).map(({ value, conditional, variants: members }) => {
    const record: ResourceRecord = {
      ...base,
      properties: toPlain(value) as Record<string, unknown>,
      pathLines: pathLinesOf(value),
      // Literal source text first; then strings inside resolved policy text at their lines.
      valueLines: { ...textValueLinesOf(value), ...valueLines },
    };
    if (constructPath) record.constructPath = constructPath;
    if (conditional) record.conditional = conditional;
    // Lets the grant dedupe say when a grant found in several of these records exists.
    if (conditional) record.variants = members;
    return record;
  });
}

function emptyMap(line: number): LMap {
  return { kind: "map", entries: [], line };
}

/**
 * The resources of each nested stack whose template is in the repository, read with the
 * parameters its stack resource binds (one read per variant of the stack resource). Their
 * addresses are prefixed with the stack's logical id ("Network/Role"); they belong to the
 * parent's unit and inherit its stack name, own account and conditions.
 */
function readNestedStacks(
  snapshot: Snapshot,
  template: Template,
  context: NestedContext,
  options: ReadTemplateOptions,
  result: ReaderResult,
  notes: string[],
): void {
  const parents = result.resources.filter((r) => isNestedStackType(r.type));
  for (const stack of parents) {
    const def = template.resources.get(stack.address);
    if (!def) continue;
    const target = context.locate(template, def, stack.properties);
    const exists = target.kind === "local" && context.cache.has(target.path);
    const problem = nestedStackProblem(template.file, stack.address, def.line, target, exists);
    if (problem.note) notes.push(problem.note);
    if (problem.error) result.errors.push(problem.error);
    // What the reader puts there, never the template: a template cannot forge or hide it.
    const { unseen: _written, ...properties } = stack.properties;
    stack.properties = properties;
    if (target.kind !== "local" || !exists) {
      const what = unseenStack(stack.type, stack.properties, target);
      if (what !== undefined) {
        stack.properties = { ...properties, unseen: unresolved(what) };
        stack.pathLines = {
          ...stack.pathLines,
          unseen: stack.pathLines?.TemplateURL ?? stack.pathLines?.Location ?? def.line,
        };
        if (target.kind === "unknown")
          notes.push(
            `${template.file}: nested stack ${stack.address}: its template (${what}) cannot be known statically`,
          );
      }
      continue;
    }
    const refused = refuseChild(context, template.file, target.path);
    if (refused !== null) {
      result.errors.push({
        file: template.file,
        line: def.line,
        message: `nested stack ${stack.address} ${refused}`,
      });
      continue;
    }
    const child = readTemplate(snapshot, target.path, {
      ...(options.source ? { source: options.source } : {}),
      unit: options.unit ?? template.file,
      cache: context.cache,
      locate: context.locate,
      chain: [...context.chain, template.file],
      ...context.shared,
      boundParameters: boundParameters(stack.properties),
      refPrefix: `${options.refPrefix ?? ""}${stack.address}/`,
    });
    for (const record of child.resources) {
      const conditional = bothConditions(stack.conditional, record.conditional);
      const { variants: _own, ...rest } = record;
      // The child's variants are one read of several (one per variant of the stack resource).
      const nested: ResourceRecord = { ...rest, address: `${stack.address}/${record.address}` };
      if (conditional) nested.conditional = conditional;
      result.resources.push(nested);
    }
    result.errors.push(...child.errors);
    for (const f of child.files) if (!result.files.includes(f)) result.files.push(f);
    if (child.notes) notes.push(...child.notes);
  }
}
