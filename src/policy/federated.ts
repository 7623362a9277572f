/**
 * Federated principals (grant-model §2.4, issue 18 item 2). The provider is known from the
 * provider itself — its ARN (`oidc-provider/<issuer>`, `saml-provider/<name>`), the web-identity
 * literal, or the provider resource the IaC declares (its URL or name) — never guessed from the
 * condition keys. The issuer table (issuers.ts) then decides:
 *
 * - a provider in another account: `external`; in an unknown account: `unresolved`;
 * - a shared issuer (GitHub, GitLab.com, Google, …): `public` unless a positive condition on a
 *   narrowing claim binds the subject to an owner; narrowed, `federated` per subject pattern
 *   (`internal` for a GitHub owner in `trusted.github-orgs`);
 * - SAML providers and single-tenant issuers (the company IdP, an EKS cluster, a CircleCI org):
 *   `federated` unless `trusted.identity-providers` names the provider, then `internal`.
 *
 * A provider that is not known (a reference to something the IaC does not declare as a provider)
 * is single-tenant, with one exception that follows from IAM, not from a guess: a positive
 * condition on `<X>:<claim>` of a shared issuer X admits only tokens of X (other tokens lack the
 * key), so X's rules apply.
 */

import { globMatch } from "../model/glob.js";
import { renderText, unresolvedExpressions } from "../model/symbolic.js";
import type { Principal } from "../model/types.js";
import type { ConditionSummary, FederatedClaim } from "./conditions.js";
import { type IssuerFact, issuerFact, normalizeIssuer } from "./issuers.js";
import { type Outcome, outcome } from "./outcome.js";
import type { NormalizedPrincipal } from "./principal.js";
import type { PolicyContext } from "./types.js";
import { accountStatus, defaultPartition } from "./zone.js";

const WEB_IDENTITY_NAMES = new Set(["Google", "Facebook", "Login with Amazon"]);

export function isFederatedKind(kind: string): boolean {
  return (
    kind === "saml-provider" ||
    kind === "oidc-provider" ||
    kind === "federated-unknown" ||
    kind === "web-identity"
  );
}

export function federatedOutcomes(
  np: NormalizedPrincipal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const provider = np.principal;
  if (np.kind === "web-identity") {
    const issuer = np.issuer ?? provider.id.toLowerCase();
    return sharedOutcomes(provider, issuer, issuerFact(issuer), cs, ctx, notes);
  }

  if (!np.self) {
    const st =
      np.accountField !== undefined
        ? accountStatus(np.accountField, np.partition ?? defaultPartition(ctx), ctx)
        : ({ status: "invalid", account: "" } as const);
    if (st.status === "outside") return [outcome(ctx, provider, "external", { subkind: "federated", notes })];
    if (st.status !== "inside") {
      return [
        outcome(ctx, provider, "unresolved", { subkind: "federated", unresolved: np.unresolved, notes }),
      ];
    }
  }

  // A provider in a zone account.
  if (np.kind === "saml-provider") return tenantOutcomes(provider, undefined, "saml", cs, ctx, notes);
  if (np.kind === "oidc-provider" && np.issuer) {
    const fact = issuerFact(np.issuer);
    if (fact.tenancy === "shared") return sharedOutcomes(provider, np.issuer, fact, cs, ctx, notes);
    return tenantOutcomes(provider, np.issuer, "oidc", cs, ctx, notes);
  }
  const shared = requiredSharedIssuer(cs);
  if (shared) {
    // Deduced, not known: approvals name the provider as printed (the same reference may meet
    // another issuer's keys in another statement).
    return sharedOutcomes(provider, shared.issuer, shared.fact, cs, ctx, [
      ...notes,
      `federatedProviderFromKeys:${shared.issuer}`,
    ]);
  }
  return tenantOutcomes(provider, undefined, "oidc", cs, ctx, [...notes, "federatedProviderUnknown"]);
}

/**
 * The shared issuer whose claim keys a positive condition requires: only its tokens carry them.
 * Keys of single-tenant issuers say nothing (the provider's own URL decides those).
 */
function requiredSharedIssuer(cs: ConditionSummary): { issuer: string; fact: IssuerFact } | undefined {
  for (const key of cs.claims.keys()) {
    const colon = key.lastIndexOf(":");
    if (colon <= 0) continue;
    const issuer = key.slice(0, colon);
    // Only a key spelled exactly as IAM names it (no junk around the issuer) is one.
    if (normalizeIssuer(issuer) !== issuer) continue;
    const fact = issuerFact(issuer);
    if (fact.tenancy === "shared") return { issuer, fact };
  }
  return undefined;
}

/** The tightest positive predicate on a claim (fewest values), or undefined. */
function claimValues(cs: ConditionSummary, key: string): FederatedClaim | undefined {
  const list = cs.claims.get(key);
  if (!list || list.length === 0) return undefined;
  return list.reduce((a, b) => (b.values.length < a.values.length ? b : a));
}

/** The first narrowing claim of the issuer that a positive condition constrains. */
function narrowingClaim(cs: ConditionSummary, issuer: string, fact: IssuerFact): FederatedClaim | undefined {
  for (const claim of fact.narrowing) {
    const found = claimValues(cs, `${issuer}:${claim}`);
    if (found) return found;
  }
  return undefined;
}

function valuePath(claim: FederatedClaim, i: number): (string | number)[] {
  return claim.hasArray ? [...claim.path, i] : claim.path;
}

function subjectPrincipal(provider: Principal, text: string): Principal {
  return {
    type: "Federated",
    id: `${provider.id}#${renderText(text)}`,
    accountId: provider.accountId,
    ...(provider.provider ? { provider: provider.provider } : {}),
  };
}

