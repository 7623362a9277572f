import { describe, expect, it } from "vitest";
import { readPlan, resourceLocator } from "../../src/iac/terraform-plan/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { fixtureFiles, grantTypes } from "./helpers.js";

describe("resourceLocator", () => {
  const snapshot = memorySnapshot({
    "infra/main.tf": [
      "# header",
      'resource "aws_iam_role" "a" {',
      '  name = "a" # "ignored {"',
      "  assume_role_policy = jsonencode({",
      '    Principal = { AWS = "arn:aws:iam::999988887777:role/x" }',
      "  })",
      "}",
      "",
      "resource aws_s3_bucket_policy b {",
      '  policy = "{}"',
      "}",
      'data "aws_iam_policy_document" "d" {}',
    ].join("\n"),
    "infra/nested/other.tf": 'resource "aws_iam_role" "a" {}',
    "infra/notes.txt": 'resource "aws_iam_role" "z" {}',
  });
  const find = resourceLocator(snapshot);

  it("finds resource and data blocks in the .tf files directly in the module directory", () => {
    expect(find("", "aws_iam_role", "a", { moduleDir: "infra", mode: "managed" })).toEqual({
      file: "infra/main.tf",
      line: 2,
      valueLines: { a: 3, "arn:aws:iam::999988887777:role/x": 5, "999988887777": 5 },
    });
    expect(find("", "aws_s3_bucket_policy", "b", { moduleDir: "infra", mode: "managed" })).toMatchObject({
      line: 9,
    });
    expect(find("", "aws_iam_policy_document", "d", { moduleDir: "infra", mode: "data" })).toMatchObject({
      line: 12,
    });
    expect(find("", "aws_iam_role", "a", { moduleDir: "infra/nested", mode: "managed" })).toMatchObject({
      file: "infra/nested/other.tf",
    });
  });

  it("finds nothing without a module directory, outside .tf files, or for the wrong mode", () => {
    expect(find("", "aws_iam_role", "a", { moduleDir: undefined, mode: "managed" })).toBeUndefined();
    expect(find("", "aws_iam_role", "z", { moduleDir: "infra", mode: "managed" })).toBeUndefined();
    expect(find("", "aws_iam_policy_document", "d", { moduleDir: "infra", mode: "managed" })).toBeUndefined();
  });
});

describe("the plan's root module", () => {
  it("is inferred among candidates from where its resources are declared", () => {
    const files = {
      ...fixtureFiles("module-for-each", "infra/partners/"),
      ...fixtureFiles("trust-widened", "infra/iam/"),
    };
    const text = files["infra/partners/plan.json"] ?? "";
    const r = readPlan("plans/partners.json", text, {
      grantTypes,
      findResourceLine: resourceLocator(memorySnapshot(files)),
      rootCandidates: ["infra/iam", "infra/partners", "infra/partners/modules/partner-access"],
    });
    expect(r.root).toBe("infra/partners");
    expect(r.after.map((x) => [x.file, x.line, x.unit])).toEqual([
      ["infra/partners/modules/partner-access/main.tf", 9, "infra/partners"],
      ["infra/partners/modules/partner-access/main.tf", 9, "infra/partners"],
    ]);
  });

  it("defaults to the plan file's directory", () => {
    const files = fixtureFiles("trust-widened", "infra/iam/");
    const r = readPlan("infra/iam/plan.json", files["infra/iam/plan.json"] ?? "", {
      grantTypes,
      findResourceLine: resourceLocator(memorySnapshot(files)),
    });
    expect(r.root).toBe("infra/iam");
    expect(r.after[0]).toMatchObject({ file: "infra/iam/iam.tf", line: 2, unit: "infra/iam" });
  });

  it("is undefined when no candidate declares the resources, or two tie (unless one holds the plan)", () => {
    const one = fixtureFiles("trust-widened", "a/");
    const two = fixtureFiles("trust-widened", "b/");
    const find = resourceLocator(memorySnapshot({ ...one, ...two }));
    const text = one["a/plan.json"] ?? "";
    const read = (file: string, rootCandidates: string[]) =>
      readPlan(file, text, { grantTypes, findResourceLine: find, rootCandidates });
    expect(read("x/plan.json", ["c"]).root).toBeUndefined();
    expect(read("x/plan.json", ["a", "b"]).root).toBeUndefined();
    expect(read("b/plan.json", ["a", "b"]).root).toBe("b");
    const lost = read("x/plan.json", ["c"]);
    // The resource change's line in the plan file.
    expect(lost.after[0]).toMatchObject({ file: "x/plan.json", line: 44, unit: "x/plan.json" });
  });

  it("passes the module instance address, type, name and the module's directory to the locator", () => {
    const calls: unknown[] = [];
    const files = fixtureFiles("module-for-each");
    readPlan("plan.json", files["plan.json"] ?? "", {
      grantTypes,
      root: "",
      findResourceLine: (...args) => {
        calls.push(args);
        return undefined;
      },
    });
    expect(calls).toEqual([
      [
        'module.partner_access["acme"]',
        "aws_lambda_permission",
        "invoke",
        { moduleDir: "modules/partner-access", mode: "managed" },
      ],
      [
        'module.partner_access["globex"]',
        "aws_lambda_permission",
        "invoke",
        { moduleDir: "modules/partner-access", mode: "managed" },
      ],
    ]);
  });
});
