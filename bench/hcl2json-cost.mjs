// What @cdktf/hcl2json costs, measured in one thread, and how a dedicated parser would compare.
// Usage: node bench/hcl2json-cost.mjs [size | dir] (default medium; generates bench/out/<size> if
// missing; a directory, e.g. /work/baseline/large, is measured as it is)
//
// - start-up: a fresh process importing hcl2json and parsing an empty file (WASM decompression,
//   compilation, Go runtime start), median of 5 processes;
// - fixed cost per call: an empty file and a one-line file, parsed 3,000 times after warm-up;
// - cost per MB: 100 KB and 1 MB files;
// - the benchmark's .tf/.tfvars files, one call each: per file, per MB, and a least-squares fit
//   time = fixed + perByte x bytes over the files;
// - the same files through a prototype parser built from the reader's own position scanner and
//   Pratt expression parser (bench/hcl-proto.ts), which yields positions and an AST at once;
// - the same files through the native reader the product uses first (src/iac/terraform/
//   hcl-native.ts): the share of files it reads (the rest go to hcl2json), its time per file, and
//   whether its values equal hcl2json's.
// Times are CPU times of this process (process.cpuUsage) next to wall times: the machine may be
// shared. Writes bench/hcl2json-cost.json.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { bundleForBench, bundleNativeReader } from "./bundle.mjs";
import { generate, SIZES } from "./generate.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const arg = process.argv[2] ?? "medium";
const size = arg;
if (!SIZES[arg] && !existsSync(arg)) throw new Error(`unknown size ${arg}`);
const dir = SIZES[arg] ? join(root, "bench", "out", arg) : arg;
if (!existsSync(dir)) generate(arg, dir, 42);

const hclEntry = join(root, "node_modules", "@cdktf", "hcl2json", "lib", "index.js");

// 1. Start-up in fresh processes.
const startScript = `
const t0 = performance.now();
const { parse } = await import(${JSON.stringify(pathToFileURL(hclEntry).href)});
await parse("warm.tf", "");
const c = process.cpuUsage();
console.log(JSON.stringify({ ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 }));
`;
const starts = Array.from({ length: 5 }, () => {
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", startScript], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
});
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const startup = { ms: median(starts.map((s) => s.ms)), cpuMs: median(starts.map((s) => s.cpuMs)) };

// 2. In this process.
const { parse } = await import(pathToFileURL(hclEntry).href);
const files = [];
const walk = (d) => {
  for (const e of readdirSync(d, { withFileTypes: true })) {
    if (e.name === ".git") continue;
    const p = join(d, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(tf|tfvars)$/.test(e.name)) files.push({ path: p, text: readFileSync(p, "utf8") });
  }
};
walk(dir);
files.sort((a, b) => (a.path < b.path ? -1 : 1));
const bytesOf = (t) => Buffer.byteLength(t);
const totalBytes = files.reduce((s, f) => s + bytesOf(f.text), 0);

async function timed(fn) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

// Warm-up: V8 tiers WASM and JS up during the first calls.
for (const f of files) await parse(f.path, f.text);

const N = 3000;
const empty = await timed(async () => {
  for (let i = 0; i < N; i++) await parse("a.tf", "");
});
const oneLine = await timed(async () => {
  for (let i = 0; i < N; i++) await parse("a.tf", 'a = "b"\n');
});

const corpus = await timed(async () => {
  for (const f of files) await parse(f.path, f.text);
});
// Per-file times for the fit (wall, one call at a time).
const samples = [];
for (const f of files) {
  const t0 = performance.now();
  await parse(f.path, f.text);
  samples.push({ bytes: bytesOf(f.text), ms: performance.now() - t0 });
}
const fit = leastSquares(samples);

/** A synthetic file of about `bytes`: the corpus's .tf files concatenated, cut after a block. */
const tfFiles = files.filter((f) => f.path.endsWith(".tf"));
function bigFile(bytes) {
  let text = "";
  for (let i = 0; text.length < bytes; i++) text += `${tfFiles[i % tfFiles.length].text}\n`;
  return text.slice(0, text.lastIndexOf("\n}\n", bytes) + 3);
}
const big = {};
for (const [label, bytes, reps] of [
  ["100KB", 100_000, 20],
  ["1MB", 1_000_000, 4],
]) {
  const text = bigFile(bytes);
  const t = await timed(async () => {
    for (let i = 0; i < reps; i++) await parse("big.tf", text);
  });
  big[label] = { mb: bytesOf(text) / 1048576, cpuMsPerMB: t.cpuMs / reps / (bytesOf(text) / 1048576) };
}

