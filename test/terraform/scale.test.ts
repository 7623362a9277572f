// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, asserted literally
import { expect, it } from "vitest";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

it("expands a large partners map through a module, each record pointing at its own account only", async () => {
  const n = 300;
  const partners = Array.from(
    { length: n },
    (_x, i) => `    p${i} = { account_id = "${100000000000 + i}" }`,
  ).join("\n");
  const snap = memorySnapshot({
    "live/main.tf": `locals {
  partners = {
${partners}
  }
}

module "roles" {
  source   = "../role"
  for_each = local.partners
  account  = each.value.account_id
}

resource "aws_lambda_permission" "invoke" {
  for_each      = local.partners
  function_name = "ingest"
  principal     = each.value.account_id
}
`,
    "role/main.tf": `variable "account" {}

data "aws_iam_policy_document" "trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${var.account}:root"]
    }
  }
}

resource "aws_iam_role" "r" {
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
`,
  });
  const r = await readTerraformRoot(snap, "live", {
    grantTypes: new Set(["aws_iam_role", "aws_lambda_permission"]),
  });
  expect(r.errors).toEqual([]);
  expect(r.resources).toHaveLength(2 * n);
  const role = r.resources.find((x) => x.address === 'module.roles["p7"].aws_iam_role.r')!;
  expect(JSON.parse(role.properties.assume_role_policy as string).Statement[0].Principal).toEqual({
    AWS: "arn:aws:iam::100000000007:root",
  });
  const invoke = r.resources.find((x) => x.address === 'aws_lambda_permission.invoke["p7"]')!;
  expect(invoke.properties.principal).toBe("100000000007");
  expect(invoke.valueLines).toEqual({ "100000000007": 10 });
});
