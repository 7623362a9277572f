/**
 * data "aws_iam_policy_document" rendered the way the AWS provider renders it
 * (grant-model.md §5.1): single values as strings, sets sorted in reverse, principals of one type
 * merged, conditions with the same test and variable concatenated (OR), Go's sorted map keys,
 * source documents merged first, inline statements replacing by Sid, overrides last.
 */
import { hasToken, isWholeToken, isWholeUnresolved, renderText, unresolved } from "../../model/symbolic.js";
import { isRecord, parseJsonText } from "./hcl.js";
import { setOwn } from "./objects.js";
import { compareStrings } from "./values.js";

export interface RenderedPolicy {
  document: Record<string, unknown>;
  json: string;
  minified: string;
}

type Json = unknown;

/** `props` is the evaluated data block as plain JSON (nested blocks as arrays of objects). */
export function renderPolicyDocument(
  props: Record<string, Json>,
  report: (message: string) => void,
): RenderedPolicy {
  const statements: Record<string, Json>[] = [];
  const sidIndex = new Map<string, number>();
  // A Sid with unknown parts is not known to equal another: it neither replaces nor duplicates one
  // (a statement is never dropped on a guess).
  const knownSid = (st: Record<string, Json>): string =>
    typeof st.Sid === "string" && !hasToken(st.Sid) ? st.Sid : "";
  const add = (st: Record<string, Json>, replace: boolean, origin: string): void => {
    const sid = knownSid(st);
    const at = sid === "" ? undefined : sidIndex.get(sid);
    if (at !== undefined) {
      if (replace) statements[at] = st;
      else report(`duplicate Sid ${JSON.stringify(sid)} in ${origin}`);
      return;
    }
    if (sid !== "") sidIndex.set(sid, statements.length);
    statements.push(st);
  };

  const sources = [...documents(props.source_json), ...documents(props.source_policy_documents)];
  sources.forEach((text, i) => {
    for (const st of parsedStatements(text, `source_policy_documents[${i}]`, report))
      add(st, false, "source_policy_documents");
  });
  const inlineSids = new Set<string>();
  for (const block of blocks(props.statement)) {
    const st = renderStatement(block);
    const sid = knownSid(st);
    if (sid !== "" && inlineSids.has(sid)) report(`duplicate Sid ${JSON.stringify(sid)} in statement blocks`);
    if (sid !== "") inlineSids.add(sid);
    add(st, true, "statement");
  }
  const overrides = [...documents(props.override_policy_documents), ...documents(props.override_json)];
  overrides.forEach((text, i) => {
    for (const st of parsedStatements(text, `override_policy_documents[${i}]`, report))
      add(st, true, "override_policy_documents");
  });

  const document: Record<string, unknown> = {
    Version: typeof props.version === "string" ? props.version : "2012-10-17",
  };
  if (typeof props.policy_id === "string" && props.policy_id !== "") document.Id = props.policy_id;
  document.Statement = statements;
  return {
    document,
    json: escapeHtml(JSON.stringify(document, null, 2)),
    minified: escapeHtml(JSON.stringify(document)),
  };
}

function documents(v: Json): string[] {
  if (v === null || v === undefined || v === "") return [];
  if (Array.isArray(v)) return v.flatMap(documents);
  return [typeof v === "string" ? v : JSON.stringify(v)];
}

function blocks(v: Json): Record<string, Json>[] {
  if (Array.isArray(v)) return v.filter(isRecord);
  return isRecord(v) ? [v] : [];
}

function parsedStatements(text: string, origin: string, report: (m: string) => void): Record<string, Json>[] {
  // A document not known statically (an open input, a value known only at apply) is never
  // dropped: it stands for statements whose principals, actions and resources are that
  // expression, so a resource or trust policy gets an unresolved grant naming it (fail closed,
  // design.md "What cannot be seen is unresolved") and a role's permissions an unbounded action.
  const whole = text.trim();
  if (isWholeToken(whole)) {
    // A reference (a data source's `policy`) is no identity: its statements are unknown.
    const unknown = isWholeUnresolved(whole) ? whole : unresolved(renderText(whole));
    return [
      { Sid: unknown, Effect: "Allow", Principal: { AWS: unknown }, Action: unknown, Resource: unknown },
    ];
  }
  let doc: Json;
  try {
    doc = parseJsonText(text);
  } catch (e) {
    report(`${origin} is not valid JSON (${(e as Error).message}): ${renderText(text).slice(0, 120)}`);
    return [];
  }
  if (!isRecord(doc)) {
    report(`${origin} is not a policy document`);
    return [];
  }
  const st = doc.Statement;
  return Array.isArray(st) ? st.filter(isRecord) : isRecord(st) ? [st] : [];
}

