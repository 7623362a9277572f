// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** grant-model §3.6 decision table, rows C1-C26 (zone: account 111111111111, org o-own0000000). */
import { describe, expect, it } from "vitest";
import { resourceRef, unresolved } from "../../src/model/symbolic.js";
import { allow, analyze, brief, ctx, grants, only, policy } from "./helpers.js";

const GITHUB_PROVIDER = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";

describe("§3.6 decision table", () => {
  it("C1: * without condition is public/anonymous", () => {
    expect(brief(only(allow("*")))).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "anonymous",
    });
  });

  it("C2: {AWS:*} + StringEquals aws:PrincipalOrgID own org is internal/org-narrowed, reported as the org", () => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": "o-own0000000" } }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "o-own0000000",
      accountId: null,
      classification: "internal",
      subkind: "org-narrowed",
    });
    expect(g.conditionPath).toEqual(["Statement", 0, "Condition", "StringEquals", "aws:PrincipalOrgID"]);
  });

  it("C3: aws:PrincipalOrgID of another org is external/org", () => {
    expect(
      brief(only(allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": "o-other000000" } }))),
    ).toEqual({
      type: "AWS",
      id: "o-other000000",
      accountId: null,
      classification: "external",
      subkind: "org",
    });
  });

  it("C4: StringEqualsIfExists aws:PrincipalOrgID does not narrow (callers outside any org skip it)", () => {
    const g = only(allow({ AWS: "*" }, { StringEqualsIfExists: { "aws:PrincipalOrgID": "o-own0000000" } }));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "anonymous",
    });
  });

  it("C5: ForAllValues:StringEquals does not narrow in an Allow", () => {
    const g = only(
      allow({ AWS: "*" }, { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-own0000000" } }),
    );
    expect(g.classification).toBe("public");
    expect(g.principal.id).toBe("*");
  });

  it("C6: StringNotEquals does not narrow in an Allow", () => {
    const g = only(allow({ AWS: "*" }, { StringNotEquals: { "aws:PrincipalOrgID": "o-own0000000" } }));
    expect(g.classification).toBe("public");
    expect(g.subkind).toBe("anonymous");
  });

  it("C7: IpAddress aws:SourceIp only is public/network-restricted", () => {
    const g = only(allow({ AWS: "*" }, { IpAddress: { "aws:SourceIp": "10.0.0.0/8" } }));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "network-restricted",
    });
  });

  it("C8: aws:SourceVpce and aws:PrincipalAccount own account is internal", () => {
    const g = only(
      allow(
        { AWS: "*" },
        { StringEquals: { "aws:SourceVpce": "vpce-1", "aws:PrincipalAccount": "111111111111" } },
      ),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::111111111111:root",
      accountId: "111111111111",
      classification: "internal",
      subkind: "account-narrowed",
    });
  });

  it("C9: ForAnyValue:StringLike aws:PrincipalOrgPaths under the own org is internal", () => {
    const g = only(
      allow({ AWS: "*" }, { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-own0000000/*" } }),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "o-own0000000",
      accountId: null,
      classification: "internal",
      subkind: "ou-narrowed",
    });
  });

  it("C10: aws:PrincipalArn with a wildcard account does not narrow", () => {
    const g = only(allow({ AWS: "*" }, { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::*:role/Deploy" } }));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "anonymous",
    });
  });

  it("C11: aws:PrincipalArn naming another account is external, reported as the ARN pattern", () => {
    const g = only(
      allow({ AWS: "*" }, { ArnLike: { "aws:PrincipalArn": "arn:aws:iam::222222222222:role/*" } }),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::222222222222:role/*",
      accountId: "222222222222",
      classification: "external",
      subkind: "role",
    });
  });

  it("C12: an external account with aws:PrincipalOrgID own org is internal", () => {
    const g = only(
      allow({ AWS: "222222222222" }, { StringEquals: { "aws:PrincipalOrgID": "o-own0000000" } }),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::222222222222:root",
      accountId: "222222222222",
      classification: "internal",
      subkind: "org-narrowed",
    });
  });

  it("C13: sts:ExternalId does not narrow; it is annotated", () => {
    const g = only(
      allow({ AWS: "arn:aws:iam::222222222222:root" }, { StringEquals: { "sts:ExternalId": "abc" } }),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::222222222222:root",
      accountId: "222222222222",
      classification: "external",
      subkind: "account",
    });
    expect(g.notes).toContain("externalId");
  });

  it("C14: kms:CallerAccount own account + kms:ViaService is internal/aws-managed-key-pattern", () => {
    const g = only(
      allow(
        { AWS: "*" },
        {
          StringEquals: {
            "kms:CallerAccount": "111111111111",
            "kms:ViaService": "ec2.us-east-1.amazonaws.com",
          },
        },
        ["kms:Encrypt", "kms:Decrypt"],
      ),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::111111111111:root",
      accountId: "111111111111",
      classification: "internal",
      subkind: "aws-managed-key-pattern",
    });
  });

  it("C15: kms:ViaService alone does not narrow", () => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { "kms:ViaService": "s3.us-east-1.amazonaws.com" } }));
    expect(g.classification).toBe("public");
    expect(g.principal).toEqual({ type: "Public", id: "*", accountId: null });
  });

  it("C16: a service principal without Source* is service with confusedDeputyRisk", () => {
    const g = only(allow({ Service: "sns.amazonaws.com" }));
    expect(brief(g)).toEqual({
      type: "Service",
      id: "sns.amazonaws.com",
      accountId: null,
      classification: "service",
      subkind: "service",
    });
    expect(g.notes).toContain("confusedDeputyRisk");
  });

  it("C17: a service acting for another account (aws:SourceAccount) is that account, external, via the service", () => {
    const g = only(
      allow({ Service: "s3.amazonaws.com" }, { StringEquals: { "aws:SourceAccount": "222222222222" } }),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::222222222222:root",
      accountId: "222222222222",
      classification: "external",
      subkind: "account",
    });
    expect(g.via).toBe("s3.amazonaws.com");
    expect(g.notes).toContain("serviceActsForExternalAccount");
  });

  it("C17b: a service narrowed to the own account stays service, with via", () => {
    const g = only(
      allow({ Service: "s3.amazonaws.com" }, { StringEquals: { "aws:SourceAccount": "111111111111" } }),
    );
    expect(brief(g)).toEqual({
      type: "Service",
      id: "s3.amazonaws.com",
      accountId: null,
      classification: "service",
      subkind: "source-narrowed",
    });
    expect(g.via).toBe("s3.amazonaws.com");
    expect(g.notes ?? []).not.toContain("confusedDeputyRisk");
  });

  it("C18: aws:SourceArn of an S3 bucket (no account field) is unresolved unless the bucket is declared", () => {
    const doc = allow({ AWS: "*" }, { ArnLike: { "aws:SourceArn": "arn:aws:s3:::some-bucket" } });
    const g = only(doc);
    expect(g.classification).toBe("unresolved");
    expect(g.principal).toEqual({ type: "AWS", id: "arn:aws:s3:::some-bucket", accountId: null });
    expect(g.unresolved).toEqual(["owner of arn:aws:s3:::some-bucket"]);
    const own = only(doc, ctx({ ownBucketNames: ["some-bucket"] }));
    expect(own.classification).toBe("internal");
    expect(own.subkind).toBe("source-narrowed");
  });

  it("C19: AWS:SourceOwner own account (SNS default policy, key in other casing) is internal", () => {
    const g = only(
      allow({ AWS: "*" }, { StringEquals: { "AWS:SourceOwner": "111111111111" } }, "SNS:Publish"),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::111111111111:root",
      accountId: "111111111111",
      classification: "internal",
      subkind: "source-narrowed",
    });
  });

  it("C20: an unresolved aws:PrincipalOrgID value is unresolved, naming the expression", () => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": unresolved("var.org_id") } }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "${var.org_id}",
      accountId: null,
      classification: "unresolved",
      subkind: undefined,
    });
    expect(g.unresolved).toEqual(["var.org_id"]);
    expect(g.conditions).toEqual({ StringEquals: { "aws:PrincipalOrgID": "${var.org_id}" } });
  });

  it("C21: aws:userid role id is external with an unknown account", () => {
    const g = only(allow({ AWS: "*" }, { StringLike: { "aws:userid": "AROAEXAMPLE:*" } }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "AROAEXAMPLE:*",
      accountId: null,
      classification: "external",
      subkind: "identity",
    });
  });

  it("aws:userid narrowed to the unique id of a role this configuration makes is internal", () => {
    const roleId = resourceRef("aws_iam_role.app", "unique_id");
    const g = only(allow({ AWS: "*" }, { StringLike: { "aws:userid": `${roleId}:*` } }));
    expect(g.classification).toBe("internal");
  });

  it("C22: aws:username does not narrow", () => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { "aws:username": "alice" } }));
    expect(g.classification).toBe("public");
  });

  it("C23: NotPrincipal with Allow is public", () => {
    const g = only(
      policy({
        Effect: "Allow",
        NotPrincipal: { AWS: "arn:aws:iam::111111111111:root" },
        Action: "s3:*",
        Resource: "*",
      }),
    );
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "not-principal",
    });
    expect(g.path).toEqual(["Statement", 0, "NotPrincipal"]);
  });

  const trust = (condition?: Record<string, unknown>) =>
    policy({
      Effect: "Allow",
      Principal: { Federated: GITHUB_PROVIDER },
      Action: "sts:AssumeRoleWithWebIdentity",
      ...(condition ? { Condition: condition } : {}),
    });

  it("C24: GitHub OIDC trust with only the aud condition is public (any repository)", () => {
    const g = only(
      trust({ StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" } }),
      ctx({ trustPolicy: true }),
    );
    expect(brief(g)).toEqual({
      type: "Federated",
      id: GITHUB_PROVIDER,
      accountId: "111111111111",
      classification: "public",
      subkind: "github-any-repo",
    });
  });

  it("C25: GitHub OIDC trust with sub narrowed to repo:acme/app:* is federated, one grant per pattern", () => {
    const doc = trust({
      StringEquals: { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },
      StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/app:*" },
    });
    const g = only(doc, ctx({ trustPolicy: true }));
    expect(brief(g)).toEqual({
      type: "Federated",
      id: `${GITHUB_PROVIDER}#repo:acme/app:*`,
      accountId: "111111111111",
      classification: "federated",
      subkind: "github-oidc",
    });
    const trusted = only(doc, ctx({ trustPolicy: true }, { githubOrgs: ["acme"] }));
    expect(trusted.classification).toBe("internal");
    expect(trusted.subkind).toBe("github-org");
  });

  it("C26: a trust statement with only sts:TagSession admits no one (info note, no grant)", () => {
    const r = analyze(
      policy({
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::222222222222:role/ci" },
        Action: "sts:TagSession",
      }),
      ctx({ trustPolicy: true }),
    );
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      "trust-without-assume:#0 (Statement[0] allows no sts:AssumeRole* action; no grant)",
    ]);
  });
});

describe("narrowed principals with several values (OR): one grant per value", () => {
  it("aws:PrincipalOrgID own and foreign org", () => {
    const gs = grants(
      allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": ["o-own0000000", "o-other000000"] } }),
    );
    expect(gs.map(brief)).toEqual([
      {
        type: "AWS",
        id: "o-own0000000",
        accountId: null,
        classification: "internal",
        subkind: "org-narrowed",
      },
      { type: "AWS", id: "o-other000000", accountId: null, classification: "external", subkind: "org" },
    ]);
    expect(gs.map((g) => g.conditionPath)).toEqual([
      ["Statement", 0, "Condition", "StringEquals", "aws:PrincipalOrgID", 0],
      ["Statement", 0, "Condition", "StringEquals", "aws:PrincipalOrgID", 1],
    ]);
  });

  it("aws:PrincipalAccount with two accounts", () => {
    const gs = grants(
      allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalAccount": ["111111111111", "333333333333"] } }),
    );
    expect(gs.map((g) => [g.principal.id, g.classification])).toEqual([
      ["arn:aws:iam::111111111111:root", "internal"],
      ["arn:aws:iam::333333333333:root", "external"],
    ]);
  });

  it("a service with two source accounts: own stays service, foreign is external via the service", () => {
    const gs = grants(
      allow(
        { Service: "sns.amazonaws.com" },
        { StringEquals: { "aws:SourceAccount": ["111111111111", "444444444444"] } },
      ),
    );
    expect(gs.map((g) => [g.principal.id, g.classification, g.via])).toEqual([
      ["sns.amazonaws.com", "service", "sns.amazonaws.com"],
      ["arn:aws:iam::444444444444:root", "external", "sns.amazonaws.com"],
    ]);
  });

  it("the tightest constraint is reported: PrincipalAccount beats PrincipalOrgID", () => {
    const g = only(
      allow(
        { AWS: "*" },
        { StringEquals: { "aws:PrincipalOrgID": "o-other000000", "aws:PrincipalAccount": "222222222222" } },
      ),
    );
    expect([g.principal.id, g.classification, g.subkind]).toEqual([
      "arn:aws:iam::222222222222:root",
      "external",
      "account",
    ]);
  });

  it("an unresolved second constraint makes an external result unresolved (fail closed)", () => {
    const g = only(
      allow(
        { AWS: "*" },
        {
          StringEquals: {
            "aws:PrincipalAccount": "222222222222",
            "aws:PrincipalOrgID": unresolved("var.org"),
          },
        },
      ),
    );
    expect([g.principal.id, g.classification, g.unresolved]).toEqual([
      "arn:aws:iam::222222222222:root",
      "unresolved",
      ["var.org"],
    ]);
  });

  it("an unresolved constraint does not matter when another one is inside the zone", () => {
    const g = only(
      allow(
        { AWS: "*" },
        {
          StringEquals: {
            "aws:PrincipalOrgID": "o-own0000000",
            "aws:PrincipalAccount": unresolved("var.acct"),
          },
        },
      ),
    );
    expect([g.principal.id, g.classification]).toEqual(["o-own0000000", "internal"]);
  });
});
