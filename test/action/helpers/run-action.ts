/**
 * Runs the action as the runner does, with GitHub's environment, event file, output and summary
 * files: in this process through run() of src/ by default, or the bundle (dist/index.js, or
 * `entry`) as a node process for the smoke tests. In this process the action's own files (the
 * event payload, the report file, SARIF) are in memory (MemoryFiles); the outputs and the summary
 * go through the runner stand-in (runner-protocol.ts) to files of the run's folder.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "../../../src/github/action.js";
import { MemoryFiles } from "./memory-files.js";
import { runnerOn } from "./runner-protocol.js";

export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const DIST = join(ROOT, "dist", "index.js");

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error ...::` and `::warning ...::` lines of the log. */
  annotations: string[];
  /**
   * The text the action wrote at an absolute path (the report file, SARIF), if it wrote one: in
   * memory for run() in this process, on disk for the bundle or `disk`.
   */
  written(path: string): string | undefined;
}

export interface RunActionOptions {
  /** A fresh folder for this run's runner files (event, outputs, summary, temp). */
  runDir: string;
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  apiUrl: string;
  sha: string;
  home: string;
  repository?: string;
  /** Run a bundle as a node process: `true` for dist/index.js of the repository, or its path. */
  bundle?: boolean | string;
  /** Extra environment variables of the step (e.g. CAG_API_TIMEOUT_MS). */
  env?: Record<string, string>;
  /**
   * Files an earlier step left besides the checkout (absolute path -> text), e.g. a
   * terraform-plan file: in the action's files, in memory or on disk.
   */
  files?: Record<string, string>;
  /** run() in this process with its default files, the real disk, instead of files in memory. */
  disk?: boolean;
  /** The files in memory of run() in this process (a test may make writes fail there); a fresh set by default. */
  memory?: MemoryFiles;
}

export async function runAction(o: RunActionOptions): Promise<ActionRun> {
  mkdirSync(join(o.runDir, "temp"), { recursive: true });
  const eventPath = join(o.runDir, "event.json");
  const outputPath = join(o.runDir, "output.txt");
  const summaryPath = join(o.runDir, "summary.md");
  const memory = o.bundle || o.disk ? undefined : (o.memory ?? new MemoryFiles());
  for (const [path, text] of Object.entries({ [eventPath]: JSON.stringify(o.payload), ...o.files })) {
    if (memory) {
      memory.mkdir(dirname(path));
      memory.writeFile(path, text);
    } else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
  }
  writeFileSync(outputPath, "");
  writeFileSync(summaryPath, "");
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: o.home,
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_CONFIG_GLOBAL: "/dev/null",
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_EVENT_NAME: o.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository ?? "acme/infra",
    GITHUB_REPOSITORY_OWNER: (o.repository ?? "acme/infra").split("/")[0],
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_SHA: o.sha,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
    RUNNER_TEMP: join(o.runDir, "temp"),
  };
  for (const [name, value] of Object.entries(o.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  Object.assign(env, o.env);
  const { code, stdout, stderr } = o.bundle
    ? await runBundle(o.bundle === true ? DIST : o.bundle, o.workspace, env)
    : await runInProcess(env, o.workspace, memory);
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputPath, "utf8")),
    summary: readFileSync(summaryPath, "utf8"),
    annotations: stdout.split("\n").filter((l) => /^::(error|warning)/.test(l)),
    written: (path) =>
      memory ? memory.text(path) : existsSync(path) ? readFileSync(path, "utf8") : undefined,
  };
}

/**
 * run() of src/ with the step's environment, in the workspace, with the files in `memory` (the
 * disk without); its log is what the process would print on stdout. One thread: worker threads
 * run the bundle's dist/worker.js (test/cli/parallel.test.ts).
 */
async function runInProcess(
  env: NodeJS.ProcessEnv,
  cwd: string,
  memory: MemoryFiles | undefined,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const log: string[] = [];
  const code = await run({
    env: { ...env },
    cwd,
    runner: runnerOn({ env, stdout: (text) => log.push(text) }),
    threads: 1,
    ...(memory ? { files: memory } : {}),
  });
  return { code, stdout: log.join(""), stderr: "" };
}

async function runBundle(
  entry: string,
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [entry], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  return { code, stdout, stderr };
}

/** GITHUB_OUTPUT as @actions/core writes it: `name<<delimiter`, value lines, `delimiter`. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join("\n");
  }
  return out;
}

/** Compare with a golden file under fixtures/action/golden; UPDATE_GOLDEN=1 rewrites it. */
export function golden(name: string, actual: string): string {
  const file = join(ROOT, "fixtures", "action", "golden", name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    mkdirSync(join(ROOT, "fixtures", "action", "golden"), { recursive: true });
    writeFileSync(file, actual);
  }
  return readFileSync(file, "utf8");
}

export interface PullRequestEvent {
  number: number;
  baseSha: string;
  headSha: string;
  fork?: boolean;
  action?: string;
}

/** The parts of a pull_request payload the action reads, shaped like GitHub's. */
export function pullRequestPayload(e: PullRequestEvent): Record<string, unknown> {
  const repo = { full_name: "acme/infra", name: "infra", owner: { login: "acme" } };
  const headRepo = e.fork ? { full_name: "mallory/infra", name: "infra", owner: { login: "mallory" } } : repo;
  return {
    action: e.action ?? "synchronize",
    number: e.number,
    pull_request: {
      number: e.number,
      state: "open",
      user: { login: e.fork ? "mallory" : "dev" },
      head: { sha: e.headSha, ref: "feature", repo: headRepo },
      base: { sha: e.baseSha, ref: "main", repo },
    },
    repository: repo,
  };
}
