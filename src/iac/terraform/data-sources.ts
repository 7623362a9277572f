/**
 * data.* references: the data sources whose values matter for grants (policy documents, caller
 * identity, partition, region, rendered templates, AWS services' accounts) and the rule for the
 * others (lookups through the AWS provider are own-account resources; external sources stay
 * unresolved).
 */
import { awsServiceAccountIn } from "../../catalog/index.js";
import { hasToken, SELF_ACCOUNT, SELF_REGION } from "../../model/symbolic.js";
import { type Expr, sourceOf } from "./ast.js";
import { schemaType } from "./attribute-types.js";
import { CycleError } from "./decisions.js";
import { Scope, type Step } from "./evaluate.js";
import type { InstanceKey } from "./expansion.js";
import { FunctionError } from "./functions.js";
import type { ModuleInstance } from "./instance.js";
import { InstanceBodies } from "./instance-bodies.js";
import { RESOURCE_META, type ResourceConfig } from "./modules.js";
import { type RenderedPolicy, renderPolicyDocument } from "./policy-document.js";
import {
  ConversionError,
  isObject,
  isUnknownish,
  newObject,
  RefObject,
  residual,
  toJson,
  toStringValue,
  typeName,
  Unknown,
  unknownOf,
  type Value,
} from "./values.js";

/** Data sources whose values live outside the configuration: always unresolved. */
const OPAQUE_DATA = new Set([
  "terraform_remote_state",
  "external",
  "http",
  "aws_ssm_parameter",
  "aws_ssm_parameters_by_path",
  "aws_secretsmanager_secret_version",
  "aws_secretsmanager_secret",
  "aws_organizations_organization",
  "aws_organizations_organizational_units",
  "aws_organizations_organizational_unit",
  "aws_organizations_account",
  "aws_cloudformation_export",
  "aws_cloudformation_stack",
  // Contents read from storage or services, not identities of what they look up.
  "aws_s3_object",
  "aws_s3_bucket_object",
  "aws_s3_objects",
  "aws_kms_secrets",
  "aws_kms_secret",
  "aws_lambda_invocation",
  "aws_dynamodb_table_item",
  "aws_ssm_parameters",
  "aws_appconfig_configuration_profile",
]);

/**
 * Data sources that give the account of an AWS service, not the deploying one: AWS-owned accounts,
 * never internal (grant-model.md). `service`: the catalog's name for a service with one account per
 * region, found by the region (the data source's `region`, else its provider's); `account`: one
 * account everywhere; `canonicalUser`: the service account's canonical user id (an S3 ACL
 * grantee), one per partition, the partition found by the region. None of them: AWS documents no
 * list the catalog holds, the account is unresolved.
 */
interface AwsOwnedAccount {
  service?: string;
  account?: string;
  canonicalUser?: Readonly<Record<string, string>>;
}

const AWS_OWNED_ACCOUNT_DATA: Readonly<Record<string, AwsOwnedAccount>> = {
  aws_elb_service_account: { service: "AWS Elastic Load Balancing log delivery" },
  aws_redshift_service_account: { service: "AWS Redshift audit logging" },
  aws_billing_service_account: { account: "386209384616" },
  aws_cloudtrail_service_account: {},
  // The awslogsdelivery account CloudFront writes standard logs with (the provider's constants).
  aws_cloudfront_log_delivery_canonical_user_id: {
    canonicalUser: {
      aws: "c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0",
      "aws-cn": "a52cb28745c0c06e84ec548334e44bfa7fc2a85c54af20cd59e4969344b7af56",
    },
  },
};

/**
 * The services whose principal name data.aws_service_principal ends in the partition's own DNS
 * suffix there (the AWS provider's servicePrincipalNameForPartition, after the CDK's region
 * facts); every other service principal ends in "amazonaws.com" in every partition.
 */
const SERVICE_PRINCIPAL_SUFFIXES: readonly {
  regionPrefix: string;
  suffix: string;
  services: readonly string[];
}[] = [
  { regionPrefix: "cn-", suffix: "amazonaws.com.cn", services: ["codedeploy", "elasticmapreduce", "logs"] },
  { regionPrefix: "us-isob-", suffix: "sc2s.sgov.gov", services: ["dms", "logs"] },
  { regionPrefix: "us-iso-", suffix: "c2s.ic.gov", services: ["cloudhsm", "config", "logs", "workspaces"] },
];

