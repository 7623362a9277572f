// Generates a synthetic IaC monorepo, deterministically from a seed: Terraform roots with local
// modules, CloudFormation templates and a CDK cloud assembly, in the shapes real teams write.
// Usage: node bench/generate.mjs <small|medium|large> <outDir> [seed]
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

export const SIZES = {
  small: { roots: 100, modules: 10, templates: 15, stacks: 5 },
  medium: { roots: 500, modules: 20, templates: 75, stacks: 13 },
  large: { roots: 2000, modules: 40, templates: 300, stacks: 50 },
};

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const account = (r) => String(100000000000 + Math.floor(r() * 899999999999));
const pick = (r, list) => list[Math.floor(r() * list.length)];

function moduleFiles(i) {
  return {
    "main.tf": `data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "trust" {
  statement {
    sid     = "TrustedAccounts"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [for a in var.trusted_accounts : "arn:aws:iam::\${a}:root"]
    }
  }
  statement {
    sid     = "Self"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root"]
    }
  }
}

resource "aws_iam_role" "this" {
  name               = "\${var.name}-role-${i}"
  assume_role_policy = data.aws_iam_policy_document.trust.json
}

resource "aws_s3_bucket" "data" {
  bucket = "\${var.name}-data-${i}"
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "OrgRead"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:GetObject"]
        Resource  = "\${aws_s3_bucket.data.arn}/*"
        Condition = { StringEquals = { "aws:PrincipalOrgID" = var.org_id } }
      },
      {
        Sid       = "Readers"
        Effect    = "Allow"
        Principal = { AWS = var.reader_arns }
        Action    = ["s3:GetObject", "s3:ListBucket"]
        Resource  = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
      },
    ]
  })
}
`,
    "variables.tf": `variable "name" {
  type = string
}

variable "trusted_accounts" {
  type    = list(string)
  default = []
}

variable "reader_arns" {
  type    = list(string)
  default = []
}

variable "org_id" {
  type    = string
  default = "o-bench00000"
}
`,
    "outputs.tf": `output "role_arn" {
  value = aws_iam_role.this.arn
}

output "bucket" {
  value = aws_s3_bucket.data.id
}
`,
  };
}

function rootFiles(r, i, modules) {
  // Roots 0 and 1 also call modules/pair: the module that benchmark (c) changes.
  const pair =
    i < 2
      ? `
module "pair" {
  source = "../../../modules/pair"
  name   = "pair-${i}"
}
`
      : "";
  const m1 = pick(r, modules);
  const m2 = pick(r, modules);
  const partner = account(r);
  const env = pick(r, ["dev", "staging", "prod"]);
  return {
    "main.tf": `terraform {
  backend "s3" {}
}

provider "aws" {
  region = var.region
}

locals {
  partners = {
    analytics = "${partner}"
    backup    = var.backup_account
  }
}

module "service" {
  source           = "../../../modules/${m1}"
  name             = "svc-${i}"
  trusted_accounts = [var.ops_account]
  reader_arns      = ["arn:aws:iam::\${var.ops_account}:role/reader"]
}

module "archive" {
  source           = "../../../modules/${m2}"
  name             = "arc-${i}"
  trusted_accounts = values(local.partners)
}

${pair}
resource "aws_sqs_queue" "events" {
  name = "events-${i}"
}

resource "aws_sqs_queue_policy" "events" {
  queue_url = aws_sqs_queue.events.id
  policy    = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Principal": { "AWS": "arn:aws:iam::\${var.ops_account}:root" },
          "Action": "sqs:SendMessage",
          "Resource": "\${aws_sqs_queue.events.arn}"
        }
      ]
    }
  EOF
}

resource "aws_lambda_permission" "partner" {
  for_each      = local.partners
  statement_id  = "Allow-\${each.key}"
  action        = "lambda:InvokeFunction"
  function_name = "fn-${i}"
  principal     = each.value
}
`,
    "variables.tf": `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "ops_account" {
  type = string
}

variable "backup_account" {
  type    = string
  default = "${account(r)}"
}
`,
    "outputs.tf": `output "service_role" {
  value = module.service.role_arn
}
`,
    "terraform.tfvars": `ops_account = "${account(r)}"
# ${env}
`,
  };
}

