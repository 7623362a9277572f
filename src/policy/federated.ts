/**
 * Federated principals (grant-model §2.4): SAML and OIDC providers, web-identity providers. The
 * provider's account decides external / unresolved; for an own provider the claim conditions
 * decide who gets in. GitHub Actions trust narrowed by `…:sub` to `repo:OWNER/…` is `federated`
 * (internal when OWNER is a trusted GitHub organization); without it any repository on GitHub can
 * assume the role (`public`).
 */

import { renderText, unresolvedExpressions } from "../model/symbolic.js";
import { hasWildcard } from "./arn.js";
import type { ConditionSummary, FederatedClaim } from "./conditions.js";
import { type Outcome, outcome } from "./outcome.js";
import type { NormalizedPrincipal } from "./principal.js";
import type { PolicyContext } from "./types.js";
import { accountStatus, defaultPartition } from "./zone.js";

const GITHUB = "token.actions.githubusercontent.com";
/** OIDC issuers shared by every customer of the service: trust without a subject condition is public. */
const MULTI_TENANT = new Set(["app.terraform.io", "gitlab.com"]);

/** The claim that identifies the application / pool of each web-identity provider. */
const WEB_CLAIM: ReadonlyMap<string, string> = new Map([
  ["cognito-identity.amazonaws.com", "cognito-identity.amazonaws.com:aud"],
  ["accounts.google.com", "accounts.google.com:aud"],
  ["graph.facebook.com", "graph.facebook.com:app_id"],
  ["www.amazon.com", "www.amazon.com:app_id"],
]);

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
  if (np.kind === "web-identity") return webIdentityOutcomes(np, cs, ctx, notes);

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

  const issuer =
    np.kind === "saml-provider"
      ? "saml"
      : np.kind === "oidc-provider"
        ? np.issuer
        : inferIssuer(cs.claimKeys);
  if (issuer === "saml")
    return [outcome(ctx, provider, "internal", { subkind: "federated-same-account", notes })];
  if (issuer === undefined || issuer === "") {
    return [
      outcome(ctx, provider, "federated", { subkind: "oidc", notes: [...notes, "federatedProviderUnknown"] }),
    ];
  }
  if (issuer === GITHUB || issuer.startsWith(`${GITHUB}/`)) return githubOutcomes(np, issuer, cs, ctx, notes);
  if (MULTI_TENANT.has(issuer)) return subjectOutcomes(np, issuer, cs, ctx, notes);
  // Own single-tenant issuers (EKS IRSA, the company IdP): internal (§2.4, [UNCERTAIN] for EKS).
  return [outcome(ctx, provider, "internal", { subkind: "federated-same-account", notes })];
}

/** The issuer named by the claim condition keys (`<issuer>:sub`, `<issuer>:aud`, `SAML:aud`). */
function inferIssuer(keys: ReadonlySet<string>): string | undefined {
  for (const k of keys) if (k.startsWith("saml:")) return "saml";
  for (const k of keys) {
    const colon = k.lastIndexOf(":");
    if (colon > 0) return k.slice(0, colon);
  }
  return undefined;
}

/** The tightest positive predicate on a claim (fewest values), or undefined. */
function claimValues(cs: ConditionSummary, key: string): FederatedClaim | undefined {
  const list = cs.claims.get(key);
  if (!list || list.length === 0) return undefined;
  return list.reduce((a, b) => (b.values.length < a.values.length ? b : a));
}

function valuePath(claim: FederatedClaim, i: number): (string | number)[] {
  return claim.hasArray ? [...claim.path, i] : claim.path;
}

