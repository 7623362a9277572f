/**
 * The allowlist entry a report suggests for an unapproved principal (issue 19 item 3): pasted
 * into the allowlist it validates and approves every grant it was suggested for, scoped to their
 * resources and actions. test/property/suggested-entry.property.test.ts holds it to that.
 */

import { scopeName } from "../allowlist/match.js";
import type { Principal } from "../model/types.js";
import { isSharedIssuer } from "../policy/issuers.js";
import { yamlString } from "./escape.js";
import type { ReportGrant } from "./types.js";

export interface SuggestedEntry {
  principal: string;
  resources: string[];
  /** Absent when a grant is written with NotAction (only an unscoped approval covers it). */
  actions?: string[];
  /**
   * For a SAML or single-tenant identity provider in the own accounts: the trusted.identity-providers
   * entry that makes it internal, if the provider is the organisation's own.
   */
  identityProvider?: string;
}

/**
 * How an approval names the principal: an account's root as the bare account id; a federated
 * principal of an OIDC issuer in the own (or an unknown) account by the issuer's host and the
 * subject pattern (`token.actions.githubusercontent.com#repo:acme/app:*`) — the form a reviewer
 * reads and that does not depend on how the IaC spells the provider; everything else as printed.
 */
export function approvalPrincipal(p: Principal & { classification: string }): string {
  if (p.accountId && /^\d{12}$/.test(p.accountId) && p.id === `arn:aws:iam::${p.accountId}:root`)
    return p.accountId;
  if (
    p.type === "Federated" &&
    p.provider &&
    !p.provider.startsWith("saml-provider/") &&
    p.classification !== "external"
  ) {
    const hash = p.id.indexOf("#");
    return hash < 0 ? p.provider : `${p.provider}${p.id.slice(hash)}`;
  }
  return p.id;
}

export function suggestedEntry(
  p: Principal & { classification: string },
  grants: readonly ReportGrant[],
): SuggestedEntry {
  // Scoped to the resource each grant protects, so the entry neither breaks when the policy
  // resource is renamed nor follows the policy to another resource.
  const resources = [...new Set(grants.map(scopeName))];
  const entry: SuggestedEntry = { principal: approvalPrincipal(p), resources };
  // A role's actions are in the approval's scope too (match.ts); what cannot be listed — NotAction,
  // managed policies, unresolved documents — only an unscoped approval covers.
  const unlisted = grants.some(
    (g) =>
      g.notActions?.length ||
      g.roleAccess?.notActions?.length ||
      g.roleAccess?.managed?.length ||
      g.roleAccess?.unresolved?.length,
  );
  if (!unlisted)
    entry.actions = [
      ...new Set(grants.flatMap((g) => [...g.actions, ...(g.roleAccess?.actions ?? [])])),
    ].sort();
  const idp = identityProviderEntry(p, grants);
  if (idp) entry.identityProvider = idp;
  return entry;
}

/**
 * The trusted.identity-providers entry for a federated principal whose provider is one tenant's
 * (SAML, the company IdP, an EKS cluster) in the own accounts: its host or saml-provider/NAME,
 * else the reference that names it. None for shared issuers, other accounts' providers or grants
 * that are not about the provider's tenancy.
 */
function identityProviderEntry(
  p: Principal & { classification: string },
  grants: readonly ReportGrant[],
): string | undefined {
  if (p.type !== "Federated" || p.classification !== "federated") return undefined;
  if (!grants.every((g) => g.subkind === "saml" || g.subkind === "oidc")) return undefined;
  if (p.provider) return isSharedIssuer(p.provider) ? undefined : p.provider;
  const hash = p.id.indexOf("#");
  const ref = /^\$\{(.+)\.[^.]+\}$/.exec(hash < 0 ? p.id : p.id.slice(0, hash));
  return ref?.[1];
}

/** The entry as YAML lines of an `approvals:` list; the placeholders are strings, the date a comment. */
export function suggestedEntryYaml(entry: SuggestedEntry): string[] {
  const out = [
    `  - principal: ${yamlString(entry.principal)}`,
    `    reason: "<why this access is needed>"`,
    `    approved_by: "<@your-org/security>"`,
    `    ticket: "<ticket>"`,
    `    # expires: YYYY-MM-DD`,
    `    resources: [${entry.resources.map(yamlString).join(", ")}]`,
  ];
  if (entry.actions && entry.actions.length > 0)
    out.push(`    actions: [${entry.actions.map(yamlString).join(", ")}]`);
  if (entry.identityProvider) {
    out.push(
      "# Or, if this identity provider is your own (your IdP, your cluster), trust it instead:",
      "# trusted:",
      `#   identity-providers: [${yamlString(entry.identityProvider)}]`,
    );
  }
  return out;
}
