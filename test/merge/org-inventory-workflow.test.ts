import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from "@actions/workflow-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
// @ts-expect-error: a plain .mjs script of the workflow, without types
import { batches, MAX_JOBS, repositoriesToAudit } from "../../scripts/org-inventory/matrix.mjs";
import { ROOT } from "../helpers/cli.js";
import { testRepository } from "../helpers/git.js";

/**
 * .github/workflows/org-inventory.yml, the reusable workflow that audits many repositories in a
 * matrix and merges the reports: its YAML checked with GitHub's own workflow parser, and its
 * steps' scripts run here as the jobs run them — the plan (matrix expansion), one audit job per
 * batch against real (local, bare) git repositories, and the merge with its job summary.
 */
const WORKFLOW = join(ROOT, ".github", "workflows", "org-inventory.yml");
const SCRIPTS = join(ROOT, "scripts", "org-inventory");

async function validate(name: string, content: string): Promise<string[]> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    for (const e of template.errors ?? []) errors.push(e.Message);
  }
  return errors;
}

describe("org-inventory.yml against GitHub's workflow schema", () => {
  const text = readFileSync(WORKFLOW, "utf8");

  it("is a valid workflow with workflow_call and workflow_dispatch, and plan → audit → merge", async () => {
    expect(await validate("org-inventory.yml", text)).toEqual([]);
    const wf = parseYaml(text);
    expect(Object.keys(wf.on)).toEqual(["workflow_call", "workflow_dispatch"]);
    expect(Object.keys(wf.jobs)).toEqual(["plan", "audit", "merge"]);
    expect(wf.jobs.audit.strategy["max-parallel"]).toBe("${{ inputs.max-parallel }}");
    expect(wf.jobs.audit.strategy.matrix).toBe("${{ fromJSON(needs.plan.outputs.matrix) }}");
    // The workflow's own token reads nothing but contents; the reading token is a secret.
    expect(wf.permissions).toEqual({ contents: "read" });
    expect(wf.on.workflow_call.secrets.token.required).toBe(true);
  });

  it("the validator catches a broken copy (the check can fail)", async () => {
    const broken = text.replace("runs-on: ubuntu-latest", "runs-onn: ubuntu-latest");
    expect((await validate("broken.yml", broken)).join("\n")).toContain("runs-onn");
  });

  it("every script a step runs exists in the repository", () => {
    for (const m of text.matchAll(/\.guard\/(scripts\/org-inventory\/[\w.-]+)/g)) {
      expect(existsSync(join(ROOT, m[1] as string)), m[1]).toBe(true);
    }
  });
});

describe("plan: the matrix expansion", () => {
  it("takes named and listed repositories once each, skips archived ones, refuses non-names", () => {
    const listed = [
      { nameWithOwner: "acme/web", isArchived: false },
      { nameWithOwner: "acme/old", isArchived: true },
      { nameWithOwner: "acme/platform", isArchived: false },
    ];
    expect(repositoriesToAudit("acme/payments,\nacme/web", listed)).toEqual([
      "acme/payments",
      "acme/platform",
      "acme/web",
    ]);
    expect(() => repositoriesToAudit("acme/web; rm -rf /", [])).toThrow("is not owner/name");
    expect(() => repositoriesToAudit("../x", [])).toThrow("is not owner/name");
  });

  it("never makes more matrix jobs than GitHub runs, and covers every repository once", () => {
    const many = Array.from({ length: 1000 }, (_, i) => `acme/r${String(i).padStart(4, "0")}`);
    const jobs = batches(many) as { batch: number; repositories: string }[];
    expect(jobs).toHaveLength(MAX_JOBS);
    const covered = jobs.flatMap((j) => j.repositories.split(" "));
    expect(covered).toEqual(many);
    expect(batches(["a/b", "c/d"])).toEqual([
      { batch: 1, repositories: "a/b" },
      { batch: 2, repositories: "c/d" },
    ]);
  });
});

