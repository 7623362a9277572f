/**
 * Principal normalisation (grant-model §2): one value of a Principal / NotPrincipal key becomes a
 * canonical Principal plus what the classifier needs (kind, account field, partition, the
 * unresolved expressions). Never throws.
 */

import {
  hasToken,
  isSelfAccount,
  isWholeUnresolved,
  refAddress,
  renderText,
  renderValue,
  SELF_ACCOUNT,
  unresolvedExpressions,
} from "../model/symbolic.js";
import type { Principal, PrincipalType } from "../model/types.js";
import { ACCOUNT_RE, hasWildcard, PARTITION_RE, replaceTokens, splitArn, stripTokens } from "./arn.js";
import { normalizeIssuer } from "./issuers.js";
import type { IdentityProviderFact } from "./types.js";
import { defaultPartition, selfAccountText } from "./zone.js";

export type PrincipalKind =
  | "public"
  | "account"
  | "role"
  | "user"
  | "session"
  | "group"
  | "iam-other"
  | "aws-owned"
  | "unique-id"
  | "self-account"
  | "self-resource"
  | "service"
  | "saml-provider"
  | "oidc-provider"
  | "web-identity"
  | "federated-unknown"
  | "canonical-user"
  | "unresolved"
  | "invalid";

/** The options normalisation reads (a PolicyContext fits). */
export interface NormalizeContext {
  /** The own account's number when the IaC states it. */
  selfAccount?: string;
  /** Partition of bare accounts and symbolic partitions (default "aws"). */
  partition?: string;
  /** Identity provider resources of the scanned IaC, by address (PolicyContext). */
  identityProviders?: Readonly<Record<string, IdentityProviderFact>>;
}

export interface NormalizedPrincipal {
  principal: Principal;
  kind: PrincipalKind;
  /** The account the principal belongs to: 12 digits, the rendered own account, rendered text when unresolved, "cloudfront" for OAIs; null when none or unknown. */
  account: string | null;
  partition?: string;
  /** Unresolved expressions the principal's account depends on. */
  unresolved: string[];
  /** Not valid in the IAM grammar (the service would reject it); still reported (fail closed). */
  invalid?: boolean;
  /**
   * Set when normalisation found the value outside the IAM grammar: the first reason given ("" when
   * none was). Decisions read this field; the `invalidPrincipal:` notes are only text for people.
   */
  invalidReason?: string;
  /** The own account (SELF token, the stated own number, a resource of the same unit). */
  self?: boolean;
  /** Set when the principal must be classified `unresolved` whatever its account (e.g. unknown key casing). */
  forceUnresolved?: string;
  /** OIDC issuer (host/path) for OIDC providers, the literal for web-identity providers. */
  issuer?: string;
  /** The raw account field (may hold symbolic tokens; internal use, never display it). */
  accountField?: string;
  notes: string[];
}

const KEYS: ReadonlyMap<string, PrincipalType> = new Map([
  ["AWS", "AWS"],
  ["Service", "Service"],
  ["Federated", "Federated"],
  ["CanonicalUser", "CanonicalUser"],
]);

const WEB_IDENTITY = new Set([
  "cognito-identity.amazonaws.com",
  "www.amazon.com",
  "graph.facebook.com",
  "accounts.google.com",
]);
const SERVICE_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(amazonaws\.com(\.cn)?|amazon\.com)$/i;
const UNIQUE_ID_RE = /^(AROA|AIDA|ANPA|AGPA|ASIA|AKIA)[A-Z0-9]+$/;
const CANONICAL_RE = /^[0-9a-f]{64}$/i;
/** The resource part of an origin access identity's ARN, before its id. */
const OAI_USER = "user/CloudFront Origin Access Identity ";

export const PUBLIC_PRINCIPAL: Principal = { type: "Public", id: "*", accountId: null };

/**
 * Which Principal key a bare principal string belongs to (grant-model §2.3 strict rule): `*`,
 * 12 digits, an ARN, a service name, a web-identity provider, a canonical user id. Used for
 * principals given outside a policy (Lambda permission `principal`, top-level principal arrays).
 */
