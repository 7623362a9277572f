/**
 * The AWS::Include transform (grant-model §6.1): `Fn::Transform: {Name: AWS::Include, Parameters:
 * {Location: ...}}` inserts a snippet where it stands — a mapping's entries (several resources at
 * the Resources level) or a value. Before `aws cloudformation package` the Location is a local
 * path; such a snippet inside the repository is spliced in, everything else (an S3 location, a
 * path outside the repository) is noted and left out. Spliced nodes take the line of the
 * Fn::Transform that includes them: the records name the template's file, so its lines must be
 * the template's.
 */
import type { AnalysisError } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import { asString, field, type LEntry, type LMap, type LNode, relocate } from "./located.js";
import { nestedTemplatePath } from "./nested-stacks.js";
import { parseTemplateText } from "./parse.js";
import { indexTemplate, type Template } from "./template.js";

/** Snippets including snippets deeper than this are not followed. */
const MAX_INCLUDE_DEPTH = 8;

export interface Included {
  template: Template;
  errors: AnalysisError[];
  notes: string[];
  /** Snippet files read. */
  files: string[];
}

/** The Location of an AWS::Include transform node (`{Name, Parameters}`), or undefined. */
function includeLocation(node: LNode): { location: LNode | undefined } | undefined {
  if (asString(field(node, "Name")) !== "AWS::Include") return undefined;
  return { location: field(field(node, "Parameters"), "Location") };
}

function hasInclude(node: LNode): boolean {
  if (node.kind === "seq") return node.items.some(hasInclude);
  if (node.kind === "map") {
    return node.entries.some(
      (e) => (e.key === "Fn::Transform" && includeLocation(e.value) !== undefined) || hasInclude(e.value),
    );
  }
  return false;
}

export function expandIncludes(snapshot: Snapshot, template: Template): Included {
  const out: Included = { template, errors: [], notes: [], files: [] };
  if (!hasInclude(template.root)) return out;

  /** The snippet's tree, at `line`, or undefined after a note or an error. */
  const snippet = (spec: LNode, line: number, chain: readonly string[]): LNode | undefined => {
    const located = includeLocation(spec);
    const location = asString(located?.location);
    if (location === undefined) {
      out.notes.push(
        `${template.file}:${line}: AWS::Include with a Location that is not a literal path: not analysed`,
      );
      return undefined;
    }
    const target = nestedTemplatePath(chain[chain.length - 1] ?? template.file, location);
    if (target.kind === "remote") {
      out.notes.push(
        `${template.file}:${line}: AWS::Include of ${location}: the snippet is not in the repository, not analysed`,
      );
      return undefined;
    }
    if (target.kind !== "local") {
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
    return expand(relocate(parsed.root, line), [...chain, target.path]);
  };

  const expand = (node: LNode, chain: readonly string[]): LNode => {
    if (node.kind === "scalar") return node;
    if (node.kind === "seq") return { ...node, items: node.items.map((i) => expand(i, chain)) };
    const only = node.entries.length === 1 ? node.entries[0] : undefined;
    if (only?.key === "Fn::Transform" && includeLocation(only.value)) {
      // In a value position the snippet replaces the node; nothing when it cannot be read.
      return snippet(only.value, node.line, chain) ?? node;
    }
    const entries: LEntry[] = [];
    for (const e of node.entries) {
      if (e.key === "Fn::Transform" && includeLocation(e.value)) {
        const s = snippet(e.value, e.keyLine, chain);
        if (s?.kind === "map") entries.push(...s.entries);
        else if (s !== undefined) {
          out.errors.push({
            file: template.file,
            line: e.keyLine,
            message: "AWS::Include: the snippet is not a mapping",
          });
        }
      } else entries.push({ ...e, value: expand(e.value, chain) });
    }
    return { kind: "map", entries, line: node.line } satisfies LMap;
  };

  const root = expand(template.root, [template.file]) as LMap;
  out.template = indexTemplate(root, template.file, out.errors);
  return out;
}
