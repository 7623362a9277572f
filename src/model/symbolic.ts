/**
 * Symbolic values inside resolved strings.
 *
 * Readers resolve IaC expressions to plain JSON. Where a part of a value cannot be known
 * statically (a variable without a value, an import, the deploying account), the reader puts a
 * token into the string instead: U+E000, a kind letter, the expression text, U+E001. Tokens
 * survive string concatenation, JSON.stringify/parse of policy text and structured cloning,
 * so an unresolved principal always says which expression it depends on.
 *
 * The two marker code points are private-use characters. Every text read from a repository goes
 * through `sanitizeText`, which replaces them, so a file cannot forge a token (for example to
 * pass itself off as the own account).
 */

import { setOwn } from "./objects.js";

const OPEN = "\uE000";
const CLOSE = "\uE001";
/** Separates address and attribute in a ref token: attributes may contain dots (Endpoint.Address). */
const REF_SEP = "\uE002";
const TOKEN_RE = /\uE000([a-z])([^\uE000\uE001]*)\uE001/g;

export type TokenKind = "unresolved" | "self" | "region" | "ref";

const KIND_LETTER: Record<TokenKind, string> = { unresolved: "u", self: "s", region: "r", ref: "f" };
const LETTER_KIND: Record<string, TokenKind> = { u: "unresolved", s: "self", r: "region", f: "ref" };

/** A value that could not be determined statically; `expression` is its source text. */
export function unresolved(expression: string): string {
  return OPEN + KIND_LETTER.unresolved + sanitizeText(expression) + CLOSE;
}

/**
 * An attribute of a resource declared in the same unit (CloudFormation Ref/GetAtt, a Terraform
 * reference to a managed resource): its value is unknown, but it lives in the own account.
 * `address` is the logical id or Terraform resource address, `attribute` e.g. "Arn", "id", "Ref".
 */
export function resourceRef(address: string, attribute: string): string {
  return OPEN + KIND_LETTER.ref + sanitizeText(address) + REF_SEP + sanitizeText(attribute) + CLOSE;
}

/** The resource address of a string that is exactly one resourceRef token, else null. */
export function refAddress(text: string): { address: string; attribute: string } | null {
  const m = /^\uE000f([^\uE000\uE001]*)\uE001$/.exec(text);
  if (!m) return null;
  const body = m[1] ?? "";
  const sep = body.indexOf(REF_SEP);
  return sep < 0
    ? { address: body, attribute: "" }
    : { address: body.slice(0, sep), attribute: body.slice(sep + 1) };
}

/**
 * The resource address a reference names, as the resource's own record writes it: token texts
 * write quotes as ' (see the Terraform reader), so keys become ["k"] again. Null: not a reference.
 */
export function refResourceAddress(text: string): string | null {
  const ref = refAddress(text);
  return ref ? ref.address.replace(/\['([^']*)'\]/g, '["$1"]') : null;
}

/** The account the code deploys into (AWS::AccountId, data.aws_caller_identity): always internal. */
export const SELF_ACCOUNT = OPEN + KIND_LETTER.self + CLOSE;

/** The region the code deploys into. */
export const SELF_REGION = OPEN + KIND_LETTER.region + CLOSE;

/** Replace the token markers in untrusted text so that no file can forge a token. */
export function sanitizeText(text: string): string {
  return /[\uE000-\uE002]/.test(text) ? text.replace(/[\uE000-\uE002]/g, "\uFFFD") : text;
}

export function hasToken(text: string): boolean {
  return text.includes(OPEN);
}

export interface Token {
  kind: TokenKind;
  text: string;
}

export function tokensIn(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    out.push({ kind: LETTER_KIND[m[1] ?? "u"] ?? "unresolved", text: m[2] ?? "" });
  }
  return out;
}

/** Expressions of the unresolved tokens in a string, in order, without duplicates. */
export function unresolvedExpressions(text: string): string[] {
  return [
    ...new Set(
      tokensIn(text)
        .filter((t) => t.kind === "unresolved")
        .map((t) => t.text),
    ),
  ];
}

export function isSelfAccount(text: string): boolean {
  return text === SELF_ACCOUNT;
}

/** One token of any kind and nothing else (an unresolved value, a reference, the own account …). */
export function isWholeToken(text: string): boolean {
  return /^\uE000[a-z][^\uE000\uE001]*\uE001$/.test(text);
}

/** True when the whole string is exactly one unresolved token. */
export function isWholeUnresolved(text: string): boolean {
  const m = /^\uE000u([^\uE000\uE001]*)\uE001$/.exec(text);
  return m !== null;
}

/** Human-readable text: unresolved parts as ${expr}, the own account as ${own-account}. */
export function renderText(text: string): string {
  if (!hasToken(text)) return text;
  return text.replace(TOKEN_RE, (_m, letter: string, body: string) => {
    const kind = LETTER_KIND[letter];
    if (kind === "self") return "$" + "{own-account}";
    if (kind === "region") return "$" + "{region}";
    return "${" + body.replace(REF_SEP, ".") + "}";
  });
}

/** Deeply render every string of a JSON value for display. */
export function renderValue(value: unknown): unknown {
  if (typeof value === "string") return renderText(value);
  if (Array.isArray(value)) return value.map(renderValue);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // A "__proto__" key from the repository stays a key, never a prototype.
      setOwn(out, renderText(k), renderValue(v));
    }
    return out;
  }
  return value;
}
