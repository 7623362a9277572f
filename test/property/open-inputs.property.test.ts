// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, written literally
/**
 * Soundness of open inputs (issue 14, design.md "A default never hides a grant"): for generated
 * Terraform roots in which 1–4 root variables decide counts, for_each keys, conditionals and map
 * lookups, the grants reported with no values supplied are a superset of the union of the grants
 * reported for every full assignment of the values the code names (true/false, compared
 * literals, map keys), each supplied through terraform.tfvars.
 */
import fc from "fast-check";
import { it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { checkAsync, trustRole as role, runs } from "./helpers.js";

type Input =
  | { kind: "bool"; name: string; default: boolean }
  | { kind: "choice"; name: string; values: string[]; default: string | null }
  | { kind: "key"; name: string; map: string; keys: string[]; default: string | null };

type Use =
  | { kind: "count-if"; input: number; account: string }
  | { kind: "principal-if"; input: number; a: string; b: string }
  | { kind: "lookup"; input: number; fallback: string }
  | { kind: "for-each-filter"; input: number }
  | { kind: "statements"; inputs: number[]; accounts: string[] };

const ACCOUNTS = ["210000000001", "210000000002", "210000000003", "210000000004", "210000000005"];
const account = fc.constantFrom(...ACCOUNTS);

const input = (i: number): fc.Arbitrary<Input> =>
  fc.oneof(
    fc.boolean().map((d): Input => ({ kind: "bool", name: `flag_${i}`, default: d })),
    fc
      .tuple(fc.integer({ min: 2, max: 3 }), fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }))
      .map(([n, d]): Input => {
        const values = ["dev", "staging", "prod"].slice(0, n);
        return { kind: "choice", name: `env_${i}`, values, default: d === null ? null : values[d % n]! };
      }),
    fc
      .tuple(fc.integer({ min: 2, max: 3 }), fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }))
      .map(([n, d]): Input => {
        const keys = ["eu", "us", "ap"].slice(0, n);
        return {
          kind: "key",
          name: `region_${i}`,
          map: `accounts_${i}`,
          keys,
          default: d === null ? null : keys[d % n]!,
        };
      }),
  );

const use = (inputs: number): fc.Arbitrary<Use> =>
  fc.oneof(
    fc.record({ kind: fc.constant("count-if" as const), input: fc.nat(inputs - 1), account }),
    fc.record({
      kind: fc.constant("principal-if" as const),
      input: fc.nat(inputs - 1),
      a: account,
      b: account,
    }),
    fc.record({ kind: fc.constant("lookup" as const), input: fc.nat(inputs - 1), fallback: account }),
    fc.record({ kind: fc.constant("for-each-filter" as const), input: fc.nat(inputs - 1) }),
    fc.record({
      kind: fc.constant("statements" as const),
      inputs: fc.array(fc.nat(inputs - 1), { minLength: 1, maxLength: 3 }),
      accounts: fc.array(account, { minLength: 3, maxLength: 3 }),
    }),
  );

const root = fc
  .integer({ min: 1, max: 4 })
  .chain((n) =>
    fc.tuple(
      fc.tuple(...Array.from({ length: n }, (_x, i) => input(i))),
      fc.array(use(n), { minLength: 1, maxLength: 4 }),
      fc.array(account, { minLength: 3, maxLength: 3 }),
    ),
  );

/** A condition on an input, true for some of its values. */
function test(inp: Input): string {
  if (inp.kind === "bool") return `var.${inp.name}`;
  if (inp.kind === "choice") return `var.${inp.name} == "${inp.values[inp.values.length - 1]}"`;
  return `var.${inp.name} == "${inp.keys[0]}"`;
}

