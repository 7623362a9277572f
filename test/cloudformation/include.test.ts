import { describe, expect, test } from "vitest";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { grantRows, grantsOf, read } from "./helpers.js";

describe("AWS::Include with a local Location (before aws cloudformation package)", () => {
  test("resources and values are spliced in at the line of the Fn::Transform; an S3 snippet stays unknown", () => {
    const result = read("include");
    expect(result.errors).toEqual([]);
    expect(result.files).toEqual(["template.yaml", "snippets/roles.yaml", "snippets/queue-policy.json"]);
    expect(result.notes).toEqual([
      "template.yaml:23: AWS::Include of s3://bucket/policy.json: the snippet is not in the repository, not analysed",
    ]);
    expect(result.resources.map((r) => [r.address, r.line])).toEqual([
      ["Queue", 3],
      ["AuditRole", 5],
      ["QueuePolicy", 9],
      ["Remote", 18],
    ]);
    expect(grantRows(grantsOf(result).grants)).toEqual([
      {
        address: "AuditRole",
        principal: "arn:aws:iam::222222222222:root",
        classification: "external",
        line: 5,
      },
      {
        address: "QueuePolicy",
        principal: "arn:aws:iam::333333333333:root",
        classification: "external",
        line: 14,
      },
      {
        address: "Remote",
        principal:
          '${Fn::Transform {"Name":"AWS::Include","Parameters":{"Location":"s3://bucket/policy.json"}}}',
        classification: "unresolved",
        line: 22,
      },
    ]);
  });

  test("a snippet that includes itself, or that is missing, is an error", () => {
    const snapshot = memorySnapshot({
      "t.yaml": [
        "Resources:",
        "  Fn::Transform:",
        "    Name: AWS::Include",
        "    Parameters: { Location: loop.yaml }",
        "  Q:",
        "    Type: AWS::SQS::QueuePolicy",
        "    Properties:",
        "      Queues: [q]",
        "      PolicyDocument:",
        "        Fn::Transform: { Name: AWS::Include, Parameters: { Location: gone.json } }",
      ].join("\n"),
      "loop.yaml": [
        "T:",
        "  Type: AWS::SNS::Topic",
        "Fn::Transform:",
        "  Name: AWS::Include",
        "  Parameters: { Location: loop.yaml }",
      ].join("\n"),
    });
    const result = readTemplate(snapshot, "t.yaml");
    expect(result.errors).toEqual([
      { file: "t.yaml", line: 2, message: "AWS::Include of loop.yaml includes itself: not followed" },
      { file: "t.yaml", line: 10, message: "AWS::Include of gone.json: file not found" },
    ]);
    expect(result.resources.map((r) => r.address)).toEqual(["T", "Q"]);
    // The policy that could not be included is unknown: its grant is unresolved, not dropped.
    expect(grantsOf(result).grants.map((g) => g.classification)).toEqual(["unresolved"]);
  });
});
