/**
 * The end result: the plan's before/after records through the shared grants stage
 * (src/grants/extract.ts, the policy core) and the diff, as the lead's pipeline will run them.
 */
import { describe, expect, it } from "vitest";
import { diffGrants } from "../../src/diff/diff.js";
import { extractGrants } from "../../src/grants/extract.js";
import { EMPTY_ZONE, type Grant, type Zone } from "../../src/model/types.js";
import { readFixture } from "./helpers.js";

/** How a token is shown in a principal id (renderText). */
const shown = (expression: string) => "$" + "{" + expression + "}";

const ZONE: Zone = { ...EMPTY_ZONE, accounts: ["111111111111"] };

const brief = (g: Grant) => ({
  address: g.resource.address,
  source: g.resource.source,
  file: g.resource.file,
  line: g.resource.line,
  target: g.resource.target,
  principal: g.principal.id,
  classification: g.classification,
  actions: g.actions,
  ...(g.unresolved ? { unresolved: g.unresolved } : {}),
});

function run(name: string, zone: Zone = ZONE) {
  const plan = readFixture(name);
  const before = extractGrants(plan.before, zone);
  const after = extractGrants(plan.after, zone);
  const changes = diffGrants(before.grants, after.grants);
  return {
    errors: [...plan.errors, ...before.errors, ...after.errors],
    before: before.grants.map(brief),
    after: after.grants.map(brief),
    added: changes.filter((c) => c.change === "added").map((c) => brief(c.grant)),
    removed: changes.filter((c) => c.change === "removed").map((c) => brief(c.grant)),
  };
}

describe("plan records through extractGrants and the diff", () => {
  it("new bucket policy: one new external grant, on the line of its principal", () => {
    const r = run("new-bucket-policy");
    expect(r.errors).toEqual([]);
    expect(r.before).toEqual([]);
    expect(r.added).toEqual([
      {
        address: "aws_s3_bucket_policy.logs",
        source: "terraform-plan",
        file: "main.tf",
        line: 25,
        target: "acme-audit-logs",
        principal: "arn:aws:iam::999988887777:root",
        classification: "external",
        actions: ["s3:GetObject", "s3:ListBucket"],
      },
    ]);
  });

  it("trust widened: the account root is new access, the role grant is removed; the own account stays internal", () => {
    const r = run("trust-widened", EMPTY_ZONE);
    expect(r.errors).toEqual([]);
    const common = {
      address: "aws_iam_role.deploy",
      source: "terraform-plan",
      file: "iam.tf",
      target: "aws_iam_role.deploy",
    };
    expect(r.added).toEqual([
      {
        ...common,
        line: 9,
        principal: "arn:aws:iam::999988887777:root",
        classification: "external",
        actions: ["sts:AssumeRole"],
      },
    ]);
    expect(r.removed).toEqual([
      {
        ...common,
        line: 9,
        principal: "arn:aws:iam::999988887777:role/ci-deployer",
        classification: "external",
        actions: ["sts:AssumeRole"],
      },
    ]);
    // 111111111111 is not in the (empty) zone: it is internal because the plan says it is the own account.
    expect(
      r.after.filter((g) => g.principal === "arn:aws:iam::111111111111:root").map((g) => g.classification),
    ).toEqual(["internal"]);
  });

  it("resource removed: its grant is removed, nothing added", () => {
    const r = run("resource-removed");
    expect(r.errors).toEqual([]);
    expect(r.added).toEqual([]);
    expect(r.removed).toEqual([
      {
        address: "aws_sqs_queue_policy.jobs",
        source: "terraform-plan",
        file: "plan.json",
        line: 117,
        target: "https://sqs.eu-central-1.amazonaws.com/111111111111/partner-jobs",
        principal: "arn:aws:iam::444455556666:root",
        classification: "external",
        actions: ["sqs:SendMessage"],
      },
    ]);
  });

  it("module instance added: only the new instance's partner is new access", () => {
    const r = run("module-for-each");
    expect(r.errors).toEqual([]);
    expect(r.added).toEqual([
      {
        address: 'module.partner_access["globex"].aws_lambda_permission.invoke',
        source: "terraform-plan",
        file: "modules/partner-access/main.tf",
        line: 9,
        target: "ingest",
        principal: "arn:aws:iam::555566667777:root",
        classification: "external",
        actions: ["lambda:InvokeFunction"],
      },
    ]);
    expect(r.before.map((g) => g.principal)).toEqual(["arn:aws:iam::222233334444:root"]);
  });

  it("unknown until apply: unknown principals are unresolved (named), T18 principals are read, own roles internal", () => {
    const r = run("unknown-until-apply", EMPTY_ZONE);
    expect(r.errors).toEqual([]);
    expect(r.before).toEqual([]);
    expect(
      r.added.map((g) => [g.address, g.target, g.principal, g.classification, g.actions, g.unresolved]),
    ).toEqual([
      [
        "aws_iam_role.ci",
        "aws_iam_role.ci",
        "codebuild.amazonaws.com",
        "service",
        ["sts:AssumeRole"],
        undefined,
      ],
      [
        "aws_iam_role.reader",
        "aws_iam_role.reader",
        "arn:aws:iam::999988887777:root",
        "external",
        ["sts:AssumeRole"],
        undefined,
      ],
      [
        "aws_iam_role.reader",
        "aws_iam_role.reader",
        shown("aws_iam_role.ci.arn"),
        "internal",
        ["sts:AssumeRole"],
        undefined,
      ],
      [
        "aws_lambda_permission.partner",
        "report-builder",
        shown("aws_lambda_permission.partner.principal (known after apply)"),
        "unresolved",
        ["lambda:InvokeFunction"],
        ["aws_lambda_permission.partner.principal (known after apply)"],
      ],
      [
        "aws_s3_bucket_policy.exports",
        "aws_s3_bucket.exports",
        shown("aws_organizations_account.partner.id"),
        "unresolved",
        ["s3:GetObject"],
        ["aws_organizations_account.partner.id"],
      ],
      [
        "aws_sns_topic_policy.alerts",
        "aws_sns_topic.alerts",
        shown("aws_sns_topic_policy.alerts.policy (known after apply)"),
        "unresolved",
        ["*"],
        ["aws_sns_topic_policy.alerts.policy (known after apply)"],
      ],
    ]);
  });

  it("an unresolved expression the allowlist trusts is internal", () => {
    const r = run("unknown-until-apply", {
      ...EMPTY_ZONE,
      expressions: ["aws_organizations_account.partner.id"],
    });
    const exports = r.after.find((g) => g.address === "aws_s3_bucket_policy.exports");
    expect(exports?.classification).toBe("internal");
  });
});
