import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT, runCli } from "../helpers/cli.js";

/**
 * --cdk-out / --cdk-out-base: synth outputs outside the analysed tree (as CI produces them) are
 * mounted into the head and base snapshots. basic-base is app (a) synthesised before its partner
 * invoke and key grant were added (fixtures/cdk/apps/synth.sh).
 */
// CAG_CLI runs another build of the CLI (a bundle made elsewhere) with the same tests; by default
// the CLI of src/ runs in this process.
async function cli(args: string[]) {
  if (!process.env.CAG_CLI) return runCli(args);
  const r = spawnSync(process.execPath, [process.env.CAG_CLI, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const REPO = "fixtures/cdk/cli/repo";
const HEAD_OUT = "fixtures/cdk/basic/cdk.out";
const BASE_OUT = "fixtures/cdk/basic-base/cdk.out";

interface ReportGrant {
  change: string;
  principal: { id: string };
  classification: string;
  resource: { file: string; line: number; constructPath?: string; stack?: string; unit: string };
}

describe("CLI --cdk-out and --cdk-out-base", () => {
  it("diff: grants the head's synth output adds are new access, at their template lines and construct paths", async () => {
    const r = await cli([
      "diff",
      ...["--base", REPO, "--head", REPO],
      ...["--cdk-out", HEAD_OUT, "--cdk-out-base", BASE_OUT],
      ...["--format", "json", "--today", "2026-12-01"],
    ]);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { verdict: string; grants: ReportGrant[]; errors: unknown[] };
    expect(report.errors).toEqual([]);
    const added = report.grants.filter((g) => g.change === "added");
    expect(
      added.map((g) => [
        g.principal.id,
        g.classification,
        `${g.resource.file}:${g.resource.line}`,
        g.resource.constructPath,
        g.resource.stack,
        g.resource.unit,
      ]),
    ).toEqual([
      [
        "arn:aws:iam::444455556666:root",
        "external",
        "cdk.out/GrantsStack.template.json:151",
        "GrantsStack/Handler/PartnerInvoke",
        "GrantsStack",
        "GrantsStack",
      ],
      [
        "arn:aws:iam::777766665555:role/Reader",
        "external",
        "cdk.out/GrantsStack.template.json:238",
        "GrantsStack/SharedKey/Resource",
        "GrantsStack",
        "GrantsStack",
      ],
    ]);
    // The rest of the app was already there: unchanged, even though its lines moved.
    expect(report.grants.filter((g) => g.change === "unchanged")).toHaveLength(7);
    expect(report.grants.filter((g) => g.change === "removed")).toEqual([]);
  });

  it("diff without --cdk-out-base warns that the whole assembly counts as new", async () => {
    const r = await cli(["diff", "--base", REPO, "--head", REPO, "--cdk-out", HEAD_OUT, "--format", "json"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--cdk-out without --cdk-out-base/);
    const report = JSON.parse(r.stdout) as { grants: ReportGrant[] };
    expect(report.grants.every((g) => g.change === "added")).toBe(true);
  });

  it("audit reads the mounted synth output, inside the audited folder, with paths from the repository root", async () => {
    const r = await cli(["audit", REPO, "--cdk-out", HEAD_OUT, "--format", "json", "--today", "2026-12-01"]);
    expect(r.status, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { grants: ReportGrant[]; summary: { grants: number } };
    expect(report.summary.grants).toBe(9);
    expect(new Set(report.grants.map((g) => g.resource.file))).toEqual(
      new Set(["fixtures/cdk/cli/repo/cdk.out/GrantsStack.template.json"]),
    );
  });

  it.each([
    [["diff", "--base", REPO, "--head", REPO, "--cdk-out-base", BASE_OUT], /--cdk-out-base needs --cdk-out/],
    [["diff", "--base", REPO, "--head", REPO, "--cdk-out", "fixtures/cdk/none"], /is not a directory/],
    [["audit", REPO, "--cdk-out", HEAD_OUT, "--cdk-out-base", BASE_OUT], /--cdk-out-base is for diff/],
  ])("usage errors exit 2: %j", async (args, message) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe("a CDK stack with nothing to deploy", () => {
  it("is not an error: the audit of an assembly whose only stack has no resources passes", async () => {
    const r = await cli(["audit", "fixtures/cdk/empty-stack", "--format", "json", "--today", "2026-12-01"]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { verdict: string; errors: unknown[] };
    expect(report.errors).toEqual([]);
    expect(report.verdict).toBe("pass");
  });
});