/** Shared issuers: public unless a narrowing claim binds the subject (to an owner, where the issuer has one). */
function sharedOutcomes(
  provider: Principal,
  issuer: string,
  fact: IssuerFact,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const github = fact.name === "GitHub Actions";
  const anyone = github ? "github-any-repo" : "federated-unnarrowed";
  const narrowed = github
    ? "github-oidc"
    : issuer === "cognito-identity.amazonaws.com"
      ? "cognito"
      : WEB_IDENTITY_NAMES.has(fact.name)
        ? "web-identity"
        : "oidc";
  if (issuer === "cognito-identity.amazonaws.com") {
    const amr = cs.claims.get("cognito-identity.amazonaws.com:amr") ?? [];
    const guest = amr.some((c) => c.values.some((v) => typeof v === "string" && /unauthenticated/i.test(v)));
    if (guest) return [outcome(ctx, provider, "public", { subkind: "cognito-unauthenticated", notes })];
  }
  const claim = narrowingClaim(cs, issuer, fact);
  if (!claim) return [outcome(ctx, provider, "public", { subkind: anyone, notes })];
  const trusted = new Set((ctx.zone.githubOrgs ?? []).map((o) => String(o).trim().toLowerCase()));
  return claim.values.map((raw, i) => {
    const conditionPath = valuePath(claim, i);
    if (typeof raw !== "string" || raw.trim() === "")
      return outcome(ctx, provider, "public", { subkind: anyone, notes, conditionPath });
    const text = raw.trim();
    const principal = subjectPrincipal(provider, text);
    const exprs = unresolvedExpressions(text);
    if (exprs.length > 0)
      return outcome(ctx, principal, "unresolved", {
        subkind: narrowed,
        unresolved: exprs,
        notes,
        conditionPath,
      });
    const owner = fact.owner ? subjectOwner(text, fact.owner) : wildcardFree(text);
    if (owner === null) return outcome(ctx, principal, "public", { subkind: anyone, notes, conditionPath });
    if (github && owner !== "" && trusted.has(owner.toLowerCase()))
      return outcome(ctx, principal, "internal", { subkind: "github-org", notes, conditionPath });
    return outcome(ctx, principal, "federated", { subkind: narrowed, notes, conditionPath });
  });
}

/** "" when the pattern is narrow (no leading wildcard, not only wildcards), null when it matches anyone. */
function wildcardFree(pattern: string): string | null {
  if (/^[*?]/.test(pattern) || pattern.replace(/[*?]/g, "") === "") return null;
  return "";
}

/**
 * The owner a subject pattern is bound to (capture group 1 of the issuer's owner patterns); ""
 * for a literal subject of another form (one specific subject); null when the pattern can match
 * subjects of any owner (a wildcard before the owner is complete).
 */
export function subjectOwner(pattern: string, owners: readonly RegExp[]): string | null {
  for (const re of owners) {
    const m = re.exec(pattern);
    if (m) return m[1] ?? "";
  }
  return /[*?]/.test(pattern) ? null : "";
}

/**
 * SAML providers and single-tenant issuers in a zone account: internal when
 * trusted.identity-providers names the provider, else federated (per subject where a condition
 * narrows one).
 */
function tenantOutcomes(
  provider: Principal,
  issuer: string | undefined,
  subkind: "saml" | "oidc",
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  if (isTrustedProvider(provider, ctx.zone.identityProviders ?? []))
    return [outcome(ctx, provider, "internal", { subkind: "federated-same-account", notes })];
  const claim = issuer ? narrowingClaim(cs, issuer, issuerFact(issuer)) : undefined;
  if (!claim) return [outcome(ctx, provider, "federated", { subkind, notes })];
  return claim.values.map((raw, i) => {
    const conditionPath = valuePath(claim, i);
    if (typeof raw !== "string" || wildcardFree(raw.trim()) === null)
      return outcome(ctx, provider, "federated", { subkind, notes, conditionPath });
    const text = raw.trim();
    const principal = subjectPrincipal(provider, text);
    const exprs = unresolvedExpressions(text);
    if (exprs.length > 0)
      return outcome(ctx, principal, "unresolved", { subkind, unresolved: exprs, notes, conditionPath });
    return outcome(ctx, principal, "federated", { subkind, notes, conditionPath });
  });
}

/**
 * Does a trusted.identity-providers entry (a glob, case-insensitive) name this provider? Entries
 * match the issuer (`oidc.eks.eu-west-1.amazonaws.com/id/ABC`), `oidc-provider/<issuer>`,
 * `saml-provider/<name>`, the bare SAML name, the provider ARN as written, or the reference that
 * names it (`aws_iam_saml_provider.okta`).
 */
export function isTrustedProvider(provider: Principal, entries: readonly string[]): boolean {
  if (entries.length === 0) return false;
  const names = providerNames(provider);
  return entries.some((e) => names.some((n) => globMatch(String(e), n, true)));
}

/** The names an allowlist may use for a federated principal's provider (without a subject). */
export function providerNames(provider: Principal): string[] {
  const hash = provider.id.indexOf("#");
  const id = hash < 0 ? provider.id : provider.id.slice(0, hash);
  const names = [id];
  const ref = /^\$\{(.+)\.([^.]+)\}$/.exec(id);
  if (ref?.[1]) names.push(ref[1], `${ref[1]}.${ref[2]}`);
  const p = provider.provider;
  if (p) {
    names.push(p);
    if (p.startsWith("saml-provider/")) names.push(p.slice("saml-provider/".length));
    else names.push(`oidc-provider/${p}`);
  }
  return names;
}
