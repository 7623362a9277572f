/**
 * Issue 18, item 4: a Lambda permission for a service principal with no source account / ARN /
 * org condition lets every account's resources of that service invoke the function.
 *
 * Documentation relied on:
 * - Lambda resource-based policies for AWS services: without SourceArn/SourceAccount any resource
 *   of the service, in any account, may invoke the function:
 *   https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html
 *   https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html
 * - The cross-service confused deputy: https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 * - Terraform aws_lambda_permission source_arn: "Without this, any resource from principal will be
 *   granted permission – even if that resource is from another account."
 *   https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/lambda_permission
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import type { ResourceRecord, Zone } from "../../src/model/types.js";

const ZONE: Zone = {
  accounts: ["111111111111"],
  organizations: ["o-own0000000"],
  orgPaths: [],
  expressions: [],
  githubOrgs: [],
};

const record = (type: string, properties: Record<string, unknown>): ResourceRecord => ({
  source: type.startsWith("AWS::") ? "cloudformation" : "terraform",
  type,
  address: type.startsWith("AWS::") ? "Perm" : `${type}.p`,
  file: "main.tf",
  line: 3,
  unit: ".",
  properties,
});

const brief = (type: string, properties: Record<string, unknown>) => {
  const r = extractGrants([record(type, properties)], ZONE);
  expect(r.errors).toEqual([]);
  return r.grants.map((g) => ({
    id: g.principal.id,
    type: g.principal.type,
    classification: g.classification,
    subkind: g.subkind,
    via: g.via,
    confusedDeputy: g.notes?.includes("confusedDeputyRisk") ?? false,
  }));
};

describe("Lambda permission for a service principal", () => {
  it("aws_lambda_permission sns.amazonaws.com without source_arn/source_account: public through SNS", () => {
    expect(
      brief("aws_lambda_permission", {
        function_name: "f",
        action: "lambda:InvokeFunction",
        principal: "sns.amazonaws.com",
      }),
    ).toEqual([
      {
        id: "sns.amazonaws.com from any account",
        type: "Service",
        classification: "public",
        subkind: "any-account-via-service",
        via: "sns.amazonaws.com",
        confusedDeputy: true,
      },
    ]);
  });

  it("AWS::Lambda::Permission s3.amazonaws.com without SourceArn/SourceAccount: public through S3", () => {
    const [g] = brief("AWS::Lambda::Permission", {
      FunctionName: "f",
      Action: "lambda:InvokeFunction",
      Principal: "s3.amazonaws.com",
    });
    expect([g?.id, g?.classification, g?.via]).toEqual([
      "s3.amazonaws.com from any account",
      "public",
      "s3.amazonaws.com",
    ]);
  });

  it("a source_account naming another account is external through the service, as before", () => {
    expect(
      brief("aws_lambda_permission", {
        function_name: "f",
        principal: "sns.amazonaws.com",
        source_account: "999999999999",
      }),
    ).toEqual([
      {
        id: "arn:aws:iam::999999999999:root",
        type: "AWS",
        classification: "external",
        subkind: "account",
        via: "sns.amazonaws.com",
        confusedDeputy: false,
      },
    ]);
  });

  it("a source_arn in another account is external; in the own account it is service", () => {
    const [other] = brief("aws_lambda_permission", {
      function_name: "f",
      principal: "events.amazonaws.com",
      source_arn: "arn:aws:events:eu-west-1:999999999999:rule/r",
    });
    expect([other?.id, other?.classification]).toEqual(["arn:aws:iam::999999999999:root", "external"]);
    const [own] = brief("AWS::Lambda::Permission", {
      FunctionName: "f",
      Principal: "events.amazonaws.com",
      SourceArn: "arn:aws:events:eu-west-1:111111111111:rule/r",
    });
    expect([own?.id, own?.classification, own?.subkind]).toEqual([
      "events.amazonaws.com",
      "service",
      "source-narrowed",
    ]);
  });

  it("the own account as source_account is service", () => {
    const [g] = brief("aws_lambda_permission", {
      function_name: "f",
      principal: "sns.amazonaws.com",
      source_account: "111111111111",
    });
    expect([g?.classification, g?.subkind]).toEqual(["service", "source-narrowed"]);
  });

  it("principal_org_id (aws:PrincipalOrgID) on a service principal keeps the service grant as before", () => {
    // A service principal's request carries no aws:PrincipalOrgID: the statement admits no
    // service caller; nothing to gate.
    const [g] = brief("aws_lambda_permission", {
      function_name: "f",
      principal: "sns.amazonaws.com",
      principal_org_id: "o-own0000000",
    });
    expect(g?.classification).toBe("service");
  });

  it("other resource policies keep service principals without a source condition as service (write-only log delivery is not gated)", () => {
    // The S3 server-access-logging and VPC flow-log delivery bucket policies AWS documents:
    // https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html
    // https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/AWS-logs-and-resource-policy.html
    const policy = JSON.stringify({
      Statement: [
        {
          Effect: "Allow",
          Principal: { Service: ["logging.s3.amazonaws.com", "delivery.logs.amazonaws.com"] },
          Action: "s3:PutObject",
          Resource: "arn:aws:s3:::logs/*",
        },
      ],
    });
    const gs = brief("aws_s3_bucket_policy", { bucket: "logs", policy });
    expect(gs.map((g) => [g.id, g.classification])).toEqual([
      ["logging.s3.amazonaws.com", "service"],
      ["delivery.logs.amazonaws.com", "service"],
    ]);
  });
});
