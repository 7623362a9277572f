// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Declared types (issue 16, item 1): variables and module inputs are converted to their type
 * constraint as Terraform does, so optional() attributes exist (null or their default) and the
 * common `x != null ? x : []` guards decide, instead of inventing a NotPrincipal variant.
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { parseExpression } from "../../src/iac/terraform/parser.js";
import { convert, TypeConversionError, typeOf } from "../../src/iac/terraform/types.js";
import { fromJson, toJson, type Value } from "../../src/iac/terraform/values.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { fixtureSnapshot, GRANT_TYPES } from "./fixture.js";
import { evaluate } from "./helpers.js";

function conv(type: string, value: unknown): unknown {
  const t = typeOf(parseExpression(type));
  if (!t) throw new Error(`not a type: ${type}`);
  const literal = (e: Parameters<Parameters<typeof convert>[2]>[0]): Value =>
    fromJson(JSON.parse(e.src.slice(e.s, e.e)));
  return toJson(convert(fromJson(value), t, literal));
}

describe("type constraints", () => {
  it("fills optional attributes with null or their default, at any depth", () => {
    expect(
      conv('map(object({ a = string, b = optional(string), c = optional(list(string), ["x"]) }))', {
        k: { a: "1" },
      }),
    ).toEqual({ k: { a: "1", b: null, c: ["x"] } });
    expect(conv("list(object({ n = optional(number, 3) }))", [{}, { n: 5 }])).toEqual([{ n: 3 }, { n: 5 }]);
    // A null given for an optional attribute with a default takes the default, as in Terraform.
    expect(conv('object({ e = optional(string, "Allow") })', { e: null })).toEqual({ e: "Allow" });
  });

  it("drops attributes the object type does not declare", () => {
    expect(conv("object({ a = string })", { a: "x", extra: 1 })).toEqual({ a: "x" });
  });

  it("converts primitives as Terraform allows", () => {
    expect(conv("number", "2")).toBe(2);
    expect(conv("string", 5)).toBe("5");
    expect(conv("string", true)).toBe("true");
    expect(conv("bool", "false")).toBe(false);
    expect(conv("set(string)", ["b", "a", "b"])).toEqual(["a", "b"]);
    expect(conv("any", { x: [1] })).toEqual({ x: [1] });
  });

  it("refuses what Terraform refuses", () => {
    expect(() => conv("number", "two")).toThrow(TypeConversionError);
    expect(() => conv("object({ a = string })", {})).toThrow('attribute "a" is required');
    expect(() => conv("list(string)", { a: 1 })).toThrow("a list required");
    expect(() => conv("bool", "yes")).toThrow("a bool required");
  });
});

describe("one set order, cty's, for declared set types and toset()", () => {
  it("orders strings lexically, numbers numerically, false before true, unknown elements last", () => {
    // A variable of type set(number) and toset() give the same order: 9 before 10 (not "10" < "9").
    expect(conv("set(number)", [10, 9, 10])).toEqual([9, 10]);
    expect(evaluate("toset([10, 9, 10])").value).toEqual([9, 10]);
    expect(conv("set(string)", ["10", "9"])).toEqual(["10", "9"]);
    expect(evaluate("toset([true, false, true])").value).toEqual([false, true]);
    expect(conv("set(bool)", [true, false])).toEqual([false, true]);
    // Mixed primitives unify to strings, as toset() does.
    expect(evaluate('toset(["b", 1, true])').value).toEqual(["1", "b", "true"]);
    // An element not known statically has no place among the known ones: it comes last.
    expect(evaluate('toset([var.x, "b", "a"])').value).toEqual(["a", "b", "${var.x}"]);
    expect(evaluate("setunion([3], [20, 1])").value).toEqual([1, 3, 20]);
  });
});

describe("a role module with optional trust-statement attributes", () => {
  it("reads the statements without errors and without a NotPrincipal that nobody wrote", async () => {
    const r = await readTerraformRoot(fixtureSnapshot("typed-variables"), "", { grantTypes: GRANT_TYPES });
    expect(r.errors).toEqual([]);
    const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
    expect(ex.errors).toEqual([]);
    expect(
      ex.grants.map((g) => [
        renderText(g.principal.id),
        g.classification,
        g.actions,
        g.conditions,
        g.conditional,
      ]),
    ).toEqual([
      [
        "arn:aws:iam::222233334444:root",
        "external",
        ["sts:AssumeRole"],
        { StringEquals: { "sts:ExternalId": "audit-7f3a" } },
        undefined,
      ],
      ["arn:aws:iam::111111111111:role/ops", "internal", ["sts:AssumeRole", "sts:TagSession"], {}, undefined],
    ]);
  });
});

describe("attributes whose type the configuration does not say", () => {
  it("a data source's list attribute through slice(), one(), sort(), toset(), lookup(): unknown, never an error", async () => {
    const { memorySnapshot } = await import("../../src/sources/snapshot.js");
    const snapshot = memorySnapshot({
      "main.tf": `data "aws_availability_zones" "available" {}
data "aws_iam_roles" "admins" {}
locals {
  azs    = slice(data.aws_availability_zones.available.names, 0, 3)
  first  = one(data.aws_iam_roles.admins.arns)
  sorted = sort(data.aws_iam_roles.admins.arns)
  set    = toset(data.aws_iam_roles.admins.arns)
  tags   = lookup(data.aws_iam_roles.admins.tags, "team", "none")
}
resource "aws_sqs_queue" "q" {
  name   = join("-", local.azs)
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*", Principal = { AWS = local.first } }]
  })
  tags = { a = length(local.sorted), b = length(local.set), c = local.tags }
}
`,
    });
    const r = await readTerraformRoot(snapshot, "", { grantTypes: GRANT_TYPES });
    expect(r.errors).toEqual([]);
    const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
    expect(ex.grants.map((g) => [renderText(g.principal.id), g.classification])).toEqual([
      // Which of the looked-up roles one() gives is not known statically: unresolved, named by the call.
      ["${one(data.aws_iam_roles.admins.arns)}", "unresolved"],
    ]);
  });
});

describe("Terraform's JSON syntax in full", () => {
  it("reads blocks written as arrays and every occurrence of a repeated key", async () => {
    const { memorySnapshot } = await import("../../src/sources/snapshot.js");
    const snapshot = memorySnapshot({
      "main.tf.json": `{
  "resource": { "aws_sqs_queue": { "a": { "name": "a", "policy": "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"222222222222\\"},\\"Action\\":\\"sqs:SendMessage\\",\\"Resource\\":\\"*\\"}]}" } } },
  "resource": [
    { "aws_sqs_queue": [ { "b": [ { "name": "b", "policy": "{\\"Statement\\":[{\\"Effect\\":\\"Allow\\",\\"Principal\\":{\\"AWS\\":\\"333333333333\\"},\\"Action\\":\\"sqs:SendMessage\\",\\"Resource\\":\\"*\\"}]}" } ] } ] }
  ]
}
`,
    });
    const r = await readTerraformRoot(snapshot, "", { grantTypes: GRANT_TYPES });
    expect(r.errors).toEqual([]);
    expect(r.resources.map((x) => x.address).sort()).toEqual(["aws_sqs_queue.a", "aws_sqs_queue.b"]);
  });
});
