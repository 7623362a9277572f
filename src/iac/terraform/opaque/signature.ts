/** Reading an opaque module call through its signature rows (src/grants/module-signatures.ts). */
import type { SignatureInput } from "../../../grants/module-signatures.js";
import { principalElement } from "../../../grants/synthesize.js";
import { isWholeUnresolved, SELF_ACCOUNT, tokensIn, unresolved } from "../../../model/symbolic.js";
import type { ResourceRecord } from "../../../model/types.js";
import { isRecord } from "../hcl.js";
import { renderPolicyDocument } from "../policy-document.js";
import { innerRecord, innerType, type Props, policyPath, withTarget } from "./record.js";

type Statement = Record<string, unknown>;

/** The records one input row makes, or a reason it makes none. */
export function signatureRecords(call: ResourceRecord, row: SignatureInput, how: string): ResourceRecord[] {
  const given = call.properties[row.input];
  const value = given === undefined || given === null || given === "" ? row.default : given;
  if (value === undefined || value === null || value === "") return [];
  if (!enabled(call, row)) return [];
  const type = innerType(row.becomes);
  const make = (suffix: string, props: Props, input = row.input) =>
    innerRecord(call, row.becomes, suffix, withTarget(type, call, props), input, how);
  const asPolicy = (doc: unknown) => {
    const path = policyPath(type);
    return path ? [make("", { [path]: doc })] : [];
  };
  // A whole input the caller leaves unknown: whoever it admits cannot be known (fail closed).
  if (
    typeof value === "string" &&
    isWholeUnresolved(value) &&
    row.use !== "policy" &&
    row.use !== "irsa-provider"
  ) {
    if (row.use === "statements" || row.use === "github-subjects" || row.use === "irsa-providers")
      return asPolicy(value);
    return asPolicy({ Statement: [allow({ AWS: value }, row.actions ?? ["*"])] });
  }
  switch (row.use) {
    case "policy":
      return asPolicy(value);
    case "statements":
      return asPolicy(statementsDocument(value));
    case "principals":
      return asPolicy({
        Statement: listOf(value).map((p) =>
          allow(
            row.principal === "Federated" ? { Federated: p } : principalOf(p),
            row.actions ?? ["*"],
            row.condition,
          ),
        ),
      });
    case "source-arns":
      return asPolicy({
        Statement: [
          allow({ Service: row.principal }, row.actions ?? ["*"], {
            StringLike: { [row.conditionKey ?? "aws:SourceArn"]: listOf(value) },
          }),
        ],
      });
    case "github-subjects":
      return asPolicy({ Statement: [githubStatement(listOf(value), row.test ?? "StringLike")] });
    case "oidc-subjects": {
      const urls = (row.providerInputs ?? []).flatMap((i) => listOf(call.properties[i]));
      return asPolicy({
        Statement: urls.map((u) => oidcStatement(String(u), listOf(value), row.test ?? "StringEquals")),
      });
    }
    case "irsa-providers":
      return asPolicy({ Statement: entries(value).map(([, p]) => irsaStatement(p)) });
    case "argument":
      return value === "null" ? [] : [make("", { [row.argument ?? row.input]: value })];
    case "s3-grants": {
      const grant = entries(value).map(([, g]) => ({
        permission: g.permission,
        grantee: [pick({ type: g.type, id: g.id, uri: g.uri, email_address: g.email }, GRANTEE)],
      }));
      return grant.length > 0 ? [make("", { access_control_policy: [{ grant }] })] : [];
    }
    case "built-in-account":
      return asPolicy({
        Statement: [
          allow({ AWS: (row.principalTemplate ?? "{}").replace("{}", String(value)) }, row.actions ?? ["*"]),
        ],
      });
    case "policies":
      return listOf(value).flatMap((doc) => asPolicy(doc));
    case "typed-principals": {
      const block = {
        actions: call.properties[row.actionsInput ?? ""] ?? row.actions ?? ["*"],
        condition: call.properties[row.conditionsInput ?? ""],
        principals: entries(wrapLists(value)).map(([type, v]) => ({ type, identifiers: v.list })),
      };
      return asPolicy(renderPolicyDocument({ statement: [block] }, () => {}).document);
    }
    case "principal-keys": {
      const actions = call.properties[row.actionsInput ?? ""] ?? row.actions ?? ["*"];
      const keys = listOf(value).flatMap((m) => (isRecord(m) ? Object.keys(m).slice(0, 1) : []));
      return asPolicy({ Statement: keys.map((k) => allow({ AWS: k }, actions)) });
    }
    case "lambda-triggers":
      return entries(value).flatMap(([k, t]) => {
        const principal =
          t.principal ?? (typeof t.service === "string" ? `${t.service}.amazonaws.com` : undefined);
        if (principal === undefined) return [];
        return [
          make(
            keySuffix(k),
            pick({ ...t, principal, action: t.action ?? "lambda:InvokeFunction" }, LAMBDA_FIELDS),
            `${row.input}/${k}`,
          ),
        ];
      });
    case "event-permissions":
      return entries(value).flatMap(([k, p]) => {
        const principal = k.split(/\s+/).find((s) => s !== "");
        if (principal === undefined) return [];
        const props: Props = { principal, ...(p.action !== undefined ? { action: p.action } : {}) };
        if (p.condition_org !== undefined)
          props.condition = [{ key: "aws:PrincipalOrgID", type: "StringEquals", value: p.condition_org }];
        return [make(keySuffix(k), props, `${row.input}/${k}`)];
      });
    case "ram-principals":
      return listOf(value).map((p, i) => make(`[${i}]`, { principal: p }, `${row.input}/${i}`));
    case "entries":
      return entries(value).map(([k, e]) =>
        make(keySuffix(k), pick(e, row.fields ?? []), `${row.input}/${k}`),
      );
    case "bucket-notifications": {
      const bucket =
        call.properties.bucket_arn ??
        (call.properties.bucket != null ? `arn:aws:s3:::${String(call.properties.bucket)}` : undefined);
      return entries(value).map(([k, n]) => {
        const target = row.target ? { [row.target.argument]: n[row.target.field] } : {};
        const props: Props =
          type === "aws_lambda_permission"
            ? pick(
                {
                  principal: row.principal,
                  action: row.actions?.[0],
                  source_arn: bucket,
                  source_account: n.source_account,
                },
                LAMBDA_FIELDS,
              )
            : {
                [policyPath(type) ?? "policy"]: {
                  Statement: [
                    allow({ Service: row.principal }, row.actions ?? ["*"], {
                      ArnEquals: { "aws:SourceArn": bucket ?? unresolved("the bucket's ARN") },
                    }),
                  ],
                },
              };
        return make(keySuffix(k), { ...target, ...props }, `${row.input}/${k}`);
      });
    }
    case "irsa-provider": {
      // A role trusts only an OIDC provider of its own account (IAM refuses another account's),
      // so an account written in the provider's ARN is the account the roles are made in.
      // An issuer URL ("https://oidc.eks.<region>.amazonaws.com/id/X", "https://" optional) names
      // the provider too.
      // the provider too; so does an expression the reader cannot resolve (the account is known).
      // A reference to a provider the configuration makes (module.eks.oidc_provider_arn) stays one.
      const ref = typeof value === "string" && tokensIn(value).some((t) => t.kind !== "unresolved");
      const text = typeof value === "string" && !ref ? value : undefined;
      const arn = text === undefined ? null : /^arn:aws[a-z-]*:iam::[^:]*:oidc-provider\/(.+)$/.exec(text);
      const host = arn ? arn[1] : text?.replace(/^https:\/\//, "");
      const provider = host === undefined ? value : `arn:aws:iam::${SELF_ACCOUNT}:oidc-provider/${host}`;
      return asPolicy({
        Statement: [
          irsaStatement({ provider_arn: provider, namespace_service_accounts: ["*"] }, "StringLike"),
        ],
      });
    }
  }
}

/** A row with a `when` flag applies unless the flag is false (an unknown flag counts as true). */
export function enabled(call: ResourceRecord, row: SignatureInput): boolean {
  if (!row.when) return true;
  const flag = call.properties[row.when.input];
  const on = flag === undefined || flag === null ? row.when.default : !(flag === false || flag === "false");
  // An unknown flag counts as set either way: the grant is kept (fail closed).
  if (row.when.negate) return typeof flag === "string" && flag !== "true" && flag !== "false" ? true : !on;
  return on;
}

const GRANTEE = ["type", "id", "uri", "email_address"];

const LAMBDA_FIELDS = [
  "principal",
  "action",
  "source_arn",
  "source_account",
  "principal_org_id",
  "event_source_token",
  "function_url_auth_type",
];

function pick(o: Props, keys: readonly string[]): Props {
  const out: Props = {};
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out;
}

function keySuffix(key: string): string {
  return /^\d+$/.test(key) ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

function listOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined);
  if (isRecord(v)) return Object.values(v);
  return v === null || v === undefined ? [] : [v];
}

