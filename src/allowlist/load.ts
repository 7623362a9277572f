import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { LineCounter, parseDocument, visit } from "yaml";
import schema from "../../schema/allowlist.schema.json" with { type: "json" };
import { isGlob } from "../model/glob.js";
import type { Allowlist, AllowlistError, Approval } from "./types.js";

let validator: ValidateFunction | undefined;
function validate(value: unknown): { ok: boolean; errors: ErrorObject[] } {
  validator ??= new Ajv({ allErrors: true, strict: false }).compile(schema);
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
  const value = doc.toJS({ maxAliasCount: 100 }) ?? {};
  const { ok, errors } = validate(value);
  if (!ok) {
    return {
      errors: errors.map((e) => {
        const path = e.instancePath.split("/").slice(1).map(decodePointer);
        const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
        const where = e.instancePath === "" ? "the file" : e.instancePath.slice(1).replaceAll("/", ".");
        const extra = e.keyword === "additionalProperties" ? ` '${String(e.params.additionalProperty)}'` : "";
        return {
          file,
          line: lineAt(node?.range?.[0]) ?? 1,
          message: `${where}: ${e.message ?? "invalid"}${extra}`,
        };
      }),
    };
  }
  const v = value as AllowlistFile;
  const semanticErrors: AllowlistError[] = [];
  const warnings: string[] = [];
  const approvals: Approval[] = [];
  const seen = new Map<string, number>();
  (v.approvals ?? []).forEach((a, index) => {
    const node = doc.getIn(["approvals", index], true) as { range?: number[] } | undefined;
    const line = lineAt(node?.range?.[0]) ?? 1;
    const problem = principalProblem(a.principal);
    if (problem) semanticErrors.push({ file, line, message: `approvals.${index}.principal: ${problem}` });
    if (a.expires !== undefined && !isRealDate(a.expires)) {
      semanticErrors.push({
        file,
        line,
        message: `approvals.${index}.expires: '${a.expires}' is not a calendar date`,
      });
    }
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
      },
      trustAwsServiceAccounts: t["aws-service-accounts"] === true,
      accountNames: v.accounts ?? {},
      approvals,
      warnings,
    },
  };
}

interface AllowlistFile {
  trusted?: {
    accounts?: string[];
    organizations?: string[];
    "org-paths"?: string[];
    expressions?: string[];
    "github-orgs"?: string[];
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
  const arn = /^arn:[^:]*:[^:]*:[^:]*:(\d{12}):./.exec(p);
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
