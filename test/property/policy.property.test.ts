// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is CloudFormation Sub / HCL interpolation and the rendered form of unresolved values, written literally
/**
 * The policy parser (analyzePolicy) on arbitrary JSON, arbitrary text and hostile policy-shaped
 * documents: it never throws, never reaches its last-resort catch for JSON input, reports every
 * problem in `errors`, and finds generated principals back exactly.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SELF_ACCOUNT, sanitizeText, unresolved } from "../../src/model/symbolic.js";
import { analyzePolicy } from "../../src/policy/index.js";
import type { PolicyAnalysis, PolicyContext } from "../../src/policy/types.js";
import { check, runs, TOKEN_MARKERS, ZONE } from "./helpers.js";
import { expectedPrincipals, foundPrincipals, policyDocument, policySpec, trustSpec } from "./policies.js";

const CLASSIFICATIONS = new Set(["internal", "external", "public", "federated", "service", "unresolved"]);
const TYPES = new Set(["AWS", "Service", "Federated", "CanonicalUser", "Public"]);

/**
 * Every text the pipeline reads goes through sanitizeText (sources/text.ts), so the token markers
 * never arrive from a file: generated input is held to the same rule.
 */
function clean<T>(value: T): T {
  if (typeof value === "string") return sanitizeText(value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, sanitizeText(k), {
        value: clean(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out as T;
  }
  return value;
}

function ctx(extra: Partial<PolicyContext> = {}): PolicyContext {
  return { zone: ZONE, trustPolicy: false, ...extra };
}

/** What every analysis must satisfy, whatever the input. */
function invariants(r: PolicyAnalysis): void {
  expect(Array.isArray(r.grants)).toBe(true);
  expect(Array.isArray(r.errors)).toBe(true);
  expect(r.errors.every((e) => typeof e === "string" && e.length > 0)).toBe(true);
  // The try/catch in analyzePolicy is the last resort: JSON input must never need it.
  expect(r.errors.filter((e) => e.startsWith("policy could not be analysed"))).toEqual([]);
  for (const g of r.grants) {
    expect(CLASSIFICATIONS.has(g.classification)).toBe(true);
    expect(TYPES.has(g.principal.type)).toBe(true);
    expect(typeof g.principal.id).toBe("string");
    expect(g.principal.id).not.toMatch(TOKEN_MARKERS);
    expect(g.principal.accountId === null || typeof g.principal.accountId === "string").toBe(true);
    expect(g.principal.accountId ?? "").not.toMatch(TOKEN_MARKERS);
    expect(g.actions).toEqual([...new Set(g.actions)].sort());
    expect(JSON.stringify(g.conditions)).not.toMatch(TOKEN_MARKERS);
    expect(Object.getPrototypeOf(g.conditions)).toBe(Object.prototype);
  }
}

const hostileKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  "Statement",
  "statement",
  "STATEMENT",
  "Effect",
  "effect",
  "Principal",
  "principal",
  "NotPrincipal",
  "Action",
  "NotAction",
  "Resource",
  "Condition",
  "AWS",
  "aws",
  "Service",
  "Federated",
  "CanonicalUser",
  "*",
  "",
);
const hostileText = fc.oneof(
  fc.constantFrom(
    "*",
    "Allow",
    "Deny",
    "allow",
    "999988887777",
    "111111111111",
    "arn:aws:iam::999988887777:root",
    "arn:aws:iam::999988887777:role/x",
    "arn:aws:iam::*:root",
    "arn:aws:sts::999988887777:assumed-role/r/s",
    "s3.amazonaws.com",
    "cognito-identity.amazonaws.com",
    "arn:aws:iam::999988887777:oidc-provider/token.actions.githubusercontent.com",
    "o-abcdefghij",
    "sts:AssumeRole",
    "s3:*",
    "aws:PrincipalOrgID",
    "aws:SourceAccount",
    "__proto__",
    "\u0000",
    "${var.x}",
    unresolved("var.partner"),
    SELF_ACCOUNT,
    `arn:aws:iam::${unresolved("var.acct")}:root`,
  ),
  fc.string({ maxLength: 12 }).map(sanitizeText),
);
const hostileScalar = fc.oneof(
  hostileText,
  fc.integer(),
  fc.constantFrom(999988887777, 1e21, -1, 0.5, 2 ** 53 + 1),
  fc.boolean(),
  fc.constant(null),
);
/** JSON built from policy words under policy keys, nested a few levels. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileScalar,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.array(fc.tuple(hostileKey, tie("node")), { maxLength: 5 }).map((entries) => {
      // Own properties whatever the key (JSON.parse does the same for "__proto__").
      const o: Record<string, unknown> = {};
      for (const [k, v] of entries)
        Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
  ),
})).node;

const statementLike = fc.array(fc.tuple(hostileKey, hostileJson), { maxLength: 7 }).map((entries) => {
  const o: Record<string, unknown> = { Effect: "Allow", Action: "s3:GetObject" };
  for (const [k, v] of entries)
    Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
});
const policyLike = fc.record({
  Version: fc.constantFrom("2012-10-17", "2008-10-17", 1),
  Statement: fc.oneof(statementLike, fc.array(statementLike, { maxLength: 4 }), hostileJson),
});

/** Valid policy text with random edits: what a half-finished or malicious heredoc looks like. */
const damagedText = fc
  .tuple(
    policySpec.map((s) => JSON.stringify(policyDocument(s))),
    fc.array(
      fc.record({
        at: fc.nat(),
        del: fc.nat({ max: 4 }),
        text: fc.constantFrom(
          "",
          "{",
          "}",
          "[",
          "]",
          ",",
          ":",
          '"',
          "\\",
          "\\u",
          "\u0000",
          '"__proto__":',
          "1e999",
        ),
      }),
      { maxLength: 4 },
    ),
  )
  .map(([text, edits]) => {
    let t = text;
    for (const e of edits) {
      const at = e.at % (t.length + 1);
      t = t.slice(0, at) + e.text + t.slice(at + e.del);
    }
    return t;
  });

describe("policy parser: arbitrary input never escapes as an exception", () => {
  it("arbitrary JSON values, trust and resource policies", () => {
    check(
      "policy parser, arbitrary JSON",
      fc.property(fc.jsonValue({ maxDepth: 6 }).map(clean), fc.boolean(), (doc, trustPolicy) => {
        invariants(analyzePolicy(doc, ctx({ trustPolicy })));
      }),
      runs(2000),
    );
  });

  it("arbitrary text, including damaged policy JSON", () => {
    check(
      "policy parser, arbitrary text",
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.json(), damagedText).map(sanitizeText),
        (text) => {
          const r = analyzePolicy(text, ctx());
          invariants(r);
          // Text that is not JSON is an error, never silently an empty policy.
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            expect(r.grants).toEqual([]);
            expect(r.errors.length).toBeGreaterThan(0);
            return;
          }
          if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed))
            expect(r.errors.length).toBeGreaterThan(0);
        },
      ),
      runs(3000),
    );
  });

  it("hostile policy-shaped documents: the same grants as objects and as text, deterministic", () => {
    check(
      "policy parser, hostile documents",
      fc.property(policyLike, fc.boolean(), (doc, trustPolicy) => {
        const c = ctx({ trustPolicy, selfAccount: "555555555555" });
        const a = analyzePolicy(doc, c);
        invariants(a);
        const b = analyzePolicy(doc, c);
        expect(b).toEqual(a);
        const text = JSON.stringify(doc);
        const t = analyzePolicy(text, c);
        invariants(t);
        expect(t.grants).toEqual(a.grants);
        // An Allow of any kind of principal that reads as nothing must say so.
        if (a.grants.length === 0 && text.includes('"Principal"') && a.errors.length === 0)
          expect(a.notes?.length ?? 0).toBeGreaterThan(0);
      }),
      runs(2000),
    );
  });

  it("anything at all (Maps, typed arrays, null prototypes, -0, NaN): errors, not exceptions", () => {
    check(
      "policy parser, arbitrary JavaScript values",
      fc.property(
        fc.anything({
          maxDepth: 4,
          withBigInt: true,
          withBoxedValues: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withTypedArray: true,
          withSparseArray: true,
          withDate: true,
        }),
        (doc) => {
          const r = analyzePolicy(doc, ctx());
          expect(Array.isArray(r.grants)).toBe(true);
          expect(Array.isArray(r.errors)).toBe(true);
        },
      ),
      runs(1000),
    );
  });
});

