// Bundles the action (dist/index.js) and the CLI (dist/cli.js) with esbuild, and ships
// @cdktf/hcl2json's WASM next to them (toolchain.md: "Bundling @cdktf/hcl2json").
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
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

/**
 * src/allowlist/schema-validator.ts and src/report/schema-validator.ts compile their schema with
 * Ajv at run time (~40 ms, and Ajv's compiler loaded at start-up); the bundle gets the validator
 * Ajv generates ahead of time from the same schema and options (its standalone code), which only
 * needs Ajv's small runtime helpers.
 */
const AHEAD_OF_TIME_VALIDATORS = [
  {
    file: /src[\\/]allowlist[\\/]schema-validator\.ts$/,
    schema: "allowlist",
    options: "ALLOWLIST_AJV_OPTIONS",
    exported: "allowlistSchemaValidator",
  },
  {
    file: /src[\\/]report[\\/]schema-validator\.ts$/,
    schema: "report",
    options: "REPORT_AJV_OPTIONS",
    exported: "reportSchemaValidator",
  },
];

const validatorsAhead = {
  name: "schema-validators-ahead-of-time",
  setup(b) {
    for (const v of AHEAD_OF_TIME_VALIDATORS) {
      b.onLoad({ filter: v.file }, async (args) => {
        const source = readFileSync(args.path, "utf8");
        const options = new RegExp(`${v.options} = (\\{[^}]*\\})`).exec(source)?.[1];
        if (!options) throw new Error(`${args.path}: ${v.options} not found`);
        const { Ajv } = await import("ajv");
        const standalone = (await import("ajv/dist/standalone/index.js")).default;
        const schema = JSON.parse(readFileSync(join(root, "schema", `${v.schema}.schema.json`), "utf8"));
        // The options object literal of the source, read as data (keys and true/false only).
        const parsed = JSON.parse(options.replace(/(\w+):/g, '"$1":'));
        const ajv = new Ajv({ ...parsed, code: { source: true, esm: true } });
        ajv.addSchema(schema, v.schema);
        const code = (standalone.default ?? standalone)(ajv, { validate: v.schema });
        return {
          contents: `${code}\nexport const ${v.options} = ${options};\nexport function ${v.exported}() { return validate; }\n`,
          loader: "js",
          resolveDir: dirname(args.path),
        };
      });
    }
  },
};

/**
 * The data tables (src/catalog/iam-actions.json, aws-managed-policies.json, known-accounts.json,
 * src/iac/terraform/aws-collection-attributes.json: 930 KB of JSON) go into the bundle gzipped
 * (about 300 KB as base64), decoded on first use (~25 ms): the same data, a bundle about 600 KB
 * smaller that starts faster (as object literals, V8 compiled them at every start-up), and no cost
 * for a run that never reads them. Deterministic: the same zlib on every build machine. The
 * module's top-level keys become getters; a small one (known-accounts.json's `dataset`, which the
 * catalog reads at load) is written as it is, so that reading it decodes nothing, and node:zlib
 * itself loads on the first decode only.
 */
const SMALL_KEY_BYTES = 2048;
const gzippedIamTables = {
  name: "gzipped-data-tables",
  setup(b) {
    const tables =
      /src[\\/](catalog[\\/](iam-actions|aws-managed-policies|known-accounts)|iac[\\/]terraform[\\/]aws-collection-attributes)\.json$/;
    b.onLoad({ filter: tables }, (args) => {
      const text = readFileSync(args.path);
      const table = JSON.parse(text.toString("utf8"));
      const member = (k) =>
        JSON.stringify(table[k]).length <= SMALL_KEY_BYTES
          ? `${JSON.stringify(k)}: ${JSON.stringify(table[k])}`
          : `get ${JSON.stringify(k)}() { return load()[${JSON.stringify(k)}]; }`;
      const packed = gzipSync(text, { level: 9 }).toString("base64");
      return {
        contents: [
          `const packed = ${JSON.stringify(packed)};`,
          "let data;",
          'const load = () => (data ??= JSON.parse(require("node:zlib").gunzipSync(Buffer.from(packed, "base64")).toString("utf8")));',
          `export default { ${Object.keys(table).map(member).join(", ")} };`,
        ].join("\n"),
        loader: "js",
      };
    });
  },
};

/**
 * yaml (~180 KB of the bundle, ~8 ms to compile and run its modules at each start-up) is needed
 * only when there is YAML to read: CloudFormation templates, the allowlist, yamldecode. The bundle
 * gets it as its own file, dist/yaml.cjs, and the source's `import … from "yaml"` a stand-in that
 * loads that file on the first use of any of its names (the banner's `require`, synchronous as
 * the source expects). Each name is an `export let` bound to a stand-in that loads yaml and
 * rebinds every name to the real one: after the first call the source calls yaml directly.
 * Classes stand in through a Proxy, so a class built before the first call (`extends YAMLSeq`,
 * `new LineCounter()`) extends and constructs the real one. src/iac/cloudformation/yaml-tags.ts
 * builds its classes on first use for this.
 */
const YAML_FILE = "yaml.cjs";
const yamlOnFirstUse = {
  name: "yaml-on-first-use",
  setup(b) {
    b.onResolve({ filter: /^yaml$/ }, (args) =>
      /[\\/]src[\\/]/.test(args.importer) ? { path: "yaml", namespace: "yaml-on-first-use" } : undefined,
    );
    b.onResolve({ filter: new RegExp(`^\\./${YAML_FILE.replace(".", "\\.")}$`) }, (args) => ({
      path: args.path,
      external: true,
    }));
    b.onLoad({ filter: /.*/, namespace: "yaml-on-first-use" }, async () => {
      const names = Object.keys(await import("yaml")).filter((n) => n !== "default");
      return {
        contents: [
          "let yaml;",
          "function load() {",
          `  if (yaml) return yaml;`,
          `  yaml = require("./${YAML_FILE}");`,
          ...names.map((n) => `  ${n} = yaml.${n};`),
          "  return yaml;",
          "}",
          "const standIn = (name) => new Proxy(function () {}, {",
          "  apply: (_, self, args) => Reflect.apply(load()[name], self, args),",
          "  construct: (_, args, target) => Reflect.construct(load()[name], args, target),",
          "  get: (_, key) => Reflect.get(load()[name], key),",
          "});",
          ...names.map((n) => `export let ${n} = standIn(${JSON.stringify(n)});`),
        ].join("\n"),
        loader: "js",
      };
    });
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
  // Whitespace and syntax only (names stay, for stack traces and profiles): V8 parses every chunk
  // the entry loads at each start-up, and fewer bytes parse faster (~2% of the action's start-up
  // instructions, measured under callgrind).
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  plugins: [hclWasmPath, actionsCoreWithoutOidc, validatorsAhead, gzippedIamTables, yamlOnFirstUse],
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
await build({
  absWorkingDir: root,
  entryPoints: [join(root, "node_modules", "yaml", "dist", "index.js")],
  outfile: join(dist, YAML_FILE),
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  legalComments: "none",
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
});
copyFileSync(join(hclDir, "main.wasm.gz"), join(dist, "main.wasm.gz"));
