// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Open inputs (issue 14; design.md "What the code decides, and what the deploy decides"): a root
 * variable that no committed file sets, and terraform.workspace, are the deploy's to choose, so
 * every value they can take counts; committed values and module arguments decide exactly.
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { fixtureSnapshot, GRANT_TYPES } from "./fixture.js";

const ZONE = { ...EMPTY_ZONE, accounts: ["111111111111"] };

/** The grants of one fixture root: "principal classification address actions | conditional". */
async function grants(root: string, tfvars: string[] = []) {
  const snapshot = fixtureSnapshot("open-inputs");
  const r = await readTerraformRoot(snapshot, root, { grantTypes: GRANT_TYPES, tfvars });
  const ex = extractGrants(r.resources, ZONE);
  return {
    lines: ex.grants
      .map(
        (g) =>
          `${renderText(g.principal.id)} ${g.classification} ${g.resource.address} ${g.actions.join(",")}` +
          (g.conditional ? ` | ${g.conditional}` : ""),
      )
      .sort(),
    errors: [...r.errors, ...ex.errors],
    notes: r.notes ?? [],
  };
}

describe("open inputs: a default never hides a grant", () => {
  it("count on a root variable defaulting to false: the role exists when the deploy sets it", async () => {
    const r = await grants("partner-flag");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      "arn:aws:iam::210987654321:root external aws_iam_role.partner[0] sts:AssumeRole | when var.enable_partner = true",
    ]);
  });

  it("a policy document merged from an open input is one unresolved grant naming it, not an error", async () => {
    const r = await grants("unknown-source-document");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      "${var.extra_policy} unresolved aws_s3_bucket_policy.reports ${var.extra_policy}",
      "arn:aws:iam::111111111111:root internal aws_s3_bucket_policy.reports s3:*",
    ]);
  });

  it("a committed terraform.tfvars decides exactly: the role is not created", async () => {
    const r = await grants("committed");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([]);
  });

  it("a value given with --tfvars decides exactly too", async () => {
    const r = await grants("partner-flag", ["committed/terraform.tfvars"]);
    expect(r.lines).toEqual([]);
  });

  it("for_each over an open map whose default is empty: one unresolved grant naming the expression", async () => {
    const r = await grants("partners-map");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      "arn:aws:iam::${var.partners}:root unresolved aws_iam_role.partner[*] sts:AssumeRole",
    ]);
  });

  it("an empty string default supplies no value: the principal built from it is unresolved, naming the variable", async () => {
    const { memorySnapshot } = await import("../../src/sources/snapshot.js");
    const r = await readTerraformRoot(
      memorySnapshot({
        "main.tf": `variable "partner_account" {
  type    = string
  default = ""
}
resource "aws_iam_role" "partner" {
  name = "partner"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::\${var.partner_account}:root" } }]
  })
}
`,
      }),
      "",
      { grantTypes: GRANT_TYPES },
    );
    expect(r.errors).toEqual([]);
    const ex = extractGrants(r.resources, ZONE);
    expect(ex.grants.map((g) => [renderText(g.principal.id), g.classification])).toEqual([
      ["arn:aws:iam::${var.partner_account}:root", "unresolved"],
    ]);
  });

  it("a map indexed by terraform.workspace: every entry, conditional on the workspace", async () => {
    const r = await grants("workspace");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      'arn:aws:iam::111122223333:root external aws_iam_role.auditor sts:AssumeRole | when terraform.workspace = "default"',
      'arn:aws:iam::222233334444:root external aws_iam_role.auditor sts:AssumeRole | when terraform.workspace = "staging"',
      'arn:aws:iam::333344445555:root external aws_iam_role.auditor sts:AssumeRole | when terraform.workspace = "prod"',
    ]);
  });

  it("functions of terraform.workspace: one workspace per deploy, each map entry, no impossible combination", async () => {
    const r = await grants("workspace-functions");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      'arn:aws:iam::111111111111:root internal aws_iam_role.prod[0] sts:AssumeRole | when terraform.workspace is another value and substr(terraform.workspace, 3, length(terraform.workspace)) == "-production" is true',
      'arn:aws:iam::333333333333:root external aws_iam_role.test[0] sts:AssumeRole | when terraform.workspace is another value and substr(terraform.workspace, 3, length(terraform.workspace)) == "-test" is true',
      'arn:aws:iam::555555555555:root external aws_iam_role.per_env sts:AssumeRole | when trimprefix(terraform.workspace, "app-") == "development" is true',
      'arn:aws:iam::666666666666:root external aws_iam_role.per_env sts:AssumeRole | when trimprefix(terraform.workspace, "app-") == "development" is false and trimprefix(terraform.workspace, "app-") == "production" is false',
      'arn:aws:iam::777777777777:root external aws_iam_role.per_env sts:AssumeRole | when trimprefix(terraform.workspace, "app-") == "development" is false and trimprefix(terraform.workspace, "app-") == "production" is true',
      'arn:aws:iam::888888888888:root external aws_iam_role.np_real[0] sts:AssumeRole | when terraform.workspace is another value and contains(["development", "test"], trimprefix(terraform.workspace, "app-")) is true and trimprefix(terraform.workspace, "app-") == "test" is true',
    ]);
  });

  it("a module argument decides exactly, also when the call leaves the variable to its default", async () => {
    const r = await grants("module-decides");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      "arn:aws:iam::444455556666:root external module.on.aws_iam_role.vendor[0] sts:AssumeRole",
    ]);
  });

  it("local.is_prod and local.is_prod == true are one choice: no impossible index, both values reported", async () => {
    const r = await grants("is-prod");
    expect(r.errors).toEqual([]);
    expect(r.lines).toEqual([
      'arn:aws:iam::${own-account}:root internal aws_s3_bucket_policy.reports s3:GetObject | when var.environment = "dev"',
      'arn:aws:iam::555566667777:root external aws_s3_bucket_policy.reports s3:GetObject | when var.environment = "prod"',
    ]);
  });

  it("twenty independent open inputs: past the budget, every statement is still reported, with a note and no error", async () => {
    const r = await grants("twenty-flags");
    expect(r.errors).toEqual([]);
    const accounts = r.lines.map((l) => /::(\d{12}):root/.exec(l)?.[1]);
    expect(new Set(accounts)).toEqual(
      new Set(Array.from({ length: 20 }, (_x, i) => String(100000000000 + i * 1111).padStart(12, "0"))),
    );
    expect(r.notes).toEqual([
      "twenty-flags/main.tf:105: aws_s3_bucket_policy.data depends on more than 32 combinations of open inputs and undecided conditions; the others are reported with those choices unresolved",
    ]);
  });
});

