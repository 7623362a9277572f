// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, written literally
/**
 * A deploy has one workspace (design.md "What the code decides"): conditions that compare the
 * same function of terraform.workspace with literals, and maps of written keys indexed by it, are
 * decided together. For generated roots whose flags compare `trimprefix(terraform.workspace,
 * "app-")` with literals (==, !=, contains, && and || of those) and whose principals are taken
 * from a map indexed by it, the grants read with the workspace open are
 *   - sound: a superset of the grants of every concrete workspace (each literal, one other
 *     value, "default"), read with the workspace written into the code;
 *   - precise: every principal they name at an address exists there in some concrete workspace
 *     (no combination no deploy makes, such as "prod" and "test" at once).
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
const ENV = 'trimprefix(terraform.workspace, "app-")';

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

/** The root, with `workspace` standing where terraform.workspace is read. */
function render(flags: Flag[], uses: Use[], workspace: string): string {
  const locals = [`  env = ${ENV.replace("terraform.workspace", workspace)}`];
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

async function grantsOf(main: string): Promise<{ keys: Set<string>; errors: unknown[] }> {
  const r = await readTerraformRoot(memorySnapshot({ "main.tf": main }), "", { grantTypes: GRANT_TYPES });
  const ex = extractGrants(r.resources, ZONE);
  return {
    keys: new Set(ex.grants.map((g) => `${renderText(g.principal.id)} ${g.resource.address}`)),
    errors: [...r.errors, ...ex.errors],
  };
}

it("one workspace per deploy: conditions on it are sound and name no impossible combination", async () => {
  await checkAsync(
    "terraform workspace conditions, sound and precise",
    fc.asyncProperty(root, async ([flags, uses]) => {
      const main = render(flags, uses, "terraform.workspace");
      const open = await grantsOf(main);
      if (open.errors.length > 0)
        throw new Error(`errors with the workspace open: ${JSON.stringify(open.errors)}\n${main}`);
      const reachable = new Set<string>();
      for (const ws of [...ENVS.map((e) => `app-${e}`), "app-other", "default"]) {
        const fixed = await grantsOf(render(flags, uses, JSON.stringify(ws)));
        for (const k of fixed.keys) {
          reachable.add(k);
          if (!open.keys.has(k))
            throw new Error(`hidden with the workspace open: ${k}\nworkspace ${ws}\n${main}`);
        }
      }
      for (const k of open.keys) if (!reachable.has(k)) throw new Error(`in no workspace: ${k}\n${main}`);
    }),
    runs(150),
  );
}, 120_000);
