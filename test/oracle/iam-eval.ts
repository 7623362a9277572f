/**
 * A small, independent IAM policy evaluator used as the oracle of the differential test. Written
 * from the IAM documentation only (it imports nothing from src/):
 * - evaluation: an explicit Deny wins, else an Allow allows, else implicit deny
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 * - Condition: operators AND-ed, keys of one operator AND-ed, values of one key OR-ed
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 * - key names case-insensitive, values per operator
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 * - operators, …IfExists (true when the key is absent), Null, a missing key makes a positive
 *   operator false; negated operators are true when the key is absent
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html
 * - ForAnyValue (false when the key is absent) / ForAllValues (true when absent)
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 *
 * - federated callers: the Federated principal names the provider; the token's claims are the
 *   context keys `<issuer>:<claim>` (only sub, aud and a few others are passed on)
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif
 *
 * Scope: resource policies with Principal, Action, Resource and String/Arn/Bool/Null conditions.
 * ARN operators are matched as globs over the whole ARN (enough for the generated values).
 */

export type Probe =
  | { kind: "aws"; account: string; arn: string }
  | { kind: "anonymous" }
  | { kind: "service"; service: string }
  /** A caller holding a token of an identity provider (AssumeRoleWithWebIdentity / WithSAML). */
  | { kind: "federated"; provider: string };

export interface Request {
  probe: Probe;
  action: string;
  resource: string;
  /** Context keys (lower-cased names) -> values; absent keys are not in the map. */
  context: Map<string, string[]>;
}

type Json = unknown;

function asList(v: Json): Json[] {
  return Array.isArray(v) ? v : [v];
}

function glob(pattern: string, value: string, ignoreCase = false): boolean {
  const p = ignoreCase ? pattern.toLowerCase() : pattern;
  const v = ignoreCase ? value.toLowerCase() : value;
  const re = new RegExp(
    `^${p
      .split("")
      .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("")}$`,
    "s",
  );
  return re.test(v);
}

function principalMatches(principal: Json, probe: Probe): boolean {
  if (principal === "*") return true;
  if (typeof principal !== "object" || principal === null) return false;
  for (const [key, raw] of Object.entries(principal as Record<string, Json>)) {
    for (const v of asList(raw)) {
      if (typeof v !== "string") continue;
      if (key === "AWS") {
        if (v === "*") return true; // every principal, anonymous included
        if (probe.kind !== "aws") continue;
        if (/^\d{12}$/.test(v) || v === `arn:aws:iam::${probe.account}:root`) {
          if (v === probe.account || v === `arn:aws:iam::${probe.account}:root`) return true;
          continue;
        }
        if (v === probe.arn) return true;
      } else if (key === "Service") {
        if (probe.kind === "service" && v === probe.service) return true;
      } else if (key === "Federated") {
        // The provider's ARN (or the web-identity literal) the token was exchanged through.
        if (probe.kind === "federated" && v === probe.provider) return true;
      }
    }
  }
  return false;
}

function actionMatches(stmt: Record<string, Json>, action: string): boolean {
  if (stmt.Action !== undefined)
    return asList(stmt.Action).some((a) => typeof a === "string" && glob(a, action, true));
  if (stmt.NotAction !== undefined)
    return !asList(stmt.NotAction).some((a) => typeof a === "string" && glob(a, action, true));
  return false;
}

function resourceMatches(stmt: Record<string, Json>, resource: string): boolean {
  if (stmt.Resource === undefined && stmt.NotResource === undefined) return true;
  if (stmt.Resource !== undefined)
    return asList(stmt.Resource).some((r) => typeof r === "string" && glob(r, resource));
  return !asList(stmt.NotResource).some((r) => typeof r === "string" && glob(r, resource));
}

interface Op {
  set: "" | "any" | "all";
  base: string;
  ifExists: boolean;
}