/** A map (or list) of objects as [key, object] pairs. */
function entries(v: unknown): [string, Props][] {
  const pairs: [string, unknown][] = Array.isArray(v)
    ? v.map((x, i) => [String(i), x])
    : isRecord(v)
      ? Object.entries(v)
      : [];
  return pairs.filter((p): p is [string, Props] => isRecord(p[1]));
}

/** { AWS = [...] } as { AWS = { list: [...] } }, so entries() keeps each type. */
function wrapLists(v: unknown): Record<string, { list: unknown }> {
  const out: Record<string, { list: unknown }> = {};
  if (isRecord(v)) for (const [k, x] of Object.entries(v)) out[k] = { list: x };
  return out;
}

function allow(principal: unknown, actions: unknown, condition?: Record<string, unknown>): Statement {
  const st: Statement = { Effect: "Allow", Principal: principal, Action: actions };
  if (condition) st.Condition = condition;
  return st;
}

/** A principal list item: "arn", "service.amazonaws.com" or { type, identifiers }. */
function principalOf(p: unknown): unknown {
  if (isRecord(p) && typeof p.type === "string") return { [p.type]: p.identifiers };
  return typeof p === "string" ? principalElement(p) : { AWS: String(p) };
}

/** terraform-aws-modules statement objects (list, or map keyed by sid) as a policy document. */
function statementsDocument(value: unknown): Record<string, unknown> {
  const blocks = entries(value).map(([k, s]) => ({
    ...s,
    ...(Array.isArray(value) || s.sid !== undefined ? {} : { sid: k }),
    condition: s.condition ?? s.conditions,
  }));
  return renderPolicyDocument({ statement: blocks }, () => {}).document;
}

