// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { renderValue, unresolvedExpressions } from "../../src/model/symbolic.js";
import { policyOf, readFixture } from "./fixture.js";

// fixtures/terraform/platform: two environments (envs/prod, envs/staging) calling two local
// modules, per-environment variable files, a registry module, policy documents merged from
// several sources and a partners map in locals expanded with for_each.

describe("envs/prod", async () => {
  const prod = await readFixture("platform", "envs/prod", { tfvars: ["envs/prod/extra.tfvars"] });

  it("reads the root and its local modules without errors", () => {
    expect(prod.errors).toEqual([]);
    expect(prod.resources.map((r) => r.address)).toEqual([
      "module.ci_role.aws_iam_role.this",
      "aws_kms_key.logs",
      'aws_lambda_permission.partner_invoke["acme"]',
      'aws_lambda_permission.partner_invoke["globex"]',
      "aws_sns_topic_policy.alerts",
      'module.partner_roles["acme"].aws_iam_role.this',
      'module.partner_roles["globex"].aws_iam_role.this',
      "module.audit_bucket.aws_s3_bucket_policy.this",
      "module.audit_bucket.aws_sqs_queue.events",
    ]);
    expect(prod.files).toEqual([
      "envs/prod/backend.tf",
      "envs/prod/extra.tfvars",
      "envs/prod/main.tf",
      "envs/prod/terraform.tfvars",
      "envs/prod/variables.tf",
      "envs/prod/vendors.auto.tfvars",
      "modules/cross-account-role/main.tf",
      "modules/cross-account-role/outputs.tf",
      "modules/cross-account-role/variables.tf",
      "modules/shared-bucket/main.tf",
      "modules/shared-bucket/outputs.tf",
      "modules/shared-bucket/templates/queue-policy.json.tftpl",
      "modules/shared-bucket/variables.tf",
    ]);
    expect(prod.notes).toEqual([
      "envs/prod/main.tf:46: module module.ci_role (terraform-aws-modules/iam/aws//modules/iam-assumable-role ~> 5.0): read by signature terraform-aws-modules/iam/aws//modules/iam-assumable-role (checked against v5.60.0, covers v4, v5): grants from trusted_role_arns",
    ]);
  });

  it("renders the partner roles' trust policy exactly as the provider does, one role per partner", () => {
    const acme = prod.byAddress('module.partner_roles["acme"].aws_iam_role.this');
    expect(acme).toMatchObject({
      source: "terraform",
      type: "aws_iam_role",
      file: "modules/cross-account-role/main.tf",
      line: 23,
      unit: "envs/prod",
      pathLines: { name: 24, assume_role_policy: 25, max_session_duration: 26, tags: 27 },
    });
    expect(acme.properties).toEqual({
      name: "partner-acme-prod",
      max_session_duration: 3600,
      tags: { Environment: "prod", ManagedBy: "terraform" },
      assume_role_policy: `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "TrustedAccounts",
      "Effect": "Allow",
      "Action": [
        "sts:TagSession",
        "sts:AssumeRole"
      ],
      "Principal": {
        "AWS": "arn:aws:iam::111122223333:root"
      },
      "Condition": {
        "StringEquals": {
          "sts:ExternalId": "acme-prod-7f3a"
        }
      }
    }
  ]
}`,
    });
    const globex = policyOf(
      prod.byAddress('module.partner_roles["globex"].aws_iam_role.this'),
      "assume_role_policy",
    );
    expect(globex).toMatchObject({
      Statement: [
        {
          Principal: { AWS: "arn:aws:iam::444455556666:root" },
          Condition: { StringEquals: { "sts:ExternalId": "globex-prod-19bc" } },
        },
      ],
    });
  });

  it("merges source documents, inline statements and module outputs into the bucket policy", () => {
    const policy = prod.byAddress("module.audit_bucket.aws_s3_bucket_policy.this");
    expect(policy.line).toBe(67);
    expect(policy.file).toBe("modules/shared-bucket/main.tf");
    expect(renderValue(policy.properties.bucket)).toBe("${module.audit_bucket.aws_s3_bucket.this.id}");
    const bucket = "${module.audit_bucket.aws_s3_bucket.this.arn}";
    expect(policyOf(policy)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Action: "s3:*",
          Resource: [`${bucket}/*`, bucket],
          Principal: "*",
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
        {
          Sid: "CrossAccountRead",
          Effect: "Allow",
          Action: ["s3:ListBucket", "s3:GetObject"],
          Resource: [`${bucket}/*`, bucket],
          Principal: {
            AWS: [
              "${module.partner_roles['globex'].aws_iam_role.this.arn}",
              "${module.partner_roles['acme'].aws_iam_role.this.arn}",
              "arn:aws:iam::777766665555:role/external-auditor",
            ],
          },
        },
        {
          Sid: "OrgRead",
          Effect: "Allow",
          Action: "s3:GetObject",
          Resource: `${bucket}/*`,
          Principal: { AWS: "*" },
          Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
        },
      ],
    });
  });

  it("renders a templatefile() policy with a %{for} over the readers", () => {
    const queue = prod.byAddress("module.audit_bucket.aws_sqs_queue.events");
    const queueArn = "arn:aws:sqs:${region}:${own-account}:acme-audit-logs-prod-events";
    expect(queue.properties.name).toBe("acme-audit-logs-prod-events");
    expect(policyOf(queue)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "AllowBucketNotifications",
          Effect: "Allow",
          Principal: { Service: "s3.amazonaws.com" },
          Action: "sqs:SendMessage",
          Resource: queueArn,
          Condition: { ArnEquals: { "aws:SourceArn": "${module.audit_bucket.aws_s3_bucket.this.arn}" } },
        },
        ...[
          "${module.partner_roles['acme'].aws_iam_role.this.arn}",
          "${module.partner_roles['globex'].aws_iam_role.this.arn}",
          "arn:aws:iam::777766665555:role/external-auditor",
        ].map((arn) => ({
          Effect: "Allow",
          Principal: { AWS: arn },
          Action: "sqs:SendMessage",
          Resource: queueArn,
        })),
      ],
    });
  });

  it("applies variable files in Terraform's order: terraform.tfvars, *.auto.tfvars, then --tfvars", async () => {
    const key = prod.byAddress("aws_kms_key.logs");
    expect(policyOf(key)).toEqual({
      Statement: [
        {
          Action: "kms:*",
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::${own-account}:root" },
          Resource: "*",
          Sid: "RootAccess",
        },
        {
          Action: ["kms:Decrypt", "kms:DescribeKey"],
          Effect: "Allow",
          Principal: { AWS: ["arn:aws:iam::222233334444:root", "arn:aws:iam::555566667777:root"] },
          Resource: "*",
          Sid: "LogArchiveDecrypt",
        },
      ],
      Version: "2012-10-17",
    });
    const withoutExtra = await readFixture("platform", "envs/prod");
    expect(policyOf(withoutExtra.byAddress("aws_kms_key.logs"))).toMatchObject({
      Statement: [{ Sid: "RootAccess" }, { Principal: { AWS: ["arn:aws:iam::222233334444:root"] } }],
    });
  });

  it("expands a partners map with for_each and points each principal at its literal", () => {
    const acme = prod.byAddress('aws_lambda_permission.partner_invoke["acme"]');
    expect(acme.properties).toEqual({
      action: "lambda:InvokeFunction",
      function_name: acme.properties.function_name,
      principal: "111122223333",
      statement_id: "AllowInvokeFromAcme",
    });
    expect(renderValue(acme.properties.function_name)).toBe("${aws_lambda_function.ingest.function_name}");
    expect(acme.pathLines?.principal).toBe(96);
    expect(acme.valueLines?.["111122223333"]).toBe(6);
    expect(prod.byAddress('aws_lambda_permission.partner_invoke["globex"]').properties.principal).toBe(
      "444455556666",
    );
  });

  it("keeps an unset variable as an unresolved token naming it", () => {
    const topic = prod.byAddress("aws_sns_topic_policy.alerts");
    const text = topic.properties.policy as string;
    expect(unresolvedExpressions(text)).toEqual(["var.ops_account_id"]);
    expect(policyOf(topic)).toMatchObject({
      Statement: [
        {
          Sid: "OpsPublish",
          Principal: { AWS: "arn:aws:iam::${var.ops_account_id}:root" },
          Resource: "${aws_sns_topic.alerts.arn}",
        },
      ],
    });
    expect(topic.valueLines?.["arn:aws:iam::${var.ops_account_id}:root"]).toBe(112);
  });

  it("reads a registry module call through its signature: the role's trust policy", () => {
    const ci = prod.byAddress("module.ci_role.aws_iam_role.this");
    expect(ci).toMatchObject({
      type: "aws_iam_role",
      file: "envs/prod/main.tf",
      line: 53,
      moduleInput: { input: "trusted_role_arns" },
    });
    expect(renderValue(ci.properties)).toEqual({
      assume_role_policy: {
        Statement: [
          {
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::999988887777:root" },
            Action: ["sts:AssumeRole"],
          },
          {
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::${own-account}:role/ci" },
            Action: ["sts:AssumeRole"],
          },
        ],
      },
    });
  });
});

