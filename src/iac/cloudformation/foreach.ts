/**
 * Fn::ForEach (the AWS::LanguageExtensions transform, grant-model §6.2): a map entry
 * `Fn::ForEach::Loop: [Identifier, Collection, {OutputKey: OutputValue}]` becomes one copy of the
 * fragment per element of the collection, with `${Identifier}` / `&{Identifier}` replaced in keys
 * and strings and `Ref: Identifier` replaced by the element. Loops may nest. A collection that
 * cannot be known statically (a list parameter without a value) expands once, with an unresolved
 * token in place of the element, so its resources are still analysed (and fail closed).
 *
 * Expansion works on the located tree, so every expanded resource keeps the lines of the loop
 * body it came from.
 */
import { hasToken, isWholeUnresolved, renderText, unresolved } from "../../model/symbolic.js";
import type { AnalysisError } from "../../model/types.js";
import { exprText, type LEntry, type LMap, type LNode, scalar, toPlain } from "./located.js";
import type { ResolveOptions } from "./resolve.js";
import { Resolver } from "./resolve.js";
import { NO_VALUE, newCtx } from "./resolved.js";
import { indexTemplate, type Template } from "./template.js";

const PREFIX = "Fn::ForEach::";
/** Entries that loops may produce in one template, all levels together (a guard, not a real limit). */
export const MAX_FOREACH_ENTRIES = 10_000;

export interface Expanded {
  template: Template;
  errors: AnalysisError[];
}

/** Does any map of the tree have a Fn::ForEach key? */
export function hasForEach(node: LNode): boolean {
  if (node.kind === "seq") return node.items.some(hasForEach);
  if (node.kind === "map") return node.entries.some((e) => e.key.startsWith(PREFIX) || hasForEach(e.value));
  return false;
}

/**
 * The template with every Fn::ForEach expanded (the same object when it has none). Collections are
 * resolved with `options` (parameters, mappings), on the template as written.
 */
export function expandForEach(template: Template, options: ResolveOptions): Expanded {
  if (!hasForEach(template.root)) return { template, errors: [] };
  const resolver = new Resolver(template, options);
  const expander = new Expander(template.file, resolver);
  const root = expander.map(template.root, new Map(), 0);
  const errors: AnalysisError[] = [...expander.errors];
  const indexed = indexTemplate(root, template.file, errors);
  // Problems the resolver met while evaluating collections (a Ref to no parameter...).
  errors.push(...resolver.errors);
  return { template: indexed, errors };
}

type Bindings = ReadonlyMap<string, string>;

class Expander {
  readonly errors: AnalysisError[] = [];
  private produced = 0;
  private limitReported = false;

  constructor(
    private readonly file: string,
    private readonly resolver: Resolver,
  ) {}

  private error(line: number, message: string): void {
    this.errors.push({ file: this.file, line, message });
  }

  node(node: LNode, bindings: Bindings, depth: number): LNode {
    if (node.kind === "scalar") return bindings.size > 0 ? substituteScalar(node, bindings) : node;
    if (node.kind === "seq") {
      return {
        kind: "seq",
        items: node.items.map((i) => this.node(i, bindings, depth + 1)),
        line: node.line,
      };
    }
    // Ref to a loop identifier: the element itself.
    const only = node.entries.length === 1 ? node.entries[0] : undefined;
    if (only?.key === "Ref" && only.value.kind === "scalar" && typeof only.value.value === "string") {
      const bound = bindings.get(only.value.value);
      if (bound !== undefined) return scalar(bound, node.line);
    }
    return this.map(node, bindings, depth);
  }

  map(node: LMap, bindings: Bindings, depth: number): LMap {
    const entries: LEntry[] = [];
    for (const e of node.entries) {
      if (e.key.startsWith(PREFIX)) entries.push(...this.loop(e, bindings, depth));
      else
        entries.push({
          key: bindings.size > 0 ? substituteKey(e.key, bindings) : e.key,
          keyLine: e.keyLine,
          value: this.node(e.value, bindings, depth + 1),
        });
    }
    return { kind: "map", entries, line: node.line };
  }

  private loop(entry: LEntry, bindings: Bindings, depth: number): LEntry[] {
    const args = entry.value.kind === "seq" ? entry.value.items : [];
    const [idNode, collectionNode, fragment] = args;
    const id = idNode?.kind === "scalar" && typeof idNode.value === "string" ? idNode.value : undefined;
    if (args.length !== 3 || id === undefined || id === "" || !collectionNode || fragment?.kind !== "map") {
      this.error(
        entry.keyLine,
        `${entry.key} needs [Identifier, Collection, {OutputKey: OutputValue}], found ${exprText(entry.value)}`,
      );
      return [];
    }
    if (depth > 64) {
      this.error(entry.keyLine, `${entry.key}: Fn::ForEach nested too deeply`);
      return [];
    }
    const elements = this.collection(entry.key, this.node(collectionNode, bindings, depth + 1));
    const out: LEntry[] = [];
    for (const element of elements) {
      if (this.produced >= MAX_FOREACH_ENTRIES) {
        if (!this.limitReported) {
          this.limitReported = true;
          this.error(
            entry.keyLine,
            `${entry.key}: Fn::ForEach produces more than ${MAX_FOREACH_ENTRIES} entries; the rest is not analysed`,
          );
        }
        break;
      }
      const inner = new Map(bindings);
      inner.set(id, element);
      const expanded = this.map(fragment, inner, depth + 1);
      this.produced += expanded.entries.length;
      out.push(...expanded.entries);
    }
    return out;
  }

  /** The elements of a loop's collection; one unresolved token when the list is not known. */
  private collection(loopKey: string, node: LNode): string[] {
    const r = this.resolver.resolve(node, newCtx(null));
    if (r === NO_VALUE) return [];
    if (r.kind === "seq") {
      const items: string[] = [];
      for (const item of r.items) {
        if (item.kind !== "scalar") {
          this.error(item.line, `${loopKey}: the collection holds a value that is not a string`);
          return [];
        }
        items.push(item.value === null ? "" : String(item.value));
      }
      return items;
    }
    // Not known statically (a list parameter without a value): one copy, the element unknown.
    if (r.kind === "scalar" && typeof r.value === "string" && hasToken(r.value)) {
      return [isWholeUnresolved(r.value) ? r.value : unresolved(`${loopKey} ${exprText(node)}`)];
    }
    this.error(node.line, `${loopKey}: the collection is not a list: ${JSON.stringify(toPlain(r))}`);
    return [];
  }
}

/** `&{x}` keeps only the letters and digits of the element (for logical ids). */
function alphanumeric(value: string): string {
  return renderText(value).replace(/[^A-Za-z0-9]/g, "");
}

function substituteKey(key: string, bindings: Bindings): string {
  let out = key;
  for (const [id, value] of bindings) {
    out = out
      .split(`\${${id}}`)
      .join(hasToken(value) ? renderText(value) : value)
      .split(`&{${id}}`)
      .join(alphanumeric(value));
  }
  return out;
}

function substituteScalar(node: LNode & { kind: "scalar" }, bindings: Bindings): LNode {
  if (typeof node.value !== "string" || (!node.value.includes("${") && !node.value.includes("&{")))
    return node;
  let text = node.value;
  for (const [id, value] of bindings) {
    text = text.split(`\${${id}}`).join(value).split(`&{${id}}`).join(alphanumeric(value));
  }
  if (text === node.value) return node;
  const out = scalar(text, node.line);
  if (node.textLine !== undefined) out.textLine = node.textLine;
  return out;
}
