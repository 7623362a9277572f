/**
 * Action / NotAction handling (grant-model §3.8): reading the lists, the output form (unique,
 * sorted, rendered), trust-policy admission and action coverage for Deny guards.
 */

import { hasToken, renderText } from "../model/symbolic.js";
import { globCovers, globMatch, globsIntersect, replaceTokens } from "./arn.js";

/** The actions that let a principal obtain a role (after wildcard expansion). */
export const ASSUME_ACTIONS = [
  "sts:AssumeRole",
  "sts:AssumeRoleWithSAML",
  "sts:AssumeRoleWithWebIdentity",
] as const;

/**
 * The strings of an Action / NotAction / Resource element: a string or an array of strings.
 * Other items are reported in `problems` and skipped. Returns null when the element is absent.
 */
export function readStringList(value: unknown, what: string, problems: string[]): string[] | null {
  if (value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    if (typeof item === "string") out.push(item.trim());
    else problems.push(`${what} holds a value that is not a string; ignored`);
  }
  return out;
}

/** Rendered, unique, sorted (the output form of `actions` / `notActions`). */
export function outputActions(actions: readonly string[]): string[] {
  return [...new Set(actions.map((a) => renderText(a)))].sort();
}

/** A pattern for matching: unresolved parts may be anything (fail closed). */
function matchPattern(action: string): string {
  return hasToken(action) ? replaceTokens(action, "*") : action;
}

/** Does an Allow statement of a trust policy admit anyone (§3.8)? */
export function trustAdmits(
  actions: readonly string[] | null,
  notActions: readonly string[] | null,
): boolean {
  if (actions?.some((a) => ASSUME_ACTIONS.some((x) => globMatch(matchPattern(a), x)))) return true;
  if (notActions !== null && actions === null) {
    return ASSUME_ACTIONS.some((x) => !notActions.some((n) => globMatch(matchPattern(n), x)));
  }
  return false;
}

/**
 * The one STS action through which an identity provider's users assume a role: a SAML provider's
 * through AssumeRoleWithSAML, an OIDC / web-identity provider's through AssumeRoleWithWebIdentity
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp.html). Null when the
 * provider's kind is not known (either may be it).
 */
export function federatedAssumeAction(kind: string): string | null {
  if (kind === "saml-provider") return "sts:AssumeRoleWithSAML";
  if (kind === "oidc-provider" || kind === "web-identity") return "sts:AssumeRoleWithWebIdentity";
  return null;
}

/** Does an Allow statement admit this one action (Action patterns, or NotAction that spares it)? */
export function admitsAction(
  actions: readonly string[] | null,
  notActions: readonly string[] | null,
  action: string,
): boolean {
  if (actions?.some((a) => globMatch(matchPattern(a), action))) return true;
  if (notActions !== null && actions === null)
    return !notActions.some((n) => globMatch(matchPattern(n), action));
  return false;
}

/**
 * Does a Deny statement's action element cover every action a grant allows? A grant written with
 * NotAction is covered only by a Deny of `*`.
 */
export function denyCoversActions(
  deny: { actions: readonly string[] | null; notActions: readonly string[] | null },
  grant: { actions: readonly string[] | null; notActions: readonly string[] | null },
): boolean {
  const denyActions = deny.actions?.filter((a) => !hasToken(a)) ?? null;
  if (grant.notActions !== null || grant.actions === null) {
    return denyActions?.includes("*") === true;
  }
  const wanted = grant.actions.map(matchPattern);
  if (denyActions !== null) {
    return wanted.every((a) => denyActions.some((d) => globCovers(d, a)));
  }
  if (deny.notActions !== null) {
    // NotAction in the Deny must exclude none of the grant's actions.
    return wanted.every((a) => !deny.notActions!.some((n) => globsIntersect(matchPattern(n), a)));
  }
  return false;
}

/** Does a Deny statement's Resource element cover the Allow statement's resources? */
export function denyCoversResources(
  deny: { resources: readonly string[] | null; notResources: readonly string[] | null },
  allow: { resources: readonly string[] | null; notResources: readonly string[] | null },
): boolean {
  if (deny.notResources !== null) return false;
  if (deny.resources === null) return true; // no Resource element (trust policies): the resource itself
  const denyRes = deny.resources;
  if (denyRes.includes("*")) return true;
  if (allow.notResources !== null || allow.resources === null) return false;
  return allow.resources.every((r) =>
    denyRes.some((d) => d === r || (!hasToken(d) && !hasToken(r) && globCovers(d, r))),
  );
}