function template(r, i) {
  const acct = account(r);
  return `AWSTemplateFormatVersion: "2010-09-09"
Description: Service ${i}
Parameters:
  PartnerAccount:
    Type: String
    Default: "${acct}"
  Env:
    Type: String
    AllowedValues: [dev, prod]
    Default: dev
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub "arn:\${AWS::Partition}:iam::\${PartnerAccount}:root"
            Action: sts:AssumeRole
            Condition:
              StringEquals:
                sts:ExternalId: ext-${i}
  Bucket:
    Type: AWS::S3::Bucket
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub "\${Bucket.Arn}/*"
            Condition:
              StringEquals:
                aws:PrincipalOrgID: o-bench00000
          - Effect: Allow
            Principal:
              AWS: !If [IsProd, "arn:aws:iam::${account(r)}:role/auditor", !Ref AWS::NoValue]
            Action: s3:ListBucket
            Resource: !GetAtt Bucket.Arn
  Topic:
    Type: AWS::SNS::Topic
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: events.amazonaws.com }
            Action: sns:Publish
            Resource: !Ref Topic
`;
}

function cdkStack(r, i) {
  const acct = account(r);
  return {
    Resources: {
      AuditRole1234ABCD: {
        Type: "AWS::IAM::Role",
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [
              {
                Action: "sts:AssumeRole",
                Effect: "Allow",
                Principal: {
                  AWS: { "Fn::Join": ["", ["arn:", { Ref: "AWS::Partition" }, `:iam::${acct}:root`]] },
                },
              },
            ],
            Version: "2012-10-17",
          },
        },
        Metadata: { "aws:cdk:path": `Stack${i}/AuditRole/Resource` },
      },
      KeyABCD1234: {
        Type: "AWS::KMS::Key",
        Properties: {
          KeyPolicy: {
            Statement: [
              {
                Action: "kms:*",
                Effect: "Allow",
                Principal: {
                  AWS: {
                    "Fn::Join": [
                      "",
                      ["arn:", { Ref: "AWS::Partition" }, ":iam::", { Ref: "AWS::AccountId" }, ":root"],
                    ],
                  },
                },
                Resource: "*",
              },
            ],
            Version: "2012-10-17",
          },
        },
        Metadata: { "aws:cdk:path": `Stack${i}/Key/Resource` },
      },
    },
  };
}

export function generate(size, out, seed = 42) {
  const spec = SIZES[size];
  if (!spec) throw new Error(`unknown size ${size}`);
  const r = rng(seed);
  rmSync(out, { recursive: true, force: true });
  const write = (p, text) => {
    mkdirSync(dirname(join(out, p)), { recursive: true });
    writeFileSync(join(out, p), text);
  };
  const modules = Array.from({ length: spec.modules }, (_, i) => `mod-${i}`);
  modules.forEach((m, i) => {
    for (const [f, t] of Object.entries(moduleFiles(i))) write(`modules/${m}/${f}`, t);
  });
  for (const [f, t] of Object.entries(moduleFiles("pair"))) write(`modules/pair/${f}`, t);
  for (let i = 0; i < spec.roots; i++) {
    const team = `team-${Math.floor(i / 10)}`;
    for (const [f, t] of Object.entries(rootFiles(r, i, modules))) write(`envs/${team}/root-${i}/${f}`, t);
  }
  for (let i = 0; i < spec.templates; i++) write(`cloudformation/service-${i}.yaml`, template(r, i));
  const artifacts = {};
  for (let i = 0; i < spec.stacks; i++) {
    write(`cdk/cdk.out/Stack${i}.template.json`, `${JSON.stringify(cdkStack(r, i), null, 1)}\n`);
    artifacts[`Stack${i}`] = {
      type: "aws:cloudformation:stack",
      environment: "aws://unknown-account/unknown-region",
      properties: { templateFile: `Stack${i}.template.json` },
      displayName: `Stack${i}`,
    };
  }
  write("cdk/cdk.out/manifest.json", `${JSON.stringify({ version: "41.0.0", artifacts }, null, 1)}\n`);
  write(".github/cross-account-allowlist.yml", `trusted:\n  organizations: ["o-bench00000"]\n`);
  return { modules, spec };
}

/** The PR of benchmark (c): three files of one module, which two roots call. */
export function changeOneModule(out) {
  const dir = join(out, "modules", "pair");
  writeFileSync(
    join(dir, "variables.tf"),
    `variable "name" {\n  type = string\n}\n\nvariable "trusted_accounts" {\n  type    = list(string)\n  default = ["999988887777"]\n}\n\nvariable "reader_arns" {\n  type    = list(string)\n  default = []\n}\n\nvariable "org_id" {\n  type    = string\n  default = "o-bench00000"\n}\n`,
  );
  writeFileSync(
    join(dir, "outputs.tf"),
    `output "role_arn" {\n  value = aws_iam_role.this.arn\n}\n\noutput "bucket" {\n  value = aws_s3_bucket.data.bucket\n}\n`,
  );
  writeFileSync(join(dir, "versions.tf"), `terraform {\n  required_version = ">= 1.5"\n}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [size = "small", out = `bench/out/${size}`, seed = "42"] = process.argv.slice(2);
  generate(size, out, Number(seed));
  console.log(`generated ${size} monorepo in ${out}`);
}