/** A data source's attributes: all of them as an object, one by name, unknown where it has none. */
function pick(
  parts: readonly (readonly [string, Value])[],
  attr: string | undefined,
  unknown: (a: string) => Value,
): Value {
  if (attr === undefined) return newObject(parts);
  return parts.find(([name]) => name === attr)?.[1] ?? unknown(attr);
}

export class DataSources {
  /**
   * Rendered policy documents, by instance and the count./each. values it binds: a for_each over
   * a value that depends on a choice binds other values under the same key in another variant.
   */
  private readonly policies = new InstanceBodies<RenderedPolicy>();
  /** Rendered data.template_file templates, kept the same way. */
  private readonly templates = new InstanceBodies<Value>();

  constructor(private readonly mi: ModuleInstance) {}

  reference(steps: readonly Step[], node: Expr): { value: Value; used: number } {
    const [t, n] = steps;
    if (t?.kind !== "attr" || n?.kind !== "attr")
      return { value: this.mi.ev.fail(`invalid data reference ${sourceOf(node)}`, node), used: steps.length };
    const key = `${t.name}.${n.name}`;
    const decl = this.mi.config.data.get(key);
    if (!decl) {
      return {
        value: this.mi.ev.fail(`reference to undeclared data source data.${key}`, node, {
          text: `${this.mi.prefix}data.${key}`,
        }),
        used: 2,
      };
    }
    this.mi.touchDeclaration(decl);
    let used = 2;
    let instance: InstanceKey = { key: null, suffix: "", bindings: new Map() };
    const expanded = decl.body.count !== undefined || decl.body.for_each !== undefined;
    if (expanded) {
      const idx = steps[2];
      const keys = this.mi.expand(`data.${key}`, decl);
      if (idx?.kind !== "index") {
        // The whole collection: one entry per instance.
        const all = keys.map((k) => this.instance(decl, k, undefined));
        if (decl.body.count !== undefined) return { value: all, used };
        // An instance whose key is unknown has an unknown key here too: looking up any key is unknown.
        const unknownKey = new Unknown(`data.${key}[*]`).toToken();
        return {
          value: newObject(keys.map((k, i) => [String(k.key ?? unknownKey), all[i]!] as const)),
          used,
        };
      }
      used = 3;
      // An instance picked by a key that is not known: which one is not known either.
      if (isUnknownish(idx.key)) return { value: new Unknown(`data.${key}[${residual(idx.key, 80)}]`), used };
      const found =
        keys.find((k) => k.key !== null && String(k.key) === String(idx.key)) ??
        keys.find((k) => k.key === null);
      if (!found)
        return {
          // As for modules: under the chosen values the index names no instance, so this
          // combination cannot deploy (design.md, "Variants are joint and possible").
          value: this.mi.ev.fail(`data.${key} has no instance ${residual(idx.key)}`, node, {
            impossible: true,
          }),
          used: steps.length,
        };
      instance = found;
    }
    const attr = steps[used];
    if (attr?.kind !== "attr") return { value: this.instance(decl, instance, undefined), used };
    return { value: this.instance(decl, instance, attr.name), used: used + 1 };
  }

  private instance(decl: ResourceConfig, inst: InstanceKey, attr: string | undefined): Value {
    const address = `${this.mi.prefix}data.${decl.type}.${decl.name}${inst.suffix}`;
    const unknown = (a: string): Value => new Unknown(`${address}.${a}`);
    try {
      return this.value(decl, inst, attr, address, unknown);
    } catch (e) {
      // Read again while it is being worked out (a policy document or template that reads
      // itself): Terraform refuses the cycle; the value stays unresolved.
      if (!(e instanceof CycleError)) throw e;
      this.mi.report(`cycle: ${address} refers to itself`);
      return attr === undefined ? new Unknown(address) : unknown(attr);
    }
  }

