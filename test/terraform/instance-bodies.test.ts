/**
 * A resource instance's body is evaluated once per set of choices it read and shared by the
 * variants that agree on them (src/iac/terraform/instance-bodies.ts): what each variant grants
 * must stay what it would be if every variant evaluated the body again.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { sameStructure } from "../../src/iac/terraform/instance-bodies.js";
import { newObject, RefObject, Unknown } from "../../src/iac/terraform/values.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { GRANT_TYPES } from "./fixture.js";

const ZONE = { ...EMPTY_ZONE, accounts: ["111111111111"] };

async function grants(main: string, modules: Record<string, string> = {}): Promise<string[]> {
  const snapshot = memorySnapshot({ "main.tf": main, ...modules });
  const r = await readTerraformRoot(snapshot, "", { grantTypes: GRANT_TYPES });
  expect(r.errors).toEqual([]);
  return extractGrants(r.resources, ZONE)
    .grants.map(
      (g) =>
        `${renderText(g.principal.id)} ${g.resource.address}` + (g.conditional ? ` | ${g.conditional}` : ""),
    )
    .sort();
}

const ROLE = (principal: string) => `
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = ${principal} } }]
  })`;

describe("instance bodies shared between variants", () => {
  it("an instance whose each.value differs between variants is evaluated with each value", async () => {
    const lines = await grants(`
variable "env" {}
locals {
  partners = { a = var.env == "prod" ? "arn:aws:iam::222222222222:root" : "arn:aws:iam::333333333333:root" }
}
resource "aws_iam_role" "r" {
  for_each = local.partners
  name     = "r-\${each.key}"
  ${ROLE("each.value")}
}`);
    expect(lines).toEqual([
      'arn:aws:iam::222222222222:root aws_iam_role.r["a"] | when var.env = "prod"',
      'arn:aws:iam::333333333333:root aws_iam_role.r["a"] | when var.env is another value',
    ]);
  });

  it("a policy document data source whose each.value differs between variants renders each value", async () => {
    // The document's instance has the same key in both variants; only what it binds differs.
    // Keyed by the key alone, the second variant was given the first's document: 444… was lost.
    const lines = await grants(`
variable "prod" {
  type    = bool
  default = false
}
locals {
  accounts = var.prod ? { a = "444444444444" } : { a = "555555555555" }
}
data "aws_iam_policy_document" "trust" {
  for_each = local.accounts
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::\${each.value}:root"]
    }
  }
}
resource "aws_iam_role" "r" {
  for_each           = local.accounts
  name               = "r-\${each.key}"
  assume_role_policy = data.aws_iam_policy_document.trust[each.key].json
}`);
    expect(lines.map((l) => l.split(" | ")[0])).toEqual([
      'arn:aws:iam::444444444444:root aws_iam_role.r["a"]',
      'arn:aws:iam::555555555555:root aws_iam_role.r["a"]',
    ]);
  });

  it("a module instance whose each.value differs between variants far into the value gets a child of its own", async () => {
    // Children were told apart by the first 400 characters of what they bind: a long first field
    // hid the account that differs, and the second variant reused the first's child.
    const lines = await grants(
      `
variable "prod" {
  type    = bool
  default = false
}
locals {
  cfgs = { a = { aaa = "${"x".repeat(500)}", account = var.prod ? "444444444444" : "555555555555" } }
}
module "role" {
  source   = "./modules/role"
  for_each = local.cfgs
  cfg      = each.value
}`,
      {
        "modules/role/main.tf": `
variable "cfg" {}
resource "aws_iam_role" "r" {
  name = "r"
  ${ROLE(`"arn:aws:iam::\${var.cfg.account}:root"`)}
}`,
      },
    );
    expect(lines.map((l) => l.split(" | ")[0])).toEqual([
      'arn:aws:iam::444444444444:root module.role["a"].aws_iam_role.r',
      'arn:aws:iam::555555555555:root module.role["a"].aws_iam_role.r',
    ]);
  });

  it("an instance whose body reads a choice is evaluated once per option", async () => {
    const lines = await grants(`
variable "env" {}
resource "aws_iam_role" "r" {
  for_each = toset(["a"])
  name     = "r-\${each.key}"
  ${ROLE('var.env == "prod" ? "arn:aws:iam::222222222222:root" : "arn:aws:iam::333333333333:root"')}
}`);
    expect(lines).toEqual([
      'arn:aws:iam::222222222222:root aws_iam_role.r["a"] | when var.env = "prod"',
      'arn:aws:iam::333333333333:root aws_iam_role.r["a"] | when var.env is another value',
    ]);
  });

  it("bindings are the same only when equal in kind, keys, order and values", () => {
    const each = (value: unknown) =>
      new Map([
        [
          "each",
          newObject([
            ["key", "a"],
            ["value", value as never],
          ]),
        ],
      ]);
    expect(
      sameStructure(
        each(
          newObject([
            ["x", 1],
            ["y", [true, null]],
          ]),
        ),
        each(
          newObject([
            ["x", 1],
            ["y", [true, null]],
          ]),
        ),
      ),
    ).toBe(true);
    expect(
      sameStructure(
        each(
          newObject([
            ["x", 1],
            ["y", 2],
          ]),
        ),
        each(
          newObject([
            ["y", 2],
            ["x", 1],
          ]),
        ),
      ),
    ).toBe(false);
    expect(sameStructure(each(new Unknown("var.a")), each(new Unknown("var.a")))).toBe(true);
    expect(sameStructure(each(new Unknown("var.a")), each(new Unknown("var.b")))).toBe(false);
    expect(
      sameStructure(each(new Unknown("aws_iam_role.x")), each(new RefObject("aws_iam_role.x", ""))),
    ).toBe(false);
    expect(sameStructure(each("1"), each(1))).toBe(false);
  });
});

// The rule behind the two cases above, for every kind of instance the evaluator caches: a
// for_each over a map whose values depend on a choice reports the account of each option,
// wherever in the value it sits and whichever value the choice's default picks.
describe("a default never hides a grant behind a cached instance", () => {
  const account = fc.integer({ min: 100000000000, max: 999999999999 }).map(String);
  it("reports both options' accounts through a resource, a policy document data source and a module", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("resource", "data", "module"),
        account,
        account,
        fc.boolean(),
        fc.integer({ min: 0, max: 600 }),
        fc.constantFrom("a", "prod", "k-1"),
        async (kind, first, second, dflt, pad, key) => {
          fc.pre(first !== second);
          const principal =
            kind === "module"
              ? `"arn:aws:iam::\${var.cfg.account}:root"`
              : `"arn:aws:iam::\${each.value.account}:root"`;
          const root = `
variable "c" {
  type    = bool
  default = ${dflt}
}
locals {
  m = { "${key}" = { aaa = "${"x".repeat(pad)}", account = var.c ? "${first}" : "${second}" } }
}
${
  kind === "resource"
    ? `resource "aws_iam_role" "r" {
  for_each = local.m
  name     = "r"
  ${ROLE(principal)}
}`
    : kind === "data"
      ? `data "aws_iam_policy_document" "d" {
  for_each = local.m
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [${principal}]
    }
  }
}
resource "aws_iam_role" "r" {
  for_each           = local.m
  name               = "r"
  assume_role_policy = data.aws_iam_policy_document.d[each.key].json
}`
      : `module "role" {
  source   = "./modules/role"
  for_each = local.m
  cfg      = each.value
}`
}`;
          const lines = await grants(root, {
            "modules/role/main.tf": `
variable "cfg" {}
resource "aws_iam_role" "r" {
  name = "r"
  ${ROLE(principal)}
}`,
          });
          const accounts = new Set(lines.map((l) => /arn:aws:iam::(\d{12}):root/.exec(l)?.[1]));
          expect(accounts).toEqual(new Set([first, second]));
        },
      ),
      { numRuns: 60 },
    );
  });
});
