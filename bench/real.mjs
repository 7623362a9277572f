// npm run bench:real -- <git dir> <base> <head> [--reps N]
// The benchmark of bench/run.mjs on a real repository and a real commit pair (nothing fetched:
// give a clone or a bare mirror already here): the parse floors of the head's tree (hcl2json,
// and the product's own HCL reader first), the full audit of <head>, the diff <base>..<head>, and
// the action's start-up, each a process of its own, in rounds, medians. Prints a table and writes
// bench/out/real-<name>.json.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { bundleNativeReader } from "./bundle.mjs";
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

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reps: { type: "string", default: "3" } },
});
const [gitDir, base, head] = positionals;
if (!gitDir || !base || !head) {
  process.stderr.write("usage: npm run bench:real -- <git dir> <base> <head> [--reps N]\n");
  process.exit(2);
}
const repo = resolve(gitDir);
const reps = Number(values.reps);
const threads = availableParallelism();
const cli = join(root, "dist", "cli.js");
const out = join(root, "bench", "out");
const name = basename(repo.replace(/\/(repo|\.git)\/?$/, "")).replace(/[^\w.+-]/g, "_");
const headSha = git(repo, "rev-parse", "--verify", `${head}^{commit}`).trim();
const baseSha = git(repo, "rev-parse", "--verify", `${base}^{commit}`).trim();

// The parse floor reads files on disk: the head's tree, exported once.
const tree = join(out, `real-${name}-tree`);
rmSync(tree, { recursive: true, force: true });
mkdirSync(tree, { recursive: true });
exportIacFiles(repo, headSha, tree);
const changed = git(repo, "diff", "--name-only", baseSha, headSha).trim().split("\n").filter(Boolean).length;

const start = startupRepo(out);
const nativeReader = await bundleNativeReader(root);
const load = { start: +loadavg()[0].toFixed(2), end: 0 };
const m = measureRounds(reps, {
  floor: () => {
    const r = timed([join(root, "bench", "parse-floor.mjs"), tree, String(threads)]);
    r.info = JSON.parse(r.stdout);
    return r;
  },
  nativeFloor: () =>
    timed([join(root, "bench", "parse-floor.mjs"), tree, String(threads), "--native", nativeReader]),
  audit: () =>
    timed([
      cli,
      "audit",
      headSha,
      "--repo",
      repo,
      "--format",
      "json",
      "--output",
      join(out, "real-audit.json"),
    ]),
  diff: () =>
    timed([
      cli,
      "diff",
      "--repo",
      repo,
      "--base",
      baseSha,
      "--head",
      headSha,
      "--format",
      "json",
      "--output",
      join(out, "real-diff.json"),
    ]),
  startup: () => timedStartup(out, start),
  node: () => timedNode(),
});
load.end = +loadavg()[0].toFixed(2);
const audit = JSON.parse(readFileSync(join(out, "real-audit.json"), "utf8"));
const diff = JSON.parse(readFileSync(join(out, "real-diff.json"), "utf8"));
const info = m.floor.last.info;
const result = {
  repository: name,
  base: baseSha,
  head: headSha,
  changedFiles: changed,
  files: info.files,
  tfFiles: info.tf,
  grants: audit.summary.grants,
  diffNewAccess: diff.summary.newAccess,
  unitsReadByDiff: diff.coverage?.units?.read ?? null,
  floorMs: Math.round(m.floor.ms),
  nativeFloorMs: Math.round(m.nativeFloor.ms),
  auditMs: Math.round(m.audit.ms),
  diffMs: Math.round(m.diff.ms),
  startupMs: Math.round(m.startup.ms),
  nodeStartupMs: Math.round(m.node.ms),
  peakMiB: Math.round(m.audit.peakMiB),
  auditOverNativeFloor: +(m.audit.ms / m.nativeFloor.ms).toFixed(2),
  diffOverAudit: +(m.diff.ms / m.audit.ms).toFixed(3),
  cpuMs: {
    nativeFloor: Math.round(m.nativeFloor.cpuMs),
    audit: Math.round(m.audit.cpuMs),
    diff: Math.round(m.diff.cpuMs),
    startup: Math.round(m.startup.cpuMs),
  },
  load,
  reps,
  envRemoved: removedFromEnv(),
};
rmSync(tree, { recursive: true, force: true });
writeFileSync(join(out, `real-${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
console.log(
  [
    `${name} ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)} (${changed} files changed) · threads: ${threads} · medians of ${reps}${result.envRemoved ? ` · without ${result.envRemoved} (not set on a runner)` : ""} · load ${load.start} → ${load.end}`,
    "",
    "| files | .tf | grants | native floor ms | audit ms | audit/native floor | diff ms | diff/audit | diff units read | start-up ms (node alone) | audit peak MiB |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    `| ${result.files} | ${result.tfFiles} | ${result.grants} | ${result.nativeFloorMs} | ${result.auditMs} | ${result.auditOverNativeFloor} | ${result.diffMs} | ${result.diffOverAudit} | ${result.unitsReadByDiff} | ${result.startupMs} (${result.nodeStartupMs}) | ${result.peakMiB} |`,
  ].join("\n"),
);

/**
 * The files the parse floor reads (.tf, .tfvars, YAML, JSON) of a commit, written under `dir`.
 * Only those: a mirror may lack large blobs (binaries) that `git archive` would stop at.
 */
function exportIacFiles(gitDir, sha, dir) {
  const entries = git(gitDir, "ls-tree", "-r", "-z", sha)
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [, type, object] = line.slice(0, tab).split(" ");
      return { type, object, path: line.slice(tab + 1) };
    })
    .filter((e) => e.type === "blob" && /\.(tf|tfvars|ya?ml|json)$/.test(e.path));
  const out = execFileSync("git", ["-C", gitDir, "cat-file", "--batch"], {
    input: `${entries.map((e) => e.object).join("\n")}\n`,
    maxBuffer: 1 << 30,
  });
  let at = 0;
  for (const e of entries) {
    const headerEnd = out.indexOf(10, at);
    const [, , size] = out.subarray(at, headerEnd).toString().split(" ");
    const start = headerEnd + 1;
    const end = start + Number(size);
    const file = join(dir, e.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, out.subarray(start, end));
    at = end + 1;
  }
}