describe("policy parser: nothing is lost", () => {
  it("adding an Allow statement keeps every earlier grant and adds its own (no Deny involved)", () => {
    check(
      "policy parser, monotone in statements",
      fc.property(
        fc.array(statementLike, { maxLength: 4 }).filter((ss) => ss.every((s) => s.Effect === "Allow")),
        (statements) => {
          const before = analyzePolicy({ Statement: statements }, ctx());
          const added = {
            Effect: "Allow",
            Principal: { AWS: "999988887777" },
            Action: "s3:GetObject",
            Resource: "*",
          };
          const after = analyzePolicy({ Statement: [...statements, added] }, ctx());
          invariants(after);
          for (const g of before.grants) expect(after.grants).toContainEqual(g);
          expect(after.grants.map((g) => [g.principal.id, g.classification])).toContainEqual([
            "arn:aws:iam::999988887777:root",
            "external",
          ]);
        },
      ),
      runs(1500),
    );
  });

  it("round trip: generated principals are found back exactly, as an object and as JSON text", () => {
    check(
      "policy parser, round trip",
      fc.property(policySpec, (spec) => {
        const doc = policyDocument(spec);
        const expected = expectedPrincipals(spec);
        for (const input of [doc, JSON.stringify(doc), JSON.stringify(doc, null, 2)]) {
          const r = analyzePolicy(input, ctx());
          expect(r.errors).toEqual([]);
          expect(foundPrincipals(r.grants)).toEqual(expected);
        }
      }),
      runs(2000),
    );
  });

  it("round trip of trust policies (sts:AssumeRole)", () => {
    check(
      "policy parser, trust round trip",
      fc.property(trustSpec, (spec) => {
        const r = analyzePolicy(policyDocument(spec), ctx({ trustPolicy: true }));
        expect(r.errors).toEqual([]);
        expect(foundPrincipals(r.grants)).toEqual(expectedPrincipals(spec));
      }),
      runs(1000),
    );
  });
});
