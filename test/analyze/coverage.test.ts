import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runAudit, runDiff } from "../../src/analyze/analyze.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";
import { memorySnapshot, type Snapshot } from "../../src/sources/snapshot.js";

const ROLE = `resource "aws_iam_role" "r" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::999988887777:root" } }]
  })
}
`;
const SAM = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: { Handler: index.handler, Runtime: nodejs20.x, CodeUri: . }
`;
const CFN = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Q:
    Type: AWS::SQS::Queue
`;

const repo = memorySnapshot({
  "envs/prod/main.tf": `${ROLE}module "vendor" {\n  source  = "acme/vendor/aws"\n  version = "1.0.0"\n}\nvariable "x" {\n  default = "a"\n}\n`,
  "envs/prod/terraform.tfvars": 'x = "b"\nundeclared = 1\n',
  "envs/prod/prod.tfvars": 'x = "c"\n',
  "envs/prod/extra.auto.tfvars": 'x = "d"\n',
  "sam/template.yaml": SAM,
  "cfn/queue.yaml": CFN,
  "cdk.out/manifest.json": JSON.stringify({
    version: "36.0.0",
    artifacts: {
      A: { type: "aws:cloudformation:stack", properties: { templateFile: "A.template.json" } },
      B: { type: "aws:cloudformation:stack", properties: { templateFile: "B.template.json" } },
    },
  }),
  "cdk.out/A.template.json": JSON.stringify({ Resources: { Q: { Type: "AWS::SQS::Queue" } } }),
  "cdk.out/B.template.json": JSON.stringify({ Resources: { Q: { Type: "AWS::SQS::Queue" } } }),
  "docs/example.yaml": CFN,
  "big.tf": new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
});

const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-01" };

