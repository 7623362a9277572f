/**
 * Issue 18, item 3 (Deny guards): a guard is accepted only where it denies every outside probe.
 *
 * Documentation relied on:
 * - ForAnyValue is false when the key is absent; ForAllValues is true when it is absent; set
 *   operators are for multivalued keys, and aws:PrincipalOrgPaths is multivalued:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalorgpaths
 * - aws:PrincipalIsAWSService is true for service principals acting for any customer; a guard
 *   exempting them leaves the resource reachable by services (confused deputy):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-principalisawsservice
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html
 * - An explicit Deny overrides any Allow: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html
 */
import { describe, expect, it } from "vitest";
import { analyze, brief, grants, only } from "./helpers.js";

const allowForeign = {
  Sid: "Vendor",
  Effect: "Allow",
  Principal: { AWS: "222222222222" },
  Action: "s3:GetObject",
  Resource: "*",
};
const allowAll = { Sid: "Anyone", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" };
const deny = (Condition?: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  Sid: "Guard",
  Effect: "Deny",
  Principal: "*",
  Action: "*",
  Resource: "*",
  ...(Condition ? { Condition } : {}),
  ...extra,
});

describe("multivalued aws:PrincipalOrgPaths guards", () => {
  const paths = { "aws:PrincipalOrgPaths": "o-own0000000/*" };

  it("ForAnyValue:StringNotLike is false when the key is absent: it does not protect (named foreign account)", () => {
    const g = only({ Statement: [deny({ "ForAnyValue:StringNotLike": paths }), allowForeign] });
    expect([g.classification, g.notes]).toEqual(["external", undefined]);
  });

  it("ForAnyValue:StringNotLike does not protect a public grant either", () => {
    const g = only({ Statement: [deny({ "ForAnyValue:StringNotLike": paths }), allowAll] });
    expect(g.classification).toBe("public");
  });

  it("StringNotLike without a set qualifier on the multivalued key is not trusted", () => {
    const g = only({ Statement: [deny({ StringNotLike: paths }), allowForeign] });
    expect(g.classification).toBe("external");
  });

  it("ForAllValues:StringNotLike is true when the key is absent: the guard denies outsiders", () => {
    const g = only({ Statement: [deny({ "ForAllValues:StringNotLike": paths }), allowForeign] });
    expect([g.classification, g.subkind, g.notes]).toEqual([
      "internal",
      "deny-guarded",
      ["narrowedByDeny:Guard"],
    ]);
  });
});

describe("a guard exempting AWS services", () => {
  const exempt = {
    StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-own0000000" },
    BoolIfExists: { "aws:PrincipalIsAWSService": "false" },
  };

  it("leaves `*` reachable by AWS services acting for any account: service, never internal", () => {
    const g = only({ Statement: [deny(exempt), allowAll] });
    expect(brief(g)).toEqual({
      type: "Service",
      id: "*",
      accountId: null,
      classification: "service",
      subkind: "any-service",
    });
    expect(g.notes).toEqual(["narrowedByDeny:Guard", "serviceExemptFromGuard", "confusedDeputyRisk"]);
  });

  it("a named foreign account is still narrowed (a service is not that account)", () => {
    const g = only({ Statement: [deny(exempt), allowForeign] });
    expect(g.classification).toBe("internal");
  });

  it("with plain Bool (no IfExists) anonymous callers carry no key and are not denied: public", () => {
    const g = only({
      Statement: [
        deny({
          StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-own0000000" },
          Bool: { "aws:PrincipalIsAWSService": "false" },
        }),
        allowAll,
      ],
    });
    expect(g.classification).toBe("public");
  });

  it("without the exemption the same guard makes `*` internal", () => {
    const g = only({
      Statement: [deny({ StringNotEqualsIfExists: { "aws:PrincipalOrgID": "o-own0000000" } }), allowAll],
    });
    expect([g.classification, g.subkind]).toEqual(["internal", "deny-guarded"]);
  });
});

describe("an unconditional Deny covering the statement removes its grant", () => {
  it("Deny * of * removes an external and a public grant (was a false alarm)", () => {
    const r = analyze({ Statement: [deny(), allowForeign, allowAll] });
    expect(r.errors).toEqual([]);
    expect(r.grants).toEqual([]);
    expect(r.notes?.filter((n) => n.startsWith("deniedByStatement:Guard"))).toHaveLength(2);
  });

  it("an empty Condition block is unconditional", () => {
    expect(grants({ Statement: [deny({}), allowForeign] })).toEqual([]);
  });

  it("a wider Deny (s3:* on *) removes an s3:GetObject grant on one object ARN", () => {
    const gs = grants({
      Statement: [
        deny(undefined, { Action: "s3:*" }),
        { ...allowForeign, Resource: "arn:aws:s3:::bucket/key" },
      ],
    });
    expect(gs).toEqual([]);
  });

  it("a narrower Deny (fewer actions or resources) leaves the grant", () => {
    const fewerActions = only({
      Statement: [deny(undefined, { Action: "s3:PutObject" }), { ...allowForeign, Action: "s3:*" }],
    });
    expect(fewerActions.classification).toBe("external");
    const fewerResources = only({
      Statement: [
        deny(undefined, { Resource: "arn:aws:s3:::bucket/a" }),
        { ...allowForeign, Resource: "arn:aws:s3:::bucket/*" },
      ],
    });
    expect(fewerResources.classification).toBe("external");
  });

  it("a Deny of one account does not remove grants to others; Deny {AWS:*} leaves service grants", () => {
    const gs = grants({
      Statement: [
        deny(undefined, { Principal: { AWS: "333333333333" } }),
        deny(undefined, { Sid: "AwsOnly", Principal: { AWS: "*" } }),
        {
          Effect: "Allow",
          Principal: { Service: "sns.amazonaws.com" },
          Action: "s3:PutObject",
          Resource: "*",
        },
        allowForeign,
      ],
    });
    expect(gs.map((g) => [g.principal.id, g.classification])).toEqual([["sns.amazonaws.com", "service"]]);
  });

  it("a bare-* Deny removes service grants too", () => {
    const gs = grants({
      Statement: [
        deny(),
        {
          Effect: "Allow",
          Principal: { Service: "sns.amazonaws.com" },
          Action: "s3:PutObject",
          Resource: "*",
        },
      ],
    });
    expect(gs).toEqual([]);
  });
});
