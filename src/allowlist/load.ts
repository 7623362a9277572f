import type { ErrorObject } from "ajv";
import { LineCounter, parseDocument, visit } from "yaml";
import { isGlob } from "../model/glob.js";
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
  const { ok, errors } = validate(value);
  if (!ok) {
    // The schema's complaints, and the date and pattern problems of the entries it did not reject
    // for those: every problem of the file at once, in line order.
    const semantic = valueProblems(value, file, approvalLine).filter(
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
  semanticErrors.push(...valueProblems(v, file, approvalLine).map(({ field: _f, ...e }) => e));
  (v.approvals ?? []).forEach((a, index) => {
    const line = approvalLine(index);
    const key = JSON.stringify([a.principal, a.resources ?? [], a.actions ?? []]);
    const dup = seen.get(key);
    if (dup !== undefined)
      warnings.push(`approvals.${index} repeats approvals.${dup} (same principal and scope)`);
    else seen.set(key, index);
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
): (AllowlistError & { field: string })[] {
  const approvals = (value as { approvals?: unknown } | null)?.approvals;
  if (!Array.isArray(approvals)) return [];
  const out: (AllowlistError & { field: string })[] = [];
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
  if (p === "*" || !isGlob(p)) return null;
  // No wildcard before the account: `arn:aws:iam:*:123456789012:*` would let the "*" in the region
  // run across the account field ("*" crosses ":") and match ids of any account.
  const arn = /^arn:[^:*?]*:[^:*?]*:[^:*?]*:(\d{12}):./.exec(p);
  if (arn) return null;
  if (/^arn:aws[a-z0-9-]*:iam::\d{12}:(saml|oidc)-provider\/[^*?]+#/.test(p)) return null;
  return `'${p}' is a pattern that could match principals of any account; patterns must name the account (arn:aws:iam::123456789012:role/*). To approve public access write "*" alone.`;
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
