/**
 * analyzePolicy: one resource or trust policy document -> the grants it makes (grant-model §1-§3).
 * Never throws: unreadable input becomes an entry in `errors` (the caller reports it and fails
 * closed), unexpected shapes become errors or notes.
 */

import { setOwn } from "../model/objects.js";
import { hasToken, renderText, renderValue } from "../model/symbolic.js";
import type { Zone } from "../model/types.js";
import { admitsAction, federatedAssumeAction, outputActions, trustAdmits } from "./actions.js";
import { classifyPrincipal } from "./classify.js";
import { conditionEntries, summarizeConditions } from "./conditions.js";
import { type DenyGuard, guardEffect, guardFrom, unresolvedSurvivors } from "./deny-guards.js";
import { actionAppliesTo } from "./iam-actions.js";
import { parsePolicyJson } from "./json.js";
import type { Outcome } from "./outcome.js";
import { type Diagnostics, readStatements, type StatementView } from "./parse.js";
import { normalizePrincipal, PUBLIC_PRINCIPAL } from "./principal.js";
import { formatPath, isObject } from "./shape.js";
import type { IdentityProviderFact, PolicyAnalysis, PolicyContext, PolicyGrant } from "./types.js";

interface Pending {
  grant: PolicyGrant;
  outcome: Outcome;
  statement: StatementView;
}

export function analyzePolicy(doc: unknown, ctx: PolicyContext): PolicyAnalysis {
  try {
    return analyzeUnsafe(doc, sanitizeContext(ctx));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return { grants: [], errors: [`policy could not be analysed: ${reason}`] };
  }
}

/** Strings of a list; integers (an account id read as a YAML number) are stringified, never padded. */
function stringList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out: string[] = [];
  for (const x of v) {
    if (typeof x === "string") out.push(x);
    else if (typeof x === "number" && Number.isSafeInteger(x) && x >= 0) out.push(String(x));
  }
  return out;
}

/** Defensive copy: every zone list is an array of strings. */
function sanitizeContext(ctx: PolicyContext): PolicyContext {
  const z = (isObject(ctx) && isObject(ctx.zone) ? ctx.zone : {}) as Partial<Zone>;
  const zone: Zone = {
    accounts: stringList(z.accounts),
    organizations: stringList(z.organizations),
    orgPaths: stringList(z.orgPaths),
    expressions: stringList(z.expressions),
    githubOrgs: stringList(z.githubOrgs),
    identityProviders: stringList(z.identityProviders),
  };
  const out: PolicyContext = { zone, trustPolicy: isObject(ctx) && ctx.trustPolicy === true };
  if (isObject(ctx)) {
    if (typeof ctx.selfAccount === "string") out.selfAccount = ctx.selfAccount;
    if (typeof ctx.partition === "string") out.partition = ctx.partition;
    if (ctx.ownBucketNames !== undefined) out.ownBucketNames = stringList(ctx.ownBucketNames);
    if (ctx.ownCanonicalUserIds !== undefined) out.ownCanonicalUserIds = stringList(ctx.ownCanonicalUserIds);
    if (ctx.anyAccountVia !== undefined) out.anyAccountVia = stringList(ctx.anyAccountVia);
    if (isObject(ctx.identityProviders)) out.identityProviders = providerFacts(ctx.identityProviders);
  }
  return out;
}

/** Only well-formed provider facts, as own properties. */
function providerFacts(v: Record<string, unknown>): Record<string, IdentityProviderFact> {
  const out: Record<string, IdentityProviderFact> = Object.create(null);
  for (const [address, f] of Object.entries(v)) {
    if (!isObject(f) || (f.kind !== "oidc" && f.kind !== "saml")) continue;
    const fact: IdentityProviderFact = { kind: f.kind };
    if (typeof f.issuer === "string") fact.issuer = f.issuer;
    if (typeof f.name === "string") fact.name = f.name;
    out[address] = fact;
  }
  return out;
}

function analyzeUnsafe(doc: unknown, ctx: PolicyContext): PolicyAnalysis {
  const diag: Diagnostics = { errors: [], notes: [] };
  let value = doc;
  if (typeof doc === "string") {
    const parsed = parsePolicyJson(doc);
    if (!parsed.ok) return { grants: [], errors: [`invalid JSON in policy: ${parsed.error}`] };
    value = parsed.value;
    for (const d of parsed.duplicates)
      diag.errors.push(`${d} in policy; the values were merged (fail closed)`);
  }
  if (!isObject(value)) {
    const what = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    return { grants: [], errors: [`policy is not a JSON object (found ${what})`] };
  }

  const statements = readStatements(value, diag);
  const pending: Pending[] = [];
  for (const stmt of statements) {
    if (stmt.effect === "Allow") pending.push(...grantsOf(stmt, ctx, diag));
  }

  const guards = statements.map((s) => guardFrom(s, ctx)).filter((g): g is DenyGuard => g !== null);
  const kept = pending.filter((p) => applyGuards(p, guards, diag));

  const result: PolicyAnalysis = { grants: kept.map((p) => p.grant), errors: diag.errors };
  if (diag.notes.length > 0) result.notes = diag.notes;
  return result;
}

