/**
 * CDK grants in the comment: named by their construct path (aws:cdk:path), linked to the template
 * only when it is committed, and suggested for approval by construct path, not by the logical id
 * whose hash changes with the construct tree.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderSarif } from "../../src/report/sarif.js";
import type { Report } from "../../src/report/types.js";

function cdkReport(): Report {
  return {
    schemaVersion: 1,
    mode: "diff",
    verdict: "fail",
    reasons: ["1 principal with new external access not approved: arn:aws:iam::999988887777:root"],
    summary: { newAccess: 1, unapproved: 1, unresolved: 0, removed: 0, grants: 1 },
    principals: [
      {
        type: "AWS",
        id: "arn:aws:iam::999988887777:root",
        accountId: "999988887777",
        classification: "external",
        approved: false,
        approval: null,
        grants: ["g1"],
      },
    ],
    grants: [
      {
        id: "g1",
        change: "added",
        principal: { type: "AWS", id: "arn:aws:iam::999988887777:root", accountId: "999988887777" },
        classification: "external",
        mechanism: "trust-policy",
        resource: {
          source: "cdk",
          file: "cdk.out/Billing.template.json",
          line: 12,
          address: "ExportRoleA1B2C3D4",
          type: "AWS::IAM::Role",
          unit: "cdk.out",
          stack: "Billing",
          constructPath: "Billing/ExportRole/Resource",
        },
        actions: ["sts:AssumeRole"],
        conditions: {},
      },
    ],
    allowlist: { file: null, expired: [], unused: [], warnings: [] },
    errors: [],
    notes: [],
  };
}

const linkBase = "https://github.com/acme/infra/blob/abc/";

describe("CDK grants in the comment", () => {
  it("a synthesized cdk-out: the construct path, no link, and the construct path as resources scope", () => {
    const body = renderMarkdown(cdkReport(), { linkBase, notCommitted: ["cdk.out"] });
    expect(body).toContain(
      "- **`Billing/ExportRole/Resource`** (logical id `ExportRoleA1B2C3D4`) (stack `Billing`) · AWS::IAM::Role · `cdk.out/Billing.template.json:12` (synthesized, not committed)",
    );
    expect(body).not.toContain(`${linkBase}cdk.out`);
    expect(body).toContain('    resources: ["Billing/ExportRole/Resource"]');
  });

  it("a committed cdk.out is linked", () => {
    const body = renderMarkdown(cdkReport(), { linkBase });
    expect(body).toContain(`(${linkBase}cdk.out/Billing.template.json#L12)`);
  });

  it("SARIF: a synthesized template is a logical location only", () => {
    const sarif = JSON.parse(renderSarif(cdkReport(), "0.0.0", { notCommitted: ["cdk.out"] }));
    expect(sarif.runs[0].results[0].locations).toEqual([
      { logicalLocations: [{ fullyQualifiedName: "Billing/ExportRole/Resource", kind: "resource" }] },
    ]);
  });
});

describe("SARIF", () => {
  it("rules carry help, a helpUri to the README and a security-severity; unreadable files are notifications", () => {
    const report = cdkReport();
    report.errors = [{ file: "infra/broken.tf", line: 3, message: "unexpected token", blocking: true }];
    const run = JSON.parse(renderSarif(report, "0.0.0")).runs[0];
    const rules = run.tool.driver.rules as {
      id: string;
      help: { text: string; markdown: string };
      helpUri: string;
      properties: Record<string, unknown>;
    }[];
    expect(rules.map((r) => [r.id, r.properties["security-severity"]])).toEqual([
      ["CAG001", "9.1"],
      ["CAG004", "8.5"],
      ["CAG003", "8.0"],
      ["CAG002", "7.5"],
    ]);
    for (const r of rules) {
      expect(r.help.text.length).toBeGreaterThan(50);
      expect(r.help.markdown).toContain("`approvals:`");
      expect(r.helpUri).toMatch(/#cag00\d-[a-z-]+$/);
    }
    expect(run.results[0].locations).toHaveLength(1);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      "cdk.out/Billing.template.json",
    );
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: "error",
            message: { text: "infra/broken.tf:3 could not be analysed: unexpected token" },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: "infra/broken.tf" }, region: { startLine: 3 } },
              },
            ],
          },
        ],
      },
    ]);
  });

  it("every rule's helpUri names a section of the README", () => {
    const readme = readFileSync(join(import.meta.dirname, "..", "..", "README.md"), "utf8");
    const anchors = new Set(
      [...readme.matchAll(/^#+ (.+)$/gm)].map((m) =>
        m[1]!
          .toLowerCase()
          .replace(/[^a-z0-9 -]/g, "")
          .replace(/ /g, "-"),
      ),
    );
    const rules = JSON.parse(renderSarif(cdkReport(), "0.0.0")).runs[0].tool.driver.rules as {
      helpUri: string;
    }[];
    for (const r of rules) expect(anchors).toContain(r.helpUri.split("#")[1]);
  });

  it("one location per grant", () => {
    const report = cdkReport();
    const second = { ...report.grants[0]!, id: "g2", resource: { ...report.grants[0]!.resource, line: 40 } };
    report.grants.push(second);
    report.principals[0]!.grants.push("g2");
    const result = JSON.parse(renderSarif(report, "0.0.0")).runs[0].results[0];
    expect(
      result.locations.map(
        (l: { physicalLocation: { region: { startLine: number } } }) => l.physicalLocation.region.startLine,
      ),
    ).toEqual([12, 40]);
  });
});
