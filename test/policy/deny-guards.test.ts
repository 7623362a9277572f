// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** grant-model §3.7 (Deny guards), §2.7 (NotPrincipal), T31-T34. */
import { describe, expect, it } from "vitest";
import { unresolved } from "../../src/model/symbolic.js";
import { analyze, brief, ctx, grants, only } from "./helpers.js";

const allowExternal = {
  Sid: "Vendor",
  Effect: "Allow",
  Principal: { AWS: "222222222222" },
  Action: "s3:GetObject",
  Resource: "*",
};
const orgGuard = {
  Sid: "OrgOnly",
  Effect: "Deny",
  Principal: "*",
  Action: "*",
  Resource: "*",
  Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-own0000000" } },
};

describe("T31-T34", () => {
  it("T31: Deny * outside the own org narrows an external Allow to internal (narrowedByDeny)", () => {
    const g = only({ Version: "2012-10-17", Statement: [orgGuard, allowExternal] });
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::222222222222:root",
      accountId: "222222222222",
      classification: "internal",
      subkind: "deny-guarded",
    });
    expect(g.notes).toContain("narrowedByDeny:OrgOnly");
    expect(g.path).toEqual(["Statement", 1, "Principal", "AWS"]);
  });

  it("T32: a Deny on aws:SecureTransport does not narrow a public Allow", () => {
    const g = only({
      Statement: [
        {
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: "*",
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" },
      ],
    });
    expect([g.classification, g.subkind, g.notes]).toEqual(["public", "anonymous", undefined]);
  });

  it("T33: arn:aws:iam::*:root is public + invalidPrincipal", () => {
    const g = only({
      Statement: [{ Effect: "Allow", Principal: { AWS: "arn:aws:iam::*:root" }, Action: "s3:*" }],
    });
    expect([g.classification, g.subkind]).toEqual(["public", "authenticated-any-account"]);
    expect(g.notes).toContain("invalidPrincipal:wildcard account");
  });

  it("T34: invalid JSON in a policy string is an error and no grant (fail closed)", () => {
    const r = analyze('{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:*",}]}');
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual([
      "invalid JSON in policy: expected a property name in double quotes, found character '}' at line 1, column 71",
    ]);
  });
});

