import type { ErrorObject } from "ajv";
import { LineCounter, parseDocument, visit } from "yaml";
import { isGlob } from "../model/glob.js";
import { isSharedIssuer, normalizeIssuer } from "../policy/issuers.js";
import { allowlistSchemaValidator } from "./schema-validator.js";
import type { Allowlist, AllowlistError, Approval } from "./types.js";

function validate(value: unknown): { ok: boolean; errors: ErrorObject[] } {
  const validator = allowlistSchemaValidator();
  return { ok: validator(value) as boolean, errors: validator.errors ?? [] };
}

const MAX_ALLOWLIST_BYTES = 1024 * 1024;

/**
 * Parse and validate an allowlist. An invalid file is never treated as empty: it is an error
 * naming the line and the reason, and the caller fails (exit 2).
 */
export function parseAllowlist(
  file: string,
  text: string,
): { allowlist: Allowlist } | { errors: AllowlistError[] } {
  if (text.length > MAX_ALLOWLIST_BYTES)
    return { errors: [{ file, message: "allowlist is larger than 1 MiB" }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number | undefined) =>
    offset === undefined ? undefined : lineCounter.linePos(offset).line;
  if (doc.errors.length > 0) {
    return {
      errors: doc.errors.map((e) => ({
        file,
        line: lineAt(e.pos[0]),
        message: `invalid YAML: ${firstLine(e.message)}`,
      })),
    };
  }
  // Unquoted account ids are numbers in YAML and lose leading zeros: keep their source text (no field
  // of the allowlist is a number).
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === "number" && typeof node.source === "string" && /^\d+$/.test(node.source)) {
        node.value = node.source;
      }
    },
  });
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  } catch (err) {
    // yaml refuses aliases that expand too far (an alias bomb): an invalid file, not a crash.
    return { errors: [{ file, line: 1, message: `invalid YAML: ${firstLine((err as Error).message)}` }] };
  }
  const approvalLine = (index: number): number => {
    const node = doc.getIn(["approvals", index], true) as { range?: number[] } | undefined;
    return lineAt(node?.range?.[0]) ?? 1;
  };
  const providerLine = (index: number): number => {
    const node = doc.getIn(["trusted", "identity-providers", index], true) as
      | { range?: number[] }
      | undefined;
    return lineAt(node?.range?.[0]) ?? 1;
  };
  const { ok, errors } = validate(value);
  if (!ok) {
    // The schema's complaints, and the date and pattern problems of the entries it did not reject
    // for those: every problem of the file at once, in line order.
    const semantic = valueProblems(value, file, approvalLine, providerLine).filter(
      (s) => !errors.some((e) => `${e.instancePath.slice(1).replaceAll("/", ".")}` === s.field),
    );
    const schemaErrors: AllowlistError[] = errors.map((e) => {
      const path = e.instancePath.split("/").slice(1).map(decodePointer);
      const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
      const where = e.instancePath === "" ? "the file" : e.instancePath.slice(1).replaceAll("/", ".");
      const extra = e.keyword === "additionalProperties" ? ` '${String(e.params.additionalProperty)}'` : "";
      return {
        file,
        line: lineAt(node?.range?.[0]) ?? 1,
        message: `${where}: ${e.message ?? "invalid"}${extra}`,
      };
    });
    const all = [...schemaErrors, ...semantic.map(({ field: _f, ...e }) => e)];
    return { errors: all.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
  }
  const v = value as AllowlistFile;
  const semanticErrors: AllowlistError[] = [];
  const warnings: string[] = [];
  const approvals: Approval[] = [];
  const seen = new Map<string, number>();
  semanticErrors.push(...valueProblems(v, file, approvalLine, providerLine).map(({ field: _f, ...e }) => e));
  (v.approvals ?? []).forEach((a, index) => {
    const line = approvalLine(index);
    const key = JSON.stringify([a.principal, a.resources ?? [], a.actions ?? []]);
    const dup = seen.get(key);
    if (dup !== undefined)
      warnings.push(`approvals.${index} repeats approvals.${dup} (same principal and scope)`);
    else seen.set(key, index);
    const shared = sharedProviderOnly(a.principal);
    if (shared) {
      warnings.push(
        `approvals.${index} approves every token of ${shared}, a shared issuer (any of its customers: public access)${a.resources ? ` on ${a.resources.join(", ")}` : " on every resource"}; add #<subject pattern> to approve one subject`,
      );
    }
    if (a.principal === "*") {
      warnings.push(
        `approvals.${index} approves public access ("*")${a.resources ? ` on ${a.resources.join(", ")}` : " on every resource"}`,
      );
    }
    approvals.push({ index, line, ...a });
  });
  if (semanticErrors.length > 0) return { errors: semanticErrors };
  const t = v.trusted ?? {};
  return {
    allowlist: {
      file,
      zone: {
        accounts: t.accounts ?? [],
        organizations: t.organizations ?? [],
        orgPaths: t["org-paths"] ?? [],
        expressions: t.expressions ?? [],
        githubOrgs: t["github-orgs"] ?? [],
        moduleSources: t["module-sources"] ?? [],
        identityProviders: t["identity-providers"] ?? [],
      },
      trustAwsServiceAccounts: t["aws-service-accounts"] === true,
      accountNames: v.accounts ?? {},
      approvals,
      warnings,
    },
  };
}

