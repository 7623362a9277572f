import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readConfig } from "../../src/github/config.js";

const runner = {
  GITHUB_EVENT_NAME: "pull_request",
  GITHUB_EVENT_PATH: "/tmp/event.json",
  GITHUB_REPOSITORY: "acme/infra",
  GITHUB_WORKSPACE: "/home/runner/work/infra/infra",
  RUNNER_TEMP: "/home/runner/work/_temp",
};
/** The step's working directory and temporary folder, as the entry passes them. */
const dirs = { cwd: "/home/runner/work/infra/infra/sub", tmpdir: "/tmp/runner" };

describe("readConfig", () => {
  it("uses the defaults of action.yml when inputs are empty", () => {
    const c = readConfig({ ...runner, "INPUT_GITHUB-TOKEN": "t" }, dirs);
    expect(c).toMatchObject({
      token: "t",
      allowlist: ".github/cross-account-allowlist.yml",
      allowlistRef: "base",
      approvers: [],
      mode: "auto",
      include: [],
      comment: true,
      reviewComments: true,
      failOnUnresolved: true,
      runner: {
        owner: "acme",
        repo: "infra",
        apiUrl: "https://api.github.com",
        serverUrl: "https://github.com",
      },
    });
    expect(c.sarifFile).toBeUndefined();
  });

  it("reads lists one per line or comma-separated, and approvers as users or teams", () => {
    const c = readConfig(
      {
        ...runner,
        INPUT_PATHS: "infra/**\n  stacks/*.yaml , ",
        INPUT_APPROVERS: "@alice, acme/Security\nbob",
        "INPUT_REVIEW-COMMENTS": "False",
        "INPUT_SARIF-FILE": "out/cag.sarif",
      },
      dirs,
    );
    expect(c.include).toEqual(["infra/**", "stacks/*.yaml"]);
    expect(c.approvers).toEqual([
      { kind: "user", login: "alice" },
      { kind: "team", org: "acme", slug: "security" },
      { kind: "user", login: "bob" },
    ]);
    expect(c.reviewComments).toBe(false);
    expect(c.sarifFile).toBe("/home/runner/work/infra/infra/out/cag.sarif");
  });

  it.each([
    [{ INPUT_MODE: "sideways" }, "Invalid input 'mode': 'sideways'. Expected one of: auto, diff, audit."],
    [
      { "INPUT_ALLOWLIST-REF": "main" },
      "Invalid input 'allowlist-ref': 'main'. Expected one of: base, head.",
    ],
    [{ INPUT_COMMENT: "yes" }, "Invalid input 'comment': 'yes'. Expected true or false."],
    [{ INPUT_APPROVERS: "a b" }, "Invalid approver 'a b'. Expected a GitHub user"],
    [{ INPUT_ALLOWLIST: "../elsewhere.yml" }, "Expected a path inside the repository"],
    [{ "INPUT_CDK-OUT-BASE": "base.out" }, "Input 'cdk-out-base' needs 'cdk-out'"],
    [{ GITHUB_REPOSITORY: "acme" }, "Invalid GITHUB_REPOSITORY 'acme'. Expected format {owner}/{repo}."],
    [{ GITHUB_EVENT_PATH: "" }, "GITHUB_EVENT_PATH is not set"],
  ])("rejects %j with a message that says what was expected", (env, message) => {
    expect(() => readConfig({ ...runner, ...env }, dirs)).toThrow(message);
  });

  it("terraform-modules: true is every root's folder, a list names roots, false or empty is none", () => {
    expect(readConfig(runner, dirs).terraformModules).toBeUndefined();
    expect(
      readConfig({ ...runner, "INPUT_TERRAFORM-MODULES": "false" }, dirs).terraformModules,
    ).toBeUndefined();
    expect(readConfig({ ...runner, "INPUT_TERRAFORM-MODULES": "true" }, dirs).terraformModules).toBe("all");
    expect(
      readConfig({ ...runner, "INPUT_TERRAFORM-MODULES": "infra/prod\n./infra/dev/, ." }, dirs)
        .terraformModules,
    ).toEqual(["infra/prod", "infra/dev", ""]);
    expect(() => readConfig({ ...runner, "INPUT_TERRAFORM-MODULES": "../other" }, dirs)).toThrow(
      "Invalid input 'terraform-modules': '../other'. Expected a path inside the repository",
    );
  });

  it("reads the process's folders from the entry: the working directory without GITHUB_WORKSPACE, the temporary folder without RUNNER_TEMP", () => {
    const { GITHUB_WORKSPACE: _, RUNNER_TEMP: __, ...bare } = runner;
    const c = readConfig({ ...bare, GITHUB_EVENT_PATH: "event.json", "INPUT_SARIF-FILE": "cag.sarif" }, dirs);
    expect(c.runner).toMatchObject({
      workspace: dirs.cwd,
      runnerTemp: dirs.tmpdir,
      eventPath: `${dirs.cwd}/event.json`,
    });
    expect(c.sarifFile).toBe(`${dirs.cwd}/cag.sarif`);
    // GITHUB_WORKSPACE wins over the working directory.
    expect(readConfig(runner, dirs).runner.workspace).toBe("/home/runner/work/infra/infra");
  });

  it("reads nothing at import time: two environments give two configs", () => {
    expect(readConfig({ ...runner, INPUT_MODE: "audit" }, dirs).mode).toBe("audit");
    expect(readConfig({ ...runner, INPUT_MODE: "diff" }, dirs).mode).toBe("diff");
  });
});

describe("action.yml", () => {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const action = parse(readFileSync(join(root, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string };
    branding: { icon: string; color: string };
  };

  it("declares the inputs and outputs of design.md and runs dist/index.js on node24", () => {
    expect(Object.keys(action.inputs)).toEqual([
      "github-token",
      "allowlist",
      "allowlist-ref",
      "approvers",
      "mode",
      "paths",
      "exclude",
      "terraform-plan",
      "cdk-out",
      "cdk-out-base",
      "terraform-modules",
      "tfvars",
      "comment",
      "review-comments",
      "fail-on-unresolved",
      "fail-on-empty",
      "sarif-file",
    ]);
    expect(Object.keys(action.outputs)).toEqual(["verdict", "new-access", "unapproved-count", "report-file"]);
    expect(action.runs).toEqual({ using: "node24", main: "dist/index.js" });
    expect(action.branding.icon).toBeTruthy();
  });

  it("has defaults that readConfig accepts, and every input is read by readConfig", () => {
    const env: Record<string, string> = { ...runner };
    for (const [name, spec] of Object.entries(action.inputs))
      env[`INPUT_${name.toUpperCase()}`] = spec.default ?? "";
    env["INPUT_GITHUB-TOKEN"] = "t";
    expect(() => readConfig(env, dirs)).not.toThrow();
    const source = readFileSync(join(root, "src", "github", "config.ts"), "utf8");
    for (const name of Object.keys(action.inputs)) expect(source).toContain(`input("${name}")`);
  });
});
