// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderValue } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { policyOf, readFixture } from "./fixture.js";

describe("conditions that cannot be decided statically", async () => {
  const r = await readFixture("conditionals", "");

  it("emits the resource of a count = cond ? 1 : 0 only in its true branch", () => {
    expect(r.errors).toEqual([]);
    const vendor = r.byAddress("aws_iam_role.vendor[0]");
    // The variable has no committed value: the deploy chooses, and the resource exists when it is true.
    expect(vendor.conditional).toBe("when var.enable_vendor_access = true");
    expect(policyOf(vendor, "assume_role_policy")).toEqual({
      Statement: [
        { Action: "sts:AssumeRole", Effect: "Allow", Principal: { AWS: "arn:aws:iam::123456789012:root" } },
      ],
      Version: "2012-10-17",
    });
  });

  it("emits one variant per value of each open input, chosen once per evaluation", () => {
    const variants = r.resources.filter((x) => x.address === "aws_sns_topic_policy.alerts");
    // var.environment defaults to "prod" but is open: "prod" and any other value both count.
    expect(variants.map((v) => v.conditional)).toEqual([
      'when var.environment = "prod" and var.enable_vendor_access = false',
      'when var.environment = "prod" and var.enable_vendor_access = true',
      "when var.environment is another value and var.enable_vendor_access = false",
      "when var.environment is another value and var.enable_vendor_access = true",
    ]);
    expect(
      variants.map((v) => (policyOf(v) as { Statement: { Sid: string; Principal: unknown }[] }).Statement[0]),
    ).toEqual([
      expect.objectContaining({ Sid: "ProdPublish", Principal: { AWS: "arn:aws:iam::${own-account}:root" } }),
      expect.objectContaining({ Sid: "ProdPublish", Principal: { AWS: "arn:aws:iam::123456789012:root" } }),
      expect.objectContaining({ Sid: "DevPublish", Principal: { AWS: "arn:aws:iam::${own-account}:root" } }),
      expect.objectContaining({ Sid: "DevPublish", Principal: { AWS: "arn:aws:iam::123456789012:root" } }),
    ]);
  });

  it("leaves resources that do not depend on the condition unconditional", () => {
    expect(r.byAddress("aws_sqs_queue.inbox").conditional).toBeUndefined();
  });

  it("takes records with the same JSON as one, though their values differ in JavaScript (0 and -0)", async () => {
    const snap = memorySnapshot({
      "main.tf": [
        'variable "flip" {\n  type = bool\n}',
        'resource "aws_sqs_queue" "q" {\n  name          = "q"\n  delay_seconds = var.flip ? 0 : 0 * -1\n}',
      ].join("\n"),
    });
    const out = await readTerraformRoot(snap, "", { grantTypes: new Set(["aws_sqs_queue"]) });
    expect(out.errors).toEqual([]);
    // One record whatever var.flip is: the report (JSON) could not tell two apart.
    expect(out.resources.map((x) => [x.address, x.conditional, x.properties])).toEqual([
      ["aws_sqs_queue.q", undefined, { name: "q", delay_seconds: 0 }],
    ]);
  });

  it("past the budget, covers the other combinations with the choices unresolved: a note, never an error", async () => {
    const conds = Array.from({ length: 6 }, (_x, i) => `var.c${i} ? "a${i}" : "b${i}"`).join(", ");
    const vars = Array.from({ length: 6 }, (_x, i) => `variable "c${i}" {}`).join("\n");
    const snap = memorySnapshot({
      "main.tf": `${vars}\nresource "aws_sqs_queue" "q" {\n  name = join("-", [${conds}])\n}\n`,
    });
    const out = await readTerraformRoot(snap, "", {
      grantTypes: new Set(["aws_sqs_queue"]),
      maxVariants: 16,
    });
    expect(out.errors).toEqual([]);
    expect(out.resources).toHaveLength(17);
    const rest = out.resources.filter((x) => x.conditional?.includes("other combinations"));
    expect(rest.map((x) => renderValue(x.properties))).toEqual([
      {
        name: [0, 1, 2, 3, 4, 5].map((i) => `\${var.c${i} ? 'a${i}' : 'b${i}'}`).join("-"),
      },
    ]);
    expect(out.notes).toEqual([
      "main.tf:7: aws_sqs_queue.q depends on more than 16 combinations of open inputs and undecided conditions; the others are reported with those choices unresolved",
    ]);
  });

  it("expands an unknown for_each into one instance naming the collection", async () => {
    const snap = memorySnapshot({
      "main.tf": `variable "partner_accounts" {
  type = set(string)
}

resource "aws_lambda_permission" "partner" {
  for_each      = var.partner_accounts
  function_name = "f"
  principal     = each.value
}
`,
    });
    const out = await readTerraformRoot(snap, "", { grantTypes: new Set(["aws_lambda_permission"]) });
    expect(out.errors).toEqual([]);
    expect(out.resources.map((x) => [x.address, renderValue(x.properties)])).toEqual([
      ["aws_lambda_permission.partner[*]", { function_name: "f", principal: "${var.partner_accounts}" }],
    ]);
  });
  it("expands an unknown count into one instance whose count.index reads as written", async () => {
    const snap = memorySnapshot({
      "main.tf": `variable "partner_accounts" {
  type = list(string)
}

resource "aws_lambda_permission" "partner" {
  count         = length(var.partner_accounts)
  function_name = "f"
  principal     = var.partner_accounts[count.index]
}
`,
    });
    const out = await readTerraformRoot(snap, "", { grantTypes: new Set(["aws_lambda_permission"]) });
    expect(out.errors).toEqual([]);
    // What a user can put in trusted.expressions: the text of the code, not the count's.
    expect(out.resources.map((x) => [x.address, renderValue(x.properties)])).toEqual([
      [
        "aws_lambda_permission.partner[*]",
        { function_name: "f", principal: "${var.partner_accounts[count.index]}" },
      ],
    ]);
  });

  it("gives each variant's record the lines of the values it read, however many variants merge", async () => {
    // var.env is open: "prod" and any other value both count. The partner account comes from a
    // different local in each; the queue's name is the same either way: its two variants merge into one record.
    const snap = memorySnapshot({
      "main.tf": `variable "env" {}
locals {
  prod_partner  = "111111111111"
  other_partner = "222222222222"
  partner       = var.env == "prod" ? local.prod_partner : local.other_partner
}
resource "aws_lambda_permission" "p" {
  function_name = "f"
  principal     = local.partner
}
resource "aws_sqs_queue" "q" {
  name = var.env == "prod" ? "333333333333" : "333333333333"
}
`,
    });
    const out = await readTerraformRoot(snap, "", {
      grantTypes: new Set(["aws_lambda_permission", "aws_sqs_queue"]),
    });
    expect(out.errors).toEqual([]);
    expect(out.resources.map((x) => [x.address, x.conditional, x.valueLines])).toEqual([
      ["aws_lambda_permission.p", 'when var.env = "prod"', { "111111111111": 3 }],
      ["aws_lambda_permission.p", "when var.env is another value", { "222222222222": 4 }],
      ["aws_sqs_queue.q", undefined, { "333333333333": 12 }],
    ]);
  });
});
