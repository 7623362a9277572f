/**
 * The AWS::Include transform (grant-model §6.1): `Fn::Transform: {Name: AWS::Include, Parameters:
 * {Location: ...}}` inserts a snippet where it stands — a mapping's entries (several resources at
 * the Resources level) or a value. Before `aws cloudformation package` the Location is a local
 * path; such a snippet inside the repository is spliced in, everything else (an S3 location, a
 * path outside the repository) is noted and left out. Spliced nodes take the line of the
 * Fn::Transform that includes them: the records name the template's file, so its lines must be
 * the template's.
 *
 * What cannot be spliced where it would add resources or properties — an include from S3 or
 * outside the repository, any other macro (`Fn::Transform: {Name: MyMacro}`) — is kept as an
 * `UnseenSplice`: the reader makes it one unresolved grant (see unseen.ts), never drops it. In a
 * value position it stays a deploy-time value (an unresolved token where it is read).
 */
import type { AnalysisError } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import { asString, exprText, field, type LEntry, type LMap, type LNode, relocate } from "./located.js";
import { parseTemplateText } from "./parse.js";
import { indexTemplate, type Template } from "./template.js";
import { nestedTemplatePath } from "./template-paths.js";

/** Snippets including snippets deeper than this are not followed. */
const MAX_INCLUDE_DEPTH = 8;

export interface Included {
  template: Template;
  errors: AnalysisError[];
  notes: string[];
  /** Snippet files read. */
  files: string[];
  /** Transforms at a mapping level whose output cannot be seen. */
  unseen: UnseenSplice[];
}

/** A Fn::Transform in the Resources section or in a resource whose output cannot be seen. */
export interface UnseenSplice {
  /** "macro MyMacro", "AWS::Include s3://bucket/x.yaml". */
  what: string;
  /** Short name for the record's address: the macro's name or the include's Location. */
  name: string;
  line: number;
  /** The logical id of the resource it stands in; undefined in the Resources section itself. */
  owner?: string;
  /** The macro's Parameters, as written. */
  parameters?: LNode;
}

/** The Location of an AWS::Include transform node (`{Name, Parameters}`), or undefined. */
function includeLocation(node: LNode): { location: LNode | undefined } | undefined {
  if (asString(field(node, "Name")) !== "AWS::Include") return undefined;
  return { location: field(field(node, "Parameters"), "Location") };
}

function hasTransform(node: LNode): boolean {
  if (node.kind === "seq") return node.items.some(hasTransform);
  if (node.kind === "map")
    return node.entries.some((e) => e.key === "Fn::Transform" || hasTransform(e.value));
  return false;
}

export function expandIncludes(snapshot: Snapshot, template: Template): Included {
  const out: Included = { template, errors: [], notes: [], files: [], unseen: [] };
  if (!hasTransform(template.root)) return out;
  /** Why the last snippet() call returned nothing because it cannot be seen (not an error). */
  let unseenWhy: string | undefined;

  /** The snippet's tree, at `line`, or undefined after a note or an error. */
  const snippet = (
    spec: LNode,
    line: number,
    chain: readonly string[],
    path: readonly string[] = [],
  ): LNode | undefined => {
    unseenWhy = undefined;
    const located = includeLocation(spec);
    const location = asString(located?.location);
    if (location === undefined) {
      unseenWhy = `AWS::Include ${located?.location ? exprText(located.location) : "(no Location)"}`;
      out.notes.push(
        `${template.file}:${line}: AWS::Include with a Location that is not a literal path: not analysed`,
      );
      return undefined;
    }
    const target = nestedTemplatePath(chain[chain.length - 1] ?? template.file, location);
    if (target.kind === "remote") {
      unseenWhy = `AWS::Include ${location}`;
      out.notes.push(
        `${template.file}:${line}: AWS::Include of ${location}: the snippet is not in the repository, not analysed`,
      );
      return undefined;
    }
    if (target.kind !== "local") {
      unseenWhy = `AWS::Include ${location} (outside the repository)`;
      out.notes.push(
        `${template.file}:${line}: AWS::Include of ${location}, outside the repository: not followed`,
      );
      return undefined;
    }
    if (chain.includes(target.path) || chain.length > MAX_INCLUDE_DEPTH) {
      out.errors.push({
        file: template.file,
        line,
        message: `AWS::Include of ${target.path} includes itself: not followed`,
      });
      return undefined;
    }
    const read = readText(snapshot, target.path);
    if ("error" in read) {
      out.errors.push({
        file: template.file,
        line,
        message: `AWS::Include of ${target.path}: ${read.error}`,
      });
      return undefined;
    }
    if (!out.files.includes(target.path)) out.files.push(target.path);
    const parsed = parseTemplateText(read.text, target.path);
    out.errors.push(...parsed.errors);
    if (parsed.root === null) return undefined;
    return expand(relocate(parsed.root, line), [...chain, target.path], path);
  };

  /** `path`: the keys from the root to `node` (["Resources", "Role", "Properties"]). */
  const expand = (node: LNode, chain: readonly string[], path: readonly string[]): LNode => {
    if (node.kind === "scalar") return node;
    if (node.kind === "seq") return { ...node, items: node.items.map((i) => expand(i, chain, path)) };
    const only = node.entries.length === 1 ? node.entries[0] : undefined;
    // Directly under Resources a transform adds resources, and directly under a resource's
    // Properties it adds properties, whatever else stands beside it.
    const resourcesLevel = path.length === 1 && path[0] === "Resources";
    const propertiesLevel = path.length === 3 && path[0] === "Resources" && path[2] === "Properties";
    if (only?.key === "Fn::Transform" && includeLocation(only.value) && !resourcesLevel && !propertiesLevel) {
      // In a value position the snippet replaces the node; nothing when it cannot be read.
      return snippet(only.value, node.line, chain, path) ?? node;
    }
    const owner = path[0] === "Resources" && path.length > 1 ? path[1] : undefined;
    const splices = path[0] === "Resources" && (resourcesLevel || propertiesLevel || only === undefined);
    const entries: LEntry[] = [];
    for (const e of node.entries) {
      if (e.key === "Fn::Transform" && includeLocation(e.value)) {
        const s = snippet(e.value, e.keyLine, chain, path);
        if (s?.kind === "map") entries.push(...s.entries);
        else if (s !== undefined) {
          out.errors.push({
            file: template.file,
            line: e.keyLine,
            message: "AWS::Include: the snippet is not a mapping",
          });
        } else if (unseenWhy !== undefined && splices) {
          const location = asString(field(field(e.value, "Parameters"), "Location"));
          out.unseen.push({
            what: unseenWhy,
            name: location ?? "AWS::Include",
            line: e.keyLine,
            ...(owner !== undefined ? { owner } : {}),
          });
        }
      } else if (e.key === "Fn::Transform" && splices) {
        // Another macro: what it adds here is only known when CloudFormation runs it.
        const name = asString(field(e.value, "Name")) ?? exprText(e.value);
        const parameters = field(e.value, "Parameters");
        out.notes.push(`${template.file}:${e.keyLine}: macro ${name}: its output is not analysed`);
        out.unseen.push({
          what: `macro ${name}`,
          name,
          line: e.keyLine,
          ...(owner !== undefined ? { owner } : {}),
          ...(parameters ? { parameters } : {}),
        });
      } else entries.push({ ...e, value: expand(e.value, chain, [...path, e.key]) });
    }
    return { kind: "map", entries, line: node.line } satisfies LMap;
  };

  const root = expand(template.root, [template.file], []) as LMap;
  out.template = indexTemplate(root, template.file, out.errors);
  return out;
}
