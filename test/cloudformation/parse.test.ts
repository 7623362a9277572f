// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub text is written with ${...}
import { describe, expect, test } from "vitest";
import { parseDocument } from "yaml";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { cfnTags } from "../../src/iac/cloudformation/yaml-tags.js";
import { resourceRef, SELF_REGION, unresolved } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { only, read, tags } from "./helpers.js";

describe("short-form tags", () => {
  test("toJS of the registered tags gives long form in scalar, sequence and mapping form", () => {
    const doc = parseDocument(
      [
        "a: !Ref X",
        "b: !GetAtt A.B.C",
        "c: !Join [':', [x, !Ref Y]]",
        "d: !Transform { Name: M }",
        "e: !Condition C",
        "f: !Sub |",
        "  text ${X}",
      ].join("\n"),
      { customTags: cfnTags() },
    );
    expect(doc.errors).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(doc.toJS()).toEqual({
      a: { Ref: "X" },
      b: { "Fn::GetAtt": ["A", "B.C"] },
      c: { "Fn::Join": [":", ["x", { Ref: "Y" }]] },
      d: { "Fn::Transform": { Name: "M" } },
      e: { Condition: "C" },
      f: { "Fn::Sub": "text ${X}\n" },
    });
  });

  test("every short form in a template resolves", () => {
    // The values given: Env and Partner decide conditions, which would otherwise enumerate them.
    const result = read("short-forms", "template.yaml", {
      parameters: { Env: "prod", Partner: "222222222222" },
    });
    expect(result.errors).toEqual([]);
    const queue = only(result, "Queue");
    expect(queue.properties.QueueName).toBe("prod-queue");
    expect(tags(queue)).toEqual({
      joined: "a:prod:c",
      selected: "y",
      split: "c",
      mapped: "333333333333",
      imported: unresolved("Fn::ImportValue shared-vpc"),
      encoded: "plain",
      azs: unresolved('Fn::Select [0,{"Fn::GetAZs":""}]'),
      cidr: unresolved('Fn::Select [0,{"Fn::Cidr":["10.0.0.0/16",4,8]}]'),
      chosen: "yes-prod",
      both: "both-true",
      either: "either-true",
      topic: resourceRef("Topic", "Ref"),
      "topic-name": resourceRef("Topic", "TopicName"),
      "topic-arn": resourceRef("Topic", "TopicArn"),
      "sub-list": "222222222222-prod",
      "base64-map": "x-prod",
      "azs-map": unresolved('Fn::Select [0,{"Fn::GetAZs":{"Ref":"AWS::Region"}}]'),
    });
    expect(queue.properties.RedrivePolicy).toBe(
      unresolved(
        'Fn::Transform {"Name":"AWS::Include","Parameters":{"Location":"s3://bucket/snippet.yaml"}}',
      ),
    );
    expect(SELF_REGION).not.toBe(""); // the region token exists even when no value names it
  });
});

describe("scalars", () => {
  test("an unquoted 12-digit account with a leading zero keeps its text; dates stay strings", () => {
    const result = read("leading-zero");
    expect(result.errors).toEqual([]);
    const permission = only(result, "Permission");
    expect(permission.properties.SourceAccount).toBe("012345678901");
    expect(permission.properties.EventSourceToken).toBe(123456789012);
    expect(permission.properties.Tags).toEqual([
      "012345678901",
      "zero",
      1000,
      31,
      "12345678901234567890",
      "007",
    ]);
    const policy = only(result, "Policy").properties.PolicyDocument as Record<string, unknown>;
    expect(policy.Version).toBe("2012-10-17");
    expect(policy.Statement).toEqual([
      { Effect: "Allow", Principal: { AWS: "012345678901" }, Action: "s3:GetObject", Resource: "*" },
    ]);
  });

  test("a %YAML 1.1 document still keeps dates and yes/no as strings", () => {
    const text =
      "%YAML 1.1\n---\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      A: 2012-10-17\n      B: yes\n";
    const result = readTemplate(memorySnapshot({ "t.yaml": text }), "t.yaml");
    expect(result.errors).toEqual([]);
    expect(only(result, "Q").properties).toEqual({ A: "2012-10-17", B: "yes" });
  });
});

describe("aliases", () => {
  test("anchors, aliases and merge keys are expanded", () => {
    const result = read("aliases");
    expect(result.errors).toEqual([]);
    const one = only(result, "One").properties;
    const two = only(result, "Two").properties;
    expect(two.PolicyDocument).toEqual(one.PolicyDocument);
    expect(two.Queues).toEqual(["q2"]);
    expect(two.Ignored).toBe(false);
  });

  test("an alias bomb fails fast with a clear error", () => {
    const started = Date.now();
    const result = read("alias-bomb");
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.resources).toEqual([]);
    expect(result.errors).toEqual([
      {
        file: "template.yaml",
        line: 6,
        message: "YAML aliases expand to more than 100000 nodes (an alias bomb?); the template was not read",
      },
    ]);
  });
});

