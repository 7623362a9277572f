// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub text is written with ${...}
import { describe, expect, test } from "vitest";
import { resourceRef, SELF_ACCOUNT } from "../../src/model/symbolic.js";
import { only, read } from "./helpers.js";

describe("line numbers", () => {
  test("YAML: the resource's key line and every property path's line", () => {
    const result = read("lines-yaml");
    expect(result.errors).toEqual([]);
    expect(only(result, "Bucket").line).toBe(4);
    const policy = only(result, "BucketPolicy");
    expect(policy).toMatchObject({
      source: "cloudformation",
      type: "AWS::S3::BucketPolicy",
      address: "BucketPolicy",
      file: "template.yaml",
      line: 7,
      unit: "template.yaml",
    });
    expect(policy.properties).toEqual({
      Bucket: resourceRef("Bucket", "Ref"),
      PolicyDocument: {
        Version: "2012-10-17",
        Statement: [
          {
            Sid: "Vendors",
            Effect: "Allow",
            Principal: { AWS: ["arn:aws:iam::222222222222:root", "333333333333"] },
            Action: "s3:GetObject",
            Resource: `${resourceRef("Bucket", "Arn")}/*`,
          },
          {
            Effect: "Allow",
            Principal: { Service: "logging.s3.amazonaws.com" },
            Action: ["s3:PutObject"],
            Resource: "*",
          },
        ],
      },
    });
    expect(policy.pathLines).toEqual({
      Bucket: 10,
      PolicyDocument: 11,
      "PolicyDocument/Version": 12,
      "PolicyDocument/Statement": 13,
      "PolicyDocument/Statement/0": 14,
      "PolicyDocument/Statement/0/Sid": 14,
      "PolicyDocument/Statement/0/Effect": 15,
      "PolicyDocument/Statement/0/Principal": 16,
      "PolicyDocument/Statement/0/Principal/AWS": 17,
      "PolicyDocument/Statement/0/Principal/AWS/0": 18,
      "PolicyDocument/Statement/0/Principal/AWS/1": 19,
      "PolicyDocument/Statement/0/Action": 20,
      "PolicyDocument/Statement/0/Resource": 21,
      "PolicyDocument/Statement/1": 22,
      "PolicyDocument/Statement/1/Effect": 22,
      "PolicyDocument/Statement/1/Principal": 23,
      "PolicyDocument/Statement/1/Principal/Service": 23,
      "PolicyDocument/Statement/1/Action": 24,
      "PolicyDocument/Statement/1/Action/0": 25,
      "PolicyDocument/Statement/1/Resource": 26,
    });
    expect(policy.valueLines).toMatchObject({
      "arn:aws:iam::222222222222:root": 18,
      "222222222222": 18,
      "333333333333": 19,
      "logging.s3.amazonaws.com": 23,
    });
    // Ref targets are names, not values.
    expect(policy.valueLines).not.toHaveProperty("Bucket");
  });

  test("JSON: lines come from the same parser", () => {
    const result = read("lines-json", "template.json");
    expect(result.errors).toEqual([]);
    expect(only(result, "Bucket").line).toBe(4);
    const policy = only(result, "BucketPolicy");
    expect(policy.line).toBe(5);
    expect(policy.properties.PolicyDocument).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: ["arn:aws:iam::222222222222:root", "333333333333"] },
          Action: "s3:GetObject",
          Resource: `${resourceRef("Bucket", "Arn")}/*`,
        },
      ],
    });
    expect(policy.pathLines).toMatchObject({
      Bucket: 8,
      PolicyDocument: 9,
      "PolicyDocument/Statement/0": 12,
      "PolicyDocument/Statement/0/Principal/AWS": 15,
      "PolicyDocument/Statement/0/Principal/AWS/0": 16,
      "PolicyDocument/Statement/0/Principal/AWS/1": 17,
      "PolicyDocument/Statement/0/Resource": 21,
    });
    expect(policy.valueLines).toMatchObject({ "222222222222": 16, "333333333333": 17 });
  });

  test("account ids and ARNs inside a literal block policy point at their own line", () => {
    const role = only(read("sub"), "Role");
    expect(role.pathLines?.AssumeRolePolicyDocument).toBe(22);
    expect(role.valueLines?.["arn:aws:iam::${AWS::AccountId}:role/${Bucket}"]).toBe(33);
    // Resolved principals inside the Fn::Sub text are found at their lines too.
    expect(role.valueLines?.["arn:aws:iam::222222222222:root"]).toBe(28);
    expect(role.valueLines?.[`arn:aws:iam::${SELF_ACCOUNT}:role/${resourceRef("Bucket", "Ref")}`]).toBe(33);
  });

  test("values from parameters, mappings and removed elements get the line of their use", () => {
    const role = only(read("parameters"), "Role");
    expect(role.pathLines).toMatchObject({
      "AssumeRolePolicyDocument/Statement/0/Principal/AWS/0": 32,
      "AssumeRolePolicyDocument/Statement/0/Principal/AWS/1": 33,
      "AssumeRolePolicyDocument/Statement/1/Principal/AWS": 38,
      "AssumeRolePolicyDocument/Statement/1/Principal/AWS/0": 38,
      "AssumeRolePolicyDocument/Statement/1/Principal/AWS/1": 38,
    });
    // AWS::NoValue removed the first element: the next one moves up with its own line.
    const key = only(read("pseudo"), "Key");
    expect(key.pathLines).toMatchObject({
      "KeyPolicy/Statement/0/Principal/AWS/0": 15,
      "KeyPolicy/Statement/0/Principal/AWS/1": 16,
      "KeyPolicy/Statement/0/Principal/Service": 19,
      "Tags/2": 27,
    });
    expect(key.pathLines).not.toHaveProperty("KeyPolicy/Statement/0/Principal/AWS/2");
    expect(key.pathLines).not.toHaveProperty("Description");
  });
});
