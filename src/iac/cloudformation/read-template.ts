/**
 * One CloudFormation template -> ResourceRecord[]: parse, index the sections, resolve each
 * resource's Properties once per variant, collapse identical variants. Never throws for bad
 * input: problems are errors with file and line, and whatever could be read is returned.
 */
import type { AnalysisError, ReaderResult, ResourceRecord, SourceFormat } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import { MAX_VARIANTS, VariantEnumerator } from "./choices.js";
import { conditionKey, evalCondition } from "./conditions.js";
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
import { nestedTemplatePath } from "./nested-stacks.js";
import { parseTemplateText } from "./parse.js";
import { type ResolveOptions, Resolver } from "./resolve.js";
import { NO_VALUE, newCtx } from "./resolved.js";
import { indexTemplate, type Template } from "./template.js";

export interface ReadTemplateOptions extends ResolveOptions {
  /** Unit name for the records; the file by default. */
  unit?: string;
  source?: Extract<SourceFormat, "cloudformation" | "cdk">;
}

/** A parsed and indexed template, or the errors that prevented it. */
export interface LoadedTemplate {
  template: Template | null;
  errors: AnalysisError[];
}

export function loadTemplate(snapshot: Snapshot, file: string): LoadedTemplate {
  const read = readText(snapshot, file);
  if ("error" in read) return { template: null, errors: [{ file, message: read.error }] };
  try {
    return loadTemplateText(read.text, file);
  } catch (e) {
    // A bug must not pass for a clean template: report it against the file.
    return {
      template: null,
      errors: [{ file, message: `internal error while parsing: ${(e as Error).message}` }],
    };
  }
}

export function loadTemplateText(text: string, file: string): LoadedTemplate {
  const parsed = parseTemplateText(text, file);
  const errors = [...parsed.errors];
  if (parsed.root === null) {
    if (errors.length === 0) errors.push({ file, line: 1, message: "the template is empty" });
    return { template: null, errors };
  }
  if (parsed.root.kind !== "map") {
    errors.push({
      file,
      line: parsed.root.line,
      message: "the template is not a mapping (object) at the top level",
    });
    return { template: null, errors };
  }
  const template = indexTemplate(parsed.root, file, errors);
  if (!field(parsed.root, "Resources")) {
    errors.push({ file, line: 1, message: "the template has no Resources section" });
  }
  return { template, errors };
}

export function readTemplate(
  snapshot: Snapshot,
  file: string,
  options: ReadTemplateOptions = {},
): ReaderResult {
  const loaded = loadTemplate(snapshot, file);
  const result: ReaderResult = { resources: [], errors: loaded.errors, files: [file] };
  if (!loaded.template) return result;
  const notes: string[] = [];
  try {
    const resolver = new Resolver(loaded.template, options);
    for (const entry of loaded.template.resourceEntries) {
      result.resources.push(...readResource(resolver, entry.key, entry.keyLine, entry.value, options, notes));
    }
    notes.push(...nestedStackNotes(snapshot, file, result.resources));
    result.errors.push(...resolver.errors);
  } catch (e) {
    // A bug must not pass for a clean template: report it against the file.
    result.errors.push({
      file,
      message: `internal error while reading the template: ${(e as Error).message}`,
    });
  }
  if (notes.length > 0) result.notes = notes;
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
  if (logicalId.startsWith("Fn::ForEach::")) {
    resolver.error(
      line,
      `${logicalId}: Fn::ForEach (AWS::LanguageExtensions) is not expanded; its resources are not analysed`,
    );
    return [];
  }
  if (node.kind !== "map") {
    resolver.error(line, `resource ${logicalId} is not a mapping`);
    return [];
  }
  const type = asString(field(node, "Type"));
  if (type === undefined) {
    resolver.error(line, `resource ${logicalId} has no Type`);
    return [];
  }
  const preset = new Map<string, number>();
  const conditionLabels: string[] = [];
  const conditionNode = field(node, "Condition");
  if (conditionNode !== undefined) {
    const name = asString(conditionNode);
    const value = name === undefined ? null : evalCondition(resolver, name, newCtx(null), conditionNode.line);
    if (name === undefined)
      resolver.error(conditionNode.line, `resource ${logicalId}: Condition is not a name`);
    if (value === false) {
      notes.push(`${file}: ${logicalId} is not created (condition ${name} is false)`);
      return [];
    }
    if (value === null && name !== undefined) {
      // Not known statically: the resource may exist, and inside it the condition holds.
      preset.set(conditionKey(name), 0);
      conditionLabels.push(`Condition ${name}`);
    }
  }
  const propertiesNode = field(node, "Properties");
  const enumerator = new VariantEnumerator(MAX_VARIANTS);
  const variants = enumerator.each((run) => {
    if (propertiesNode === undefined) return emptyMap(line);
    const resolved = resolver.resolve(propertiesNode, newCtx(run));
    if (resolved === NO_VALUE) return emptyMap(line);
    if (resolved.kind !== "map") {
      resolver.error(propertiesNode.line, `resource ${logicalId}: Properties is not a mapping`);
      return emptyMap(line);
    }
    return resolved;
  }, preset);
  if (enumerator.collapsed) {
    notes.push(
      `${file}: ${logicalId} has more than ${MAX_VARIANTS} variants; further Fn::If/Fn::FindInMap choices are left unresolved`,
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
  const plain = variants.map(({ run, result }) => ({
    labels: run.labels(),
    properties: result,
    plain: toPlain(result) as Record<string, unknown>,
  }));
  return collapseVariants(plain).map((v) => {
    const conditional = [...conditionLabels, ...v.labels].join("; ");
    const record: ResourceRecord = {
      ...base,
      properties: v.plain,
      pathLines: pathLinesOf(v.properties),
      // Literal source text first; then strings inside resolved policy text at their lines.
      valueLines: { ...textValueLinesOf(v.properties), ...valueLines },
    };
    if (constructPath) record.constructPath = constructPath;
    if (conditional) record.conditional = conditional;
    return record;
  });
}

function emptyMap(line: number): LMap {
  return { kind: "map", entries: [], line };
}

/**
 * Variants with identical properties are one record; it depends only on the choices that all of
 * them share (If IsProd=true and If IsProd=false giving the same value: no condition at all).
 */
function collapseVariants<V extends { labels: string[]; plain: Record<string, unknown> }>(
  variants: V[],
): V[] {
  if (variants.length < 2) return variants;
  const groups = new Map<string, V>();
  for (const v of variants) {
    const key = JSON.stringify(v.plain);
    const group = groups.get(key);
    if (!group) groups.set(key, { ...v, labels: [...v.labels] });
    else group.labels = group.labels.filter((l) => v.labels.includes(l));
  }
  return [...groups.values()];
}

function nestedStackNotes(snapshot: Snapshot, file: string, records: ResourceRecord[]): string[] {
  const notes = new Set<string>();
  for (const r of records) {
    if (r.type !== "AWS::CloudFormation::Stack") continue;
    const target = nestedTemplatePath(file, r.properties.TemplateURL);
    if (target.kind === "local") {
      notes.add(
        snapshot.paths.includes(target.path)
          ? `${file}: nested stack ${r.address} uses ${target.path} (not read yet: its parameters are not bound)`
          : `${file}: nested stack ${r.address} names ${target.path}, which is not in the repository`,
      );
    } else if (target.kind === "outside") {
      notes.add(
        `${file}: nested stack ${r.address} names ${target.url}, outside the repository: not followed`,
      );
    }
  }
  return [...notes];
}
