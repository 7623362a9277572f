/**
 * The policy an `aws_iam_policy_document` data source will render, rebuilt from its arguments
 * as the plan knows them (grant-model §5.1 merge rules, T18). When a data source is read only at
 * apply time its `json` is unknown, but its statements — principals, conditions — are usually
 * literal; this is how a role's trust policy that depends on it still yields its principals.
 */

import { parseJson } from "../../model/json.js";
import { hasToken } from "../../model/symbolic.js";
import { isObject, type Json, type JsonObject } from "./plan-document.js";
import type { Path } from "./unknowns.js";

type Statement = Record<string, unknown>;

const MERGED_DOCUMENTS = [
  "source_policy_documents",
  "override_policy_documents",
  "source_json",
  "override_json",
];

/**
 * The document, or null when a part that decides its statements is unknown (a whole statement
 * list, source or override documents, a condition's key) — the caller then keeps the policy
 * unresolved. An attribute missing from `values` is unknown (planned_values omit unknowns);
 * `unknownAt` names it. `configured` lists the arguments the configuration sets, when known:
 * a merge argument it does not set is absent rather than unknown.
 */
export function policyFromDataSource(
  values: JsonObject,
  unknownAt: (path: Path) => string,
  configured?: ReadonlySet<string>,
): Statement | null {
  for (const attr of MERGED_DOCUMENTS) {
    if (values[attr] === undefined && (configured === undefined || configured.has(attr))) return null;
  }
  const sources = documentList(values.source_policy_documents, values.source_json);
  const overrides = documentList(values.override_policy_documents, values.override_json);
  if (sources === null || overrides === null) return null;
  const inline = values.statement;
  if (inline === undefined || (inline !== null && !Array.isArray(inline))) return null;

  let statements: Statement[] = sources.flatMap(statementsOf);
  const inlineStatements: Statement[] = [];
  for (let i = 0; i < (inline ?? []).length; i++) {
    const block = inline?.[i];
    if (!isObject(block)) return null;
    const st = statementOf(block, ["statement", i], unknownAt);
    if (st === null) return null;
    inlineStatements.push(st);
  }
  statements = mergeBySid(statements, inlineStatements);
  for (const doc of overrides) statements = mergeBySid(statements, statementsOf(doc));

  const doc: Statement = { Version: text(values.version) || "2012-10-17" };
  if (text(values.policy_id)) doc.Id = text(values.policy_id);
  doc.Statement = statements;
  return doc;
}

/** Parsed policy documents of a list argument (and its deprecated single form); null if unknown. */
function documentList(list: Json | undefined, single: Json | undefined): JsonObject[] | null {
  const texts: Json[] = [];
  if (Array.isArray(list)) texts.push(...list);
  else if (list !== undefined && list !== null) texts.push(list);
  if (single !== undefined && single !== null && single !== "") texts.push(single);
  const docs: JsonObject[] = [];
  for (const t of texts) {
    if (typeof t !== "string" || hasToken(t)) return null;
    const parsed = parseJson(t);
    if (!parsed.ok || !isObject(parsed.value as Json)) return null;
    docs.push(parsed.value as JsonObject);
  }
  return docs;
}

function statementsOf(doc: JsonObject): Statement[] {
  const s = doc.Statement;
  if (Array.isArray(s)) return s.filter(isObject);
  return isObject(s) ? [s] : [];
}

/** Statements with a Sid already present are replaced in place; the rest are appended. */
function mergeBySid(base: Statement[], extra: Statement[]): Statement[] {
  const out = [...base];
  for (const st of extra) {
    const sid = typeof st.Sid === "string" && st.Sid !== "" ? st.Sid : undefined;
    const at = sid === undefined ? -1 : out.findIndex((o) => o.Sid === sid);
    if (at >= 0) out[at] = st;
    else out.push(st);
  }
  return out;
}

function text(v: Json | undefined): string {
  return typeof v === "string" ? v : "";
}

