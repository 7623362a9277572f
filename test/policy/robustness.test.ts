/** analyzePolicy survives arbitrary input and keeps its output invariants. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resourceRef, SELF_ACCOUNT, SELF_REGION, unresolved } from "../../src/model/symbolic.js";
import { analyzePolicy } from "../../src/policy/index.js";
import type { PolicyAnalysis } from "../../src/policy/types.js";
import { ctx } from "./helpers.js";

const CLASSIFICATIONS = ["internal", "external", "public", "federated", "service", "unresolved"];

function checkInvariants(r: PolicyAnalysis, internalErrorAllowed = false): void {
  // The catch-all in analyzePolicy is a last resort: ordinary input must not reach it.
  if (!internalErrorAllowed)
    expect(r.errors.filter((e) => e.startsWith("policy could not be analysed"))).toEqual([]);
  expect(Array.isArray(r.grants)).toBe(true);
  expect(Array.isArray(r.errors)).toBe(true);
  for (const g of r.grants) {
    expect(CLASSIFICATIONS).toContain(g.classification);
    expect(typeof g.principal.id).toBe("string");
    expect(g.principal.id).not.toMatch(/[\uE000\uE001]/);
    expect(g.principal.accountId ?? "").not.toMatch(/[\uE000\uE001]/);
    expect(g.actions).toEqual([...new Set(g.actions)].sort());
    expect(JSON.stringify(g.conditions)).not.toMatch(/[\uE000\uE001]/);
    expect(Array.isArray(g.path)).toBe(true);
  }
}

const token = fc.constantFrom(
  SELF_ACCOUNT,
  SELF_REGION,
  unresolved("var.x"),
  unresolved("a::b"),
  resourceRef("R", "Arn"),
);
const fragment = fc.oneof(
  fc.constantFrom(
    "*",
    "arn:aws:iam::",
    ":root",
    ":role/x",
    "111111111111",
    "222222222222",
    "o-own0000000",
    "o-other000000",
    "repo:acme/",
    ".amazonaws.com",
    "s3",
    ":",
    "/",
    "?",
  ),
  token,
  fc.string({ maxLength: 6 }),
);
const text = fc.array(fragment, { maxLength: 6 }).map((parts) => parts.join(""));
// -0, NaN and infinities are left out: they do not survive JSON text (the text round trip is compared).
const double = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((d) => !Object.is(d, -0));
const scalar = fc.oneof(text, fc.integer(), double, fc.boolean(), fc.constant(null));
const values = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }));
const principal = fc.oneof(
  values,
  fc.dictionary(fc.constantFrom("AWS", "Service", "Federated", "CanonicalUser", "aws", "*", "x"), values, {
    maxKeys: 3,
  }),
);
const condition = fc.dictionary(
  fc.constantFrom(
    "StringEquals",
    "StringLike",
    "ArnLike",
    "StringNotEquals",
    "ForAnyValue:StringLike",
    "ForAllValues:StringEquals",
    "StringEqualsIfExists",
    "Bool",
    "IpAddress",
    "Null",
    "weird",
  ),
  fc.oneof(
    fc.dictionary(
      fc.constantFrom(
        "aws:PrincipalOrgID",
        "aws:PrincipalOrgPaths",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:userid",
        "aws:SourceAccount",
        "aws:SourceArn",
        "aws:SourceOwner",
        "aws:SourceOrgID",
        "kms:CallerAccount",
        "lambda:EventSourceToken",
        "aws:PrincipalIsAWSService",
        "aws:SourceIp",
        "token.actions.githubusercontent.com:sub",
        "cognito-identity.amazonaws.com:aud",
      ),
      values,
      { maxKeys: 3 },
    ),
    scalar,
  ),
  { maxKeys: 3 },
);
const statement = fc.record(
  {
    Sid: fc.oneof(text, fc.integer()),
    Effect: fc.constantFrom("Allow", "Deny", "allow", 5, unresolved("var.e")),
    Principal: principal,
    NotPrincipal: principal,
    Action: fc.oneof(values, fc.constantFrom("*", "sts:AssumeRole", ["s3:*", "sts:TagSession"])),
    NotAction: values,
    Resource: values,
    Condition: fc.oneof(condition, scalar),
  },
  { requiredKeys: [] },
);
const policyDoc = fc.record({
  Version: fc.constant("2012-10-17"),
  Statement: fc.oneof(statement, fc.array(statement, { maxLength: 4 })),
});

describe("robustness", () => {
  it("never throws on arbitrary JSON values", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (doc, trustPolicy) => {
        checkInvariants(analyzePolicy(doc, ctx({ trustPolicy })));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string(), (doc) => {
        checkInvariants(analyzePolicy(doc, ctx()));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on policy-shaped documents, as objects and as text", () => {
    fc.assert(
      fc.property(policyDoc, fc.boolean(), (doc, trustPolicy) => {
        const c = ctx(
          { trustPolicy, selfAccount: "555555555555" },
          { expressions: ["var.x"], githubOrgs: ["acme"] },
        );
        checkInvariants(analyzePolicy(doc, c));
        const asText = analyzePolicy(JSON.stringify(doc), c);
        checkInvariants(asText);
        expect(asText.grants).toEqual(analyzePolicy(doc, c).grants);
      }),
      { numRuns: 500 },
    );
  });

  it("survives hostile objects and contexts", () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    const cyclic: Record<string, unknown> = { Effect: "Allow", Principal: "*", Action: "s3:*" };
    cyclic.Condition = { StringEquals: cyclic };
    for (const doc of [throwing, { Statement: [cyclic] }, { Statement: throwing }, undefined, Symbol("x")]) {
      const r = analyzePolicy(doc, ctx());
      checkInvariants(r, true);
    }
    const r = analyzePolicy({ Statement: { Effect: "Allow", Principal: "*", Action: "s3:*" } }, {
      zone: null,
      trustPolicy: "yes",
    } as never);
    expect(r.grants.map((g) => g.classification)).toEqual(["public"]);
  });
});
