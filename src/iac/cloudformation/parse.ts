/**
 * Template text (YAML or JSON) -> located tree. One parser for both: `yaml` reads JSON too and
 * gives line numbers for free. Short-form tags become long form, aliases are expanded within a
 * budget, unknown tags are errors, and plain scalars whose number form loses digits keep their
 * source text (an account id with a leading zero).
 */
import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  type YAMLError,
} from "yaml";
import { readJson } from "../../model/json.js";
import type { AnalysisError } from "../../model/types.js";
import { fromPlain, type LEntry, type LMap, type LNode, type Scalar, scalar } from "./located.js";
import { cfnTags, longFormOf } from "./yaml-tags.js";

/** Nesting deeper than this is refused (no real template comes close). */
export const MAX_DEPTH = 256;
/** Nodes that aliases may add when expanded: the guard against alias bombs ("billion laughs"). */
export const MAX_ALIAS_NODES = 100_000;

export interface ParsedTemplate {
  root: LNode | null;
  errors: AnalysisError[];
  format: "json" | "yaml";
  /** The first error saying the text is not valid in its syntax (a repeated key included). */
  syntaxError?: AnalysisError;
}

export function looksLikeJson(file: string, text: string): boolean {
  return file.toLowerCase().endsWith(".json") || /^\s*[{[]/.test(text);
}

export function parseTemplateText(text: string, file: string): ParsedTemplate {
  const format = looksLikeJson(file, text) ? "json" : "yaml";
  if (format === "json") {
    // Strict JSON first (CDK templates run to megabytes; the YAML library reads JSON ten times
    // slower); text that is not JSON is read as YAML, as CloudFormation reads a template body.
    // Integers beyond 2^53 keep their digits (an account id must not be rounded).
    const read = readJson(text, {
      maxDepth: MAX_DEPTH,
      tooDeep: "null",
      duplicates: "last",
      bigIntegers: "digits",
    });
    if (read.ok) {
      const errors = read.warnings.map(
        (w): AnalysisError => ({
          file,
          line: w.line,
          message:
            w.kind === "duplicate"
              ? `invalid JSON: duplicate key ${JSON.stringify(w.key)}`
              : `nesting deeper than ${w.maxDepth} levels`,
        }),
      );
      const duplicate = read.warnings.findIndex((w) => w.kind === "duplicate");
      return {
        root: read.root,
        errors,
        format,
        ...(duplicate >= 0 ? { syntaxError: errors[duplicate] } : {}),
      };
    }
  }
  const label = format === "json" ? "invalid JSON" : "invalid YAML";
  const lineCounter = new LineCounter();
  const errors: AnalysisError[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      customTags: cfnTags(),
      lineCounter,
      uniqueKeys: true,
      schema: "core",
      version: "1.2",
      prettyErrors: false,
    });
  } catch (e) {
    const error = { file, message: `${label}: ${(e as Error).message}` };
    return { root: null, errors: [error], format, syntaxError: error };
  }
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  for (const err of doc.errors) errors.push(yamlError(file, label, err, lineAt));
  const syntaxError = errors[0];
  const builder = new TreeBuilder(doc, text, file, lineAt, errors);
  let root: LNode | null = null;
  try {
    root = doc.contents ? builder.build(doc.contents as Node, 0, 1) : null;
  } catch (e) {
    if (!(e instanceof AliasBudgetExceeded)) throw e;
    errors.push({ file, line: e.line, message: e.message });
    root = null;
  }
  return { root, errors, format, ...(syntaxError ? { syntaxError } : {}) };
}

function yamlError(
  file: string,
  label: string,
  err: YAMLError,
  lineAt: (o: number) => number,
): AnalysisError {
  const message = err.message.split("\n")[0] ?? err.message;
  return { file, line: lineAt(err.pos[0]), message: `${label}: ${message}` };
}

class AliasBudgetExceeded extends Error {
  constructor(readonly line: number) {
    super(
      `YAML aliases expand to more than ${MAX_ALIAS_NODES} nodes (an alias bomb?); the template was not read`,
    );
  }
}