export function detectPrincipalKey(raw: unknown): "*" | "AWS" | "Service" | "Federated" | "CanonicalUser" {
  if (typeof raw === "number") return "AWS";
  if (typeof raw !== "string") return "AWS";
  const t = raw.trim();
  if (t === "*") return "*";
  if (ACCOUNT_RE.test(t)) return "AWS";
  const arn = splitArn(t);
  if (arn) {
    const res = stripTokens(arn.resource);
    return res.startsWith("saml-provider/") || res.startsWith("oidc-provider/") ? "Federated" : "AWS";
  }
  if (WEB_IDENTITY.has(t.toLowerCase())) return "Federated";
  if (!hasToken(t) && SERVICE_RE.test(t)) return "Service";
  if (hasToken(t) && !isWholeUnresolved(t) && SERVICE_RE.test(replaceTokens(t, "x"))) return "Service";
  if (CANONICAL_RE.test(t)) return "CanonicalUser";
  return "AWS";
}

/** Render for display: the own-account token becomes the stated number when known. */
export function displayText(text: string, ctx: NormalizeContext): string {
  const self = ctx.selfAccount?.trim();
  const t =
    self && ACCOUNT_RE.test(self) && text.includes(SELF_ACCOUNT) ? text.split(SELF_ACCOUNT).join(self) : text;
  return renderText(t);
}

function shortRender(raw: unknown): string {
  try {
    const s = typeof raw === "string" ? renderText(raw) : JSON.stringify(renderValue(raw));
    return (s ?? String(raw)).slice(0, 200);
  } catch {
    return "<unprintable>";
  }
}

/**
 * Normalise one principal value written under `key` ("AWS", "Service", "Federated",
 * "CanonicalUser"; "*" for the bare `"Principal": "*"`; "auto" to detect the key from the value).
 */
export function normalizePrincipal(
  key: string,
  raw: unknown,
  ctx: NormalizeContext = {},
): NormalizedPrincipal {
  const reasons: string[] = [];
  let out: NormalizedPrincipal;
  try {
    out = normalizeUnsafe(key, raw, ctx, reasons);
  } catch (e) {
    reasons.length = 0;
    out = invalidPrincipal(
      "AWS",
      raw,
      [`principal could not be read: ${e instanceof Error ? e.message : String(e)}`],
      reasons,
    );
  }
  if (reasons.length > 0) out.invalidReason = reasons.find((r) => r !== "") ?? "";
  return out;
}

/**
 * Record why a principal is invalid: the reason goes to `reasons` (what decisions read) and comes
 * back as the note people read.
 */
function invalidNote(reasons: string[], reason = ""): string {
  reasons.push(reason);
  return reason === "" ? "invalidPrincipal" : `invalidPrincipal:${reason}`;
}

function normalizeUnsafe(
  key: string,
  raw: unknown,
  ctx: NormalizeContext,
  reasons: string[],
): NormalizedPrincipal {
  const notes: string[] = [];
  let type: PrincipalType | "*" | undefined;
  let forceUnresolved: string | undefined;
  const k = typeof key === "string" ? key : String(key);
  if (k === "auto" || k === "*") {
    type = detectPrincipalKey(raw);
    if (k === "*" && type !== "*") notes.push(invalidNote(reasons, `key "*" with a value other than "*"`));
  } else {
    type = KEYS.get(k);
    if (type === undefined) {
      const ci = [...KEYS.keys()].find((x) => x.toLowerCase() === k.trim().toLowerCase());
      if (ci) {
        type = KEYS.get(ci);
        forceUnresolved = `principal key "${k}" is not written "${ci}"`;
        notes.push(`principalKeyCase:${k}`);
      } else {
        type = detectPrincipalKey(raw);
        forceUnresolved = `unknown principal key "${k}"`;
        notes.push(`unknownPrincipalKey:${k}`);
      }
    }
  }

  let text: string;
  if (typeof raw === "string") text = raw.trim();
  else if (typeof raw === "number") {
    if (!Number.isInteger(raw) || raw < 0) return invalidPrincipal(typeType(type), raw, notes, reasons);
    text = String(raw);
    if (type === "AWS") notes.push("numericAccount");
  } else
    return invalidPrincipal(typeType(type), raw, [...notes, invalidNote(reasons, "not a string")], reasons);

  let out: NormalizedPrincipal;
  // Only {"AWS": "*"} and the bare "*" are valid; {"Service": "*"} etc. are still public (fail closed).
  if (text === "*") out = publicPrincipal(notes, reasons, type !== "AWS" && type !== "*");
  else if (type === "Service") out = normalizeService(text, ctx, notes, reasons);
  else if (type === "Federated") out = normalizeFederated(text, ctx, notes, reasons);
  else if (type === "CanonicalUser") out = normalizeCanonical(text, ctx, notes, reasons);
  else out = normalizeAws(text, ctx, notes, reasons);
  if (forceUnresolved) out.forceUnresolved = forceUnresolved;
  return out;
}

