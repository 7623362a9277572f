/**
 * Condition blocks (grant-model §3.1-§3.4): operator parsing, and the identity constraints an
 * Allow statement's Condition puts on its principals. Each constraint is one AND-ed predicate over
 * one dimension (account, organization, org path, principal ARN, …) whose values are OR-ed; every
 * value is tested against the zone of trust.
 */

import { hasToken, renderText } from "../model/symbolic.js";
import { hasWildcard } from "./arn.js";
import { type ConstraintValue, type Dim, evaluateValue, type ValueContext } from "./condition-values.js";
import { formatPath, isObject, type Path } from "./shape.js";

export type OperatorCategory = "positive" | "negated" | "bool" | "null" | "ip" | "notip" | "other";

export interface ParsedOperator {
  /** Lower case, without qualifier and IfExists, e.g. "stringequals". */
  base: string;
  qualifier: "" | "forallvalues" | "foranyvalue";
  ifExists: boolean;
  category: OperatorCategory;
}

const POSITIVE = new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike"]);
const NEGATED = new Set([
  "stringnotequals",
  "stringnotequalsignorecase",
  "stringnotlike",
  "arnnotequals",
  "arnnotlike",
]);

/**
 * ASCII-only lower case. Condition key names are case-insensitive ("aws:SourceIP" is
 * "AWS:SourceIp", https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html),
 * and nothing more: no trimming, no Unicode case folding (U+212A KELVIN SIGN is not "k").
 */