/**
 * A value not known at all, which may be null: a whole unresolved token, or blocks (principals)
 * whose every value is one (the stand-in for a dynamic block over an unknown collection).
 */
function maybeNull(v: Json): boolean {
  if (typeof v === "string") return isWholeUnresolved(v.trim());
  if (Array.isArray(v)) return v.length > 0 && v.every(maybeNull);
  if (isRecord(v)) return Object.values(v).every(maybeNull);
  return false;
}

function present(v: Json): boolean {
  return v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
}

/**
 * Of `actions` and `not_actions` (and the other pairs) Terraform accepts only one. Where one of
 * them is not known at all (an open input's statement: `not_actions = statement.value.not_actions`),
 * every deploy Terraform accepts has it null when the other is set: it is left out, and with both
 * unknown the positive form stays (its unknown principal or action is reported unresolved).
 */
function onlyOne(b: Record<string, Json>, positive: string, negative: string): Record<string, Json> {
  if (!present(b[positive]) || !present(b[negative])) return b;
  if (maybeNull(b[negative])) return { ...b, [negative]: null };
  if (maybeNull(b[positive])) return { ...b, [positive]: null };
  return b;
}

function renderStatement(block: Record<string, Json>): Record<string, Json> {
  let b = block;
  for (const [positive, negative] of [
    ["actions", "not_actions"],
    ["resources", "not_resources"],
    ["principals", "not_principals"],
  ] as const)
    b = onlyOne(b, positive, negative);
  const out: Record<string, Json> = {};
  if (typeof b.sid === "string" && b.sid !== "") out.Sid = b.sid;
  out.Effect = typeof b.effect === "string" && b.effect !== "" ? b.effect : "Allow";
  setList(out, "Action", b.actions, false);
  setList(out, "NotAction", b.not_actions, false);
  setList(out, "Resource", b.resources, true);
  setList(out, "NotResource", b.not_resources, true);
  const principals = principalSet(b.principals);
  if (principals !== undefined) out.Principal = principals;
  const notPrincipals = principalSet(b.not_principals);
  if (notPrincipals !== undefined) out.NotPrincipal = notPrincipals;
  const conditions = conditionMap(b.condition);
  if (conditions !== undefined) out.Condition = conditions;
  return out;
}

function strings(v: Json): string[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (typeof v === "string") return [v];
  if (typeof v === "number" || typeof v === "boolean") return [String(v)];
  return [JSON.stringify(v)];
}

/** A set attribute: duplicates removed, sorted in reverse (policyDecodeConfigStringList). */
function reverseSortedSet(v: Json, policyVars: boolean): string[] {
  const items = [...new Set(strings(v))].map((s) => (policyVars ? s.replaceAll("&{", "${") : s));
  return items.sort(compareStrings).reverse();
}

function single(items: string[]): Json {
  return items.length === 1 ? items[0] : items;
}

function setList(out: Record<string, Json>, key: string, v: Json, policyVars: boolean): void {
  const items = reverseSortedSet(v, policyVars);
  if (items.length > 0) out[key] = single(items);
}

function principalSet(v: Json): Json {
  const list = blocks(v);
  if (list.length === 0) return undefined;
  const byType = new Map<string, string[]>();
  for (const p of list) {
    const type = typeof p.type === "string" ? p.type : String(p.type);
    const ids = reverseSortedSet(p.identifiers, true);
    byType.set(type, [...(byType.get(type) ?? []), ...ids]);
  }
  const star = byType.get("*");
  if (byType.size === 1 && star && star.length === 1 && star[0] === "*") return "*";
  const out: Record<string, Json> = {};
  for (const type of [...byType.keys()].sort(compareStrings)) setOwn(out, type, single(byType.get(type)!));
  return out;
}

function conditionMap(v: Json): Json {
  const list = blocks(v);
  if (list.length === 0) return undefined;
  const byTest = new Map<string, Map<string, string[]>>();
  for (const c of list) {
    const test = String(c.test ?? "");
    const variable = String(c.variable ?? "");
    const vars = byTest.get(test) ?? new Map<string, string[]>();
    const values = strings(c.values).map((s) => s.replaceAll("&{", "${"));
    vars.set(variable, [...(vars.get(variable) ?? []), ...values]);
    byTest.set(test, vars);
  }
  const out: Record<string, Json> = {};
  for (const test of [...byTest.keys()].sort(compareStrings)) {
    const vars = byTest.get(test)!;
    const inner: Record<string, Json> = {};
    for (const variable of [...vars.keys()].sort(compareStrings))
      setOwn(inner, variable, single(vars.get(variable)!));
    setOwn(out, test, inner);
  }
  return out;
}

/** Go's encoding/json escapes <, > and & (and U+2028/2029); so does the provider's output. */
function escapeHtml(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
