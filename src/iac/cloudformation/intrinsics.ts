/**
 * The intrinsic functions other than Ref/GetAtt (grant-model §6.2). Each takes the function's
 * argument as written and returns the resolved value; a value that cannot be known becomes an
 * unresolved token naming the expression. Fn::If and Fn::FindInMap with unknown inputs are choice
 * points: the caller's run decides which option this variant takes.
 */
import { hasToken, renderText } from "../../model/symbolic.js";
import type { ChoicePoint } from "./choices.js";
import { conditionKey, evalCondition } from "./conditions.js";
import { directParameter } from "./deciding.js";
import {
  exprText,
  fromPlain,
  type LEntry,
  type LMap,
  type LNode,
  relocate,
  scalar,
  toPlain,
} from "./located.js";
import type { Resolver } from "./resolve.js";
import { type Ctx, NO_VALUE, type Resolved } from "./resolved.js";
import { splitOutsideTokens } from "./text.js";

export type Intrinsic = (r: Resolver, arg: LNode, node: LNode, ctx: Ctx, depth: number) => Resolved;

/** The option this variant takes at a choice point; null when it must stay unresolved. */
function choose(ctx: Ctx, point: ChoicePoint): number | null {
  const decided = ctx.run?.decision(point.key);
  if (decided !== undefined) return decided;
  if (ctx.frozen || !ctx.run) return null;
  return ctx.run.choose(point);
}

function argsOf(arg: LNode): LNode[] | undefined {
  return arg.kind === "seq" ? arg.items : undefined;
}

function bad(r: Resolver, node: LNode, message: string): Resolved {
  r.error(node.line, message);
  return r.unknown(exprText(node), node.line);
}

const fnIf: Intrinsic = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const name = args?.[0]?.kind === "scalar" ? args[0].value : undefined;
  if (args?.length !== 3 || typeof name !== "string") {
    return bad(r, node, `Fn::If needs [ConditionName, ValueIfTrue, ValueIfFalse], found ${exprText(arg)}`);
  }
  let value = evalCondition(r, name, ctx, node.line);
  if (value === null) {
    const key = conditionKey(name);
    const option = choose(ctx, { key, labels: [`${name} is true`, `${name} is false`] });
    if (option === null) return r.unknown(`Fn::If ${name}`, node.line);
    value = option === 0;
  }
  return r.resolve((value ? args[1] : args[2]) as LNode, ctx, depth + 1);
};

const SUB_VARIABLE = /\$\{([^}]*)\}/g;

const fnSub: Intrinsic = (r, arg, node, ctx, depth) => {
  let templateNode: LNode | undefined = arg;
  let variables: LMap | undefined;
  const args = argsOf(arg);
  if (args) {
    templateNode = args[0];
    const vars = args[1];
    if (vars?.kind === "map") variables = vars;
    else if (vars !== undefined || args.length !== 2) templateNode = undefined;
  }
  const template = templateNode ? r.text(r.resolve(templateNode, ctx, depth + 1)) : undefined;
  if (template === undefined) {
    return bad(r, node, `Fn::Sub needs a string or [String, {Variables}], found ${exprText(arg)}`);
  }
  const cache = new Map<string, string>();
  const variableText = (name: string): string => {
    const known = cache.get(name);
    if (known !== undefined) return known;
    const variable = variables?.entries.find((e) => e.key === name);
    let resolved: Resolved;
    if (variable) resolved = r.resolve(variable.value, ctx, depth + 1);
    else if (name.includes(".") && !name.startsWith("AWS::")) {
      const dot = name.indexOf(".");
      const getAtt: LNode = {
        kind: "map",
        entries: [
          {
            key: "Fn::GetAtt",
            keyLine: node.line,
            value: fromPlain([name.slice(0, dot), name.slice(dot + 1)], node.line),
          },
        ],
        line: node.line,
      };
      resolved = r.resolve(getAtt, ctx, depth + 1);
    } else resolved = r.refName(name, node.line, ctx);
    const text = subText(r, resolved, name, node);
    cache.set(name, text);
    return text;
  };
  const out = template.replace(SUB_VARIABLE, (_m, inner: string) =>
    inner.startsWith("!") ? `\${${inner.slice(1)}}` : variableText(inner.trim()),
  );
  const text = scalar(out, node.line);
  // Text of a literal block keeps its line map (substitutions rarely add lines).
  if (templateNode?.kind === "scalar" && templateNode.textLine !== undefined)
    text.textLine = templateNode.textLine;
  return r.resolve(text, ctx, depth + 1);
};

