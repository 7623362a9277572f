/**
 * A template's Rules section: assertions over parameters that CloudFormation checks before a
 * deploy. An assertion that always applies (no RuleCondition) and says a parameter is one of some
 * values (Fn::Contains [[...], Ref P], Fn::Equals [Ref P, v]) restricts the parameter like
 * AllowedValues: combinations it rules out cannot be deployed, so they need not be reported.
 * Rules under a RuleCondition are left alone: whether they apply depends on the deploy.
 */
import { field, type LNode } from "./located.js";

/** Parameter name -> the values its unconditional assertions allow. */
export function ruleRestrictions(rules: LNode | undefined): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (rules?.kind !== "map") return out;
  for (const rule of rules.entries) {
    if (rule.value.kind !== "map" || field(rule.value, "RuleCondition") !== undefined) continue;
    const assertions = field(rule.value, "Assertions");
    if (assertions?.kind !== "seq") continue;
    for (const assertion of assertions.items) {
      const found = restriction(field(assertion, "Assert"));
      if (!found) continue;
      const known = out.get(found.name);
      out.set(found.name, known ? known.filter((v) => found.values.includes(v)) : found.values);
    }
  }
  return out;
}

function restriction(node: LNode | undefined): { name: string; values: string[] } | undefined {
  const only = node?.kind === "map" && node.entries.length === 1 ? node.entries[0] : undefined;
  if (only?.value.kind !== "seq" || only.value.items.length !== 2) return undefined;
  const [a, b] = only.value.items as [LNode, LNode];
  if (only.key === "Fn::Contains") {
    const name = refName(b);
    const values = a.kind === "seq" ? a.items.map(text) : [];
    if (name === undefined || values.length === 0 || values.some((v) => v === undefined)) return undefined;
    return { name, values: values as string[] };
  }
  if (only.key === "Fn::Equals") {
    for (const [ref, value] of [
      [a, b],
      [b, a],
    ] as const) {
      const name = refName(ref);
      const literal = text(value);
      if (name !== undefined && literal !== undefined) return { name, values: [literal] };
    }
  }
  return undefined;
}

function refName(node: LNode): string | undefined {
  const ref = field(node, "Ref");
  return node.kind === "map" &&
    node.entries.length === 1 &&
    ref?.kind === "scalar" &&
    typeof ref.value === "string"
    ? ref.value
    : undefined;
}

function text(node: LNode): string | undefined {
  return node.kind === "scalar" && node.value !== null ? String(node.value) : undefined;
}
