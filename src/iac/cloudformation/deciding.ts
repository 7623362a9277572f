/**
 * Which parameters decide something (design.md, "What the code decides, and what the deploy
 * decides"), and which values the template itself names for them. A parameter decides when a
 * condition reads it or it is a key of Fn::FindInMap: its Default is then a guess, and every value
 * the template names counts (the resolver makes one joint choice per variant among them).
 */
import { isWholeUnresolved, unresolved } from "../../model/symbolic.js";
import type { LNode } from "./located.js";
import type { Template } from "./template.js";

export interface DecidingParameter {
  /** Values named by the template: compared literals, mapping keys (AllowedValues are apart). */
  literals: string[];
  /** Some value not named anywhere may be deployed (compared or used as a key, no AllowedValues). */
  other: boolean;
}

/** `${Name}` in an Fn::Sub string (not `${!Literal}`, not `${Resource.Attr}`). */
const SUB_NAME = /\$\{([^!}][^}]*)\}/g;

/** Parameter name -> what the template says about its values, for deciding parameters only. */
export function decidingParameters(template: Template): Map<string, DecidingParameter> {
  const out = new Map<string, DecidingParameter>();
  const note = (name: string): DecidingParameter => {
    let d = out.get(name);
    if (!d) {
      d = { literals: [], other: false };
      out.set(name, d);
    }
    return d;
  };
  const add = (name: string, value: string): void => {
    const d = note(name);
    if (!d.literals.includes(value)) d.literals.push(value);
  };
  const isParameter = (name: string): boolean =>
    name === PARTITION ||
    (template.parameters.has(name) && !template.parameters.get(name)?.type.startsWith("AWS::SSM::"));
  const referenced = (node: LNode): string[] => parametersIn(node).filter(isParameter);

  for (const condition of template.conditions.values()) {
    for (const name of referenced(condition)) note(name).other = true;
    walk(condition, (fn, arg) => {
      if (fn !== "Fn::Equals" || arg.kind !== "seq" || arg.items.length !== 2) return;
      const [a, b] = arg.items as [LNode, LNode];
      for (const [side, other] of [
        [a, b],
        [b, a],
      ] as const) {
        const name = directParameter(side);
        const literal = literalText(other);
        if (name !== undefined && isParameter(name) && literal !== undefined) add(name, literal);
      }
    });
  }
  walk(template.root, (fn, arg) => {
    if (fn !== "Fn::FindInMap" || arg.kind !== "seq") return;
    const [mapNode, top, second] = arg.items;
    const map = mapNode ? template.mappings.get(literalText(mapNode) ?? "") : undefined;
    const levels: [LNode | undefined, string[]][] = [
      [top, map?.kind === "map" ? map.entries.map((e) => e.key) : []],
      [second, map?.kind === "map" ? map.entries.flatMap((e) => secondKeys(e.value)) : []],
    ];
    for (const [key, keys] of levels) {
      if (!key) continue;
      for (const name of referenced(key)) note(name).other = true;
      const name = directParameter(key);
      if (name !== undefined && isParameter(name)) for (const k of keys) add(name, k);
    }
  });
  // With AllowedValues nothing else can be deployed.
  for (const [name, d] of out) if (template.parameters.get(name)?.allowedValues) d.other = false;
  // The partition is one of AWS's: those the template names, and the commercial one.
  const partition = out.get(PARTITION);
  if (partition) {
    partition.literals = ["aws", ...partition.literals.filter((v) => v !== "aws" && PARTITION_NAME.test(v))];
    partition.other = false;
  }
  return out;
}

/**
 * AWS::Partition decides like an open parameter where a condition reads it or a mapping is keyed
 * by it (a vendor's account per partition): the stack may be deployed in any partition the
 * template names. Where it only builds an ARN it stays "aws" (the same account either way).
 */
export const PARTITION = "AWS::Partition";
const PARTITION_NAME = /^aws(-[a-z]+)*$/;

function secondKeys(node: LNode): string[] {
  return node.kind === "map" ? node.entries.map((e) => e.key) : [];
}

/** The parameter a node is exactly (`Ref P`, `Fn::Sub "${P}"`), else undefined. */
export function directParameter(node: LNode): string | undefined {
  const only = node.kind === "map" && node.entries.length === 1 ? node.entries[0] : undefined;
  if (only?.value.kind !== "scalar" || typeof only.value.value !== "string") return undefined;
  if (only.key === "Ref") return only.value.value;
  const m = only.key === "Fn::Sub" ? /^\$\{([^!}][^}]*)\}$/.exec(only.value.value) : null;
  return m?.[1]?.trim();
}