function subText(r: Resolver, value: Resolved, name: string, node: LNode): string {
  if (value === NO_VALUE) return "";
  if (value.kind === "scalar") return value.value === null ? "" : String(value.value);
  if (value.kind === "seq" && value.items.every((i) => i.kind === "scalar")) {
    return value.items.map((i) => String((i as { value: unknown }).value ?? "")).join(",");
  }
  r.error(node.line, `Fn::Sub variable \${${name}} is not a string`);
  return r.text(r.unknown(`Fn::Sub \${${name}}`, node.line)) ?? "";
}

const fnJoin: Intrinsic = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [delimNode, listNode] = args ?? [];
  if (args?.length !== 2 || !delimNode || !listNode) {
    return bad(r, node, `Fn::Join needs [Delimiter, [Values]], found ${exprText(arg)}`);
  }
  const delimiter = r.text(r.resolve(delimNode, ctx, depth + 1));
  const list = r.resolve(listNode, ctx, depth + 1);
  if (delimiter === undefined) return bad(r, node, "Fn::Join delimiter is not a string");
  if (list === NO_VALUE) return scalar("", node.line);
  // A list that is itself unknown (a List parameter without a value) stays that token.
  if (list.kind === "scalar" && typeof list.value === "string" && hasToken(list.value)) return list;
  if (list.kind !== "seq") return bad(r, node, `Fn::Join values are not a list: ${exprText(listNode)}`);
  const parts: string[] = [];
  for (const item of list.items) {
    const text = r.text(item);
    if (text === undefined) return bad(r, node, `Fn::Join value is not a string: ${exprText(item)}`);
    parts.push(text);
  }
  return scalar(parts.join(delimiter), node.line);
};

const fnSelect: Intrinsic = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [indexNode, listNode] = args ?? [];
  if (args?.length !== 2 || !indexNode || !listNode) {
    return bad(r, node, `Fn::Select needs [Index, [Values]], found ${exprText(arg)}`);
  }
  const indexText = r.text(r.resolve(indexNode, ctx, depth + 1));
  const list = r.resolve(listNode, ctx, depth + 1);
  const listHasToken = list !== NO_VALUE && hasToken(JSON.stringify(toPlain(list)));
  if (indexText === undefined || !/^\d+$/.test(indexText.trim())) {
    if (indexText !== undefined && hasToken(indexText)) return r.unknown(exprText(node), node.line);
    return bad(r, node, `Fn::Select index is not a number: ${exprText(indexNode)}`);
  }
  const index = Number(indexText.trim());
  if (list !== NO_VALUE && list.kind === "seq") {
    const item = list.items[index];
    if (item !== undefined) return item;
    if (listHasToken) return r.unknown(exprText(node), node.line);
    return bad(r, node, `Fn::Select index ${index} is out of range (${list.items.length} values)`);
  }
  if (listHasToken) return r.unknown(exprText(node), node.line);
  return bad(r, node, `Fn::Select values are not a list: ${exprText(listNode)}`);
};

