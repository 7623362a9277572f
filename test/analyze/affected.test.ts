// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is Terraform or CloudFormation interpolation, written literally
import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { affectedUnits, changedFiles } from "../../src/analyze/affected.js";
import { discover, runDiff } from "../../src/analyze/analyze.js";
import { fileReferencePrefixes } from "../../src/analyze/file-references.js";
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
  const u = affectedUnits(repo, changed).units;
  return { tf: u.terraformRoots, cfn: u.templates, cdk: u.cdkAssemblies };
};

describe("what a diff's discovery asks a snapshot to load together", () => {
  it("a root's auto-loaded variable files come with its code, in the same batch", () => {
    const loaded: string[][] = [];
    const snapshot = {
      ...memorySnapshot({
        "modules/q/main.tf": 'resource "aws_sqs_queue" "q" {\n  name = var.name\n}\n',
        "envs/a/main.tf": 'module "q" {\n  source = "../../modules/q"\n}\n',
        "envs/a/terraform.tfvars": 'name = "a"\n',
        "envs/a/prod.auto.tfvars.json": '{"name": "b"}',
        "envs/a/other.tfvars": 'name = "c"\n',
        "envs/a/sub/terraform.tfvars": 'name = "d"\n',
      }),
      prefetch: (paths: readonly string[]) => {
        loaded.push([...paths]);
      },
    };
    expect(affectedUnits(snapshot, ["modules/q/main.tf"]).units.terraformRoots).toEqual(["envs/a"]);
    const withRoot = loaded.find((batch) => batch.includes("envs/a/main.tf"));
    expect(withRoot).toEqual(
      expect.arrayContaining(["envs/a/terraform.tfvars", "envs/a/prod.auto.tfvars.json"]),
    );
    // Only what Terraform reads by itself, and only beside the folder's own code.
    expect(loaded.flat()).not.toContain("envs/a/other.tfvars");
    expect(loaded.flat()).not.toContain("envs/a/sub/terraform.tfvars");
  });
});

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

/**
 * Probed as an attacker would: only a file the unit reads changes, outside the unit's folder, and
 * it adds an account. The diff must read the unit again on both sides and report the new grant.
 */