class TreeBuilder {
  private aliasNodes = 0;
  private readonly sizes = new WeakMap<Node, number>();
  private readonly expanding = new Set<Node>();
  private depthReported = false;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly text: string,
    private readonly file: string,
    private readonly lineAt: (offset: number) => number,
    private readonly errors: AnalysisError[],
  ) {}

  private lineOf(node: Node, fallback: number): number {
    return node.range ? this.lineAt(node.range[0]) : fallback;
  }

  /** A tagged block collection starts at its first item; the tag may stand on a line before. */
  private tagLine(node: Node, fallback: number): number {
    if (!node.tag || !node.range || isScalar(node)) return fallback;
    const written = node.tag.startsWith("tag:yaml.org,2002:") ? `!!${node.tag.slice(18)}` : node.tag;
    const at = this.text.lastIndexOf(written, node.range[0]);
    return at >= 0 && node.range[0] - at < 1000 ? this.lineAt(at) : fallback;
  }

  build(node: Node | null | undefined, depth: number, parentLine: number): LNode {
    if (node === null || node === undefined) return scalar(null, parentLine);
    const line = this.tagLine(node, this.lineOf(node, parentLine));
    if (depth > MAX_DEPTH) {
      if (!this.depthReported) {
        this.depthReported = true;
        this.errors.push({ file: this.file, line, message: `nesting deeper than ${MAX_DEPTH} levels` });
      }
      return scalar(null, line);
    }
    if (isAlias(node)) return this.buildAlias(node, depth, line);
    const longForm = longFormOf(node.tag);
    if (node.tag && !longForm && !node.tag.startsWith("tag:yaml.org,2002:")) {
      this.errors.push({ file: this.file, line, message: `unknown tag ${node.tag}` });
    }
    if (isScalar(node)) {
      if (longForm) {
        const arg = fromPlain(Object.values(node.value as object)[0], line);
        if (arg.kind === "scalar" && node.type === "BLOCK_LITERAL") arg.textLine = line + 1;
        return intrinsic(longForm, arg, line);
      }
      const built = scalar(scalarValue(node.value, node.source, node.type), line);
      if (node.type === "BLOCK_LITERAL") built.textLine = line + 1;
      return built;
    }
    let built: LNode;
    if (isSeq(node)) {
      built = {
        kind: "seq",
        items: node.items.map((item) => this.build(item as Node, depth + 1, line)),
        line,
      };
    } else if (isMap(node)) {
      built = this.buildMap(node.items, depth, line);
    } else {
      return scalar(null, line);
    }
    return longForm ? intrinsic(longForm, built, line) : built;
  }

  private buildMap(pairs: unknown[], depth: number, line: number): LMap {
    const entries: LEntry[] = [];
    const put = (entry: LEntry): void => {
      const at = entries.findIndex((e) => e.key === entry.key);
      if (at >= 0) entries[at] = entry;
      else entries.push(entry);
    };
    for (const pair of pairs) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keyLine = keyNode ? this.lineOf(keyNode, line) : line;
      if (keyNode !== null && !isScalar(keyNode)) {
        if (isAlias(keyNode) || isMap(keyNode) || isSeq(keyNode)) {
          this.errors.push({ file: this.file, line: keyLine, message: "mapping key is not a plain value" });
        }
        continue;
      }
      const key = keyNode === null ? "" : String(scalarValue(keyNode.value, keyNode.source, keyNode.type));
      if (key === "<<" && keyNode?.type === "PLAIN") {
        // YAML merge key: entries of the merged map(s) that the map does not set itself.
        for (const merged of this.mergeSources(pair.value as Node, depth, keyLine)) {
          for (const e of merged.entries) if (!entries.some((x) => x.key === e.key)) entries.push(e);
        }
        continue;
      }
      put({ key, keyLine, value: this.build(pair.value as Node | null, depth + 1, keyLine) });
    }
    return { kind: "map", entries, line };
  }

  private mergeSources(node: Node | null, depth: number, line: number): LMap[] {
    const built = this.build(node, depth + 1, line);
    const list = built.kind === "seq" ? built.items : [built];
    return list.filter((n): n is LMap => n.kind === "map");
  }

  private buildAlias(
    node: Node & { resolve(doc: Document): Node | undefined },
    depth: number,
    line: number,
  ): LNode {
    const target = node.resolve(this.doc);
    if (!target || this.expanding.has(target)) {
      this.errors.push({ file: this.file, line, message: "YAML alias refers to no anchor before it" });
      return scalar(null, line);
    }
    this.aliasNodes += this.sizeOf(target);
    if (this.aliasNodes > MAX_ALIAS_NODES) throw new AliasBudgetExceeded(line);
    this.expanding.add(target);
    try {
      return this.build(target, depth + 1, line);
    } finally {
      this.expanding.delete(target);
    }
  }

  /** Node count of a subtree with its aliases expanded, memoised so a bomb is measured, not built. */
  private sizeOf(node: Node, depth = 0): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    if (depth > MAX_DEPTH) return 1;
    let size = 1;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      this.sizes.set(node, 1);
      size = target ? this.sizeOf(target, depth + 1) : 1;
    } else if (isSeq(node)) {
      for (const item of node.items) {
        size += item ? this.sizeOf(item as Node, depth + 1) : 1;
        if (size > MAX_ALIAS_NODES) break;
      }
    } else if (isMap(node)) {
      for (const pair of node.items) {
        size += pair.value ? this.sizeOf(pair.value as Node, depth + 1) : 1;
        if (size > MAX_ALIAS_NODES) break;
      }
    }
    this.sizes.set(node, size);
    return size;
  }
}

function intrinsic(key: string, arg: LNode, line: number): LMap {
  return { kind: "map", entries: [{ key, keyLine: line, value: arg }], line };
}

/**
 * A plain scalar that YAML reads as a number but whose text the number does not reproduce
 * (`012345678901`, digits beyond 2^53) keeps its text; explicit timestamps become their text.
 */
function scalarValue(value: unknown, source: string | undefined, type: string | undefined): Scalar {
  if (typeof value === "number") {
    if (type === "PLAIN" && source !== undefined && /^[-+]?\d+$/.test(source)) {
      const digits = source.replace(/^[-+]/, "");
      if ((digits.length > 1 && digits.startsWith("0")) || !Number.isSafeInteger(value)) return source;
    }
    return value;
  }
  if (typeof value === "string" || typeof value === "boolean" || value === null) return value;
  if (value instanceof Date) return source ?? value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (value === undefined) return null;
  return source ?? String(value);
}
