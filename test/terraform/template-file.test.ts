// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * data.template_file (the template provider, what repositories written before templatefile()
 * render their policies with): its `rendered` text is the template rendered with its vars, so a
 * trust policy written in a template file names its principals instead of one unresolved value.
 */
import { expect, it } from "vitest";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { fixtureSnapshot, GRANT_TYPES, ownAccountGrants } from "./fixture.js";

it("renders data.template_file's template with its vars, as strings, in either syntax", async () => {
  const r = await readTerraformRoot(fixtureSnapshot("template-file"), "", { grantTypes: GRANT_TYPES });
  // The provider refuses a list among the vars; so does the reader, naming the data source.
  expect(r.errors).toEqual([
    {
      file: "main.tf",
      line: 48,
      message:
        "data.template_file.listed: vars.account_id is a list; the template provider takes only strings, numbers and bools",
    },
  ]);
  const ex = ownAccountGrants(r.resources);
  expect(ex.errors).toEqual([]);
  expect(
    ex.grants.map((g) => [g.resource.address, renderText(g.principal.id), g.classification, g.conditions]),
  ).toEqual([
    // A number among the vars is its text.
    [
      "aws_iam_role.auditor",
      "arn:aws:iam::222233334444:root",
      "external",
      { StringEquals: { "sts:ExternalId": "1234" } },
    ],
    ["aws_iam_role.ec2", "ec2.amazonaws.com", "service", {}],
    // `vars { … }` and an inline template whose "$${" the configuration turned into "${".
    ["aws_sqs_queue_policy.q", "arn:aws:iam::555566667777:root", "external", {}],
    ["aws_iam_role.listed", "${data.template_file.listed.rendered}", "unresolved", {}],
    // A var no file sets stays unresolved inside the text, naming the input; a bool is "true".
    [
      "aws_iam_role.partner",
      "arn:aws:iam::${var.partner_account}:root",
      "unresolved",
      { StringEquals: { "sts:ExternalId": "true" } },
    ],
  ]);
});

it("a data source that reads itself is the cycle Terraform refuses, and its grant stays, unresolved", async () => {
  const text = `
data "template_file" "x" {
  template = "$\${a}"
  vars     = { a = data.template_file.x.rendered }
}

resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = data.template_file.x.rendered
}

data "aws_iam_policy_document" "p" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [jsondecode(data.aws_iam_policy_document.p.json).Statement[0].Sid]
    }
  }
}

resource "aws_iam_role" "r2" {
  name               = "r2"
  assume_role_policy = data.aws_iam_policy_document.p.json
}
`;
  const snapshot = memorySnapshot({ "main.tf": new TextEncoder().encode(text) });
  const r = await readTerraformRoot(snapshot, "", { grantTypes: GRANT_TYPES });
  expect(r.errors).toEqual([
    { file: "main.tf", line: 2, message: "cycle: data.template_file.x refers to itself" },
    { file: "main.tf", line: 17, message: "cycle: data.aws_iam_policy_document.p refers to itself" },
  ]);
  const ex = ownAccountGrants(r.resources);
  expect(ex.grants.map((g) => [g.resource.address, renderText(g.principal.id), g.classification])).toEqual([
    ["aws_iam_role.r", "${data.template_file.x.rendered}", "unresolved"],
    ["aws_iam_role.r2", "${jsondecode(data.aws_iam_policy_document.p.json).Statement[0].Sid}", "unresolved"],
  ]);
});
