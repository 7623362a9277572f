/**
 * The action writes to the runner through @actions/core (src/github/runner.ts coreRunner); the
 * in-process tests hand run() a stand-in that writes the same protocol over files of their own
 * (helpers/runner-protocol.ts). The same calls through both give the same bytes: the log's command
 * lines, the output file (its random delimiter aside) and the job summary.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { coreRunner, type Runner } from "../../src/github/runner.js";
import { runnerOn } from "./helpers/runner-protocol.js";

const tmp = mkdtempSync(join(tmpdir(), "cag-runner-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Lines with newlines, percent signs, colons and commas, in messages and in properties. */
async function script(r: {
  runner: Pick<Runner, "info" | "debug" | "error" | "warning" | "notice" | "setOutput">;
  summary: (markdown: string) => Promise<void> | void;
}): Promise<void> {
  r.runner.info("Cross-Account Guard: 100% of 2 files, a: b, c");
  r.runner.debug("line one\nline two\r\n%0A");
  r.runner.error("Cross-Account Guard: 2 principals with new external access not approved");
  r.runner.error("new access\nfor arn:aws:iam::999988887777:root", {
    title: "Cross-Account Guard: new external access, not approved",
    file: "infra/roles.yaml",
    startLine: 41,
  });
  r.runner.warning("a warning", { title: "t, with: colon", file: "a b/c.tf" });
  r.runner.warning("properties without a value", { file: "", startLine: 0 });
  r.runner.notice("more findings: see the summary", {});
  r.runner.setOutput("verdict", "fail");
  r.runner.setOutput("new-access", '[{"id":"arn:aws:iam::1:root"}]\nsecond line');
  await r.summary("## ❌ Cross-Account Guard\n\n| a | b |");
}

function captureStdout<T>(f: () => Promise<T>): Promise<{ value: T; stdout: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((s: string | Uint8Array) => {
    chunks.push(String(s));
    return true;
  }) as typeof process.stdout.write;
  return f()
    .then((value) => ({ value, stdout: chunks.join("") }))
    .finally(() => {
      process.stdout.write = write;
    });
}

const files = (name: string) => {
  const output = join(tmp, `${name}-output.txt`);
  const summary = join(tmp, `${name}-summary.md`);
  writeFileSync(output, "");
  writeFileSync(summary, "");
  return { output, summary };
};
const DELIMITER = /ghadelimiter_[0-9a-f-]{36}/g;

describe("the tests' runner stand-in writes what the action's @actions/core runner writes", () => {
  it("the same log, output file and job summary for the same calls", async () => {
    const theirs = files("core");
    const saved = { output: process.env.GITHUB_OUTPUT, summary: process.env.GITHUB_STEP_SUMMARY };
    process.env.GITHUB_OUTPUT = theirs.output;
    process.env.GITHUB_STEP_SUMMARY = theirs.summary;
    let coreLog: string;
    try {
      coreLog = (
        await captureStdout(() => script({ runner: coreRunner, summary: (m) => coreRunner.appendSummary(m) }))
      ).stdout;
    } finally {
      for (const [k, v] of [
        ["GITHUB_OUTPUT", saved.output],
        ["GITHUB_STEP_SUMMARY", saved.summary],
      ] as const)
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
    }

    const ours = files("ours");
    const log: string[] = [];
    const runner = runnerOn({
      env: { GITHUB_OUTPUT: ours.output, GITHUB_STEP_SUMMARY: ours.summary },
      stdout: (t) => log.push(t),
    });
    await script({ runner, summary: (m) => runner.appendSummary(m) });

    expect(log.join("")).toBe(coreLog);
    expect(log.join("")).toContain("::error title=Cross-Account Guard%3A new external access");
    const outputs = (f: string) => readFileSync(f, "utf8").replace(DELIMITER, "DELIMITER");
    expect(outputs(ours.output)).toBe(outputs(theirs.output));
    expect(outputs(ours.output)).toContain("verdict<<DELIMITER\nfail\nDELIMITER\n");
    expect(readFileSync(ours.summary, "utf8")).toBe(readFileSync(theirs.summary, "utf8"));
  });

  it("a step without a summary file, or with one it cannot write, is an error that says so", async () => {
    const log: string[] = [];
    await expect(runnerOn({ env: {}, stdout: (t) => log.push(t) }).appendSummary("x")).rejects.toThrow(
      "Unable to find environment variable for $GITHUB_STEP_SUMMARY",
    );
    const missing = join(tmp, "no-such-folder", "summary.md");
    await expect(
      runnerOn({ env: { GITHUB_STEP_SUMMARY: missing }, stdout: (t) => log.push(t) }).appendSummary("x"),
    ).rejects.toThrow(`Unable to access summary file: '${missing}'`);
  });
});
