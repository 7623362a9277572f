/**
 * Nested stacks (grant-model §6.4): an AWS::CloudFormation::Stack (or a SAM
 * AWS::Serverless::Application) whose template is a file of the repository — a local TemplateURL
 * before `aws cloudformation package`, or a CDK *.nested.template.json. The child is read with its
 * Parameters bound from the parent's stack resource (evaluated in the parent), and
 * `Fn::GetAtt [Stack, Outputs.X]` in the parent reads the child's output. Only paths that stay
 * inside the repository are followed; a template that includes itself is not followed again.
 */
import { unresolved } from "../../model/symbolic.js";
import type { AnalysisError } from "../../model/types.js";
import { evalCondition } from "./conditions.js";
import { expandForEach } from "./foreach.js";
import type { TemplateCache } from "./load.js";
import { asString, field, toPlain } from "./located.js";
import { isNestedStackType, type NestedStacks, type ResolveOptions, Resolver } from "./resolve.js";
import { NO_VALUE, newCtx } from "./resolved.js";
import type { ResourceDef, Template } from "./template.js";
import { type NestedTemplate, nestedTemplatePath } from "./template-paths.js";

/** How deep nested stacks are followed (CloudFormation itself allows a few levels). */
export const MAX_NESTING = 8;

/**
 * Finds the child template of a nested stack resource, given the parent template, the resource
 * and its resolved Properties.
 */
export type NestedLocator = (
  parent: Template,
  resource: ResourceDef,
  properties: Record<string, unknown>,
) => NestedTemplate;

/** Plain CloudFormation and SAM: TemplateURL (Stack) or a string Location (Application). */
export const templateUrlLocator: NestedLocator = (parent, resource, properties) => {
  const url = resource.type === "AWS::Serverless::Application" ? properties.Location : properties.TemplateURL;
  return nestedTemplatePath(parent.file, url);
};

/** What a nested read inherits from its parent. */
export interface NestedContext {
  cache: TemplateCache;
  locate: NestedLocator;
  /** Files of the enclosing templates, outermost first. */
  chain: readonly string[];
  /** Options every template of the family shares (exports, own account, stack name). */
  shared: Pick<ResolveOptions, "exports" | "selfAccount" | "stack">;
}

/** The parameter values a stack resource passes to its child (strings, lists, tokens). */
export function boundParameters(properties: Record<string, unknown>): Record<string, unknown> {
  const p = properties.Parameters;
  if (p === null || typeof p !== "object" || Array.isArray(p)) return {};
  return p as Record<string, unknown>;
}

/** Why a located child cannot be followed (a cycle, too deep), or null. */
export function refuseChild(context: NestedContext, parentFile: string, child: string): string | null {
  if (child === parentFile || context.chain.includes(child)) {
    return `includes ${child}, which includes it again: not followed`;
  }
  if (context.chain.length + 1 >= MAX_NESTING) return `nests deeper than ${MAX_NESTING} levels: not followed`;
  return null;
}

/** The resolver options of a child template read inside `context`, as seen from `parentFile`. */
export function childOptions(
  context: NestedContext,
  parent: { file: string; refPrefix: string; logicalId: string },
  properties: Record<string, unknown>,
): ResolveOptions {
  const inner: NestedContext = { ...context, chain: [...context.chain, parent.file] };
  return {
    ...context.shared,
    boundParameters: boundParameters(properties),
    refPrefix: `${parent.refPrefix}${parent.logicalId}/`,
    nested: new NestedStackOutputs(inner),
  };
}

/** Outputs of nested stacks for Fn::GetAtt [Stack, Outputs.X] (see Resolver.stackOutputs). */
export class NestedStackOutputs implements NestedStacks {
  constructor(readonly context: NestedContext) {}

  outputsOf(parent: Resolver, logicalId: string): ReadonlyMap<string, unknown> | undefined {
    const resource = parent.template.resources.get(logicalId);
    if (!resource) return undefined;
    const propertiesNode = field(resource.node, "Properties");
    const resolved = propertiesNode ? parent.resolve(propertiesNode, newCtx(null)) : NO_VALUE;
    const properties =
      resolved === NO_VALUE || resolved.kind !== "map" ? {} : (toPlain(resolved) as Record<string, unknown>);
    const target = this.context.locate(parent.template, resource, properties);
    if (target.kind !== "local" || !this.context.cache.has(target.path)) return undefined;
    if (refuseChild(this.context, parent.template.file, target.path) !== null) return undefined;
    const { template } = this.context.cache.load(target.path);
    if (!template) return undefined;
    const options = childOptions(
      this.context,
      { file: parent.template.file, refPrefix: parent.options.refPrefix ?? "", logicalId },
      properties,
    );
    const expanded = expandForEach(template, options);
    return evaluateOutputs(new Resolver(expanded.template, options));
  }
}

