#!/usr/bin/env node
// Builds src/iac/terraform/aws-collection-attributes.json: for every resource and data source
// type of the AWS provider, which attributes are lists, sets or maps, and of what element kind.
// The evaluator reads it so that an attribute it cannot know (data.aws_subnets.x.ids) is an
// unknown list of strings, not an unknown of no type.
//
// Input: the JSON that `terraform providers schema -json` prints in a configuration that
// requires hashicorp/aws (any version; the committed table was made from 6.19.0, see NOTICE).
//
// Usage: terraform providers schema -json > schema.json
//        node scripts/build-collection-attributes.mjs schema.json [--out path] [--check]
// --check writes nothing and exits 1 when the output would differ from the file at --out.
//
// Encoding (kept small: it is bundled into dist/). One string per type: entries `name=type`
// separated by ",", where `type` is one letter per level: L list, S set, M map, then the
// element: s string, n number, b bool, o object, a any ("LLs" is a list of lists of strings).
// The attributes of an object element (or of a nested block) follow in parentheses:
// `identity=Lo(oidc=Lo)`. Only collection-typed attributes, and the objects that lead to them,
// are listed; blocks that only the configuration writes (nothing computed inside) are left out.

import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PROVIDER = "registry.terraform.io/hashicorp/aws";
/** Nested blocks and object attributes deeper than this are not listed (references rarely go there). */
const MAX_DEPTH = 3;

function parseArgs(argv) {
  const opts = {
    input: null,
    out: path.join(repoRoot, "src/iac/terraform/aws-collection-attributes.json"),
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out") opts.out = path.resolve(argv[++i]);
    else if (argv[i] === "--check") opts.check = true;
    else opts.input = path.resolve(argv[i]);
  }
  if (!opts.input) {
    console.error("usage: build-collection-attributes.mjs <providers-schema.json> [--out file] [--check]");
    process.exit(2);
  }
  return opts;
}

const PRIMITIVE = { string: "s", number: "n", bool: "b", dynamic: "a" };
const COLLECTION = { list: "L", set: "S", map: "M" };

/** The code of a cty type as the schema JSON writes it ("string", ["list", "string"], ["object", {...}]). */
function code(type) {
  if (typeof type === "string") return PRIMITIVE[type] ?? "a";
  const [kind, el] = type;
  if (COLLECTION[kind]) return COLLECTION[kind] + code(el);
  return "o"; // object, tuple
}

/** The object attributes inside a cty type, past any collection levels. */
function objectMembers(type) {
  while (Array.isArray(type) && COLLECTION[type[0]]) type = type[1];
  return Array.isArray(type) && type[0] === "object" ? type[1] : null;
}

/**
 * Entries are built as a tree: { name: { code, kids } }; a path that is no collection but leads
 * to one (a "single" block, an object attribute) has code "o".
 */
function node(tree, name, c) {
  tree[name] ??= { code: c, kids: {} };
  return tree[name];
}

function walkType(tree, name, type, depth) {
  const c = code(type);
  const members = objectMembers(type);
  const kids = {};
  if (members && depth < MAX_DEPTH)
    for (const m of Object.keys(members)) walkType(kids, m, members[m], depth + 1);
  if ("LSM".includes(c[0]) || Object.keys(kids).length > 0) node(tree, name, c).kids = kids;
}

/** Attributes declared with nested_type (the plugin framework's nested attributes). */
function walkNested(tree, name, nested, depth) {
  const mode = nested.nesting_mode;
  const kids = {};
  if (depth < MAX_DEPTH) walkAttributes(kids, nested.attributes ?? {}, depth + 1);
  if (COLLECTION[mode] || Object.keys(kids).length > 0)
    node(tree, name, COLLECTION[mode] ? `${COLLECTION[mode]}o` : "o").kids = kids;
}

function walkAttributes(tree, attributes, depth) {
  for (const name of Object.keys(attributes)) {
    const a = attributes[name];
    if (a.nested_type) walkNested(tree, name, a.nested_type, depth);
    else if (a.type !== undefined) walkType(tree, name, a.type, depth);
  }
}

/** Whether a block, or a block inside it, has an attribute the provider computes. */
function computes(block) {
  return (
    Object.values(block.attributes ?? {}).some((a) => a.computed) ||
    Object.values(block.block_types ?? {}).some((b) => computes(b.block ?? {}))
  );
}

function walkBlock(tree, block, depth) {
  walkAttributes(tree, block.attributes ?? {}, depth);
  for (const name of Object.keys(block.block_types ?? {})) {
    const b = block.block_types[name];
    // A block only the configuration writes (no attribute computed inside): references to it
    // read back what is written, which the evaluator does not take from resources anyway.
    if (!computes(b.block ?? {})) continue;
    // "single" and "group" blocks are one object; list, set and map blocks are collections of objects.
    const kids = {};
    if (depth < MAX_DEPTH) walkBlock(kids, b.block ?? {}, depth + 1);
    if (COLLECTION[b.nesting_mode] || Object.keys(kids).length > 0)
      node(tree, name, COLLECTION[b.nesting_mode] ? `${COLLECTION[b.nesting_mode]}o` : "o").kids = kids;
  }
}

function encode(tree) {
  return Object.keys(tree)
    .sort()
    .map((name) => {
      const { code: c, kids } = tree[name];
      const inner = encode(kids);
      return `${name}=${c}${inner === "" ? "" : `(${inner})`}`;
    })
    .join(",");
}

function table(schemas) {
  const out = {};
  for (const type of Object.keys(schemas ?? {}).sort()) {
    const tree = {};
    walkBlock(tree, schemas[type].block ?? {}, 0);
    const text = encode(tree);
    if (text !== "") out[type] = text;
  }
  return out;
}

const opts = parseArgs(process.argv.slice(2));
const doc = JSON.parse(readFileSync(opts.input, "utf8"));
const provider = doc.provider_schemas?.[PROVIDER];
if (!provider) {
  console.error(
    `${opts.input}: no schema for ${PROVIDER} (is this the output of \`terraform providers schema -json\`?)`,
  );
  process.exit(1);
}
const result = {
  $comment:
    "Generated by scripts/build-collection-attributes.mjs from `terraform providers schema -json` of hashicorp/aws (see NOTICE for the version). Do not edit by hand.",
  resources: table(provider.resource_schemas),
  data: table(provider.data_source_schemas),
};
const text = `${JSON.stringify(result, null, 0).replace(/,"/g, ',\n"')}\n`;
if (opts.check) {
  let current = "";
  try {
    current = readFileSync(opts.out, "utf8");
  } catch {}
  if (current !== text) {
    console.error(`${opts.out} is out of date: re-run scripts/build-collection-attributes.mjs`);
    process.exit(1);
  }
} else {
  writeFileSync(opts.out, text);
  console.log(
    `${opts.out}: ${Object.keys(result.resources).length} resource types, ${Object.keys(result.data).length} data sources, ${text.length} bytes`,
  );
}
