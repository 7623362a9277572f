// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Data sources that give an AWS service's account (data.aws_elb_service_account and its kind) are
 * not lookups in the deploying account: the account they give is AWS-owned, external, the same as
 * when its number is written out (grant-model.md: "never internal"). The region decides which
 * account, when the configuration says the region.
 */
import { expect, it } from "vitest";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { fixtureSnapshot, GRANT_TYPES, ownAccountGrants } from "./fixture.js";

async function grantsOf(root: string): Promise<[string, string, string][]> {
  const r = await readTerraformRoot(fixtureSnapshot("aws-owned-accounts"), root, {
    grantTypes: new Set([...GRANT_TYPES, "aws_s3_bucket_policy"]),
  });
  expect(r.errors).toEqual([]);
  return ownAccountGrants(r.resources).grants.map((g) => [
    g.resource.address,
    renderText(g.principal.id),
    g.classification,
  ]);
}

it("gives the AWS service's account of the region: the data source's, else its provider's", async () => {
  expect(await grantsOf("live")).toEqual([
    // region = "us-east-1" on the data source: Elastic Load Balancing's account there.
    ["aws_s3_bucket_policy.shared_logs", "arn:aws:iam::127311923021:root", "external"],
    // Through the provider aws.china (cn-north-1): the China partition's account.
    ["aws_s3_bucket_policy.shared_logs", "arn:aws-cn:iam::638102146993:root", "external"],
    // Redshift audit logging in the default provider's eu-west-2; Billing's one account.
    ["aws_s3_bucket_policy.shared_logs", "arn:aws:iam::307160386991:root", "external"],
    ["aws_s3_bucket_policy.shared_logs", "arn:aws:iam::386209384616:root", "external"],
    ["aws_s3_bucket_policy.shared_logs", "${data.aws_cloudtrail_service_account.trail.arn}", "unresolved"],
    // A module without a provider block of its own: its caller's region.
    ["module.logs.aws_s3_bucket_policy.alb_logs", "arn:aws:iam::652711504416:root", "external"],
  ]);
});

it("leaves the account unresolved when the deploy's environment decides the region", async () => {
  expect(await grantsOf("no-region")).toEqual([
    ["aws_s3_bucket_policy.logs", "${data.aws_elb_service_account.main.arn}", "unresolved"],
    ["aws_s3_bucket_policy.logs", "arn:aws:iam::${data.aws_elb_service_account.main.id}:root", "unresolved"],
  ]);
});

it("gives CloudFront's log delivery canonical user of the partition, unresolved when the deploy picks the region", async () => {
  expect(await grantsOf("canonical-user")).toEqual([
    // eu-west-2 (the default provider): the id AWS gives outside China.
    [
      "aws_s3_bucket_acl.cdn_logs",
      "c4c1ede66af53448b93c283ce9448c4ba468c9432aa01d700d3878632f77d2d0",
      "external",
    ],
    // cn-north-1 (provider aws.beijing): the China partition's id.
    [
      "aws_s3_bucket_acl.cdn_logs",
      "a52cb28745c0c06e84ec548334e44bfa7fc2a85c54af20cd59e4969344b7af56",
      "external",
    ],
    [
      "aws_s3_bucket_acl.cdn_logs",
      "${data.aws_cloudfront_log_delivery_canonical_user_id.chosen.id}",
      "unresolved",
    ],
  ]);
});
