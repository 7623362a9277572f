// What the CLI asks git before it is loaded (sources/git-ahead.ts) answers exactly what the run
// would ask git itself, in a working tree and in a bare repository; anything it cannot answer
// (a revision that names no commit, another folder, other arguments) it leaves to git; and a
// diff given the answers reports byte for byte what it reports without them, with git asked
// fewer times.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CALLER_SEARCH } from "../../src/iac/terraform/relative-strings.js";
import { askGitAhead } from "../../src/sources/git-ahead.js";
import {
  commitArgs,
  diffTreeArgs,
  grepAheadAnswer,
  grepAheadArgs,
  listTreeArgs,
  TOP_LEVEL_ARGS,
} from "../../src/sources/git-snapshot.js";
import { runCli } from "../helpers/cli.js";
import { git, testRepository } from "../helpers/git.js";

let home: string;
let work: string;
let bare: string;

const gitOut = (dir: string, args: readonly string[]) => execFileSync("git", ["-C", dir, ...args]);

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), "cag-git-ahead-"));
  work = join(home, "work");
  const r = testRepository(work, home, {
    "modules/queue/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
    "envs/prod/main.tf": 'module "queue" {\n  source = "../../modules/queue"\n}\n',
    "envs/dev/main.tf": 'module "queue" {\n  source = "../../modules/queue"\n}\n',
  });
  r.commit({
    "modules/queue/main.tf": [
      'resource "aws_sqs_queue" "q" {}',
      'resource "aws_sqs_queue_policy" "p" {',
      "  queue_url = aws_sqs_queue.q.id",
      '  policy = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "arn:aws:iam::999999999999:root" }, Action = "sqs:SendMessage", Resource = "*" }] })',
      "}",
      "",
    ].join("\n"),
  });
  bare = join(home, "bare.git");
  git(home, home, "clone", "-q", "--bare", work, bare);
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

describe("git asked ahead", () => {
  for (const kind of ["working tree", "bare repository"] as const) {
    it(`answers, in a ${kind}, what the run asks, as git answers it`, async () => {
      const folder = kind === "bare repository" ? bare : join(work, "envs");
      const ahead = askGitAhead({ folder, base: "HEAD~1", head: "HEAD" }, CALLER_SEARCH);
      await ahead.settled;
      const repo = kind === "bare repository" ? bare : work;
      if (kind === "bare repository") {
        // No working tree: git fails, and so does the answer.
        expect(ahead.output(folder, TOP_LEVEL_ARGS)).toBeInstanceOf(Error);
      } else {
        expect(ahead.output(folder, TOP_LEVEL_ARGS)).toEqual(gitOut(folder, TOP_LEVEL_ARGS));
      }
      const base = gitOut(repo, commitArgs("HEAD~1")).toString().trim();
      const head = gitOut(repo, commitArgs("HEAD")).toString().trim();
      for (const args of [
        commitArgs("HEAD~1"),
        commitArgs("HEAD"),
        listTreeArgs(head),
        diffTreeArgs(base, head),
      ]) {
        expect(ahead.output(repo, args)).toEqual(gitOut(repo, args));
        // Each once: asked again, git answers.
        expect(ahead.output(repo, args)).toBeUndefined();
      }
      const searched = await ahead.search?.(repo, base, CALLER_SEARCH);
      const alone = grepAheadAnswer(gitOut(repo, grepAheadArgs(CALLER_SEARCH, base)), 0, base);
      expect(searched).toEqual(alone);
      expect([...(searched?.keys() ?? [])].sort()).toEqual(["envs/dev/main.tf", "envs/prod/main.tf"]);
    });
  }

  it("leaves to git what it was not asked, or could not answer", async () => {
    const ahead = askGitAhead({ folder: work, base: "no-such-revision", head: "HEAD" }, CALLER_SEARCH);
    await ahead.settled;
    const head = gitOut(work, commitArgs("HEAD")).toString().trim();
    expect(ahead.output(work, commitArgs("HEAD"))).toBeUndefined();
    expect(ahead.output(work, listTreeArgs(head))).toBeUndefined();
    expect(ahead.search?.(work, head, CALLER_SEARCH)).toBeUndefined();

    const asked = askGitAhead({ folder: work, base: "HEAD~1", head: "HEAD" }, CALLER_SEARCH);
    await asked.settled;
    const base = gitOut(work, commitArgs("HEAD~1")).toString().trim();
    // Another folder, other arguments, another commit or another search: not what was run.
    expect(asked.output(bare, listTreeArgs(head))).toBeUndefined();
    expect(asked.output(work, listTreeArgs(base))).toBeUndefined();
    expect(asked.search?.(work, head, CALLER_SEARCH)).toBeUndefined();
    expect(asked.search?.(work, base, { needles: ['".'], extensions: ["tf"] })).toBeUndefined();
  });

  it("passes revisions and folders to git as they are: nothing in them runs", async () => {
    const marker = join(home, "ran");
    for (const base of [`HEAD~1;touch ${marker}`, `$(touch ${marker})`, `\`touch ${marker}\``, "-q"]) {
      const ahead = askGitAhead({ folder: work, base, head: "HEAD" }, CALLER_SEARCH);
      await ahead.settled;
      expect(ahead.output(work, commitArgs(base))).toBeUndefined();
    }
    const odd = join(home, "a folder; $(touch ran) 'quoted'");
    git(home, home, "clone", "-q", work, odd);
    const ahead = askGitAhead({ folder: odd, base: "HEAD~1", head: "HEAD" }, CALLER_SEARCH);
    await ahead.settled;
    expect(ahead.output(odd, commitArgs("HEAD"))).toEqual(gitOut(odd, commitArgs("HEAD")));
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(join(process.cwd(), "ran"))).toBe(false);
  });

  it("gives a diff the report it gives without it, with git asked fewer times", async () => {
    const trace = join(home, "trace.txt");
    const diff = async (withAhead: boolean) => {
      // Asked before the trace is on: the trace shows what the run asks git itself.
      const gitAhead = withAhead
        ? askGitAhead({ folder: work, base: "HEAD~1", head: "HEAD" }, CALLER_SEARCH)
        : undefined;
      await gitAhead?.settled;
      writeFileSync(trace, "");
      const env = { ...process.env, GIT_TRACE: trace };
      const previous = process.env.GIT_TRACE;
      process.env.GIT_TRACE = trace;
      try {
        const args = ["diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json"];
        const r = await runCli([...args, "--today", "2026-12-01"], work, env, gitAhead ? { gitAhead } : {});
        const commands = readFileSync(trace, "utf8").match(/built-in: git /g)?.length ?? 0;
        return { status: r.status, report: r.stdout, commands };
      } finally {
        if (previous === undefined) delete process.env.GIT_TRACE;
        else process.env.GIT_TRACE = previous;
      }
    };
    const without = await diff(false);
    const withAhead = await diff(true);
    expect(withAhead.status).toBe(1);
    expect(JSON.parse(withAhead.report).summary.newAccess).toBe(1);
    expect(withAhead.report).toBe(without.report);
    expect(withAhead.status).toBe(without.status);
    // The run itself asked git at least the five commands answered ahead fewer times.
    expect(without.commands - withAhead.commands).toBeGreaterThanOrEqual(5);
  });
});