function typeType(t: PrincipalType | "*" | undefined): PrincipalType {
  return t === undefined || t === "*" ? "AWS" : t;
}

function invalidPrincipal(
  type: PrincipalType,
  raw: unknown,
  notes: string[],
  reasons: string[],
): NormalizedPrincipal {
  return {
    principal: { type, id: shortRender(raw), accountId: null },
    kind: "invalid",
    account: null,
    unresolved: [],
    invalid: true,
    notes: reasons.length > 0 ? notes : [...notes, invalidNote(reasons)],
  };
}

function publicPrincipal(notes: string[], reasons: string[], invalid: boolean): NormalizedPrincipal {
  const out: NormalizedPrincipal = {
    principal: { ...PUBLIC_PRINCIPAL },
    kind: "public",
    account: null,
    unresolved: [],
    notes,
  };
  if (invalid) {
    out.invalid = true;
    notes.push(invalidNote(reasons));
  }
  return out;
}

/**
 * A principal of the own account: the account itself (`self-account`) or what identifies a
 * resource the configuration makes (`self-resource`).
 */
function ownPrincipal(
  kind: "self-account" | "self-resource",
  type: PrincipalType,
  id: (account: string) => string,
  partition: string,
  ctx: NormalizeContext,
  notes: string[],
): NormalizedPrincipal {
  const acct = selfAccountText(ctx);
  return {
    principal: { type, id: id(acct), accountId: acct },
    kind,
    account: acct,
    partition,
    unresolved: [],
    self: true,
    accountField: SELF_ACCOUNT,
    notes,
  };
}

function unresolvedWhole(
  type: PrincipalType,
  text: string,
  ctx: NormalizeContext,
  notes: string[],
): NormalizedPrincipal {
  return {
    principal: { type, id: displayText(text, ctx), accountId: null },
    kind: "unresolved",
    account: null,
    unresolved: unresolvedExpressions(text),
    notes,
  };
}

function normalizeAws(
  text: string,
  ctx: NormalizeContext,
  notes: string[],
  reasons: string[],
): NormalizedPrincipal {
  const partition = defaultPartition(ctx);
  if (text === "") return invalidPrincipal("AWS", text, [...notes, invalidNote(reasons, "empty")], reasons);
  if (isSelfAccount(text))
    return ownPrincipal(
      "self-account",
      "AWS",
      (a) => `arn:${partition}:iam::${a}:root`,
      partition,
      ctx,
      notes,
    );
  if (refAddress(text))
    return ownPrincipal("self-resource", "AWS", () => displayText(text, ctx), partition, ctx, notes);
  if (isWholeUnresolved(text)) return unresolvedWhole("AWS", text, ctx, notes);
  if (ACCOUNT_RE.test(text)) {
    return {
      principal: { type: "AWS", id: `arn:${partition}:iam::${text}:root`, accountId: text },
      kind: "account",
      account: text,
      partition,
      unresolved: [],
      accountField: text,
      notes,
    };
  }
  const arn = splitArn(text);
  if (arn) return normalizeIamArn(text, arn, "AWS", ctx, notes, reasons);
  if (UNIQUE_ID_RE.test(text)) {
    return {
      principal: { type: "AWS", id: text, accountId: null },
      kind: "unique-id",
      account: null,
      unresolved: [],
      notes: [...notes, "uniquePrincipalId"],
    };
  }
  if (hasToken(text)) return unresolvedWhole("AWS", text, ctx, notes);
  if (/^\d+$/.test(text))
    return invalidPrincipal(
      "AWS",
      text,
      [...notes, invalidNote(reasons, "account id is not 12 digits")],
      reasons,
    );
  return invalidPrincipal("AWS", text, [...notes, invalidNote(reasons, "not an account id or ARN")], reasons);
}

