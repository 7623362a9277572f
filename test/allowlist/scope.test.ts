import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { findApproval, policyScopeWarnings } from "../../src/allowlist/match.js";
import type { Allowlist } from "../../src/allowlist/types.js";
import { decide } from "../../src/decide/decide.js";
import { diffGrants } from "../../src/diff/diff.js";
import type { Grant } from "../../src/model/types.js";
import { buildReport, type ReportInput } from "../../src/report/build.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";

const reportOf = (input: ReportInput) => buildReport(input, decide(input));

function allowlist(resources: string[]): Allowlist {
  const r = parseAllowlist(
    "allow.yml",
    `approvals:
  - principal: "444455556666"
    reason: Log shipping partner
    approved_by: "@acme/security"
    resources: ${JSON.stringify(resources)}
`,
  );
  if ("errors" in r) throw new Error(JSON.stringify(r.errors));
  return r.allowlist;
}

/** The partner reads a bucket through a policy resource; target undefined: not known. */
function onBucket(address: string, target: string | undefined): Grant {
  return {
    principal: { type: "AWS", id: "arn:aws:iam::444455556666:root", accountId: "444455556666" },
    classification: "external",
    mechanism: "resource-policy",
    resource: {
      source: "terraform",
      file: "main.tf",
      line: 7,
      address,
      type: "aws_s3_bucket_policy",
      ...(target ? { target } : {}),
      unit: "",
    },
    actions: ["s3:GetObject"],
    conditions: {},
  };
}

const TODAY = "2026-12-01";

describe("an approval's resources scope", () => {
  it("matches the protected resource, so it survives a rename of the policy resource", () => {
    const list = allowlist(["aws_s3_bucket.logs"]);
    expect(
      findApproval(list, onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.logs"), TODAY),
    ).not.toBeNull();
    expect(
      findApproval(list, onBucket("aws_s3_bucket_policy.b", "aws_s3_bucket.logs"), TODAY),
    ).not.toBeNull();
    // It does not follow the policy to another bucket.
    expect(findApproval(list, onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.data"), TODAY)).toBeNull();
  });

  it("matches the policy resource's address only where the target is unknown", () => {
    const list = allowlist(["aws_s3_bucket_policy.a"]);
    expect(findApproval(list, onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.logs"), TODAY)).toBeNull();
    expect(findApproval(list, onBucket("aws_s3_bucket_policy.a", undefined), TODAY)).not.toBeNull();
    // A target that names an unresolved expression is not known either.
    expect(findApproval(list, onBucket("aws_s3_bucket_policy.a", `\${var.bucket}`), TODAY)).not.toBeNull();
  });

  it("warns about a scope written for a policy resource whose target is known, naming the target", () => {
    const list = allowlist(["aws_s3_bucket_policy.a"]);
    const warning =
      'approvals.0 is scoped to the policy resource "aws_s3_bucket_policy.a"; a scope matches the resource the policy protects: use "aws_s3_bucket.logs" instead';
    expect(policyScopeWarnings(list, [onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.logs")])).toEqual([
      warning,
    ]);
    // No warning where the policy resource is the only name, or the scope already fits.
    expect(policyScopeWarnings(list, [onBucket("aws_s3_bucket_policy.a", undefined)])).toEqual([]);
    expect(
      policyScopeWarnings(allowlist(["aws_s3_bucket.*"]), [
        onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.logs"),
      ]),
    ).toEqual([]);

    // The warning reaches every report format that shows allowlist warnings.
    const report = reportOf({
      mode: "diff",
      grants: diffGrants([], [onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.logs")]),
      errors: [],
      allowlist: list,
      today: TODAY,
      failOnUnresolved: true,
    });
    expect(report.verdict).toBe("fail");
    expect(report.allowlist.warnings).toEqual([warning]);
    expect(renderText(report)).toContain(`warning: allowlist: ${warning}`);
    expect(renderMarkdown(report)).toContain("approvals.0 is scoped to the policy resource");
  });

  it("suggests an entry scoped to the target", () => {
    const report = reportOf({
      mode: "diff",
      grants: diffGrants([], [onBucket("aws_s3_bucket_policy.a", "aws_s3_bucket.logs")]),
      errors: [],
      allowlist: allowlist(["aws_s3_bucket.other"]),
      today: TODAY,
      failOnUnresolved: true,
    });
    const md = renderMarkdown(report);
    expect(md).toContain('resources: ["aws_s3_bucket.logs"]');
    expect(md).not.toContain('resources: ["aws_s3_bucket_policy.a"]');
  });
});

describe("CDK: scopes by construct path", () => {
  const cdkGrant: Grant = {
    ...onBucket("DataBucketPolicy3231C704", "DataBucketE3889A50"),
    resource: {
      source: "cdk",
      file: "cdk.out/GrantsStack.template.json",
      line: 40,
      address: "DataBucketPolicy3231C704",
      type: "AWS::S3::BucketPolicy",
      target: "DataBucketE3889A50",
      targetConstructPath: "GrantsStack/DataBucket/Resource",
      unit: "GrantsStack",
      stack: "GrantsStack",
      constructPath: "GrantsStack/DataBucket/Policy/Resource",
    },
  };

  it("matches the target's construct path, not the policy's", () => {
    expect(findApproval(allowlist(["GrantsStack/DataBucket/Resource"]), cdkGrant, TODAY)).not.toBeNull();
    expect(findApproval(allowlist(["GrantsStack/DataBucket/*"]), cdkGrant, TODAY)).not.toBeNull();
    expect(findApproval(allowlist(["GrantsStack/DataBucket/Policy/Resource"]), cdkGrant, TODAY)).toBeNull();
    expect(policyScopeWarnings(allowlist(["GrantsStack/DataBucket/Policy/Resource"]), [cdkGrant])).toEqual([
      'approvals.0 is scoped to the policy resource "GrantsStack/DataBucket/Policy/Resource"; a scope matches the resource the policy protects: use "DataBucketE3889A50" (or "GrantsStack/DataBucket/Resource") instead',
    ]);
  });
});
