import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const json = async (args: string[]) => {
  const r = await runCli([...args, "--format", "json", "--today", "2026-12-01"]);
  return { status: r.status, report: r.status === 2 ? null : JSON.parse(r.stdout), stderr: r.stderr };
};

describe("--plan: a terraform show -json plan is the exact before/after of its root", () => {
  it("a plan that widens a role's trust from a role to the account root is new access; the role's grant is removed", async () => {
    const dir = "fixtures/terraform-plan/trust-widened";
    const { status, report } = await json([
      "diff",
      "--base",
      dir,
      "--head",
      dir,
      "--plan",
      `${dir}/plan.json`,
    ]);
    expect(status).toBe(1);
    const changes = report.grants
      .filter((g: { classification: string }) => g.classification !== "internal")
      .map((g: { change: string; principal: { id: string }; resource: { file: string; line: number } }) => [
        g.change,
        g.principal.id,
        `${g.resource.file}:${g.resource.line}`,
      ]);
    expect(changes).toEqual([
      ["added", "arn:aws:iam::999988887777:root", "iam.tf:9"],
      ["removed", "arn:aws:iam::999988887777:role/ci-deployer", "iam.tf:9"],
    ]);
    expect(report.notes).toContain(
      'Terraform root "." is read from the plan fixtures/terraform-plan/trust-widened/plan.json; its HCL is not used.',
    );
  });

  it("a missing plan file is a usage error", async () => {
    const r = await runCli(["audit", "fixtures/terraform-plan/trust-widened", "--plan", "nope.json"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--plan file 'nope.json' not found");
  });

  it("a JSON file that is not a plan fails the check naming the file", async () => {
    const { status, report } = await json([
      "audit",
      "fixtures/terraform-plan/trust-widened",
      "--plan",
      "package.json",
    ]);
    expect(status).toBe(1);
    expect(report.errors[0]).toMatchObject({ file: "package.json", blocking: true });
  });
});