describe("the jobs' steps, run here", () => {
  let work: string;
  const names = ["payments", "platform", "web"];

  function run(cmd: string, args: string[], env: Record<string, string> = {}, cwd = work) {
    return spawnSync(cmd, args, {
      cwd,
      encoding: "utf8",
      env: { ...process.env, ...env },
    });
  }

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "cag-org-workflow-"));
    // A stand-in for the server: acme/<name>.git, bare repositories made from the fixtures.
    for (const name of names) {
      const src = join(work, "src", name);
      cpSync(join(ROOT, "fixtures", "inventory", name), src, { recursive: true });
      testRepository(src, work, {});
      mkdirSync(join(work, "server", "acme"), { recursive: true });
      expect(
        run("git", ["clone", "-q", "--bare", src, join(work, "server", "acme", `${name}.git`)]).status,
      ).toBe(0);
    }
  }, 120_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("plan → audit (one job per batch) → merge gives the golden inventory and the job summary", () => {
    const output = join(work, "github-output");
    writeFileSync(output, "");
    const listed = join(work, "listed.json");
    writeFileSync(
      listed,
      JSON.stringify([
        { nameWithOwner: "acme/web", isArchived: false },
        { nameWithOwner: "acme/platform", isArchived: false },
        { nameWithOwner: "acme/missing", isArchived: false },
      ]),
    );
    const plan = run(
      process.execPath,
      [join(SCRIPTS, "matrix.mjs"), "--repositories", "acme/payments", "--listed", listed, "--max-jobs", "2"],
      { GITHUB_OUTPUT: output },
    );
    expect(plan.status, plan.stderr).toBe(0);
    const outputs = Object.fromEntries(
      readFileSync(output, "utf8")
        .trim()
        .split("\n")
        .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
    );
    expect(outputs.count).toBe("4");
    const matrix = JSON.parse(outputs.matrix as string) as {
      include: { batch: number; repositories: string }[];
    };
    expect(matrix.include).toHaveLength(2);

    // Each matrix job: its own artifact folder, as upload-artifact keeps them apart.
    for (const job of matrix.include) {
      const r = run("bash", [join(SCRIPTS, "audit.sh")], {
        REPOSITORIES: job.repositories,
        TOKEN: "not-a-real-token",
        SERVER: `file://${join(work, "server")}`,
        GUARD: ROOT,
        OUT: join(work, "artifacts", `cag-report-${job.batch}`),
      });
      expect(r.status, r.stderr).toBe(0);
    }
    // download-artifact with merge-multiple: every artifact's files in one folder.
    const reports = join(work, "reports");
    for (const dir of readdirSync(join(work, "artifacts")))
      cpSync(join(work, "artifacts", dir), reports, { recursive: true });
    expect(readdirSync(reports).sort()).toEqual([
      "acme__payments.json",
      "acme__platform.json",
      "acme__web.json",
      "failures",
    ]);
    // acme/missing could not be cloned: a failure the summary names, not a lost report.
    expect(readdirSync(join(reports, "failures"))).toEqual(["acme__missing.txt"]);

    const summary = join(work, "summary.md");
    writeFileSync(summary, "");
    const merged = run("bash", [join(SCRIPTS, "merge.sh"), reports, join(work, "inventory"), summary], {
      GUARD: ROOT,
    });
    expect(merged.status, merged.stderr).toBe(0);
    expect(readFileSync(join(work, "inventory", "inventory.json"), "utf8")).toBe(
      readFileSync(join(ROOT, "fixtures", "inventory", "expected", "inventory.json"), "utf8"),
    );
    expect(readFileSync(join(work, "inventory", "inventory.csv"), "utf8")).toBe(
      readFileSync(join(ROOT, "fixtures", "inventory", "expected", "inventory.csv"), "utf8"),
    );
    const sarif = JSON.parse(readFileSync(join(work, "inventory", "inventory.sarif"), "utf8"));
    expect(sarif.runs).toHaveLength(3);
    const text = readFileSync(summary, "utf8");
    expect(text).toContain("## Cross-Account Guard: organisation inventory");
    expect(text).toContain("### Repositories with unapproved access");
    expect(text).toContain("### Expired approvals");
    expect(text).toContain("### Repositories that could not be audited");
    expect(text).toContain("`acme/missing`");
  }, 120_000);
});
