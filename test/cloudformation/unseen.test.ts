// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { looksLikeTemplate } from "../../src/iac/cloudformation/detect.js";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { grantRows, grantsOf, read } from "./helpers.js";

describe("what a template deploys but cannot be seen is unresolved, never dropped", () => {
  const result = read("unseen", "infra/template.yaml");
  const rows = grantRows(grantsOf(result).grants);
  const of = (address: string) =>
    rows.filter((r) => r.address === address).map((r) => [r.principal, r.classification, r.line]);

  test("no errors; a note for each thing not analysed", () => {
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([
      "infra/template.yaml:12: AWS::Include of s3://corp-snippets/roles.yaml: the snippet is not in the repository, not analysed",
      "infra/template.yaml:53: macro CorpBucketPolicy: its output is not analysed",
      "infra/template.yaml:4: Transform CorpTagger is a macro: its output is not analysed",
      "infra/template.yaml: nested stack VendorStack uses https://vendor-templates.s3.amazonaws.com/onboarding.yaml: its resources are not analysed",
      "infra/template.yaml: nested stack SharedStack names ../../shared/network.yaml, outside the repository: not followed",
      "infra/template.yaml: nested stack MissingStack names infra/stacks/gone.yaml, which is not in the repository",
      "infra/template.yaml: nested stack ComputedStack: its template (TemplateURL https://${own-account}-templates.s3.amazonaws.com/app.yaml) cannot be known statically",
      "infra/template.yaml: nested stack RotationApp: its template (Location arn:aws:serverlessrepo:us-east-1:297356227824:applications/SecretsRotation@1.1.0) cannot be known statically",
    ]);
  });

  test("a nested stack in S3: unresolved, and the accounts and ARNs passed to it", () => {
    expect(of("VendorStack")).toEqual([
      ["${TemplateURL https://vendor-templates.s3.amazonaws.com/onboarding.yaml}", "unresolved", 21],
      // TrustedAccount: !Ref VendorAccountId (Default 999988887777); ExternalId and the queue are no principals.
      ["arn:aws:iam::999988887777:root", "external", 23],
      ["arn:aws:iam::444455556666:role/Audit", "external", 25],
    ]);
  });

  test("a nested stack outside the repository, missing, or at a computed URL", () => {
    expect(of("SharedStack")).toEqual([
      ["${TemplateURL ../../shared/network.yaml (outside the repository)}", "unresolved", 30],
    ]);
    expect(of("MissingStack")).toEqual([
      ["${TemplateURL stacks/gone.yaml (not in the repository)}", "unresolved", 34],
    ]);
    expect(of("ComputedStack")).toEqual([
      ["${TemplateURL https://${own-account}-templates.s3.amazonaws.com/app.yaml}", "unresolved", 38],
      // A principal-named parameter with no value: whoever it will be is unknown.
      ["${Ref PartnerPrincipal}", "unresolved", 40],
    ]);
  });

  test("a SAM application from the Serverless Application Repository, and its account list", () => {
    expect(of("RotationApp")).toEqual([
      [
        "${Location arn:aws:serverlessrepo:us-east-1:297356227824:applications/SecretsRotation@1.1.0}",
        "unresolved",
        44,
      ],
      ["arn:aws:iam::333344445555:root", "external", 48],
      ["arn:aws:iam::111122223333:root", "external", 48],
    ]);
  });

  test("a custom macro at the top: unresolved, with the template's parameters it is passed", () => {
    expect(of("Transform:CorpTagger")).toEqual([
      ["${macro CorpTagger}", "unresolved", 4],
      ["arn:aws:iam::999988887777:root", "external", 6],
      ["${Ref PartnerPrincipal}", "unresolved", 9],
    ]);
  });

  test("an AWS::Include from S3 in Resources, a macro inside a resource with an account parameter", () => {
    expect(of("Fn::Transform:s3://corp-snippets/roles.yaml")).toEqual([
      ["${AWS::Include s3://corp-snippets/roles.yaml}", "unresolved", 12],
    ]);
    expect(of("Bucket/Fn::Transform:CorpBucketPolicy")).toEqual([
      ["${macro CorpBucketPolicy}", "unresolved", 53],
      ["arn:aws:iam::777766665555:root", "external", 53],
    ]);
    // The macro is not a property of the bucket.
    expect(result.resources.find((r) => r.address === "Bucket")?.properties).toEqual({
      BucketName: "corp-data",
    });
  });

  test("AWS's own transforms and a local include or nested stack make no unresolved grant", () => {
    const snapshot = memorySnapshot({
      "t.yaml": [
        "Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31, AWS::SecretsManager-2020-07-23]",
        "Resources:",
        "  Fn::Transform: { Name: AWS::Include, Parameters: { Location: part.yaml } }",
        "  Child:",
        "    Type: AWS::CloudFormation::Stack",
        "    Properties:",
        "      TemplateURL: child.yaml",
        "      Parameters: { Trusted: '222222222222' }",
      ].join("\n"),
      "part.yaml": "Q:\n  Type: AWS::SQS::Queue\n",
      "child.yaml": "Parameters:\n  Trusted: { Type: String }\nResources:\n  T:\n    Type: AWS::SNS::Topic\n",
    });
    const r = readTemplate(snapshot, "t.yaml");
    expect(r.errors).toEqual([]);
    expect(r.notes ?? []).toEqual([]);
    expect(grantsOf(r).grants).toEqual([]);
    expect(r.resources.map((x) => x.address)).toEqual(["Q", "Child", "Child/T"]);
  });

  test("Transform: null names no macro; a lone macro in Resources is still one unresolved grant", () => {
    const snapshot = memorySnapshot({
      "none.yaml": "Transform: null\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n",
      "lone.yaml":
        "Resources:\n  Fn::Transform:\n    Name: AddRoles\n    Parameters: { Trusted: arn:aws:iam::222222222222:role/Ops }\n",
    });
    expect(grantsOf(readTemplate(snapshot, "none.yaml")).grants).toEqual([]);
    const lone = readTemplate(snapshot, "lone.yaml");
    expect(lone.errors).toEqual([]);
    expect(grantRows(grantsOf(lone).grants)).toEqual([
      {
        address: "Fn::Transform:AddRoles",
        principal: "${macro AddRoles}",
        classification: "unresolved",
        line: 2,
      },
      {
        address: "Fn::Transform:AddRoles",
        principal: "arn:aws:iam::222222222222:role/Ops",
        classification: "external",
        line: 2,
      },
    ]);
  });

  test("a resource's whole Properties from S3 or from a macro: unresolved naming it, no error", () => {
    const snapshot = memorySnapshot({
      "t.yaml": [
        "Resources:",
        "  Role:",
        "    Type: AWS::IAM::Role",
        "    Properties:",
        "      Fn::Transform: { Name: AWS::Include, Parameters: { Location: s3://corp/role.yaml } }",
        "  Key:",
        "    Type: AWS::KMS::Key",
        "    Properties:",
        "      Fn::Transform: { Name: KeyPolicyMacro, Parameters: { AdminAccount: '333333333333' } }",
      ].join("\n"),
    });
    const r = readTemplate(snapshot, "t.yaml");
    expect(r.errors).toEqual([]);
    expect(grantRows(grantsOf(r).grants).filter((g) => g.address.includes("Fn::Transform"))).toEqual([
      {
        address: "Role/Fn::Transform:s3://corp/role.yaml",
        principal: "${AWS::Include s3://corp/role.yaml}",
        classification: "unresolved",
        line: 5,
      },
      {
        address: "Key/Fn::Transform:KeyPolicyMacro",
        principal: "${macro KeyPolicyMacro}",
        classification: "unresolved",
        line: 9,
      },
      {
        address: "Key/Fn::Transform:KeyPolicyMacro",
        principal: "arn:aws:iam::333333333333:root",
        classification: "external",
        line: 9,
      },
    ]);
  });

  test("a template cannot write the reader's mark itself", () => {
    const snapshot = memorySnapshot({
      "t.yaml": [
        "Resources:",
        "  Child:",
        "    Type: AWS::CloudFormation::Stack",
        "    Properties:",
        "      TemplateURL: child.yaml",
        "      unseen: arn:aws:iam::222222222222:root",
      ].join("\n"),
      "child.yaml": "Resources:\n  T:\n    Type: AWS::SNS::Topic\n",
    });
    expect(grantsOf(readTemplate(snapshot, "t.yaml")).grants).toEqual([]);
  });
});

describe("a macro that reads Resources in a shape of its own", () => {
  const file = "shorthand/template.yaml";

  test("is a template: recognised, its macro one unresolved grant, no error", () => {
    const result = read("unseen", file);
    expect(result.errors).toEqual([]);
    expect(result.notes).toEqual([
      "shorthand/template.yaml:3: Transform CompactResources is a macro: its output is not analysed",
    ]);
    expect(
      grantRows(grantsOf(result).grants).map((r) => [r.address, r.principal, r.classification, r.line]),
    ).toEqual([["Transform:CompactResources", "${macro CompactResources}", "unresolved", 3]]);
  });

  test("discovery finds it, and still passes over a list of Resources without a macro", () => {
    const text = readFileSync(join("fixtures", "cloudformation", "unseen", file), "utf8");
    expect(looksLikeTemplate(file, text)).toBe(true);
    expect(looksLikeTemplate(file, text.replace(/^Transform: .*$/m, ""))).toBe(false);
    expect(looksLikeTemplate("shorthand.json", JSON.stringify({ Transform: "M", Resources: [] }))).toBe(true);
  });
});
