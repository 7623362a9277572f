import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { Writable } from "node:stream";
import { type CliIo, runCli as runInProcess } from "../../src/cli/run.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A stream that keeps what is written to it. */
export function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

/**
 * The CLI of src/ in this process, as `node dist/cli.js <args>` run in `cwd` would behave: its exit
 * code, stdout and stderr. One thread (worker threads run the bundle's dist/worker.js; the
 * bundle's smoke tests cover them, test/cli/parallel.test.ts).
 */
export async function runCli(
  args: string[],
  cwd = ROOT,
  env: NodeJS.ProcessEnv = process.env,
  /** What else src/cli.ts may hand the run (git's answers asked ahead). */
  more: Pick<CliIo, "gitAhead"> = {},
): Promise<CliRun> {
  const stdout = capture();
  const stderr = capture();
  const status = await runInProcess(args, {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env,
    cwd,
    threads: 1,
    ...more,
  });
  return { status, stdout: stdout.text(), stderr: stderr.text() };
}

/**
 * The built CLI (dist/cli.js) as a real process: for the smoke tests of what users run. The
 * bundle is rebuilt before the tests when src/ has changed (test/global-setup.ts).
 */
export function runBuiltCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = process.env): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, env, encoding: "utf8", timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
