import { describe, expect, it } from "vitest";
import { findTerraformRoots, modulesAffectedBy, terraformLayout } from "../../src/iac/terraform/index.js";
import { readText } from "../../src/sources/text.js";
import { fixtureSnapshot } from "./fixture.js";

const texts = (files: Record<string, string>) => (p: string) => files[p];

describe("findTerraformRoots", () => {
  it("finds the environments of the platform fixture and not its modules", () => {
    const snap = fixtureSnapshot("platform");
    const read = (p: string) => {
      const r = readText(snap, p);
      return "text" in r ? r.text : undefined;
    };
    expect(findTerraformRoots(snap.paths, read)).toEqual(["envs/prod", "envs/staging"]);
  });

  it("counts a called directory with a backend or provider block as a root, ignores .terraform and reads .tf.json", () => {
    const files: Record<string, string> = {
      "live/main.tf": `module "legacy" {\n  source = "../legacy"\n}\nmodule "net" {\n  source = "./network/"\n}\nmodule "reg" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n`,
      "live/network/main.tf": `resource "aws_vpc" "v" {}\n`,
      "legacy/main.tf": `provider "aws" {\n  region = "eu-west-1"\n}\n`,
      "json/main.tf.json": `{"module": {"m": {"source": "../jsonmod"}}}`,
      "jsonmod/main.tf": `# "module" in a comment { source = "../live" }\n`,
      "live/.terraform/modules/reg/main.tf": `resource "aws_vpc" "x" {}\n`,
      "cloud/main.tf": `terraform {\n  cloud {\n    organization = "acme"\n  }\n}\n`,
    };
    const layout = terraformLayout(Object.keys(files), texts(files));
    expect(layout.roots).toEqual(["cloud", "json", "legacy", "live"]);
    expect(layout.modules.find((m) => m.dir === "live")?.calls).toEqual([
      { name: "legacy", source: "../legacy", dir: "legacy" },
      { name: "net", source: "./network/", dir: "live/network" },
      { name: "reg", source: "terraform-aws-modules/vpc/aws", dir: null },
    ]);
    expect(layout.modules.find((m) => m.dir === "cloud")?.hasBackend).toBe(true);
  });

  it("finds a block after a closing brace or a comment on its line, and not a word in a tag or a reference", () => {
    const files: Record<string, string> = {
      "a/main.tf": `resource "aws_vpc" "v" {} module "m" {\n  source = "../m1"\n}\n`,
      "b/main.tf": `/* calls m2 */ module m {\n  source = "../m2"\n}\n`,
      "c/main.tf": `resource "aws_vpc" "v" {\n  tags = { ManagedBy = "terraform" }\n}\noutput "o" {\n  value = module.x.id\n}\n`,
      "c/providers.tf": `  provider /* region */ "aws" {\n}\n`,
      "m1/main.tf": `resource "aws_vpc" "v" {}\n`,
      "m2/main.tf": `resource "aws_vpc" "v" {}\n`,
    };
    const layout = terraformLayout(Object.keys(files), texts(files));
    expect(layout.roots).toEqual(["a", "b", "c"]);
    expect(layout.modules.find((m) => m.dir === "c")?.hasProvider).toBe(true);
  });

  it("without file contents counts every module directory as a root", () => {
    expect(findTerraformRoots(["a/main.tf", "a/b/x.tf.json", "c/readme.md", "main.tf"])).toEqual([
      "",
      "a",
      "a/b",
    ]);
  });
});

describe("modulesAffectedBy", () => {
  const files: Record<string, string> = {
    "envs/prod/main.tf": `module "role" {\n  source = "../../modules/role"\n}\n`,
    "envs/dev/main.tf": `module "bucket" {\n  source = "../../modules/bucket"\n}\n`,
    "modules/bucket/main.tf": `module "role" {\n  source = "../role"\n}\n`,
    "modules/role/main.tf": `resource "aws_iam_role" "r" {}\n`,
    "tools/main.tf": `resource "aws_sqs_queue" "q" {}\n`,
  };
  const layout = terraformLayout(Object.keys(files), texts(files));

  it("maps a changed module file to every root that uses the module, directly or through another module", () => {
    expect(layout.roots).toEqual(["envs/dev", "envs/prod", "tools"]);
    expect(modulesAffectedBy(layout, ["modules/role/main.tf"])).toEqual(["envs/dev", "envs/prod"]);
    expect(modulesAffectedBy(layout, ["modules/bucket/templates/policy.json.tftpl"])).toEqual(["envs/dev"]);
    expect(modulesAffectedBy(layout, ["envs/prod/prod.tfvars", "README.md"])).toEqual(["envs/prod"]);
    expect(modulesAffectedBy(layout, ["docs/x.md"])).toEqual([]);
  });
});