/** CPU ms per MB of a synchronous parser on a 100 KB and a 1 MB file. */
async function bigFileCost(parseText) {
  const out = {};
  for (const [label, bytes, reps] of [
    ["100KB", 100_000, 20],
    ["1MB", 1_000_000, 4],
  ]) {
    const text = bigFile(bytes);
    const t = await timed(async () => {
      for (let i = 0; i < reps; i++) parseText(text);
    });
    out[label] = { cpuMsPerMB: t.cpuMs / reps / (bytesOf(text) / 1048576) };
  }
  return out;
}

// 3. The prototype.
const protoOut = await bundleForBench(root, "bench/hcl-proto.ts", "hcl-proto");
const { parseHclProto } = await import(`${pathToFileURL(protoOut).href}?${Date.now()}`);
for (let r = 0; r < 3; r++) for (const f of files) parseHclProto(f.text);
let failures = 0;
let failedFiles = 0;
const proto = await timed(async () => {
  for (const f of files) {
    const r = parseHclProto(f.text);
    failures += r.failures;
    if (r.failures > 0) failedFiles++;
  }
});
const protoBig = await bigFileCost(parseHclProto);

// 4. The native reader.
const nativeOut = await bundleNativeReader(root);
const { parseHclNative } = await import(`${pathToFileURL(nativeOut).href}?${Date.now()}`);
for (let r = 0; r < 3; r++) for (const f of files) parseHclNative(f.text);
let nativeFiles = 0;
const native = await timed(async () => {
  for (const f of files) if (parseHclNative(f.text) !== undefined) nativeFiles++;
});
let nativeMismatches = 0;
for (const f of files) {
  const mine = parseHclNative(f.text);
  if (mine === undefined) continue;
  let theirs;
  try {
    theirs = JSON.stringify(await parse(f.path, f.text));
  } catch {
    theirs = "rejected";
  }
  if (JSON.stringify(mine) !== theirs) nativeMismatches++;
}
const nativeBig = await bigFileCost(parseHclNative);

const mb = totalBytes / 1048576;
const result = {
  node: process.version,
  corpus: {
    size,
    files: files.length,
    megabytes: +mb.toFixed(3),
    meanBytes: Math.round(totalBytes / files.length),
  },
  hcl2json: {
    startupMs: Math.round(startup.ms),
    startupCpuMs: Math.round(startup.cpuMs),
    fixedCpuMsPerCall: {
      emptyFile: +(empty.cpuMs / N).toFixed(4),
      oneLineFile: +(oneLine.cpuMs / N).toFixed(4),
    },
    corpus: {
      cpuMs: Math.round(corpus.cpuMs),
      wallMs: Math.round(corpus.ms),
      cpuMsPerFile: +(corpus.cpuMs / files.length).toFixed(4),
      cpuMsPerMB: Math.round(corpus.cpuMs / mb),
    },
    fit: { fixedMsPerCall: +fit.a.toFixed(4), msPerMB: Math.round(fit.b * 1048576) },
    bigFiles: Object.fromEntries(Object.entries(big).map(([k, v]) => [k, Math.round(v.cpuMsPerMB)])),
  },
  prototype: {
    cpuMs: Math.round(proto.cpuMs),
    cpuMsPerFile: +(proto.cpuMs / files.length).toFixed(4),
    cpuMsPerMB: Math.round(proto.cpuMs / mb),
    bigFiles: Object.fromEntries(Object.entries(protoBig).map(([k, v]) => [k, Math.round(v.cpuMsPerMB)])),
    argumentsNotParsed: failures,
    filesWithArgumentsNotParsed: failedFiles,
  },
  native: {
    filesRead: nativeFiles,
    share: +(nativeFiles / files.length).toFixed(4),
    cpuMs: Math.round(native.cpuMs),
    cpuMsPerFile: +(native.cpuMs / files.length).toFixed(4),
    cpuMsPerMB: Math.round(native.cpuMs / mb),
    bigFiles: Object.fromEntries(Object.entries(nativeBig).map(([k, v]) => [k, Math.round(v.cpuMsPerMB)])),
    valuesDifferentFromHcl2json: nativeMismatches,
  },
  speedup: {
    corpus: +(corpus.cpuMs / proto.cpuMs).toFixed(1),
    "1MB": +(big["1MB"].cpuMsPerMB / protoBig["1MB"].cpuMsPerMB).toFixed(1),
    nativeCorpus: +(corpus.cpuMs / native.cpuMs).toFixed(1),
  },
};
console.log(JSON.stringify(result, null, 2));
if (SIZES[arg])
  writeFileSync(join(root, "bench", "hcl2json-cost.json"), `${JSON.stringify(result, null, 2)}\n`);

/** Least squares of ms = a + b * bytes. */
function leastSquares(points) {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.bytes, 0) / n;
  const my = points.reduce((s, p) => s + p.ms, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.bytes - mx) * (p.ms - my);
    sxx += (p.bytes - mx) ** 2;
  }
  const b = sxx === 0 ? 0 : sxy / sxx;
  return { a: my - b * mx, b };
}