const fnSplit: Intrinsic = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [delimNode, sourceNode] = args ?? [];
  if (args?.length !== 2 || !delimNode || !sourceNode) {
    return bad(r, node, `Fn::Split needs [Delimiter, String], found ${exprText(arg)}`);
  }
  const delimiter = r.text(r.resolve(delimNode, ctx, depth + 1));
  const source = r.text(r.resolve(sourceNode, ctx, depth + 1));
  if (delimiter === undefined || source === undefined) {
    return bad(r, node, `Fn::Split needs a string delimiter and source, found ${exprText(arg)}`);
  }
  // An unknown delimiter splits an unknown number of times: the list is unknown.
  if (hasToken(delimiter)) return r.unknown(exprText(node), node.line);
  if (delimiter === "") {
    // CloudFormation documents no meaning for an empty delimiter (a character split is an
    // implementation accident we should not rely on), so it is an error. With an unknown part in
    // the source the list is unknown as well: never split a token into its marker characters.
    if (hasToken(source)) return r.unknown(exprText(node), node.line);
    return bad(r, node, `Fn::Split delimiter is empty: ${exprText(arg)}`);
  }
  const items = splitOutsideTokens(source, delimiter).map((part) => scalar(part, node.line));
  return { kind: "seq", items, line: node.line };
};

/**
 * One level of a mapping lookup: the entry, a missing key, or null when left unresolved.
 * `chosen` says the key is a value this variant chose for an open parameter.
 */
type Lookup = { entry: LEntry } | { missing: string; chosen: boolean } | null;

function lookup(
  r: Resolver,
  level: LMap,
  keyNode: LNode,
  choiceName: string,
  accept: (e: LEntry) => boolean,
  ctx: Ctx,
  depth: number,
): Lookup {
  const key = r.text(r.resolve(keyNode, ctx, depth + 1));
  const chosen = r.chosenParameter(keyNode, ctx) !== undefined;
  if (key !== undefined && !hasToken(key)) {
    const entry = level.entries.find((e) => e.key === key);
    return entry ? { entry } : { missing: key, chosen };
  }
  // An unknown key (often Ref AWS::Region): every entry is possible, one variant each; "any
  // other value" of a parameter is none of the keys it was enumerated over.
  const excluded = r.namedValuesExcluded(key, ctx) ?? [];
  const candidates = level.entries.filter((e) => accept(e) && !excluded.includes(e.key));
  const bound = key === undefined ? undefined : ctx.mapKeys.get(key);
  const same = bound === undefined ? undefined : candidates.find((c) => c.key === bound);
  if (same) return { entry: same };
  if (candidates.length === 0) return { missing: renderText(key ?? exprText(keyNode)), chosen };
  const point = { key: `Fn::FindInMap ${choiceName}[${exprText(keyNode)}]`, labels: [] as string[] };
  const what = directParameter(keyNode) ?? exprText(keyNode);
  point.labels = candidates.map((c) => `${what} = ${JSON.stringify(c.key)}`);
  const option = choose(ctx, point);
  if (option === null) return null;
  const entry = candidates[option];
  if (entry && key !== undefined && bound === undefined) ctx.mapKeys.set(key, entry.key);
  return entry ? { entry } : null;
}

