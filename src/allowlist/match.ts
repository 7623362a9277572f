import { globCovers, globMatch } from "../model/glob.js";
import type { Grant } from "../model/types.js";
import { providerNames } from "../policy/federated.js";
import type { Allowlist, Approval } from "./types.js";

/** Whether an approval's date has passed. `today` is YYYY-MM-DD; the expiry day itself still counts. */
export function isExpired(approval: Approval, today: string): boolean {
  return approval.expires !== undefined && approval.expires < today;
}

function principalMatches(pattern: string, grant: Grant): boolean {
  const p = grant.principal;
  if (pattern === "*") return p.id === "*";
  if (p.type === "Federated") {
    if (federatedMatches(pattern, grant)) return true;
    // A provider in another account is that account's: account and ARN patterns approve it.
    if (grant.classification !== "external" || pattern.includes("#")) return false;
  }
  // An expression as the report prints it is compared as written (`[*]` is no wildcard).
  if (pattern.includes("${")) return p.id === pattern;
  if (/^\d{12}$/.test(pattern)) return p.accountId === pattern;
  const root = /^arn:(aws[a-z0-9-]*):iam::(\d{12}):root$/.exec(pattern);
  if (root) return p.accountId === root[2] && (p.id.startsWith(`arn:${root[1]}:`) || p.id === pattern);
  return globMatch(pattern, p.id);
}

/**
 * The names a `resources` scope is matched against: those of the resource the grant protects
 * (its target), so an approval survives a rename of the policy resource and does not follow the
 * policy to another resource; the policy resource's own names only where the target is unknown
 * or is the resource itself (design.md "Zone of trust and allowlist").
 */
export function scopeNames(grant: Grant): string[] {
  const r = grant.resource;
  if (hasKnownTarget(grant)) {
    const target = r.target as string;
    const names = [target, `${r.unit}/${target}`];
    if (r.targetConstructPath) names.push(r.targetConstructPath);
    if (r.stack) names.push(`${r.stack}/${target}`);
    return names;
  }
  return policyResourceNames(grant);
}

/** The name a suggested approval is scoped to: the protected resource, or the policy resource. */
export function scopeName(grant: Grant): string {
  const r = grant.resource;
  // A CDK resource by its construct path: logical ids carry a hash that changes with the tree.
  return hasKnownTarget(grant)
    ? (r.targetConstructPath ?? (r.target as string))
    : (r.constructPath ?? r.address);
}

/** The names of the resource that carries the policy: its address, construct path, unit and stack. */
function policyResourceNames(grant: Grant): string[] {
  const r = grant.resource;
  const names = [r.address, `${r.unit}/${r.address}`];
  if (r.constructPath) names.push(r.constructPath);
  if (r.stack) names.push(`${r.stack}/${r.address}`);
  return names;
}

/** A target other than the policy resource, named without unresolved parts. */
function hasKnownTarget(grant: Grant): boolean {
  const { target, address } = grant.resource;
  return target !== undefined && target !== address && !target.includes("${");
}

/**
 * A federated approval: the provider (as the report prints it, its ARN, or — for a provider in a
 * zone account — its host, saml-provider/NAME, or the reference that names it), optionally
 * followed by `#` and a subject pattern that must cover the grant's subject pattern. The provider
 * alone approves every subject of it.
 */
function federatedMatches(pattern: string, grant: Grant): boolean {
  const p = grant.principal;
  const hash = pattern.indexOf("#");
  const named = hash < 0 ? pattern : pattern.slice(0, hash);
  const gHash = p.id.indexOf("#");
  const own = p.id.slice(0, gHash < 0 ? p.id.length : gHash);
  const names = grant.classification === "external" ? [own] : providerNames(p);
  if (p.accountId !== null && p.provider) {
    const res = p.provider.startsWith("saml-provider/") ? p.provider : `oidc-provider/${p.provider}`;
    const partition = /^arn:([^:]+):/.exec(own)?.[1] ?? "aws";
    names.push(`arn:${partition}:iam::${p.accountId}:${res}`);
  }
  const lower = named.toLowerCase();
  if (!names.some((n) => n === named || n.toLowerCase() === lower)) return false;
  if (hash < 0) return true;
  if (gHash < 0) return false;
  return globCovers(pattern.slice(hash + 1), p.id.slice(gHash + 1));
}

function resourceMatches(patterns: string[] | undefined, grant: Grant): boolean {
  if (!patterns) return true;
  const names = scopeNames(grant);
  return patterns.some((pat) => names.some((n) => globMatch(pat, n)));
}

/**
 * Scopes written for the policy resource of a grant whose target is known: they no longer match
 * it (scopeNames). One warning per approval and pattern, naming the target to scope to instead.
 */
export function policyScopeWarnings(allowlist: Allowlist, grants: readonly Grant[]): string[] {
  const out: string[] = [];
  for (const a of allowlist.approvals) {
    for (const pattern of a.resources ?? []) {
      const targets = new Set<string>();
      for (const g of grants) {
        if (!hasKnownTarget(g) || !principalMatches(a.principal, g)) continue;
        if (scopeNames(g).some((n) => globMatch(pattern, n))) continue;
        if (!policyResourceNames(g).some((n) => globMatch(pattern, n))) continue;
        const { target, targetConstructPath } = g.resource;
        targets.add(
          JSON.stringify(target) +
            (targetConstructPath ? ` (or ${JSON.stringify(targetConstructPath)})` : ""),
        );
      }
      if (targets.size === 0) continue;
      const use = [...targets].sort();
      out.push(
        `approvals.${a.index} is scoped to the policy resource ${JSON.stringify(pattern)}; a scope matches the resource the policy protects: use ${use.join(", ")} instead`,
      );
    }
  }
  return out;
}

/**
 * An `actions` scope covers the grant's actions and, for a trust grant, what the role lets the
 * principal do once assumed (issue 19). What cannot be listed — NotAction, AWS managed policies,
 * policies that could not be read — is covered only by "*".
 */
function actionsMatch(patterns: string[] | undefined, grant: Grant): boolean {
  if (!patterns) return true;
  const role = grant.roleAccess;
  if (
    grant.notActions?.length ||
    role?.notActions?.length ||
    role?.managed?.length ||
    role?.unresolved?.length
  )
    return patterns.includes("*");
  const covered = (a: string) => patterns.some((pat) => globMatch(pat, a, true));
  return grant.actions.every(covered) && (role?.actions ?? []).every(covered);
}

/** The first unexpired approval that covers a grant, or null. */
export function findApproval(allowlist: Allowlist, grant: Grant, today: string): Approval | null {
  for (const a of allowlist.approvals) {
    if (isExpired(a, today)) continue;
    if (
      principalMatches(a.principal, grant) &&
      resourceMatches(a.resources, grant) &&
      actionsMatch(a.actions, grant)
    ) {
      return a;
    }
  }
  return null;
}

/** Approvals whose date has passed, and unexpired ones that match none of the grants. */
export function approvalHealth(allowlist: Allowlist, grants: readonly Grant[], today: string) {
  const expired = allowlist.approvals.filter((a) => isExpired(a, today));
  const unused = allowlist.approvals.filter(
    (a) =>
      !isExpired(a, today) &&
      !grants.some(
        (g) =>
          principalMatches(a.principal, g) && resourceMatches(a.resources, g) && actionsMatch(a.actions, g),
      ),
  );
  return { expired, unused };
}