describe("coverage: what a report read, and what it skipped and why", () => {
  it("an audit counts files per kind and units, and names what it skipped", async () => {
    const report = await runAudit(repo, { ...options, exclude: ["docs/**"] });
    expect(report.coverage).toEqual({
      files: { terraform: 2, tfvars: 2, plan: 0, cloudformation: 1, sam: 1, cdkAssemblies: 1, cdkStacks: 2 },
      // big.tf (not UTF-8) is a Terraform file of the root folder ""; envs/prod is the other root.
      units: { terraformRoots: 2, templates: 2, cdkAssemblies: 1, plans: 0, read: 5 },
      skipped: [
        { reason: "binary", count: 1, items: ["big.tf: file is not valid UTF-8 text"] },
        { reason: "outside-paths", count: 1, items: ["docs/example.yaml"] },
        {
          reason: "opaque-module",
          count: 1,
          items: ["envs/prod/main.tf:6: module.vendor (acme/vendor/aws)"],
        },
        { reason: "tfvars-not-loaded", count: 1, items: ["envs/prod/prod.tfvars"] },
      ],
      warnings: [],
    });
  });

  it("counts a skipped file by the kind of its read error, not by the error's wording (issue 20 item 6)", async () => {
    const words: Record<string, { error: string; kind?: "too-large" | "not-utf8" }> = {
      "a.tf": { error: "refused: 20 MiB", kind: "too-large" },
      "b.tf": { error: "cannot decode", kind: "not-utf8" },
      "c.tf": { error: "file is too large, says the text, but no kind" },
    };
    const snapshot: Snapshot = {
      paths: Object.keys(words),
      read: (p) => words[p] ?? { error: "file not found" },
    };
    const report = await runAudit(snapshot, options);
    expect(report.coverage?.skipped).toEqual([
      { reason: "too-large", count: 1, items: ["a.tf: refused: 20 MiB"] },
      { reason: "binary", count: 1, items: ["b.tf: cannot decode"] },
      { reason: "unreadable", count: 1, items: ["c.tf: file is too large, says the text, but no kind"] },
    ]);
  });

  it("every note of the Terraform reader reaches the report", async () => {
    const report = await runAudit(repo, options);
    expect(report.notes).toEqual(
      expect.arrayContaining([
        'envs/prod/terraform.tfvars: a value is given for undeclared variable "undeclared"',
        expect.stringContaining(
          "module module.vendor (acme/vendor/aws 1.0.0): no signature and nothing found",
        ),
      ]),
    );
  });

  it("text and Markdown say what was read", async () => {
    const report = await runAudit(repo, { ...options, exclude: ["docs/**"] });
    const read =
      "2 Terraform files, 2 tfvars files, 1 CloudFormation template, 1 SAM template, 1 CDK assembly, 2 CDK stacks; 5 units";
    expect(renderText(report)).toContain(`Read: ${read}`);
    expect(renderText(report)).toContain(
      "Skipped (outside the include/exclude paths): 1\n    docs/example.yaml",
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("<sub>read: 2 Terraform files, 2 tfvars files");
    expect(markdown).toContain("<details><summary>Not read (4)</summary>");
  });

  it("a diff counts the files and units it read, and says how many it did not read", async () => {
    const head = memorySnapshot({ "a/main.tf": ROLE, "b/main.tf": ROLE.replace('"r"', '"s"') });
    const base = memorySnapshot({ "a/main.tf": ROLE });
    const report = await runDiff(base, head, options);
    expect(report.coverage?.files.terraform).toBe(1);
    expect(report.coverage?.units).toEqual({
      terraformRoots: 1,
      templates: 0,
      cdkAssemblies: 0,
      plans: 0,
      read: 1,
    });
    expect(renderText(report)).toContain("Read: 1 Terraform file; 1 unit\n");
    expect(report.notes).toContain("1 file that looks like IaC was not read: the change cannot affect it.");
  });

  it("a diff that touches no IaC reads nothing, and still knows the tree holds IaC (no empty warning)", async () => {
    const base = memorySnapshot({ "a/main.tf": ROLE, "README.md": "# one\n" });
    const head = memorySnapshot({ "a/main.tf": ROLE, "README.md": "# two\n" });
    const report = await runDiff(base, head, { ...options, failOnEmpty: true });
    expect(report.coverage?.units.read).toBe(0);
    expect(report.coverage?.warnings).toEqual([]);
    expect(report.verdict).toBe("pass");
    const nothing = memorySnapshot({ "README.md": "# one\n" });
    const empty = await runDiff(nothing, memorySnapshot({ "README.md": "# two\n" }), {
      ...options,
      failOnEmpty: true,
    });
    expect(empty.coverage?.warnings).toEqual([expect.stringMatching(/^No IaC file was found/)]);
    expect(empty.verdict).toBe("fail");
  });
});

describe("a check that reads nothing is never a silent pass", () => {
  const nothing = memorySnapshot({ "README.md": "# docs\n", "src/app.ts": "export {};\n" });

  it("an audit of a tree with no IaC warns in every format; with failOnEmpty it fails", async () => {
    const report = await runAudit(nothing, options);
    expect(report.verdict).toBe("pass");
    expect(report.coverage?.warnings).toEqual([expect.stringMatching(/^No IaC file was found/)]);
    expect(renderText(report)).toMatch(
      /^Cross-Account Guard audit: PASS, WITH 1 WARNING\nwarning: No IaC file/,
    );
    const markdown = renderMarkdown(report);
    expect(markdown).toContain("## ⚠️ Cross-Account Guard: no external access, 1 warning");
    expect(markdown).toContain("> No IaC file was found");
    expect(markdown).not.toContain("✅");

    const failing = await runAudit(nothing, { ...options, failOnEmpty: true });
    expect(failing.verdict).toBe("fail");
    expect(failing.reasons).toEqual([expect.stringMatching(/^No IaC file was found/)]);
    expect(renderMarkdown(failing)).toContain("## ❌ Cross-Account Guard: nothing was checked");
  });

  it("an include pattern that matches no file warns, even when other patterns match", async () => {
    const report = await runAudit(repo, { ...options, include: ["envs/**", "infra/**"] });
    expect(report.coverage?.warnings).toEqual([
      'The include pattern "infra/**" (--include, paths) matches no file: nothing under it is checked.',
    ]);
  });

  it("a diff warns when neither side holds IaC, not when the change touches none", async () => {
    const quiet = await runDiff(repo, repo, options);
    expect(quiet.coverage?.warnings).toEqual([]);
    const empty = await runDiff(nothing, nothing, { ...options, failOnEmpty: true });
    expect(empty.verdict).toBe("fail");
    // A pattern that matches a file the change deletes is not a misconfiguration.
    const base: Snapshot = memorySnapshot({ "infra/main.tf": ROLE });
    const deleted = await runDiff(base, nothing, { ...options, include: ["infra/**"] });
    expect(deleted.coverage?.warnings).toEqual([]);
  });
});
