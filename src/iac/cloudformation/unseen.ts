/**
 * What a template deploys but the reader cannot see (design.md "Nothing unread in silence"): a
 * custom macro's output, an AWS::Include from S3 or outside the repository, a nested stack or SAM
 * application whose template is not in the repository. Each is marked on a record at the property
 * `unseen` (an unresolved token naming it); the grant table's `unseen-template` rows make it one
 * unresolved grant, with the principals in the parameters passed to it beside it.
 */
import { renderText, unresolved } from "../../model/symbolic.js";
import type { ResourceRecord } from "../../model/types.js";
import type { UnseenSplice } from "./include.js";
import { type LMap, type LNode, toPlain } from "./located.js";
import type { Resolver } from "./resolve.js";
import { NO_VALUE, newCtx } from "./resolved.js";
import { AWS_TRANSFORMS, transformName, transformNodes } from "./template.js";
import type { NestedTemplate } from "./template-paths.js";

/** The record type of a transform whose output cannot be seen. */
export const TRANSFORM_TYPE = "Fn::Transform";

/** Fields every record of the template shares (source, file, unit, stack, own account). */
export type RecordBase = Pick<ResourceRecord, "source" | "file" | "unit" | "stack" | "selfAccount">;

/**
 * Records for the top-level `Transform` macros that are not AWS's own, and for the spliced
 * transforms that could not be seen. A top-level macro is passed its Parameters and the
 * template's parameter values; both are its parameters here.
 */
export function unseenTransformRecords(
  resolver: Resolver,
  splices: readonly UnseenSplice[],
  base: RecordBase,
  notes: string[],
): ResourceRecord[] {
  const out: ResourceRecord[] = [];
  const template = resolver.template;
  for (const node of transformNodes(template.root)) {
    const name = transformName(node);
    if (AWS_TRANSFORMS.has(name)) continue;
    notes.push(`${template.file}:${node.line}: Transform ${name} is a macro: its output is not analysed`);
    const own = node.kind === "map" ? node.entries.find((e) => e.key === "Parameters")?.value : undefined;
    const parameters = { ...templateParameters(resolver), ...resolvedMap(resolver, own) };
    out.push(record(base, `Transform:${name}`, node.line, `macro ${name}`, parameters, resolver));
  }
  for (const s of splices) {
    const address = `${s.owner === undefined ? "" : `${s.owner}/`}Fn::Transform:${s.name}`;
    out.push(record(base, address, s.line, s.what, resolvedMap(resolver, s.parameters), resolver));
  }
  return out;
}

function record(
  base: RecordBase,
  address: string,
  line: number,
  what: string,
  parameters: Record<string, unknown>,
  resolver: Resolver,
): ResourceRecord {
  const pathLines: Record<string, number> = { unseen: line };
  for (const name of Object.keys(parameters)) {
    pathLines[`Parameters/${name}`] = resolver.template.parameters.get(name)?.line ?? line;
  }
  return {
    ...base,
    type: TRANSFORM_TYPE,
    address,
    line,
    properties: { unseen: unresolved(what), Parameters: parameters },
    pathLines,
  };
}

/** The template's parameter values (defaults, values given, or unresolved when open). */
function templateParameters(resolver: Resolver): Record<string, unknown> {
  const refs: LMap = { kind: "map", entries: [], line: 1 };
  for (const [name, def] of resolver.template.parameters) {
    const ref: LNode = {
      kind: "map",
      entries: [{ key: "Ref", keyLine: def.line, value: { kind: "scalar", value: name, line: def.line } }],
      line: def.line,
    };
    refs.entries.push({ key: name, keyLine: def.line, value: ref });
  }
  return resolvedMap(resolver, refs);
}

function resolvedMap(resolver: Resolver, node: LNode | undefined): Record<string, unknown> {
  if (node === undefined) return {};
  const r = resolver.resolve(node, newCtx(null));
  if (r === NO_VALUE || r.kind !== "map") return {};
  return toPlain(r) as Record<string, unknown>;
}

/** What a nested stack that is not followed deploys, as the unresolved text naming it. */
export function unseenStack(
  type: string,
  properties: Record<string, unknown>,
  target: NestedTemplate,
): string | undefined {
  const property = type === "AWS::Serverless::Application" ? "Location" : "TemplateURL";
  const value = properties[property];
  const shown = typeof value === "string" ? renderText(value) : renderText(applicationId(value));
  switch (target.kind) {
    case "remote":
      return `${property} ${shown}`;
    case "outside":
      return `${property} ${shown} (outside the repository)`;
    case "local":
      return `${property} ${shown} (not in the repository)`;
    case "unknown":
      return value === undefined ? undefined : `${property} ${renderText(shown)}`;
    default:
      return undefined;
  }
}

/** A SAM application from the Serverless Application Repository: "<ApplicationId>@<SemanticVersion>". */
function applicationId(location: unknown): string {
  if (location === null || typeof location !== "object" || Array.isArray(location))
    return JSON.stringify(location ?? null);
  const { ApplicationId: id, SemanticVersion: version } = location as Record<string, unknown>;
  if (typeof id !== "string") return JSON.stringify(location);
  return typeof version === "string" ? `${id}@${version}` : id;
}