function parseOp(raw: string): Op | null {
  let s = raw;
  let set: Op["set"] = "";
  if (s.startsWith("ForAnyValue:")) {
    set = "any";
    s = s.slice("ForAnyValue:".length);
  } else if (s.startsWith("ForAllValues:")) {
    set = "all";
    s = s.slice("ForAllValues:".length);
  }
  let ifExists = false;
  if (s.endsWith("IfExists")) {
    ifExists = true;
    s = s.slice(0, -"IfExists".length);
  }
  const known = [
    "StringEquals",
    "StringNotEquals",
    "StringEqualsIgnoreCase",
    "StringNotEqualsIgnoreCase",
    "StringLike",
    "StringNotLike",
    "ArnEquals",
    "ArnLike",
    "ArnNotEquals",
    "ArnNotLike",
    "Bool",
    "Null",
  ];
  return known.includes(s) ? { set, base: s, ifExists } : null;
}

/** One request value against the policy values (OR), for a non-set operator. */
function matchOne(base: string, value: string, policyValues: string[]): boolean {
  switch (base) {
    case "StringEquals":
      return policyValues.some((p) => p === value);
    case "StringNotEquals":
      return !policyValues.some((p) => p === value);
    case "StringEqualsIgnoreCase":
      return policyValues.some((p) => p.toLowerCase() === value.toLowerCase());
    case "StringNotEqualsIgnoreCase":
      return !policyValues.some((p) => p.toLowerCase() === value.toLowerCase());
    case "StringLike":
    case "ArnEquals":
    case "ArnLike":
      return policyValues.some((p) => glob(p, value));
    case "StringNotLike":
    case "ArnNotEquals":
    case "ArnNotLike":
      return !policyValues.some((p) => glob(p, value));
    case "Bool":
      return policyValues.some((p) => p.toLowerCase() === value.toLowerCase());
    default:
      return false;
  }
}

const NEGATED = new Set([
  "StringNotEquals",
  "StringNotEqualsIgnoreCase",
  "StringNotLike",
  "ArnNotEquals",
  "ArnNotLike",
]);

function keyCondition(op: Op, key: string, raw: Json, context: Map<string, string[]>): boolean {
  const policyValues = asList(raw).map((v) => String(v));
  // Key names compare case-insensitively, nothing else (ASCII).
  const values = context.get(key.replace(/[A-Z]/g, (c) => c.toLowerCase()));
  if (op.base === "Null") {
    const absent = values === undefined;
    return policyValues.some((p) => (p.toLowerCase() === "true") === absent);
  }
  if (values === undefined || values.length === 0) {
    if (op.ifExists) return true;
    if (op.set === "all") return true;
    if (op.set === "any") return false;
    return NEGATED.has(op.base);
  }
  if (op.set === "any") return values.some((v) => matchOne(op.base, v, policyValues));
  if (op.set === "all") return values.every((v) => matchOne(op.base, v, policyValues));
  return matchOne(op.base, values[0]!, policyValues);
}

function conditionHolds(condition: Json, context: Map<string, string[]>): boolean {
  if (condition === undefined) return true;
  if (typeof condition !== "object" || condition === null) return false;
  for (const [opText, block] of Object.entries(condition as Record<string, Json>)) {
    const op = parseOp(opText);
    if (!op || typeof block !== "object" || block === null) return false;
    for (const [key, raw] of Object.entries(block as Record<string, Json>)) {
      if (!keyCondition(op, key, raw, context)) return false;
    }
  }
  return true;
}

/** Is the request allowed by this resource policy alone? */
export function evaluate(policy: { Statement: Record<string, Json>[] }, request: Request): boolean {
  let allowed = false;
  for (const stmt of policy.Statement) {
    if (!principalMatches(stmt.Principal, request.probe)) continue;
    if (!actionMatches(stmt, request.action)) continue;
    if (!resourceMatches(stmt, request.resource)) continue;
    if (!conditionHolds(stmt.Condition, request.context)) continue;
    if (stmt.Effect === "Deny") return false;
    if (stmt.Effect === "Allow") allowed = true;
  }
  return allowed;
}
