// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub text is written with ${...}
import { describe, expect, test } from "vitest";
import { resourceRef, SELF_ACCOUNT, SELF_REGION, unresolved } from "../../src/model/symbolic.js";
import { only, read, tags, variants } from "./helpers.js";

describe("pseudo parameters", () => {
  test("AccountId is the own-account token, Partition aws, Region a token; NoValue removes", () => {
    const result = read("pseudo");
    expect(result.errors).toEqual([]);
    const key = only(result, "Key");
    expect(key.properties).toEqual({
      KeyPolicy: {
        Version: "2012-10-17",
        Statement: [
          {
            Effect: "Allow",
            Principal: {
              AWS: [SELF_ACCOUNT, `arn:aws:iam::${SELF_ACCOUNT}:root`],
              Service: `logs.${SELF_REGION}.amazonaws.com`,
            },
            Action: "kms:*",
            Resource: "*",
          },
        ],
      },
      Tags: [
        { Key: "stack", Value: unresolved("AWS::StackName") },
        { Key: "stack-id", Value: unresolved("AWS::StackId") },
        { Key: "gone" },
      ],
    });
  });

  test("a known own account and stack name are used when given", () => {
    const key = only(read("pseudo", "template.yaml", { selfAccount: "555555555555", stack: "Prod" }), "Key");
    const statement = (key.properties.KeyPolicy as { Statement: { Principal: { AWS: string[] } }[] })
      .Statement[0];
    expect(statement?.Principal.AWS).toEqual(["555555555555", "arn:aws:iam::555555555555:root"]);
    expect(tags(key).stack).toBe("Prod");
    expect(key.stack).toBe("Prod");
  });
});

describe("Ref and Fn::GetAtt", () => {
  test("resources of the template become own-account references; data attributes stay unknown", () => {
    const result = read("refs");
    const permission = only(result, "Permission");
    expect(permission.properties).toEqual({
      FunctionName: resourceRef("LookupFunction", "Ref"),
      Action: "lambda:InvokeFunction",
      Principal: "apigateway.amazonaws.com",
      SourceArn: resourceRef("Api", "Arn"),
      // A custom resource returns whatever its function says: not necessarily an own resource.
      SourceAccount: unresolved("Fn::GetAtt Lookup.AccountId"),
      Tags: [
        resourceRef("Api", "RootResourceId"),
        unresolved("Fn::GetAtt Child.Outputs.PartnerAccount"),
        unresolved("Fn::GetAtt Setting.Value"),
        resourceRef("Setting", "Type"),
        unresolved("Ref Lookup"),
        resourceRef("LookupFunction", "SnapStartResponse.ApplyOn"),
        unresolved("Ref Missing"),
        unresolved("Fn::GetAtt Missing.Arn"),
        unresolved("Fn::GetAtt Api.?"),
      ],
    });
    expect(result.errors).toEqual([
      {
        file: "template.yaml",
        line: 30,
        message: "Ref to Missing, which is neither a parameter nor a resource of this template",
      },
      {
        file: "template.yaml",
        line: 31,
        message: "Fn::GetAtt of Missing, which is not a resource of this template",
      },
    ]);
  });

  test("under a SAM transform, names the template does not declare are generated own resources", () => {
    const text = [
      "Transform: AWS::Serverless-2016-10-31",
      "Resources:",
      "  Fn:",
      "    Type: AWS::Serverless::Function",
      "    Properties:",
      "      Role: !GetAtt FnRole.Arn",
      "      Alias: !Ref FnAliaslive",
    ].join("\n");
    const result = readFromText(text);
    expect(result.errors).toEqual([]);
    expect(only(result, "Fn").properties).toEqual({
      Role: resourceRef("FnRole", "Arn"),
      Alias: resourceRef("FnAliaslive", "Ref"),
    });
  });
});

