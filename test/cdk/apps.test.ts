// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { describe, expect, test } from "vitest";
import { cdkSnapshot, grantsOf, readSnapshot } from "./helpers.js";

/**
 * The synth output of the apps in fixtures/cdk/apps (aws-cdk-lib from the npm registry, see
 * synth.sh), read as a whole: for each grant its unit, stack name, construct path, template file
 * (inside cdk.out), line, principal, classification and actions.
 * Zone: own account 111111111111, own organization o-own0000000.
 */
type Row = [
  unit: string,
  stack: string,
  constructPath: string,
  file: string,
  line: number,
  principal: string,
  classification: string,
  actions: string[],
];

const EXPECTED: Record<string, Row[]> = {
  basic: [
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/AuditRole/Resource",
      "GrantsStack.template.json",
      12,
      "arn:aws:iam::999988887777:root",
      "external",
      ["sts:AssumeRole"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/DataBucket/Policy/Resource",
      "GrantsStack.template.json",
      60,
      "o-partner0001",
      "external",
      ["s3:GetObject"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/Handler/ServiceRole/Resource",
      "GrantsStack.template.json",
      94,
      "lambda.amazonaws.com",
      "service",
      ["sts:AssumeRole"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/Handler/PartnerInvoke",
      "GrantsStack.template.json",
      151,
      "arn:aws:iam::444455556666:root",
      "external",
      ["lambda:InvokeFunction"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/Handler/FunctionUrl/Resource",
      "GrantsStack.template.json",
      160,
      "*",
      "public",
      ["lambda:InvokeFunctionUrl"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/Handler/invoke-function-url",
      "GrantsStack.template.json",
      183,
      "*",
      "public",
      ["lambda:InvokeFunctionUrl"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/Handler/invoke-function",
      "GrantsStack.template.json",
      200,
      "*",
      "public",
      ["lambda:InvokeFunction"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/SharedKey/Resource",
      "GrantsStack.template.json",
      215,
      "arn:aws:iam::${own-account}:root",
      "internal",
      ["kms:*"],
    ],
    [
      "GrantsStack",
      "GrantsStack",
      "GrantsStack/SharedKey/Resource",
      "GrantsStack.template.json",
      238,
      "arn:aws:iam::777766665555:role/Reader",
      "external",
      ["kms:Decrypt"],
    ],
  ],
  stage: [
    [
      "assembly-Prod/ProdStorage0EF194CB",
      "Prod-Storage",
      "Prod/Storage/Logs/Policy/Resource",
      "assembly-Prod/ProdStorage0EF194CB.template.json",
      23,
      "arn:aws:iam::555555555555:root",
      "internal",
      ["s3:GetObject"],
    ],
    [
      "assembly-Prod/ProdStorage0EF194CB",
      "Prod-Storage",
      "Prod/Storage/DeployRole/Resource",
      "assembly-Prod/ProdStorage0EF194CB.template.json",
      68,
      "arn:aws:iam::222222222222:root",
      "external",
      ["sts:AssumeRole"],
    ],
  ],
  nested: [
    [
      "Parent",
      "Parent",
      "Parent/Producer/Resource",
      "Parent.template.json",
      23,
      "lambda.amazonaws.com",
      "service",
      ["sts:AssumeRole"],
    ],
    [
      "Parent",
      "Parent",
      "Parent/Reports/Policy/Resource",
      "Parent.template.json",
      97,
      "${SharingNestedStackSharingNestedStackResourceAEDF8AD5/PartnerRole53D7BEB1.Arn}",
      "internal",
      ["s3:GetObject"],
    ],
    [
      "Parent",
      "Parent",
      "Parent/Sharing/PartnerRole/Resource",
      "ParentSharing199792A4.nested.template.json",
      12,
      "arn:aws:iam::777777777777:root",
      "external",
      ["sts:AssumeRole"],
    ],
    [
      "Parent",
      "Parent",
      "Parent/Sharing/Jobs/Policy/Resource",
      "ParentSharing199792A4.nested.template.json",
      55,
      "${ProducerD8AA94EB.Arn}",
      "internal",
      ["sqs:SendMessage"],
    ],
  ],
  "cross-stack": [
    [
      "Producer",
      "Producer",
      "Producer/PublisherRole/Resource",
      "Producer.template.json",
      23,
      "lambda.amazonaws.com",
      "service",
      ["sts:AssumeRole"],
    ],
    [
      "Consumer",
      "Consumer",
      "Consumer/Events/Policy/Resource",
      "Consumer.template.json",
      18,
      "${PublisherRoleFDE2F285.Arn}",
      "internal",
      ["sns:Publish"],
    ],
    [
      "Consumer",
      "Consumer",
      "Consumer/Events/Policy/Resource",
      "Consumer.template.json",
      31,
      "arn:aws:iam::123412341234:root",
      "external",
      ["sns:Subscribe"],
    ],
  ],
};

async function rows(app: string) {
  const read = await readSnapshot(cdkSnapshot(app));
  const { grants, errors } = grantsOf(read);
  return {
    errors: [...read.errors, ...errors],
    grants,
    rows: grants.map((g) => [
      g.resource.unit,
      g.resource.stack,
      g.resource.constructPath,
      g.resource.file.replace(/^cdk\.out\//, ""),
      g.resource.line,
      g.principal.id,
      g.classification,
      g.actions,
    ]),
  };
}

describe("CDK apps synthesised with aws-cdk-lib", () => {
  test.each(Object.keys(EXPECTED))("%s", async (app) => {
    const r = await rows(app);
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual(EXPECTED[app]);
    expect(r.grants.every((g) => g.resource.source === "cdk")).toBe(true);
  });

  test("(a) AccountPrincipal, OrganizationPrincipal, addPermission, a NONE function URL, ArnPrincipal on a key", async () => {
    const { grants } = await rows("basic");
    const by = (path: string) => grants.filter((g) => g.resource.constructPath === path);
    // CDK's Fn::Join rendering of AccountPrincipal resolves to the account.
    expect(by("GrantsStack/AuditRole/Resource")[0]).toMatchObject({
      principal: { type: "AWS", id: "arn:aws:iam::999988887777:root", accountId: "999988887777" },
      mechanism: "trust-policy",
      resource: { type: "AWS::IAM::Role", address: "AuditRole88E97C2A" },
    });
    expect(by("GrantsStack/DataBucket/Policy/Resource")[0]).toMatchObject({
      subkind: "org",
      resource: { target: "DataBucketE3889A50" },
    });
    expect(by("GrantsStack/Handler/PartnerInvoke")[0]).toMatchObject({
      mechanism: "lambda-permission",
      resource: { target: "Handler886CB40B" },
    });
    expect(by("GrantsStack/Handler/FunctionUrl/Resource")[0]).toMatchObject({
      mechanism: "function-url-auth",
      classification: "public",
    });
    // The key's default statement: the own account (env-agnostic: a token), internal.
    expect(by("GrantsStack/SharedKey/Resource")[0]?.subkind).toBe("self-account");
  });

  test("(b) a Stage with env account 555555555555: AccountRootPrincipal is the stack's own account", async () => {
    const { grants } = await rows("stage");
    expect(grants[0]).toMatchObject({
      principal: { id: "arn:aws:iam::555555555555:root", accountId: "555555555555" },
      classification: "internal",
      subkind: "self-account",
    });
  });

  test("(c) the nested stack's principals come from the parent (a parameter's Default, a role ARN); its output reaches the parent", async () => {
    const { grants } = await rows("nested");
    expect(grants.map((g) => g.resource.address)).toEqual([
      "ProducerD8AA94EB",
      "ReportsPolicyA13B441D",
      "SharingNestedStackSharingNestedStackResourceAEDF8AD5/PartnerRole53D7BEB1",
      "SharingNestedStackSharingNestedStackResourceAEDF8AD5/JobsPolicy30CCDE58",
    ]);
    expect(grants[3]?.resource.target).toBe(
      "SharingNestedStackSharingNestedStackResourceAEDF8AD5/JobsDF1CC2D4",
    );
    // Fn::GetAtt [NestedStack, Outputs.X]: the nested role, a resource of the own account.
    expect(grants[1]).toMatchObject({ classification: "internal", subkind: "self-resource" });
  });

  test("(d) cross-stack references resolve through the producer's exports", async () => {
    const { grants } = await rows("cross-stack");
    const consumer = grants.filter((g) => g.resource.stack === "Consumer");
    expect(consumer.map((g) => [g.principal.id, g.classification, g.subkind])).toEqual([
      ["${PublisherRoleFDE2F285.Arn}", "internal", "self-resource"],
      ["arn:aws:iam::123412341234:root", "external", "account"],
    ]);
  });
});
