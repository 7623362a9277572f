import { describe, expect, test } from "vitest";
import { nestedTemplatePath } from "../../src/iac/cloudformation/index.js";
import { SELF_ACCOUNT, unresolved } from "../../src/model/symbolic.js";
import { only, read } from "./helpers.js";

describe("nested stacks", () => {
  test("local templates are followed; missing, outside and remote ones are noted, never followed", () => {
    const result = read("nested-stack", "infra/parent.yaml");
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual([
      "infra/parent.yaml",
      "infra/children/child.yaml",
      "infra/grand/grandchild.yaml",
    ]);
    expect(result.notes).toEqual([
      "infra/parent.yaml: nested stack Missing names infra/children/missing.yaml, which is not in the repository",
      "infra/parent.yaml: nested stack Escapes names ../../../etc/passwd, outside the repository: not followed",
      "infra/parent.yaml: nested stack Absolute names /etc/passwd, outside the repository: not followed",
      "infra/parent.yaml: nested stack Remote uses https://s3.amazonaws.com/bucket/child.yaml: its resources are not analysed",
    ]);
    expect(only(result, "Local").properties).toEqual({
      TemplateURL: "./children/child.yaml",
      Parameters: { Partner: "222222222222" },
    });
  });

  test("the child read on its own has its parameter unresolved", () => {
    const role = only(read("nested-stack", "infra/children/child.yaml"), "Role");
    const doc = role.properties.AssumeRolePolicyDocument as { Statement: { Principal: unknown }[] };
    expect(doc.Statement[0]?.Principal).toEqual({ AWS: unresolved("Ref Partner") });
  });

  test.each([
    ["a/b/parent.yaml", "child.yaml", { kind: "local", path: "a/b/child.yaml" }],
    ["a/b/parent.yaml", "../c/./child.yaml", { kind: "local", path: "a/c/child.yaml" }],
    ["parent.yaml", "../child.yaml", { kind: "outside", url: "../child.yaml" }],
    ["a/parent.yaml", "..\\child.yaml", { kind: "outside", url: "..\\child.yaml" }],
    ["parent.yaml", "s3://b/k.yaml", { kind: "remote", url: "s3://b/k.yaml" }],
    ["parent.yaml", 42, { kind: "unknown" }],
    ["parent.yaml", unresolved("Ref Url"), { kind: "unknown" }],
    ["parent.yaml", "..", { kind: "outside", url: ".." }],
  ])("%s + %s", (parent, url, expected) => {
    expect(nestedTemplatePath(parent, url)).toEqual(expected);
  });
});

describe("CDK synth output", () => {
  test("source, stack, unit and construct path come from the caller and the template metadata", () => {
    const result = read("cdk", "App.template.json", { source: "cdk", stack: "App", unit: "cdk.out/App" });
    expect(result.errors).toEqual([]);
    const role = only(result, "TrustRole1A2B3C4D");
    expect(role).toMatchObject({
      source: "cdk",
      stack: "App",
      unit: "cdk.out/App",
      file: "App.template.json",
      line: 3,
      constructPath: "App/TrustRole/Resource",
    });
    const doc = role.properties.AssumeRolePolicyDocument as { Statement: { Principal: unknown }[] };
    expect(doc.Statement[0]?.Principal).toEqual({ AWS: `arn:aws:iam::${SELF_ACCOUNT}:root` });
  });

  test("a concrete environment account replaces the own-account token", () => {
    const role = only(
      read("cdk", "App.template.json", { source: "cdk", selfAccount: "555555555555" }),
      "TrustRole1A2B3C4D",
    );
    const doc = role.properties.AssumeRolePolicyDocument as { Statement: { Principal: unknown }[] };
    expect(doc.Statement[0]?.Principal).toEqual({ AWS: "arn:aws:iam::555555555555:root" });
    expect(role.selfAccount).toBe("555555555555");
  });
});
