/**
 * Conditions: three-valued evaluation (true, false, or null = unknown). A condition is known when
 * every input resolves: supplied parameters, the value this variant chose for an open parameter
 * (resolve.ts), a Default only where no variant is enumerated. Inside a variant, a condition that
 * the variant already decided (Fn::If on it, or the resource's own Condition) takes that value,
 * so conditions built on it follow.
 */
import { hasToken } from "../../model/symbolic.js";
import { exprText, type LNode, toPlain } from "./located.js";
import type { Resolver } from "./resolve.js";
import { type Ctx, NO_VALUE, type Resolved } from "./resolved.js";

export function conditionKey(name: string): string {
  return `cond:${name}`;
}

export function evalCondition(r: Resolver, name: string, ctx: Ctx, line: number): boolean | null {
  const decided = ctx.run?.decision(conditionKey(name));
  if (decided !== undefined) return decided === null ? null : decided === 0;
  const memo = ctx.conditionMemo.get(name);
  if (memo !== undefined) return memo;
  const node = r.template.conditions.get(name);
  if (!node) {
    r.error(line, `unknown condition ${name}`);
    return null;
  }
  if (ctx.conditionStack.includes(name)) {
    const cycle = [...ctx.conditionStack.slice(ctx.conditionStack.indexOf(name)), name].join(" -> ");
    r.error(node.line, `circular reference between conditions: ${cycle}`);
    return null;
  }
  ctx.conditionStack.push(name);
  let value: boolean | null;
  try {
    value = evalConditionExpr(r, node, ctx, 0);
  } finally {
    ctx.conditionStack.pop();
  }
  // Only known values are final: an unknown one may become known once the variant decides more.
  if (value !== null) ctx.conditionMemo.set(name, value);
  return value;
}

export function evalConditionExpr(r: Resolver, node: LNode, ctx: Ctx, depth: number): boolean | null {
  if (node.kind === "scalar") {
    if (typeof node.value === "boolean") return node.value;
    if (node.value === "true" || node.value === "false") return node.value === "true";
  }
  const only = node.kind === "map" && node.entries.length === 1 ? node.entries[0] : undefined;
  if (!only) {
    r.error(node.line, `not a condition: ${exprText(node)}`);
    return null;
  }
  const args = only.value.kind === "seq" ? only.value.items : [only.value];
  switch (only.key) {
    case "Condition": {
      const name = only.value.kind === "scalar" ? only.value.value : null;
      if (typeof name !== "string") {
        r.error(node.line, `Condition needs a condition name, found ${exprText(only.value)}`);
        return null;
      }
      return evalCondition(r, name, ctx, node.line);
    }
    case "Fn::Equals": {
      const [a, b] = args;
      if (args.length !== 2 || !a || !b) {
        r.error(node.line, `Fn::Equals needs two values, found ${exprText(only.value)}`);
        return null;
      }
      const frozen: Ctx = { ...ctx, frozen: true };
      const va = r.resolve(a, frozen, depth + 1);
      const vb = r.resolve(b, frozen, depth + 1);
      // "Any other value" of a parameter is none of the values the template names.
      if (excluded(r, va, vb, ctx) || excluded(r, vb, va, ctx)) return false;
      return equals(va, vb);
    }
    case "Fn::Not": {
      const [a] = args;
      if (args.length !== 1 || !a) {
        r.error(node.line, `Fn::Not needs one condition, found ${exprText(only.value)}`);
        return null;
      }
      const v = evalConditionExpr(r, a, ctx, depth + 1);
      return v === null ? null : !v;
    }
    case "Fn::And":
    case "Fn::Or": {
      const isAnd = only.key === "Fn::And";
      let unknown = false;
      for (const a of args) {
        const v = evalConditionExpr(r, a, ctx, depth + 1);
        if (v === null) unknown = true;
        else if (v !== isAnd) return v;
      }
      return unknown ? null : isAnd;
    }
    default:
      r.error(node.line, `${only.key} cannot be used in a condition`);
      return null;
  }
}

function excluded(r: Resolver, value: Resolved, literal: Resolved, ctx: Ctx): boolean {
  const text = r.text(literal);
  if (text === undefined || hasToken(text)) return false;
  return r.namedValuesExcluded(r.text(value), ctx)?.includes(text) ?? false;
}

function equals(a: Resolved, b: Resolved): boolean | null {
  const ta = a === NO_VALUE ? "" : JSON.stringify(toPlain(a));
  const tb = b === NO_VALUE ? "" : JSON.stringify(toPlain(b));
  // The same text is equal even when it holds tokens: the same unknown equals itself.
  if (ta === tb) return true;
  if (hasToken(ta) || hasToken(tb)) return null;
  // CloudFormation compares text: 5 equals "5".
  const sa = a !== NO_VALUE && a.kind === "scalar" ? String(a.value) : ta;
  const sb = b !== NO_VALUE && b.kind === "scalar" ? String(b.value) : tb;
  return sa === sb;
}
