/**
 * The values of identity condition keys (grant-model §3.2): each value of an aws:PrincipalOrgID,
 * aws:PrincipalAccount, aws:SourceArn, … predicate tested against the zone of trust, with the
 * principal a narrowed grant is reported as (design.md "Narrowed principals").
 */

import {
  isSelfAccount,
  isWholeUnresolved,
  refAddress,
  renderText,
  unresolvedExpressions,
} from "../model/symbolic.js";
import type { Principal } from "../model/types.js";
import { ACCOUNT_RE, hasWildcard, PARTITION_RE, splitArn, stripTokens } from "./arn.js";
import { displayText } from "./principal.js";
import type { Path } from "./shape.js";
import {
  type AccountStatus,
  accountStatus,
  allTrusted,
  defaultPartition,
  orgPathStatus,
  orgStatus,
  selfAccountText,
  type ZoneContext,
} from "./zone.js";

/** The dimensions an identity constraint can narrow (grant-model §3.2). */
export type Dim =
  | "account"
  | "org"
  | "orgPath"
  | "principalArn"
  | "userId"
  | "sourceAccount"
  | "sourceArn"
  | "sourceOrg"
  | "sourceOrgPath"
  | "accessPointAccount"
  | "accessPointArn"
  | "eventSourceToken";

/**
 * inside: within the zone; outside: a named party outside it; identity: an identity whose account is
 * unknown (aws:userid role id, event-source token: external); unresolved: the value (or the owner of
 * the named resource) could not be determined.
 */
export type ValueStatus = "inside" | "outside" | "identity" | "unresolved";

export interface ConstraintValue {
  status: ValueStatus;
  /** How the narrowed grant is reported. */
  principal: Principal;
  /** Sub-kind for the inside case (self-account, zone-account, trusted-expression, self-resource, own-bucket). */
  insideKind?: string;
  expressions: string[];
  /** Account (12 digits) / partition when the value names one literally. */
  account?: string;
  partition?: string;
  /** Organization id when the value names one literally. */
  org?: string;
  /**
   * The value names a resource whose owner is unknown (an S3 bucket ARN has no account field).
   * Unlike an unresolved expression it is settled by another account constraint of the same
   * statement (aws:SourceAccount next to aws:SourceArn is the documented pattern).
   */
  ownerUnknown?: boolean;
  path: Path;
}

/** Policy context extras the value tests read. */
export interface ValueContext extends ZoneContext {
  ownBucketNames?: string[];
}

export function rootArn(partition: string, account: string): string {
  return `arn:${partition}:iam::${account}:root`;
}

function textOf(raw: unknown): string | null {
  if (typeof raw === "string") return raw.trim();
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 0) return String(raw);
  return null;
}

function fromAccountStatus(st: AccountStatus, partition: string, path: Path): ConstraintValue | null {
  switch (st.status) {
    case "inside":
      return {
        status: "inside",
        insideKind: st.kind,
        principal: { type: "AWS", id: rootArn(partition, st.account), accountId: st.account },
        expressions: [],
        ...(ACCOUNT_RE.test(st.account) ? { account: st.account, partition } : {}),
        path,
      };
    case "outside":
      return {
        status: "outside",
        principal: { type: "AWS", id: rootArn(partition, st.account), accountId: st.account },
        expressions: [],
        account: st.account,
        partition,
        path,
      };
    case "unresolved":
      return {
        status: "unresolved",
        principal: { type: "AWS", id: rootArn(partition, st.account), accountId: st.account },
        expressions: st.expressions,
        path,
      };
    default:
      return null; // wildcard or invalid: the predicate does not bound the caller
  }
}

/** Evaluate one condition value of dimension `dim`; null = does not narrow (wildcard, invalid). */
export function evaluateValue(dim: Dim, raw: unknown, path: Path, ctx: ValueContext): ConstraintValue | null {
  const text = textOf(raw);
  if (text === null || text === "") return null;
  const partition = defaultPartition(ctx);
  switch (dim) {
    case "account":
    case "sourceAccount":
    case "accessPointAccount":
      return fromAccountStatus(accountStatus(text, partition, ctx), partition, path);
    case "org":
    case "sourceOrg": {
      const st = orgStatus(text, ctx);
      if (st.status === "wildcard") return null;
      const principal: Principal = { type: "AWS", id: st.org, accountId: null };
      if (st.status === "unresolved")
        return { status: "unresolved", principal, expressions: st.expressions, path };
      if (st.status === "inside") {
        return { status: "inside", principal, insideKind: st.kind, expressions: [], org: st.org, path };
      }
      return { status: "outside", principal, expressions: [], org: st.org, path };
    }
    case "orgPath":
    case "sourceOrgPath": {
      // Reported as the organization (design.md "Narrowed principals"); the path stays in the conditions.
      const st = orgPathStatus(text, ctx);
      if (st.status === "wildcard") return null;
      if (st.status === "unresolved") {
        const principal: Principal = { type: "AWS", id: st.path, accountId: null };
        return { status: "unresolved", principal, expressions: st.expressions, path };
      }
      const principal: Principal = { type: "AWS", id: st.org ?? st.path, accountId: null };
      if (st.status === "inside")
        return { status: "inside", principal, insideKind: st.kind, expressions: [], path };
      return { status: "outside", principal, expressions: [], path };
    }
    case "principalArn":
    case "sourceArn":
    case "accessPointArn":
      return evaluateArnValue(dim, text, path, ctx);
    case "userId":
      return evaluateUserId(text, path, ctx);
    case "eventSourceToken": {
      if (isWholeUnresolved(text) || unresolvedExpressions(text).length > 0) {
        const exprs = unresolvedExpressions(text);
        if (allTrusted(exprs, ctx.zone)) return null;
        return { status: "unresolved", principal: tokenPrincipal(text), expressions: exprs, path };
      }
      if (hasWildcard(text)) return null;
      return { status: "identity", principal: tokenPrincipal(text), expressions: [], path };
    }
  }
}