describe("a change to a file a unit depends on, outside its folder, is new access", () => {
  const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-01" };
  const trustOf = (...accounts: string[]) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: accounts.map((a) => ({
        Effect: "Allow",
        Action: "sts:AssumeRole",
        Principal: { AWS: `arn:aws:iam::${a}:root` },
      })),
    });
  const added = async (base: Record<string, string>, change: Record<string, string>, more = {}) => {
    const report = await runDiff(memorySnapshot(base), memorySnapshot({ ...base, ...change }), {
      ...options,
      ...more,
    });
    return report.grants.filter((g) => g.change === "added").map((g) => g.principal.id);
  };

  it("a policy file read by file() under a computed name", async () => {
    const repo = {
      "modules/role/main.tf":
        'variable "env" {}\nresource "aws_iam_role" "r" {\n  assume_role_policy = file("${path.module}/../../policies/${var.env}-trust.json")\n}\n',
      "envs/prod/main.tf": 'module "role" {\n  source = "../../modules/role"\n  env    = "prod"\n}\n',
      "policies/prod-trust.json": trustOf("111111111111"),
    };
    // Only a file under the computed folder affects the root; another folder does not.
    expect(affectedUnits(memorySnapshot(repo), ["policies/prod-trust.json"]).units.terraformRoots).toEqual([
      "envs/prod",
    ]);
    expect(affectedUnits(memorySnapshot(repo), ["docs/prod-trust.md"]).units.terraformRoots).toEqual([]);
    expect(
      await added(repo, { "policies/prod-trust.json": trustOf("111111111111", "999988887777") }),
    ).toEqual(["arn:aws:iam::999988887777:root"]);
  });

  it("a template file read by templatefile() relative to the root (path.root), outside both folders", async () => {
    const repo = {
      "modules/role/main.tf":
        'variable "name" {}\nresource "aws_iam_role" "r" {\n  assume_role_policy = templatefile("${path.root}/../../trust/${var.name}.tpl", {})\n}\n',
      "envs/prod/main.tf": 'module "role" {\n  source = "../../modules/role"\n  name   = "ci"\n}\n',
      "trust/ci.tpl": trustOf("111111111111"),
    };
    expect(await added(repo, { "trust/ci.tpl": trustOf("111111111111", "999988887777") })).toEqual([
      "arn:aws:iam::999988887777:root",
    ]);
  });

  it("a folder read by fileset() outside the module", () => {
    const repo = memorySnapshot({
      "modules/policies/main.tf":
        'resource "aws_iam_policy" "p" {\n  for_each = fileset("${path.module}/../../shared/policies", "*.json")\n  policy   = file("${path.module}/../../shared/policies/${each.value}")\n}\n',
      "envs/a/main.tf": 'module "p" {\n  source = "../../modules/policies"\n}\n',
      "shared/policies/one.json": "{}",
    });
    expect(affectedUnits(repo, ["shared/policies/new.json"]).units.terraformRoots).toEqual(["envs/a"]);
    expect(affectedUnits(repo, ["shared/other/new.json"]).units.terraformRoots).toEqual([]);
  });

  it("a nested template with another extension, changed without its parent", async () => {
    const child = (account: string) =>
      `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: ${trustOf(account)}\n`;
    const repo = {
      "stacks/parent.yaml":
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: ../nested/role.cfn.tmpl\n',
      "nested/role.cfn.tmpl": child("111111111111"),
    };
    expect(await added(repo, { "nested/role.cfn.tmpl": child("999988887777") })).toEqual([
      "arn:aws:iam::999988887777:root",
    ]);
  });

  it("a cdk.out export imported by a plain template", async () => {
    const assembly = (account: string) => ({
      "cdk.out/manifest.json": JSON.stringify({
        version: "36.0.0",
        artifacts: {
          Shared: { type: "aws:cloudformation:stack", properties: { templateFile: "Shared.template.json" } },
        },
      }),
      "cdk.out/Shared.template.json": JSON.stringify({
        Resources: { Q: { Type: "AWS::SQS::Queue" } },
        Outputs: {
          Partner: { Value: `arn:aws:iam::${account}:root`, Export: { Name: "partner-principal" } },
        },
      }),
    });
    const repo = {
      ...assembly("111111111111"),
      "cfn/role.yaml":
        'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: sts:AssumeRole\n            Principal: { AWS: !ImportValue partner-principal }\n',
    };
    expect(await added(repo, assembly("999988887777"))).toEqual(["arn:aws:iam::999988887777:root"]);
  });

  it("the extra tfvars file given to the run (--tfvars, the action's tfvars input)", async () => {
    const repo = {
      "envs/prod/main.tf":
        'variable "partner" {\n  default = "111111111111"\n}\nresource "aws_iam_role" "r" {\n  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::${var.partner}:root" } }] })\n}\n',
      "config/prod.tfvars": 'partner = "111111111111"\n',
    };
    const tfvars = ["config/prod.tfvars"];
    expect(await added(repo, { "config/prod.tfvars": 'partner = "999988887777"\n' }, { tfvars })).toEqual([
      "arn:aws:iam::999988887777:root",
    ]);
  });

  it("a --cfn-parameters file of the repository: each side with its own values", async () => {
    const repo = {
      "cfn/role.yaml":
        'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Partner: { Type: String }\nResources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: sts:AssumeRole\n            Principal: { AWS: !Sub "arn:aws:iam::${Partner}:root" }\n',
      "params/prod.json": '[{"ParameterKey": "Partner", "ParameterValue": "111111111111"}]',
    };
    const more = {
      cfnParameterFiles: ["params/prod.json"],
      baseCfnParameters: { Partner: "111111111111" },
      cfnParameters: { Partner: "999988887777" },
    };
    expect(
      await added(
        repo,
        { "params/prod.json": '[{"ParameterKey": "Partner", "ParameterValue": "999988887777"}]' },
        more,
      ),
    ).toEqual(["arn:aws:iam::999988887777:root"]);
  });
});

