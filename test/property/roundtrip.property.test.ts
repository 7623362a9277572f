/**
 * Round trips through the real readers and the grant table: a generated policy with known
 * principals (accounts, role and user ARNs, services, "*") is found back exactly, whether it is
 * written in a CloudFormation template (JSON or YAML), as JSON text in an aws_s3_bucket_policy
 * heredoc, with jsonencode(...), or as a data "aws_iam_policy_document" block.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import type { ReaderResult } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { check, checkAsync, runs, ZONE } from "./helpers.js";
import {
  type Expected,
  expectedPrincipals,
  foundPrincipals,
  type PrincipalSpec,
  policyDocument,
  policySpec,
  type StatementSpec,
  trustSpec,
} from "./policies.js";

/** The principals of the grants on one resource address. */
function principalsOn(result: ReaderResult, address: string): Expected[] {
  expect(result.errors).toEqual([]);
  const x = extractGrants(result.resources, ZONE);
  expect(x.errors).toEqual([]);
  return foundPrincipals(x.grants.filter((g) => g.resource.address === address));
}

// --- CloudFormation -------------------------------------------------------------------------

function cfnTemplate(resource: StatementSpec[], trust: StatementSpec[]): Record<string, unknown> {
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Resources: {
      Bucket: { Type: "AWS::S3::Bucket" },
      BucketPolicy: {
        Type: "AWS::S3::BucketPolicy",
        Properties: { Bucket: { Ref: "Bucket" }, PolicyDocument: policyDocument(resource) },
      },
      Role: { Type: "AWS::IAM::Role", Properties: { AssumeRolePolicyDocument: policyDocument(trust) } },
    },
  };
}

// --- Terraform --------------------------------------------------------------------------------

const hcl = (v: string | number): string => (typeof v === "number" ? String(v) : JSON.stringify(v));

/** A JSON value as an HCL expression (what jsonencode takes). */
function hclValue(v: unknown, indent = "  "): string {
  if (v === null) return "null";
  if (typeof v === "string" || typeof v === "number") return hcl(v);
  if (typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return `[${v.map((x) => hclValue(x, indent)).join(", ")}]`;
  const inner = `${indent}  `;
  const entries = Object.entries(v as Record<string, unknown>).map(
    ([k, x]) =>
      `${inner}${/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k)} = ${hclValue(x, inner)}`,
  );
  return `{\n${entries.join("\n")}\n${indent}}`;
}

function principalsBlocks(principals: PrincipalSpec[], indent: string): string[] {
  const byType = new Map<string, (string | number)[]>();
  for (const p of principals) byType.set(p.key, [...(byType.get(p.key) ?? []), p.value]);
  const out: string[] = [];
  for (const [type, ids] of byType) {
    out.push(
      `${indent}principals {`,
      `${indent}  type        = ${hcl(type)}`,
      `${indent}  identifiers = [${ids.map(hcl).join(", ")}]`,
      `${indent}}`,
    );
  }
  return out;
}

function policyDocumentData(name: string, statements: StatementSpec[]): string {
  const lines = [`data "aws_iam_policy_document" "${name}" {`];
  statements.forEach((s, i) => {
    lines.push(
      "  statement {",
      `    sid       = "S${i}"`,
      '    effect    = "Allow"',
      `    actions   = [${s.actions.map(hcl).join(", ")}]`,
      '    resources = ["*"]',
      ...principalsBlocks(s.principals, "    "),
      "  }",
    );
  });
  lines.push("}");
  return lines.join("\n");
}

type Form = "heredoc" | "jsonencode" | "policy-document";

function terraform(form: Form, resource: StatementSpec[], trust: StatementSpec[]): string {
  const policyOf = (name: string, spec: StatementSpec[]): { expr: string; extra: string } => {
    if (form === "heredoc")
      return {
        expr: `<<-EOT\n    ${JSON.stringify(policyDocument(spec), null, 2).replace(/\n/g, "\n    ")}\n  EOT`,
        extra: "",
      };
    if (form === "jsonencode") return { expr: `jsonencode(${hclValue(policyDocument(spec))})`, extra: "" };
    return { expr: `data.aws_iam_policy_document.${name}.json`, extra: policyDocumentData(name, spec) };
  };
  const bucket = policyOf("bucket", resource);
  const role = policyOf("trust", trust);
  return [
    'resource "aws_s3_bucket" "b" {\n  bucket = "b"\n}',
    `resource "aws_s3_bucket_policy" "p" {\n  bucket = aws_s3_bucket.b.id\n  policy = ${bucket.expr}\n}`,
    `resource "aws_iam_role" "r" {\n  name               = "r"\n  assume_role_policy = ${role.expr}\n}`,
    bucket.extra,
    role.extra,
    "",
  ].join("\n\n");
}

describe("round trip through the readers and the grant table", () => {
  it("CloudFormation templates, as JSON and as YAML", () => {
    check(
      "round trip, CloudFormation",
      fc.property(policySpec, trustSpec, fc.constantFrom("json", "yaml"), (resource, trust, form) => {
        const doc = cfnTemplate(resource, trust);
        const file = `t.${form}`;
        const text = form === "json" ? JSON.stringify(doc, null, 2) : stringify(doc);
        const r = readTemplate(memorySnapshot({ [file]: text }), file);
        expect(principalsOn(r, "BucketPolicy")).toEqual(expectedPrincipals(resource));
        expect(principalsOn(r, "Role")).toEqual(expectedPrincipals(trust));
      }),
      runs(1500),
    );
  });

  for (const form of ["heredoc", "jsonencode", "policy-document"] as const) {
    it(`Terraform, policy written as ${form}`, async () => {
      await checkAsync(
        `round trip, Terraform ${form}`,
        fc.asyncProperty(policySpec, trustSpec, async (resource, trust) => {
          const snapshot = memorySnapshot({ "main.tf": terraform(form, resource, trust) });
          const r = await readTerraformRoot(snapshot, "", { grantTypes: TERRAFORM_GRANT_TYPES });
          expect(principalsOn(r, "aws_s3_bucket_policy.p")).toEqual(expectedPrincipals(resource));
          expect(principalsOn(r, "aws_iam_role.r")).toEqual(expectedPrincipals(trust));
        }),
        runs(400),
      );
    });
  }
});
