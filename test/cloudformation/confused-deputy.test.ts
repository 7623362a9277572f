import { describe, expect, test } from "vitest";
import { grantsOf, read, TEST_ZONE } from "./helpers.js";

/**
 * Service principals in resource policies with no source condition: public through the service
 * where the grant table (anyAccountVia) says another account's resources can use it
 * (docs/confused-deputy.md), else `service` as before.
 */
describe("confused deputy, decided per service", () => {
  const result = read("confused-deputy");
  const { grants, errors } = grantsOf(result);
  const rows = grants.map((g) => [g.resource.address, g.principal.id, g.classification, g.resource.line]);

  test("no errors", () => {
    expect(result.errors).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("an SNS topic: any account's bucket may notify it without a source condition; EventBridge only from the own account", () => {
    expect(rows.filter((r) => r[0] === "TopicPolicy")).toEqual([
      ["TopicPolicy", "s3.amazonaws.com from any account", "public", 20],
      ["TopicPolicy", "s3.amazonaws.com", "service", 25],
      // Cross-account EventBridge delivery needs an execution role, not the service principal.
      ["TopicPolicy", "events.amazonaws.com", "service", 32],
    ]);
  });

  test("an SQS queue: any account's topic may send without a source condition; a partner's topic is external", () => {
    expect(rows.filter((r) => r[0] === "QueuePolicy")).toEqual([
      ["QueuePolicy", "sns.amazonaws.com from any account", "public", 43],
      ["QueuePolicy", "arn:aws:iam::999999999999:root", "external", 48],
    ]);
  });

  test("an S3 bucket: any account's CloudFront distribution may read it without AWS:SourceArn", () => {
    expect(rows.filter((r) => r[0] === "SitePolicy")).toEqual([
      ["SitePolicy", "cloudfront.amazonaws.com from any account", "public", 61],
      ["SitePolicy", "cloudfront.amazonaws.com", "service", 66],
    ]);
    expect(
      grants.find((g) => g.classification === "public" && g.resource.address === "SitePolicy"),
    ).toMatchObject({
      subkind: "any-account-via-service",
      via: "cloudfront.amazonaws.com",
      actions: ["s3:GetObject"],
    });
  });

  test("write-only log delivery under the own AWSLogs/<account>/ prefix is not gated", () => {
    expect(rows.filter((r) => r[0] === "LogsPolicy")).toEqual([
      ["LogsPolicy", "delivery.logs.amazonaws.com", "service", 80],
      ["LogsPolicy", "cloudtrail.amazonaws.com", "service", 85],
    ]);
  });
});

describe("the Terraform rows carry the same decisions", () => {
  test("aws_sns_topic_policy letting s3.amazonaws.com publish with no condition is public through S3", async () => {
    const { extractGrants } = await import("../../src/grants/extract.js");
    const policy = JSON.stringify({
      Statement: [
        { Effect: "Allow", Principal: { Service: "s3.amazonaws.com" }, Action: "sns:Publish", Resource: "*" },
      ],
    });
    const record = {
      source: "terraform" as const,
      type: "aws_sns_topic_policy",
      address: "aws_sns_topic_policy.uploads",
      file: "main.tf",
      line: 1,
      unit: "",
      properties: { arn: "arn:aws:sns:us-east-1:111111111111:uploads", policy },
    };
    const { grants } = extractGrants([record], { ...TEST_ZONE });
    expect(grants.map((g) => [g.principal.id, g.classification, g.via])).toEqual([
      ["s3.amazonaws.com from any account", "public", "s3.amazonaws.com"],
    ]);
  });
});
