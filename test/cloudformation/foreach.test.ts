// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub text is written with ${...}
import { describe, expect, test } from "vitest";
import { collectExports, readTemplate } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { fixture, grantRows, grantsOf, read } from "./helpers.js";

describe("Fn::ForEach (AWS::LanguageExtensions)", () => {
  const result = read("foreach");

  test("loops over a list parameter, a literal list and nested loops; each copy keeps the body's lines", () => {
    expect(result.resources.map((r) => [r.address, r.line])).toEqual([
      ["PartnerRole222222222222", 13],
      ["PartnerRole333333333333", 13],
      ["QueueDev", 29],
      ["QueueDevPolicy", 31],
      ["QueueProd", 29],
      ["QueueProdPolicy", 31],
      ["TopicRefUnknownPolicy", 44],
    ]);
    expect(result.resources[0]?.properties.RoleName).toBe("partner-222222222222");
  });

  test("grants of the expanded resources, at the lines of their principals", () => {
    const { grants, errors } = grantsOf(result);
    expect(errors).toEqual([]);
    expect(grantRows(grants)).toEqual([
      {
        address: "PartnerRole222222222222",
        principal: "arn:aws:iam::222222222222:root",
        classification: "external",
        line: 21,
      },
      {
        address: "PartnerRole333333333333",
        principal: "arn:aws:iam::333333333333:root",
        classification: "external",
        line: 21,
      },
      {
        address: "QueueDevPolicy",
        principal: "arn:aws:iam::444444444444:root",
        classification: "external",
        line: 38,
      },
      {
        address: "QueueProdPolicy",
        principal: "arn:aws:iam::444444444444:root",
        classification: "external",
        line: 38,
      },
      // A collection that is not known statically: one copy, its principal unresolved, never dropped.
      {
        address: "TopicRefUnknownPolicy",
        principal: "${Ref Unknown}",
        classification: "unresolved",
        line: 51,
      },
    ]);
    expect(grants.find((g) => g.resource.address === "QueueDevPolicy")?.resource.target).toBe("QueueDev");
  });

  test("a malformed loop is an error naming its line; the other loops are still read", () => {
    expect(result.errors).toEqual([
      {
        file: "template.yaml",
        line: 54,
        message:
          'Fn::ForEach::Broken needs [Identifier, Collection, {OutputKey: OutputValue}], found ["OnlyTwo",["a"]]',
      },
    ]);
  });

  test("parameter values decide the copies", () => {
    const r = read("foreach", "template.yaml", { parameters: { Partners: "555555555555" } });
    expect(r.resources.filter((x) => x.type === "AWS::IAM::Role").map((x) => x.address)).toEqual([
      "PartnerRole555555555555",
    ]);
  });

  test("outputs written with a loop export one name per element", () => {
    const exports = collectExports(fixture("foreach"), ["template.yaml"]);
    expect(Object.fromEntries(exports)).toEqual({
      "partner-222222222222": "arn:aws:iam::222222222222:root",
      "partner-333333333333": "arn:aws:iam::333333333333:root",
    });
  });

  test("JSON templates and loops inside Properties", () => {
    const template = {
      Transform: "AWS::LanguageExtensions",
      Resources: {
        Topic: {
          Type: "AWS::SNS::Topic",
          Properties: {
            "Fn::ForEach::Attrs": ["Name", ["A", "B"], { "Tag${Name}": { "Fn::Sub": "value-${Name}" } }],
          },
        },
      },
    };
    const r = readTemplate(memorySnapshot({ "t.json": JSON.stringify(template, null, 2) }), "t.json");
    expect(r.errors).toEqual([]);
    expect(r.resources[0]?.properties).toEqual({ TagA: "value-A", TagB: "value-B" });
  });

  test("a loop that would produce too many entries stops with an error", () => {
    const list = JSON.stringify(Array.from({ length: 120 }, (_, i) => `v${i}`));
    const text = [
      "Resources:",
      "  Fn::ForEach::A:",
      `    - X`,
      `    - ${list}`,
      "    - Fn::ForEach::B:",
      "        - Y",
      `        - ${list}`,
      "        - Q${X}${Y}:",
      "            Type: AWS::SQS::Queue",
    ].join("\n");
    const r = readTemplate(memorySnapshot({ "t.yaml": text }), "t.yaml");
    expect(r.resources.length).toBeLessThanOrEqual(10_000 + 120);
    expect(r.errors.map((e) => e.message)).toEqual([
      "Fn::ForEach::A: Fn::ForEach produces more than 10000 entries; the rest is not analysed",
    ]);
  });
});
