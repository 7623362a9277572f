// The parse floor: only parse every IaC file of a tree (hcl2json for .tf and .tfvars, yaml for
// .yaml/.yml, JSON.parse for .json), no evaluation, spread over the same number of threads the
// audit uses. .tfvars files count: the audit parses each root's terraform.tfvars with hcl2json.
// With --native <module> (bench/run.mjs bundles src/iac/terraform/hcl-native.ts there), .tf and
// .tfvars files go first through the reader the product uses first, and only the files it leaves
// go to hcl2json, loaded when the first one does: the floor of the product's own parsers.
// Usage: node bench/parse-floor.mjs <dir> [threads] [--native <module>]
import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

function listFiles(root) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.name === ".git" || e.name === "node_modules") continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tf|tfvars|ya?ml|json)$/.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

async function parseAll(files, nativeModule) {
  let hcl2json;
  const parse = async (f, text) => {
    hcl2json ??= (await import("@cdktf/hcl2json")).parse;
    return hcl2json(f, text);
  };
  const native = nativeModule ? (await import(nativeModule)).parseHclNative : () => undefined;
  const { parseDocument } = await import("yaml");
  let bytes = 0;
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    bytes += text.length;
    // A real repository holds files that do not parse: the time spent finding that out counts.
    try {
      if (f.endsWith(".tf") || f.endsWith(".tfvars")) {
        if (native(text) === undefined) await parse(f, text);
      } else if (f.endsWith(".json")) JSON.parse(text);
      else parseDocument(text);
    } catch {}
  }
  return bytes;
}

if (isMainThread) {
  const args = process.argv.slice(2);
  const at = args.indexOf("--native");
  const nativeModule = at >= 0 ? pathToFileURL(resolve(args.splice(at, 2)[1])).href : undefined;
  const [dir, threadsArg] = args;
  const threads = Number(threadsArg ?? availableParallelism());
  const files = listFiles(dir);
  const parts = Array.from({ length: threads }, (_, i) => files.filter((_, j) => j % threads === i));
  const t0 = performance.now();
  const results = await Promise.all(
    parts.map(
      (part) =>
        new Promise((resolve, reject) => {
          const w = new Worker(new URL(import.meta.url), { workerData: { part, nativeModule } });
          w.once("message", resolve);
          w.once("error", reject);
        }),
    ),
  );
  const ms = performance.now() - t0;
  const tf = files.filter((f) => f.endsWith(".tf")).length;
  const tfvars = files.filter((f) => f.endsWith(".tfvars")).length;
  console.log(
    JSON.stringify({
      files: files.length,
      tf,
      tfvars,
      bytes: results.reduce((a, b) => a + b, 0),
      ms,
      root: relative(process.cwd(), dir),
    }),
  );
} else {
  parentPort.postMessage(await parseAll(workerData.part, workerData.nativeModule));
  process.exit(0);
}
