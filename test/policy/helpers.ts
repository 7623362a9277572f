import type { Zone } from "../../src/model/types.js";
import { analyzePolicy } from "../../src/policy/index.js";
import type { PolicyAnalysis, PolicyContext, PolicyGrant } from "../../src/policy/types.js";

/** The zone used by grant-model §3.6 and §9: account 111111111111, org o-own0000000. */
export const ZONE: Zone = {
  accounts: ["111111111111"],
  organizations: ["o-own0000000"],
  orgPaths: [],
  expressions: [],
  githubOrgs: [],
};

export function ctx(extra: Partial<PolicyContext> = {}, zone: Partial<Zone> = {}): PolicyContext {
  return { zone: { ...ZONE, ...zone }, trustPolicy: false, ...extra };
}

/** A one-statement policy. */
export function policy(statement: Record<string, unknown>): Record<string, unknown> {
  return { Version: "2012-10-17", Statement: [statement] };
}

export function allow(
  principal: unknown,
  condition?: Record<string, unknown>,
  action: unknown = "s3:GetObject",
) {
  const s: Record<string, unknown> = { Effect: "Allow", Principal: principal, Action: action, Resource: "*" };
  if (condition !== undefined) s.Condition = condition;
  return policy(s);
}

export function analyze(doc: unknown, c: PolicyContext = ctx()): PolicyAnalysis {
  return analyzePolicy(doc, c);
}

/** The grants of a document, asserting that it produced no errors. */
export function grants(doc: unknown, c: PolicyContext = ctx()): PolicyGrant[] {
  const r = analyzePolicy(doc, c);
  if (r.errors.length > 0) throw new Error(`unexpected errors: ${r.errors.join("; ")}`);
  return r.grants;
}

/** The one grant of a document. */
export function only(doc: unknown, c: PolicyContext = ctx()): PolicyGrant {
  const g = grants(doc, c);
  if (g.length !== 1) throw new Error(`expected one grant, got ${g.length}: ${JSON.stringify(g)}`);
  return g[0]!;
}

/** The fields most tests assert. */
export function brief(g: PolicyGrant) {
  return {
    type: g.principal.type,
    id: g.principal.id,
    accountId: g.principal.accountId,
    classification: g.classification,
    subkind: g.subkind,
  };
}
