/**
 * Before any test file: the bundle (dist/) is what src/ builds today. The smoke tests run
 * dist/cli.js, dist/index.js and dist/worker.js as real processes; a bundle older than src/ would
 * test yesterday's code. A stamp in .tmp/ (git-ignored) records the inputs of the last build and
 * the bundle it made; when either differs (src/ edited, dist/ checked out or rebuilt elsewhere),
 * `node scripts/build.mjs` runs here, once, before the test files start.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const STAMP = join(ROOT, ".tmp", "dist-stamp.json");
/** What the bundle is built from: the sources, the build script and its stubs, the schemas, the locked dependencies. */
const INPUTS = ["src", "scripts/build.mjs", "scripts/stubs", "schema", "package-lock.json"];

interface Stamp {
  inputs: string;
  bundle: string;
}

/** One hash over the files under `paths` (relative name and bytes, in a fixed order). */
function hashOf(paths: string[]): string {
  const hash = createHash("sha256");
  const add = (abs: string) => {
    if (!existsSync(abs)) return;
    if (statSync(abs).isDirectory()) {
      for (const name of readdirSync(abs).sort()) add(join(abs, name));
      return;
    }
    hash.update(`${relative(ROOT, abs)}\0`);
    hash.update(readFileSync(abs));
    hash.update("\0");
  };
  for (const p of paths) add(join(ROOT, p));
  return hash.digest("hex");
}

function readStamp(): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(STAMP, "utf8")) as Stamp;
  } catch {
    return undefined;
  }
}

export default function setup(): void {
  const inputs = hashOf(INPUTS);
  const stamp = readStamp();
  const built = existsSync(join(ROOT, "dist", "cli.js"));
  if (built && stamp?.inputs === inputs && stamp.bundle === hashOf(["dist"])) return;
  const why = !built ? "dist/ is missing" : "src/ or dist/ changed since the last build";
  console.log(`test/global-setup.ts: ${why}: building the bundle (node scripts/build.mjs)`);
  const started = Date.now();
  execFileSync(process.execPath, [join(ROOT, "scripts", "build.mjs")], { cwd: ROOT, stdio: "inherit" });
  mkdirSync(join(ROOT, ".tmp"), { recursive: true });
  writeFileSync(STAMP, JSON.stringify({ inputs, bundle: hashOf(["dist"]) } satisfies Stamp));
  console.log(`test/global-setup.ts: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