const fnFindInMap: Intrinsic = (r, arg, node, ctx, depth) => {
  const args = argsOf(arg);
  const [mapNameNode, topNode, secondNode, defaultNode] = args ?? [];
  if (!args || args.length < 3 || args.length > 4 || !mapNameNode || !topNode || !secondNode) {
    return bad(r, node, `Fn::FindInMap needs [MapName, TopLevelKey, SecondLevelKey], found ${exprText(arg)}`);
  }
  const fallback =
    defaultNode?.kind === "map" ? defaultNode.entries.find((e) => e.key === "DefaultValue") : undefined;
  const mapName = r.text(r.resolve(mapNameNode, ctx, depth + 1));
  if (mapName === undefined || hasToken(mapName)) return r.unknown(exprText(node), node.line);
  const map = r.template.mappings.get(mapName);
  if (map?.kind !== "map") return bad(r, node, `Fn::FindInMap: no mapping named ${mapName}`);
  const second = r.text(r.resolve(secondNode, ctx, depth + 1));
  const secondKnown = second !== undefined && !hasToken(second) ? second : undefined;
  const hasSecond = (e: LEntry): boolean =>
    e.value.kind === "map" &&
    (secondKnown === undefined || e.value.entries.some((x) => x.key === secondKnown));
  const missing = (key: string, chosen: boolean): Resolved => {
    if (fallback) return r.resolveAt(fallback.value, node.line, ctx, depth);
    // A value the deployer may pick but the mapping lacks: that deploy fails, so this variant
    // is no deploy at all (not an error of the template).
    if (chosen && ctx.run) {
      ctx.run.ruleOut();
      return r.unknown(exprText(node), node.line);
    }
    return bad(r, node, `Fn::FindInMap: mapping ${mapName} has no key ${key}`);
  };
  const top = lookup(r, map, topNode, mapName, hasSecond, ctx, depth);
  if (top === null) return r.unknown(exprText(node), node.line);
  if ("missing" in top) return missing(top.missing, top.chosen);
  if (top.entry.value.kind !== "map")
    return bad(r, node, `Fn::FindInMap: ${mapName}.${top.entry.key} is not a mapping`);
  const leaf = lookup(r, top.entry.value, secondNode, `${mapName}[${top.entry.key}]`, () => true, ctx, depth);
  if (leaf === null) return r.unknown(exprText(node), node.line);
  if ("missing" in leaf) {
    const chosen = leaf.chosen || r.chosenParameter(topNode, ctx) !== undefined;
    return missing(`${top.entry.key}.${leaf.missing}`, chosen);
  }
  return r.resolveAt(leaf.entry.value, node.line, ctx, depth);
};

const fnImportValue: Intrinsic = (r, arg, node, ctx, depth) => {
  const name = r.text(r.resolve(arg, ctx, depth + 1));
  if (name === undefined) return bad(r, node, `Fn::ImportValue needs an export name, found ${exprText(arg)}`);
  const exports = r.options.exports;
  if (!hasToken(name) && exports?.has(name))
    return relocate(fromPlain(exports.get(name), node.line), node.line);
  return r.unknown(`Fn::ImportValue ${renderText(name)}`, node.line);
};

const fnBase64: Intrinsic = (r, arg, _node, ctx, depth) => r.resolve(arg, ctx, depth + 1);

const fnToJsonString: Intrinsic = (r, arg, node, ctx, depth) => {
  const value = r.resolve(arg, ctx, depth + 1);
  if (value === NO_VALUE) return bad(r, node, "Fn::ToJsonString of AWS::NoValue");
  return scalar(JSON.stringify(toPlain(value)), node.line);
};

const fnLength: Intrinsic = (r, arg, node, ctx, depth) => {
  const value = r.resolve(arg, ctx, depth + 1);
  if (value !== NO_VALUE && value.kind === "seq") return scalar(value.items.length, node.line);
  return r.unknown(exprText(node), node.line);
};

/** Values that exist only at deploy time (AZs, CIDR blocks, macros): unknown, never an error. */
const deployTime: Intrinsic = (r, _arg, node) => r.unknown(exprText(node), node.line);

export const INTRINSICS: Readonly<Record<string, Intrinsic>> = {
  "Fn::If": fnIf,
  "Fn::Sub": fnSub,
  "Fn::Join": fnJoin,
  "Fn::Select": fnSelect,
  "Fn::Split": fnSplit,
  "Fn::FindInMap": fnFindInMap,
  "Fn::ImportValue": fnImportValue,
  "Fn::Base64": fnBase64,
  "Fn::ToJsonString": fnToJsonString,
  "Fn::Length": fnLength,
  "Fn::GetAZs": deployTime,
  "Fn::Cidr": deployTime,
  "Fn::Transform": deployTime,
};