function githubOutcomes(
  np: NormalizedPrincipal,
  issuer: string,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const provider = np.principal;
  const claim = claimValues(cs, `${issuer}:sub`);
  if (!claim) return [outcome(ctx, provider, "public", { subkind: "github-any-repo", notes })];
  const trusted = new Set((ctx.zone.githubOrgs ?? []).map((o) => String(o).trim().toLowerCase()));
  return claim.values.map((raw, i) => {
    const conditionPath = valuePath(claim, i);
    if (typeof raw !== "string" || raw.trim() === "") {
      return outcome(ctx, provider, "public", { subkind: "github-any-repo", notes, conditionPath });
    }
    const text = raw.trim();
    const principal = {
      type: "Federated" as const,
      id: `${provider.id}#${renderText(text)}`,
      accountId: provider.accountId,
    };
    const exprs = unresolvedExpressions(text);
    if (exprs.length > 0)
      return outcome(ctx, principal, "unresolved", {
        subkind: "github-oidc",
        unresolved: exprs,
        notes,
        conditionPath,
      });
    const owner = githubOwner(text);
    if (owner === null)
      return outcome(ctx, principal, "public", { subkind: "github-any-repo", notes, conditionPath });
    if (owner !== "" && trusted.has(owner.toLowerCase())) {
      return outcome(ctx, principal, "internal", { subkind: "github-org", notes, conditionPath });
    }
    return outcome(ctx, principal, "federated", { subkind: "github-oidc", notes, conditionPath });
  });
}

/**
 * The repository owner a GitHub subject pattern is bound to: the OWNER of `repo:OWNER/…` or
 * `repository_owner:OWNER:…`; "" for a literal subject of another form (one specific subject);
 * null when the pattern can match subjects of any owner (a wildcard before the owner is complete).
 */
export function githubOwner(pattern: string): string | null {
  const wild = pattern.search(/[*?]/);
  const m = /^repo:([^/*?]+)\//i.exec(pattern) ?? /^repository_owner:([^:*?]+):/i.exec(pattern);
  if (m) return m[1] ?? "";
  return wild < 0 ? "" : null;
}

/** Multi-tenant issuers other than GitHub: a subject condition narrows to `federated`, else public. */
function subjectOutcomes(
  np: NormalizedPrincipal,
  issuer: string,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const provider = np.principal;
  const claim = claimValues(cs, `${issuer}:sub`);
  if (!claim) return [outcome(ctx, provider, "public", { subkind: "federated-unnarrowed", notes })];
  return claim.values.map((raw, i) => claimOutcome(ctx, provider, raw, "oidc", notes, valuePath(claim, i)));
}

function claimOutcome(
  ctx: PolicyContext,
  provider: NormalizedPrincipal["principal"],
  raw: unknown,
  subkind: string,
  notes: string[],
  conditionPath: (string | number)[],
): Outcome {
  if (typeof raw !== "string" || raw.trim() === "") {
    return outcome(ctx, provider, "public", { subkind: "federated-unnarrowed", notes, conditionPath });
  }
  const text = raw.trim();
  const principal = {
    type: "Federated" as const,
    id: `${provider.id}#${renderText(text)}`,
    accountId: provider.accountId,
  };
  const exprs = unresolvedExpressions(text);
  if (exprs.length > 0)
    return outcome(ctx, principal, "unresolved", { subkind, unresolved: exprs, notes, conditionPath });
  if (/^[*?]/.test(text) || (hasWildcard(text) && text.replace(/[*?]/g, "") === "")) {
    return outcome(ctx, principal, "public", { subkind: "federated-unnarrowed", notes, conditionPath });
  }
  return outcome(ctx, principal, "federated", { subkind, notes, conditionPath });
}

/** Cognito, Google, Facebook, Login with Amazon (§2.4). */
function webIdentityOutcomes(
  np: NormalizedPrincipal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const provider = np.principal;
  const issuer = np.issuer ?? provider.id.toLowerCase();
  const subkind = issuer === "cognito-identity.amazonaws.com" ? "cognito" : "web-identity";
  if (issuer === "cognito-identity.amazonaws.com") {
    const amr = cs.claims.get("cognito-identity.amazonaws.com:amr") ?? [];
    const guest = amr.some((c) => c.values.some((v) => typeof v === "string" && /unauthenticated/i.test(v)));
    if (guest) return [outcome(ctx, provider, "public", { subkind: "cognito-unauthenticated", notes })];
  }
  const key = WEB_CLAIM.get(issuer);
  const claim = key ? claimValues(cs, key) : undefined;
  if (!claim) return [outcome(ctx, provider, "public", { subkind: "federated-unnarrowed", notes })];
  return claim.values.map((raw, i) => claimOutcome(ctx, provider, raw, subkind, notes, valuePath(claim, i)));
}
