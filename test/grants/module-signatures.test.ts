import { describe, expect, it } from "vitest";
import { MODULE_SIGNATURES, SIGNATURE_INPUTS } from "../../src/grants/module-signatures.js";
import { rowsFor } from "../../src/grants/table.js";
import { moduleSource } from "../../src/iac/terraform/opaque/source.js";

describe("the module signature table", () => {
  it("has one row per module, with the version checked; inputs belong to a module, once each", () => {
    const modules = MODULE_SIGNATURES.map((s) => s.module);
    expect(new Set(modules).size).toBe(modules.length);
    for (const s of MODULE_SIGNATURES) expect(s.checked && s.covers, s.module).toBeTruthy();
    const keys = SIGNATURE_INPUTS.map((r) => `${r.module} ${r.input} ${r.becomes}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of SIGNATURE_INPUTS) {
      const sig = MODULE_SIGNATURES.find((s) => s.module === r.module);
      expect(sig, r.module).toBeDefined();
      expect(sig?.nothing, `${r.module} grants nothing yet has input ${r.input}`).toBeUndefined();
    }
  });

  it("maps every input to a resource type the grant table reads", () => {
    for (const r of SIGNATURE_INPUTS) {
      const type = r.becomes.split(".").slice(-2)[0] ?? "";
      expect(rowsFor(type).length, `${r.module} ${r.input} -> ${r.becomes}`).toBeGreaterThan(0);
    }
  });

  it("knows a registry module by any of its source addresses", () => {
    expect(moduleSource("terraform-aws-modules/s3-bucket/aws")).toEqual({
      module: "terraform-aws-modules/s3-bucket/aws",
    });
    expect(moduleSource("registry.terraform.io/terraform-aws-modules/iam/aws//modules/iam-role")).toEqual({
      module: "terraform-aws-modules/iam/aws//modules/iam-role",
    });
    expect(
      moduleSource("git::https://github.com/terraform-aws-modules/terraform-aws-s3-bucket.git?ref=v4.1.2"),
    ).toEqual({ module: "terraform-aws-modules/s3-bucket/aws", ref: "v4.1.2" });
    expect(
      moduleSource("github.com/terraform-aws-modules/terraform-aws-iam//modules/iam-user?ref=v5.0.0"),
    ).toEqual({
      module: "terraform-aws-modules/iam/aws//modules/iam-user",
      ref: "v5.0.0",
    });
    expect(moduleSource("git@github.com:cloudposse/terraform-null-label.git?ref=0.25.0")).toEqual({
      module: "cloudposse/label/null",
      ref: "0.25.0",
    });
    expect(moduleSource("./modules/local")).toBeNull();
    expect(moduleSource("s3::https://s3.amazonaws.com/bucket/module.zip")).toBeNull();
  });
});