const GITHUB = "token.actions.githubusercontent.com";

function githubStatement(subjects: unknown[], test: string): Statement {
  const subs = subjects.map((s) => (typeof s === "string" && !s.startsWith("repo:") ? `repo:${s}` : s));
  const condition: Record<string, Record<string, unknown>> = {
    StringEquals: { [`${GITHUB}:aud`]: "sts.amazonaws.com" },
  };
  condition[test] = { ...condition[test], [`${GITHUB}:sub`]: subs };
  return allow(
    { Federated: `arn:aws:iam::${SELF_ACCOUNT}:oidc-provider/${GITHUB}` },
    "sts:AssumeRoleWithWebIdentity",
    condition,
  );
}

function oidcStatement(url: string, subjects: unknown[], test: string): Statement {
  const host = url.replace(/^https:\/\//, "");
  return allow(
    { Federated: `arn:aws:iam::${SELF_ACCOUNT}:oidc-provider/${host}` },
    "sts:AssumeRoleWithWebIdentity",
    {
      [test]: { [`${host}:sub`]: subjects },
    },
  );
}

function irsaStatement(p: Props, test = "StringEquals"): Statement {
  const arn = typeof p.provider_arn === "string" ? p.provider_arn : String(p.provider_arn ?? "");
  const host = arn.replace(/^.*oidc-provider\//, "");
  // iam's providers list "namespace:name" pairs; eks-blueprints-addon's name one service account.
  const pairs =
    p.namespace_service_accounts === undefined && p.service_account !== undefined
      ? [`${String(p.namespace ?? "*")}:${String(p.service_account)}`]
      : listOf(p.namespace_service_accounts);
  const sas = pairs.map((s) => `system:serviceaccount:${String(s)}`);
  const condition: Record<string, Record<string, unknown>> = {
    StringEquals: { [`${host}:aud`]: "sts.amazonaws.com" },
  };
  condition[test] = { ...condition[test], [`${host}:sub`]: sas };
  return allow({ Federated: arn }, "sts:AssumeRoleWithWebIdentity", condition);
}
