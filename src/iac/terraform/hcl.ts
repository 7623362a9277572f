/**
 * The adapter to @cdktf/hcl2json: lazy loading, HCL and JSON syntax files into one body shape,
 * and hcl2json's error text into located errors. Nothing else in the reader touches hcl2json.
 * Most HCL files never reach it: `parseHclNative` (hcl-native.ts) reads the common subset of the
 * syntax into the file's located tree (tree.ts), whose body is the very value hcl2json would
 * give, and hands everything else (every file with an error among them) to hcl2json, whose WASM
 * runtime starts only for the first such file; its body and a scan of the file's positions
 * (positions.ts) make the same tree.
 *
 * The body shape is hcl2json's: blocks are arrays of bodies keyed by their labels
 * (`resource.<type>.<name>[]`, `locals[]`, nested `statement[]`), literals stay JSON and every
 * other expression is a string holding its source text inside `${...}`.
 */

import {
  describeJsonError,
  type JsonNode,
  type JsonSyntaxError,
  parseJson,
  readJson,
} from "../../model/json.js";
import { sanitizeText } from "../../model/symbolic.js";
import type { AnalysisError } from "../../model/types.js";
import { parseHclNative } from "./hcl-native.js";
import { setOwn } from "./objects.js";
import { scanHcl } from "./positions.js";
import { type TfBlock, type TfFile, treeFromBody } from "./tree.js";

export type HclBody = Record<string, unknown>;

export type ParseOutcome = { body: HclBody } | { errors: AnalysisError[] };

export type TreeOutcome = { tree: TfFile } | { errors: AnalysisError[] };

type ParseFn = (filename: string, contents: string) => Promise<Record<string, unknown>>;

/** hcl2json, loaded on first use (the module system keeps it: a second import costs nothing). */
function loadParser(): Promise<ParseFn> {
  return import("./hcl2json.js").then((m) => m.parse as ParseFn);
}

/** Deeper bracket nesting than this is refused before hcl2json sees it. */
export const MAX_HCL_NESTING = 500;

/**
 * The deepest bracket nesting of a text (strings and comments are not skipped: a count that is
 * too high only refuses a pathological file). hcl2json's Go runtime aborts the whole process on
 * very deep nesting ("malloc deadlock"), so such files must never reach it.
 */
export function bracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  // The regular expression skips the text between brackets (most of it) faster than a loop.
  const bracket = /[()[\]{}]/g;
  while (bracket.exec(text) !== null) {
    const c = text.charCodeAt(bracket.lastIndex - 1);
    if (c === 40 || c === 91 || c === 123) {
      depth++;
      if (depth > max) max = depth;
    } else if (depth > 0) depth--;
  }
  return max;
}

/** Parse a `.tf` or `.tfvars` file (HCL syntax) into its located tree. */
export async function parseHcl(file: string, text: string): Promise<TreeOutcome> {
  const depth = bracketDepth(text);
  if (depth > MAX_HCL_NESTING) {
    return {
      errors: [{ file, message: `nesting is ${depth} levels deep (limit ${MAX_HCL_NESTING}): not parsed` }],
    };
  }
  // hcl2json decodes escapes such as "\uE000": sanitise again so no file can forge a token.
  // A text with neither a marker nor a \u or \U escape cannot give one: its result is used as it
  // is, without a copy (most files). The same for both parsers.
  const sanitize = /\\[uU]|[\uE000-\uE002]/.test(text);
  const native = parseHclNative(text);
  if (native !== undefined) return { tree: sanitize ? sanitizeTree(native) : native };
  let parse: ParseFn;
  try {
    parse = await loadParser();
  } catch (e) {
    return { errors: [{ file, message: `cannot load the HCL parser: ${messageOf(e)}` }] };
  }
  // One call at a time: hcl2json.ts queues the calls into its single-threaded Go runtime.
  try {
    const parsed = await parse(file, text);
    const body = sanitize ? sanitizeDeep(parsed, new Map()) : parsed;
    return { tree: treeFromBody(isRecord(body) ? body : {}, scanHcl(text)) };
  } catch (e) {
    return { errors: hclErrors(file, messageOf(e)) };
  }
}