/** Name -> value of every output a template declares (conditions that are false leave it out). */
export function evaluateOutputs(resolver: Resolver): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const output of resolver.template.outputs) {
    const valueNode = field(output.value, "Value");
    if (!valueNode) continue;
    const ctx = newCtx(null);
    const condition = asString(field(output.value, "Condition"));
    if (condition !== undefined) {
      const holds = evalCondition(resolver, condition, ctx, output.keyLine);
      if (holds === false) continue;
      if (holds === null) ctx.conditionMemo.set(condition, true);
    }
    const resolved = resolver.resolve(valueNode, ctx);
    out.set(output.key, resolved === NO_VALUE ? unresolved(`Outputs.${output.key}`) : toPlain(resolved));
  }
  return out;
}

/** Notes and errors about one nested stack resource that is not followed. */
export function nestedStackProblem(
  parentFile: string,
  logicalId: string,
  line: number,
  target: NestedTemplate,
  exists: boolean,
): { note?: string; error?: AnalysisError } {
  switch (target.kind) {
    case "error":
      return { error: { file: parentFile, line, message: `nested stack ${logicalId}: ${target.message}` } };
    case "local":
      return exists
        ? {}
        : {
            note: `${parentFile}: nested stack ${logicalId} names ${target.path}, which is not in the repository`,
          };
    case "outside":
      return {
        note: `${parentFile}: nested stack ${logicalId} names ${target.url}, outside the repository: not followed`,
      };
    case "remote":
      return {
        note: `${parentFile}: nested stack ${logicalId} uses ${target.url}: its resources are not analysed`,
      };
    default:
      return {};
  }
}

/**
 * Child template -> the templates among `files` that include it as a nested stack (a local
 * TemplateURL, a SAM Application's local Location). A child is read through its parents, with
 * their parameters, not on its own, where its parameters would be unknown.
 */
export function nestedParents(
  cache: TemplateCache,
  files: readonly string[],
  optionsFor: (file: string) => ResolveOptions = () => ({}),
): Map<string, string[]> {
  const parents = new Map<string, string[]>();
  for (const file of files) {
    if (
      !cache.mentions(file, "AWS::CloudFormation::Stack") &&
      !cache.mentions(file, "AWS::Serverless::Application")
    )
      continue;
    const { template } = cache.load(file);
    if (!template) continue;
    let resolver: Resolver | undefined;
    for (const resource of template.resources.values()) {
      if (!isNestedStackType(resource.type)) continue;
      resolver ??= new Resolver(template, optionsFor(file));
      const propertiesNode = field(resource.node, "Properties");
      const resolved = propertiesNode ? resolver.resolve(propertiesNode, newCtx(null)) : NO_VALUE;
      if (resolved === NO_VALUE || resolved.kind !== "map") continue;
      const target = templateUrlLocator(template, resource, toPlain(resolved) as Record<string, unknown>);
      if (target.kind !== "local" || target.path === file) continue;
      const list = parents.get(target.path) ?? [];
      if (!list.includes(file)) list.push(file);
      parents.set(target.path, list);
    }
  }
  return parents;
}

/**
 * The templates to read so that `wanted` are all read: each one itself, or, when it is another
 * template's nested stack, the outermost templates that include it (a cycle reads itself).
 */
export function outermostTemplates(
  wanted: readonly string[],
  parents: ReadonlyMap<string, string[]>,
): string[] {
  const out: string[] = [];
  const add = (file: string, seen: ReadonlySet<string>): void => {
    const up = (parents.get(file) ?? []).filter((p) => !seen.has(p));
    if (up.length === 0) {
      if (!out.includes(file)) out.push(file);
      return;
    }
    for (const p of up) add(p, new Set([...seen, file]));
  };
  for (const file of wanted) add(file, new Set());
  return out;
}
