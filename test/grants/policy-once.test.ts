/**
 * extractGrants analyses each policy text once per context: records that carry the same policy
 * share its analysis. What a record's grants are must not depend on which other record carried
 * the same text first — a trust policy is read as one, an own account and a unit's identity
 * providers are the record's own — and each record still reports its own errors.
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { resourceRef } from "../../src/model/symbolic.js";
import type { ResourceRecord } from "../../src/model/types.js";
import { ZONE } from "../policy/helpers.js";

const record = (r: Partial<ResourceRecord> & Pick<ResourceRecord, "type" | "address">): ResourceRecord => ({
  source: "terraform",
  file: "main.tf",
  line: 1,
  unit: ".",
  properties: {},
  ...r,
});

const queue = (address: string, policy: string, more: Partial<ResourceRecord> = {}) =>
  record({ type: "aws_sqs_queue_policy", address, properties: { queue_url: "q", policy }, ...more });

const keyPolicy = (address: string, policy: string) =>
  record({ type: "aws_kms_key_policy", address, properties: { key_id: "k", policy } });

const bucketPolicy = (address: string, policy: string) =>
  record({ type: "aws_s3_bucket_policy", address, properties: { bucket: "b", policy } });

const role = (address: string, policy: string, more: Partial<ResourceRecord> = {}) =>
  record({ type: "aws_iam_role", address, properties: { name: "r", assume_role_policy: policy }, ...more });

/** A record's grants, as the report shows them. */
const grantsOf = (records: ResourceRecord[], r: ResourceRecord) =>
  extractGrants(records, ZONE)
    .grants.filter((g) => g.resource.unit === r.unit && g.resource.address === r.address)
    .map((g) => [g.principal.id, g.classification, g.subkind ?? "", g.actions, g.notes ?? []]);

/** Each record's grants are those it has when read without the other; and they differ. */
function expectApart(first: ResourceRecord, second: ResourceRecord, extra: ResourceRecord[] = []) {
  const ofFirst = (rs: ResourceRecord[]) =>
    grantsOf([...extra.filter((x) => x.unit === first.unit), ...rs], first);
  const ofSecond = (rs: ResourceRecord[]) =>
    grantsOf([...extra.filter((x) => x.unit === second.unit), ...rs], second);
  const firstAlone = ofFirst([first]);
  const secondAlone = ofSecond([second]);
  expect(firstAlone).not.toEqual(secondAlone);
  for (const records of [
    [first, second],
    [second, first],
  ]) {
    expect(grantsOf([...extra, ...records], first)).toEqual(firstAlone);
    expect(grantsOf([...extra, ...records], second)).toEqual(secondAlone);
  }
}

const policy = (statement: Record<string, unknown>) =>
  JSON.stringify({ Version: "2012-10-17", Statement: [{ Effect: "Allow", Resource: "*", ...statement }] });

describe("one analysis per policy text and context", () => {
  it("reads the same text as a trust policy on a role and as a resource policy on a key", () => {
    // Only sts:AssumeRole* admits a principal to a role: the queue's grant is no grant of the role.
    const text = policy({ Principal: { AWS: "222222222222" }, Action: "sqs:SendMessage" });
    expectApart(role("aws_iam_role.r", text), keyPolicy("aws_kms_key_policy.k", text));
  });

  it("reads the same text with the services each resource type lets any account's resources through", () => {
    // CloudFront serves any account's distributions from a bucket unless the statement names whose.
    const text = policy({ Principal: { Service: "cloudfront.amazonaws.com" }, Action: "s3:GetObject" });
    expectApart(bucketPolicy("aws_s3_bucket_policy.b", text), keyPolicy("aws_kms_key_policy.k", text));
  });

  it("reads the same text with each record's own account", () => {
    const text = policy({ Principal: { AWS: "333333333333" }, Action: "sqs:SendMessage" });
    expectApart(
      queue("aws_sqs_queue_policy.own", text, { selfAccount: "333333333333" }),
      queue("aws_sqs_queue_policy.other", text),
    );
  });

  it("reads the same document object with each record's own account", () => {
    const doc = JSON.parse(policy({ Principal: { AWS: "333333333333" }, Action: "sts:AssumeRole" }));
    const cfnRole = (address: string, more: Partial<ResourceRecord> = {}) =>
      record({
        source: "cloudformation",
        type: "AWS::IAM::Role",
        address,
        file: "template.yml",
        properties: { AssumeRolePolicyDocument: doc },
        ...more,
      });
    expectApart(cfnRole("Own", { selfAccount: "333333333333" }), cfnRole("Other"));
  });

  it("reads the same text with each unit's identity providers", () => {
    const text = policy({
      Principal: { Federated: resourceRef("aws_iam_openid_connect_provider.ci", "arn") },
      Action: "sts:AssumeRoleWithWebIdentity",
      Condition: {
        StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
        StringLike: { "token.actions.githubusercontent.com:sub": "repo:someone-else/*:*" },
      },
    });
    const provider = (unit: string, url: string) =>
      record({
        type: "aws_iam_openid_connect_provider",
        address: "aws_iam_openid_connect_provider.ci",
        unit,
        properties: { url },
      });
    expectApart(
      role("aws_iam_role.ci", text, { unit: "github" }),
      role("aws_iam_role.ci", text, { unit: "gitlab" }),
      [
        provider("github", "https://token.actions.githubusercontent.com"),
        provider("gitlab", "https://gitlab.com"),
      ],
    );
  });

  it("reports the errors of a policy for every record that carries it", () => {
    const broken = '{"Statement": [';
    const r = extractGrants(
      [
        queue("aws_sqs_queue_policy.a", broken, { file: "a.tf", line: 3, pathLines: { policy: 4 } }),
        queue("aws_sqs_queue_policy.b", broken, { file: "b.tf", line: 7 }),
        queue("aws_sqs_queue_policy.a", broken, {
          file: "a.tf",
          line: 3,
          unit: "other",
          pathLines: { policy: 5 },
        }),
      ],
      ZONE,
    );
    expect(r.errors.map((e) => [e.file, e.line, e.message.split(":")[0]])).toEqual([
      ["a.tf", 4, "aws_sqs_queue_policy.a (aws_sqs_queue_policy)"],
      ["b.tf", 7, "aws_sqs_queue_policy.b (aws_sqs_queue_policy)"],
      ["a.tf", 5, "aws_sqs_queue_policy.a (aws_sqs_queue_policy)"],
    ]);
    // The same message for each: one analysis, reported with each record's place.
    expect(new Set(r.errors.map((e) => e.message)).size).toBe(2);
  });
});
