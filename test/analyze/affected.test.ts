import { describe, expect, it } from "vitest";
import { affectedUnits, changedFiles, discover } from "../../src/analyze/analyze.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const TEMPLATE = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n';

const repo = memorySnapshot({
  "modules/shared/main.tf": 'resource "aws_sqs_queue" "q" {\n  name = "q"\n}\n',
  "modules/pair/main.tf":
    'resource "aws_iam_role" "r" {\n  assume_role_policy = file("${path.module}/../../policies/trust.json")\n}\n',
  "policies/trust.json": '{"Statement": []}',
  "envs/a/main.tf":
    'module "s" {\n  source = "../../modules/shared"\n}\nmodule "p" {\n  source = "../../modules/pair"\n}\n',
  "envs/b/main.tf": 'module "s" {\n  source = "../../modules/shared"\n}\n',
  "envs/c/main.tf": 'resource "aws_sqs_queue" "c" {\n  name = "c"\n}\n',
  "cfn/exporter.yaml": `${TEMPLATE}Outputs:\n  Arn:\n    Value: x\n    Export: { Name: shared-arn }\n`,
  "cfn/importer.yaml": `${TEMPLATE}  P:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [!ImportValue shared-arn]\n`,
  "cfn/alone.yaml": TEMPLATE,
  "app/cdk.out/manifest.json": '{"version": "41.0.0", "artifacts": {}}',
  "app/cdk.out/S.template.json": "{}",
});

const affected = (changed: string[]) => {
  const u = affectedUnits(repo, discover(repo), changed);
  return { tf: u.terraformRoots, cfn: u.templates, cdk: u.cdkAssemblies };
};

describe("the units a change affects (read in a diff)", () => {
  it("finds the roots and templates of the repository", () => {
    const { units } = discover(repo);
    expect(units.terraformRoots).toEqual(["envs/a", "envs/b", "envs/c"]);
    expect(units.templates).toEqual(["cfn/alone.yaml", "cfn/exporter.yaml", "cfn/importer.yaml"]);
    expect(units.cdkAssemblies).toEqual(["app/cdk.out"]);
  });

  it("a changed module affects every root that calls it, and only those", () => {
    expect(affected(["modules/shared/main.tf"]).tf).toEqual(["envs/a", "envs/b"]);
    expect(affected(["modules/pair/main.tf"]).tf).toEqual(["envs/a"]);
    expect(affected(["envs/c/main.tf"])).toEqual({ tf: ["envs/c"], cfn: [], cdk: [] });
  });

  it("a file read through file() affects the roots whose modules name it", () => {
    expect(affected(["policies/trust.json"]).tf).toEqual(["envs/a"]);
  });

  it("a changed export affects the templates that import; a plain template only itself", () => {
    expect(affected(["cfn/exporter.yaml"]).cfn).toEqual(["cfn/exporter.yaml", "cfn/importer.yaml"]);
    expect(affected(["cfn/alone.yaml"]).cfn).toEqual(["cfn/alone.yaml"]);
  });

  it("a change inside a CDK assembly affects that assembly", () => {
    expect(affected(["app/cdk.out/S.template.json"])).toEqual({ tf: [], cfn: [], cdk: ["app/cdk.out"] });
  });

  it("lists added, modified and deleted files between two snapshots", () => {
    const a = memorySnapshot({ "x.tf": "1", "y.tf": "2", "gone.tf": "3" });
    const b = memorySnapshot({ "x.tf": "1", "y.tf": "22", "new.tf": "4" });
    expect(changedFiles(a, b)).toEqual(["gone.tf", "new.tf", "y.tf"]);
  });
});
