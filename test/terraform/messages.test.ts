// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { createTerraformCache, readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderPolicyDocument } from "../../src/iac/terraform/policy-document.js";
import { unresolved } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { GRANT_TYPES } from "./fixture.js";
import { evaluate } from "./helpers.js";

const MARKERS = /[\uE000-\uE002]/;

describe("error messages show expressions as the user wrote them", () => {
  it("the evaluator's messages render tokens as ${…}", () => {
    const r = evaluate(`{ for x in ["a", "b"] : "\${var.p}" => x }`);
    expect(r.errors).toEqual(['duplicate key "${var.p}" in a for expression (use ... to group)']);
    // Unknown elements whose keys are not known either are not known to collide.
    expect(evaluate(`{ for x in ["\${var.a}", "\${var.a}"] : x => 1 }`).errors).toEqual([]);
  });

  it("a Sid with unknown parts is neither a duplicate nor a replacement", () => {
    const sid = unresolved('try(each.value.sid, "")');
    const errors: string[] = [];
    const out = renderPolicyDocument(
      {
        statement: [
          { sid, actions: ["s3:GetObject"], principals: [{ type: "AWS", identifiers: ["111111111111"] }] },
          { sid, actions: ["s3:PutObject"], principals: [{ type: "AWS", identifiers: ["222222222222"] }] },
        ],
      },
      (m) => errors.push(m),
    );
    expect(errors).toEqual([]);
    expect((out.document as { Statement: unknown[] }).Statement).toHaveLength(2);
  });

  it("a known duplicate Sid is still an error, written plainly", () => {
    const errors: string[] = [];
    renderPolicyDocument({ statement: [{ sid: "A" }, { sid: "A" }] }, (m) => errors.push(m));
    expect(errors).toEqual(['duplicate Sid "A" in statement blocks']);
  });

  it("no error or note of a Terraform root carries token markers", async () => {
    const result = await readTerraformRoot(
      memorySnapshot({
        "main.tf": `
variable "p" {}
locals {
  m = { for x in ["a", "b"] : "\${var.p}-\${data.aws_caller_identity.me.account_id}" => x }
}
data "aws_caller_identity" "me" {}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = local.m } }] })
}
`,
      }),
      "",
      { grantTypes: GRANT_TYPES, cache: createTerraformCache() },
    );
    expect(result.errors.length).toBeGreaterThan(0);
    for (const e of result.errors) expect(e.message).not.toMatch(MARKERS);
    for (const n of result.notes ?? []) expect(n).not.toMatch(MARKERS);
    expect(result.errors.map((e) => e.message).join("\n")).toContain(
      'duplicate key "${var.p}-${own-account}"',
    );
  });
});
