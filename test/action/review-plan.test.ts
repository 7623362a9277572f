import { describe, expect, it } from "vitest";
import { stickyBody } from "../../src/github/pull-request.js";
import { fingerprintsIn, planInlineComments } from "../../src/github/review-plan.js";
import type { Report, ReportGrant, ReportPrincipal } from "../../src/report/types.js";

function grant(id: string, principal: string, file: string, line: number): ReportGrant {
  return {
    id,
    change: "added",
    principal: { type: "AWS", id: principal, accountId: principal.split(":")[4] ?? null },
    classification: "external",
    mechanism: "trust-policy",
    resource: {
      source: "cloudformation",
      file,
      line,
      address: "VendorRole",
      type: "AWS::IAM::Role",
      unit: file,
    },
    actions: ["sts:AssumeRole"],
    conditions: {},
  };
}

function principal(id: string, grants: string[], approved = false): ReportPrincipal {
  return {
    type: "AWS",
    id,
    accountId: id.split(":")[4] ?? null,
    classification: "external",
    approved,
    approval: null,
    grants,
  };
}

const VENDOR = "arn:aws:iam::999988887777:root";
const EVIL = "arn:aws:iam::111122223333:role/`<img src=x>` @here";

function report(): Report {
  const grants = [
    grant("g1", VENDOR, "infra/roles.yaml", 41),
    grant("g2", EVIL, "infra/roles.yaml", 60),
    grant("g3", VENDOR, "infra/x.yaml", 3),
  ];
  return {
    schemaVersion: 1,
    mode: "diff",
    verdict: "fail",
    reasons: ["2 principals with new external access not approved"],
    summary: { newAccess: 2, unapproved: 2, unresolved: 0, removed: 0, grants: 3 },
    principals: [principal(VENDOR, ["g1", "g3"]), principal(EVIL, ["g2"])],
    grants,
    allowlist: { file: null, expired: [], unused: [], warnings: [] },
    errors: [],
    notes: [],
  };
}

describe("planInlineComments", () => {
  const added = (file: string) => new Set(file === "infra/roles.yaml" ? [41, 60] : []);
  const text = (_file: string, line: number) => `      AWS: line ${line}`;

  it("comments on added lines only, and lists the rest for the sticky comment", () => {
    const plan = planInlineComments(report(), added, text);
    expect(plan.comments.map((c) => [c.path, c.line])).toEqual([
      ["infra/roles.yaml", 41],
      ["infra/roles.yaml", 60],
    ]);
    expect(plan.notInline).toEqual([
      { principal: VENDOR, file: "infra/x.yaml", line: 3, why: "not a line this pull request adds" },
    ]);
  });

  it("fingerprints by principal, file and line text, so moved lines keep their fingerprint", () => {
    const a = planInlineComments(report(), added, text).comments[0]!;
    const moved = planInlineComments(
      report(),
      () => new Set([41, 60, 99]),
      (_f, l) => (l === 41 ? "      AWS: line 41" : "other"),
    ).comments[0]!;
    expect(fingerprintsIn(a.body)).toEqual([a.fingerprint]);
    expect(moved.fingerprint).toBe(a.fingerprint);
  });

  it("escapes what came from the repository", () => {
    const body = planInlineComments(report(), added, text).comments[1]!.body;
    // A code span: HTML and mentions are inert in it, and a backtick cannot close it.
    expect(body).toContain("`arn:aws:iam::111122223333:role/ˋ<img src=x>ˋ @here`");
  });

  it("skips approved principals", () => {
    const r = report();
    r.principals = r.principals.map((p) => ({ ...p, approved: true }));
    expect(planInlineComments(r, added, text)).toEqual({ comments: [], notInline: [] });
  });
});

describe("stickyBody", () => {
  it("stays within the character budget with the not-inline section", () => {
    const r = report();
    const many = Array.from({ length: 400 }, (_, i) => ({
      principal: VENDOR,
      file: `f${i}.yaml`,
      line: i,
      why: "x",
    }));
    const body = stickyBody(r, { linkBase: "https://github.com/o/r/blob/abc/" }, many, 20_000);
    expect(body.length).toBeLessThanOrEqual(20_000);
    expect(body).toContain("Not commented inline (400)");
    expect(body.trimEnd().endsWith("</sub>")).toBe(true);
  });
});