/** An ARN under AWS or Federated: account extraction per §2.2 / §2.4. */
function normalizeIamArn(
  text: string,
  arn: NonNullable<ReturnType<typeof splitArn>>,
  type: PrincipalType,
  ctx: NormalizeContext,
  notes: string[],
  reasons: string[],
): NormalizedPrincipal {
  const def = defaultPartition(ctx);
  let partition = arn.partition;
  if (hasToken(partition)) partition = def;
  else if (!PARTITION_RE.test(partition)) notes.push(invalidNote(reasons, `unknown partition ${partition}`));
  const service = arn.service;
  const resource = arn.resource;
  const plainResource = stripTokens(resource);
  const field = arn.account.trim();
  const id = displayText(text, ctx);

  // The account field: literal, own, unresolved, wildcard, a named AWS-owned account.
  if (!hasToken(field) && hasWildcard(field)) {
    return {
      principal: { type: "Public", id, accountId: null },
      kind: "public",
      account: null,
      partition,
      unresolved: [],
      invalid: true,
      notes: [...notes, invalidNote(reasons, "wildcard account")],
    };
  }
  if (!hasToken(field) && /^[a-z]+$/.test(field)) {
    const known = field === "cloudfront";
    // An origin access identity this configuration makes (its id a reference, as the Terraform
    // reader's iam_arn is): identifies a resource of the own account, as design.md says.
    if (known && resource.startsWith(OAI_USER) && refAddress(resource.slice(OAI_USER.length)))
      return ownPrincipal("self-resource", type, () => id, partition, ctx, notes);
    return {
      principal: { type, id, accountId: null },
      kind: known ? "aws-owned" : "invalid",
      account: field,
      partition,
      unresolved: [],
      invalid: known ? undefined : true,
      notes: known ? notes : [...notes, invalidNote(reasons, `account field "${field}"`)],
    };
  }

  let kind: PrincipalKind;
  let issuer: string | undefined;
  let provider: string | undefined;
  const svc = stripTokens(service);
  if (service === "iam" || service === "sts" || hasToken(service)) {
    if (plainResource === "root" && resource === "root") kind = "account";
    else if (plainResource.startsWith("role/")) kind = "role";
    else if (plainResource.startsWith("user/")) kind = "user";
    else if (plainResource.startsWith("assumed-role/") || plainResource.startsWith("federated-user/"))
      kind = "session";
    else if (plainResource.startsWith("group/")) {
      kind = "group";
      notes.push("groupPrincipal");
    } else if (resource.startsWith("saml-provider/")) {
      kind = "saml-provider";
      if (!hasToken(resource)) provider = resource;
    } else if (resource.startsWith("oidc-provider/")) {
      kind = "oidc-provider";
      // An issuer with unknown parts is an unknown provider (federated.ts), not a guess.
      if (!hasToken(resource)) {
        issuer = normalizeIssuer(resource.slice("oidc-provider/".length));
        provider = issuer;
      }
    } else kind = "iam-other";
  } else {
    kind = "iam-other";
    notes.push(invalidNote(reasons, `ARN of service ${svc}`));
  }
  if (type === "AWS" && (kind === "saml-provider" || kind === "oidc-provider")) {
    notes.push(invalidNote(reasons, "identity provider under AWS"));
  }
  if (type === "Federated" && kind !== "saml-provider" && kind !== "oidc-provider") {
    notes.push(invalidNote(reasons, "not an identity provider"));
  }
  if (kind === "iam-other" && reasons.length === 0) {
    notes.push(invalidNote(reasons, "not a principal ARN"));
  }
  if ((kind === "role" || kind === "user" || kind === "session") && hasWildcard(resource)) {
    notes.push(invalidNote(reasons, "wildcard in principal ARN"));
  }

  const base = { partition, notes, ...(issuer !== undefined ? { issuer } : {}) };
  const named = provider !== undefined && type === "Federated" ? { provider } : {};
  const invalid = reasons.length > 0 ? { invalid: true as const } : {};
  if (isSelfAccount(field)) {
    const acct = selfAccountText(ctx);
    return {
      principal: {
        type,
        id: kind === "account" ? `arn:${partition}:iam::${acct}:root` : id,
        accountId: acct,
        ...named,
      },
      kind,
      account: acct,
      unresolved: [],
      self: true,
      accountField: SELF_ACCOUNT,
      ...invalid,
      ...base,
    };
  }
  if (hasToken(field)) {
    const acct = renderText(field);
    const exprs = unresolvedExpressions(field);
    const ref = refAddress(field);
    return {
      principal: {
        type,
        id: kind === "account" ? `arn:${partition}:iam::${acct}:root` : id,
        accountId: acct,
        ...named,
      },
      kind,
      account: acct,
      unresolved: exprs.length > 0 ? exprs : [ref ? `${ref.address}.${ref.attribute}` : acct],
      accountField: field,
      ...invalid,
      ...base,
    };
  }
  if (!ACCOUNT_RE.test(field)) {
    return {
      principal: { type, id, accountId: null },
      kind: "invalid",
      account: null,
      unresolved: [],
      invalid: true,
      ...base,
      notes: [...notes, invalidNote(reasons, `account field "${field}"`)],
    };
  }
  return {
    principal: {
      type,
      id: kind === "account" ? `arn:${partition}:iam::${field}:root` : id,
      accountId: field,
      ...named,
    },
    kind,
    account: field,
    unresolved: [],
    accountField: field,
    ...invalid,
    ...base,
  };
}

