import { describe, expect, it } from "vitest";
import { SYNTHESIZERS } from "../../src/grants/synthesize.js";
import { GRANT_TABLE, rowsFor } from "../../src/grants/table.js";

const row = (type: string, i = 0) => {
  const r = rowsFor(type).filter((x) => x.synth)[i];
  if (!r?.synth) throw new Error(`no synth row for ${type}`);
  return r as typeof r & { synth: NonNullable<typeof r.synth> };
};
const synth = (type: string, props: Record<string, unknown>) => {
  const r = row(type);
  return SYNTHESIZERS[r.synth](r, props);
};

describe("the grant table", () => {
  it("gives every row a policy path or a synthesizer, and no row twice", () => {
    const keys = new Set<string>();
    for (const r of GRANT_TABLE) {
      expect(r.policy !== undefined || r.synth !== undefined, r.type).toBe(true);
      const key = `${r.type} ${r.policy ?? ""} ${r.synth ?? ""} ${JSON.stringify(r.fields ?? {})}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
    }
  });
});

describe("synthesized statements (grant-model §4.3)", () => {
  it("Lambda permission: principal kinds and narrowing conditions", () => {
    expect(
      synth("aws_lambda_permission", {
        principal: "s3.amazonaws.com",
        action: "lambda:InvokeFunction",
        source_arn: "arn:aws:s3:::drop",
        source_account: "555566667777",
      })?.doc.Statement,
    ).toEqual([
      {
        Effect: "Allow",
        Principal: { Service: "s3.amazonaws.com" },
        Action: "lambda:InvokeFunction",
        Condition: {
          ArnLike: { "AWS:SourceArn": "arn:aws:s3:::drop" },
          StringEquals: { "AWS:SourceAccount": "555566667777" },
        },
      },
    ]);
    expect(
      synth("AWS::Lambda::Permission", { Principal: "*", PrincipalOrgID: "o-abcdefghij" })?.doc.Statement,
    ).toEqual([
      {
        Effect: "Allow",
        Principal: "*",
        Action: "lambda:InvokeFunction",
        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-abcdefghij" } },
      },
    ]);
    expect(
      synth("aws_lambda_permission", { principal: "123456789012" })?.doc.Statement[0]?.Principal,
    ).toEqual({
      AWS: "123456789012",
    });
  });

  it("KMS grant: grantee operations and the retiring principal", () => {
    expect(
      synth("aws_kms_grant", {
        grantee_principal: "arn:aws:iam::222222222222:role/x",
        operations: ["Decrypt", "GenerateDataKey"],
        retiring_principal: "arn:aws:iam::333333333333:root",
      })?.doc.Statement,
    ).toEqual([
      {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::222222222222:role/x" },
        Action: ["kms:Decrypt", "kms:GenerateDataKey"],
      },
      { Effect: "Allow", Principal: { AWS: "arn:aws:iam::333333333333:root" }, Action: "kms:RetireGrant" },
    ]);
  });

  it("shares: accounts, 'all', organisation and OU ARNs, comma-separated SSM ids", () => {
    const db = synth("aws_db_snapshot", { shared_accounts: ["222222222222", "all"] });
    expect(db?.doc.Statement.map((s) => s.Principal)).toEqual([{ AWS: "222222222222" }, "*"]);
    expect(db?.principalPaths).toEqual(["shared_accounts/0", "shared_accounts/1"]);
    const ami = synth("aws_ami_launch_permission", {
      organizational_unit_arn: "arn:aws:organizations::111111111111:ou/o-abcdefghij/ou-ab12-cdefghij",
    });
    expect(ami?.doc.Statement).toEqual([
      {
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: ["ec2:RunInstances"],
        Condition: {
          "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abcdefghij/*/ou-ab12-cdefghij/*" },
        },
      },
    ]);
    const ram = synth("aws_ram_principal_association", {
      principal: "arn:aws:organizations::111111111111:organization/o-abcdefghij",
    });
    expect(ram?.doc.Statement[0]?.Condition).toEqual({
      StringEquals: { "aws:PrincipalOrgID": "o-abcdefghij" },
    });
    const ssm = synth("aws_ssm_document", {
      permissions: { type: "Share", account_ids: "222222222222,333333333333" },
    });
    expect(ssm?.doc.Statement.map((s) => s.Principal)).toEqual([
      { AWS: "222222222222" },
      { AWS: "333333333333" },
    ]);
  });

  it("S3 ACLs: canned ACLs in both spellings and explicit grants", () => {
    expect(synth("aws_s3_bucket_acl", { acl: "public-read" })?.doc.Statement).toEqual([
      { Effect: "Allow", Principal: "*", Action: ["s3:ListBucket"] },
    ]);
    expect(
      synth("AWS::S3::Bucket", { AccessControl: "AuthenticatedRead" })?.doc.Statement[0]?.Principal,
    ).toEqual({
      AWS: "arn:aws:iam::*:root",
    });
    expect(synth("AWS::S3::Bucket", { AccessControl: "Private" })).toBeNull();
    const explicit = synth("aws_s3_bucket_acl", {
      access_control_policy: [
        {
          grant: [{ grantee: [{ type: "CanonicalUser", id: "a".repeat(64) }], permission: "READ" }],
          owner: [{ id: "o" }],
        },
      ],
    });
    expect(explicit?.doc.Statement).toEqual([
      { Effect: "Allow", Principal: { CanonicalUser: "a".repeat(64) }, Action: ["s3:ListBucket"] },
    ]);
  });

  it("a function URL without auth is public; a KMS key without a policy gets the default one", () => {
    expect(
      synth("AWS::Serverless::Function", { FunctionUrlConfig: { AuthType: "NONE" } })?.doc.Statement[0]
        ?.Principal,
    ).toBe("*");
    expect(synth("AWS::Serverless::Function", { FunctionUrlConfig: { AuthType: "AWS_IAM" } })).toBeNull();
    expect(synth("AWS::KMS::Key", {})?.doc.Statement[0]?.Action).toBe("kms:*");
    expect(synth("AWS::KMS::Key", { KeyPolicy: { Statement: [] } })).toBeNull();
  });
});
