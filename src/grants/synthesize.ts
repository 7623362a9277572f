import { hasToken, isWholeUnresolved, renderText, SELF_ACCOUNT, unresolved } from "../model/symbolic.js";
import { detectPrincipalKey } from "../policy/principal.js";
import { valueAt, valuesAt } from "./paths.js";
import { PRINCIPAL_PARAMETER, PRINCIPAL_VALUE } from "./principal-shapes.js";
import { samPermissions } from "./sam-events.js";
import type { GrantRow } from "./table.js";

/**
 * Grants that are not written as policy documents (Lambda permissions, KMS grants, shares, ACLs)
 * are turned into the policy statement AWS itself stores for them (grant-model §4.3), so one
 * policy engine classifies every grant.
 */
export type SynthKind =
  | "lambda-permission"
  | "eventbridge-permission"
  | "kms-grant"
  | "principal-list"
  | "s3-acl"
  | "function-url"
  | "kms-default-policy"
  | "unseen-template"
  | "vpc-owner"
  | "sam-events";

export interface SynthesizedPolicy {
  doc: { Statement: Record<string, unknown>[] };
  /** For each statement, the property path its principal came from (for line numbers). */
  principalPaths: string[];
}

type Props = Record<string, unknown>;
type Synth = (row: GrantRow, props: Props) => SynthesizedPolicy | null;

const SERVICE_RE = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.(amazonaws\.com(\.cn)?|amazon\.com)$/;

function field(row: GrantRow, props: Props, name: string): unknown {
  const path = row.fields?.[name];
  return path ? valueAt(props, path) : undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return undefined;
}

/** The Principal element AWS stores for a principal given as one plain string. */
export function principalElement(p: string): unknown {
  const s = p.trim();
  if (s === "*") return "*";
  if (!hasToken(s) && SERVICE_RE.test(s)) return { Service: s };
  return { AWS: s };
}

/** Actions the properties name without their service prefix ("IssueCertificate") get the row's. */
function prefixed(row: GrantRow, value: unknown): unknown {
  const prefix = row.actionPrefix;
  if (!prefix || value === undefined) return value;
  const one = (v: unknown) =>
    typeof v === "string" && !v.includes(":") && !hasToken(v) ? `${prefix}${v}` : v;
  return Array.isArray(value) ? value.map(one) : one(value);
}

function statement(principal: unknown, actions: unknown, condition?: Props): Record<string, unknown> {
  const st: Record<string, unknown> = { Effect: "Allow", Principal: principal, Action: actions };
  if (condition && Object.keys(condition).length > 0) st.Condition = condition;
  return st;
}

function addCondition(cond: Props, op: string, key: string, value: unknown): void {
  if (value === undefined || value === null || value === "") return;
  const block = (cond[op] as Props | undefined) ?? {};
  block[key] = value;
  cond[op] = block;
}

const lambdaPermission: Synth = (row, props) => {
  const principal = str(field(row, props, "principal"));
  if (principal === undefined) return null;
  const cond: Props = {};
  addCondition(cond, "ArnLike", "AWS:SourceArn", field(row, props, "sourceArn"));
  addCondition(cond, "StringEquals", "AWS:SourceAccount", str(field(row, props, "sourceAccount")));
  addCondition(cond, "StringEquals", "aws:PrincipalOrgID", field(row, props, "orgId"));
  addCondition(cond, "StringEquals", "lambda:EventSourceToken", field(row, props, "eventSourceToken"));
  addCondition(cond, "StringEquals", "lambda:FunctionUrlAuthType", field(row, props, "functionUrlAuthType"));
  const viaUrl = field(row, props, "invokedViaFunctionUrl");
  if (viaUrl === true || viaUrl === "true")
    addCondition(cond, "Bool", "lambda:InvokedViaFunctionUrl", "true");
  const action =
    prefixed(row, field(row, props, "action")) ??
    (row.mechanism === "lambda-layer-permission" ? "lambda:GetLayerVersion" : "lambda:InvokeFunction");
  return {
    doc: { Statement: [statement(principalElement(principal), action, cond)] },
    principalPaths: [row.fields?.principal ?? ""],
  };
};