function normalizeService(
  text: string,
  ctx: NormalizeContext,
  notes: string[],
  reasons: string[],
): NormalizedPrincipal {
  if (isWholeUnresolved(text)) return unresolvedWhole("Service", text, ctx, notes);
  const shape = replaceTokens(text, "x");
  if (SERVICE_RE.test(shape)) {
    return {
      principal: { type: "Service", id: displayText(text, ctx), accountId: null },
      kind: "service",
      account: null,
      unresolved: [],
      notes,
    };
  }
  if (hasToken(text)) return unresolvedWhole("Service", text, ctx, notes);
  return invalidPrincipal(
    "Service",
    text,
    [...notes, invalidNote(reasons, "not a service principal")],
    reasons,
  );
}

function normalizeFederated(
  text: string,
  ctx: NormalizeContext,
  notes: string[],
  reasons: string[],
): NormalizedPrincipal {
  const lower = text.toLowerCase();
  if (WEB_IDENTITY.has(lower)) {
    return {
      principal: { type: "Federated", id: text, accountId: null, provider: lower },
      kind: "web-identity",
      account: null,
      unresolved: [],
      issuer: lower,
      notes,
    };
  }
  const ref = refAddress(text);
  if (ref) {
    const acct = selfAccountText(ctx);
    // A provider resource of the same IaC: known by its URL or name, in the own account.
    const fact = Object.hasOwn(ctx.identityProviders ?? {}, ref.address)
      ? ctx.identityProviders?.[ref.address]
      : undefined;
    const issuer = fact?.kind === "oidc" && fact.issuer ? normalizeIssuer(fact.issuer) : undefined;
    const provider =
      fact?.kind === "saml" && fact.name ? `saml-provider/${fact.name}` : issuer ? issuer : undefined;
    return {
      principal: {
        type: "Federated",
        id: displayText(text, ctx),
        accountId: acct,
        ...(provider ? { provider } : {}),
      },
      kind: fact ? (fact.kind === "saml" ? "saml-provider" : "oidc-provider") : "federated-unknown",
      ...(issuer ? { issuer } : {}),
      account: acct,
      partition: defaultPartition(ctx),
      unresolved: [],
      self: true,
      accountField: SELF_ACCOUNT,
      notes,
    };
  }
  if (isWholeUnresolved(text)) return unresolvedWhole("Federated", text, ctx, notes);
  const arn = splitArn(text);
  if (arn) return normalizeIamArn(text, arn, "Federated", ctx, notes, reasons);
  if (hasToken(text)) return unresolvedWhole("Federated", text, ctx, notes);
  return invalidPrincipal(
    "Federated",
    text,
    [...notes, invalidNote(reasons, "not an identity provider")],
    reasons,
  );
}

function normalizeCanonical(
  text: string,
  ctx: NormalizeContext,
  notes: string[],
  reasons: string[],
): NormalizedPrincipal {
  // What the configuration makes or looks up in the own account names its canonical user: the
  // account's own (data.aws_canonical_user_id) or its origin access identity's (S3CanonicalUserId).
  if (refAddress(text)) {
    return {
      principal: { type: "CanonicalUser", id: displayText(text, ctx), accountId: null },
      kind: "canonical-user",
      account: null,
      unresolved: [],
      self: true,
      notes,
    };
  }
  if (hasToken(text)) return unresolvedWhole("CanonicalUser", text, ctx, notes);
  const valid = CANONICAL_RE.test(text);
  return {
    principal: { type: "CanonicalUser", id: text, accountId: null },
    kind: "canonical-user",
    account: null,
    unresolved: [],
    ...(valid ? {} : { invalid: true }),
    notes: valid ? notes : [...notes, invalidNote(reasons, "not a canonical user id")],
  };
}
