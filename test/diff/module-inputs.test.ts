/**
 * Module-input grants in a diff and an audit: a new statement for an account the call already
 * named is new access; a public policy through the S3 module fails the check; a changed
 * version of an unread module is new.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runAudit, runDiff } from "../../src/analyze/analyze.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-07" };

function bucket(statements: string, replication = true): string {
  return `module "logs" {
  source        = "terraform-aws-modules/s3-bucket/aws"
  version       = "4.1.2"
  bucket        = "acme-logs"
  attach_policy = true
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [${statements}]
  })
${
  replication
    ? `  replication_configuration = {
    role  = "arn:aws:iam::111111111111:role/replication"
    rules = [{ id = "all", status = "Enabled", destination = { bucket = "arn:aws:s3:::replica", account_id = "777788889999" } }]
  }
`
    : ""
}}
`;
}

const READ = `{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::777788889999:root" }, Action = "s3:GetObject", Resource = "*" }`;
const WRITE = `{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::777788889999:root" }, Action = "s3:PutObject", Resource = "*" }`;
const READ_NARROW = `{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::777788889999:root" }, Action = "s3:GetObject", Resource = "*", Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } } }`;

describe("module inputs in a diff", () => {
  it("a statement for the replication destination's account is new access, not deduplicated into it", async () => {
    const base = memorySnapshot({ "main.tf": bucket("") });
    const head = memorySnapshot({ "main.tf": bucket(READ) });
    const report = await runDiff(base, head, options);
    expect(report.verdict).toBe("fail");
    const added = report.grants.filter((g) => g.change === "added");
    expect(added.map((g) => [g.principal.id, g.actions, g.input])).toEqual([
      ["arn:aws:iam::777788889999:root", ["s3:GetObject"], "policy"],
    ]);
  });

  it("another statement for an account the call already names is new access", async () => {
    const base = memorySnapshot({ "main.tf": bucket(READ) });
    const head = memorySnapshot({ "main.tf": bucket(`${READ}, ${WRITE}`) });
    const added = (await runDiff(base, head, options)).grants.filter((g) => g.change === "added");
    expect(added.map((g) => g.actions)).toEqual([["s3:PutObject"]]);
  });

  it("the same account and actions under other conditions are new access", async () => {
    const base = memorySnapshot({ "main.tf": bucket(READ_NARROW) });
    const head = memorySnapshot({ "main.tf": bucket(READ) });
    const report = await runDiff(base, head, options);
    expect(report.grants.filter((g) => g.change === "added")).toHaveLength(1);
    expect(report.grants.filter((g) => g.change === "removed")).toHaveLength(1);
  });

  it("a changed version of a module nothing was found in is new", async () => {
    const call = (ref: string) =>
      `module "x" {\n  source = "git::https://github.com/someone/tf-thing.git?ref=${ref}"\n  name = "x"\n}\n`;
    const report = await runDiff(
      memorySnapshot({ "main.tf": call("v1.0.0") }),
      memorySnapshot({ "main.tf": call("v1.1.0") }),
      options,
    );
    expect(report.grants.map((g) => [g.change, g.classification])).toEqual([
      ["added", "unresolved"],
      ["removed", "unresolved"],
    ]);
  });
});

describe("module inputs in an audit", () => {
  it("Principal = * through the S3 module is public access and fails the check; the call is in the notes", async () => {
    const report = await runAudit(
      memorySnapshot({
        "main.tf": bucket(
          `{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "arn:aws:s3:::acme-logs/*" }`,
          false,
        ),
      }),
      options,
    );
    expect(report.verdict).toBe("fail");
    expect(report.grants.map((g) => [g.principal.id, g.classification, g.resource.type])).toEqual([
      ["*", "public", "aws_s3_bucket_policy"],
    ]);
    expect(
      report.notes.some((n) =>
        n.startsWith(
          "main.tf:1: module module.logs (terraform-aws-modules/s3-bucket/aws 4.1.2): read by signature",
        ),
      ),
    ).toBe(true);
  });
});
