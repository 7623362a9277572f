// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { renderValue } from "../../src/model/symbolic.js";
import { policyOf, readFixture } from "./fixture.js";

// fixtures/terraform/policies: one root with the policy idioms of grant-model.md §5
// (dynamic statements, Sid replacement and overrides, OR-ed conditions, heredoc directives,
// file(), kms grants, RAM, ACL blocks, lambda permissions).

describe("policies", async () => {
  const r = await readFixture("policies", "");

  it("evaluates every grant resource without errors", () => {
    expect(r.errors).toEqual([]);
    expect(r.resources.map((x) => x.address)).toEqual([
      "aws_sqs_queue.shared",
      "aws_sqs_queue_policy.shared",
      "aws_s3_bucket_policy.replica[0]",
      "aws_s3_bucket_policy.replica[1]",
      "aws_kms_key.data",
      "aws_kms_grant.decrypt",
      "aws_ram_principal_association.org",
      "aws_s3_bucket_acl.logs",
      "aws_lambda_permission.org_invoke",
      "aws_glacier_vault.archive",
    ]);
    expect(r.files).toEqual(["main.tf", "policies/key-policy.json", "variables.tf"]);
  });

  it("expands dynamic statements, replaces by Sid, ORs same-key conditions and applies the Deny override", () => {
    const q = r.byAddress("aws_sqs_queue_policy.shared");
    expect(q.line).toBe(68);
    expect(q.pathLines).toEqual({ queue_url: 69, policy: 70 });
    expect(policyOf(q)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "Consumer0",
          Effect: "Allow",
          Action: "sqs:ReceiveMessage",
          Resource: "${aws_sqs_queue.shared.arn}",
          Principal: { AWS: "*" },
          Condition: {
            StringEquals: {
              "aws:PrincipalOrgID": ["${data.aws_organizations_organization.this.id}", "o-zz9988776655"],
            },
          },
        },
        {
          Sid: "Consumer1",
          Effect: "Deny",
          Action: "sqs:*",
          Resource: "${aws_sqs_queue.shared.arn}",
          Principal: { AWS: "arn:aws:iam::123456789012:root" },
        },
      ],
    });
    // The principal of the data block points at its identifier line.
    expect(q.valueLines?.["arn:aws:iam::123456789012:root"]).toBe(58);
    expect(q.valueLines?.["*"]).toBe(35);
  });

  it("evaluates %{for} directives and ${jsonencode()} outside quotes in a heredoc, per count instance", () => {
    for (const i of [0, 1]) {
      const p = r.byAddress(`aws_s3_bucket_policy.replica[${i}]`);
      expect(renderValue(p.properties.bucket)).toBe(`\${aws_s3_bucket.replica[${i}].id}`);
      expect(policyOf(p)).toEqual({
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "Replicate0",
            Effect: "Allow",
            Principal: { AWS: "arn:aws:iam::333333333333:role/replicator" },
            Action: ["s3:ReplicateObject", "s3:ReplicateDelete"],
            Resource: `\${aws_s3_bucket.replica[${i}].arn}/*`,
          },
        ],
      });
    }
  });

  it("reads file() relative to the root module", () => {
    expect(policyOf(r.byAddress("aws_kms_key.data"))).toMatchObject({
      Statement: [
        { Sid: "AllowAnalyticsAccount", Principal: { AWS: "arn:aws:iam::444444444444:role/analytics" } },
      ],
    });
  });

  it("resolves non-policy grant arguments", () => {
    expect(renderValue(r.byAddress("aws_kms_grant.decrypt").properties)).toEqual({
      name: "decrypt",
      key_id: "${aws_kms_key.data.key_id}",
      grantee_principal: "arn:aws:iam::222222222222:role/decryptor",
      retiring_principal: "arn:aws:iam::${own-account}:root",
      operations: ["Decrypt", "DescribeKey"],
    });
    expect(renderValue(r.byAddress("aws_ram_principal_association.org").properties)).toEqual({
      principal: "${data.aws_organizations_organization.this.arn}",
      resource_share_arn: "${aws_ram_resource_share.subnets.arn}",
    });
    expect(renderValue(r.byAddress("aws_lambda_permission.org_invoke").properties)).toEqual({
      statement_id: "OrgInvoke",
      action: "lambda:InvokeFunction",
      function_name: "shared-function",
      principal: "*",
      principal_org_id: "${data.aws_organizations_organization.this.id}",
    });
  });

  it("gives nested blocks as arrays of objects with a line for each path", () => {
    const acl = r.byAddress("aws_s3_bucket_acl.logs");
    expect(renderValue(acl.properties)).toEqual({
      bucket: "${aws_s3_bucket.replica[0].id}",
      access_control_policy: [
        {
          grant: [
            {
              grantee: [
                {
                  id: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
                  type: "CanonicalUser",
                },
              ],
              permission: "READ",
            },
            {
              grantee: [{ type: "Group", uri: "http://acs.amazonaws.com/groups/s3/LogDelivery" }],
              permission: "WRITE",
            },
          ],
          owner: [{ id: "${data.aws_canonical_user_id.current.id}" }],
        },
      ],
    });
    expect(acl.pathLines).toMatchObject({
      "access_control_policy/0/grant/0/grantee/0/id": 127,
      "access_control_policy/0/grant/1/grantee/0/uri": 135,
    });
  });

  it("sorts jsonencode keys like Terraform", () => {
    const vault = r.byAddress("aws_glacier_vault.archive");
    expect(vault.properties.access_policy).toBe(
      '{"Statement":[{"Action":["glacier:InitiateJob","glacier:GetJobOutput"],"Effect":"Allow","Principal":"*",' +
        `"Resource":"arn:aws:glacier:eu-west-1:${"\uE000s\uE001"}:vaults/archive","Sid":"add-read-only-perm"}],"Version":"2012-10-17"}`,
    );
  });
});