  private value(
    decl: ResourceConfig,
    inst: InstanceKey,
    attr: string | undefined,
    address: string,
    unknown: (a: string) => Value,
  ): Value {
    switch (decl.type) {
      case "aws_iam_policy_document": {
        const doc = this.policy(decl, inst);
        if (attr === undefined)
          return newObject([
            ["json", doc.json],
            ["minified_json", doc.minified],
            ["id", unknown("id") as Value],
          ]);
        if (attr === "json") return doc.json;
        if (attr === "minified_json") return doc.minified;
        return unknown(attr);
      }
      case "aws_caller_identity":
        if (attr === "account_id" || attr === "id") return this.callerAccount(decl, address);
        // The whole object (a splat, data.aws_caller_identity.x[*].account_id): the same attributes.
        if (attr === undefined)
          return newObject([
            ["account_id", this.callerAccount(decl, address)],
            ["id", this.callerAccount(decl, address)],
            ["arn", new RefObject(address, "arn")],
            ["user_id", new RefObject(address, "user_id")],
          ]);
        return new RefObject(address, attr);
      case "aws_partition": {
        const known: Record<string, string> = {
          partition: "aws",
          id: "aws",
          dns_suffix: "amazonaws.com",
          reverse_dns_prefix: "com.amazonaws",
        };
        return pick(Object.entries(known), attr, unknown);
      }
      case "aws_arn":
        // Parses the ARN it is given: its parts echo that text, whoever's account it names.
        return this.arnParts(decl, inst, attr, unknown);
      case "aws_iam_openid_connect_provider":
        return this.oidcProvider(decl, inst, attr, address);
      case "template_file": {
        if (attr !== undefined && attr !== "rendered") return unknown(attr);
        const rendered = this.templateFile(decl, inst, unknown);
        if (attr === "rendered") return rendered;
        return newObject([
          ["rendered", rendered],
          ["id", unknown("id")],
        ]);
      }
      case "aws_service_principal":
        return this.servicePrincipal(decl, inst, attr, unknown);
      case "aws_region":
        if (attr === "name" || attr === "region" || attr === "id") return SELF_REGION;
        // The whole object (data.aws_region.x[*].name reads it through a splat).
        if (attr === undefined)
          return newObject([
            ["name", SELF_REGION],
            ["region", SELF_REGION],
            ["id", SELF_REGION],
            ["description", unknown("description")],
            ["endpoint", unknown("endpoint")],
          ]);
        return unknown(attr);
      default:
        if (Object.hasOwn(AWS_OWNED_ACCOUNT_DATA, decl.type))
          return this.awsOwnedAccount(decl, inst, attr, unknown, AWS_OWNED_ACCOUNT_DATA[decl.type]!);
        if (OPAQUE_DATA.has(decl.type) || !decl.type.startsWith("aws_"))
          return attr === undefined
            ? new Unknown(address)
            : unknownOf(`${address}.${attr}`, schemaType(decl.type, true, attr));
        // A lookup through the AWS provider finds a resource of the deploying account.
        return new RefObject(address, attr ?? "");
    }
  }

  private policy(decl: ResourceConfig, inst: InstanceKey): RenderedPolicy {
    const key = `${decl.type}.${decl.name}${inst.suffix}`;
    return this.policies.get(this.mi.run, key, inst.bindings, () =>
      this.mi.at(decl.file, decl.line, () =>
        this.mi.ev.isolated(() => {
          const body = this.mi.evalBody(
            decl.body,
            new Scope(inst.bindings),
            RESOURCE_META,
            decl.located,
            decl.file,
          );
          let props: Record<string, unknown> = {};
          try {
            props = toJson(body) as Record<string, unknown>;
          } catch (e) {
            if (!(e instanceof ConversionError)) throw e;
            this.mi.report(`data.${key}: ${e.message}; the document is not evaluated`);
          }
          return renderPolicyDocument(props, (m) => this.mi.report(`data.${key}: ${m}`));
        }),
      ),
    );
  }

