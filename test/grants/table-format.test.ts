/**
 * Issue 20 item 6: a table row says which language its type belongs to (`format`); the readers'
 * type sets come from that field, not from the shape of the type's name.
 */
import { describe, expect, it } from "vitest";
import {
  IDENTITY_PROVIDER_TYPES,
  TERRAFORM_IDENTITY_PROVIDER_TYPES,
} from "../../src/grants/identity-providers.js";
import { ROLE_PERMISSION_ROWS, ROLE_PERMISSION_TERRAFORM_TYPES } from "../../src/grants/role-access.js";
import { CLOUDFORMATION_GRANT_TYPES, GRANT_TABLE, TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";

const TERRAFORM_NAME = /^(aws_[a-z0-9_]+|module)$/;
const CLOUDFORMATION_NAME = /^((AWS|Custom)::[A-Za-z0-9]+(::[A-Za-z0-9]+)?|Fn::Transform)$/;

describe("table rows carry their format", () => {
  it("every row's format agrees with its type (the data is consistent)", () => {
    for (const row of [...GRANT_TABLE, ...ROLE_PERMISSION_ROWS, ...IDENTITY_PROVIDER_TYPES]) {
      expect(row.type, row.format).toMatch(row.format === "terraform" ? TERRAFORM_NAME : CLOUDFORMATION_NAME);
    }
  });

  it("the readers' type sets are the rows of their format", () => {
    expect(TERRAFORM_GRANT_TYPES).toContain("aws_iam_role");
    expect(TERRAFORM_GRANT_TYPES).not.toContain("module");
    expect(CLOUDFORMATION_GRANT_TYPES).toContain("Fn::Transform");
    expect(CLOUDFORMATION_GRANT_TYPES).toContain("AWS::IAM::Role");
    for (const t of TERRAFORM_GRANT_TYPES) expect(CLOUDFORMATION_GRANT_TYPES.has(t), t).toBe(false);
    expect(new Set([...TERRAFORM_GRANT_TYPES, ...CLOUDFORMATION_GRANT_TYPES, "module"])).toEqual(
      new Set(GRANT_TABLE.map((r) => r.type)),
    );
    expect(ROLE_PERMISSION_TERRAFORM_TYPES).toEqual([
      "aws_iam_role",
      "aws_iam_role_policy",
      "aws_iam_role_policy_attachment",
      "aws_iam_policy_attachment",
      "aws_iam_policy",
    ]);
    expect(TERRAFORM_IDENTITY_PROVIDER_TYPES).toEqual([
      "aws_iam_openid_connect_provider",
      "aws_iam_saml_provider",
    ]);
  });
});
