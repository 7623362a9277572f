/**
 * The policy grammar (grant-model §2.1, §2.8, §3.8): document -> statements, each with its
 * effect, principal entries (with their JSON paths), actions, resources and Condition. Shape
 * problems become `errors` (the document is partly unreadable) or `notes`; nothing throws.
 */

import { hasToken, isWholeUnresolved, renderText, unresolvedExpressions } from "../model/symbolic.js";
import { readStringList } from "./actions.js";
import { mergeDuplicate } from "./json.js";
import { formatPath, isObject, type Path } from "./shape.js";

export interface Diagnostics {
  errors: string[];
  notes: string[];
}

/** One value written under one Principal / NotPrincipal key. */
export interface PrincipalEntry {
  /** "AWS", "Service", … as written; "*" for the bare "*"; "auto" for values without a key. */
  key: string;
  value: unknown;
  path: Path;
}

export interface StatementView {
  /** Index in the Statement array; null when Statement is a single object. */
  index: number | null;
  path: Path;
  /** Sid when present, else "#<index>". */
  label: string;
  effect: "Allow" | "Deny";
  /** Expressions the Effect depends on (an unresolved Effect is read as Allow). */
  effectUnresolved: string[];
  /** null: element absent. */
  principals: PrincipalEntry[] | null;
  notPrincipals: PrincipalEntry[] | null;
  principalPath: Path;
  notPrincipalPath: Path;
  actions: string[] | null;
  notActions: string[] | null;
  resources: string[] | null;
  notResources: string[] | null;
  condition: unknown;
  conditionPath: Path;
}

/** An element by its exact name, else by a differently cased name (reported). */
function element(
  obj: Record<string, unknown>,
  name: string,
  where: string,
  diag: Diagnostics,
): { value: unknown; key: string } | undefined {
  if (Object.hasOwn(obj, name)) return { value: obj[name], key: name };
  const lower = name.toLowerCase();
  let found: { value: unknown; key: string } | undefined;
  for (const k of Object.keys(obj)) {
    if (k.toLowerCase() !== lower) continue;
    diag.errors.push(`element "${renderText(k)}" in ${where} should be written "${name}"; read as ${name}`);
    found = found
      ? { value: mergeDuplicate(found.value, obj[k]), key: found.key }
      : { value: obj[k], key: k };
  }
  return found;
}

function isUnknownStatement(v: unknown): v is string {
  return typeof v === "string" && isWholeUnresolved(v.trim());
}

/**
 * Statements whose value cannot be known statically: whoever they admit is unknown, so they read
 * as one statement allowing everything to a principal named by the expression (fail closed).
 */
function unknownStatement(token: string): Record<string, unknown> {
  return { Effect: "Allow", Principal: { AWS: token.trim() }, Action: "*", Resource: "*" };
}

export function readStatements(doc: Record<string, unknown>, diag: Diagnostics): StatementView[] {
  const st = element(doc, "Statement", "the policy", diag);
  if (st === undefined) {
    if (Object.hasOwn(doc, "Effect") || Object.hasOwn(doc, "Principal")) {
      diag.errors.push("policy has no Statement element; the document was read as a single statement");
      return [readStatement(doc, null, [], diag)];
    }
    diag.errors.push("policy has no Statement element");
    return [];
  }
  const value = st.value;
  if (Array.isArray(value)) {
    const out: StatementView[] = [];
    value.forEach((item, i) => {
      if (isObject(item)) out.push(readStatement(item, i, [st.key, i], diag));
      else if (isUnknownStatement(item))
        out.push(readStatement(unknownStatement(item), i, [st.key, i], diag));
      else diag.errors.push(`${st.key}[${i}] is not an object; ignored`);
    });
    return out;
  }
  if (isObject(value)) return [readStatement(value, null, [st.key], diag)];
  if (isUnknownStatement(value)) return [readStatement(unknownStatement(value), null, [st.key], diag)];
  diag.errors.push("Statement is neither an object nor an array");
  return [];
}