describe("bad input never throws", () => {
  test("unknown tags are errors naming the tag and line", () => {
    const result = read("unknown-tag");
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 10, message: "unknown tag !Reff" },
      { file: "template.yaml", line: 12, message: "unknown tag !Custom" },
    ]);
    // What could be read is still returned.
    expect(only(result, "Role").type).toBe("AWS::IAM::Role");
  });

  test("invalid YAML is an error with its line", () => {
    const result = read("invalid-yaml");
    expect(result.errors.length).toBeGreaterThan(0);
    expect(result.errors[0]).toMatchObject({
      file: "template.yaml",
      message: 'invalid YAML: Missing closing "quote',
    });
    expect(result.errors[0]?.line).toBeGreaterThanOrEqual(6);
  });

  test("duplicate keys are an error", () => {
    const result = read("duplicate-keys");
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 7, message: "invalid YAML: Map keys must be unique" },
    ]);
  });

  test("invalid JSON is an error; the resources before the damage are still read", () => {
    const result = read("invalid-json", "template.json");
    expect(result.errors[0]).toEqual({
      file: "template.json",
      line: 6,
      message: "invalid JSON: Missing , between flow map items",
    });
    expect(result.resources.map((r) => r.address)).toEqual(["Queue", "Topic"]);
  });

  test.each([
    ["list.yaml", 1, "the template is not a mapping (object) at the top level"],
    ["scalar.json", 1, "the template is not a mapping (object) at the top level"],
    ["empty.yaml", 1, "the template is empty"],
    ["resources-list.yaml", 3, "Resources is not a mapping"],
  ])("%s: %s", (file, line, message) => {
    const result = read("not-object", file);
    expect(result.resources).toEqual([]);
    expect(result.errors).toEqual([{ file, line, message }]);
  });

  test("resources without a Type or with odd Properties are errors; the others are read", () => {
    const result = read("not-object", "bad-resources.yaml");
    expect(result.errors).toEqual([
      { file: "bad-resources.yaml", line: 3, message: "resource NoType has no Type" },
      { file: "bad-resources.yaml", line: 5, message: "resource NotAMap is not a mapping" },
      { file: "bad-resources.yaml", line: 8, message: "resource BadProps: Properties is not a mapping" },
    ]);
    expect(result.resources.map((r) => [r.address, r.properties])).toEqual([
      ["BadProps", {}],
      ["Good", {}],
    ]);
  });

  test("a missing file, binary content and absurd nesting are errors", () => {
    const deep = `Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      A: ${"[".repeat(400)}${"]".repeat(400)}\n`;
    const snapshot = memorySnapshot({ "bin.yaml": new Uint8Array([0x41, 0, 0x42]), "deep.yaml": deep });
    expect(readTemplate(snapshot, "nope.yaml").errors).toEqual([
      { file: "nope.yaml", message: "file not found" },
    ]);
    expect(readTemplate(snapshot, "bin.yaml").errors).toEqual([
      { file: "bin.yaml", message: "file is binary (contains NUL bytes)" },
    ]);
    const deepResult = readTemplate(snapshot, "deep.yaml");
    expect(deepResult.errors).toEqual([
      { file: "deep.yaml", line: 5, message: "nesting deeper than 256 levels" },
    ]);
    expect(deepResult.resources.map((r) => r.address)).toEqual(["Q"]);
  });

  test("a template without Resources has nothing to deploy: a note, not an error", () => {
    const result = readTemplate(
      memorySnapshot({ "t.yaml": 'AWSTemplateFormatVersion: "2010-09-09"\n' }),
      "t.yaml",
    );
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual(["t.yaml: the template has no Resources section: nothing to deploy"]);
    const empty = readTemplate(memorySnapshot({ "t.json": '{"Resources": {}, "Rules": {}}' }), "t.json");
    expect(empty.errors).toEqual([]);
    expect(empty.notes).toEqual(["t.json: the template has an empty Resources section: nothing to deploy"]);
  });

  test("JSON: duplicate keys are errors; big integers keep their digits; deep nesting is cut off", () => {
    const dup =
      '{\n  "Resources": {\n    "Q": { "Type": "AWS::SQS::Queue",\n      "Type": "AWS::SNS::Topic" }\n  }\n}';
    const big =
      '{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"N": 12345678901234567890, "M": -1.5e3}}}}';
    const deep = `{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"A": ${"[".repeat(300)}${"]".repeat(300)}}}}}`;
    const snapshot = memorySnapshot({ "dup.json": dup, "big.json": big, "deep.json": deep });
    const dupResult = readTemplate(snapshot, "dup.json");
    expect(dupResult.errors).toEqual([
      { file: "dup.json", line: 4, message: 'invalid JSON: duplicate key "Type"' },
    ]);
    expect(only(dupResult, "Q").type).toBe("AWS::SNS::Topic");
    expect(only(readTemplate(snapshot, "big.json"), "Q").properties).toEqual({
      N: "12345678901234567890",
      M: -1500,
    });
    const deepResult = readTemplate(snapshot, "deep.json");
    expect(deepResult.errors).toEqual([
      { file: "deep.json", line: 1, message: "nesting deeper than 256 levels" },
    ]);
    expect(only(deepResult, "Q").type).toBe("AWS::SQS::Queue");
  });

  test("a .json file that is not strict JSON is read as YAML, as CloudFormation does", () => {
    const text = "{Resources: {Q: {Type: AWS::SQS::Queue, Properties: {QueueName: q,},},},}\n";
    const result = readTemplate(memorySnapshot({ "t.json": text }), "t.json");
    expect(result.errors).toEqual([]);
    expect(only(result, "Q").properties).toEqual({ QueueName: "q" });
  });

  test("Fn::ForEach resources are expanded (foreach.test.ts has the details)", () => {
    const text = [
      "Transform: AWS::LanguageExtensions",
      "Resources:",
      "  Fn::ForEach::Queues:",
      "    - Name",
      "    - [a, b]",
      "    - Queue${Name}:",
      "        Type: AWS::SQS::Queue",
    ].join("\n");
    const result = readTemplate(memorySnapshot({ "t.yaml": text }), "t.yaml");
    expect(result.errors).toEqual([]);
    expect(result.resources.map((r) => [r.address, r.line])).toEqual([
      ["Queuea", 6],
      ["Queueb", 6],
    ]);
  });
});
