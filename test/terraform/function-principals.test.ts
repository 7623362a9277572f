// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { createTerraformCache, readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { GRANT_TYPES, ownAccountGrants, policyOf, principalRows } from "./fixture.js";

const read = (files: Record<string, string>) =>
  readTerraformRoot(memorySnapshot(files), "", { grantTypes: GRANT_TYPES, cache: createTerraformCache() });

describe("principals built from functions", () => {
  it("a principal from a function left unknown is unresolved and names the call", async () => {
    const result = await read({
      "main.tf": `
resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::\${substr(sha256(timestamp()), 0, 12)}:root" }
    }, {
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = yamldecode("account: yes")["account"] }
    }]
  })
}
`,
    });
    expect(result.errors).toEqual([]);
    const role = result.resources.find((r) => r.address === "aws_iam_role.r")!;
    const doc = policyOf(role, "assume_role_policy") as { Statement: { Principal: { AWS: string } }[] };
    expect(doc.Statement.map((s) => s.Principal.AWS)).toEqual([
      "arn:aws:iam::${substr(sha256(timestamp()), 0, 12)}:root",
      "${yamldecode('account: yes')['account']}",
    ]);
    expect(result.notes?.join("\n")).toContain("function timestamp() is not evaluated statically");
    expect(result.notes?.join("\n")).toContain("function yamldecode() is not evaluated statically");
  });

  it("a principal from a function evaluated here is the value Terraform gives", async () => {
    const result = await read({
      "main.tf": `
locals {
  accounts = yamldecode(file("\${path.module}/accounts.yaml"))
}
resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = [for a in local.accounts.partners : "arn:aws:iam::\${a}:root"] }
    }]
  })
}
`,
      "accounts.yaml": "partners:\n  - '222222222222'\n  - '333333333333'\n",
    });
    expect(result.errors).toEqual([]);
    const role = result.resources.find((r) => r.address === "aws_iam_role.r")!;
    const doc = policyOf(role, "assume_role_policy") as { Statement: { Principal: { AWS: string[] } }[] };
    expect(doc.Statement[0]!.Principal.AWS).toEqual([
      "arn:aws:iam::222222222222:root",
      "arn:aws:iam::333333333333:root",
    ]);
  });
});

describe("the evaluation budget in a whole root", () => {
  it("nested for expressions over range(1000) end quickly; the grant is still reported, unresolved", async () => {
    const start = Date.now();
    const result = await read({
      "main.tf": `
locals {
  grid = [for a in range(1000) : [for b in range(1000) : "arn:aws:iam::\${a}\${b}:root"]]
}
resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = flatten(local.grid) } }]
  })
}
`,
    });
    expect(Date.now() - start).toBeLessThan(20_000);
    expect(result.errors).toEqual([]);
    expect(result.notes?.join("\n")).toMatch(/took more than 1000000 steps/);
    // The policy as a whole is unresolved, naming the expression: the role stays in the report.
    const role = result.resources.find((r) => r.address === "aws_iam_role.r")!;
    expect(renderText(String(role.properties.assume_role_policy))).toMatch(/^\$\{.*jsonencode\(/s);
  });
});

describe("functions over an attribute's collection", () => {
  it("keep naming its elements: a lookup's own-account roles stay internal through tolist, element, sort", async () => {
    const result = await read({
      "main.tf": `
data "aws_iam_roles" "admins" {
  name_regex = "Admin.*"
}
data "aws_organizations_organization" "org" {}

resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Statement = [for p in [
      tolist(data.aws_iam_roles.admins.arns)[0],
      one(data.aws_iam_roles.admins.arns),
      element(data.aws_iam_roles.admins.arns, 0),
      element(sort(data.aws_iam_roles.admins.arns), 1),
      tolist(data.aws_organizations_organization.org.accounts)[0].arn,
    ] : { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = p } }]
  })
}
`,
    });
    expect(result.errors).toEqual([]);
    expect(principalRows(ownAccountGrants(result.resources).grants)).toEqual([
      ["${data.aws_iam_roles.admins.arns[0]}", "internal"],
      // one() gives null when the lookup finds no role: unresolved, as before.
      ["${one(data.aws_iam_roles.admins.arns)}", "unresolved"],
      // element() of an empty list is an error: an element, unnamed, the same for both.
      ["${data.aws_iam_roles.admins.arns}", "internal"],
      // The organization's accounts are other accounts: no identity of the own account.
      ["${tolist(data.aws_organizations_organization.org.accounts)[0].arn}", "unresolved"],
    ]);
  });
});