function literalText(node: LNode): string | undefined {
  if (node.kind !== "scalar" || node.value === null) return undefined;
  return String(node.value);
}

/** Names read by Ref or `${Name}` anywhere inside a node. */
function parametersIn(node: LNode): string[] {
  const names = new Set<string>();
  walk(node, (fn, arg) => {
    if (fn === "Ref" && arg.kind === "scalar" && typeof arg.value === "string") names.add(arg.value);
    if (fn !== "Fn::Sub") return;
    const text = arg.kind === "seq" ? arg.items[0] : arg;
    if (text?.kind !== "scalar" || typeof text.value !== "string") return;
    for (const m of text.value.matchAll(SUB_NAME)) names.add((m[1] ?? "").trim());
  });
  return [...names];
}

/**
 * The parameters that decide something about one resource: those its Condition reads, and
 * those read by the conditions of its Fn::If and by its Fn::FindInMap keys (through conditions
 * built on conditions). Only these split the resource into variants; a parameter it merely
 * uses as a value keeps its Default there (design.md: a default is the guess for a value).
 */
export function parametersDeciding(template: Template, resource: LNode): Set<string> {
  const params = new Set<string>();
  const seen = new Set<string>();
  const condition = (name: LNode | undefined): void => {
    const text = name?.kind === "scalar" && typeof name.value === "string" ? name.value : undefined;
    const node = text === undefined || seen.has(text) ? undefined : template.conditions.get(text);
    if (text === undefined || !node) return;
    seen.add(text);
    for (const p of parametersIn(node)) params.add(p);
    walk(node, (fn, arg) => {
      if (fn === "Condition") condition(arg);
    });
  };
  if (resource.kind === "map") condition(resource.entries.find((e) => e.key === "Condition")?.value);
  walk(resource, (fn, arg) => {
    if (fn === "Fn::If" && arg.kind === "seq") condition(arg.items[0]);
    if (fn === "Fn::FindInMap" && arg.kind === "seq")
      for (const key of arg.items.slice(1, 3)) for (const p of parametersIn(key)) params.add(p);
  });
  return params;
}

/** Calls `visit(fn, argument)` for every one-key map whose key is an intrinsic, depth first. */
function walk(node: LNode, visit: (fn: string, arg: LNode) => void): void {
  const stack: LNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as LNode;
    if (n.kind === "seq") stack.push(...n.items);
    else if (n.kind === "map") {
      const only = n.entries.length === 1 ? n.entries[0] : undefined;
      const intrinsic =
        only && (only.key === "Ref" || only.key === "Condition" || only.key.startsWith("Fn::"));
      if (only && intrinsic) visit(only.key, only.value);
      for (const e of n.entries) stack.push(e.value);
    }
  }
}

/** The values an open deciding parameter takes, one variant each; `other` is its index of "any other value". */
export interface ParameterChoice {
  values: unknown[];
  labels: string[];
  /** The values the template names (texts), which "any other value" is none of. */
  named: string[];
  other?: number;
}

export function parameterKey(name: string): string {
  return `param:${name}`;
}

/**
 * Values in variant order: the Default first (the first variant is the default deploy), then
 * AllowedValues, or else the literals the template compares it with and the keys it looks up,
 * then "any other value" (an unresolved token) where nothing restricts it.
 */
export function choicesOf(
  name: string,
  type: string,
  allowed: string[] | undefined,
  base: unknown,
  deciding: DecidingParameter,
): ParameterChoice {
  const token = unresolved(`Ref ${name}`);
  const isList = type === "CommaDelimitedList" || type.startsWith("List<");
  const values: unknown[] = [];
  const push = (v: unknown): void => {
    if (!values.some((x) => JSON.stringify(x) === JSON.stringify(v))) values.push(v);
  };
  const hasBase = base !== token && !(typeof base === "string" && isWholeUnresolved(base));
  if (isList) {
    // A list is compared as a whole: its Default, or anything else.
    if (hasBase) push(base);
  } else if (allowed) {
    if (hasBase && allowed.includes(String(base))) push(base);
    for (const v of allowed) push(v);
  } else {
    if (hasBase) push(base);
    for (const v of deciding.literals) push(v);
  }
  const named = values.map((v) => (Array.isArray(v) ? v.join(",") : String(v)));
  const choice: ParameterChoice = {
    values,
    named,
    labels: named.map((v) => `${name} = ${JSON.stringify(v)}`),
  };
  if (isList || deciding.other || values.length === 0) {
    choice.other = values.length;
    values.push(token);
    choice.labels.push(`${name} is another value`);
  }
  return choice;
}