describe("envs/staging", async () => {
  const staging = await readFixture("platform", "envs/staging");

  it("reads terraform.tfvars.json and lets override_policy_documents replace a statement by Sid", () => {
    expect(staging.errors).toEqual([]);
    expect(staging.resources.map((r) => r.address)).toEqual([
      "module.qa_vendor_role.aws_iam_role.this",
      "module.audit_bucket.aws_s3_bucket_policy.this",
      "module.audit_bucket.aws_sqs_queue.events",
    ]);
    expect(
      policyOf(staging.byAddress("module.qa_vendor_role.aws_iam_role.this"), "assume_role_policy"),
    ).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "TrustedAccounts",
          Effect: "Allow",
          Action: ["sts:TagSession", "sts:AssumeRole"],
          Principal: { AWS: "arn:aws:iam::333344445555:root" },
        },
      ],
    });
    const statements = (
      policyOf(staging.byAddress("module.audit_bucket.aws_s3_bucket_policy.this")) as { Statement: unknown[] }
    ).Statement;
    expect(statements.map((s) => (s as { Sid: string }).Sid)).toEqual([
      "DenyInsecureTransport",
      "CrossAccountRead",
      "OrgRead",
    ]);
    expect(statements[1]).toEqual({
      Action: "s3:GetObject",
      Effect: "Allow",
      Principal: { AWS: "arn:aws:iam::888877776666:role/qa-reader" },
      Resource: "arn:aws:s3:::acme-audit-logs-staging/*",
      Sid: "CrossAccountRead",
    });
  });
});
