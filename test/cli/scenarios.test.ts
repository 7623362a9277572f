import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import reportSchema from "../../schema/report.schema.json" with { type: "json" };
import type { ReportGrant } from "../../src/report/types.js";
import { ROOT, runCli } from "../helpers/cli.js";

/**
 * Each folder under fixtures/scenarios is a behaviour: base/ and head/ (or audit/), an allowlist,
 * scenario.json with the hand-written expectations (exit code, verdict, the exact principals) and
 * expected.json, the golden report (UPDATE_GOLDEN=1 rewrites it).
 */
const DIR = join(ROOT, "fixtures", "scenarios");

interface Scenario {
  description: string;
  command: "diff" | "audit";
  args?: string[];
  expect: {
    exit: number;
    verdict?: "pass" | "fail";
    principals?: { id: string; classification: string; approved: boolean }[];
    errorFiles?: string[];
    stderr?: string;
    /** The allowlist warnings, exactly. */
    allowlistWarnings?: string[];
    /** The added grants, with why an identity the base already had is new. */
    added?: { id: string; target?: string; widened?: string[]; inputsChanged?: string[] }[];
  };
}

const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

describe.each(readdirSync(DIR).sort())("scenario %s", (name) => {
  const dir = join(DIR, name);
  const scenario = JSON.parse(readFileSync(join(dir, "scenario.json"), "utf8")) as Scenario;
  const rel = (p: string) => join("fixtures", "scenarios", name, p);
  const allowlist = existsSync(join(dir, "allowlist.yml")) ? ["--allowlist", rel("allowlist.yml")] : [];
  const args =
    scenario.command === "diff"
      ? ["diff", "--base", rel("base"), "--head", rel("head"), ...allowlist]
      : ["audit", rel("repo"), ...allowlist];
  const run = () => runCli([...args, "--format", "json", "--today", "2026-12-01", ...(scenario.args ?? [])]);

  it(scenario.description, async () => {
    const r = await run();
    if (scenario.expect.stderr) expect(r.stderr).toMatch(new RegExp(scenario.expect.stderr));
    expect(r.status, r.stderr).toBe(scenario.expect.exit);
    if (scenario.expect.exit === 2) return;
    const report = JSON.parse(r.stdout);
    expect(validateReport(report), JSON.stringify(validateReport.errors)).toBe(true);
    expect(report.verdict).toBe(scenario.expect.verdict);
    if (scenario.expect.principals) {
      const got = report.principals.map((p: { id: string; classification: string; approved: boolean }) => ({
        id: p.id,
        classification: p.classification,
        approved: p.approved,
      }));
      expect(got).toEqual(scenario.expect.principals);
    }
    if (scenario.expect.errorFiles) {
      expect([...new Set(report.errors.map((e: { file: string }) => e.file))]).toEqual(
        scenario.expect.errorFiles,
      );
    }
    if (scenario.expect.allowlistWarnings)
      expect(report.allowlist.warnings).toEqual(scenario.expect.allowlistWarnings);
    if (scenario.expect.added) {
      const added = report.grants
        .filter((g: { change: string }) => g.change === "added")
        .map((g: ReportGrant) => ({
          id: g.principal.id,
          target: g.resource.target,
          ...(g.widened ? { widened: g.widened } : {}),
          ...(g.inputsChanged ? { inputsChanged: g.inputsChanged } : {}),
        }));
      expect(added).toEqual(scenario.expect.added);
    }
    const golden = join(dir, "expected.json");
    if (process.env.UPDATE_GOLDEN) writeFileSync(golden, r.stdout);
    expect(existsSync(golden), "expected.json missing: run with UPDATE_GOLDEN=1 and review it").toBe(true);
    expect(r.stdout).toBe(readFileSync(golden, "utf8"));
  });
});
