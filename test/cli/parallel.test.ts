// The audit spreads a large tree over worker threads (src/pool/worker-pool.ts): its report must
// be the one a single thread gives, also where units depend on each other across the threads'
// chunks (a module shared by roots, Fn::ImportValue between templates, a nested stack), and
// when a worker starts on the templates before discovery has read the Terraform files (whose
// texts it gets later), from a directory (CLI) or from git objects (the action's audit).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runAudit, runDiff } from "../../src/analyze/analyze.js";
import type { Report } from "../../src/report/types.js";
import { directorySnapshot } from "../../src/sources/fs-snapshot.js";
import { gitSnapshotPair } from "../../src/sources/git-snapshot.js";
import { git } from "../action/helpers/git-repo.js";
import { runAction } from "../action/helpers/run-action.js";
import { runBuiltCli } from "../helpers/cli.js";

let dir: string;

const write = (path: string, text: string) => {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cag-parallel-"));
  write(
    "modules/q/main.tf",
    'variable "reader" {}\nresource "aws_sqs_queue_policy" "p" {\n  queue_url = "q"\n  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = var.reader }, Action = "sqs:SendMessage" }] })\n}\nvariable "dup" {}\nvariable "dup" {}\n',
  );
  for (let i = 0; i < 40; i++) {
    write(
      `envs/r${String(i).padStart(2, "0")}/main.tf`,
      `module "q" {\n  source = "../../modules/q"\n  reader = "arn:aws:iam::${String(100000000000 + i)}:root"\n}\n`,
    );
  }
  const head = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n';
  write(
    "cfn/a-exporter.yaml",
    `${head}  Q:\n    Type: AWS::SQS::Queue\nOutputs:\n  P:\n    Value: "arn:aws:iam::222233334444:root"\n    Export: { Name: partner }\n`,
  );
  for (let i = 0; i < 6; i++) write(`cfn/m${i}.yaml`, `${head}  Q:\n    Type: AWS::SQS::Queue\n`);
  write(
    "cfn/z-importer.yaml",
    `${head}  P:\n    Type: AWS::SQS::QueuePolicy\n    Properties:\n      Queues: [q]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { AWS: !ImportValue partner }\n            Action: sqs:SendMessage\n`,
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built CLI's audit of `tree` (threads), checked equal to one run in this thread, which it returns. */
async function sameAsOneThread(tree: string): Promise<Report> {
  const r = runBuiltCli(["audit", tree, "--format", "json", "--today", "2026-01-01"]);
  expect(r.stderr).toBe("");
  const inThread = await runAudit(directorySnapshot(tree), {
    allowlist: { ...EMPTY_ALLOWLIST },
    today: "2026-01-01",
    failOnUnresolved: true,
  });
  expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(inThread)));
  return inThread;
}