/** Problems the schema cannot express: pattern principals and dates that are not on the calendar. */
function valueProblems(
  value: unknown,
  file: string,
  lineOf: (index: number) => number,
  trustedLine: (index: number) => number = () => 1,
): (AllowlistError & { field: string })[] {
  const out: (AllowlistError & { field: string })[] = [];
  const providers = (value as { trusted?: { "identity-providers"?: unknown } } | null)?.trusted?.[
    "identity-providers"
  ];
  if (Array.isArray(providers)) {
    providers.forEach((entry: unknown, index) => {
      if (typeof entry !== "string") return;
      const problem = identityProviderProblem(entry);
      if (!problem) return;
      const field = `trusted.identity-providers.${index}`;
      out.push({ file, line: trustedLine(index), message: `${field}: ${problem}`, field });
    });
  }
  const approvals = (value as { approvals?: unknown } | null)?.approvals;
  if (!Array.isArray(approvals)) return out;
  approvals.forEach((a: unknown, index) => {
    if (a === null || typeof a !== "object") return;
    const { principal, expires } = a as { principal?: unknown; expires?: unknown };
    const problem = typeof principal === "string" ? principalProblem(principal) : null;
    if (problem) {
      const field = `approvals.${index}.principal`;
      out.push({ file, line: lineOf(index), message: `${field}: ${problem}`, field });
    }
    if (typeof expires === "string" && /^\d{4}-\d{2}-\d{2}$/.test(expires) && !isRealDate(expires)) {
      const field = `approvals.${index}.expires`;
      out.push({
        file,
        line: lineOf(index),
        message: `${field}: '${expires}' is not a calendar date`,
        field,
      });
    }
  });
  return out;
}

interface AllowlistFile {
  trusted?: {
    accounts?: string[];
    organizations?: string[];
    "org-paths"?: string[];
    expressions?: string[];
    "github-orgs"?: string[];
    "module-sources"?: string[];
    "identity-providers"?: string[];
    "aws-service-accounts"?: boolean;
  };
  accounts?: Record<string, string>;
  approvals?: Omit<Approval, "index" | "line">[];
}

/**
 * A glob must not approve principals of any account: "*" means public access, and patterns need a
 * literal account (or organization) so an approval can never silently cover everyone.
 */
function principalProblem(p: string): string | null {
  if (p === "*") return null;
  const hash = p.indexOf("#");
  if (hash >= 0) {
    // A federated principal: the provider is matched as written, the subject as a pattern.
    const provider = p.slice(0, hash);
    if (provider === "") return `'${p}' names no identity provider before '#'`;
    if (isGlob(provider.replace(/\$\{[^}]*\}/g, "")))
      return `'${p}': the identity provider before '#' must be written out (its host, saml-provider/NAME, ARN or the expression the report prints), without wildcards`;
    if (p.slice(hash + 1) === "") return `'${p}' has no subject pattern after '#'`;
    return null;
  }
  // An expression as the report prints it is compared as written.
  if (p.includes("${") || !isGlob(p)) return null;
  // No wildcard before the account: `arn:aws:iam:*:123456789012:*` would let the "*" in the region
  // run across the account field ("*" crosses ":") and match ids of any account.
  const arn = /^arn:[^:*?]*:[^:*?]*:[^:*?]*:(\d{12}):./.exec(p);
  if (arn) return null;
  if (/^arn:aws[a-z0-9-]*:iam::\d{12}:(saml|oidc)-provider\/[^*?]+#/.test(p)) return null;
  return `'${p}' is a pattern that could match principals of any account; patterns must name the account (arn:aws:iam::123456789012:role/*). To approve public access write "*" alone.`;
}

/**
 * A trusted.identity-providers entry must not trust a shared issuer (every GitHub repository, every
 * Google account) nor be only wildcards.
 */
function identityProviderProblem(entry: string): string | null {
  if (entry.replace(/[*?]/g, "").trim() === "")
    return `'${entry}' would trust every identity provider; name the provider (saml-provider/Okta, oidc.eks.eu-west-1.amazonaws.com/id/ABC)`;
  const host = normalizeIssuer(entry.replace(/^(arn:[^:]*:iam::[^:]*:)?oidc-provider\//i, ""));
  if (!isGlob(host) && isSharedIssuer(host))
    return `'${entry}' is a shared issuer: every customer of it gets tokens. Trust a GitHub organisation with trusted.github-orgs, or approve provider#subject patterns`;
  return null;
}

/** The shared issuer an approval names without a subject (approving all its tokens), or null. */
function sharedProviderOnly(principal: string): string | null {
  if (principal.includes("#")) return null;
  const host = normalizeIssuer(principal.replace(/^(arn:[^:]*:iam::[^:]*:)?oidc-provider\//i, ""));
  return !isGlob(host) && host.includes(".") && isSharedIssuer(host) ? host : null;
}

function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function decodePointer(s: string): string | number {
  const t = s.replaceAll("~1", "/").replaceAll("~0", "~");
  return /^\d+$/.test(t) ? Number(t) : t;
}

function firstLine(s: string): string {
  return s.split("\n")[0] ?? s;
}
