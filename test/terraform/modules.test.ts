// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderValue } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { policyOf, readFixture } from "./fixture.js";

describe("modules", () => {
  it("evaluates a registry module downloaded into .terraform/modules and reports one that is not", async () => {
    const r = await readFixture("downloaded", "live");
    expect(r.errors).toEqual([]);
    expect(r.resources.map((x) => [x.address, x.file, x.line])).toEqual([
      ["module.queue.aws_sqs_queue.this", "live/.terraform/modules/queue/main.tf", 1],
      ["module.queue.aws_sqs_queue_policy.this[0]", "live/.terraform/modules/queue/main.tf", 27],
      ["module.not_downloaded", "live/main.tf", 21],
    ]);
    expect(policyOf(r.byAddress("module.queue.aws_sqs_queue_policy.this[0]"))).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "PartnerSend",
          Effect: "Allow",
          Action: "sqs:SendMessage",
          Principal: { AWS: "arn:aws:iam::135791357913:root" },
        },
      ],
    });
    // Not downloaded and without a signature: the generic reading finds the principals of its
    // principal-named input (design.md, modules whose code is not in the repository, 2).
    expect(r.byAddress("module.not_downloaded")).toMatchObject({
      type: "module",
      properties: { principals: ["arn:aws:iam::246824682468:role/deployer"] },
      moduleInput: { input: "trusted_role_arns" },
      pathLines: { principals: 21 },
      valueLines: { "arn:aws:iam::246824682468:role/deployer": 21, "246824682468": 21 },
    });
    expect(r.notes).toContain(
      "live/main.tf:19: module module.not_downloaded (git::https://github.com/example/terraform-aws-iam-role.git?ref=v1.2.0 v1.2.0): no signature; read generically: policies or principals in trusted_role_arns",
    );
  });

  it("reads .tf.json configurations", async () => {
    const r = await readFixture("downloaded", "json");
    expect(r.errors).toEqual([]);
    const role = r.byAddress("aws_iam_role.audit");
    expect(role).toMatchObject({
      file: "json/main.tf.json",
      line: 21,
      pathLines: { name: 22, assume_role_policy: 23 },
    });
    expect(policyOf(role, "assume_role_policy")).toEqual({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: "arn:aws:iam::864208642086:root" } },
      ],
    });
  });

  it("passes inputs down nested modules, uses counted module outputs and path.module", async () => {
    const snap = memorySnapshot({
      "live/main.tf": `module "team" {
  source   = "../modules/team"
  count    = 2
  index    = count.index
  accounts = ["111111111111", "222222222222"]
}

resource "aws_sns_topic_policy" "t" {
  arn    = "topic"
  policy = jsonencode({ Statement = [{ Principal = { AWS = module.team[*].principal } }] })
}
`,
      "modules/team/main.tf": `variable "index" {}
variable "accounts" {}

module "role" {
  source  = "./role"
  account = var.accounts[var.index]
}

output "principal" {
  value = module.role.principal
}
`,
      "modules/team/role/main.tf": `variable "account" {}

locals {
  doc = file("\${path.module}/trust.json")
}

resource "aws_iam_role" "r" {
  assume_role_policy = replace(local.doc, "ACCOUNT", var.account)
}

output "principal" {
  value = "arn:aws:iam::\${var.account}:root"
}
`,
      "modules/team/role/trust.json": `{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "ACCOUNT"}, "Action": "sts:AssumeRole"}]}`,
    });
    const r = await readTerraformRoot(snap, "live", {
      grantTypes: new Set(["aws_iam_role", "aws_sns_topic_policy"]),
    });
    expect(r.errors).toEqual([]);
    expect(r.resources.map((x) => [x.address, renderValue(x.properties)])).toEqual([
      [
        "aws_sns_topic_policy.t",
        {
          arn: "topic",
          policy:
            '{"Statement":[{"Principal":{"AWS":["arn:aws:iam::111111111111:root","arn:aws:iam::222222222222:root"]}}]}',
        },
      ],
      [
        "module.team[0].module.role.aws_iam_role.r",
        {
          assume_role_policy:
            '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111"}, "Action": "sts:AssumeRole"}]}',
        },
      ],
      [
        "module.team[1].module.role.aws_iam_role.r",
        {
          assume_role_policy:
            '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "222222222222"}, "Action": "sts:AssumeRole"}]}',
        },
      ],
    ]);
  });

  it("reports a missing required module input and keeps it unresolved under the module address", async () => {
    const snap = memorySnapshot({
      "main.tf": `module "m" {
  source = "./m"
}
`,
      "m/main.tf": `variable "partner" {}
resource "aws_lambda_permission" "p" {
  function_name = "f"
  principal     = var.partner
}
`,
    });
    const r = await readTerraformRoot(snap, "", { grantTypes: new Set(["aws_lambda_permission"]) });
    expect(r.errors).toEqual([
      { file: "main.tf", line: 1, message: 'module "m": the required variable "partner" is not set' },
    ]);
    expect(renderValue(r.resources[0]?.properties)).toEqual({
      function_name: "f",
      principal: "${module.m.var.partner}",
    });
  });

  it("reads data.aws_caller_identity through a provider alias as the alias's account", async () => {
    const snap = memorySnapshot({
      "main.tf": `provider "aws" {
  alias = "audit"
  assume_role {
    role_arn = "arn:aws:iam::444444444444:role/terraform"
  }
}

provider "aws" {
  alias  = "other"
  region = "us-east-1"
}

provider "aws" {
  alias   = "profiled"
  profile = "partner"
}

data "aws_caller_identity" "profiled" {
  provider = aws.profiled
}

data "aws_caller_identity" "audit" {
  provider = aws.audit
}

data "aws_caller_identity" "other" {
  provider = aws.other
}

resource "aws_lambda_permission" "p" {
  function_name  = "f"
  principal      = data.aws_caller_identity.audit.account_id
  source_account = data.aws_caller_identity.other.account_id
  event_source_token = data.aws_caller_identity.profiled.account_id
}
`,
    });
    const r = await readTerraformRoot(snap, "", { grantTypes: new Set(["aws_lambda_permission"]) });
    // An alias that only changes the region is the own account; a named profile may be another's.
    expect(renderValue(r.resources[0]?.properties)).toEqual({
      function_name: "f",
      principal: "444444444444",
      source_account: "${own-account}",
      event_source_token: "${data.aws_caller_identity.profiled.account_id}",
    });
    expect(r.notes).toEqual([
      "data.aws_caller_identity.profiled is read through a provider whose account is not known statically",
    ]);
  });

  it("evaluates a module shared by two roots once per root, with each root's inputs", async () => {
    const snap = memorySnapshot({
      "a/main.tf": `module "q" {\n  source = "../q"\n  reader = "111111111111"\n}\n`,
      "b/main.tf": `module "q" {\n  source = "../q"\n  reader = "222222222222"\n}\n`,
      "q/main.tf": `variable "reader" {}\nresource "aws_lambda_permission" "p" {\n  function_name = "f"\n  principal = var.reader\n}\n`,
    });
    const types = new Set(["aws_lambda_permission"]);
    const [a, b] = await Promise.all([
      readTerraformRoot(snap, "a", { grantTypes: types }),
      readTerraformRoot(snap, "b", { grantTypes: types }),
    ]);
    expect(a.resources.map((x) => [x.unit, x.address, x.properties.principal])).toEqual([
      ["a", "module.q.aws_lambda_permission.p", "111111111111"],
    ]);
    expect(b.resources.map((x) => [x.unit, x.address, x.properties.principal])).toEqual([
      ["b", "module.q.aws_lambda_permission.p", "222222222222"],
    ]);
  });
});