  /**
   * data.template_file (the hashicorp/template provider, what templates were rendered with before
   * templatefile()): `rendered` is `template` rendered with `vars`, as templatefile() renders a
   * file. The provider takes each var as a string (a number or a bool as its text) and refuses
   * lists and maps. `vars` is an argument, or a block in Terraform 0.11's syntax. A template that
   * is not known leaves `rendered` unresolved, naming it.
   */
  private templateFile(decl: ResourceConfig, inst: InstanceKey, unknown: (a: string) => Value): Value {
    const key = `${decl.type}.${decl.name}${inst.suffix}`;
    const label = `data.${key}`;
    return this.templates.get(this.mi.run, key, inst.bindings, () =>
      this.mi.at(decl.file, decl.line, () =>
        this.mi.ev.isolated(() => {
          const scope = new Scope(inst.bindings);
          if (decl.body.template === undefined) {
            this.mi.note(
              `${label} has no template argument (a file name instead?): its rendered text is unresolved`,
            );
            return unknown("rendered");
          }
          const template = this.mi.evalRaw(decl.body.template, scope);
          if (typeof template !== "string" || hasToken(template)) return unknown("rendered");
          let vars = decl.body.vars === undefined ? newObject() : this.mi.evalRaw(decl.body.vars, scope);
          if (Array.isArray(vars) && vars.length === 1) vars = vars[0] as Value;
          if (!isObject(vars)) {
            if (!isUnknownish(vars)) this.mi.report(`${label}: vars must be a map, got a ${typeName(vars)}`);
            return unknown("rendered");
          }
          const strings = newObject();
          for (const [name, v] of Object.entries(vars)) {
            if (Array.isArray(v) || isObject(v)) {
              this.mi.report(
                `${label}: vars.${name} is a ${typeName(v)}; the template provider takes only strings, numbers and bools`,
              );
              return unknown("rendered");
            }
            strings[name] =
              v === null || v instanceof Unknown || v instanceof RefObject ? v : toStringValue(v);
          }
          try {
            return this.mi.functions.renderTemplate(template, strings, label);
          } catch (e) {
            if (!(e instanceof FunctionError)) throw e;
            this.mi.report(e.message);
            return unknown("rendered");
          }
        }),
      ),
    );
  }

  /** An AWS service's account (AWS_OWNED_ACCOUNT_DATA): `id` the account, `arn` its root, `region`. */
  private awsOwnedAccount(
    decl: ResourceConfig,
    inst: InstanceKey,
    attr: string | undefined,
    unknown: (a: string) => Value,
    owner: AwsOwnedAccount,
  ): Value {
    const parts: [string, Value][] = [];
    if (owner.account !== undefined) {
      parts.push(["id", owner.account], ["arn", `arn:aws:iam::${owner.account}:root`]);
    } else {
      const { region, known } = this.regionOf(decl, inst);
      const partition = known?.startsWith("cn-")
        ? "aws-cn"
        : known?.startsWith("us-gov-")
          ? "aws-us-gov"
          : "aws";
      if (owner.canonicalUser !== undefined) {
        // The provider gives the China id in a China region, the other one anywhere else.
        const id =
          known === undefined ? undefined : (owner.canonicalUser[partition] ?? owner.canonicalUser.aws);
        parts.push(["id", id ?? unknown("id")], ["region", region]);
      } else {
        const account =
          owner.service !== undefined && known !== undefined
            ? awsServiceAccountIn(owner.service, known)
            : undefined;
        parts.push(
          ["id", account ?? unknown("id")],
          ["arn", account !== undefined ? `arn:${partition}:iam::${account}:root` : unknown("arn")],
          ["region", region],
        );
      }
    }
    return pick(parts, attr, unknown);
  }

  /**
   * The region a data source looks in (its own `region`, else its provider's), and its name when
   * the configuration says it.
   */
  private regionOf(decl: ResourceConfig, inst: InstanceKey): { region: Value; known?: string } {
    const region =
      decl.body.region !== undefined
        ? this.mi.at(decl.file, decl.line, () => this.mi.evalRaw(decl.body.region, new Scope(inst.bindings)))
        : this.mi.providerRegion(this.mi.providerOf(decl.body));
    return typeof region === "string" && !hasToken(region) ? { region, known: region } : { region };
  }