describe("Fn::Sub", () => {
  test("string and list forms, nesting, ${!Literal}, Ref and GetAtt forms", () => {
    const result = read("sub");
    expect(result.errors).toEqual([]);
    const role = only(result, "Role");
    expect(role.properties.RoleName).toBe(`prod-${SELF_REGION}-role`);
    expect(role.properties.Description).toBe("literal ${NotAVariable} and prod");
    expect(role.properties.Path).toBe("/222222222222-x/prod/");
    expect(role.properties.PermissionsBoundary).toBe(resourceRef("Bucket", "Arn"));
  });

  test("policy text built by Fn::Sub stays a string, with tokens inside that survive JSON.parse", () => {
    const role = only(read("sub"), "Role");
    const text = role.properties.AssumeRolePolicyDocument;
    expect(typeof text).toBe("string");
    expect(JSON.parse(text as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Principal: { AWS: "arn:aws:iam::222222222222:root" }, Action: "sts:AssumeRole" },
        {
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${SELF_ACCOUNT}:role/${resourceRef("Bucket", "Ref")}` },
          Action: "sts:AssumeRole",
        },
      ],
    });
  });

  test("policy text built by Fn::Join carries the unresolved parameter", () => {
    const destination = only(read("sub"), "Destination");
    expect(JSON.parse(destination.properties.DestinationPolicy as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: unresolved("Ref Receiver") },
          Action: "logs:PutSubscriptionFilter",
          Resource: "*",
        },
      ],
    });
  });
});

describe("Fn::Join, Fn::Select, Fn::Split", () => {
  test("lists from parameters and splits; tokens are never split apart", () => {
    const result = read("join-select-split");
    const policy = only(result, "TopicPolicy");
    expect(policy.properties.Topics).toEqual([resourceRef("Topic", "Ref")]);
    const statement = (policy.properties.PolicyDocument as { Statement: { Principal: { AWS: unknown } }[] })
      .Statement[0];
    expect(statement?.Principal.AWS).toEqual([
      "arn:aws:iam::222222222222:root",
      "arn:aws:iam::444444444444:root",
      "iam",
      SELF_ACCOUNT,
      unresolved("Ref Unknown"),
      unresolved('Fn::Select [0,{"Ref":"Unknown"}]'),
      "a-b",
    ]);
  });

  test("malformed calls are errors and unresolved values", () => {
    const result = read("join-select-split");
    expect(only(result, "TopicPolicy").properties.Tags).toEqual([
      unresolved('Fn::Select [5,["a","b"]]'),
      unresolved('Fn::Select ["x",["a","b"]]'),
      unresolved('Fn::Join [",",[["a"]]]'),
      unresolved('Fn::Split [","]'),
    ]);
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 31, message: "Fn::Select index 5 is out of range (2 values)" },
      { file: "template.yaml", line: 32, message: "Fn::Select index is not a number: x" },
      { file: "template.yaml", line: 33, message: 'Fn::Join value is not a string: ["a"]' },
      { file: "template.yaml", line: 34, message: 'Fn::Split needs [Delimiter, String], found [","]' },
    ]);
  });
});

describe("Fn::FindInMap", () => {
  test("an unknown key fans out over every entry, one conditional record each, chosen consistently", () => {
    // Env given: the region alone is open here (a key from an open parameter: see below).
    const result = read("find-in-map", "template.yaml", { parameters: { Env: "prod" } });
    const records = variants(result, "QueuePolicy");
    expect(
      records.map((r) => {
        const statement = (r.properties.PolicyDocument as { Statement: { Principal: { AWS: string[] } }[] })
          .Statement[0];
        return [
          r.conditional,
          statement?.Principal.AWS,
          tags(r)["same-region-again"],
          tags(r)["same-region-other-map"],
        ];
      }),
    ).toEqual([
      ['when AWS::Region = "us-east-1"', ["111111111111", "444444444444"], "111111111111", "logs-use1"],
      ['when AWS::Region = "eu-west-1"', ["222222222222", "444444444444"], "222222222222", "logs-euw1"],
      ['when AWS::Region = "ap-south-1"', ["333333333333", "444444444444"], "333333333333", "logs-aps1"],
    ]);
    expect(new Set(records.map((r) => r.line))).toEqual(new Set([33]));
  });

  test("lists, DefaultValue, missing keys and maps", () => {
    const result = read("find-in-map");
    expect(tags(only(result, "Other"))).toEqual({
      regions: "us-east-1,eu-west-1",
      default: "666666666666",
      missing: unresolved('Fn::FindInMap ["Stages","staging","Partner"]'),
      "no-map": unresolved('Fn::FindInMap ["Nope","a","b"]'),
    });
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 60, message: "Fn::FindInMap: mapping Stages has no key staging" },
      { file: "template.yaml", line: 62, message: "Fn::FindInMap: no mapping named Nope" },
    ]);
  });

  test("a mapping keyed by an account with a leading zero is found", () => {
    expect(only(read("leading-zero"), "Permission").properties.Tags).toContain("zero");
  });
});

describe("other functions", () => {
  test("ToJsonString, Base64, dynamic references, Length, Equals, unsupported functions", () => {
    const result = read("misc");
    const repo = only(result, "Repo");
    expect(JSON.parse(repo.properties.RepositoryPolicyText as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Principal: { AWS: "arn:aws:iam::222222222222:root" },
          Action: "ecr:BatchGetImage",
        },
      ],
    });
    expect(repo.properties.EncryptionConfiguration).toEqual({
      KmsKey: unresolved("{{resolve:ssm:/org/kms-key-arn}}"),
    });
    expect(tags(repo)).toEqual({
      "user-data": "account=222222222222",
      "embedded-dynamic": `arn:aws:iam::${unresolved("{{resolve:ssm:/org/partner}}")}:root`,
      secret: unresolved("{{resolve:secretsmanager:222222222222-secret:SecretString:id}}"),
      length: 3,
      equals: true,
      unsupported: unresolved("Fn::Frobnicate [1]"),
    });
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 31, message: "unsupported intrinsic function Fn::Frobnicate" },
    ]);
  });
});

import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

function readFromText(text: string) {
  return readTemplate(memorySnapshot({ "t.yaml": text }), "t.yaml");
}
