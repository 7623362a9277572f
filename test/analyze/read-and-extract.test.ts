// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is CloudFormation interpolation, written literally
import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { readHere, runAudit, runDiff } from "../../src/analyze/analyze.js";
import type { UnitReader } from "../../src/analyze/context.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const TEMPLATE = [
  'AWSTemplateFormatVersion: "2010-09-09"',
  "Parameters:",
  "  Partner: { Type: String }",
  "Resources:",
  "  Q:",
  "    Type: AWS::SQS::Queue",
  "  P:",
  "    Type: AWS::SQS::QueuePolicy",
  "    Properties:",
  "      Queues: [!Ref Q]",
  "      PolicyDocument:",
  "        Statement:",
  "          - Effect: Allow",
  "            Principal: { AWS: !Sub 'arn:aws:iam::${Partner}:root' }",
  "            Action: sqs:SendMessage",
  "            Resource: '*'",
  "",
].join("\n");
const ROOT =
  'resource "aws_sqs_queue_policy" "p" {\n  queue_url = "q"\n  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::111122223333:root" }, Action = "sqs:SendMessage", Resource = "*" }] })\n}\n';

const files = { "cfn/queue.yaml": TEMPLATE, "app/main.tf": ROOT };

/** The in-thread reader, telling what the spine asked of it and when. */
function recording(): { reader: UnitReader; events: string[] } {
  const events: string[] = [];
  const reader: UnitReader = {
    discoveryStarts: (_s, context) => events.push(`${context.kind}: discovery starts (${context.side})`),
    unitsAhead: (_s, units, context) =>
      events.push(`ahead (${context.side}): ${[...units.templates, ...units.terraformRoots].join(" ")}`),
    readAndExtract: (snapshot, units, context) => {
      events.push(
        `read (${context.side}, Partner=${String(context.options.cfnParameters?.Partner)}): ${[...units.templates, ...units.terraformRoots].join(" ")}`,
      );
      return readHere.readAndExtract(snapshot, units, context);
    },
  };
  return { reader, events };
}

describe("readAndExtract: the one seam between discovery and the diff", () => {
  const options = {
    allowlist: EMPTY_ALLOWLIST,
    today: "2026-01-01",
    cfnParameters: { Partner: "444455556666" },
  };

  it("an audit discovers, tells the reader what it found early, then reads every unit through it", async () => {
    const { reader, events } = recording();
    const report = await runAudit(memorySnapshot(files), { ...options, reader });
    expect(events).toEqual([
      "audit: discovery starts (head)",
      "ahead (head): cfn/queue.yaml",
      "read (head, Partner=444455556666): cfn/queue.yaml app",
    ]);
    // Whatever the reader, the same report as the default one.
    expect(report).toEqual(await runAudit(memorySnapshot(files), options));
    expect(report.grants.map((g) => g.principal.id).sort()).toEqual([
      "arn:aws:iam::111122223333:root",
      "arn:aws:iam::444455556666:root",
    ]);
  });

  it("a diff reads the units the change affects, the base with the base's own parameter values", async () => {
    const { reader, events } = recording();
    const head = { ...files, "app/main.tf": ROOT.replace("111122223333", "999988887777") };
    const report = await runDiff(memorySnapshot(files), memorySnapshot(head), {
      ...options,
      baseCfnParameters: { Partner: "777788889999" },
      cfnParameterFiles: [],
      reader,
    });
    // A diff discovers only what its change affects (affected.ts): nothing to tell a reader ahead.
    expect(events).toEqual([
      "read (base, Partner=777788889999): app",
      "read (head, Partner=444455556666): app",
    ]);
    expect(report.grants.map((g) => [g.change, g.principal.id])).toEqual([
      ["added", "arn:aws:iam::999988887777:root"],
      ["removed", "arn:aws:iam::111122223333:root"],
    ]);
  });
});
