/** The built CLI run as users run it: its wall time and peak memory measured, its heap bounded. */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { CLI, ROOT } from "../helpers/cli.js";

export interface TimedRun {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident memory of the process in MiB (GNU time), when it can be measured. */
  maxRssMb?: number;
}

/** Heap limit of the child: a hostile input must not need more (the default would be ~4 GB). */
export const MAX_HEAP_MB = 1024;

/**
 * A private copy of dist/: other sessions rebuild the shared dist/ (the build empties it first),
 * which would pull the bundle from under a run. The bundle needs nothing but its folder.
 */
export function snapshotDist(into: string): string {
  const dir = join(into, "dist");
  cpSync(dirname(CLI), dir, { recursive: true });
  return join(dir, "cli.js");
}

const GNU_TIME = "/usr/bin/time";
const RSS_LINE = /\nCAG_MAX_RSS_KB=(\d+)\n?$/;

export function runCliTimed(args: string[], timeoutSeconds: number, cli = CLI, cwd = ROOT): TimedRun {
  const node = [process.execPath, `--max-old-space-size=${MAX_HEAP_MB}`, cli, ...args];
  const measured = existsSync(GNU_TIME);
  const [command, ...rest] = measured ? [GNU_TIME, "-f", "\nCAG_MAX_RSS_KB=%M", ...node] : node;
  const started = process.hrtime.bigint();
  const r = spawnSync(command!, rest, {
    cwd,
    encoding: "utf8",
    timeout: timeoutSeconds * 1000,
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, CAG_DEBUG: "1" },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  let stderr = r.stderr ?? "";
  const rss = RSS_LINE.exec(stderr);
  if (rss) stderr = stderr.slice(0, rss.index);
  // GNU time reports a killed child as "Command terminated by signal"; its own exit code is the child's.
  const out: TimedRun = { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr, seconds };
  if (rss) out.maxRssMb = Math.round(Number(rss[1]) / 1024);
  return out;
}
