// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * CloudFormation inside Terraform (issue 17 item 2): aws_cloudformation_stack(_set) template_body
 * as a heredoc, file() or jsonencode() is read as a template with the stack's parameters bound.
 */
import { expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { fixtureSnapshot } from "./fixture.js";

it("reads the templates of stacks and stack sets, with both addresses and lines in the .tf or template file", async () => {
  const r = await readTerraformRoot(fixtureSnapshot("embedded-templates"), "", {
    grantTypes: TERRAFORM_GRANT_TYPES,
  });
  expect(r.errors).toEqual([]);
  const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
  expect(ex.errors).toEqual([]);
  expect(
    ex.grants
      .map((g) => [
        renderText(g.principal.id),
        g.classification,
        g.resource.address,
        g.resource.target,
        `${g.resource.file}:${g.resource.line}`,
        g.conditions,
      ])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  ).toEqual([
    [
      "arn:aws:iam::565656565656:root",
      "external",
      "aws_cloudformation_stack_set.scanner/ScanningRole",
      "aws_cloudformation_stack_set.scanner/ScanningRole",
      "main.tf:29",
      { StringEquals: { "sts:ExternalId": "tenant-42" } },
    ],
    [
      "arn:aws:iam::676767676767:root",
      "external",
      "aws_cloudformation_stack.audit/AuditRole",
      "aws_cloudformation_stack.audit/AuditRole",
      "templates/audit.yaml:16",
      {},
    ],
    [
      "arn:aws:iam::787878787878:root",
      "external",
      "aws_cloudformation_stack.bus/BusPolicy",
      "aws_cloudformation_stack.bus/Bus",
      "main.tf:45",
      {},
    ],
  ]);
});

it("a stack whose template is not in the repository is one unresolved grant naming it, never dropped, and the accounts passed to it", async () => {
  const { memorySnapshot } = await import("../../src/sources/snapshot.js");
  const snapshot = memorySnapshot({
    "main.tf": `resource "aws_cloudformation_stack" "vendor" {
  name         = "vendor"
  template_url = "https://vendor-templates.s3.amazonaws.com/onboarding.yaml"
  parameters   = { TrustedAccount = "565656565656" }
}
`,
  });
  const r = await readTerraformRoot(snapshot, "", { grantTypes: TERRAFORM_GRANT_TYPES });
  expect(r.errors).toEqual([]);
  const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
  expect(ex.grants.map((g) => [renderText(g.principal.id), g.classification, g.resource.address])).toEqual([
    [
      "${template_url https://vendor-templates.s3.amazonaws.com/onboarding.yaml}",
      "unresolved",
      "aws_cloudformation_stack.vendor",
    ],
    // The account passed to the unseen template as a parameter is still reported.
    ["arn:aws:iam::565656565656:root", "external", "aws_cloudformation_stack.vendor"],
  ]);
  expect(r.notes).toEqual([
    "main.tf:1: aws_cloudformation_stack.vendor deploys a template from template_url, which is not in the repository",
  ]);
});