/** Apply the Deny guards to one grant; false when an unconditional Deny removes it. */
function applyGuards(p: Pending, guards: DenyGuard[], diag: Diagnostics): boolean {
  // The strongest effect wins: removed, then internal, then reachable only through services,
  // then reachable only by whom an unresolved value names.
  const rank = { removed: 0, internal: 1, service: 2, unresolved: 3 } as const;
  let best: { g: DenyGuard; effect: keyof typeof rank } | undefined;
  for (const g of guards) {
    const effect = guardEffect(g, p.outcome, p.statement);
    if (effect !== null && (!best || rank[effect] < rank[best.effect])) best = { g, effect };
  }
  if (!best) return true;
  const { g, effect } = best;
  if (effect === "removed") {
    diag.notes.push(
      `deniedByStatement:${g.label} (the grant of ${p.statement.label} to ${p.grant.principal.id} is denied to every caller)`,
    );
    return false;
  }
  const notes = p.grant.notes ?? [];
  notes.push(`narrowedByDeny:${g.label}`);
  if (g.incomplete) notes.push("guardIncomplete");
  delete p.grant.unresolved;
  const survivors = effect === "unresolved" ? unresolvedSurvivors(g) : null;
  if (survivors) {
    // Only callers the unresolved value names get in (and callers inside the zone): reported as
    // a grant to them, naming the value, as an Allow narrowed to it is.
    p.grant.principal = survivors.principal;
    p.grant.classification = "unresolved";
    delete p.grant.subkind;
    p.grant.unresolved = survivors.expressions;
  } else if (effect === "service") {
    // The guard exempts AWS service principals: a service acting for any account still gets in
    // (confused deputy, https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html).
    p.grant.principal = { type: "Service", id: "*", accountId: null };
    p.grant.classification = "service";
    p.grant.subkind = "any-service";
    notes.push("serviceExemptFromGuard", "confusedDeputyRisk");
  } else {
    p.grant.classification = "internal";
    p.grant.subkind = "deny-guarded";
  }
  p.grant.notes = [...new Set(notes)];
  return true;
}

/**
 * A statement none of whose actions can apply to any resource it names (s3:ListBucket on
 * arn:aws:s3:::b/*, objects only) grants nothing there (issue 18, through the IAM action table).
 */
function appliesToNone(stmt: StatementView): boolean {
  const actions = stmt.actions;
  const resources = stmt.resources;
  if (!actions?.length || stmt.notActions !== null || !resources?.length) return false;
  // Only an ARN can be ruled out; any other text (a placeholder, an expression) may be anything.
  return resources.every((r) => /^arn:/i.test(r.trim()) && actions.every((a) => !actionAppliesTo(a, r)));
}

