import { describe, expect, test } from "vitest";
import { discoverUnits } from "../../src/discover/discover.js";
import { isTemplateFile } from "../../src/iac/detect.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const TEMPLATE_JSON = JSON.stringify({
  Resources: {
    Role: {
      Type: "AWS::IAM::Role",
      Properties: { AssumeRolePolicyDocument: { Statement: [] } },
    },
  },
});
const TEMPLATE_YAML = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n";

function templates(files: Record<string, string>): string[] {
  const snapshot = memorySnapshot(files);
  return discoverUnits(
    snapshot.paths,
    (p) => isTemplateFile(snapshot, p),
    () => [],
  ).templates;
}

describe("discovery: CloudFormation by content, whatever the file is called", () => {
  test("templates named like schemas, compose files, workflows or .cfn are read", () => {
    expect(
      templates({
        "api/stack.schema.json": TEMPLATE_JSON,
        "deploy/docker-compose.cfn.yaml": TEMPLATE_YAML,
        "docker-compose-stack.yml": TEMPLATE_YAML,
        ".github/workflows/stack.yml": TEMPLATE_YAML,
        ".pre-commit-stack.yaml": TEMPLATE_YAML,
        "infra/queue.cfn": TEMPLATE_YAML,
      }),
    ).toEqual([
      ".github/workflows/stack.yml",
      ".pre-commit-stack.yaml",
      "api/stack.schema.json",
      "deploy/docker-compose.cfn.yaml",
      "docker-compose-stack.yml",
      "infra/queue.cfn",
    ]);
  });

  test("the same names holding what they usually hold are not templates, and no errors", () => {
    expect(
      templates({
        "docker-compose.yml": "services:\n  web:\n    image: nginx\n    deploy:\n      resources: {}\n",
        "api/request.schema.json": JSON.stringify({
          $schema: "http://json-schema.org/draft-07/schema#",
          properties: { Resources: { type: "object" } },
        }),
        ".github/workflows/ci.yml": "on: push\njobs:\n  t:\n    runs-on: ubuntu-latest\n    steps: []\n",
        ".pre-commit-config.yaml": "repos: []\n",
        "data/random.json": '{"Resources": [1, 2], "Type": "AWS::X"}',
      }),
    ).toEqual([]);
  });

  test("files whose format a tool owns are never read as templates", () => {
    expect(
      templates({
        "package.json": '{"name":"x","AWSTemplateFormatVersion":"2010-09-09"}',
        "tsconfig.json": '{"AWSTemplateFormatVersion":"2010-09-09"}',
        "cdk.json": '{"AWSTemplateFormatVersion":"2010-09-09"}',
      }),
    ).toEqual([]);
  });
});
