/**
 * Mistakes a user makes on the command line, each driven through the CLI in this process (src/),
 * and once more as a real process of the bundle, which must print the same bytes: a message that
 * names the flag or file and the reason, exit code 2, and never a stack trace, Node's own parser
 * text or "internal error". A reader that stops early (`| head`) ends the output quietly.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CLI, ROOT, runBuiltCli, runCli } from "../helpers/cli.js";

const DEMO = "fixtures/demo/head";
const tmp = mkdtempSync(join(tmpdir(), "cag-mistakes-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What no message to a user may hold. */
const NOT_FOR_USERS = /internal error|\n\s+at |node:internal|ERR_[A-Z_]+|To specify a positional argument/;

const cases: [string, string[], string][] = [
  [
    "an --output in a folder that does not exist",
    ["audit", DEMO, "--output", join(tmp, "no/such/folder/report.json")],
    `cannot write --output '${join(tmp, "no/such/folder/report.json")}': its folder does not exist`,
  ],
  [
    "an --output that is a directory",
    ["audit", DEMO, "--output", tmp],
    `cannot write --output '${tmp}': it is a directory`,
  ],
  [
    "a directory as --allowlist",
    ["audit", DEMO, "--allowlist", "fixtures/demo"],
    "--allowlist 'fixtures/demo' is a directory: give the allowlist YAML file",
  ],
  [
    "a --today that is not a day of the calendar",
    ["audit", DEMO, "--today", "2025-02-30"],
    "--today must be a date as YYYY-MM-DD, got '2025-02-30'",
  ],
  ["an unknown option", ["audit", DEMO, "--frobnicate"], "unknown option '--frobnicate'"],
  ["an option without its value", ["audit", DEMO, "--format"], "option '--format' needs a value"],
  [
    "a directory as --plan",
    ["audit", DEMO, "--plan", "fixtures/demo"],
    "--plan 'fixtures/demo' is a directory",
  ],
  [
    "a directory as --cfn-parameters",
    ["audit", DEMO, "--cfn-parameters", "fixtures/demo"],
    "cannot read --cfn-parameters 'fixtures/demo': it is a directory",
  ],
  ["an unknown format", ["audit", DEMO, "--format", "yaml"], "unknown --format 'yaml'"],
  ["an unknown command", ["inspect", DEMO], "unknown command 'inspect'"],
];

describe("user mistakes are named, exit 2, without a stack", () => {
  for (const [what, args, message] of cases) {
    it(what, async () => {
      const r = await runCli(args);
      expect(r.stderr).toContain(`cross-account-guard: ${message}`);
      expect(r.stderr).not.toMatch(NOT_FOR_USERS);
      expect(r.stdout).toBe("");
      expect(r.status).toBe(2);
    });
  }

  it("a usage mistake points at --help instead of printing the whole usage", async () => {
    const r = await runCli(["audit", DEMO, "--frobnicate"]);
    expect(r.stderr).toContain("Run 'cross-account-guard --help' for the commands and options.");
    expect(r.stderr).not.toContain("Usage:");
  });

  it("a real date on --today is taken", async () => {
    expect((await runCli(["audit", DEMO, "--today", "2024-02-29", "--format", "json"])).status).toBe(1);
  });
});

describe("the bundle (dist/cli.js) as a real process", () => {
  it("prints the same stdout and stderr, with the same exit code, for every mistake", async () => {
    for (const [what, args] of cases) {
      const inProcess = await runCli(args);
      expect(runBuiltCli(args), what).toEqual(inProcess);
    }
  });
});

describe("a reader that stops early", () => {
  it("ends the output quietly (no EPIPE), with the verdict's exit code", async () => {
    // A JSON report of about 160 KB: more than a pipe holds.
    const child = spawn(process.execPath, [CLI, "audit", "fixtures/cloudformation", "--format", "json"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    // Like `| head -c 100`: read the first chunk, then close the pipe.
    await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled 'error' event/);
    expect(stderr).not.toMatch(NOT_FOR_USERS);
    expect(code).toBe(1);
  }, 120_000);
});
