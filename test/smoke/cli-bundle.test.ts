/**
 * Smoke tests of the built CLI (dist/cli.js, rebuilt first when src/ changed: test/global-setup.ts)
 * run as a real process, as users run it: the same bytes and exit code as runCli in this process,
 * for the demo diff and an audit of a git revision. The behaviour itself is tested in-process
 * (test/cli/, test/cdk/cli.test.ts, test/merge/).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runBuiltCli, runCli } from "../helpers/cli.js";
import { testRepository } from "../helpers/git.js";

const tmp = mkdtempSync(join(tmpdir(), "cag-smoke-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const DEMO = [
  "diff",
  "--base",
  "fixtures/demo/base",
  "--head",
  "fixtures/demo/head",
  "--allowlist",
  "fixtures/demo/allowlist.yml",
  "--today",
  "2026-12-01",
];

describe("dist/cli.js as a real process", () => {
  it("the demo diff: the verdict's exit code and the report of runCli, byte for byte", async () => {
    for (const format of ["markdown", "json"]) {
      const args = [...DEMO, "--format", format];
      const built = runBuiltCli(args);
      expect(built.status, built.stderr).toBe(1);
      expect(built.stdout).toContain("arn:aws:iam::");
      expect(built).toEqual(await runCli(args));
    }
  });

  it("audit HEAD --repo of a git repository, run from elsewhere", async () => {
    const repo = testRepository(join(tmp, "repo"), tmp, {
      "infra/vendor.tf": `resource "aws_iam_role" "vendor" {
  name = "vendor"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::999988887777:root" } }]
  })
}
`,
    });
    const args = ["audit", "HEAD", "--repo", repo.dir, "--format", "json", "--today", "2026-12-01"];
    const built = runBuiltCli(args, tmp);
    expect(built.status, built.stderr).toBe(1);
    const report = JSON.parse(built.stdout);
    expect(report.principals.map((p: { id: string }) => p.id)).toEqual(["arn:aws:iam::999988887777:root"]);
    expect(report.grants.map((g: { resource: { file: string } }) => g.resource.file)).toEqual([
      "infra/vendor.tf",
    ]);
    expect(built).toEqual(await runCli(args, tmp));
  });

  it("--version and --help", async () => {
    for (const args of [["--version"], ["--help"]]) {
      const built = runBuiltCli(args);
      expect(built.status).toBe(0);
      expect(built).toEqual(await runCli(args));
    }
  });
});
