import { describe, expect, test } from "vitest";
import { parseParametersFile } from "../../src/iac/cloudformation/index.js";
import { unresolved } from "../../src/model/symbolic.js";
import { fixtureFiles, only, read, tags } from "./helpers.js";

const files = fixtureFiles("parameters");

function principals(record: ReturnType<typeof only>): unknown[] {
  const doc = record.properties.AssumeRolePolicyDocument as { Statement: { Principal: { AWS: unknown } }[] };
  return doc.Statement.map((s) => s.Principal.AWS);
}

describe("Ref to parameters", () => {
  test("Default values; lists for CommaDelimitedList and List<>; SSM types and missing values unresolved", () => {
    const result = read("parameters");
    expect(result.errors).toEqual([]);
    const role = only(result, "Role");
    expect(principals(role)).toEqual([
      ["222222222222", unresolved("Ref Unset"), unresolved("Ref FromSsm")],
      ["444444444444", "555555555555"],
    ]);
    expect(tags(role)).toEqual({
      ports: "80,443",
      count: "3",
      "second-partner": "555555555555",
      subnets: unresolved("Ref Subnets"),
    });
  });

  test("supplied values win over defaults; lists may be given as text or arrays", () => {
    const role = only(
      read("parameters", "template.yaml", {
        parameters: { Partner: "666666666666", Partners: ["777777777777"], FromSsm: "/x", Subnets: "a, b" },
      }),
      "Role",
    );
    expect(principals(role)).toEqual([
      ["666666666666", unresolved("Ref Unset"), unresolved("Ref FromSsm")],
      ["777777777777"],
    ]);
    expect(tags(role).subnets).toBe("a,b");
  });

  test("values from a parameters file resolve the template", () => {
    const parsed = parseParametersFile(files["params-cli.json"] ?? "", "params-cli.json");
    if (!("parameters" in parsed)) throw new Error(parsed.error);
    const role = only(read("parameters", "template.yaml", { parameters: parsed.parameters }), "Role");
    expect(principals(role)).toEqual([
      ["666666666666", "777777777777", unresolved("Ref FromSsm")],
      ["888888888888", "999999999999"],
    ]);
  });
});

describe("parseParametersFile", () => {
  test("CloudFormation CLI form; UsePreviousValue entries are skipped", () => {
    expect(parseParametersFile(files["params-cli.json"] ?? "", "params-cli.json")).toEqual({
      parameters: { Partner: "666666666666", Unset: "777777777777", Partners: "888888888888,999999999999" },
    });
  });

  test("template configuration form {Parameters: {...}}; numbers become text", () => {
    expect(parseParametersFile(files["params-pipeline.json"] ?? "", "params-pipeline.json")).toEqual({
      parameters: { Partner: "666666666666", Count: "5" },
    });
  });

  test('deploy override form ["Key=Value"]', () => {
    expect(parseParametersFile(files["params-overrides.json"] ?? "", "params-overrides.json")).toEqual({
      parameters: { Partner: "666666666666", Unset: "a=b" },
    });
  });

  test("YAML, keeping a leading-zero account as written; lists stay lists", () => {
    expect(parseParametersFile(files["params-yaml.yaml"] ?? "", "params-yaml.yaml")).toEqual({
      parameters: { Partner: "012345678901", Partners: ["111111111111", "222222222222"] },
    });
  });

  test.each([
    [
      "params-bad.json",
      1,
      `not a parameters file: expected [{"ParameterKey": ..., "ParameterValue": ...}], ["Key=Value"] or {"Parameters": {"Key": "Value"}}`,
    ],
    ["params-missing-value.json", 2, "parameter Partner has no ParameterValue"],
  ])("%s is an error", (file, line, message) => {
    expect(parseParametersFile(files[file] ?? "", file)).toEqual({ error: `line ${line}: ${message}`, line });
  });

  test("invalid JSON is an error with its line", () => {
    const result = parseParametersFile(files["params-invalid.json"] ?? "", "params-invalid.json");
    if (!("error" in result)) throw new Error("expected an error");
    expect(result.error).toMatch(/^line \d+: invalid JSON: /);
    expect(result.line).toBeGreaterThanOrEqual(2);
  });

  test("empty and odd files never throw", () => {
    expect(parseParametersFile("", "e.json")).toMatchObject({ line: 1 });
    expect(parseParametersFile("[42]", "n.json")).toMatchObject({ line: 1 });
    expect(parseParametersFile('{"Parameters": {"A": {"x": 1}}}', "m.json")).toEqual({
      error: "line 1: parameter A: the value is not a string or a list",
      line: 1,
    });
  });
});