describe("the folders a module reads through the file functions", () => {
  const prefixes = (code: string) => fileReferencePrefixes(code, "modules/role", ["envs/a", "envs/b"]);

  it("a literal path, a computed name after a literal folder, and fileset()'s folder", () => {
    expect(prefixes('x = file("${path.module}/trust.json")')).toEqual(["modules/role/trust.json"]);
    expect(prefixes('x = templatefile("${path.module}/../../shared/${var.env}/trust.tpl", {})')).toEqual([
      "shared/",
    ]);
    expect(prefixes('x = fileset("${path.module}/../../policies", "*.json")')).toEqual(["policies/"]);
  });

  it("relative paths and path.root are read from each root's folder", () => {
    expect(prefixes('x = file("policies/${var.env}.json")')).toEqual([
      "envs/a/policies/",
      "envs/b/policies/",
    ]);
    expect(prefixes('x = file("${path.root}/../common/p.json")')).toEqual(["envs/common/p.json"]);
  });

  it("a name with no literal folder is the module's own tree (already affected); one outside the repository nothing", () => {
    expect(prefixes("x = file(local.policy_path)")).toEqual([]);
    expect(prefixes('x = file("${var.dir}/p.json")')).toEqual([]);
    expect(prefixes('x = file("${path.module}/../../../../etc/p.json")')).toEqual([]);
  });
});

describe("a changed file is followed to the roots that read it, not to every module naming it", () => {
  const settingsRoot = (name: string) => ({
    [`envs/${name}/main.tf`]:
      'locals {\n  settings = fileexists("./settings.json") ? jsondecode(file("./settings.json")) : null\n}\n',
    [`envs/${name}/settings.json`]: "{}",
  });
  const roots = (files: Record<string, string>, changed: string[]) =>
    affectedUnits(memorySnapshot(files), changed).units.terraformRoots;

  it("a root's own settings file, read relative to the root: that root only", () => {
    const files = { ...settingsRoot("a"), ...settingsRoot("b"), ...settingsRoot("c") };
    expect(roots(files, ["envs/b/settings.json"])).toEqual(["envs/b"]);
  });

  it("a module reading a path relative to the root: the roots where that path is the changed file", () => {
    const files = {
      "modules/app/main.tf": 'locals {\n  config = jsondecode(file("config/app.json"))\n}\n',
      "envs/a/main.tf": 'module "app" {\n  source = "../../modules/app"\n}\n',
      "envs/b/main.tf": 'module "app" {\n  source = "../../modules/app"\n}\n',
      "envs/a/config/app.json": "{}",
      "envs/b/config/app.json": "{}",
    };
    expect(roots(files, ["envs/a/config/app.json"])).toEqual(["envs/a"]);
    // A path leading out of the root (../../shared/…) leads to the same file from every folder as
    // deep: only the roots that call the module read it.
    const shared = {
      ...files,
      "modules/app/main.tf": 'locals {\n  config = jsondecode(file("../../shared/app.json"))\n}\n',
      "envs/b/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
      "shared/app.json": "{}",
    };
    expect(roots(shared, ["shared/app.json"])).toEqual(["envs/a"]);
  });

  it("a name in a comment is no reading; a name in a string after a # inside a string still counts", () => {
    const files = {
      ...settingsRoot("a"),
      ...settingsRoot("b"),
      "envs/c/main.tf":
        '# the settings come from settings.json\nresource "aws_sqs_queue" "q" {} // settings.json too\n',
      "envs/d/main.tf":
        'locals {\n  f = "https://example.com/#/settings.json" # a string, then a comment\n}\n',
    };
    expect(roots(files, ["envs/b/settings.json"])).toEqual(["envs/b", "envs/d"]);
  });

  it("a name outside a literal file-function argument (a local holding the path) still counts", () => {
    const files = {
      "modules/app/main.tf":
        'locals {\n  path = "${path.module}/../../shared/app.json"\n  config = jsondecode(file(local.path))\n}\n',
      "envs/a/main.tf": 'module "app" {\n  source = "../../modules/app"\n}\n',
      "envs/b/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
      "shared/app.json": "{}",
    };
    expect(roots(files, ["shared/app.json"])).toEqual(["envs/a"]);
  });
});
