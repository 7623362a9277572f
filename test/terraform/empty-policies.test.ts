// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
/**
 * policy = "" (issue 16, item 6): where the policy argument is optional an empty string is the
 * service's default policy — for KMS keys the default key policy (the own account's root, kms:*,
 * as when the argument is left out), elsewhere no grant — and never an error. An empty required
 * policy (a role's trust policy, a bucket policy) stays an error naming the file and the resource.
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { readPlan } from "../../src/iac/terraform-plan/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE, type Grant } from "../../src/model/types.js";
import { miniPlan } from "../terraform-plan/helpers.js";
import { fixtureSnapshot } from "./fixture.js";

const ZONE = { ...EMPTY_ZONE, accounts: ["111111111111"] };

const line = (g: Grant) =>
  `${renderText(g.principal.id)} ${g.classification} ${g.resource.address} ${g.actions.join(",")}` +
  (g.conditional ? ` | ${g.conditional}` : "");

async function run(root: string) {
  const r = await readTerraformRoot(fixtureSnapshot("empty-policies"), root, {
    grantTypes: TERRAFORM_GRANT_TYPES,
  });
  const ex = extractGrants(r.resources, ZONE);
  return { readErrors: r.errors, errors: ex.errors, lines: ex.grants.map(line) };
}

describe('policy = ""', () => {
  it("optional policies: KMS's default key policy for keys, no grant and no error elsewhere", async () => {
    const r = await run("optional");
    expect(r.readErrors).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      "arn:aws:iam::${own-account}:root internal aws_kms_key.blank kms:*",
      // Leaving the argument out is the same default.
      "arn:aws:iam::${own-account}:root internal aws_kms_key.omitted kms:*",
      // cond ? doc : "": the default policy on one side, the written one on the other.
      "arn:aws:iam::${own-account}:root internal aws_kms_key.maybe kms:* | when var.custom_key_policy = false",
      "arn:aws:iam::222222222222:role/reader external aws_kms_key.maybe kms:Decrypt | when var.custom_key_policy = true",
      // SQS, S3 and Secrets Manager with "" have no policy: no grant. SNS only when shared.
      "arn:aws:iam::333333333333:root external aws_sns_topic.alerts sns:Subscribe | when var.share_topic = true",
      // aws_kms_key.managed has no default: its policy is the aws_kms_key_policy's.
      "arn:aws:iam::444444444444:root external aws_kms_key_policy.managed kms:Decrypt",
    ]);
  });

  it("required policies: an error naming the file and the resource", async () => {
    const r = await run("required");
    expect(r.readErrors).toEqual([]);
    expect(r.errors).toEqual([
      {
        file: "required/main.tf",
        line: 9,
        message: "aws_iam_role.empty (aws_iam_role): assume_role_policy is empty, but the policy is required",
      },
      {
        file: "required/main.tf",
        line: 14,
        message:
          "aws_s3_bucket_policy.empty (aws_s3_bucket_policy): policy is empty, but the policy is required",
      },
      {
        file: "required/main.tf",
        line: 19,
        message:
          "aws_iam_role.maybe (aws_iam_role): assume_role_policy is empty (when var.trusted = false), but the policy is required",
      },
    ]);
    expect(r.lines).toEqual([
      "ec2.amazonaws.com service aws_iam_role.maybe sts:AssumeRole | when var.trusted = true",
    ]);
  });

  it("a plan's empty optional policies: the KMS default, nothing for the queue", () => {
    // The plan reader drops "" policy attributes (change-reader.ts); the KMS row's default applies.
    const change = (type: string, name: string, after: Record<string, unknown>) => ({
      address: `${type}.${name}`,
      mode: "managed",
      type,
      name,
      change: { actions: ["create"], before: null, after, after_unknown: {} },
    });
    const plan = readPlan(
      "plan.json",
      miniPlan({
        resource_changes: [
          change("aws_kms_key", "blank", { description: "k", policy: "" }),
          change("aws_sqs_queue", "jobs", { name: "jobs", policy: "" }),
        ],
      }),
      { grantTypes: TERRAFORM_GRANT_TYPES },
    );
    const ex = extractGrants(plan.after, ZONE);
    expect(ex.errors).toEqual([]);
    expect(ex.grants.map(line)).toEqual([
      "arn:aws:iam::${own-account}:root internal aws_kms_key.blank kms:*",
    ]);
  });
});