/** The grants of one Allow statement (§3.5), before Deny guards. */
function grantsOf(stmt: StatementView, ctx: PolicyContext, diag: Diagnostics): Pending[] {
  const where = stmt.index === null ? "Statement" : `Statement[${stmt.index}]`;
  const name = stmt.label.startsWith("#") ? where : `${where} (${stmt.label})`;
  if (stmt.actions === null && stmt.notActions === null) {
    diag.errors.push(`${name} has no Action or NotAction; no grant`);
    return [];
  }
  if (stmt.actions !== null && stmt.notActions !== null) {
    diag.errors.push(`${name} has both Action and NotAction`);
  }
  if ((stmt.actions ?? []).length === 0 && (stmt.notActions ?? []).length === 0) {
    diag.errors.push(`${name} has an empty Action; no grant`);
    return [];
  }
  if (ctx.trustPolicy && !trustAdmits(stmt.actions, stmt.notActions)) {
    diag.notes.push(
      `trust-without-assume:${stmt.label} (${name} allows no sts:AssumeRole* action; no grant)`,
    );
    return [];
  }

  if (!ctx.trustPolicy && appliesToNone(stmt)) {
    diag.notes.push(
      `actions-not-applicable:${stmt.label} (${name}: none of its actions applies to the resources it names; no grant)`,
    );
    return [];
  }

  const problems: string[] = [];
  const entries = conditionEntries(stmt.condition, stmt.conditionPath, problems);
  diag.errors.push(...problems);
  const summary = summarizeConditions(entries, ctx, stmt);
  const conditions = renderConditions(stmt.condition);
  const actions = outputActions(stmt.actions ?? []);
  const notActions =
    stmt.notActions !== null && stmt.notActions.length > 0 ? outputActions(stmt.notActions) : undefined;

  const targets: {
    np: ReturnType<typeof normalizePrincipal>;
    path: (string | number)[];
    notPrincipal: boolean;
  }[] = [];
  if (stmt.notPrincipals !== null) {
    // Allow + NotPrincipal: everyone except the listed principals, anonymous included (§2.7).
    targets.push({
      np: { principal: { ...PUBLIC_PRINCIPAL }, kind: "public", account: null, unresolved: [], notes: [] },
      path: stmt.notPrincipalPath,
      notPrincipal: true,
    });
  }
  if (stmt.principals !== null) {
    for (const e of stmt.principals) {
      const np = normalizePrincipal(e.key, e.value, ctx);
      if (isMalformed(np, e.value)) {
        // Not an account id, ARN, service, "*" or canonical user ("foo", a role name, true):
        // AWS rejects the policy. An error on the resource (blocking where the file changed),
        // never a principal to approve.
        const reason = np.invalidReason ?? "";
        diag.errors.push(
          `${name}: malformed principal ${JSON.stringify(np.principal.id)} at ${formatPath(e.path)}` +
            `${reason ? ` (${reason})` : ""}: not an account id, ARN, service principal, "*" or canonical user; no grant`,
        );
        continue;
      }
      targets.push({ np, path: e.path, notPrincipal: false });
    }
    if (targets.length === 0 && stmt.principals.length > 0 && stmt.notPrincipals === null) return [];
  }
  if (targets.length === 0) {
    const what = stmt.principals === null ? "has no Principal" : "has an empty Principal";
    diag.notes.push(`${name} ${what}; no grant`);
    return [];
  }

  const out: Pending[] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    // A provider's users assume a role through its own STS action only (SAML or web identity).
    const via = ctx.trustPolicy ? federatedAssumeAction(t.np.kind) : null;
    if (via !== null && !admitsAction(stmt.actions, stmt.notActions, via)) {
      diag.notes.push(`${name}: grant to ${t.np.principal.id} cannot take effect (allows no ${via})`);
      continue;
    }
    const r = classifyPrincipal(t.np, summary, ctx, { notPrincipal: t.notPrincipal });
    if (r.dropped)
      diag.notes.push(`${name}: grant to ${t.np.principal.id} cannot take effect (${r.dropped})`);
    for (const o of r.outcomes) {
      const key = `${o.principal.type}\u0000${o.principal.id}\u0000${o.classification}\u0000${o.via ?? ""}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const notes = [...o.notes, ...summary.notes];
      if (notActions) notes.push("broadActions");
      if (stmt.effectUnresolved.length > 0) notes.push("effectUnresolved");
      const grant: PolicyGrant = {
        principal: {
          type: o.principal.type,
          id: renderText(o.principal.id),
          accountId: renderAccount(o.principal.accountId),
          ...(o.principal.provider ? { provider: renderText(o.principal.provider) } : {}),
        },
        classification: o.classification,
        actions,
        conditions,
        path: t.path,
        statement: stmt.label,
      };
      if (o.subkind !== undefined) grant.subkind = o.subkind;
      if (notActions) grant.notActions = notActions;
      if (o.via !== undefined) grant.via = renderText(o.via);
      const unresolved = [...(o.unresolved ?? []), ...stmt.effectUnresolved];
      if (unresolved.length > 0) grant.unresolved = [...new Set(unresolved)];
      if (notes.length > 0) grant.notes = [...new Set(notes)];
      if (o.conditionPath !== undefined) grant.conditionPath = o.conditionPath;
      out.push({ grant, outcome: o, statement: stmt });
    }
  }
  return out;
}

/** A principal value that is no principal at all, with nothing unresolved about it. */
function isMalformed(np: ReturnType<typeof normalizePrincipal>, raw: unknown): boolean {
  if (np.kind !== "invalid" || np.forceUnresolved || np.unresolved.length > 0) return false;
  if (typeof raw === "string" && hasToken(raw)) return false;
  return np.invalidReason !== undefined;
}

function renderAccount(a: string | null): string | null {
  return a === null ? null : renderText(a);
}

/** The Condition block for display: rendered, operators whose value is not an object left out. */
function renderConditions(condition: unknown): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  if (!isObject(condition)) return out;
  for (const [op, block] of Object.entries(condition)) {
    if (isObject(block)) {
      // A "__proto__" operator from the repository stays a key, never a prototype.
      setOwn(out, renderText(op), renderValue(block) as Record<string, unknown>);
    }
  }
  return out;
}
