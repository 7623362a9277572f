/**
 * A role widened in place (issue 19): the trust policy is as it was, but the role an outside
 * account already assumes can do more — that is new access for the account, and an approval
 * scoped to actions must cover what the role can do.
 */
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { type Allowlist, EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runDiff } from "../../src/analyze/analyze.js";
import { roleWidened } from "../../src/diff/role-widening.js";
import type { RoleAccess } from "../../src/model/types.js";
import { renderText } from "../../src/report/text.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

function role(actions: string, managed = ""): string {
  return `
resource "aws_iam_role" "vendor" {
  name = "vendor"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::999988887777:root" }, Action = "sts:AssumeRole" }]
  })
}
resource "aws_iam_role_policy" "data" {
  role   = aws_iam_role.vendor.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ${actions}, Resource = "*" }] })
}
${managed}`;
}

function allowlist(actions: string): Allowlist {
  const parsed = parseAllowlist(
    ".github/cross-account-guard.yml",
    `approvals:
  - principal: "999988887777"
    reason: vendor reads the data bucket
    approved_by: "@acme/security"
    actions: ${actions}
`,
  );
  if (!("allowlist" in parsed)) throw new Error(JSON.stringify(parsed.errors));
  return parsed.allowlist;
}

const diff = (before: string, after: string, list: Allowlist = EMPTY_ALLOWLIST) =>
  runDiff(memorySnapshot({ "main.tf": before }), memorySnapshot({ "main.tf": after }), {
    allowlist: list,
    today: "2026-12-07",
  });

describe("a role widened in place", () => {
  it("gaining s3:* is new access for the account that already assumes it: the check fails", async () => {
    const report = await diff(role(`"s3:GetObject"`), role(`"s3:*"`));
    expect(report.verdict).toBe("fail");
    expect(report.principals.map((p) => [p.id, p.approved])).toEqual([
      ["arn:aws:iam::999988887777:root", false],
    ]);
    const [g] = report.grants;
    expect(g?.change).toBe("added");
    expect(g?.roleWidenedFrom?.levels).toEqual({ Read: 1 });
    expect(g?.roleAccess?.actionCount).toBe(180);
    expect(renderText(report)).toContain("(widened by this change; it could: Read — 1 action)");
  });

  it("narrowing the role, or leaving it as it was, is not new access", async () => {
    expect((await diff(role(`"s3:*"`), role(`"s3:GetObject"`))).verdict).toBe("pass");
    expect((await diff(role(`"s3:Get*"`), role(`["s3:GetObject", "s3:GetObjectVersion"]`))).verdict).toBe(
      "pass",
    );
    const same = await diff(role(`"s3:GetObject"`), `${role(`"s3:GetObject"`)}\n# touched\n`);
    expect(same.grants.map((g) => g.change)).toEqual(["unchanged"]);
  });

  it("an AWS managed policy attached in the change widens the role", async () => {
    const attach = `resource "aws_iam_role_policy_attachment" "ro" {
  role       = aws_iam_role.vendor.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}`;
    const report = await diff(role(`"s3:GetObject"`), role(`"s3:GetObject"`, attach));
    expect(report.verdict).toBe("fail");
    expect(report.grants[0]?.roleAccess?.managed).toEqual(["ReadOnlyAccess"]);
  });

  it("an approval scoped to actions must cover the role's actions too", async () => {
    const before = role(`"s3:GetObject"`);
    const after = role(`"s3:*"`);
    const narrow = allowlist(`["sts:AssumeRole", "s3:GetObject"]`);
    const wide = allowlist(`["sts:AssumeRole", "s3:*"]`);
    const assumeOnly = allowlist(`["sts:AssumeRole"]`);
    expect((await diff(before, after, narrow)).verdict).toBe("fail");
    expect((await diff(before, after, wide)).verdict).toBe("pass");
    // Even with nothing widened, a new trust to a role that can read data is not covered by sts:AssumeRole alone.
    const noRole = role(`"s3:GetObject"`).replace(
      /"arn:aws:iam::999988887777:root"/,
      '"arn:aws:iam::111122223333:root"',
    );
    expect((await diff(noRole, before, assumeOnly)).verdict).toBe("fail");
    expect((await diff(noRole, before, narrow)).verdict).toBe("pass");
  });
});

describe("roleWidened", () => {
  const access = (over: Partial<RoleAccess>): RoleAccess => ({
    levels: {},
    actionCount: 0,
    policies: [],
    actions: [],
    ...over,
  });
  it("compares what the actions expand to, not how they are written", () => {
    expect(roleWidened(access({ actions: ["s3:Get*"] }), access({ actions: ["s3:GetObject"] }))).toBe(false);
    expect(roleWidened(access({ actions: ["s3:GetObject"] }), access({ actions: ["s3:Get*"] }))).toBe(true);
    expect(roleWidened(access({ actions: ["s3:*"] }), access({ actions: ["S3:PUTOBJECT"] }))).toBe(false);
  });
  it("sees NotAction, new managed policies and new unresolved policies as wider", () => {
    expect(roleWidened(access({ actions: ["s3:*"] }), access({ notActions: ["iam:*"] }))).toBe(true);
    expect(roleWidened(access({ notActions: ["iam:*"] }), access({ actions: ["s3:*"] }))).toBe(false);
    expect(roleWidened(access({}), access({ managed: ["ReadOnlyAccess"] }))).toBe(true);
    expect(
      roleWidened(access({ managed: ["ReadOnlyAccess"] }), access({ managed: ["ReadOnlyAccess"] })),
    ).toBe(false);
    expect(roleWidened(access({}), access({ unresolved: ["$" + "{var.policy}"] }))).toBe(true);
  });
});
