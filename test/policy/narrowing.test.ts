// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** grant-model §3.1-§3.5: operator rules, key availability, the narrowing keys one by one. */
import { describe, expect, it } from "vitest";
import { resourceRef, SELF_ACCOUNT, unresolved } from "../../src/model/symbolic.js";
import { allow, analyze, brief, ctx, grants, only } from "./helpers.js";

const star = { AWS: "*" };
const cls = (principal: unknown, condition: Record<string, unknown>, c = ctx()) => {
  const g = only(allow(principal, condition), c);
  return [g.principal.id, g.classification, g.subkind];
};

describe("operators (§3.4)", () => {
  it("operator and key names are case-insensitive", () => {
    expect(cls(star, { stringequals: { "AWS:PrincipalOrgId": "o-own0000000" } })).toEqual([
      "o-own0000000",
      "internal",
      "org-narrowed",
    ]);
  });

  it("ForAnyValue on a single-valued key narrows like the plain operator", () => {
    expect(cls(star, { "ForAnyValue:StringEquals": { "aws:PrincipalOrgID": "o-other000000" } })).toEqual([
      "o-other000000",
      "external",
      "org",
    ]);
  });

  it("StringEqualsIgnoreCase and ArnEquals narrow", () => {
    expect(cls(star, { StringEqualsIgnoreCase: { "aws:PrincipalAccount": "111111111111" } })[1]).toBe(
      "internal",
    );
    expect(cls(star, { ArnEquals: { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/x" } })).toEqual([
      "arn:aws:iam::111111111111:role/x",
      "internal",
      "arn-narrowed",
    ]);
  });

  it("Null never narrows", () => {
    expect(cls(star, { Null: { "aws:PrincipalOrgID": "false" } })).toEqual(["*", "public", "anonymous"]);
  });

  it.each([
    ["StringLike aws:PrincipalOrgID o-own*", { StringLike: { "aws:PrincipalOrgID": "o-own*" } }],
    ["StringEquals aws:PrincipalOrgID *", { StringEquals: { "aws:PrincipalOrgID": "*" } }],
    ["StringLike aws:PrincipalAccount 1111*", { StringLike: { "aws:PrincipalAccount": "1111*" } }],
    // Under StringEquals a `*` member is literal and admits no one (conditions-issue18.test.ts);
    // under StringLike it admits everyone, so the OR of the values does not narrow.
    ["values with one wildcard (OR)", { StringLike: { "aws:PrincipalOrgID": ["o-own0000000", "*"] } }],
    ["aws:PrincipalOrgPaths o-*/", { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-*/r-1/*" } }],
    ["aws:userid *", { StringLike: { "aws:userid": "*:alice" } }],
    ["aws:PrincipalAccount anonymous", { StringEquals: { "aws:PrincipalAccount": "anonymous" } }],
    ["an empty value list", { StringEquals: { "aws:PrincipalOrgID": [] } }],
  ])("wildcard or invalid values never narrow: %s", (_name, condition) => {
    expect(cls(star, condition)[1]).toBe("public");
  });

  it("IfExists narrows for keys present on every request (aws:PrincipalAccount on signed requests, aws:userid)", () => {
    // aws:PrincipalAccount is absent from anonymous requests: IfExists lets them through, so `*`
    // stays public (was internal; issue 18 item 3, found by test/oracle/differential); a signed
    // principal is narrowed.
    expect(cls(star, { StringEqualsIfExists: { "aws:PrincipalAccount": "111111111111" } })[1]).toBe("public");
    expect(
      cls({ AWS: "222222222222" }, { StringEqualsIfExists: { "aws:PrincipalAccount": "111111111111" } })[1],
    ).toBe("internal");
    expect(cls(star, { StringEqualsIfExists: { "aws:userid": "222222222222" } })).toEqual([
      "arn:aws:iam::222222222222:root",
      "external",
      "account",
    ]);
  });

  it("aws:PrincipalArn with IfExists does not narrow * (anonymous skips it) but narrows a signed principal", () => {
    const cond = { ArnLikeIfExists: { "aws:PrincipalArn": "arn:aws:iam::111111111111:role/*" } };
    expect(cls(star, cond)).toEqual(["*", "public", "anonymous"]);
    expect(cls({ AWS: "222222222222" }, cond)).toEqual([
      "arn:aws:iam::222222222222:root",
      "internal",
      "arn-narrowed",
    ]);
  });

  it("Source* keys with IfExists do not narrow", () => {
    expect(cls(star, { StringEqualsIfExists: { "aws:SourceAccount": "111111111111" } })[1]).toBe("public");
  });

  it("notes say which predicates were ignored", () => {
    const g = only(allow(star, { "ForAllValues:StringEquals": { "aws:PrincipalOrgID": "o-own0000000" } }));
    expect(g.notes).toEqual([
      "notNarrowing:ForAllValues:StringEquals aws:PrincipalOrgID (ForAllValues is true when the key is absent)",
    ]);
  });

  it("network keys with a negated operator are not network-restricted", () => {
    expect(cls(star, { NotIpAddress: { "aws:SourceIp": "10.0.0.0/8" } })).toEqual([
      "*",
      "public",
      "anonymous",
    ]);
    expect(cls(star, { StringEquals: { "aws:SourceVpc": "vpc-1" } })).toEqual([
      "*",
      "public",
      "network-restricted",
    ]);
  });
});

describe("narrowing keys (§3.2)", () => {
  it("aws:PrincipalOrgPaths: reported as the organization; trusted OU paths are internal", () => {
    const c = ctx({}, { organizations: [], orgPaths: ["o-abcdefghij/r-ab12/ou-ab12-11111111"] });
    expect(
      cls(
        star,
        { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abcdefghij/r-ab12/ou-ab12-11111111/*" } },
        c,
      ),
    ).toEqual(["o-abcdefghij", "internal", "ou-narrowed"]);
    expect(
      cls(star, { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "o-abcdefghij/r-ab12/*" } }, c),
    ).toEqual(["o-abcdefghij", "external", "ou"]);
    expect(
      cls(star, {
        "ForAnyValue:StringEquals": { "aws:PrincipalOrgPaths": "o-own0000000/r-ab12/ou-ab12-22222222/" },
      }),
    ).toEqual(["o-own0000000", "internal", "ou-narrowed"]);
  });

  it("aws:PrincipalOrgPaths without the org id is unresolved (OU ids are unique only inside one org)", () => {
    const g = only(
      allow(star, { "ForAnyValue:StringLike": { "aws:PrincipalOrgPaths": "r-ab12/ou-ab12-11111111/*" } }),
    );
    expect([g.principal.id, g.classification, g.unresolved]).toEqual([
      "r-ab12/ou-ab12-11111111/*",
      "unresolved",
      ["r-ab12/ou-ab12-11111111/*"],
    ]);
  });

  it("aws:SourceOrgID narrows * and service principals", () => {
    expect(cls(star, { StringEquals: { "aws:SourceOrgID": "o-own0000000" } })).toEqual([
      "o-own0000000",
      "internal",
      "org-narrowed",
    ]);
    const g = only(
      allow({ Service: "s3.amazonaws.com" }, { StringEquals: { "aws:SourceOrgID": "o-other000000" } }),
    );
    expect([g.principal.id, g.classification, g.subkind, g.via]).toEqual([
      "o-other000000",
      "external",
      "org",
      "s3.amazonaws.com",
    ]);
  });

  it("aws:SourceOrgPaths narrows a service principal inside the own org", () => {
    const g = only(
      allow(
        { Service: "s3.amazonaws.com" },
        { "ForAnyValue:StringLike": { "aws:SourceOrgPaths": "o-own0000000/*" } },
      ),
    );
    expect([g.principal.id, g.classification, g.subkind]).toEqual([
      "s3.amazonaws.com",
      "service",
      "source-narrowed",
    ]);
  });

  it("aws:SourceOwner narrows a service principal", () => {
    const g = only(
      allow({ Service: "ses.amazonaws.com" }, { StringEquals: { "aws:SourceOwner": "333333333333" } }),
    );
    expect([g.principal.id, g.classification, g.via]).toEqual([
      "arn:aws:iam::333333333333:root",
      "external",
      "ses.amazonaws.com",
    ]);
  });

  it("aws:SourceArn of an account-less S3 bucket: unresolved for a service unless declared or a reference", () => {
    const bucket = { ArnLike: { "aws:SourceArn": "arn:aws:s3:::their-bucket" } };
    expect(only(allow({ Service: "s3.amazonaws.com" }, bucket)).classification).toBe("unresolved");
    const ref = {
      ArnLike: { "aws:SourceArn": `arn:aws:s3:::${resourceRef("aws_s3_bucket.logs", "bucket")}` },
    };
    expect(only(allow({ Service: "s3.amazonaws.com" }, ref)).classification).toBe("service");
  });

  it("aws:SourceArn with a wildcard account does not narrow", () => {
    const g = only(
      allow({ Service: "sns.amazonaws.com" }, { ArnLike: { "aws:SourceArn": "arn:aws:sns:*:*:topic" } }),
    );
    expect([g.classification, g.notes]).toEqual([
      "service",
      ["confusedDeputyRisk", "notNarrowing:ArnLike aws:SourceArn (wildcard or invalid value)"],
    ]);
  });

  it("the own account as a condition value (SELF token) is internal", () => {
    const g = only(allow(star, { StringEquals: { "aws:PrincipalAccount": SELF_ACCOUNT } }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::${own-account}:root",
      accountId: "${own-account}",
      classification: "internal",
      subkind: "account-narrowed",
    });
    expect(g.conditions).toEqual({ StringEquals: { "aws:PrincipalAccount": "${own-account}" } });
  });

  it("an unresolved condition value naming a trusted expression is internal", () => {
    const g = only(
      allow(star, { StringEquals: { "aws:PrincipalOrgID": unresolved("var.org") } }),
      ctx({}, { expressions: ["var.org"] }),
    );
    expect([g.classification, g.subkind]).toEqual(["internal", "org-narrowed"]);
  });

  it("an external account excluded by its own aws:PrincipalAccount condition is dropped with a note", () => {
    const r = analyze(
      allow({ AWS: "222222222222" }, { StringEquals: { "aws:PrincipalAccount": "333333333333" } }),
    );
    expect(r.grants).toEqual([]);
    expect(r.notes).toEqual([
      "Statement[0]: grant to arn:aws:iam::222222222222:root cannot take effect (contradictory:aws:PrincipalAccount admits only 333333333333)",
    ]);
  });

  it("an external principal with an unresolved narrowing value is unresolved", () => {
    const g = only(
      allow({ AWS: "222222222222" }, { StringEquals: { "aws:PrincipalOrgID": unresolved("var.org") } }),
    );
    expect([g.classification, g.unresolved]).toEqual(["unresolved", ["var.org"]]);
  });

  it("an unresolved principal narrowed to the own org is internal", () => {
    const g = only(
      allow({ AWS: unresolved("var.partner") }, { StringEquals: { "aws:PrincipalOrgID": "o-own0000000" } }),
    );
    expect([g.principal.id, g.classification, g.subkind]).toEqual([
      "${var.partner}",
      "internal",
      "org-narrowed",
    ]);
  });

  it("s3:DataAccessPointAccount own account (access-point delegation) is internal", () => {
    expect(cls(star, { StringEquals: { "s3:DataAccessPointAccount": "111111111111" } })[1]).toBe("internal");
  });

  it("conditions are kept verbatim for display", () => {
    const condition = {
      StringEquals: { "aws:PrincipalOrgID": ["o-own0000000"], "sts:ExternalId": "abc" },
      IpAddress: { "aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"] },
    };
    const gs = grants(allow(star, condition));
    expect(gs[0]?.conditions).toEqual(condition);
  });
});

describe("aws:SourceArn of an S3 bucket together with aws:SourceAccount", () => {
  it("the account constraint settles the unknown bucket owner (S3 -> Lambda permission pattern)", () => {
    const g = only(
      allow(
        { Service: "s3.amazonaws.com" },
        {
          ArnLike: { "AWS:SourceArn": "arn:aws:s3:::partner-drop-bucket" },
          StringEquals: { "AWS:SourceAccount": "555566667777" },
        },
        "lambda:InvokeFunction",
      ),
    );
    expect([g.principal.id, g.classification, g.via, g.unresolved]).toEqual([
      "arn:aws:iam::555566667777:root",
      "external",
      "s3.amazonaws.com",
      undefined,
    ]);
  });

  it("with the own account it is service", () => {
    const g = only(
      allow(
        { Service: "s3.amazonaws.com" },
        {
          ArnLike: { "aws:SourceArn": "arn:aws:s3:::my-bucket" },
          StringEquals: { "aws:SourceAccount": "111111111111" },
        },
      ),
    );
    expect([g.principal.id, g.classification]).toEqual(["s3.amazonaws.com", "service"]);
  });

  it("an unresolved expression is not settled by another constraint", () => {
    const g = only(
      allow(
        { Service: "s3.amazonaws.com" },
        {
          ArnLike: { "aws:SourceArn": unresolved("var.bucket_arn") },
          StringEquals: { "aws:SourceAccount": "555566667777" },
        },
      ),
    );
    expect([g.principal.id, g.classification, g.unresolved]).toEqual([
      "arn:aws:iam::555566667777:root",
      "unresolved",
      ["var.bucket_arn"],
    ]);
  });
});
