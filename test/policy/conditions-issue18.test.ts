/**
 * Issue 18, item 3 (conditions): IfExists on keys absent from the request, keys that are not
 * exactly a known key, and value lists with one odd member.
 *
 * Documentation relied on:
 * - IfExists is true when the key is absent: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_IfExists
 * - A service-specific key is in the request context only for requests to that service:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 *   (kms:CallerAccount: https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html#conditions-kms-caller-account)
 * - Condition key names are case-insensitive (and nothing else is said to be ignored):
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition.html
 * - StringEquals is exact matching; only StringLike interprets `*` and `?`:
 *   https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html#Conditions_String
 * - The values of one key are OR-ed: https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-logic-multiple-context-keys-or-values.html
 */
import { describe, expect, it } from "vitest";
import { allow, brief, ctx, grants, only, policy } from "./helpers.js";

const trust = (condition: Record<string, unknown>, principal: unknown = { AWS: "*" }) =>
  policy({ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole", Condition: condition });
const trustCtx = ctx({ trustPolicy: true });

describe("IfExists on a key absent from the request context does not narrow", () => {
  it("StringEqualsIfExists kms:CallerAccount in a role trust (sts:AssumeRole carries no kms: key) is public", () => {
    const g = only(
      trust({ StringEqualsIfExists: { "kms:CallerAccount": "111111111111" } }, { AWS: "*" }),
      trustCtx,
    );
    expect([g.principal.id, g.classification]).toEqual(["*", "public"]);
    expect(g.notes?.some((n) => n.startsWith("notNarrowing:StringEqualsIfExists kms:CallerAccount"))).toBe(
      true,
    );
  });

  it("…and does not narrow a named foreign account either", () => {
    const g = only(
      trust({ StringEqualsIfExists: { "kms:CallerAccount": "111111111111" } }, { AWS: "222222222222" }),
      trustCtx,
    );
    expect([g.principal.id, g.classification]).toEqual(["arn:aws:iam::222222222222:root", "external"]);
  });

  it("on a resource policy with an action outside kms (Action *) kms:CallerAccount IfExists does not narrow", () => {
    const g = only(
      allow({ AWS: "*" }, { StringEqualsIfExists: { "kms:CallerAccount": "111111111111" } }, "*"),
    );
    expect(g.classification).toBe("public");
  });

  it("on a key policy whose actions are all kms:* it narrows a named principal (the key is on its KMS requests)", () => {
    const g = only(
      allow({ AWS: "222222222222" }, { StringEqualsIfExists: { "kms:CallerAccount": "111111111111" } }, [
        "kms:Decrypt",
        "kms:Encrypt",
      ]),
    );
    expect(g.classification).toBe("internal");
  });

  it("…but not `*`: a caller without the key (a service principal, undocumented) skips it (differential test)", () => {
    const g = only(
      allow({ AWS: "*" }, { StringEqualsIfExists: { "kms:CallerAccount": "111111111111" } }, "kms:Decrypt"),
    );
    expect(g.classification).toBe("public");
  });

  it("without IfExists kms:CallerAccount still narrows (absent key: the condition is false)", () => {
    const g = only(trust({ StringEquals: { "kms:CallerAccount": "111111111111" } }), trustCtx);
    expect(g.classification).toBe("internal");
  });
});

describe("a condition key that is not exactly a known key never narrows", () => {
  it.each([
    ["trailing no-break space", "aws:PrincipalOrgID\u00a0"],
    ["trailing space", "aws:PrincipalOrgID "],
    ["leading space", " aws:PrincipalOrgID"],
    ["zero-width space", "aws:Principal\u200bOrgID"],
    ["Kelvin sign is not k", "\u212Ams:CallerAccount"],
  ])("%s", (_name, key) => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { [key]: "o-own0000000" } }));
    expect(g.classification).toBe("public");
  });

  it("an operator with junk around it is not a known operator", () => {
    const g = only(allow({ AWS: "*" }, { "StringEquals\u00a0": { "aws:PrincipalOrgID": "o-own0000000" } }));
    expect(g.classification).toBe("public");
  });

  it("key names compare case-insensitively (ASCII), and that is all", () => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { "AWS:PRINCIPALORGID": "o-own0000000" } }));
    expect(brief(g)).toMatchObject({ id: "o-own0000000", classification: "internal" });
  });
});

describe("a value list narrows to every value it names", () => {
  it("StringEquals aws:SourceAccount [outside, wildcard] on a service keeps the outside account (was plain service)", () => {
    const g = only(
      allow(
        { Service: "sns.amazonaws.com" },
        { StringEquals: { "aws:SourceAccount": ["999999999999", "11111111111*"] } },
        "sqs:SendMessage",
      ),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::999999999999:root",
      accountId: "999999999999",
      classification: "external",
      subkind: "account",
    });
    expect(g.via).toBe("sns.amazonaws.com");
    expect(g.notes).toContain("serviceActsForExternalAccount");
  });

  it("the same grant without the wildcard sibling is the same external grant", () => {
    const g = only(
      allow(
        { Service: "sns.amazonaws.com" },
        { StringEquals: { "aws:SourceAccount": ["999999999999"] } },
        "sqs:SendMessage",
      ),
    );
    expect([g.principal.id, g.classification, g.via]).toEqual([
      "arn:aws:iam::999999999999:root",
      "external",
      "sns.amazonaws.com",
    ]);
  });

  it("aws:SourceOrgID [outside org, o-*] under StringEquals keeps the outside org", () => {
    const g = only(
      allow(
        { Service: "sns.amazonaws.com" },
        { StringEquals: { "aws:SourceOrgID": ["o-other000000", "o-*"] } },
        "sqs:SendMessage",
      ),
    );
    expect([g.principal.id, g.classification]).toEqual(["o-other000000", "external"]);
  });

  it("* with [own org, outside account with ?] under StringEquals: the literal `?` admits no one", () => {
    const g = only(
      allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": ["o-own0000000", "o-other00000?"] } }),
    );
    expect(g.classification).toBe("internal");
  });

  it("under StringLike a wildcard member matches many accounts: no narrowing", () => {
    const gs = grants(
      allow(
        { Service: "sns.amazonaws.com" },
        { StringLike: { "aws:SourceAccount": ["999999999999", "11111111111*"] } },
        "sqs:SendMessage",
      ),
    );
    expect(gs.map((g) => g.classification)).toEqual(["service"]);
  });

  it("a list whose every member is a literal wildcard is left un-narrowed", () => {
    const g = only(allow({ AWS: "*" }, { StringEquals: { "aws:PrincipalOrgID": ["o-*", "*"] } }));
    expect(g.classification).toBe("public");
  });
});