describe("a wrapper root whose roles come from an open `any` input (issue 16)", () => {
  it("reports unresolved principals and the NotPrincipal variant, with no error about the unknown statements", async () => {
    const r = await readTerraformRoot(fixtureSnapshot("corpus"), "role-wrapper", { grantTypes: GRANT_TYPES });
    const ex = extractGrants(r.resources, ZONE);
    expect([...r.errors, ...ex.errors]).toEqual([]);
    expect(
      ex.grants.map((g) => [renderText(g.principal.id), g.classification, g.conditional]).sort(),
    ).toEqual([
      [
        "${var.roles.trust_statements.principals.identifiers}",
        "unresolved",
        "when var.roles.trust_statements != null is true and var.roles.trust_statements.principals != null is true",
      ],
      // A caller that writes not_principals only allows everyone else: public, in that variant.
      [
        "*",
        "public",
        "when var.roles.trust_statements != null is true and var.roles.trust_statements.not_principals != null is true and var.roles.trust_statements.principals != null is false",
      ],
    ]);
    // The Effect is the caller's: the grants carry it as unresolved.
    expect(ex.grants.every((g) => g.unresolved?.includes("var.roles.trust_statements.effect"))).toBe(true);
  });
});

describe("an open input whose default is null (issue 16, item 9)", () => {
  it("supplies no value unless the code tests for null; disabled data sources read through splats", async () => {
    const r = await readTerraformRoot(fixtureSnapshot("corpus"), "component-context", {
      grantTypes: GRANT_TYPES,
    });
    const ex = extractGrants(r.resources, ZONE);
    expect([...r.errors, ...ex.errors]).toEqual([]);
    const queue = r.resources.find((x) => x.address === "aws_sqs_queue.interruptions[0]");
    expect(JSON.parse(renderText(JSON.stringify(queue?.properties.tags)))).toEqual({
      // The stack sets these: not null (format() and templates would refuse null), but unknown.
      domain: "${var.environment}.example.net",
      settings: "${var.settings_file}.json",
      zones: "${join(',', toset(var.zone_names))}",
      count: "${length(var.zone_names)}",
      // Tested against null: the null default is one of the values that count (this record's).
      alarms: "none",
    });
    expect(ex.grants.map((g) => [renderText(g.principal.id), g.classification]).sort()).toEqual([
      ["arn:aws:iam::${own-account}:root", "internal"],
      ["events.amazonaws.com", "service"],
      ["sqs.amazonaws.com", "service"],
    ]);
  });
});
