// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, and ships
// @cdktf/hcl2json's WASM next to them (toolchain.md: "Bundling @cdktf/hcl2json").
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const hclDir = join(root, "node_modules", "@cdktf", "hcl2json");

/** hcl2json reads `join(__dirname, "..", "main.wasm.gz")`; in the bundle the asset sits beside the chunk. */
const hclWasmPath = {
  name: "hcl2json-wasm-path",
  setup(b) {
    b.onLoad({ filter: /@cdktf[\\/]hcl2json[\\/]lib[\\/]bridge\.js$/ }, (args) => {
      const src = readFileSync(args.path, "utf8").replace(
        '(0, path_1.join)(__dirname, "..", "main.wasm.gz")',
        '(0, path_1.join)(__dirname, "main.wasm.gz")',
      );
      if (!src.includes('(__dirname, "main.wasm.gz")'))
        throw new Error("hcl2json: wasm path not found in bridge.js");
      return { contents: src, loader: "js" };
    });
  },
};

/**
 * @actions/core imports its OIDC helper (and through it @actions/http-client and undici) at load
 * time; the action never requests an OIDC token, so the bundle gets a stub instead and starts
 * ~0.8 MB lighter (issue 7: start-up under 300 ms).
 */
const actionsCoreWithoutOidc = {
  name: "actions-core-without-oidc",
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      /@actions[\\/]core[\\/]/.test(args.importer)
        ? { path: join(root, "scripts", "stubs", "actions-core-oidc.js") }
        : undefined,
    );
  },
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: "src/main.ts", cli: "src/cli.ts", worker: "src/worker.ts" },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  chunkNames: "chunk-[hash]",
  external: ["performance"],
  legalComments: "none",
  logLevel: "warning",
  plugins: [hclWasmPath, actionsCoreWithoutOidc],
  banner: {
    js: [
      'import { createRequire as __cagCreateRequire } from "node:module";',
      'import { fileURLToPath as __cagFileURLToPath } from "node:url";',
      'import { dirname as __cagDirname } from "node:path";',
      "const require = __cagCreateRequire(import.meta.url);",
      "const __filename = __cagFileURLToPath(import.meta.url);",
      "const __dirname = __cagDirname(__filename);",
    ].join("\n"),
  },
});
copyFileSync(join(hclDir, "main.wasm.gz"), join(dist, "main.wasm.gz"));