const eventBridgePermission: Synth = (row, props) => {
  const principal = str(field(row, props, "principal"));
  if (principal === undefined) return null;
  const cond: Props = {};
  const key = str(field(row, props, "conditionKey"));
  const type = str(field(row, props, "conditionType")) ?? "StringEquals";
  if (key) addCondition(cond, type, key, field(row, props, "conditionValue"));
  const element = principal.trim() === "*" ? "*" : { AWS: principal };
  return {
    doc: { Statement: [statement(element, field(row, props, "action") ?? row.actions ?? [], cond)] },
    principalPaths: [row.fields?.principal ?? ""],
  };
};

const kmsGrant: Synth = (row, props) => {
  const statements: Record<string, unknown>[] = [];
  const paths: string[] = [];
  const grantee = str(field(row, props, "grantee"));
  const ops = field(row, props, "operations");
  const opList = Array.isArray(ops) ? ops : ops === undefined ? [] : [ops];
  if (grantee !== undefined) {
    const actions = opList.map((o) => {
      const s = str(o) ?? "";
      return isWholeUnresolved(s) || s.includes(":") ? s : `kms:${s}`;
    });
    statements.push(statement({ AWS: grantee }, actions.length > 0 ? actions : ["kms:*"]));
    paths.push(row.fields?.grantee ?? "");
  }
  const retiring = str(field(row, props, "retiring"));
  if (retiring !== undefined) {
    statements.push(statement({ AWS: retiring }, "kms:RetireGrant"));
    paths.push(row.fields?.retiring ?? "");
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};

const ORG_ARN = /^arn:aws[a-z0-9-]*:organizations::[^:]*:organization\/(o-[a-z0-9]+)$/;
const OU_ARN = /^arn:aws[a-z0-9-]*:organizations::[^:]*:ou\/(o-[a-z0-9]+)\/(ou-[a-z0-9-]+)$/;

/** One shared-with principal (account id, ARN, org/OU ARN, "all") as a Principal + Condition. */
function sharedPrincipal(value: string): { principal: unknown; condition?: Props } {
  const v = value.trim();
  if (/^(all|\*)$/i.test(v)) return { principal: "*" };
  // Lake Formation's IAM_ALLOWED_PRINCIPALS and CloudFront's trusted signer "self": the own account.
  if (v === "IAM_ALLOWED_PRINCIPALS" || v === "self") return { principal: { AWS: SELF_ACCOUNT } };
  const org = ORG_ARN.exec(v);
  if (org) return { principal: { AWS: "*" }, condition: { StringEquals: { "aws:PrincipalOrgID": org[1] } } };
  const ou = OU_ARN.exec(v);
  if (ou) {
    return {
      principal: { AWS: "*" },
      condition: { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": `${ou[1]}/*/${ou[2]}/*` } },
    };
  }
  if (/^o-[a-z0-9]{10,32}$/.test(v)) {
    return { principal: { AWS: "*" }, condition: { StringEquals: { "aws:PrincipalOrgID": v } } };
  }
  // An AWS service named where principals are listed (an endpoint service's allowed principals,
  // a RAM share): that service, not an account.
  if (detectPrincipalKey(v) === "Service") return { principal: { Service: v } };
  return { principal: { AWS: v } };
}

const principalList: Synth = (row, props) => {
  const statements: Record<string, unknown>[] = [];
  const paths: string[] = [];
  const actionsValue = prefixed(row, field(row, props, "actions"));
  const actions = actionsValue !== undefined ? actionsValue : (row.actions ?? ["*"]);
  // "principals" and any further "principals<Suffix>" paths, then organizations, OUs and groups.
  const names = [
    ...Object.keys(row.fields ?? {}).filter((k) => k.startsWith("principals")),
    "organization",
    "ou",
    "group",
  ];
  for (const name of names) {
    const path = row.fields?.[name];
    if (!path) continue;
    for (const located of valuesAt(props, path.endsWith("*") ? path : `${path}/*`)) {
      const text = str(located.value);
      if (text === undefined) continue;
      // SSM document shares list accounts comma-separated in one string.
      const parts = !hasToken(text) && text.includes(",") ? text.split(",") : [text];
      for (const part of parts) {
        if (part.trim() === "") continue;
        const { principal, condition } = sharedPrincipal(part);
        statements.push(statement(principal, actions, condition));
        paths.push(located.path);
      }
    }
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};

const ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers";
const AUTH_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers";
const LOG_DELIVERY = "http://acs.amazonaws.com/groups/s3/LogDelivery";
const ACL_ACTIONS: Record<string, string[]> = {
  READ: ["s3:ListBucket"],
  WRITE: ["s3:PutObject", "s3:DeleteObject"],
  READ_ACP: ["s3:GetBucketAcl"],
  WRITE_ACP: ["s3:PutBucketAcl"],
  FULL_CONTROL: ["s3:ListBucket", "s3:PutObject", "s3:DeleteObject", "s3:GetBucketAcl", "s3:PutBucketAcl"],
};
/** The same permissions on an object (object ACLs: aws_s3_object, logging target grants). */
const OBJECT_ACL_ACTIONS: Record<string, string[]> = {
  READ: ["s3:GetObject"],
  READ_ACP: ["s3:GetObjectAcl"],
  WRITE_ACP: ["s3:PutObjectAcl"],
  FULL_CONTROL: ["s3:GetObject", "s3:GetObjectAcl", "s3:PutObjectAcl"],
};
const CANNED: Record<string, { grantee: string; permissions: string[] }[]> = {
  "public-read": [{ grantee: ALL_USERS, permissions: ["READ"] }],
  "public-read-write": [{ grantee: ALL_USERS, permissions: ["READ", "WRITE"] }],
  "authenticated-read": [{ grantee: AUTH_USERS, permissions: ["READ"] }],
  "log-delivery-write": [{ grantee: LOG_DELIVERY, permissions: ["WRITE", "READ_ACP"] }],
  "aws-exec-read": [{ grantee: "ec2.amazonaws.com", permissions: ["READ"] }],
};

function aclPrincipal(grantee: string): unknown {
  if (grantee === ALL_USERS) return "*";
  if (grantee === AUTH_USERS) return { AWS: "arn:aws:iam::*:root" };
  if (grantee === LOG_DELIVERY) return { Service: "logging.s3.amazonaws.com" };
  if (SERVICE_RE.test(grantee)) return { Service: grantee };
  return { CanonicalUser: grantee };
}

function cannedName(acl: string): string {
  // CloudFormation writes the same canned ACLs in PascalCase (PublicRead -> public-read).
  return acl.replace(/([a-z])([A-Z])/g, "$1-$2").toLowerCase();
}

const s3Acl: Synth = (row, props) => {
  const table = row.objectAcl ? OBJECT_ACL_ACTIONS : ACL_ACTIONS;
  const statements: Record<string, unknown>[] = [];
  const paths: string[] = [];
  const acl = str(field(row, props, "acl"));
  if (acl !== undefined) {
    for (const g of CANNED[cannedName(acl)] ?? []) {
      statements.push(
        statement(
          aclPrincipal(g.grantee),
          g.permissions.flatMap((p) => table[p] ?? []),
        ),
      );
      paths.push(row.fields?.acl ?? "");
    }
  }
  const grantsPath = row.fields?.grants;
  if (grantsPath) {
    for (const located of valuesAt(props, `${grantsPath}/*`)) {
      const g = located.value as Props;
      const grantee = (Array.isArray(g.grantee) ? g.grantee[0] : (g.grantee ?? g)) as Props;
      const who =
        str(grantee.uri) ??
        str(grantee.id) ??
        (grantee.email_address ? `email:${grantee.email_address}` : "");
      if (!who) continue;
      const perms = g.permission ?? g.permissions ?? [];
      const permList = (Array.isArray(perms) ? perms : [perms]).map((p) => str(p) ?? "");
      statements.push(
        statement(
          aclPrincipal(who),
          permList.flatMap((p) => table[p] ?? [`s3:${p}`]),
        ),
      );
      paths.push(located.path);
    }
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};

const functionUrl: Synth = (row, props) => {
  const auth = str(field(row, props, "authType"));
  if (auth === undefined || auth.toUpperCase() !== "NONE") return null;
  const cond = { StringEquals: { "lambda:FunctionUrlAuthType": "NONE" } };
  return {
    doc: { Statement: [statement("*", "lambda:InvokeFunctionUrl", cond)] },
    principalPaths: [row.fields?.authType ?? ""],
  };
};

const kmsDefaultPolicy: Synth = (row, props) => {
  const given = row.policy ? valueAt(props, row.policy) : undefined;
  // An empty policy string (Terraform's `policy = ""`) is no policy: the key gets the default too.
  if (given !== undefined && !(typeof given === "string" && given.trim() === "")) return null;
  // The default key policy (CloudFormation's, and KMS's for a key created without one): the own
  // account's root, kms:*.
  return {
    doc: { Statement: [statement({ AWS: `arn:aws:iam::${SELF_ACCOUNT}:root` }, "kms:*")] },
    principalPaths: [""],
  };
};

/**
 * A template that cannot be seen (grant-model §6.4; design.md "Nothing unread in silence"): a
 * stack's template_url or a body not known statically (Terraform), a nested stack or SAM
 * application whose template is in S3 or outside the repository, a custom macro, an AWS::Include
 * from S3. Whoever it trusts is unknown, so it is one unresolved grant naming it — the reader
 * puts what it could not see at the row's `unseen` field. The parameters passed to it that carry
 * principals (account ids, IAM ARNs, principal-named parameters with an unknown value) are
 * reported besides: another account handed to an unseen template is still seen.
 */
const unseenTemplate: Synth = (row, props) => {
  let what: string | undefined;
  let path: string;
  const unseen = row.fields?.unseen;
  if (unseen !== undefined) {
    const given = str(valueAt(props, unseen));
    if (given === undefined) return null;
    what = given;
    path = unseen;
  } else {
    const body = props.template_body;
    const url = props.template_url;
    if (typeof body === "string" && isWholeUnresolved(body.trim()))
      what = unresolved(`template_body ${renderText(body.trim())}`);
    else if (body === undefined && url !== undefined)
      what = unresolved(
        `template_url ${typeof url === "string" ? renderText(url) : "(not known statically)"}`,
      );
    path = body === undefined ? "template_url" : "template_body";
  }
  if (what === undefined) return null;
  const statements = [statement({ AWS: what }, "*")];
  const paths = [path];
  const parametersPath = row.fields?.parameters;
  const parameters = parametersPath ? valueAt(props, parametersPath) : undefined;
  if (parameters !== null && typeof parameters === "object" && !Array.isArray(parameters)) {
    for (const [name, value] of Object.entries(parameters as Props)) {
      for (const principal of parameterPrincipals(name, value)) {
        statements.push(statement({ AWS: principal }, "*"));
        paths.push(`${parametersPath}/${name}`);
      }
    }
  }
  return { doc: { Statement: statements }, principalPaths: paths };
};

/** The principals one parameter value carries (a list, or a comma-separated string). */
function parameterPrincipals(name: string, value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of items) {
    const text = str(item);
    if (text === undefined) continue;
    const parts = hasToken(text) ? [text] : text.split(",");
    for (const raw of parts) {
      const part = raw.trim();
      if (part === "") continue;
      if (PRINCIPAL_VALUE.test(part)) out.push(part);
      else if (PRINCIPAL_PARAMETER.test(name) && isWholeUnresolved(part)) out.push(part);
    }
  }
  return out;
}

/**
 * An authorization for a VPC to associate with a private hosted zone: the grantee is the account
 * that owns the VPC, which the configuration does not write, so it is unresolved naming the VPC.
 */
const vpcOwner: Synth = (row, props) => {
  const vpc = str(field(row, props, "vpc"));
  if (vpc === undefined) return null;
  const owner = unresolved(`the account that owns ${renderText(vpc)}`);
  return {
    doc: { Statement: [statement({ AWS: owner }, row.actions ?? [])] },
    principalPaths: [row.fields?.vpc ?? ""],
  };
};

/** The Lambda permissions SAM creates for a function's event sources (sam-events.ts). */
const samEvents: Synth = (row, props) => {
  const statements: Record<string, unknown>[] = [];
  const paths: string[] = [];
  for (const p of samPermissions(props, row.fields?.events ?? "Events")) {
    const cond: Props = {};
    addCondition(cond, "ArnLike", "AWS:SourceArn", p.sourceArn);
    addCondition(cond, "StringEquals", "AWS:SourceAccount", p.sourceAccount);
    addCondition(cond, "StringEquals", "lambda:EventSourceToken", p.eventSourceToken);
    statements.push(statement(principalElement(p.principal), p.action, cond));
    paths.push(p.path);
  }
  return statements.length > 0 ? { doc: { Statement: statements }, principalPaths: paths } : null;
};

export const SYNTHESIZERS: Record<SynthKind, Synth> = {
  "lambda-permission": lambdaPermission,
  "eventbridge-permission": eventBridgePermission,
  "kms-grant": kmsGrant,
  "principal-list": principalList,
  "s3-acl": s3Acl,
  "function-url": functionUrl,
  "kms-default-policy": kmsDefaultPolicy,
  "unseen-template": unseenTemplate,
  "vpc-owner": vpcOwner,
  "sam-events": samEvents,
};
