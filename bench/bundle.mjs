// One TypeScript module bundled for a benchmark script to import (bench/out/<name>.mjs).
import { join } from "node:path";
import { build } from "esbuild";

/** Bundle `entry` (a path under `root`) to bench/out/`name`.mjs; returns the output path. */
export async function bundleForBench(root, entry, name) {
  const outfile = join(root, "bench", "out", `${name}.mjs`);
  await build({
    entryPoints: [join(root, entry)],
    outfile,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "warning",
  });
  return outfile;
}

/** The reader the product tries first for HCL files (src/iac/terraform/hcl-native.ts). */
export function bundleNativeReader(root) {
  return bundleForBench(root, "src/iac/terraform/hcl-native.ts", "hcl-native");
}