describe("a parallel audit", () => {
  it("gives the report one thread gives", async () => {
    const inThread = await sameAsOneThread(dir);
    expect(inThread.summary.grants).toBe(41);
    expect(inThread.grants.map((g) => g.principal.id)).toContain("arn:aws:iam::222233334444:root");
    expect(inThread.errors.filter((e) => e.message.includes("duplicate"))).toHaveLength(1);
  });

  it("gives the report one thread gives for a tree of Terraform only", async () => {
    // No template to start the worker early (its threads were started with the CLI, spareWorkers):
    // it gets the roots once discovery has found them.
    const tf = mkdtempSync(join(tmpdir(), "cag-parallel-tf-"));
    try {
      const put = (path: string, text: string) => {
        mkdirSync(dirname(join(tf, path)), { recursive: true });
        writeFileSync(join(tf, path), text);
      };
      put(
        "modules/q/main.tf",
        'variable "reader" {}\nresource "aws_sqs_queue_policy" "p" {\n  queue_url = "q"\n  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = var.reader }, Action = "sqs:SendMessage" }] })\n}\n',
      );
      for (let i = 0; i < 60; i++) {
        const root = `envs/r${String(i).padStart(2, "0")}`;
        put(
          `${root}/main.tf`,
          `module "q" {\n  source = "../../modules/q"\n  reader = "arn:aws:iam::${String(100000000000 + i)}:root"\n}\n`,
        );
        put(`${root}/backend.tf`, i % 2 ? 'terraform {\n  backend "s3" {}\n}\n' : 'provider "aws" {}\n');
      }
      put("envs/r07/broken.tf", 'resource "aws_sqs_queue" "x" {\n');
      const inThread = await sameAsOneThread(tf);
      expect(inThread.summary.grants).toBe(60);
      expect(inThread.errors.map((e) => e.file)).toEqual(["envs/r07/broken.tf"]);
    } finally {
      rmSync(tf, { recursive: true, force: true });
    }
  });

  it("gives the same report from a git checkout, through the action", async () => {
    const home = mkdtempSync(join(tmpdir(), "cag-parallel-home-"));
    const run = join(home, "run");
    try {
      git(dir, ["init", "-q", "-b", "main"], home);
      git(dir, ["add", "-A"], home);
      git(dir, ["commit", "-q", "-m", "all"], home);
      const sha = git(dir, ["rev-parse", "HEAD"], home);
      const r = await runAction({
        runDir: run,
        workspace: dir,
        eventName: "workflow_dispatch",
        payload: {},
        inputs: { "github-token": "x" },
        apiUrl: "http://127.0.0.1:9",
        sha,
        home,
        bundle: true,
      });
      expect(r.stderr).toBe("");
      const fromAction = JSON.parse(
        readFileSync(join(run, "temp", "cross-account-guard", "report.json"), "utf8"),
      );
      const fromCli = JSON.parse(runBuiltCli(["audit", dir, "--format", "json"]).stdout);
      expect(fromAction.grants).toEqual(fromCli.grants);
      expect(fromAction.errors).toEqual(fromCli.errors);
      expect(fromAction.summary.grants).toBe(41);
    } finally {
      rmSync(join(dir, ".git"), { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  });
});

// A diff of two revisions reads its base in a worker thread (started with the command, loading
// its modules while the tree is listed) while this thread finds and reads the head's units: the
// report is the one a single thread gives.
describe("a parallel diff of two revisions", () => {
  it("gives the report one thread gives", async () => {
    const home = mkdtempSync(join(tmpdir(), "cag-parallel-diff-"));
    const repo = join(home, "repo");
    const put = (path: string, text: string) => {
      mkdirSync(dirname(join(repo, path)), { recursive: true });
      writeFileSync(join(repo, path), text);
    };
    try {
      // One root of enough files to be read in a worker, calling a module the change edits.
      put("envs/app/main.tf", 'module "q" {\n  source = "../../modules/q"\n}\n');
      for (let i = 0; i < 9; i++) put(`envs/app/extra${i}.tf`, `locals {\n  x${i} = ${i}\n}\n`);
      const policy = (account: string) =>
        `resource "aws_sqs_queue_policy" "p" {\n  queue_url = "q"\n  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::${account}:root" }, Action = "sqs:SendMessage" }] })\n}\n`;
      put("modules/q/main.tf", policy("111122223333"));
      git(home, ["init", "-q", "-b", "main", repo], home);
      git(repo, ["add", "-A"], home);
      git(repo, ["commit", "-q", "-m", "base"], home);
      put("modules/q/main.tf", policy("444455556666"));
      git(repo, ["commit", "-q", "-am", "another account"], home);
      const args = ["--repo", repo, "--base", "HEAD~1", "--head", "HEAD", "--format", "json"];
      const parallel = runBuiltCli(["diff", ...args, "--today", "2026-01-01"]);
      expect(parallel.stderr).toBe("");
      const report = JSON.parse(parallel.stdout) as Report;
      const base = gitSnapshotPair(
        repo,
        git(repo, ["rev-parse", "HEAD~1"], home),
        git(repo, ["rev-parse", "HEAD"], home),
        { byFolder: true },
      );
      const inThread = await runDiff(base.base, base.head, {
        allowlist: { ...EMPTY_ALLOWLIST },
        today: "2026-01-01",
        failOnUnresolved: true,
      });
      expect(report.grants).toEqual(JSON.parse(JSON.stringify(inThread.grants)));
      expect(report.summary).toEqual(inThread.summary);
      expect(report.principals.map((p) => p.id)).toEqual(["arn:aws:iam::444455556666:root"]);
      expect(report.grants.filter((g) => g.change === "added").map((g) => g.principal.id)).toEqual([
        "arn:aws:iam::444455556666:root",
      ]);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });
});
