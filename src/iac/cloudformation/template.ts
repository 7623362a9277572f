/** The sections of a parsed template that resolution needs, indexed by name. */
import type { AnalysisError } from "../../model/types.js";
import { asString, field, type LEntry, type LMap, type LNode } from "./located.js";
import { ruleRestrictions } from "./rules.js";

export interface ParameterDef {
  name: string;
  type: string;
  default?: LNode;
  /** AllowedValues as text, when given as a list of scalars: nothing else can be deployed. */
  allowedValues?: string[];
  line: number;
}

export interface ResourceDef {
  logicalId: string;
  type: string;
  line: number;
  node: LMap;
}

export interface Template {
  file: string;
  root: LMap;
  parameters: Map<string, ParameterDef>;
  mappings: Map<string, LNode>;
  conditions: Map<string, LNode>;
  resources: Map<string, ResourceDef>;
  /** Resource entries as written, including ones without a usable Type (reported as errors). */
  resourceEntries: LEntry[];
  outputs: LEntry[];
  /** Transforms named at the top level (AWS::Serverless-2016-10-31, AWS::LanguageExtensions...). */
  transforms: string[];
}

/** Transforms AWS runs itself, whose output the reader knows or reads (grant-model §6). */
export const AWS_TRANSFORMS: ReadonlySet<string> = new Set([
  "AWS::Serverless-2016-10-31",
  "AWS::LanguageExtensions",
  "AWS::Include",
  "AWS::SecretsManager-2020-07-23",
  "AWS::CodeDeployBlueGreen",
]);

/** Whether the template names a macro (a transform that is not AWS's own) at the top level. */
export function namesMacro(root: LMap): boolean {
  return transformNodes(root).some((n) => !AWS_TRANSFORMS.has(transformName(n)));
}

/**
 * The entries of a top-level section. A section that is not a mapping is an error, except where a
 * macro reads the template: the macro decides the shape of what it is given (unseen.ts reports
 * what it makes).
 */
export function sectionEntries(root: LMap, name: string, file: string, errors: AnalysisError[]): LEntry[] {
  const section = field(root, name);
  if (section === undefined || (section.kind === "scalar" && section.value === null)) return [];
  if (section.kind !== "map") {
    if (namesMacro(root)) return [];
    errors.push({ file, line: section.line, message: `${name} is not a mapping` });
    return [];
  }
  return section.entries;
}

export function indexTemplate(root: LMap, file: string, errors: AnalysisError[]): Template {
  const parameters = new Map<string, ParameterDef>();
  const ruled = ruleRestrictions(field(root, "Rules"));
  for (const e of sectionEntries(root, "Parameters", file, errors)) {
    const type = asString(field(e.value, "Type")) ?? "String";
    const def = field(e.value, "Default");
    const allowed = restrict(allowedValues(field(e.value, "AllowedValues")), ruled.get(e.key));
    parameters.set(e.key, {
      name: e.key,
      type,
      line: e.keyLine,
      ...(def ? { default: def } : {}),
      ...(allowed ? { allowedValues: allowed } : {}),
    });
  }
  const mappings = new Map(sectionEntries(root, "Mappings", file, errors).map((e) => [e.key, e.value]));
  const conditions = new Map(sectionEntries(root, "Conditions", file, errors).map((e) => [e.key, e.value]));
  const resourceEntries = sectionEntries(root, "Resources", file, errors);
  const resources = new Map<string, ResourceDef>();
  for (const e of resourceEntries) {
    if (e.value.kind !== "map") continue;
    const type = asString(field(e.value, "Type"));
    if (type !== undefined) resources.set(e.key, { logicalId: e.key, type, line: e.keyLine, node: e.value });
  }
  const transforms = transformNodes(root).map(transformName);
  return {
    file,
    root,
    parameters,
    mappings,
    conditions,
    resources,
    resourceEntries,
    outputs: sectionEntries(root, "Outputs", file, errors),
    transforms,
  };
}

/** The nodes of the top-level `Transform` (one, or a list); `Transform: null` names none. */
export function transformNodes(root: LMap): LNode[] {
  const node = field(root, "Transform");
  const nodes = node?.kind === "seq" ? node.items : node ? [node] : [];
  return nodes.filter((n) => !(n.kind === "scalar" && n.value === null));
}

/** A transform is a name, or {Name, Parameters} (AWS::Include). */
export function transformName(node: LNode): string {
  return asString(node) ?? asString(field(node, "Name")) ?? "unknown transform";
}

/** AllowedValues narrowed by the Rules section (either may be absent). */
function restrict(allowed: string[] | undefined, ruled: string[] | undefined): string[] | undefined {
  if (!ruled) return allowed;
  return allowed ? allowed.filter((v) => ruled.includes(v)) : ruled;
}

function allowedValues(node: LNode | undefined): string[] | undefined {
  if (node?.kind !== "seq" || node.items.length === 0) return undefined;
  const out: string[] = [];
  for (const item of node.items) {
    if (item.kind !== "scalar") return undefined;
    const text = item.value === null ? "" : String(item.value);
    if (!out.includes(text)) out.push(text);
  }
  return out;
}
