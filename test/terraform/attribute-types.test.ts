// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Attributes typed by the AWS provider schema (issue 16, item 2): an attribute the schema makes a
 * list, set or map is an unknown collection of that kind, so functions, for expressions and
 * splats over it give unknowns of the right type, and never an error Terraform would not raise.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { schemaType } from "../../src/iac/terraform/attribute-types.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

describe("the generated table of collection-typed attributes", () => {
  it("is derived from `terraform providers schema -json` output by the script", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "cag-schema-")), "table.json");
    execFileSync(process.execPath, [
      path.join(ROOT, "scripts/build-collection-attributes.mjs"),
      path.join(ROOT, "fixtures/terraform/provider-schema/schema.json"),
      "--out",
      out,
    ]);
    const table = JSON.parse(readFileSync(out, "utf8"));
    expect(table.resources).toEqual({
      // arn is a string; the timeouts and rule blocks are written by the configuration only.
      aws_demo_cluster:
        "endpoints=Lo(aliases=Ss),identity=Lo(thumbprints=Ls),labels=Ms,ports=Ln,settings=o(flags=Sb)",
    });
    expect(table.data).toEqual({ aws_demo_lookup: "ids=Ls,matrix=LLa" });
  });

  it("types attributes of provider 6.19.0 at the top level and inside nested blocks", () => {
    expect(schemaType("aws_availability_zones", true, "names")).toEqual({ k: "list", el: { k: "string" } });
    expect(schemaType("aws_iam_roles", true, "arns")).toEqual({ k: "set", el: { k: "string" } });
    expect(schemaType("aws_eks_cluster", false, "identity[0].oidc")).toEqual({
      k: "list",
      el: { k: "object" },
    });
    expect(schemaType("aws_eks_cluster", false, "vpc_config[0].subnet_ids")).toEqual({
      k: "set",
      el: { k: "string" },
    });
    expect(schemaType("aws_instance", false, "tags")).toEqual({ k: "map", el: { k: "string" } });
    expect(schemaType("aws_availability_zones", true, "names[0]")).toEqual({ k: "string" });
    // Strings, unknown types and unknown attributes: the schema says nothing of them here.
    expect(schemaType("aws_eks_cluster", false, "arn")).toBeNull();
    expect(schemaType("aws_not_a_type", false, "names")).toBeNull();
    expect(schemaType("aws_eks_cluster", false, "vpc_config[0].nope")).toBeNull();
  });
});

async function read(main: string) {
  const r = await readTerraformRoot(memorySnapshot({ "main.tf": main }), "", {
    grantTypes: TERRAFORM_GRANT_TYPES,
  });
  const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
  return { r, ex };
}

const tags = (r: Awaited<ReturnType<typeof read>>["r"], address: string) =>
  JSON.parse(renderText(JSON.stringify(r.resources.find((x) => x.address === address)?.properties.tags)));

describe("unknown collections from the provider schema", () => {
  it("a splat over a list attribute is that list (its length is unknown), over a string it wraps the string", async () => {
    const { r } = await read(`data "aws_subnets" "s" {}
data "aws_vpc" "v" {}
resource "aws_sqs_queue" "q" {
  name = "q"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*", Principal = { AWS = "222222222222" } }] })
  tags = { subnets = length(data.aws_subnets.s.ids[*]), vpc = length(data.aws_vpc.v.id[*]) }
}
`);
    expect(r.errors).toEqual([]);
    expect(tags(r, "aws_sqs_queue.q")).toEqual({ subnets: "${length(data.aws_subnets.s.ids[*])}", vpc: 1 });
  });

  it("a list through coalesce(), then a for expression: unknown elements, no 'cannot iterate over a string'", async () => {
    const { r } = await read(`data "aws_availability_zones" "up" {}
locals {
  zones   = coalesce(data.aws_availability_zones.up.names, ["eu-west-1a"])
  letters = [for z in local.zones : substr(z, -1, 1)]
}
resource "aws_sqs_queue" "q" {
  name = "q-\${join("", local.letters)}"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*", Principal = { AWS = "222222222222" } }] })
}
`);
    expect(r.errors).toEqual([]);
    const q = r.resources.find((x) => x.address === "aws_sqs_queue.q");
    // Not "q-": the letters are not known, and not none.
    expect(renderText(String(q?.properties.name))).toBe(
      "q-${substr(coalesce(data.aws_availability_zones.up.names, ['eu-west-1a']), -1, 1)}",
    );
  });

  it("a set of objects in for_each (certificate validation records) reads its elements' attributes", async () => {
    const { r } = await read(`resource "aws_acm_certificate" "c" {
  domain_name       = "example.org"
  validation_method = "DNS"
}
resource "aws_sqs_queue" "q" {
  for_each = { for dvo in aws_acm_certificate.c.domain_validation_options : dvo.domain_name => dvo.resource_record_name }
  name = each.value
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*", Principal = { AWS = "222222222222" } }] })
}
`);
    expect(r.errors).toEqual([]);
    // One instance, keyed by a name not known before apply.
    expect(r.resources.map((x) => renderText(x.address))).toEqual([
      'aws_sqs_queue.q["${aws_acm_certificate.c.domain_validation_options.domain_name}"]',
    ]);
  });

  it("where an unknown collection decides for_each, the principal is unresolved naming it; where it decides count, the grant is conditional", async () => {
    const { r, ex } = await read(`data "aws_iam_roles" "admins" {}
data "aws_subnets" "s" {}
resource "aws_sqs_queue" "q" {
  for_each = toset(data.aws_iam_roles.admins.arns)
  name     = "q"
  policy   = jsonencode({ Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*", Principal = { AWS = each.value } }] })
}
resource "aws_sns_topic" "t" {
  count  = length(data.aws_subnets.s.ids) > 0 ? 1 : 0
  name   = "t"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sns:Publish", Resource = "*", Principal = { AWS = "222222222222" } }] })
}
`);
    expect(r.errors).toEqual([]);
    expect(
      ex.grants.map((g) => [renderText(g.principal.id), g.classification, g.resource.address, g.conditional]),
    ).toEqual([
      ["${toset(data.aws_iam_roles.admins.arns)}", "unresolved", "aws_sqs_queue.q[*]", undefined],
      [
        "arn:aws:iam::222222222222:root",
        "external",
        "aws_sns_topic.t[0]",
        "when length(data.aws_subnets.s.ids) > 0 is true",
      ],
    ]);
  });

  it("an attribute written into a document directly keeps naming the own resource", async () => {
    const { ex } = await read(`data "aws_iam_roles" "admins" {}
resource "aws_sqs_queue" "q" {
  name   = "q"
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*", Principal = { AWS = data.aws_iam_roles.admins.arns } }] })
}
`);
    expect(ex.errors).toEqual([]);
    expect(ex.grants.map((g) => [renderText(g.principal.id), g.classification])).toEqual([
      ["${data.aws_iam_roles.admins.arns}", "internal"],
    ]);
  });
});
