import { describe, expect, test } from "vitest";
import { looksLikeTemplate } from "../../src/iac/cloudformation/index.js";
import { fixtureFiles } from "./helpers.js";

describe("looksLikeTemplate", () => {
  test.each([
    ["t.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\nResources: {}\n'],
    ["t.yml", "'AWSTemplateFormatVersion': 2010-09-09\n"],
    ["t.template", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n"],
    ["t.yaml", "# comment\nResources:\n  R:\n    Type: Custom::Thing\n"],
    ["t.json", '{"AWSTemplateFormatVersion": "2010-09-09"}'],
    ["Stack.template.json", '{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}'],
    ["t.template", '{\n  "Resources": { "Q": { "Type": "AWS::SQS::Queue" } }\n}'],
    // Broken but clearly meant as templates: the reader reports why.
    ["broken.json", '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {'],
    ["broken.yaml", 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties: { "x\n'],
  ])("%s is a template", (path, text) => {
    expect(looksLikeTemplate(path, text)).toBe(true);
  });

  test.each([
    ["main.tf", 'AWSTemplateFormatVersion = "x"'],
    ["README.md", "AWSTemplateFormatVersion: 2010-09-09"],
    ["k8s.yaml", "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - resources: {}\n"],
    ["serverless.yml", "service: x\nresources:\n  Resources:\n    Q:\n      Type: AWS::SQS::Queue\n"],
    ["package.json", '{"name": "x", "dependencies": {}}'],
    ["other.json", '{"Resources": {"a": {"Type": "Microsoft.Storage"}}}'],
    ["other.json", '{"nested": {"AWSTemplateFormatVersion": "2010-09-09"}}'],
    ["list.json", '[{"Resources": 1}]'],
    ["other.yaml", "Resources:\n  - Type: AWS::SQS::Queue\n"],
    ["other.yaml", "Resources:\n  Q:\n    Kind: x\nNotes: Type: AWS::X\n"],
    ["empty.yaml", ""],
  ])("%s is not a template", (path, text) => {
    expect(looksLikeTemplate(path, text)).toBe(false);
  });

  test("every fixture template is recognised", () => {
    for (const [name, file] of [
      ["lines-yaml", "template.yaml"],
      ["lines-json", "template.json"],
      ["cdk", "App.template.json"],
      ["import-value", "relay.json"],
      ["invalid-json", "template.json"],
      ["alias-bomb", "template.yaml"],
    ] as const) {
      expect(looksLikeTemplate(file, fixtureFiles(name)[file] ?? ""), `${name}/${file}`).toBe(true);
    }
  });

  test("never throws, even on huge or odd input", () => {
    expect(typeof looksLikeTemplate("x.yaml", `Resources:\n  ${"[".repeat(100_000)}\nType: AWS::X`)).toBe(
      "boolean",
    );
    expect(looksLikeTemplate("x.json", "\u0000\uFFFF")).toBe(false);
  });
});
