// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderValue, unresolvedExpressions } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { readFixture } from "./fixture.js";

describe("bad input", () => {
  it("reports an HCL syntax error with hcl2json's file and line, and still reads the other files", async () => {
    const r = await readFixture("bad-input", "syntax");
    expect(r.errors).toEqual([
      {
        file: "syntax/broken.tf",
        line: 5,
        message:
          "HCL syntax error: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
      },
    ]);
    expect(r.resources.map((x) => x.address)).toEqual(["aws_iam_role.fine"]);
    expect(r.files).toEqual(["syntax/broken.tf", "syntax/ok.tf"]);
  });

  describe("references", async () => {
    const r = await readFixture("bad-input", "references");

    it("reports each problem at its line", () => {
      expect(r.errors).toEqual([
        {
          file: "references/main.tf",
          line: 2,
          message: "cycle between values: local.b -> local.a -> local.b",
        },
        {
          file: "references/main.tf",
          line: 8,
          message: "reference to undeclared input variable var.partner_account",
        },
        {
          file: "references/main.tf",
          line: 39,
          message: "reference to undeclared resource aws_sns_topic.nope",
        },
        {
          file: "references/main.tf",
          line: 40,
          message: "reference to undeclared data source data.aws_iam_policy_document.nope",
        },
        {
          file: "references/main.tf",
          line: 30,
          message:
            'templatefile(): refusing to read "./../../../../etc/passwd" (relative to references): the path leaves the repository',
        },
        {
          file: "references/main.tf",
          line: 35,
          message: "file(): cannot read references/policies/missing.json: file not found",
        },
      ]);
    });

    it("keeps every grant resource, with the broken parts unresolved", () => {
      const props = Object.fromEntries(r.resources.map((x) => [x.address, renderValue(x.properties)]));
      expect(Object.keys(props)).toEqual([
        "aws_iam_role.undefined_refs",
        "aws_iam_role.cycle",
        "aws_sqs_queue.escape",
        "aws_sqs_queue.missing",
        "aws_sns_topic_policy.undeclared_resource",
      ]);
      const undefinedRefs = r.byAddress("aws_iam_role.undefined_refs").properties
        .assume_role_policy as string;
      expect(unresolvedExpressions(undefinedRefs)).toEqual(["var.partner_account"]);
      expect(
        unresolvedExpressions(r.byAddress("aws_iam_role.cycle").properties.assume_role_policy as string),
      ).toEqual(["local.b"]);
      expect(props["aws_sqs_queue.escape"]).toEqual({
        name: "escape",
        policy: "${templatefile('${path.module}/../../../../etc/passwd', {})}",
      });
      expect(props["aws_sqs_queue.missing"]).toEqual({
        name: "missing",
        policy: "${file('policies/missing.json')}",
      });
      expect(props["aws_sns_topic_policy.undeclared_resource"]).toEqual({
        arn: "${aws_sns_topic.nope.arn}",
        policy: "${data.aws_iam_policy_document.nope.json}",
      });
    });
  });

  it("reports recursion between modules and reads the rest", async () => {
    const r = await readFixture("bad-input", "recursion/live");
    expect(r.errors).toEqual([
      {
        file: "recursion/modules/b/main.tf",
        line: 1,
        message:
          'module "a_again": module recursion: recursion/live -> recursion/modules/a -> recursion/modules/b -> recursion/modules/a',
      },
    ]);
    expect(r.resources.map((x) => x.address)).toEqual(["module.a.aws_iam_role.in_a"]);
  });

  it("refuses module sources and files outside the repository", async () => {
    const snap = memorySnapshot({
      "live/main.tf": `module "outside" {
  source = "../../elsewhere"
}

resource "aws_sqs_queue" "q" {
  name   = "q"
  policy = file("/etc/passwd")
}
`,
    });
    const r = await readTerraformRoot(snap, "live", { grantTypes: new Set(["aws_sqs_queue"]) });
    expect(r.errors).toEqual([
      {
        file: "live/main.tf",
        line: 1,
        message: 'module "outside": source "../../elsewhere" points outside the repository',
      },
      {
        file: "live/main.tf",
        line: 7,
        message: 'file(): refusing to read "/etc/passwd" (relative to live): the path leaves the repository',
      },
    ]);
    expect(renderValue(r.resources[0]?.properties)).toEqual({ name: "q", policy: "${file('/etc/passwd')}" });
  });

  it("reports an expression it cannot evaluate instead of crashing", async () => {
    const snap = memorySnapshot({
      "main.tf": `locals {
  n = 1 / 0
  bad = tonumber("x")
}

resource "aws_sqs_queue" "q" {
  name   = "q-\${local.n}"
  policy = jsonencode({ AWS = local.bad })
}
`,
      "empty.tf.json": "{ not json",
    });
    const r = await readTerraformRoot(snap, "", { grantTypes: new Set(["aws_sqs_queue"]) });
    expect(r.errors).toEqual([
      { file: "empty.tf.json", line: 1, message: expect.stringMatching(/^invalid JSON: /) },
      { file: "main.tf", line: 2, message: "division by zero" },
      { file: "main.tf", line: 3, message: "tonumber(): a number is required, got string" },
    ]);
    expect(renderValue(r.resources[0]?.properties)).toEqual({
      name: "q-${1 / 0}",
      policy: '{"AWS":"${tonumber(\'x\')}"}',
    });
  });

  it("finds no Terraform in a directory without .tf files", async () => {
    const r = await readTerraformRoot(memorySnapshot({ "a/readme.md": "x" }), "a", { grantTypes: new Set() });
    expect(r).toEqual({
      resources: [],
      errors: [{ file: "a", message: "no Terraform files in this directory" }],
      files: [],
    });
  });
});
