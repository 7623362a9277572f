// npm run bench [-- small medium large] [--reps N]
// Generates the monorepo at each size (deterministic, seed 42), commits it to a git repository,
// changes three files of one module that two roots call, commits again, and measures — each in a
// process of its own, repeated in rounds, medians — the parse floor (hcl2json, yaml, JSON.parse),
// the same floor with the product's own HCL reader first, a full audit, the diff of that change,
// and the action's start-up with nothing to do. Prints a table and writes bench/results.json.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { join } from "node:path";
import { bundleNativeReader } from "./bundle.mjs";
import { changeOneModule, generate, SIZES } from "./generate.mjs";
import {
  git,
  measureRounds,
  removedFromEnv,
  root,
  startupRepo,
  timed,
  timedNode,
  timedStartup,
} from "./measure.mjs";

const out = join(root, "bench", "out");
const args = process.argv.slice(2);
const repsArg = args.indexOf("--reps");
const reps = repsArg >= 0 ? Number(args[repsArg + 1]) : undefined;
const sizes = args.filter((a, i) => SIZES[a] && args[i - 1] !== "--reps");
const chosen = sizes.length > 0 ? sizes : ["small", "medium", "large"];
const threads = availableParallelism();
const cli = join(root, "dist", "cli.js");
if (!existsSync(cli)) throw new Error("dist/cli.js is missing: run npm run build first");

function prepare(size) {
  const dir = join(out, size);
  generate(size, dir, 42);
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "-c", "user.name=bench", "-c", "user.email=bench@example.com", "commit", "-q", "-m", "base");
  changeOneModule(dir);
  git(dir, "add", "-A");
  git(
    dir,
    "-c",
    "user.name=bench",
    "-c",
    "user.email=bench@example.com",
    "commit",
    "-q",
    "-m",
    "change one module",
  );
  return dir;
}

const results = {
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, threads },
  // Load average (1 min) when the run started and ended: the machine may be shared.
  load: { start: +loadavg()[0].toFixed(2), end: 0 },
  // What the measured processes ran without (measure.mjs, NOT_ON_A_RUNNER).
  envRemoved: removedFromEnv(),
  sizes: {},
};
const start = startupRepo(out);
// The product's own HCL reader, for the second floor (parse-floor.mjs --native).
const nativeReader = await bundleNativeReader(root);

for (const size of chosen) {
  process.stderr.write(`${size}: generating\n`);
  const dir = prepare(size);
  const n = reps ?? (size === "large" ? 3 : 5);
  const { floor, nativeFloor, audit, diff, startup, node } = measureRounds(n, {
    floor: () => {
      const r = timed([join(root, "bench", "parse-floor.mjs"), dir, String(threads)]);
      r.info = JSON.parse(r.stdout);
      return r;
    },
    // The same with the parsers the audit uses: the native HCL reader first, hcl2json for the rest.
    nativeFloor: () =>
      timed([join(root, "bench", "parse-floor.mjs"), dir, String(threads), "--native", nativeReader]),
    audit: () => timed([cli, "audit", dir, "--format", "json", "--output", join(out, "audit.json")]),
    diff: () =>
      timed([
        cli,
        "diff",
        "--repo",
        dir,
        "--base",
        "HEAD~1",
        "--head",
        "HEAD",
        "--format",
        "json",
        "--output",
        join(out, "diff.json"),
      ]),
    startup: () => timedStartup(out, start),
    node: () => timedNode(),
  });
  const report = JSON.parse(readFileSync(join(out, "audit.json"), "utf8"));
  const diffReport = JSON.parse(readFileSync(join(out, "diff.json"), "utf8"));
  const info = floor.last.info;
  results.sizes[size] = {
    files: info.files,
    tfFiles: info.tf,
    tfvarsFiles: info.tfvars,
    megabytes: +(info.bytes / 1048576).toFixed(2),
    grants: report.summary.grants,
    diffNewAccess: diffReport.summary.newAccess,
    floorMs: Math.round(floor.ms),
    auditMs: Math.round(audit.ms),
    diffMs: Math.round(diff.ms),
    startupMs: Math.round(startup.ms),
    // Node alone (`node -e 0`) in the same environment: what no change to the product can remove.
    nodeStartupMs: Math.round(node.ms),
    nativeFloorMs: Math.round(nativeFloor.ms),
    auditOverFloor: +(audit.ms / floor.ms).toFixed(2),
    auditOverNativeFloor: +(audit.ms / nativeFloor.ms).toFixed(2),
    diffOverAudit: +(diff.ms / audit.ms).toFixed(3),
    // CPU time of all threads (user + system), medians: less sensitive to a busy machine than wall time.
    cpuMs: {
      floor: Math.round(floor.cpuMs),
      nativeFloor: Math.round(nativeFloor.cpuMs),
      audit: Math.round(audit.cpuMs),
      diff: Math.round(diff.cpuMs),
      startup: Math.round(startup.cpuMs),
    },
    auditOverFloorCpu: +(audit.cpuMs / floor.cpuMs).toFixed(2),
    peakMiB: {
      floor: Math.round(floor.peakMiB),
      audit: Math.round(audit.peakMiB),
      diff: Math.round(diff.peakMiB),
    },
    floorMsPerFile: +((floor.ms * threads) / info.files).toFixed(2),
    floorMsPerMB: Math.round((floor.ms * threads) / (info.bytes / 1048576)),
  };
}

results.load.end = +loadavg()[0].toFixed(2);
const rows = Object.entries(results.sizes).map(([size, r]) =>
  [
    size,
    r.files,
    r.megabytes,
    r.grants,
    r.floorMs,
    r.auditMs,
    r.auditOverFloor,
    r.nativeFloorMs,
    r.auditOverNativeFloor,
    r.diffMs,
    r.diffOverAudit,
    `${r.startupMs} (${r.nodeStartupMs})`,
    r.peakMiB.audit,
    `${r.cpuMs.floor} / ${r.cpuMs.audit} (${r.auditOverFloorCpu})`,
  ].join(" | "),
);
const table = [
  `threads: ${threads} · node ${process.version} · medians of ${reps ?? "5 (large: 3)"} runs, each a process of its own${results.envRemoved ? ` without ${results.envRemoved} (not set on a runner)` : ""} · load average ${results.load.start} at the start, ${results.load.end} at the end`,
  "",
  "| size | files | MB | grants | parse floor ms | audit ms | audit/floor | native floor ms | audit/native floor | diff ms | diff/audit | start-up ms (node alone) | audit peak MiB | CPU ms floor / audit (ratio) |",
  "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
  ...rows.map((r) => `| ${r} |`),
].join("\n");
console.log(table);
writeFileSync(join(root, "bench", "results.json"), `${JSON.stringify(results, null, 2)}\n`);