function render(inputs: Input[], uses: Use[], mapAccounts: string[]): string {
  const out: string[] = [];
  for (const inp of inputs) {
    const def =
      inp.kind === "bool"
        ? `\n  default = ${inp.default}`
        : inp.default === null
          ? ""
          : `\n  default = "${inp.default}"`;
    out.push(`variable "${inp.name}" {\n  type = ${inp.kind === "bool" ? "bool" : "string"}${def}\n}\n`);
    if (inp.kind === "key") {
      const entries = inp.keys.map((k, j) => `    ${k} = "${mapAccounts[j]}"`).join("\n");
      out.push(`locals {\n  ${inp.map} = {\n${entries}\n  }\n}\n`);
    }
  }
  uses.forEach((u, i) => {
    const inp = inputs[u.kind === "statements" ? u.inputs[0]! : u.input]!;
    switch (u.kind) {
      case "count-if":
        out.push(role(`r${i}`, `"arn:aws:iam::${u.account}:root"`, `  count = ${test(inp)} ? 1 : 0\n`));
        return;
      case "principal-if":
        out.push(role(`r${i}`, `${test(inp)} ? "${u.a}" : "${u.b}"`));
        return;
      case "lookup":
        if (inp.kind === "key")
          out.push(role(`r${i}`, `"arn:aws:iam::\${local.${inp.map}[var.${inp.name}]}:root"`));
        else out.push(role(`r${i}`, `${test(inp)} ? "${u.fallback}" : "${mapAccounts[0]}"`));
        return;
      case "for-each-filter":
        if (inp.kind === "key") {
          out.push(
            role(
              `r${i}`,
              `"arn:aws:iam::\${each.value}:root"`,
              `  for_each = { for k, v in local.${inp.map} : k => v if k == var.${inp.name} }\n`,
            ),
          );
        } else
          out.push(
            role(
              `r${i}`,
              `each.value`,
              `  for_each = ${test(inp)} ? toset(["${mapAccounts[1]}"]) : toset([])\n`,
            ),
          );
        return;
      case "statements": {
        const parts = u.inputs.map(
          (x, j) =>
            `${test(inputs[x]!)} ? [{ Effect = "Allow", Action = "s3:GetObject", Principal = { AWS = "${u.accounts[j]}" }, Resource = "*" }] : []`,
        );
        out.push(`resource "aws_s3_bucket_policy" "p${i}" {
  bucket = "b${i}"
  policy = jsonencode({ Version = "2012-10-17", Statement = concat(${parts.join(", ")}) })
}
`);
        return;
      }
    }
  });
  return out.join("\n");
}

/** Every full assignment of the values the code names for the inputs. */
function assignments(inputs: Input[]): Record<string, string | boolean>[] {
  let out: Record<string, string | boolean>[] = [{}];
  for (const inp of inputs) {
    const values: (string | boolean)[] =
      inp.kind === "bool" ? [true, false] : inp.kind === "choice" ? inp.values : inp.keys;
    out = out.flatMap((a) => values.map((v) => ({ ...a, [inp.name]: v })));
  }
  return out;
}

const GRANT_TYPES = new Set(["aws_iam_role", "aws_s3_bucket_policy"]);
const ZONE = { ...EMPTY_ZONE, accounts: ["111111111111"] };

async function grantsOf(files: Record<string, string>): Promise<{ keys: Set<string>; errors: unknown[] }> {
  const r = await readTerraformRoot(memorySnapshot(files), "", { grantTypes: GRANT_TYPES });
  const ex = extractGrants(r.resources, ZONE);
  const keys = new Set(
    ex.grants.map(
      (g) => `${renderText(g.principal.id)} ${g.resource.address} ${[...g.actions].sort().join(",")}`,
    ),
  );
  return { keys, errors: [...r.errors, ...ex.errors] };
}

it("a default never hides a grant: open inputs cover every full assignment", async () => {
  await checkAsync(
    "terraform open inputs, superset of every assignment",
    fc.asyncProperty(root, async ([inputs, uses, mapAccounts]) => {
      const main = render(inputs, uses, mapAccounts);
      const open = await grantsOf({ "main.tf": main });
      if (open.errors.length > 0)
        throw new Error(`errors with open inputs: ${JSON.stringify(open.errors)}\n${main}`);
      for (const a of assignments(inputs)) {
        const tfvars = Object.entries(a)
          .map(([k, v]) => `${k} = ${JSON.stringify(v)}`)
          .join("\n");
        const fixed = await grantsOf({ "main.tf": main, "terraform.tfvars": tfvars });
        for (const k of fixed.keys) {
          if (!open.keys.has(k))
            throw new Error(`hidden with no values supplied: ${k}\nassignment ${tfvars}\n${main}`);
        }
      }
    }),
    runs(150),
  );
}, 120_000);