function readStatement(
  s: Record<string, unknown>,
  index: number | null,
  path: Path,
  diag: Diagnostics,
): StatementView {
  const where = path.length === 0 ? "the policy" : formatPath(path);
  const sidRaw = element(s, "Sid", where, diag)?.value;
  const label =
    typeof sidRaw === "string" && sidRaw.trim() !== ""
      ? renderText(sidRaw.trim())
      : `#${index === null ? 0 : index}`;

  const effectUnresolved: string[] = [];
  const effect = readEffect(element(s, "Effect", where, diag)?.value, where, diag, effectUnresolved);

  const p = element(s, "Principal", where, diag);
  const np = element(s, "NotPrincipal", where, diag);
  const principalPath = [...path, p?.key ?? "Principal"];
  const notPrincipalPath = [...path, np?.key ?? "NotPrincipal"];
  const principals = p === undefined ? null : principalEntries(p.value, principalPath, diag, where);
  const notPrincipals = np === undefined ? null : principalEntries(np.value, notPrincipalPath, diag, where);
  if (p !== undefined && np !== undefined) {
    diag.errors.push(`${where} has both Principal and NotPrincipal`);
  }

  const a = element(s, "Action", where, diag);
  const na = element(s, "NotAction", where, diag);
  const r = element(s, "Resource", where, diag);
  const nr = element(s, "NotResource", where, diag);
  const c = element(s, "Condition", where, diag);
  return {
    index,
    path,
    label,
    effect,
    effectUnresolved,
    principals,
    notPrincipals,
    principalPath,
    notPrincipalPath,
    actions: readStringList(a?.value, `Action of ${where}`, diag.errors),
    notActions: readStringList(na?.value, `NotAction of ${where}`, diag.errors),
    resources: readStringList(r?.value, `Resource of ${where}`, diag.errors),
    notResources: readStringList(nr?.value, `NotResource of ${where}`, diag.errors),
    condition: c?.value,
    conditionPath: [...path, c?.key ?? "Condition"],
  };
}

/** Effect: "Allow" / "Deny"; anything else is read as Allow (fail closed) and reported. */
function readEffect(raw: unknown, where: string, diag: Diagnostics, unresolved: string[]): "Allow" | "Deny" {
  if (raw === "Allow") return "Allow";
  if (raw === "Deny") return "Deny";
  if (raw === undefined) {
    diag.errors.push(`${where} has no Effect; read as Allow (fail closed)`);
    return "Allow";
  }
  const values = Array.isArray(raw) ? raw : [raw];
  const texts = values.map((v) => (typeof v === "string" ? v.trim() : ""));
  if (texts.some((t) => hasToken(t))) {
    // An open input decides it: the statement's grants carry the expression as unresolved.
    for (const t of texts) unresolved.push(...unresolvedExpressions(t));
    diag.notes.push(`Effect of ${where} is not known statically; read as Allow (fail closed)`);
    return "Allow";
  }
  const lower = texts.map((t) => t.toLowerCase());
  if (lower.includes("allow") || !lower.every((t) => t === "deny")) {
    diag.errors.push(`Effect of ${where} is not "Allow" or "Deny"; read as Allow (fail closed)`);
    return "Allow";
  }
  diag.errors.push(`Effect of ${where} is not written "Deny"; read as Deny`);
  return "Deny";
}

/** Every principal value of a Principal / NotPrincipal element, each with its JSON path. */
export function principalEntries(
  raw: unknown,
  path: Path,
  diag: Diagnostics,
  where: string,
): PrincipalEntry[] {
  if (typeof raw === "string") return [{ key: raw.trim() === "*" ? "*" : "auto", value: raw, path }];
  if (typeof raw === "number") return [{ key: "auto", value: raw, path }];
  if (Array.isArray(raw)) {
    // Not in the grammar (`"Principal": ["*"]`): read each item on its own (fail closed).
    const out: PrincipalEntry[] = [];
    raw.forEach((item, i) => {
      if (typeof item === "string" || typeof item === "number")
        out.push({ key: "auto", value: item, path: [...path, i] });
      else if (isObject(item)) out.push(...mapEntries(item, [...path, i], diag, where));
      else diag.errors.push(`principal at ${formatPath([...path, i])} is not a string; ignored`);
    });
    return out;
  }
  if (isObject(raw)) return mapEntries(raw, path, diag, where);
  diag.errors.push(`principal element of ${where} is neither "*", an object nor an array; ignored`);
  return [];
}

function mapEntries(
  obj: Record<string, unknown>,
  path: Path,
  diag: Diagnostics,
  where: string,
): PrincipalEntry[] {
  const out: PrincipalEntry[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (Array.isArray(value)) {
      value.forEach((item, j) => {
        if (Array.isArray(item) || isObject(item)) {
          diag.errors.push(
            `principal at ${formatPath([...path, key, j])} in ${where} is not a string; ignored`,
          );
        } else out.push({ key, value: item, path: [...path, key, j] });
      });
    } else if (isObject(value)) {
      diag.errors.push(`principal at ${formatPath([...path, key])} in ${where} is an object; ignored`);
    } else out.push({ key, value, path: [...path, key] });
  }
  return out;
}
