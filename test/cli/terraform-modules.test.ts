/**
 * --terraform-modules: the module code `terraform init -backend=false` put in a root's
 * .terraform/modules (git-ignored, never committed) is mounted into the revisions the CLI reads
 * from git. Real processes, a real repository per test.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { testRepository } from "../helpers/git.js";

const tmp = mkdtempSync(join(tmpdir(), "cag-cli-tfmod-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A root calling a registry module that has no signature; `version` is what the call asks for. */
const ROOT_TF = (version: string, name = "orders") => `module "queue" {
  source  = "example-org/partner-queue/aws"
  version = "${version}"

  name = "${name}"
}
`;

/** The module's code as init downloads it: the queue policy trusts the partner from inside. */
const MODULE_TF = `variable "name" {
  type = string
}

locals {
  partner_account = "135791357913"
}

resource "aws_sqs_queue" "this" {
  name = var.name
}

resource "aws_sqs_queue_policy" "this" {
  queue_url = aws_sqs_queue.this.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::\${local.partner_account}:root" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.this.arn
    }]
  })
}
`;

const MODULES_JSON = (version: string) =>
  JSON.stringify({
    Modules: [
      { Key: "", Source: "", Dir: "." },
      {
        Key: "queue",
        Source: "registry.terraform.io/example-org/partner-queue/aws",
        Version: version,
        Dir: ".terraform/modules/queue",
      },
    ],
  });

let repos = 0;
function repository(files: Record<string, string>) {
  const { dir, write, commit, git } = testRepository(join(tmp, `repo-${++repos}`), tmp, {
    ".gitignore": ".terraform/\n",
    ...files,
  });
  /** What `terraform init -backend=false` in infra/ leaves behind (not committed). */
  const init = (version: string) =>
    write({
      "infra/.terraform/modules/modules.json": MODULES_JSON(version),
      "infra/.terraform/modules/queue/main.tf": MODULE_TF,
    });
  return { dir, commit, init, git };
}

const json = async (args: string[], cwd: string) => {
  const r = await runCli([...args, "--format", "json", "--today", "2026-12-01"], cwd);
  return { ...r, report: r.status === 2 ? null : JSON.parse(r.stdout) };
};
type Principal = { id: string; classification: string };
type Grant = { principal: { id: string }; resource: { address: string; file: string; line: number } };

describe("--terraform-modules", () => {
  it("audit HEAD: the call is read from the downloaded code, not as one unresolved grant", async () => {
    const repo = repository({ "infra/main.tf": ROOT_TF("1.0.0") });
    repo.init("1.0.0");
    // The commit holds no .terraform: without the flag the call is opaque and unresolved.
    const without = await json(["audit", "HEAD"], repo.dir);
    expect(without.status, without.stderr).toBe(1);
    expect(without.report.principals.map((p: Principal) => [p.id, p.classification])).toEqual([
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the rendered form of a symbolic value, asserted literally
      ["${module module.queue (example-org/partner-queue/aws 1.0.0)}", "unresolved"],
    ]);
    const withModules = await json(["audit", "HEAD", "--terraform-modules"], repo.dir);
    expect(withModules.status, withModules.stderr).toBe(1);
    expect(withModules.report.principals.map((p: Principal) => [p.id, p.classification])).toEqual([
      ["arn:aws:iam::135791357913:root", "external"],
    ]);
    const grant = withModules.report.grants.find(
      (g: Grant) => g.principal.id === "arn:aws:iam::135791357913:root",
    ) as Grant;
    expect(grant.resource).toMatchObject({
      address: "module.queue.aws_sqs_queue_policy.this",
      file: "infra/.terraform/modules/queue/main.tf",
      // The line that names the account, inside the downloaded code.
      line: 6,
    });
  });

  it("diff: the modules go into both sides; an input change is no new access", async () => {
    const repo = repository({ "infra/main.tf": ROOT_TF("1.0.0") });
    repo.commit({ "infra/main.tf": ROOT_TF("1.0.0", "orders-eu") });
    repo.init("1.0.0");
    const r = await json(["diff", "--base", "HEAD~1", "--head", "HEAD", "--terraform-modules"], repo.dir);
    expect(r.status, r.stdout).toBe(0);
    expect(r.report.principals).toEqual([]);
  });

  it("diff: a base asking for another version than the one downloaded is not read with the head's code", async () => {
    const repo = repository({ "infra/main.tf": ROOT_TF("1.0.0") });
    repo.commit({ "infra/main.tf": ROOT_TF("2.0.0") });
    repo.init("2.0.0");
    const r = await json(["diff", "--base", "HEAD~1", "--head", "HEAD", "--terraform-modules"], repo.dir);
    // The head's grant from inside the module is new: had the base (1.0.0) been read with the
    // head's code (2.0.0), the grant would be in both and the check would pass.
    expect(r.status, r.stdout).toBe(1);
    expect(r.report.principals.map((p: Principal) => p.id)).toEqual(["arn:aws:iam::135791357913:root"]);
  });

  it("audit: code downloaded for another version than the call asks for is not read, and the note says so", async () => {
    const repo = repository({ "infra/main.tf": ROOT_TF("1.0.0") });
    repo.init("2.0.0");
    const r = await json(["audit", "HEAD", "--terraform-modules"], repo.dir);
    expect(r.status, r.stdout).toBe(1);
    expect(r.report.principals.map((p: Principal) => p.classification)).toEqual(["unresolved"]);
    expect(r.report.notes).toContain(
      'infra/main.tf:1: module "queue": .terraform/modules/modules.json holds version 2.0.0, the call asks for "1.0.0"; its code is not read',
    );
  });

  it("refuses symbolic links in the mounted folder and a bare repository", async () => {
    const repo = repository({ "infra/main.tf": ROOT_TF("1.0.0") });
    repo.init("1.0.0");
    writeFileSync(join(tmp, "outside.tf"), 'resource "aws_sqs_queue" "outside" {}\n');
    symlinkSync(join(tmp, "outside.tf"), join(repo.dir, "infra/.terraform/modules/queue/outside.tf"));
    const r = await json(["audit", "HEAD", "--terraform-modules"], repo.dir);
    expect(r.report.errors).toContainEqual(
      expect.objectContaining({
        file: "infra/.terraform/modules/queue/outside.tf",
        message: expect.stringContaining("symbolic link in infra/.terraform/modules; not followed"),
      }),
    );
    expect(JSON.stringify(r.report.grants)).not.toContain("outside");
    const bare = join(tmp, `bare-${repos}`);
    execFileSync("git", ["clone", "-q", "--bare", repo.dir, bare]);
    const b = await runCli(["audit", "HEAD", "--repo", bare, "--terraform-modules"], tmp);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain("--terraform-modules needs a git working tree");
  });
});