/** One statement block; null when its conditions are unknown (they may narrow it or not). */
function statementOf(block: JsonObject, path: Path, unknownAt: (path: Path) => string): Statement | null {
  const st: Statement = {};
  if (text(block.sid)) st.Sid = text(block.sid);
  st.Effect = text(block.effect) || "Allow";
  const lists: [string, string, boolean][] = [
    ["actions", "Action", true],
    ["not_actions", "NotAction", false],
    ["resources", "Resource", true],
    ["not_resources", "NotResource", false],
  ];
  for (const [attr, key, unknownIfMissing] of lists) {
    const at = [...path, attr];
    const v =
      block[attr] === undefined && unknownIfMissing ? [unknownAt(at)] : stringsOf(block[attr], at, unknownAt);
    if (v.length > 0) st[key] = v;
  }
  const principals = block.principals === undefined ? unknownAt([...path, "principals"]) : block.principals;
  const principal = principalsOf(principals, [...path, "principals"], unknownAt);
  if (principal !== undefined) st.Principal = principal;
  const notPrincipal = principalsOf(block.not_principals, [...path, "not_principals"], unknownAt);
  if (notPrincipal !== undefined) st.NotPrincipal = notPrincipal;
  const condition = conditionsOf(block.condition, [...path, "condition"], unknownAt);
  if (condition === null) return null;
  if (condition !== undefined) st.Condition = condition;
  return st;
}

/** A list of strings; a whole unknown list stays one token, null or missing elements become tokens. */
function stringsOf(v: Json | undefined, path: Path, unknownAt: (path: Path) => string): string[] {
  if (typeof v === "string") return [v];
  if (!Array.isArray(v)) return [];
  return v.map((x, i) =>
    typeof x === "string" ? x : x === null ? unknownAt([...path, i]) : JSON.stringify(x),
  );
}

function principalsOf(v: Json | undefined, path: Path, unknownAt: (path: Path) => string): unknown {
  if (typeof v === "string") return { AWS: v };
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: Record<string, string[]> = {};
  const add = (type: string, ids: string[]) => {
    out[type] = [...(out[type] ?? []), ...ids];
  };
  let star = false;
  v.forEach((block, i) => {
    if (typeof block === "string") {
      add("AWS", [block]);
      return;
    }
    if (!isObject(block)) return;
    const type = typeof block.type === "string" && !hasToken(block.type) ? block.type : "AWS";
    const at = [...path, i, "identifiers"];
    const ids =
      block.identifiers === undefined ? [unknownAt(at)] : stringsOf(block.identifiers, at, unknownAt);
    if (type === "*") {
      // The provider renders type "*" with identifiers ["*"] as "Principal": "*".
      star = true;
      return;
    }
    add(type, ids);
  });
  if (star && Object.keys(out).length === 0) return "*";
  if (star) add("AWS", ["*"]);
  return out;
}

/** The Condition element; null when a condition block is not known. */
function conditionsOf(v: Json | undefined, path: Path, unknownAt: (path: Path) => string): unknown {
  if (v === undefined || typeof v === "string") return null;
  if (!Array.isArray(v) || v.length === 0) return undefined;
  const out: Record<string, Record<string, string[]>> = {};
  for (let i = 0; i < v.length; i++) {
    const block = v[i];
    if (!isObject(block)) return null;
    const test = block.test;
    const variable = block.variable;
    if (typeof test !== "string" || typeof variable !== "string" || hasToken(test) || hasToken(variable))
      return null;
    const at = [...path, i, "values"];
    const values = block.values === undefined ? [unknownAt(at)] : stringsOf(block.values, at, unknownAt);
    // Two blocks with the same test and variable are one OR-ed list (grant-model §5.1).
    const byKey = out[test] ?? {};
    byKey[variable] = [...(byKey[variable] ?? []), ...values];
    out[test] = byKey;
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
