import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runDiff } from "../../src/analyze/analyze.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-01" };

/** A partner role whose account comes from a root variable without a value: unresolved. */
const PARTNER = `resource "aws_iam_role" "partner" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::\${var.partner_account}:root" } }]
  })
}
`;
const VARIABLES = `variable "partner_account" {
  type = string
}

variable "bucket_name" {
  type    = string
  default = "acme-logs"
}
`;
const LOGS = `resource "aws_s3_bucket" "logs" {
  bucket = var.bucket_name
}
`;

const repo = (over: Record<string, string>) =>
  memorySnapshot({
    "infra/main.tf": PARTNER,
    "infra/variables.tf": VARIABLES,
    "infra/logs.tf": LOGS,
    "infra/terraform.tfvars": 'bucket_name = "acme-logs"\n',
    "infra/prod.tfvars": 'bucket_name = "acme-prod-logs"\n',
    "README.md": "# infra\n",
    ...over,
  });

/** The added grants of the partner principal, with why they are new. */
async function partnerChanges(head: Record<string, string>) {
  const report = await runDiff(repo({}), repo(head), options);
  return report.grants
    .filter((g) => g.principal.id.includes("var.partner_account"))
    .map((g) => ({ change: g.change, inputsChanged: g.inputsChanged }));
}

describe("an unresolved grant whose expression is unchanged", () => {
  it("is new when a tfvars file its root loads changed", async () => {
    expect(await partnerChanges({ "infra/terraform.tfvars": 'bucket_name = "acme-logs-2"\n' })).toEqual([
      { change: "added", inputsChanged: ["infra/terraform.tfvars"] },
    ]);
  });

  it("is new when the declaration of the variable it names changed", async () => {
    const changed = VARIABLES.replace(
      "type = string",
      'type = string\n  description = "set by the pipeline"',
    );
    expect(await partnerChanges({ "infra/variables.tf": changed })).toEqual([
      { change: "added", inputsChanged: ["infra/variables.tf"] },
    ]);
  });

  it("is unchanged when other declarations, other resources, an unloaded tfvars or other files changed", async () => {
    // Another variable's default, and the partner variable only re-aligned.
    const otherDefault = VARIABLES.replace('default = "acme-logs"', 'default = "acme-logs-eu"').replace(
      "type = string\n}",
      "type   =   string\n\n}",
    );
    expect(
      await partnerChanges({
        "infra/variables.tf": otherDefault,
        "infra/logs.tf": `${LOGS}\nresource "aws_sns_topic" "alerts" {}\n`,
        "infra/prod.tfvars": 'bucket_name = "acme-prod-logs-2"\n',
        "README.md": "# infra, documented\n",
      }),
    ).toEqual([{ change: "unchanged", inputsChanged: undefined }]);
  });

  it("is new when the code of the module it comes through changed", async () => {
    const files = {
      "infra/main.tf": `module "partner" {
  source = "../modules/partner"
}
`,
      "modules/partner/main.tf": PARTNER,
      "modules/partner/variables.tf": `variable "partner_account" {
  type = string
}
`,
      "modules/partner/outputs.tf": 'output "role" {\n  value = aws_iam_role.partner.arn\n}\n',
    };
    const base = memorySnapshot(files);
    const head = memorySnapshot({
      ...files,
      "infra/main.tf": files["infra/main.tf"].replace("}", "  # caller comment\n  providers = {}\n}"),
    });
    const report = await runDiff(base, head, options);
    const partner = report.grants.filter((g) => g.principal.id.includes("var.partner_account"));
    expect(partner.map((g) => [g.change, g.inputsChanged])).toEqual([["added", ["infra/main.tf"]]]);

    // Other edits of the caller's folder are not inputs of the module's grant.
    const elsewhere = memorySnapshot({
      ...files,
      "infra/main.tf": `${files["infra/main.tf"]}\nresource "aws_sns_topic" "alerts" {}\n`,
      "infra/queues.tf": 'resource "aws_sqs_queue" "jobs" {}\n',
    });
    const quiet = await runDiff(base, elsewhere, options);
    expect(
      quiet.grants
        .filter((g) => g.principal.id.includes("var.partner_account"))
        .map((g) => [g.change, g.inputsChanged]),
    ).toEqual([["unchanged", undefined]]);
  });
});
