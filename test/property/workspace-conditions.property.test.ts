// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, written literally
/**
 * A deploy has one workspace and one value per root variable (design.md "What the code
 * decides"): conditions that compare the same function of them with literals, and maps of
 * written keys indexed by it, are decided together. For generated roots whose environment is
 * `trimprefix(terraform.workspace, "app-")` or `lower(var.stage)` (a root variable no file sets),
 * whose flags compare it with literals (==, !=, contains, && and || of those) and whose principals
 * are taken from maps indexed by it, the grants read with the input open are
 *   - sound: a superset of the grants of every concrete value (each literal, one other value, and
 *     for the workspace "default"), given in the code or in terraform.tfvars;
 *   - precise: every principal they name at an address exists there for some concrete value (no
 *     combination no deploy makes, such as "prod" and "test" at once).
 */
import fc from "fast-check";
import { it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { checkAsync, trustRole as role, runs } from "./helpers.js";

const ENVS = ["dev", "test", "stage", "prod"];
const ACCOUNTS = ["310000000001", "310000000002", "310000000003", "310000000004", "310000000005"];

type Flag =
  | { kind: "eq"; env: string; negated: boolean }
  | { kind: "in"; envs: string[] }
  | { kind: "and" | "or"; a: number; b: number };

const flag = (i: number): fc.Arbitrary<Flag> => {
  const atoms: fc.Arbitrary<Flag>[] = [
    fc.record({ kind: fc.constant("eq" as const), env: fc.constantFrom(...ENVS), negated: fc.boolean() }),
    fc.subarray(ENVS, { minLength: 1, maxLength: 3 }).map((envs): Flag => ({ kind: "in", envs })),
  ];
  if (i >= 2)
    atoms.push(
      fc.record({
        kind: fc.constantFrom("and" as const, "or" as const),
        a: fc.nat(i - 1),
        b: fc.nat(i - 1),
      }),
    );
  return fc.oneof(...atoms);
};

type Use =
  | { kind: "count"; flag: number; account: string }
  | { kind: "choose"; flag: number; a: string; b: string }
  | { kind: "map"; keys: string[] };

const root = fc.integer({ min: 1, max: 5 }).chain((n) =>
  fc.tuple(
    fc.tuple(...Array.from({ length: n }, (_x, i) => flag(i))),
    fc.array(
      fc.oneof(
        fc.record({
          kind: fc.constant("count" as const),
          flag: fc.nat(n - 1),
          account: fc.constantFrom(...ACCOUNTS),
        }),
        fc.record({
          kind: fc.constant("choose" as const),
          flag: fc.nat(n - 1),
          a: fc.constantFrom(...ACCOUNTS),
          b: fc.constantFrom(...ACCOUNTS),
        }),
        fc.record({
          kind: fc.constant("map" as const),
          keys: fc.subarray(ENVS, { minLength: 1, maxLength: 4 }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  ),
);

function flagText(f: Flag): string {
  switch (f.kind) {
    case "eq":
      return `local.env ${f.negated ? "!=" : "=="} "${f.env}"`;
    case "in":
      return `contains(${JSON.stringify(f.envs)}, local.env)`;
    default:
      return `local.f${f.a} ${f.kind === "and" ? "&&" : "||"} local.f${f.b}`;
  }
}

/** The root, its environment computed by `env` (an HCL expression). */
function render(flags: Flag[], uses: Use[], env: string): string {
  const locals = [`  env = ${env}`];
  for (const [i, f] of flags.entries()) locals.push(`  f${i} = ${flagText(f)}`);
  const out = [`locals {\n${locals.join("\n")}\n}\n`];
  uses.forEach((u, i) => {
    if (u.kind === "count")
      out.push(role(`r${i}`, `"arn:aws:iam::${u.account}:root"`, `  count = local.f${u.flag} ? 1 : 0\n`));
    else if (u.kind === "choose") out.push(role(`r${i}`, `local.f${u.flag} ? "${u.a}" : "${u.b}"`));
    else {
      const entries = u.keys.map((k) => `    ${k} = "${ACCOUNTS[ENVS.indexOf(k)]}"`).join("\n");
      out.push(`locals {\n  m${i} = {\n${entries}\n  }\n}\n`);
      out.push(role(`r${i}`, `"arn:aws:iam::\${try(local.m${i}[local.env], "${ACCOUNTS[4]}")}:root"`));
    }
  });
  return out.join("\n");
}

const GRANT_TYPES = new Set(["aws_iam_role"]);
const ZONE = { ...EMPTY_ZONE, accounts: ["111111111111"] };

async function grantsOf(files: Record<string, string>): Promise<{ keys: Set<string>; errors: unknown[] }> {
  const r = await readTerraformRoot(memorySnapshot(files), "", { grantTypes: GRANT_TYPES });
  const ex = extractGrants(r.resources, ZONE);
  return {
    keys: new Set(ex.grants.map((g) => `${renderText(g.principal.id)} ${g.resource.address}`)),
    errors: [...r.errors, ...ex.errors],
  };
}

/** How the environment is computed: with the input open, and for each concrete value it can take. */
interface Input {
  name: string;
  open: string;
  /** The files of one deploy: the root with `main` (its open form) turned into that deploy's. */
  deploys: { value: string; files: (main: string) => Record<string, string> }[];
  extra: string;
}

const WORKSPACE_ENV = 'trimprefix(terraform.workspace, "app-")';
const INPUTS: Input[] = [
  {
    name: "terraform.workspace",
    open: WORKSPACE_ENV,
    extra: "",
    deploys: [...ENVS.map((e) => `app-${e}`), "app-other", "default"].map((ws) => ({
      value: ws,
      files: (main) => ({
        "main.tf": main.replace(WORKSPACE_ENV, `trimprefix(${JSON.stringify(ws)}, "app-")`),
      }),
    })),
  },
  {
    name: "var.stage",
    open: "lower(var.stage)",
    extra: 'variable "stage" {\n  type = string\n}\n',
    deploys: [...ENVS.map((e) => e.toUpperCase()), "Other"].map((v) => ({
      value: v,
      files: (main) => ({ "main.tf": main, "terraform.tfvars": `stage = ${JSON.stringify(v)}\n` }),
    })),
  },
];

it("one value per deploy: conditions on it are sound and name no impossible combination", async () => {
  await checkAsync(
    "terraform deploy-input conditions, sound and precise",
    fc.asyncProperty(root, fc.constantFrom(...INPUTS), async ([flags, uses], input) => {
      const main = input.extra + render(flags, uses, input.open);
      const open = await grantsOf({ "main.tf": main });
      if (open.errors.length > 0)
        throw new Error(`errors with ${input.name} open: ${JSON.stringify(open.errors)}\n${main}`);
      const reachable = new Set<string>();
      for (const deploy of input.deploys) {
        const fixed = await grantsOf(deploy.files(main));
        for (const k of fixed.keys) {
          reachable.add(k);
          if (!open.keys.has(k))
            throw new Error(`hidden with ${input.name} open: ${k}\n${input.name} = ${deploy.value}\n${main}`);
        }
      }
      for (const k of open.keys) if (!reachable.has(k)) throw new Error(`for no value: ${k}\n${main}`);
    }),
    runs(150),
  );
}, 120_000);
