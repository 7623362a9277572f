import { isAbsolute, relative, resolve, sep } from "node:path";

/** A GitHub user or an `org/team` slug allowed to approve allowlist changes made by a PR. */
export type Approver = { kind: "user"; login: string } | { kind: "team"; org: string; slug: string };

/** The action's inputs (action.yml) and the runner environment, read once by `readConfig`. */
export interface Config {
  token: string;
  /** Repository-relative path of the allowlist. */
  allowlist: string;
  allowlistRef: "base" | "head";
  approvers: Approver[];
  mode: "auto" | "diff" | "audit";
  include: string[];
  exclude: string[];
  terraformPlan: string[];
  /** Repository-relative directories of CDK synth output (head and base). */
  cdkOut?: string;
  cdkOutBase?: string;
  /**
   * Terraform roots whose `.terraform/modules` (from `terraform init -backend=false` in the job)
   * are mounted into both sides, or "all" of them found in the workspace.
   */
  terraformModules?: readonly string[] | "all";
  tfvars: string[];
  comment: boolean;
  reviewComments: boolean;
  failOnUnresolved: boolean;
  /** Fail when the check reads nothing: a `paths` pattern matching no file, no IaC at all. */
  failOnEmpty: boolean;
  /** Absolute path of the SARIF file to write. */
  sarifFile?: string;
  runner: RunnerEnv;
}

/** What the runner tells every step through the environment. */
export interface RunnerEnv {
  eventName: string;
  eventPath: string;
  owner: string;
  repo: string;
  workspace: string;
  apiUrl: string;
  serverUrl: string;
  /** GITHUB_SHA: the commit the workflow runs on (the merge commit under pull_request). */
  sha?: string;
  runnerTemp: string;
}

export class ConfigError extends Error {}

export const DEFAULT_ALLOWLIST = ".github/cross-account-allowlist.yml";

type Env = Record<string, string | undefined>;

/** Where the step runs, for the runner variables that are not set: the process's, from the entry. */
export interface StepDirs {
  /** The working directory: the workspace when GITHUB_WORKSPACE is not set. */
  cwd: string;
  /** The system's temporary folder: RUNNER_TEMP when that is not set. */
  tmpdir: string;
}

/** Read and validate the inputs (INPUT_* as the runner sets them) and the runner variables. */
export function readConfig(env: Env, dirs: StepDirs): Config {
  const input = (name: string): string =>
    (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const runner = readRunner(env, dirs);
  const inWorkspace = (name: string, value: string): string => repoPath(name, value, runner.workspace);

  const allowlist = inWorkspace("allowlist", input("allowlist") || DEFAULT_ALLOWLIST);
  const config: Config = {
    token: input("github-token"),
    allowlist,
    allowlistRef: oneOf("allowlist-ref", input("allowlist-ref") || "base", ["base", "head"] as const),
    approvers: list(input("approvers")).map(parseApprover),
    mode: oneOf("mode", input("mode") || "auto", ["auto", "diff", "audit"] as const),
    include: list(input("paths")),
    exclude: list(input("exclude")),
    terraformPlan: list(input("terraform-plan")).map((p) => inWorkspace("terraform-plan", p)),
    tfvars: list(input("tfvars")).map((p) => inWorkspace("tfvars", p)),
    comment: bool("comment", input("comment"), true),
    reviewComments: bool("review-comments", input("review-comments"), true),
    failOnUnresolved: bool("fail-on-unresolved", input("fail-on-unresolved"), true),
    failOnEmpty: bool("fail-on-empty", input("fail-on-empty"), true),
    runner,
  };
  const cdkOut = input("cdk-out");
  const cdkOutBase = input("cdk-out-base");
  if (cdkOut) config.cdkOut = inWorkspace("cdk-out", cdkOut);
  if (cdkOutBase) config.cdkOutBase = inWorkspace("cdk-out-base", cdkOutBase);
  if (cdkOutBase && !cdkOut)
    throw new ConfigError("Input 'cdk-out-base' needs 'cdk-out' (the head's synth output) as well.");
  const modules = input("terraform-modules");
  if (modules !== "" && !["false", "False", "FALSE"].includes(modules)) {
    config.terraformModules = ["true", "True", "TRUE"].includes(modules)
      ? "all"
      : list(modules).map((r) => (r === "." || r === "./" ? "" : inWorkspace("terraform-modules", r)));
  }
  const sarif = input("sarif-file");
  if (sarif) config.sarifFile = isAbsolute(sarif) ? sarif : resolve(runner.workspace, sarif);
  return config;
}

function readRunner(env: Env, dirs: StepDirs): RunnerEnv {
  const required = (name: string): string => {
    const v = env[name]?.trim();
    if (!v) throw new ConfigError(`${name} is not set: this action runs inside a GitHub Actions job.`);
    return v;
  };
  const repository = required("GITHUB_REPOSITORY");
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) throw new ConfigError(`Invalid GITHUB_REPOSITORY '${repository}'. Expected format {owner}/{repo}.`);
  const runner: RunnerEnv = {
    eventName: required("GITHUB_EVENT_NAME"),
    eventPath: resolve(dirs.cwd, required("GITHUB_EVENT_PATH")),
    owner: m[1]!,
    repo: m[2]!,
    workspace: resolve(dirs.cwd, env.GITHUB_WORKSPACE?.trim() || "."),
    apiUrl: (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, ""),
    runnerTemp: resolve(dirs.cwd, env.RUNNER_TEMP?.trim() || dirs.tmpdir),
  };
  const sha = env.GITHUB_SHA?.trim();
  if (sha) runner.sha = sha;
  return runner;
}

/** Inputs that hold several values take one per line or comma-separated. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0 && !s.startsWith("#"));
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(", ")}.`);
}

/** The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const TEAM = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;

function parseApprover(raw: string): Approver {
  const s = raw.replace(/^@/, "");
  const team = TEAM.exec(s);
  if (team) return { kind: "team", org: team[1]!.toLowerCase(), slug: team[2]!.toLowerCase() };
  if (LOGIN.test(s)) return { kind: "user", login: s.toLowerCase() };
  throw new ConfigError(
    `Invalid approver '${raw}'. Expected a GitHub user (alice or @alice) or a team slug (org/team or @org/team).`,
  );
}

/** A path input must stay inside the repository: it is read from git at a commit, or from the workspace. */
function repoPath(name: string, value: string, workspace: string): string {
  const rel = relative(workspace, resolve(workspace, value)).split(sep).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) {
    throw new ConfigError(
      `Invalid input '${name}': '${value}'. Expected a path inside the repository (GITHUB_WORKSPACE).`,
    );
  }
  return rel;
}