/** Parse a `.tf.json` file and bring it into the hcl2json shape. */
export function parseTfJson(file: string, text: string): ParseOutcome {
  // Terraform's JSON syntax declares one block per occurrence of a repeated key ("resource"
  // twice), which JSON.parse would drop: every occurrence is kept.
  const read = readJson(text, { maxDepth: 512, tooDeep: "null", duplicates: "keep", bigIntegers: "digits" });
  if (!read.ok) return { errors: [jsonSyntaxError(file, read.error)] };
  if (read.root.kind !== "map") return { errors: [notAnObject(file, ".tf.json")] };
  return { body: normalizeJsonConfig(mergeRepeated(read.root) as Record<string, unknown>) };
}

/** A located JSON tree as plain values; a key repeated in an object gives the list of its values. */
function mergeRepeated(node: JsonNode): unknown {
  if (node.kind === "scalar") return node.value;
  if (node.kind === "seq") return node.items.map(mergeRepeated);
  const out: Record<string, unknown> = {};
  const repeated = new Set<string>();
  for (const e of node.entries) {
    const value = mergeRepeated(e.value);
    if (!Object.hasOwn(out, e.key)) setOwn(out, e.key, value);
    else {
      const before = out[e.key];
      setOwn(out, e.key, repeated.has(e.key) ? [...(before as unknown[]), value] : [before, value]);
      repeated.add(e.key);
    }
  }
  return out;
}

/** Parse a `.tfvars.json` file: a flat object of variable values (literals, not templates). */
export function parseJsonValues(file: string, text: string): ParseOutcome {
  const r = parseJson(text);
  if (!r.ok) return { errors: [jsonSyntaxError(file, r.error)] };
  return isRecord(r.value) ? { body: r.value } : { errors: [notAnObject(file, ".tfvars.json")] };
}

function jsonSyntaxError(file: string, error: JsonSyntaxError): AnalysisError {
  return { file, line: error.line, message: `invalid JSON: ${describeJsonError(error)}` };
}

function notAnObject(file: string, kind: string): AnalysisError {
  return { file, line: 1, message: `a ${kind} file must hold a JSON object` };
}

/**
 * `parse config: [bad.tf:2,7-3,1: Invalid expression; Expected ... bad.tf:4,1-2: ...]` -> one error
 * per diagnostic, each with its line.
 */
export function hclErrors(file: string, message: string): AnalysisError[] {
  const body = /^parse config: \[([\s\S]*)\]\s*$/.exec(message.replace(/^Error: /, ""))?.[1];
  if (body === undefined) return [{ file, message: `HCL syntax error: ${message}` }];
  const marker = new RegExp(`(?:^|\\s)${escapeRegExp(file)}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: `, "g");
  const hits = [...body.matchAll(marker)];
  if (hits.length === 0) return [{ file, message: `HCL syntax error: ${body}` }];
  const out: AnalysisError[] = [];
  hits.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = i + 1 < hits.length ? (hits[i + 1]?.index ?? body.length) : body.length;
    const text = body.slice(start, end).trim();
    out.push({ file, line: Number(m[1]), message: `HCL syntax error: ${text}` });
  });
  return out;
}

const BLOCKS_WITH_TWO_LABELS = new Set(["resource", "data"]);
const BLOCKS_WITH_ONE_LABEL = new Set(["module", "variable", "output", "provider"]);

