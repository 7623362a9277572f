// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation in the files written, asserted literally
/**
 * The CLI as a user runs it inside a real git repository: from a subfolder, against revisions and
 * the working tree. Each test builds its own repository in a temporary folder.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";
import { type TestRepository, testRepository } from "../helpers/git.js";

const tmp = mkdtempSync(join(tmpdir(), "cag-cli-repo-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const ROLE = (name: string, principal: string) => `resource "aws_iam_role" "${name}" {
  name = "${name}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = ${principal}
    }]
  })
}
`;
const VENDOR = 'AWS = "arn:aws:iam::999988887777:root"';
const LAMBDA = 'Service = "lambda.amazonaws.com"';

let repos = 0;
/** A new repository with `files` committed as its first commit. */
function repository(files: Record<string, string>): TestRepository {
  return testRepository(join(tmp, `repo-${++repos}`), tmp, files);
}

const json = async (args: string[], cwd: string) => {
  const r = await runCli([...args, "--format", "json", "--today", "2026-12-01"], cwd);
  return { ...r, report: r.status === 2 ? null : JSON.parse(r.stdout) };
};

describe("run from a subfolder of a git repository", () => {
  it("diff --base HEAD~1 --head HEAD reads whole commits: access added in another folder fails", async () => {
    const repo = repository({ "app/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    repo.commit({ "infra/vendor.tf": ROLE("vendor", `{ ${VENDOR} }`) });
    const r = await json(["diff", "--base", "HEAD~1", "--head", "HEAD"], join(repo.dir, "app"));
    expect(r.status, r.stderr).toBe(1);
    expect(r.report.principals.map((p: { id: string }) => p.id)).toEqual(["arn:aws:iam::999988887777:root"]);
    // Paths are relative to the repository root, not to the folder the command ran from.
    expect(r.report.grants.map((g: { resource: { file: string } }) => g.resource.file)).toContain(
      "infra/vendor.tf",
    );
  });

  it("--format markdown names the head commit the comment describes", async () => {
    const repo = repository({ "app/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    repo.commit({ "infra/vendor.tf": ROLE("vendor", `{ ${VENDOR} }`) });
    const head = execFileSync("git", ["-C", repo.dir, "rev-parse", "--short=7", "HEAD"], {
      encoding: "utf8",
    }).trim();
    const r = await runCli(["diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "markdown"], repo.dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout.split("\n").slice(1, 4)).toEqual([
      "## ❌ Cross-Account Guard: 1 principal with new external access, 1 not approved",
      "",
      `<sub>Commit \`${head}\`</sub>`,
    ]);
  });

  it("uses the allowlist at the repository root", async () => {
    const repo = repository({
      "app/main.tf": ROLE("app", `{ ${LAMBDA} }`),
      ".github/cross-account-allowlist.yml": `approvals:
  - principal: "999988887777"
    reason: "Backup vendor"
    approved_by: "@acme/security"
`,
    });
    repo.commit({ "infra/vendor.tf": ROLE("vendor", `{ ${VENDOR} }`) });
    const r = await json(["diff", "--base", "HEAD~1", "--head", "HEAD"], join(repo.dir, "app"));
    expect(r.status, r.stderr).toBe(0);
    expect(r.report.allowlist.file).toBe(".github/cross-account-allowlist.yml");
    expect(r.report.principals).toMatchObject([{ id: "arn:aws:iam::999988887777:root", approved: true }]);
    // audit with no folder: the whole repository, with the root's allowlist.
    const audit = await json(["audit"], join(repo.dir, "app"));
    expect(audit.status, audit.stderr).toBe(0);
    expect(audit.report.principals).toMatchObject([{ id: "arn:aws:iam::999988887777:root", approved: true }]);
  });

  it("--head . from a subfolder is the whole working tree, uncommitted changes included", async () => {
    const repo = repository({ "app/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    mkdirSync(join(repo.dir, "infra"), { recursive: true });
    writeFileSync(join(repo.dir, "infra", "vendor.tf"), ROLE("vendor", `{ ${VENDOR} }`));
    const r = await json(["diff", "--base", "HEAD", "--head", "."], join(repo.dir, "app"));
    expect(r.status, r.stderr).toBe(1);
    expect(r.report.grants.map((g: { resource: { file: string } }) => g.resource.file)).toContain(
      "infra/vendor.tf",
    );
    expect(r.stderr).toContain("its whole working tree is compared");
  });

  it("--repo names the repository when the command runs elsewhere", async () => {
    const repo = repository({ "app/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    repo.commit({ "infra/vendor.tf": ROLE("vendor", `{ ${VENDOR} }`) });
    const r = await json(
      ["diff", "--repo", join(repo.dir, "app"), "--base", "HEAD~1", "--head", "HEAD"],
      tmp,
    );
    expect(r.status, r.stderr).toBe(1);
    expect(r.report.principals.map((p: { id: string }) => p.id)).toEqual(["arn:aws:iam::999988887777:root"]);
  });
});

describe("paths in reports are relative to the repository root, always", () => {
  const files = (r: { report: { grants: { resource: { file: string; unit: string } }[] } }) => [
    ...new Set(r.report.grants.map((g) => `${g.resource.file} (${g.resource.unit})`)),
  ];

  it("audit <subfolder>, from the root or from inside it: the folder on its own, named from the root", async () => {
    const repo = repository({
      "infra/prod/vendor.tf": ROLE("vendor", `{ ${VENDOR} }`),
      "infra/prod/legacy/old.tf": ROLE("old", `{ ${VENDOR} }`),
      "app/main.tf": ROLE("app", `{ ${LAMBDA} }`),
    });
    const fromRoot = await json(["audit", "infra/prod", "--exclude", "legacy/**"], repo.dir);
    expect(fromRoot.status, fromRoot.stderr).toBe(1);
    expect(files(fromRoot)).toEqual(["infra/prod/vendor.tf (infra/prod)"]);
    // --exclude from the folder or from the root: the same file left out.
    const rootPattern = await json(["audit", "infra/prod", "--exclude", "infra/prod/legacy/**"], repo.dir);
    expect(files(rootPattern)).toEqual(["infra/prod/vendor.tf (infra/prod)"]);
    const inside = await json(["audit", "."], join(repo.dir, "infra", "prod"));
    expect(inside.status, inside.stderr).toBe(1);
    expect(files(inside).sort()).toEqual([
      "infra/prod/legacy/old.tf (infra/prod/legacy)",
      "infra/prod/vendor.tf (infra/prod)",
    ]);
  });

  it("diff from a subfolder narrowed with --include names files from the root", async () => {
    const repo = repository({ "app/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    repo.commit({
      "infra/vendor.tf": ROLE("vendor", `{ ${VENDOR} }`),
      "app/extra.tf": ROLE("x", `{ ${VENDOR} }`),
    });
    const r = await json(
      ["diff", "--base", "HEAD~1", "--head", ".", "--include", "infra/**"],
      join(repo.dir, "app"),
    );
    expect(r.status, r.stderr).toBe(1);
    expect(files(r)).toEqual(["infra/vendor.tf (infra)"]);
  });

  it("--help says that --head . is the working tree minus what git ignores", async () => {
    const r = await runCli(["--help"]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "--head . is the working tree as your next commit would hold it, untracked files included",
    );
    expect(r.stdout.replace(/\s+/g, " ")).toContain("in a git working tree, minus what git ignores");
  });
});

describe("files given to the run that a change touches", () => {
  it("a --cfn-parameters file of the repository changed alone: every template is read again, each side with its own values", async () => {
    const template = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Partner: { Type: String }
Resources:
  R:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Action: sts:AssumeRole
            Principal: { AWS: !Sub "arn:aws:iam::\${Partner}:root" }
`;
    const params = (account: string) => `[{"ParameterKey": "Partner", "ParameterValue": "${account}"}]`;
    const repo = repository({ "cfn/role.yaml": template, "params/prod.json": params("111111111111") });
    repo.commit({ "params/prod.json": params("999988887777") });
    const r = await json(
      ["diff", "--base", "HEAD~1", "--head", "HEAD", "--cfn-parameters", "params/prod.json"],
      repo.dir,
    );
    expect(r.status, r.stderr).toBe(1);
    const changes = r.report.grants.map((g: { change: string; principal: { id: string } }) => [
      g.change,
      g.principal.id,
    ]);
    expect(changes).toEqual([
      ["added", "arn:aws:iam::999988887777:root"],
      ["removed", "arn:aws:iam::111111111111:root"],
    ]);
  });
});

describe("a changed file that Terraform reads, between revisions", () => {
  const trust = (account: string) =>
    JSON.stringify({
      Version: "2012-10-17",
      Statement: [
        { Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: `arn:aws:iam::${account}:root` } },
      ],
    });
  const role = (name: string, policy: string) =>
    `resource "aws_iam_role" "${name}" {\n  name               = "${name}"\n  assume_role_policy = ${policy}\n}\n`;

  it("is followed to the modules whose file functions or names reach it, and only those", async () => {
    const repo = repository({
      // Through a file function's literal path.
      "modules/reader/main.tf": role("reader", 'file("${path.module}/../../shared/trust.json")'),
      // By name, in a local the file function reads.
      "modules/named/main.tf": `locals {\n  policy = "../../shared/trust.json"\n}\n${role("named", 'file("${path.module}/${local.policy}")')}`,
      // Through a file function on the folder, the name computed: "file" alone finds it.
      "modules/folder/main.tf": [
        'resource "aws_iam_role" "folder" {',
        '  for_each           = fileset("${path.module}/../../shared", "*.json")',
        '  name               = "folder"',
        '  assume_role_policy = file("${path.module}/../../shared/${each.value}")',
        "}",
        "",
      ].join("\n"),
      // Neither: a file function on another file, and no mention of the changed one.
      "modules/other/main.tf": role("other", 'file("${path.module}/other.json")'),
      "modules/other/other.json": trust("111111111111"),
      "shared/trust.json": trust("111111111111"),
      "envs/a/main.tf": 'module "m" {\n  source = "../../modules/reader"\n}\n',
      "envs/b/main.tf": 'module "m" {\n  source = "../../modules/named"\n}\n',
      "envs/c/main.tf": 'module "m" {\n  source = "../../modules/other"\n}\n',
      "envs/d/main.tf": 'module "m" {\n  source = "../../modules/folder"\n}\n',
    });
    repo.commit({ "shared/trust.json": trust("999988887777") });
    const r = await json(["diff", "--base", "HEAD~1", "--head", "HEAD"], repo.dir);
    expect(r.status, r.stderr).toBe(1);
    const changes = r.report.grants
      .map((g: { change: string; resource: { unit: string }; principal: { id: string } }) =>
        [g.change, g.resource.unit, g.principal.id].join(" "),
      )
      .sort();
    expect(changes).toEqual([
      "added envs/a arn:aws:iam::999988887777:root",
      "added envs/b arn:aws:iam::999988887777:root",
      "added envs/d arn:aws:iam::999988887777:root",
      "removed envs/a arn:aws:iam::111111111111:root",
      "removed envs/b arn:aws:iam::111111111111:root",
      "removed envs/d arn:aws:iam::111111111111:root",
    ]);
    expect(r.report.coverage.units).toMatchObject({ terraformRoots: 3 });
  });
});

describe("--head . is the working tree minus what git ignores", () => {
  it("a git-ignored cdk.out/ and build/ are not read, and the coverage says so", async () => {
    const repo = repository({
      ".gitignore": "cdk.out/\nbuild/\n",
      "app/main.tf": ROLE("app", `{ ${LAMBDA} }`),
    });
    // A local synth output and build output that grant access: not part of the change.
    const template = JSON.stringify({
      Resources: {
        VendorRole: {
          Type: "AWS::IAM::Role",
          Properties: {
            AssumeRolePolicyDocument: {
              Statement: [{ Effect: "Allow", Action: "sts:AssumeRole", Principal: { AWS: "999988887777" } }],
            },
          },
        },
      },
    });
    mkdirSync(join(repo.dir, "build"), { recursive: true });
    writeFileSync(join(repo.dir, "build", "template.json"), template);
    mkdirSync(join(repo.dir, "cdk.out"), { recursive: true });
    writeFileSync(join(repo.dir, "cdk.out", "Stack.template.json"), template);
    writeFileSync(
      join(repo.dir, "cdk.out", "manifest.json"),
      JSON.stringify({
        version: "36.0.0",
        artifacts: {
          Stack: { type: "aws:cloudformation:stack", properties: { templateFile: "Stack.template.json" } },
        },
      }),
    );
    const r = await json(["diff", "--base", "HEAD", "--head", "."], repo.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.report.grants).toEqual([]);
    expect(r.report.coverage.skipped).toContainEqual({
      reason: "git-ignored",
      count: 2,
      items: ["build/", "cdk.out/"],
    });
    // The same folder audited: still only the working tree.
    const audit = await json(["audit", "."], repo.dir);
    expect(audit.status, audit.stderr).toBe(0);
    expect(audit.report.summary.grants).toBe(1);
  });
});

describe("what git ignores, and what is read all the same", () => {
  it("module code that terraform init downloaded into a git-ignored .terraform/ is read", async () => {
    const repo = repository({
      ".gitignore": ".terraform/\n",
      "main.tf": 'module "vendor" {\n  source  = "acme/vendor/aws"\n  version = "1.0.0"\n}\n',
    });
    const modules = join(repo.dir, ".terraform", "modules");
    mkdirSync(join(modules, "vendor"), { recursive: true });
    writeFileSync(
      join(modules, "modules.json"),
      JSON.stringify({
        Modules: [{ Key: "vendor", Source: "acme/vendor/aws", Dir: ".terraform/modules/vendor" }],
      }),
    );
    writeFileSync(join(modules, "vendor", "main.tf"), ROLE("vendor", `{ ${VENDOR} }`));
    writeFileSync(join(repo.dir, ".terraform", "terraform.tfstate"), "{}");
    const r = await json(["audit"], repo.dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.report.grants.map((g: { resource: { address: string } }) => g.resource.address)).toEqual([
      "module.vendor.aws_iam_role.vendor",
    ]);
    expect(r.report.coverage.skipped).toEqual([]);
  });

  it("a git-ignored folder named on purpose is read", async () => {
    const repo = repository({ ".gitignore": "build/\n", "app/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    mkdirSync(join(repo.dir, "build"), { recursive: true });
    writeFileSync(join(repo.dir, "build", "vendor.tf"), ROLE("vendor", `{ ${VENDOR} }`));
    const r = await json(["audit", "build"], repo.dir);
    expect(r.status, r.stderr).toBe(1);
    expect(r.report.coverage.files.terraform).toBe(1);
    expect(r.report.coverage.skipped).toEqual([]);
  });
});

describe("a check that reads nothing warns in every format (exit code unchanged)", () => {
  const formats = async (args: string[], cwd: string) => {
    const run = (f: string) => runCli([...args, "--format", f, "--today", "2026-12-01"], cwd);
    return { text: await run("text"), markdown: await run("markdown"), json: await run("json") };
  };

  it("an --include pattern that matches no file", async () => {
    const repo = repository({ "infra/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    const out = await formats(["audit", "--include", "terraform/**", "--include", "infra/**"], repo.dir);
    for (const r of Object.values(out)) expect(r.status, r.stderr).toBe(0);
    expect(out.text.stdout).toMatch(
      /^Cross-Account Guard audit: PASS, WITH 1 WARNING\nwarning: The include pattern "terraform\/\*\*" \(--include, paths\) matches no file/,
    );
    expect(out.text.stdout).toContain("Read: 1 Terraform file; 1 unit");
    expect(out.markdown.stdout).toContain("## ⚠️ Cross-Account Guard: no external access, 1 warning");
    expect(out.markdown.stdout).toContain("terraform/\\*\\*&quot; \\(--include, paths\\) matches no file");
    const report = JSON.parse(out.json.stdout);
    expect(report.coverage.warnings).toEqual([
      'The include pattern "terraform/**" (--include, paths) matches no file: nothing under it is checked.',
    ]);
    expect(report.coverage.files.terraform).toBe(1);
  });

  it("an audit of an empty folder, or one with no IaC", async () => {
    const empty = join(tmp, "empty");
    mkdirSync(join(empty, "docs"), { recursive: true });
    writeFileSync(join(empty, "docs", "README.md"), "# nothing\n");
    const out = await formats(["audit", empty], tmp);
    for (const r of Object.values(out)) expect(r.status, r.stderr).toBe(0);
    expect(out.text.stdout).toContain("warning: No IaC file was found");
    expect(out.text.stdout).toContain("Read: no IaC file; 0 units");
    expect(out.markdown.stdout).toContain("> No IaC file was found");
    expect(out.markdown.stdout).not.toContain("✅");
    expect(JSON.parse(out.json.stdout).coverage.warnings).toEqual([
      expect.stringMatching(/^No IaC file was found/),
    ]);
  });

  it("a diff whose change touches no IaC file is not empty", async () => {
    const repo = repository({ "infra/main.tf": ROLE("app", `{ ${LAMBDA} }`) });
    repo.commit({ "README.md": "# docs\n" });
    const r = await json(["diff", "--base", "HEAD~1", "--head", "HEAD"], repo.dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.report.coverage.warnings).toEqual([]);
    expect(r.report.coverage.units).toMatchObject({ terraformRoots: 0, read: 0 });
    expect(r.report.notes).toContain("1 file that looks like IaC was not read: the change cannot affect it.");
  });
});
