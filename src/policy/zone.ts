/**
 * Zone-of-trust tests for the values a principal or a condition names: an account field, an
 * organization id, an organization path. Each test says inside / outside / unresolved / wildcard.
 */

import {
  isSelfAccount,
  refAddress,
  renderText,
  SELF_ACCOUNT,
  tokensIn,
  unresolvedExpressions,
} from "../model/symbolic.js";
import type { Zone } from "../model/types.js";
import { ACCOUNT_RE, hasWildcard, PARTITION_RE, splitArn } from "./arn.js";

/** What the zone tests need from the policy context. */
export interface ZoneContext {
  zone: Zone;
  selfAccount?: string;
  partition?: string;
}

export type InsideKind = "self-account" | "zone-account" | "trusted-expression" | "self-resource";

export type AccountStatus =
  | { status: "inside"; kind: InsideKind; account: string }
  | { status: "outside"; account: string }
  | { status: "unresolved"; account: string; expressions: string[] }
  | { status: "wildcard" }
  | { status: "invalid"; account: string };

export function defaultPartition(ctx: { partition?: string }): string {
  const p = ctx.partition?.trim();
  return p && PARTITION_RE.test(p) ? p : "aws";
}

/** The own account as it is shown: the stated number, else the rendered token. */
export function selfAccountText(ctx: { selfAccount?: string }): string {
  const s = ctx.selfAccount?.trim();
  return s && ACCOUNT_RE.test(s) ? s : renderText(SELF_ACCOUNT);
}

/** Normalised trusted expressions: "var.x" and "${var.x}" are the same entry. */
function trustedExpressions(zone: Zone): Set<string> {
  const out = new Set<string>();
  for (const e of zone.expressions ?? []) {
    if (typeof e !== "string") continue;
    let t = e.trim();
    if (t.startsWith("${") && t.endsWith("}")) t = t.slice(2, -1).trim();
    if (t) out.add(t);
  }
  return out;
}

/** True when every expression is listed in zone.expressions (and there is at least one). */
export function allTrusted(expressions: readonly string[], zone: Zone): boolean {
  if (expressions.length === 0) return false;
  const trusted = trustedExpressions(zone);
  return expressions.every((e) => trusted.has(e.trim()));
}

/** Is (partition, account) listed in the zone? Entries are "111111111111" (default partition) or "aws-cn:111111111111". */
export function zoneHasAccount(ctx: ZoneContext, partition: string, account: string): boolean {
  const def = defaultPartition(ctx);
  for (const raw of ctx.zone.accounts ?? []) {
    const e = String(raw).trim();
    if (ACCOUNT_RE.test(e)) {
      if (e === account && partition === def) return true;
      continue;
    }
    const m = /^(aws[a-z0-9-]*):(\d{12})$/.exec(e);
    if (m && m[1] === partition && m[2] === account) return true;
    const arn = splitArn(e);
    if (arn && arn.partition === partition && arn.account === account) return true;
  }
  return false;
}

/**
 * Classify an account field (bare account value or the fifth field of an ARN). `partition` is the
 * ARN's partition (or the default one).
 */
export function accountStatus(field: string, partition: string, ctx: ZoneContext): AccountStatus {
  const f = field.trim();
  if (isSelfAccount(f)) return { status: "inside", kind: "self-account", account: selfAccountText(ctx) };
  const tokens = tokensIn(f);
  if (tokens.length > 0) {
    const rendered = renderText(f);
    const exprs = unresolvedExpressions(f);
    const onlyUnresolved = tokens.every((t) => t.kind === "unresolved");
    if (onlyUnresolved && allTrusted(exprs, ctx.zone)) {
      return { status: "inside", kind: "trusted-expression", account: rendered };
    }
    const ref = refAddress(f);
    const expressions =
      exprs.length > 0
        ? exprs
        : ref
          ? [ref.attribute ? `${ref.address}.${ref.attribute}` : ref.address]
          : [rendered];
    return { status: "unresolved", account: rendered, expressions };
  }
  if (hasWildcard(f)) return { status: "wildcard" };
  if (!ACCOUNT_RE.test(f)) return { status: "invalid", account: f };
  const self = ctx.selfAccount?.trim();
  if (self && self === f && partition === defaultPartition(ctx)) {
    return { status: "inside", kind: "self-account", account: f };
  }
  if (zoneHasAccount(ctx, partition, f)) return { status: "inside", kind: "zone-account", account: f };
  return { status: "outside", account: f };
}

