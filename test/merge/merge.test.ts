import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv } from "ajv";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import inventorySchema from "../../schema/inventory.schema.json" with { type: "json" };
import { csvCell } from "../../src/merge/render.js";
import { ROOT, runCli } from "../helpers/cli.js";
import { testRepository } from "../helpers/git.js";

/**
 * `merge` folds the audit reports of fixtures/inventory's three repositories (each audited by the
 * CLI from a real git repository, as the org-inventory workflow's matrix jobs do) into one
 * inventory; fixtures/inventory/expected holds the golden outputs (UPDATE_GOLDEN=1 rewrites them).
 */
const REPOS = ["payments", "platform", "web"] as const;
const GOLDEN = join(ROOT, "fixtures", "inventory", "expected");
let work: string;
const reports: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), "cag-inventory-"));
  for (const name of REPOS) {
    const repo = join(work, name);
    cpSync(join(ROOT, "fixtures", "inventory", name), repo, { recursive: true });
    testRepository(repo, work, {});
    const out = join(work, "reports", `${name}.json`);
    mkdirSync(join(work, "reports"), { recursive: true });
    const r = await runCli(
      [
        "audit",
        "HEAD",
        "--repo",
        repo,
        "--repo-name",
        `acme/${name}`,
        "--format",
        "json",
        "--output",
        out,
        "--today",
        "2026-12-07",
      ],
      repo,
    );
    expect(r.status, r.stderr).toBe(1);
    reports[name] = out;
  }
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function golden(name: string, text: string): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, text);
  }
  expect(existsSync(file), `${name} missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(file, "utf8"));
}

/** `merge` through the CLI in this process: its exit code, stdout and stderr. */
async function merge(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const r = await runCli(["merge", ...args]);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("merge: the CLI on reports of three real git repositories", () => {
  it("writes the golden inventory, valid against schema/inventory.schema.json", async () => {
    const r = await runCli(["merge", join(work, "reports")]);
    expect(r.status, r.stderr).toBe(0);
    golden("inventory.json", r.stdout);
    const inv = JSON.parse(r.stdout);
    const validate = new Ajv({ allErrors: true, strict: false }).compile(inventorySchema);
    expect(validate(inv), JSON.stringify(validate.errors)).toBe(true);
    // The account seen in all three repositories is one principal, unapproved in each.
    const shared = inv.principals.find((p: { id: string }) => p.id === "arn:aws:iam::999988887777:root");
    expect(shared.repositories.map((x: { repository: string }) => x.repository)).toEqual([
      "acme/payments",
      "acme/platform",
      "acme/web",
    ]);
    expect(shared.unapprovedIn).toBe(3);
    // Its expired approval in acme/platform is said where it applies.
    const platform = shared.repositories.find(
      (x: { repository: string }) => x.repository === "acme/platform",
    );
    expect(platform.expiredApproval.expires).toBe("2026-01-31");
    // Public first, then unresolved, then external; Datadog (approved) last.
    expect(inv.principals.map((p: { classification: string }) => p.classification)).toEqual([
      "public",
      "unresolved",
      "external",
      "external",
    ]);
    expect(inv.principals[3]).toMatchObject({ label: "Datadog", unapprovedIn: 0 });
    // Every grant carries its repository and the principals point at inventory grant ids.
    const ids = new Set(inv.grants.map((g: { id: string }) => g.id));
    expect(ids.size).toBe(inv.grants.length);
    for (const p of inv.principals)
      for (const x of p.repositories) for (const id of x.grants) expect(ids.has(id)).toBe(true);
    expect(inv.grants.every((g: { repository: string }) => g.repository.startsWith("acme/"))).toBe(true);
    expect(inv.totals).toMatchObject({
      repositories: 3,
      principals: 4,
      repositoriesWithUnapproved: 3,
      expiredApprovals: 1,
    });
  });

  it("writes the job summary (Markdown) and the CSV, the same bytes to --output as to stdout", async () => {
    const md = await runCli(["merge", ...REPOS.map((n) => reports[n] as string), "--format", "markdown"]);
    expect(md.status, md.stderr).toBe(0);
    golden("inventory.md", md.stdout);
    const csvFile = join(work, "inventory.csv");
    const csv = await runCli(["merge", join(work, "reports"), "--format", "csv", "--output", csvFile]);
    expect(csv.status, csv.stderr).toBe(0);
    golden("inventory.csv", readFileSync(csvFile, "utf8"));
    expect((await runCli(["merge", join(work, "reports"), "--format", "csv"])).stdout).toBe(
      readFileSync(csvFile, "utf8"),
    );
  });

  it("writes SARIF with one run per repository", async () => {
    const r = await runCli(["merge", join(work, "reports"), "--format", "sarif"]);
    expect(r.status, r.stderr).toBe(0);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs.map((run: { automationDetails: { id: string } }) => run.automationDetails.id)).toEqual([
      "cross-account-guard/acme/payments/",
      "cross-account-guard/acme/platform/",
      "cross-account-guard/acme/web/",
    ]);
  });
});

describe("merge: what it refuses", () => {
  it("refuses the same repository twice, naming both files", async () => {
    const r = await merge([reports.web as string, `acme/web=${reports.payments}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("are both reports of acme/web");
  });

  it("refuses a report of another schema version, an inventory, a diff report and a broken one", async () => {
    const base = JSON.parse(readFileSync(reports.web as string, "utf8"));
    const cases: [string, unknown, string][] = [
      ["v2.json", { ...base, schemaVersion: 2 }, "report schemaVersion 2; this version"],
      ["inv.json", { schemaVersion: 1, kind: "inventory" }, "an inventory (the output of merge)"],
      ["diff.json", { ...base, mode: "diff" }, "a diff report; merge takes audit reports"],
      ["bad.json", { ...base, grants: [{ id: "x" }] }, "not a valid report: /grants/0"],
      ["array.json", [], "not a JSON object"],
    ];
    for (const [name, content, message] of cases) {
      const file = join(work, name);
      writeFileSync(file, JSON.stringify(content));
      const r = await merge([file]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toContain(message);
    }
    writeFileSync(join(work, "text.json"), "{ not json");
    expect((await merge([join(work, "text.json")])).stderr).toContain("not JSON");
    expect((await merge([join(work, "missing.json")])).stderr).toContain("no such file");
  });

  it("needs a repository name: from the report, or owner/name=file", async () => {
    const base = JSON.parse(readFileSync(reports.web as string, "utf8"));
    delete base.repository;
    const file = join(work, "anonymous.json");
    writeFileSync(file, JSON.stringify(base));
    const r = await merge([file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("does not name its repository");
    const named = await merge([`acme/anonymous=${file}`]);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout).repositories[0].repository).toBe("acme/anonymous");
    const bad = await merge([`../../etc=${file}`]);
    expect(bad.stderr).toContain("is not owner/name");
  });

  it("refuses unknown formats and an empty folder", async () => {
    expect((await merge([reports.web as string, "--format", "xml"])).stderr).toContain(
      "unknown --format 'xml'",
    );
    const empty = mkdtempSync(join(work, "empty-"));
    expect((await merge([empty])).stderr).toContain("no .json report found");
    expect((await merge(["--bogus"])).code).toBe(2);
  });
});

describe("merge: untrusted text in the outputs", () => {
  it("defuses CSV cells a spreadsheet would run as formulas, and quotes separators", async () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("line\nbreak")).toBe('"line\nbreak"');
    expect(csvCell("arn:aws:iam::1:root")).toBe("arn:aws:iam::1:root");
  });

  it("escapes principals and repository names in the Markdown summary", async () => {
    const base = JSON.parse(readFileSync(reports.platform as string, "utf8"));
    base.repository = "acme/evil";
    base.principals[0].label = "<img src=x onerror=alert(1)> @acme/security";
    const file = join(work, "evil.json");
    writeFileSync(file, JSON.stringify(base));
    const r = await merge([file, "--format", "markdown"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("<img");
    expect(r.stdout).not.toContain("@acme/security");
  });
});
