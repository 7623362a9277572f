// The action's diff of a pull request reads the base in a worker thread while the main thread
// reads the head (as the CLI's diff does): the bundle, run as a process against a real checkout
// and a local stand-in for the GitHub API, reports the grants the built CLI reports for the same
// two commits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runBuiltCli } from "../helpers/cli.js";
import { checkout, diffLines, OriginRepo } from "./helpers/git-repo.js";
import { FakeGitHub } from "./helpers/github-api.js";
import { pullRequestPayload, runAction } from "./helpers/run-action.js";

let tmp: string;
const server = new FakeGitHub();

/** A tree of one root (enough files to be read in a worker) calling a module that grants `account`. */
function tree(name: string, account: string): string {
  const dir = join(tmp, "trees", name);
  const put = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  put("envs/app/main.tf", 'module "q" {\n  source = "../../modules/q"\n}\n');
  for (let i = 0; i < 9; i++) put(`envs/app/extra${i}.tf`, `locals {\n  x${i} = ${i}\n}\n`);
  put(
    "modules/q/main.tf",
    `resource "aws_sqs_queue_policy" "p" {\n  queue_url = "q"\n  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::${account}:root" }, Action = "sqs:SendMessage" }] })\n}\n`,
  );
  return dir;
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), "cag-parallel-pr-"));
  await server.start();
});
afterAll(async () => {
  await server.stop();
  rmSync(tmp, { recursive: true, force: true });
});

describe("the action's diff of a pull request", () => {
  it("reports the grants the CLI reports for the same commits", async () => {
    const home = join(tmp, "home");
    const origin = OriginRepo.create(join(tmp, "origin"), home);
    const base = origin.commitTree(tree("base", "111122223333"), "base");
    origin.branch("feature", base);
    const head = origin.commitTree(tree("head", "444455556666"), "another account");
    origin.branch("main", base);
    const merge = origin.mergeCommit(base, head, 3);
    const ws = join(tmp, "run", "ws");
    checkout(origin, ws, merge, home, true);
    server.state.headSha = head;
    server.state.diffLines = diffLines(origin.dir, base, head, home);
    const run = await runAction({
      runDir: join(tmp, "run"),
      workspace: ws,
      eventName: "pull_request",
      payload: pullRequestPayload({ number: 3, baseSha: base, headSha: head, fork: false }),
      inputs: { "github-token": "ghs_token" },
      apiUrl: server.url,
      sha: merge,
      home,
      bundle: true,
    });
    expect(run.code).toBe(1);
    const fromAction = JSON.parse(run.written(run.outputs["report-file"]!)!);
    const cli = runBuiltCli([
      "diff",
      "--repo",
      origin.dir,
      "--base",
      base,
      "--head",
      head,
      "--format",
      "json",
    ]);
    expect(cli.stderr).toBe("");
    const fromCli = JSON.parse(cli.stdout);
    expect(fromAction.grants).toEqual(fromCli.grants);
    expect(fromAction.summary).toEqual(fromCli.summary);
    expect(fromAction.principals.map((p: { id: string }) => p.id)).toEqual([
      "arn:aws:iam::444455556666:root",
    ]);
  });
});
