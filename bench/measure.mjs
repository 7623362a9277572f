// What the benchmarks share: a process timed with its peak memory and CPU time (bench/peak.mjs),
// steps measured in rounds with medians, and the action's start-up on a repository with nothing
// to check. Used by bench/run.mjs (generated repositories), bench/real.mjs (a real repository)
// and bench/merge.mjs (the organisation inventory).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

export const git = (cwd, ...a) =>
  execFileSync("git", a, { cwd, stdio: ["ignore", "pipe", "pipe"], maxBuffer: 1 << 30 }).toString();

/**
 * Variables this machine may set that a GitHub-hosted runner does not, and that change what every
 * Node process does before any of the product runs: with NODE_EXTRA_CA_CERTS Node parses the whole
 * CA bundle at start-up (~70 ms on the development machine, where `node -e 0` took 115 ms instead
 * of 40); NODE_OPTIONS can add anything. The measured processes run without them, as on a runner,
 * and results.json names the ones that were removed.
 */
export const NOT_ON_A_RUNNER = ["NODE_EXTRA_CA_CERTS", "NODE_OPTIONS"];

/** This process's environment as a runner would give it (without NOT_ON_A_RUNNER), plus `env`. */
export function runnerEnv(env = {}) {
  const base = { ...process.env };
  for (const name of NOT_ON_A_RUNNER) delete base[name];
  return { ...base, ...env };
}

/**
 * The NOT_ON_A_RUNNER variables this machine set, which the measured processes ran without, as
 * one text ("" for none): results.json stays in the formatter's shape, which `npm run lint` checks.
 */
export const removedFromEnv = () =>
  NOT_ON_A_RUNNER.filter((name) => process.env[name] !== undefined).join(", ");

/** Wall time of one process, its peak memory and CPU time (via bench/peak.mjs). */
export function timed(argv, env = {}, cwd = root) {
  const peakFile = join(tmpdir(), `cag-peak-${process.pid}.json`);
  rmSync(peakFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", join(root, "bench", "peak.mjs"), ...argv], {
    cwd,
    env: runnerEnv({ ...env, CAG_PEAK_FILE: peakFile }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(" ")} exited ${r.status}: ${r.stderr}`);
  const usage = existsSync(peakFile)
    ? JSON.parse(readFileSync(peakFile, "utf8"))
    : { maxRssKiB: 0, cpuMs: 0 };
  return {
    ms,
    peakMiB: usage.maxRssKiB / 1024,
    cpuMs: usage.cpuMs,
    stdout: r.stdout,
    status: r.status,
    stderr: r.stderr,
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Run each step `n` times, in rounds (every step once, then again): a burst of load from other
 * work then falls on every step alike instead of on the one that happened to run then, so the
 * ratios hold better on a shared machine. Medians per step.
 */
export function measureRounds(n, steps) {
  const runs = Object.fromEntries(Object.keys(steps).map((k) => [k, []]));
  for (let i = 0; i < n; i++) for (const [k, fn] of Object.entries(steps)) runs[k].push(fn());
  return Object.fromEntries(
    Object.entries(runs).map(([k, list]) => {
      process.stderr.write(
        `  ${k}: ${list.map((r) => Math.round(r.ms)).join(", ")} ms (CPU ${list.map((r) => Math.round(r.cpuMs)).join(", ")} ms)\n`,
      );
      return [
        k,
        {
          ms: median(list.map((r) => r.ms)),
          cpuMs: median(list.map((r) => r.cpuMs)),
          peakMiB: Math.max(...list.map((r) => r.peakMiB)),
          last: list.at(-1),
        },
      ];
    }),
  );
}

export function startupRepo(out) {
  const dir = join(out, "startup");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  git(dir, "init", "-q", "-b", "main");
  writeFileSync(join(dir, "README.md"), "nothing to check\n");
  git(dir, "add", "-A");
  git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "empty");
  const sha = git(dir, "rev-parse", "HEAD").trim();
  writeFileSync(
    join(dir, "..", "startup-event.json"),
    JSON.stringify({ ref: "refs/heads/main", after: sha }),
  );
  // The runner creates these files before a step starts; without them the action fails at its
  // first output and the measurement would be of an error path.
  writeFileSync(join(out, "startup-summary.md"), "");
  writeFileSync(join(out, "startup-output.txt"), "");
  return { dir, sha };
}

/** The environment of the action's start-up run (workflow_dispatch, audit) on startupRepo's repository. */
export function startupEnv(out, start) {
  return {
    GITHUB_EVENT_NAME: "workflow_dispatch",
    GITHUB_EVENT_PATH: join(out, "startup-event.json"),
    GITHUB_REPOSITORY: "bench/startup",
    GITHUB_WORKSPACE: start.dir,
    GITHUB_SHA: start.sha,
    GITHUB_REF: "refs/heads/main",
    GITHUB_STEP_SUMMARY: join(out, "startup-summary.md"),
    GITHUB_OUTPUT: join(out, "startup-output.txt"),
    RUNNER_TEMP: out,
    "INPUT_GITHUB-TOKEN": "x",
    INPUT_MODE: "audit",
    // The repository holds no IaC on purpose (start-up only): not the misconfiguration
    // fail-on-empty guards against.
    "INPUT_FAIL-ON-EMPTY": "false",
  };
}

/** Node itself starting and exiting, in the same environment: the floor under the start-up figure. */
export const timedNode = () => timed(["-e", "0"]);

/** The action's start-up with nothing to do; a failing run would time an error path. */
export function timedStartup(out, start) {
  const r = timed([join(root, "dist", "index.js")], startupEnv(out, start), start.dir);
  if (r.status !== 0) throw new Error(`the action's start-up run failed: ${r.stdout}${r.stderr}`);
  return r;
}
