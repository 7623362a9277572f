import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { decide } from "../../src/decide/decide.js";
import { diffGrants } from "../../src/diff/diff.js";
import type { Grant } from "../../src/model/types.js";
import { buildReport, type ReportInput } from "../../src/report/build.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { renderText } from "../../src/report/text.js";

const reportOf = (input: ReportInput) => buildReport(input, decide(input));

const vendor = (conditions: Grant["conditions"]): Grant => ({
  principal: { type: "AWS", id: "arn:aws:iam::999988887777:root", accountId: "999988887777" },
  classification: "external",
  mechanism: "trust-policy",
  resource: {
    source: "terraform",
    file: "vendor.tf",
    line: 4,
    address: "aws_iam_role.vendor",
    type: "aws_iam_role",
    target: "aws_iam_role.vendor",
    unit: "",
  },
  actions: ["sts:AssumeRole"],
  conditions,
});

describe("reports say why a grant the base already had is new", () => {
  it("names the weakened condition in JSON, text and Markdown", () => {
    const report = reportOf({
      mode: "diff",
      grants: diffGrants([vendor({ StringEquals: { "sts:ExternalId": "vendor-42" } })], [vendor({})]),
      errors: [],
      allowlist: EMPTY_ALLOWLIST,
      today: "2026-12-01",
      failOnUnresolved: true,
    });
    expect(report.verdict).toBe("fail");
    expect(report.grants.map((g) => [g.change, g.widened])).toEqual([
      ["added", ['StringEquals sts:ExternalId "vendor-42" removed']],
    ]);
    expect(renderText(report)).toContain('[weakened: StringEquals sts:ExternalId "vendor-42" removed]');
    const md = renderMarkdown(report);
    expect(md).toContain("  - **Weakened**: `StringEquals sts:ExternalId");
    expect(md).toContain("vendor-42");
  });
});