export type OrgStatus =
  | { status: "inside"; org: string; kind?: "trusted-expression" }
  | { status: "outside"; org: string }
  | { status: "unresolved"; org: string; expressions: string[] }
  | { status: "wildcard" };

const ORG_RE = /^o-[a-z0-9]{10,32}$/;

/** An aws:PrincipalOrgID / aws:SourceOrgID value. */
export function orgStatus(value: string, ctx: ZoneContext): OrgStatus {
  const v = value.trim();
  const tokens = tokensIn(v);
  if (tokens.length > 0) {
    const exprs = unresolvedExpressions(v);
    if (tokens.every((t) => t.kind === "unresolved") && allTrusted(exprs, ctx.zone)) {
      return { status: "inside", org: renderText(v), kind: "trusted-expression" };
    }
    return {
      status: "unresolved",
      org: renderText(v),
      expressions: exprs.length > 0 ? exprs : [renderText(v)],
    };
  }
  if (hasWildcard(v) || v === "") return { status: "wildcard" };
  const trusted = (ctx.zone.organizations ?? []).map((o) => String(o).trim());
  // Organization ids are lower case; a differently cased id names no organization we trust.
  if (ORG_RE.test(v) && trusted.includes(v)) return { status: "inside", org: v };
  return { status: "outside", org: v };
}

export type OrgPathStatus =
  | { status: "inside"; path: string; org?: string; kind?: "trusted-expression" }
  | { status: "outside"; path: string; org: string }
  | { status: "unresolved"; path: string; expressions: string[] }
  | { status: "wildcard" };

/**
 * An aws:PrincipalOrgPaths / aws:SourceOrgPaths value (`o-x/r-y/ou-a/`, optionally with wildcards).
 * Inside when the literal prefix (up to the first wildcard) lies under a trusted org path or under
 * `<trusted org id>/`. A path whose first segment is not a literal org id is unresolved: OU ids are
 * unique only inside one organization.
 */
export function orgPathStatus(value: string, ctx: ZoneContext): OrgPathStatus {
  const v = value.trim();
  const tokens = tokensIn(v);
  if (tokens.length > 0) {
    const exprs = unresolvedExpressions(v);
    if (tokens.every((t) => t.kind === "unresolved") && allTrusted(exprs, ctx.zone)) {
      return { status: "inside", path: renderText(v), kind: "trusted-expression" };
    }
    return {
      status: "unresolved",
      path: renderText(v),
      expressions: exprs.length > 0 ? exprs : [renderText(v)],
    };
  }
  const wild = v.search(/[*?]/);
  const prefix = wild < 0 ? v : v.slice(0, wild);
  const slash = prefix.indexOf("/");
  const first = slash < 0 ? prefix : prefix.slice(0, slash);
  if (slash < 0) {
    // The org id itself is not complete before a wildcard (or there is no '/').
    if (wild >= 0 || v === "") return { status: "wildcard" };
    if (!ORG_RE.test(first)) return { status: "unresolved", path: v, expressions: [v] };
    const trustedOrgs = (ctx.zone.organizations ?? []).map((o) => String(o).trim());
    return trustedOrgs.includes(first)
      ? { status: "inside", path: v, org: first }
      : { status: "outside", path: v, org: first };
  }
  if (!ORG_RE.test(first)) return { status: "unresolved", path: v, expressions: [v] };
  const orgs = (ctx.zone.organizations ?? []).map((o) => String(o).trim());
  if (orgs.includes(first)) return { status: "inside", path: v, org: first };
  for (const raw of ctx.zone.orgPaths ?? []) {
    let p = String(raw).trim();
    if (!p) continue;
    if (!p.endsWith("/")) p += "/";
    if (prefix.startsWith(p)) return { status: "inside", path: v, org: first };
  }
  return { status: "outside", path: v, org: first };
}