  /**
   * data.aws_service_principal: `<service_name>.<suffix>`, the suffix "amazonaws.com" in every
   * partition but for the few services SERVICE_PRINCIPAL_SUFFIXES lists, whose suffix the region's
   * partition decides (unknown where the region is).
   */
  private servicePrincipal(
    decl: ResourceConfig,
    inst: InstanceKey,
    attr: string | undefined,
    unknown: (a: string) => Value,
  ): Value {
    const service = this.mi.at(decl.file, decl.line, () =>
      this.mi.evalRaw(decl.body.service_name, new Scope(inst.bindings)),
    );
    const { region, known: knownRegion } = this.regionOf(decl, inst);
    let suffix: Value = unknown("suffix");
    if (typeof service === "string" && !hasToken(service)) {
      const special = SERVICE_PRINCIPAL_SUFFIXES.filter((s) => s.services.includes(service));
      if (special.length === 0) suffix = "amazonaws.com";
      else if (knownRegion !== undefined)
        suffix = special.find((s) => knownRegion.startsWith(s.regionPrefix))?.suffix ?? "amazonaws.com";
    }
    const known = typeof service === "string" && typeof suffix === "string";
    const parts: [string, Value][] = [
      ["service_name", service],
      ["suffix", suffix],
      ["name", known ? `${service}.${suffix}` : unknown("name")],
      ["id", known && knownRegion !== undefined ? `${service}.${knownRegion}.${suffix}` : unknown("id")],
      ["region", region],
    ];
    return pick(parts, attr, unknown);
  }

  private arnParts(
    decl: ResourceConfig,
    inst: InstanceKey,
    attr: string | undefined,
    unknown: (a: string) => Value,
  ): Value {
    const arn = this.mi.at(decl.file, decl.line, () =>
      this.mi.evalRaw(decl.body.arn, new Scope(inst.bindings)),
    );
    const m =
      typeof arn === "string" && !hasToken(arn)
        ? /^arn:([^:]*):([^:]*):([^:]*):([^:]*):(.*)$/.exec(arn)
        : null;
    const parts: Record<string, Value> = m
      ? {
          arn: arn as string,
          id: arn as string,
          partition: m[1]!,
          service: m[2]!,
          region: m[3]!,
          account: m[4]!,
          resource: m[5]!,
        }
      : {};
    if (attr === undefined) return m ? newObject(Object.entries(parts)) : unknown("");
    return Object.hasOwn(parts, attr) ? parts[attr]! : unknown(attr);
  }

  /**
   * data.aws_iam_openid_connect_provider looks a provider up in the deploying account: by `arn`
   * (echoed), or by `url`, whose ARN is the own account's `oidc-provider/<host>`. The federated
   * principal then names its issuer.
   */
  private oidcProvider(
    decl: ResourceConfig,
    inst: InstanceKey,
    attr: string | undefined,
    address: string,
  ): Value {
    if (attr !== "arn" && attr !== "id" && attr !== "url") return new RefObject(address, attr ?? "");
    const scope = new Scope(inst.bindings);
    const arn =
      decl.body.arn !== undefined
        ? this.mi.at(decl.file, decl.line, () => this.mi.evalRaw(decl.body.arn, scope))
        : undefined;
    const url =
      decl.body.url !== undefined
        ? this.mi.at(decl.file, decl.line, () => this.mi.evalRaw(decl.body.url, scope))
        : undefined;
    const host =
      typeof url === "string" && !hasToken(url)
        ? url.replace(/^https:\/\//i, "").replace(/\/+$/, "")
        : undefined;
    if (attr === "url") return host !== undefined ? `https://${host}` : new RefObject(address, attr);
    if (typeof arn === "string") return arn;
    if (host !== undefined) return `arn:aws:iam::${SELF_ACCOUNT}:oidc-provider/${host}`;
    return new RefObject(address, attr);
  }

  /** data.aws_caller_identity: the own account, unless read through a provider that assumes a role elsewhere. */
  private callerAccount(decl: ResourceConfig, address: string): Value {
    const account = this.mi.providerAccount(this.mi.providerOf(decl.body));
    if (account === null) return SELF_ACCOUNT;
    if (typeof account === "string") return account;
    this.mi.note(`${address} is read through a provider whose account is not known statically`);
    return new Unknown(`${address}.account_id`);
  }
}