export function asciiLower(s: string): string {
  return s.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Operator names are treated case-insensitively (grant-model §3.1, [UNCERTAIN]); an operator with
 * any other difference (surrounding spaces, a no-break space) is not a known operator.
 */
export function parseOperator(raw: string): ParsedOperator {
  let s = asciiLower(raw);
  let qualifier: ParsedOperator["qualifier"] = "";
  if (s.startsWith("forallvalues:")) {
    qualifier = "forallvalues";
    s = s.slice("forallvalues:".length);
  } else if (s.startsWith("foranyvalue:")) {
    qualifier = "foranyvalue";
    s = s.slice("foranyvalue:".length);
  }
  let ifExists = false;
  if (s.endsWith("ifexists") && s !== "ifexists") {
    ifExists = true;
    s = s.slice(0, -"ifexists".length);
  }
  let category: OperatorCategory = "other";
  if (POSITIVE.has(s)) category = "positive";
  else if (NEGATED.has(s)) category = "negated";
  else if (s === "bool") category = "bool";
  else if (s === "null") category = "null";
  else if (s === "ipaddress") category = "ip";
  else if (s === "notipaddress") category = "notip";
  return { base: s, qualifier, ifExists, category };
}

/** One (operator, key) pair of a Condition block. */
export interface ConditionEntry {
  operatorText: string;
  operator: ParsedOperator;
  key: string;
  /** Lower-cased key (condition keys are case-insensitive). */
  keyLower: string;
  values: unknown[];
  /** The key's value was written as an array (value paths then carry an index). */
  hasArray: boolean;
  path: Path;
}

/** Flatten a Condition block; shape problems go to `problems`. */
export function conditionEntries(condition: unknown, path: Path, problems: string[]): ConditionEntry[] {
  if (condition === undefined || condition === null) return [];
  if (!isObject(condition)) {
    problems.push(`Condition at ${formatPath(path)} is not an object; ignored (no narrowing)`);
    return [];
  }
  const out: ConditionEntry[] = [];
  for (const [op, block] of Object.entries(condition)) {
    if (!isObject(block)) {
      problems.push(
        `Condition operator "${renderText(op)}" at ${formatPath(path)} does not hold an object; ignored`,
      );
      continue;
    }
    const operator = parseOperator(op);
    for (const [key, value] of Object.entries(block)) {
      out.push({
        operatorText: op,
        operator,
        key,
        // Exactly the key as written, compared case-insensitively: a key with a trailing no-break
        // space or other junk is not a known key and never narrows.
        keyLower: asciiLower(key),
        values: Array.isArray(value) ? value : [value],
        hasArray: Array.isArray(value),
        path: [...path, op, key],
      });
    }
  }
  return out;
}

/** When the key is in the request context: always, on every signed request, or only sometimes. */
type Presence = "always" | "signed" | "optional";

interface KeyInfo {
  dim: Dim;
  presence: Presence;
  /**
   * A service-specific key: in the request context only of that service's actions (e.g.
   * kms:CallerAccount only on kms:* requests). On any other action the key is absent, so an
   * `…IfExists` predicate on it is true for every caller.
   */
  service?: string;
}

export const IDENTITY_KEYS: ReadonlyMap<string, KeyInfo> = new Map<string, KeyInfo>([
  // In every authenticated request, not in anonymous ones (API Gateway's key table: "Needs AuthN?
  // Yes", https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-resource-policies-aws-condition-keys.html):
  // with IfExists it does not narrow `*`, which admits anonymous callers (found by the differential test).
  ["aws:principalaccount", { dim: "account", presence: "signed" }],
  // On KMS requests of signed AWS principals; whether a service principal's request carries it is
  // not documented, so with IfExists it narrows named principals only, never `*`.
  ["kms:calleraccount", { dim: "account", presence: "signed", service: "kms" }],
  ["aws:principalorgid", { dim: "org", presence: "optional" }],
  ["aws:principalorgpaths", { dim: "orgPath", presence: "optional" }],
  ["aws:principalarn", { dim: "principalArn", presence: "signed" }],
  ["aws:userid", { dim: "userId", presence: "always" }],
  ["aws:sourceaccount", { dim: "sourceAccount", presence: "optional" }],
  ["aws:sourceowner", { dim: "sourceAccount", presence: "optional" }],
  ["aws:sourcearn", { dim: "sourceArn", presence: "optional" }],
  ["aws:sourceorgid", { dim: "sourceOrg", presence: "optional" }],
  ["aws:sourceorgpaths", { dim: "sourceOrgPath", presence: "optional" }],
  ["lambda:eventsourcetoken", { dim: "eventSourceToken", presence: "optional", service: "lambda" }],
  ["s3:dataaccesspointaccount", { dim: "accessPointAccount", presence: "optional", service: "s3" }],
  ["s3:dataaccesspointarn", { dim: "accessPointArn", presence: "optional", service: "s3" }],
]);

/** Dimensions that describe the resource a service acts for (they narrow service principals). */
export const SOURCE_DIMS: ReadonlySet<Dim> = new Set<Dim>([
  "sourceAccount",
  "sourceArn",
  "sourceOrg",
  "sourceOrgPath",
  "eventSourceToken",
]);

const NETWORK_KEYS = new Set(["aws:sourceip", "aws:vpcsourceip", "aws:sourcevpc", "aws:sourcevpce"]);

/** Tightness of a dimension: lower is more specific (used to choose which constraint to report). */
const RANK: Record<Dim, number> = {
  principalArn: 1,
  userId: 2,
  eventSourceToken: 2,
  account: 3,
  sourceAccount: 3,
  accessPointAccount: 3,
  sourceArn: 3,
  accessPointArn: 3,
  orgPath: 4,
  sourceOrgPath: 4,
  org: 5,
  sourceOrg: 5,
};

export interface Constraint {
  dim: Dim;
  key: string;
  keyLower: string;
  /** Only narrows for signed requests (aws:PrincipalArn with IfExists): not for anonymous `*`. */
  signedOnly: boolean;
  values: ConstraintValue[];
  path: Path;
}

export interface FederatedClaim {
  keyLower: string;
  values: unknown[];
  hasArray: boolean;
  path: Path;
}

/** What a statement's Condition says about who may use it. */
export interface ConditionSummary {
  constraints: Constraint[];
  /** A positive network predicate (SourceIp, SourceVpc, SourceVpce, VpcSourceIp). */
  network: boolean;
  /** Bool aws:PrincipalIsAWSService true. */
  serviceOnly: boolean;
  viaService: boolean;
  externalId: boolean;
  /** Positive predicates on federation claims (`<issuer>:sub`, `cognito-identity.amazonaws.com:aud`, …), by key. */
  claims: Map<string, FederatedClaim[]>;
  /** Every federation claim key the Condition mentions (any operator), lower case. */
  claimKeys: Set<string>;
  /** Informational notes (ignored predicates). */
  notes: string[];
}

/** The Action / NotAction of the statement a Condition belongs to (decides key presence). */
export interface StatementActions {
  actions: readonly string[] | null;
  notActions: readonly string[] | null;
}

/** Is every action of the statement an action of `service` (so its service keys are present)? */
function onlyServiceActions(service: string, sa: StatementActions | undefined): boolean {
  if (!sa || sa.notActions !== null || sa.actions === null || sa.actions.length === 0) return false;
  return sa.actions.every((a) => {
    if (hasToken(a)) return false;
    const colon = a.indexOf(":");
    return colon > 0 && asciiLower(a.slice(0, colon)) === service;
  });
}

export function summarizeConditions(
  entries: ConditionEntry[],
  ctx: ValueContext,
  statementActions?: StatementActions,
): ConditionSummary {
  const out: ConditionSummary = {
    constraints: [],
    network: false,
    serviceOnly: false,
    viaService: false,
    externalId: false,
    claims: new Map(),
    claimKeys: new Set(),
    notes: [],
  };
  for (const e of entries) {
    const op = e.operator;
    if (e.keyLower === "kms:viaservice") out.viaService = true;
    if (e.keyLower === "sts:externalid") out.externalId = true;
    if (e.keyLower === "aws:principalisawsservice") {
      if (op.category === "bool" && !op.ifExists && op.qualifier !== "forallvalues" && e.values.length > 0) {
        if (
          e.values.every((v) => v === true || (typeof v === "string" && v.trim().toLowerCase() === "true"))
        ) {
          out.serviceOnly = true;
        }
      }
      continue;
    }
    if (NETWORK_KEYS.has(e.keyLower)) {
      if (
        (op.category === "positive" || op.category === "ip") &&
        op.qualifier !== "forallvalues" &&
        e.values.length > 0
      ) {
        if (!op.ifExists || e.keyLower === "aws:sourceip") out.network = true;
      }
      continue;
    }
    const info = IDENTITY_KEYS.get(e.keyLower);
    if (info) {
      const c = constraintFrom(e, info, ctx, out.notes, statementActions);
      if (c) out.constraints.push(c);
      continue;
    }
    if (isClaimKey(e.keyLower)) {
      out.claimKeys.add(e.keyLower);
      if (op.category === "positive" && op.qualifier !== "forallvalues" && !op.ifExists) {
        const list = out.claims.get(e.keyLower) ?? [];
        list.push({ keyLower: e.keyLower, values: e.values, hasArray: e.hasArray, path: e.path });
        out.claims.set(e.keyLower, list);
      }
    }
  }
  return out;
}

/** `<host>:<claim>` keys of web-identity / OIDC / SAML federation. */
function isClaimKey(keyLower: string): boolean {
  const colon = keyLower.lastIndexOf(":");
  if (colon <= 0) return false;
  const prefix = keyLower.slice(0, colon);
  return prefix === "saml" || prefix.includes(".");
}

function constraintFrom(
  e: ConditionEntry,
  info: KeyInfo,
  ctx: ValueContext,
  notes: string[],
  statementActions?: StatementActions,
): Constraint | null {
  const op = e.operator;
  const name = `${e.operatorText} ${e.key}`;
  if (op.category !== "positive") return null; // negated, Null, other: never narrow in an Allow
  if (op.qualifier === "forallvalues") {
    notes.push(`notNarrowing:${name} (ForAllValues is true when the key is absent)`);
    return null;
  }
  let signedOnly = false;
  if (op.ifExists) {
    // …IfExists is true when the key is absent from the request context
    // (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists):
    // it narrows only on a key present on every request of every action the statement allows.
    if (info.service !== undefined && !onlyServiceActions(info.service, statementActions)) {
      notes.push(
        `notNarrowing:${name} (the key is absent from requests of actions outside ${info.service}:*)`,
      );
      return null;
    }
    if (info.presence === "optional") {
      notes.push(`notNarrowing:${name} (the key is absent for some callers)`);
      return null;
    }
    signedOnly = info.presence === "signed";
  }
  if (e.values.length === 0) {
    notes.push(`notNarrowing:${name} (no values)`);
    return null;
  }
  const values: ConstraintValue[] = [];
  const exact = op.base === "stringequals" || op.base === "stringequalsignorecase";
  let matchesNothing = 0;
  for (let i = 0; i < e.values.length; i++) {
    const raw = e.values[i];
    const path = e.hasArray ? [...e.path, i] : e.path;
    if (exact && typeof raw === "string" && hasWildcard(raw)) {
      // StringEquals compares exactly: `*` and `?` are literal characters there, and no account,
      // organization, ARN or id contains them. Such a member admits no one; the other members of
      // the list still narrow to what they name (the values of one key are OR-ed).
      matchesNothing++;
      continue;
    }
    const v = evaluateValue(info.dim, raw, path, ctx);
    if (v === null) {
      notes.push(`notNarrowing:${name} (wildcard or invalid value)`);
      return null;
    }
    values.push(v);
  }
  if (values.length === 0) {
    // Every member was a literal wildcard: the statement admits no one. Left un-narrowed (fail
    // closed) rather than dropped, as before.
    notes.push(`notNarrowing:${name} (wildcard or invalid value)`);
    return null;
  }
  if (matchesNothing > 0) notes.push(`valueMatchesNothing:${name} (a wildcard under an exact operator)`);
  return { dim: info.dim, key: e.key, keyLower: e.keyLower, signedOnly, values, path: e.path };
}

export function allInside(c: Constraint): boolean {
  return c.values.length > 0 && c.values.every((v) => v.status === "inside");
}

/** The most specific constraint: lowest rank, then fewest values, then first written. */
export function tightest(cs: Constraint[]): Constraint | undefined {
  // A constraint naming resources of unknown owners says least about the caller's account; among
  // equally specific ones, a constraint whose values are all known is reported first.
  const rank = (c: Constraint) => {
    if (c.values.some((v) => v.ownerUnknown)) return 10;
    return RANK[c.dim] + (c.values.some((v) => v.status === "unresolved") ? 0.5 : 0);
  };
  let best: Constraint | undefined;
  for (const c of cs) {
    if (!best || rank(c) < rank(best) || (rank(c) === rank(best) && c.values.length < best.values.length)) {
      best = c;
    }
  }
  return best;
}