/** JSON syntax allows a block to be an object or an array of objects; hcl2json always uses arrays. */
function normalizeJsonConfig(doc: Record<string, unknown>): HclBody {
  const out: HclBody = {};
  for (const [key, value] of Object.entries(doc)) {
    if (key === "//") continue;
    // Each label level may be an object or an array of objects (several declarations).
    if (BLOCKS_WITH_TWO_LABELS.has(key) && (isRecord(value) || Array.isArray(value))) {
      const types: Record<string, Record<string, unknown[]>> = {};
      for (const group of bodies(value)) {
        for (const [type, byNameRaw] of Object.entries(group)) {
          for (const byName of bodies(byNameRaw)) {
            const names = Object.hasOwn(types, type) ? types[type]! : {};
            for (const [name, body] of Object.entries(byName))
              setOwn(names, name, [
                ...(Object.hasOwn(names, name) ? names[name]! : []),
                ...bodies(body).map(normalizeJsonBody),
              ]);
            setOwn(types, type, names);
          }
        }
      }
      setOwn(out, key, types);
    } else if (BLOCKS_WITH_ONE_LABEL.has(key) && (isRecord(value) || Array.isArray(value))) {
      const names: Record<string, unknown[]> = {};
      for (const group of bodies(value)) {
        for (const [name, body] of Object.entries(group))
          setOwn(names, name, [
            ...(Object.hasOwn(names, name) ? names[name]! : []),
            ...bodies(body).map(normalizeJsonBody),
          ]);
      }
      setOwn(out, key, names);
    } else if (key === "locals" || key === "terraform") {
      setOwn(out, key, bodies(value));
    } else {
      setOwn(out, key, value);
    }
  }
  return out;
}

function normalizeJsonBody(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === "//") continue;
    if (k === "dynamic" && isRecord(v)) {
      const dyn: Record<string, unknown> = {};
      for (const [label, blocks] of Object.entries(v)) {
        setOwn(
          dyn,
          label,
          bodies(blocks).map((b) => ({ ...b, content: bodies(b.content) })),
        );
      }
      setOwn(out, k, dyn);
    } else {
      setOwn(out, k, v);
    }
  }
  return out;
}

function bodies(value: unknown): Record<string, unknown>[] {
  // A repeated key gives a list of its values, each of which may itself be a list.
  if (Array.isArray(value)) return value.flatMap((v) => (Array.isArray(v) ? v : [v])).filter(isRecord);
  return isRecord(value) ? [value] : [];
}

/**
 * JSON text from the repository as a plain value (model/json.ts: an escape cannot forge a token
 * marker). Throws with JSON.parse's message, which reports (jsondecode(), policy text) carry.
 */
export function parseJsonText(text: string): unknown {
  const r = parseJson(text);
  if (!r.ok) throw new Error(r.engineMessage);
  return r.value;
}

/**
 * The tree with its bodies and labels sanitised (its literals stay as written, as the scan gave
 * them). A body met twice (a nested block's, inside its parent's) is sanitised once, so that a
 * nested block's body stays the object its parent's body lists.
 */
function sanitizeTree(tree: TfFile): TfFile {
  const done = new Map<object, unknown>();
  const nested = (b: TfBlock): TfBlock => ({
    ...b,
    blocks: b.blocks.map(nested),
    ...(b.body ? { body: sanitizeDeep(b.body, done) as HclBody } : {}),
  });
  return {
    ...tree,
    body: sanitizeDeep(tree.body, done) as HclBody,
    blocks: tree.blocks.map((b) => ({
      ...nested(b),
      labels: b.labels.map(sanitizeText),
      body: sanitizeDeep(b.body, done) as HclBody,
    })),
  };
}

function sanitizeDeep(value: unknown, done: Map<object, unknown>): unknown {
  if (typeof value === "string") return sanitizeText(value);
  if (typeof value !== "object" || value === null) return value;
  const seen = done.get(value);
  if (seen !== undefined) return seen;
  let out: unknown;
  if (Array.isArray(value)) out = value.map((v) => sanitizeDeep(v, done));
  else {
    const obj: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) setOwn(obj, sanitizeText(k), sanitizeDeep(v, done));
    out = obj;
  }
  done.set(value, out);
  return out;
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