function tokenPrincipal(text: string): Principal {
  return { type: "AWS", id: `lambda:EventSourceToken=${renderText(text)}`, accountId: null };
}

function evaluateUserId(text: string, path: Path, ctx: ValueContext): ConstraintValue | null {
  const partition = defaultPartition(ctx);
  if (ACCOUNT_RE.test(text) || isSelfAccount(text)) {
    return fromAccountStatus(accountStatus(text, partition, ctx), partition, path);
  }
  const exprs = unresolvedExpressions(text);
  if (exprs.length > 0 || isWholeUnresolved(text)) {
    if (allTrusted(exprs, ctx.zone)) {
      return {
        status: "inside",
        insideKind: "trusted-expression",
        principal: { type: "AWS", id: renderText(text), accountId: null },
        expressions: [],
        path,
      };
    }
    return {
      status: "unresolved",
      principal: { type: "AWS", id: renderText(text), accountId: null },
      expressions: exprs,
      path,
    };
  }
  const colon = text.indexOf(":");
  const idPart = colon < 0 ? text : text.slice(0, colon);
  if (idPart === "" || hasWildcard(idPart)) return null;
  if (refAddress(idPart)) {
    // The unique id of a role or user this configuration makes (aws_iam_role.x.unique_id,
    // !GetAtt Role.RoleId): an identity of the own account.
    const acct = selfAccountText(ctx);
    return {
      status: "inside",
      insideKind: "self-resource",
      principal: { type: "AWS", id: renderText(text), accountId: acct },
      expressions: [],
      path,
    };
  }
  return {
    status: "identity",
    principal: { type: "AWS", id: renderText(text), accountId: null },
    expressions: [],
    path,
  };
}

function evaluateArnValue(dim: Dim, text: string, path: Path, ctx: ValueContext): ConstraintValue | null {
  const def = defaultPartition(ctx);
  const asWritten = (accountId: string | null): Principal => ({
    type: "AWS",
    id: displayText(text, ctx),
    accountId,
  });
  if (refAddress(text)) {
    // A resource of the same unit: it lives in the own account.
    const acct = selfAccountText(ctx);
    return {
      status: "inside",
      insideKind: "self-resource",
      principal:
        dim === "principalArn" ? asWritten(acct) : { type: "AWS", id: rootArn(def, acct), accountId: acct },
      expressions: [],
      path,
    };
  }
  if (isWholeUnresolved(text)) {
    const exprs = unresolvedExpressions(text);
    if (allTrusted(exprs, ctx.zone)) {
      return {
        status: "inside",
        insideKind: "trusted-expression",
        principal: asWritten(null),
        expressions: [],
        path,
      };
    }
    return { status: "unresolved", principal: asWritten(null), expressions: exprs, path };
  }
  const arn = splitArn(text);
  if (!arn) {
    if (hasWildcard(text)) return null;
    const exprs = unresolvedExpressions(text);
    return {
      status: "unresolved",
      principal: asWritten(null),
      expressions: exprs.length > 0 ? exprs : [renderText(text)],
      path,
    };
  }
  const partition = PARTITION_RE.test(arn.partition) ? arn.partition : def;
  const field = arn.account.trim();
  if (field === "") {
    // S3 bucket ARNs carry no account: own only when the bucket is declared in the scanned IaC.
    const bucket = arn.resource.split("/")[0] ?? "";
    const own =
      arn.service === "s3" && (refAddress(bucket) !== null || (ctx.ownBucketNames ?? []).includes(bucket));
    if (own) {
      const acct = selfAccountText(ctx);
      return {
        status: "inside",
        insideKind: "own-bucket",
        principal:
          dim === "principalArn" ? asWritten(acct) : { type: "AWS", id: rootArn(def, acct), accountId: acct },
        expressions: [],
        path,
      };
    }
    if (hasWildcard(stripTokens(arn.resource)) && stripTokens(bucket).replace(/[*?]/g, "") === "")
      return null;
    const exprs = unresolvedExpressions(text);
    return {
      status: "unresolved",
      principal: asWritten(null),
      expressions: exprs.length > 0 ? exprs : [`owner of ${renderText(text)}`],
      ...(exprs.length > 0 ? {} : { ownerUnknown: true }),
      path,
    };
  }
  const st = accountStatus(field, partition, ctx);
  if (dim !== "principalArn") return fromAccountStatus(st, partition, path);
  switch (st.status) {
    case "inside":
      return {
        status: "inside",
        insideKind: st.kind,
        principal: asWritten(st.account),
        expressions: [],
        ...(ACCOUNT_RE.test(st.account) ? { account: st.account, partition } : {}),
        path,
      };
    case "outside":
      return {
        status: "outside",
        principal: asWritten(st.account),
        expressions: [],
        account: st.account,
        partition,
        path,
      };
    case "unresolved":
      return { status: "unresolved", principal: asWritten(st.account), expressions: st.expressions, path };
    default:
      return null;
  }
}
