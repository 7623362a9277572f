/**
 * A template as a tree of located nodes: plain JSON shape (short-form tags already in long form,
 * aliases expanded) where every node knows its source line. The resolver maps such a tree to a
 * resolved one of the same type, so each resolved value keeps the line it came from.
 */
import { setOwn } from "../../model/objects.js";

export type Scalar = string | number | boolean | null;

export interface LScalar {
  kind: "scalar";
  value: Scalar;
  line: number;
  /** For a literal block scalar (`|`): the line of the text's first line (the header's next). */
  textLine?: number;
}

export interface LSeq {
  kind: "seq";
  items: LNode[];
  line: number;
}

export interface LEntry {
  key: string;
  keyLine: number;
  value: LNode;
}

export interface LMap {
  kind: "map";
  entries: LEntry[];
  line: number;
}

export type LNode = LScalar | LSeq | LMap;

export function scalar(value: Scalar, line: number): LScalar {
  return { kind: "scalar", value, line };
}

export function entryOf(map: LMap, key: string): LEntry | undefined {
  return map.entries.find((e) => e.key === key);
}

export function field(node: LNode | undefined, key: string): LNode | undefined {
  return node?.kind === "map" ? entryOf(node, key)?.value : undefined;
}

export function asString(node: LNode | undefined): string | undefined {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : undefined;
}

/** Template keys are untrusted: set them with setOwn ("__proto__" stays a key). */
export { setOwn } from "../../model/objects.js";

/** `out[key] ??= value` for untrusted keys: only own properties count as set. */
function setOwnIfAbsent<T>(out: Record<string, T>, key: string, value: T): void {
  if (!Object.hasOwn(out, key)) setOwn(out, key, value);
}

/** Plain JSON value of a located tree. */
export function toPlain(node: LNode): unknown {
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map(toPlain);
    case "map": {
      const out: Record<string, unknown> = {};
      for (const e of node.entries) setOwn(out, e.key, toPlain(e.value));
      return out;
    }
  }
}

/** A located tree for a plain value that all stands at one line (a parameter value, an export). */
export function fromPlain(value: unknown, line: number): LNode {
  if (Array.isArray(value)) return { kind: "seq", items: value.map((v) => fromPlain(v, line)), line };
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).map(([key, v]) => ({
      key,
      keyLine: line,
      value: fromPlain(v, line),
    }));
    return { kind: "map", entries, line };
  }
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
    return scalar(value, line);
  }
  return scalar(null, line);
}

/** The same tree with every line replaced: values read from elsewhere point at their use. */
export function relocate(node: LNode, line: number): LNode {
  switch (node.kind) {
    case "scalar":
      return node.line === line ? node : scalar(node.value, line);
    case "seq":
      return { kind: "seq", items: node.items.map((n) => relocate(n, line)), line };
    case "map":
      return {
        kind: "map",
        entries: node.entries.map((e) => ({ key: e.key, keyLine: line, value: relocate(e.value, line) })),
        line,
      };
  }
}

/**
 * Line of every path under a node, paths joined with "/": a map entry at its key's line, a list
 * element at its own line.
 */
export function pathLinesOf(node: LNode): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (n: LNode, prefix: string): void => {
    if (n.kind === "map") {
      for (const e of n.entries) {
        const path = prefix === "" ? e.key : `${prefix}/${e.key}`;
        setOwnIfAbsent(out, path, e.keyLine);
        walk(e.value, path);
      }
    } else if (n.kind === "seq") {
      n.items.forEach((item, i) => {
        const path = prefix === "" ? String(i) : `${prefix}/${i}`;
        setOwnIfAbsent(out, path, item.line);
        walk(item, path);
      });
    }
  };
  walk(node, "");
  return out;
}

const ACCOUNT_RE = /(?<!\d)\d{12}(?!\d)/g;
const ARN_RE = /arn:aws[a-z-]*:[^\s"',]+/g;
const MAX_VALUE_TEXT = 512;
/** Arguments that are names, not values: Ref/GetAtt targets, mapping keys, delimiters. */
const NAME_ONLY = new Set(["Ref", "Fn::GetAtt", "Condition", "Fn::FindInMap", "Fn::ImportValue"]);
const FIRST_ARG_IS_NAME = new Set(["Fn::If", "Fn::Join", "Fn::Split", "Fn::Select"]);

/**
 * Literal values of a source subtree and the line where each first stands: strings, and inside
 * them every account id and ARN (at its own line within a literal block), so a grant can point
 * at the text it came from. Names that only select something (Ref targets, mapping keys) are left
 * out.
 */
export function valueLinesOf(node: LNode): Record<string, number> {
  const out: Record<string, number> = {};
  const add = (text: string, line: number): void => setOwnIfAbsent(out, text, line);
  const scan = (n: LScalar): void => {
    if (n.value === null || typeof n.value === "boolean") return;
    const text = String(n.value);
    if (typeof n.value === "number" && !/^\d{12}$/.test(text)) return;
    if (text.length <= MAX_VALUE_TEXT) add(text, n.line);
    for (const re of [ACCOUNT_RE, ARN_RE]) {
      for (const m of text.matchAll(re)) {
        const within = n.textLine === undefined ? 0 : text.slice(0, m.index).split("\n").length - 1;
        add(m[0], n.textLine === undefined ? n.line : n.textLine + within);
      }
    }
  };
  const walk = (n: LNode): void => {
    if (n.kind === "scalar") scan(n);
    else if (n.kind === "seq") n.items.forEach(walk);
    else if (
      n.entries.length === 1 &&
      (n.entries[0]?.key === "Ref" || n.entries[0]?.key.startsWith("Fn::"))
    ) {
      const { key, value } = n.entries[0];
      if (NAME_ONLY.has(key)) return;
      if (FIRST_ARG_IS_NAME.has(key) && value.kind === "seq") value.items.slice(1).forEach(walk);
      else walk(value);
    } else for (const e of n.entries) walk(e.value);
  };
  walk(node);
  return out;
}

const JSON_STRING = /"((?:[^"\\\n]|\\.)*)"/g;

/**
 * For resolved policy text written as a literal block (`!Sub |` with JSON inside): every string
 * literal of the text at its own line, so a principal parsed from the text later finds its line.
 */
export function textValueLinesOf(node: LNode): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (n: LNode): void => {
    if (n.kind === "seq") n.items.forEach(walk);
    else if (n.kind === "map") for (const e of n.entries) walk(e.value);
    else if (n.textLine !== undefined && typeof n.value === "string") {
      n.value.split("\n").forEach((text, i) => {
        for (const m of text.matchAll(JSON_STRING)) {
          let literal: unknown;
          try {
            literal = JSON.parse(m[0]);
          } catch {
            continue;
          }
          if (typeof literal === "string") setOwnIfAbsent(out, literal, (n.textLine as number) + i);
        }
      });
    }
  };
  walk(node);
  return out;
}

/** Short source-like text of an expression, for token names and messages. */
export function exprText(node: LNode, max = 120): string {
  let text: string;
  if (node.kind === "scalar") text = String(node.value);
  else if (node.kind === "map" && node.entries.length === 1 && node.entries[0]?.key === "Ref") {
    const arg = node.entries[0].value;
    text = `Ref ${arg.kind === "scalar" ? String(arg.value) : JSON.stringify(toPlain(arg))}`;
  } else if (node.kind === "map" && node.entries.length === 1 && node.entries[0]?.key.startsWith("Fn::")) {
    const e = node.entries[0];
    text = `${e.key} ${JSON.stringify(toPlain(e.value))}`;
  } else text = JSON.stringify(toPlain(node));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
