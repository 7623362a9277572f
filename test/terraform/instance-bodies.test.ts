/**
 * A resource instance's body is evaluated once per set of choices it read and shared by the
 * variants that agree on them (src/iac/terraform/instance-bodies.ts): what each variant grants
 * must stay what it would be if every variant evaluated the body again.
 */
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

async function grants(main: string): Promise<string[]> {
  const snapshot = memorySnapshot({ "main.tf": new TextEncoder().encode(main) });
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