describe("§3.7 Deny guards", () => {
  it("narrows a public Allow and an unresolved Allow too", () => {
    const gs = grants({
      Statement: [
        orgGuard,
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" },
        {
          Effect: "Allow",
          Principal: { AWS: unresolved("var.partner") },
          Action: "s3:GetObject",
          Resource: "*",
        },
      ],
    });
    expect(gs.map((g) => [g.principal.id, g.classification, g.unresolved])).toEqual([
      ["*", "internal", undefined],
      ["${var.partner}", "internal", undefined],
    ]);
  });

  it("with IfExists, several negated predicates (union of survivors) and the service exemption idiom", () => {
    const guard = {
      Sid: "Perimeter",
      Effect: "Deny",
      Principal: { AWS: "*" },
      Action: "s3:*",
      Resource: "*",
      Condition: {
        StringNotEqualsIfExists: {
          "aws:PrincipalOrgID": "o-own0000000",
          "aws:PrincipalAccount": "333333333333",
        },
        BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
      },
    };
    const gs = grants({
      Statement: [
        guard,
        { ...allowExternal, Action: ["s3:GetObject", "s3:ListBucket"] },
        { Effect: "Allow", Principal: { AWS: "333333333333" }, Action: "s3:GetObject", Resource: "*" },
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" },
      ],
    });
    expect(gs.map((g) => [g.principal.id, g.classification])).toEqual([
      // 222 ∩ (own org ∪ {333}) lies in the own org: internal
      ["arn:aws:iam::222222222222:root", "internal"],
      // 333 itself survives and is outside the zone
      ["arn:aws:iam::333333333333:root", "external"],
      // * ∩ survivors includes 333
      ["*", "public"],
    ]);
  });

  it("does not narrow when the Deny covers fewer actions than the Allow", () => {
    const g = only({
      Statement: [
        { ...orgGuard, Action: "s3:PutObject" },
        { ...allowExternal, Action: "s3:*" },
      ],
    });
    expect(g.classification).toBe("external");
    const covered = only({
      Statement: [
        { ...orgGuard, Action: "s3:*" },
        { ...allowExternal, Action: ["s3:Get*", "s3:ListBucket"] },
      ],
    });
    expect(covered.classification).toBe("internal");
  });

  it("a Deny with NotAction narrows only when it excludes none of the Allow's actions", () => {
    const base = { ...orgGuard, Action: undefined };
    const excluded = only({ Statement: [{ ...base, NotAction: "s3:Get*" }, allowExternal] });
    expect(excluded.classification).toBe("external");
    const other = only({ Statement: [{ ...base, NotAction: "kms:*" }, allowExternal] });
    expect(other.classification).toBe("internal");
  });

  it("does not narrow an Allow written with NotAction unless the Deny is Action *", () => {
    const allowNot = { ...allowExternal, Action: undefined, NotAction: "s3:DeleteBucket" };
    expect(only({ Statement: [{ ...orgGuard, Action: "s3:*" }, allowNot] }).classification).toBe("external");
    expect(only({ Statement: [orgGuard, allowNot] }).classification).toBe("internal");
  });

  it("does not narrow when the Deny covers other resources", () => {
    const g = only({
      Statement: [
        { ...orgGuard, Resource: "arn:aws:s3:::bucket/private/*" },
        { ...allowExternal, Resource: "arn:aws:s3:::bucket/*" },
      ],
    });
    expect(g.classification).toBe("external");
    const wider = only({
      Statement: [
        { ...orgGuard, Resource: "arn:aws:s3:::bucket/*" },
        { ...allowExternal, Resource: "arn:aws:s3:::bucket/public/*" },
      ],
    });
    expect(wider.classification).toBe("internal");
  });

  it("does not narrow with a positive or mixed condition, an unresolved or foreign value, or a specific principal", () => {
    const cases = [
      { ...orgGuard, Condition: { StringEquals: { "aws:PrincipalOrgID": "o-own0000000" } } },
      { ...orgGuard, Condition: { ...orgGuard.Condition, Bool: { "aws:SecureTransport": "false" } } },
      { ...orgGuard, Condition: { StringNotEquals: { "aws:PrincipalOrgID": unresolved("var.org") } } },
      { ...orgGuard, Condition: { StringNotEquals: { "aws:PrincipalOrgID": "o-other000000" } } },
      { ...orgGuard, Condition: { StringNotLike: { "aws:PrincipalOrgID": "o-*" } } },
      { ...orgGuard, Principal: { AWS: "arn:aws:iam::444444444444:root" } },
      // (An unconditional Deny of * is no longer here: it removes the grant, issue 18 item 3;
      // see deny-guards-issue18.test.ts.)
    ];
    for (const guard of cases) {
      expect(only({ Statement: [guard, allowExternal] }).classification, JSON.stringify(guard)).toBe(
        "external",
      );
    }
  });

  it("a foreign-account survivor set excludes other accounts (empty intersection)", () => {
    const g = only({
      Statement: [
        { ...orgGuard, Condition: { StringNotEquals: { "aws:PrincipalAccount": "333333333333" } } },
        allowExternal,
      ],
    });
    expect(g.classification).toBe("internal");
  });

  it("reports a public Allow that a guard narrows to an unresolved organisation as unresolved, naming it", () => {
    const guard = {
      ...orgGuard,
      Condition: { StringNotEquals: { "aws:PrincipalOrgID": unresolved("Ref OrgId") } },
    };
    const publicAllow = { Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" };
    const g = only({ Statement: [publicAllow, guard] });
    expect([g.principal.id, g.classification, g.unresolved]).toEqual([
      "${Ref OrgId}",
      "unresolved",
      ["Ref OrgId"],
    ]);
    expect(g.notes).toContain("narrowedByDeny:OrgOnly");
    // The same as when the Allow narrows to the organisation itself.
    const allowNarrowed = only({
      Statement: [
        { ...publicAllow, Condition: { StringEquals: { "aws:PrincipalOrgID": unresolved("Ref OrgId") } } },
      ],
    });
    expect([allowNarrowed.principal.id, allowNarrowed.classification, allowNarrowed.unresolved]).toEqual([
      g.principal.id,
      g.classification,
      g.unresolved,
    ]);
    // A guard that also lets in another unknown (a foreign account) narrows nothing: still public.
    const mixed = {
      ...guard,
      Condition: {
        StringNotEquals: { "aws:PrincipalOrgID": unresolved("Ref OrgId") },
        StringNotEqualsIgnoreCase: { "aws:PrincipalAccount": "444444444444" },
      },
    };
    expect(only({ Statement: [publicAllow, mixed] }).classification).toBe("public");
  });

  it("trusted expressions in the guard count as inside the zone", () => {
    const guard = {
      ...orgGuard,
      Condition: { StringNotEquals: { "aws:PrincipalOrgID": unresolved("var.org") } },
    };
    const g = only({ Statement: [guard, allowExternal] }, ctx({}, { expressions: ["var.org"] }));
    expect(g.classification).toBe("internal");
  });

  it("does not touch service grants or grants that are internal already", () => {
    const gs = grants({
      Statement: [
        orgGuard,
        {
          Effect: "Allow",
          Principal: { Service: "s3.amazonaws.com" },
          Action: "s3:PutObject",
          Resource: "*",
        },
        { Effect: "Allow", Principal: { AWS: "111111111111" }, Action: "s3:PutObject", Resource: "*" },
      ],
    });
    expect(gs.map((g) => [g.classification, g.subkind])).toEqual([
      ["service", "service"],
      ["internal", "zone-account"],
    ]);
  });
});

describe("§2.7 NotPrincipal", () => {
  it("Deny + NotPrincipal (own account) narrows the Allow grants to internal", () => {
    const g = only({
      Statement: [
        {
          Sid: "OnlyOwn",
          Effect: "Deny",
          NotPrincipal: { AWS: "arn:aws:iam::111111111111:root" },
          Action: "*",
          Resource: "*",
        },
        allowExternal,
      ],
    });
    expect([g.classification, g.notes]).toEqual(["internal", ["narrowedByDeny:OnlyOwn"]]);
  });

  it("Deny + NotPrincipal listing a role without its account is marked guardIncomplete", () => {
    const g = only({
      Statement: [
        {
          Effect: "Deny",
          NotPrincipal: { AWS: "arn:aws:iam::111111111111:role/admin" },
          Action: "*",
          Resource: "*",
        },
        allowExternal,
      ],
    });
    expect([g.classification, g.notes]).toEqual(["internal", ["narrowedByDeny:#0", "guardIncomplete"]]);
  });

  it("Deny + NotPrincipal listing the grant's own account does not narrow it", () => {
    const g = only({
      Statement: [
        {
          Effect: "Deny",
          NotPrincipal: { AWS: ["111111111111", "222222222222"] },
          Action: "*",
          Resource: "*",
        },
        allowExternal,
      ],
    });
    expect(g.classification).toBe("external");
  });

  it("Allow + NotPrincipal is public even with a specific list", () => {
    const g = only({
      Statement: [
        { Effect: "Allow", NotPrincipal: { AWS: ["222222222222"] }, Action: "s3:*", Resource: "*" },
      ],
    });
    expect([g.principal.id, g.classification, g.subkind]).toEqual(["*", "public", "not-principal"]);
  });

  it("Allow + NotPrincipal with an own-org condition is internal", () => {
    const g = only({
      Statement: [
        {
          Effect: "Allow",
          NotPrincipal: { AWS: "222222222222" },
          Action: "s3:*",
          Resource: "*",
          Condition: { StringEquals: { "aws:PrincipalOrgID": "o-own0000000" } },
        },
      ],
    });
    expect([g.principal.id, g.classification]).toEqual(["o-own0000000", "internal"]);
  });
});

describe("Deny never grants", () => {
  it("a Deny-only policy has no grants", () => {
    expect(grants({ Statement: [orgGuard] })).toEqual([]);
  });
});
