// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is CloudFormation Sub / HCL interpolation and the rendered form of unresolved values, written literally
/**
 * The CloudFormation reader and intrinsic resolver (readTemplate) on generated templates, as JSON,
 * as long-form YAML and as YAML with short-form tags, some of them damaged: never an exception,
 * every problem an `errors` entry naming the file, the grants extractable, no prototype touched.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { extractGrants } from "../../src/grants/extract.js";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { check, runs, TOKEN_MARKERS, ZONE } from "./helpers.js";

type J = null | boolean | number | string | J[] | { [k: string]: J };

const GOOD_REFS = [
  "Partner",
  "Accounts",
  "Count",
  "NoDefault",
  "Bucket",
  "Topic",
  "AWS::AccountId",
  "AWS::Region",
  "AWS::NoValue",
  "AWS::Partition",
  "AWS::StackName",
];
const BAD_REFS = ["__proto__", "constructor", "Missing", "toString"];
const CONDITIONS = ["IsProd", "HasPartner", "Never", "Missing", "__proto__"];

const text = fc.oneof(
  fc.constantFrom(
    "",
    "*",
    "999988887777",
    "111111111111",
    "arn:aws:iam::",
    ":root",
    "arn:aws:iam::${AWS::AccountId}:root",
    "arn:aws:iam::${Partner}:root",
    "arn:${AWS::Partition}:iam::${Partner}:role/${Missing}",
    "${Bucket.Arn}/*",
    "${!Literal}",
    "${",
    "}",
    "a,b,c",
    ",",
    "s3.amazonaws.com",
    "__proto__",
    "constructor",
  ),
  fc.string({ maxLength: 6 }),
);

/** A value of a property: literals and intrinsic functions nested in each other. */
const value: fc.Arbitrary<J> = fc.letrec<{ v: J }>((tie) => {
  const v = tie("v");
  const list = fc.array(v, { maxLength: 3 });
  return {
    v: fc.oneof(
      { depthSize: "small", withCrossShrink: true, maxDepth: 4 },
      { weight: 6, arbitrary: text },
      fc.integer({ min: -2, max: 5 }),
      fc.constantFrom(true, null, 999988887777, 1.5),
      { weight: 5, arbitrary: fc.constantFrom(...GOOD_REFS).map((r) => ({ Ref: r })) },
      fc.constantFrom(...BAD_REFS).map((r) => ({ Ref: r })),
      fc.oneof(text, v).map((s) => ({ "Fn::Sub": s })),
      fc
        .tuple(text, fc.dictionary(fc.constantFrom("Partner", "X", "__proto__"), v, { maxKeys: 2 }))
        .map(([s, m]) => ({ "Fn::Sub": [s, m] })),
      fc.tuple(fc.constantFrom("", ":", ","), fc.oneof(list, v)).map(([d, l]) => ({ "Fn::Join": [d, l] })),
      fc
        .tuple(fc.oneof(fc.integer({ min: -1, max: 4 }), v), fc.oneof(list, v))
        .map(([i, l]) => ({ "Fn::Select": [i, l] })),
      // The empty delimiter is left out: it tears tokens apart (hostile/cloudformation-defects.test.ts).
      fc.tuple(fc.constantFrom(",", ":", "::", "/"), v).map(([d, s]) => ({ "Fn::Split": [d, s] })),
      fc.tuple(fc.constantFrom(...CONDITIONS), v, v).map(([c, a, b]) => ({ "Fn::If": [c, a, b] })),
      fc
        .tuple(
          fc.constantFrom("Accounts", "Nope", "__proto__"),
          fc.oneof(fc.constantFrom("prod", "dev", "constructor"), v),
          fc.constantFrom("acct", "list", "x"),
        )
        .map(([m, k, n]) => ({ "Fn::FindInMap": [m, k, n] })),
      fc
        .constantFrom("Bucket.Arn", "Topic.TopicName", "Missing.Arn", "Bucket")
        .map((s) => ({ "Fn::GetAtt": s })),
      fc
        .tuple(fc.constantFrom("Bucket", "Missing"), fc.constantFrom("Arn", "DomainName"))
        .map(([a, b]) => ({ "Fn::GetAtt": [a, b] })),
      v.map((x) => ({ "Fn::ImportValue": x })),
      v.map((x) => ({ "Fn::Base64": x })),
      v.map((x) => ({ "Fn::ToJsonString": x })),
      v.map((x) => ({ "Fn::Length": x })),
      v.map((x) => ({ "Fn::GetAZs": x })),
      fc.constantFrom(...CONDITIONS).map((c) => ({ Condition: c })),
      { weight: 1, arbitrary: v.map((x) => ({ "Fn::Nope": x })) },
      fc.constantFrom<J>(
        { Ref: 1 },
        { Ref: ["a"] },
        { "Fn::If": "x" },
        { "Fn::Sub": [] },
        { "Fn::Join": "x" },
      ),
      list,
      fc.dictionary(fc.constantFrom("AWS", "Service", "a", "__proto__", "Ref"), v, { maxKeys: 3 }),
    ),
  };
}).v;

const condition: fc.Arbitrary<J> = fc.letrec<{ c: J }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", maxDepth: 3 },
    fc.tuple(value, value).map(([a, b]) => ({ "Fn::Equals": [a, b] })),
    tie("c").map((c) => ({ "Fn::Not": [c] })),
    fc.array(tie("c"), { minLength: 0, maxLength: 3 }).map((cs) => ({ "Fn::And": cs })),
    fc.array(tie("c"), { minLength: 0, maxLength: 3 }).map((cs) => ({ "Fn::Or": cs })),
    fc.constantFrom(...CONDITIONS).map((c) => ({ Condition: c })),
  ),
})).c;

const template = fc
  .record({
    partner: value,
    conditions: fc.dictionary(fc.constantFrom("Never", "Extra", "__proto__"), condition, { maxKeys: 2 }),
    principal: value,
    resource: value,
    trust: value,
    extra: fc.dictionary(fc.constantFrom("Tags", "Name", "__proto__", "Fn::Transform"), value, {
      maxKeys: 2,
    }),
    conditional: fc.option(fc.constantFrom(...CONDITIONS), { nil: undefined }),
  })
  .map(
    ({ partner, conditions, principal, resource, trust, extra, conditional }): J => ({
      AWSTemplateFormatVersion: "2010-09-09",
      Parameters: {
        Partner: { Type: "String", Default: "999988887777" },
        Accounts: { Type: "CommaDelimitedList", Default: "999988887777,111111111111" },
        Count: { Type: "Number", Default: 2 },
        NoDefault: { Type: "String" },
      },
      Mappings: { Accounts: { prod: { acct: "999988887777", list: ["a", "b"] }, dev: { acct: partner } } },
      Conditions: {
        IsProd: { "Fn::Equals": [{ Ref: "Partner" }, "999988887777"] },
        HasPartner: { "Fn::Not": [{ "Fn::Equals": [{ Ref: "NoDefault" }, ""] }] },
        ...conditions,
      },
      Resources: {
        Bucket: { Type: "AWS::S3::Bucket" },
        Topic: { Type: "AWS::SNS::Topic", Properties: extra },
        Policy: {
          Type: "AWS::S3::BucketPolicy",
          ...(conditional ? { Condition: conditional } : {}),
          Properties: {
            Bucket: { Ref: "Bucket" },
            PolicyDocument: {
              Version: "2012-10-17",
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: principal },
                  Action: "s3:GetObject",
                  Resource: resource,
                },
              ],
            },
          },
        },
        Role: {
          Type: "AWS::IAM::Role",
          Properties: {
            AssumeRolePolicyDocument: {
              Statement: [{ Effect: "Allow", Principal: trust, Action: "sts:AssumeRole" }],
            },
          },
        },
      },
      Outputs: {
        Arn: {
          Value: { "Fn::GetAtt": "Bucket.Arn" },
          Export: { Name: { "Fn::Sub": "${AWS::StackName}-arn" } },
        },
      },
    }),
  );

const SHORT: Record<string, string> = {
  Ref: "Ref",
  "Fn::Sub": "Sub",
  "Fn::Join": "Join",
  "Fn::Select": "Select",
  "Fn::Split": "Split",
  "Fn::If": "If",
  "Fn::FindInMap": "FindInMap",
  "Fn::GetAtt": "GetAtt",
  "Fn::ImportValue": "ImportValue",
  "Fn::Base64": "Base64",
  "Fn::Equals": "Equals",
  "Fn::Not": "Not",
  "Fn::And": "And",
  "Fn::Or": "Or",
  "Fn::ToJsonString": "ToJsonString",
  "Fn::Length": "Length",
  "Fn::GetAZs": "GetAZs",
  Condition: "Condition",
};

/** Flow-style YAML with short-form tags where a long form stands alone in its map. */
function shortYaml(v: J, tagAllowed = true): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => shortYaml(x)).join(", ")}]`;
  const keys = Object.keys(v);
  const only = keys.length === 1 ? keys[0]! : undefined;
  // A node takes one tag: the argument of a short form is written in long form when it is one too.
  if (tagAllowed && only !== undefined && Object.hasOwn(SHORT, only)) {
    const arg = v[only] as J;
    if (only === "Fn::GetAtt" && typeof arg === "string") return `!GetAtt ${JSON.stringify(arg)}`;
    return `!${SHORT[only]} ${shortYaml(arg, false)}`;
  }
  return `{${keys.map((k) => `${JSON.stringify(k)}: ${shortYaml(v[k] as J)}`).join(", ")}}`;
}

/** Own properties, "__proto__" included (the way JSON.parse builds them). */
function own(v: J): J {
  if (v === null || typeof v !== "object") return v;
  if (Array.isArray(v)) return v.map(own);
  const out: { [k: string]: J } = {};
  for (const [k, x] of Object.entries(v))
    Object.defineProperty(out, k, { value: own(x), enumerable: true, writable: true, configurable: true });
  return out;
}

const rendered = fc.tuple(template, fc.constantFrom("json", "yaml", "short")).map(([t, form]) => {
  const doc = own(t);
  if (form === "json") return { file: "t.json", text: JSON.stringify(doc, null, 1) };
  if (form === "yaml") return { file: "t.yaml", text: stringify(doc, { aliasDuplicateObjects: false }) };
  const res = (doc as { Resources: Record<string, J> }).Resources;
  const lines = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    `Parameters: ${shortYaml((doc as { Parameters: J }).Parameters)}`,
    `Mappings: ${shortYaml((doc as { Mappings: J }).Mappings)}`,
    `Conditions: ${shortYaml((doc as { Conditions: J }).Conditions)}`,
    "Resources:",
    ...Object.entries(res).map(([k, r]) => `  ${JSON.stringify(k)}: ${shortYaml(r)}`),
  ];
  return { file: "t.yaml", text: `${lines.join("\n")}\n` };
});

/** Sometimes damaged by an edit, the way a half-written template looks. */
const input = fc.oneof(
  { weight: 4, arbitrary: rendered },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        rendered,
        fc.nat(),
        fc.constantFrom("", "!", "&a ", "*a", "{", "[", ":", "\n", "'", '"', "!Ref ", "- ", "\t", "<<: *a"),
      )
      .map(([r, at, ins]) => {
        const i = at % (r.text.length + 1);
        return { file: r.file, text: r.text.slice(0, i) + ins + r.text.slice(i + 1) };
      }),
  },
);

describe("cloudformation resolver", () => {
  it("generated templates give records or errors naming the file, never an exception", () => {
    let withErrors = 0;
    let grants = 0;
    check(
      "cloudformation resolver, generated templates",
      fc.property(input, ({ file, text }) => {
        const t0 = performance.now();
        const r = readTemplate(memorySnapshot({ [file]: text }), file, {
          parameters: { NoDefault: "222233334444" },
        });
        // Bounded time per template (generous: the machine is shared).
        expect(performance.now() - t0).toBeLessThan(5000);
        expect(Array.isArray(r.resources)).toBe(true);
        for (const e of r.errors) {
          expect(e.file).toBe(file);
          expect(typeof e.message).toBe("string");
          expect(e.message).not.toMatch(/^internal error/i);
        }
        if (r.errors.length > 0) withErrors++;
        const x = extractGrants(r.resources, ZONE);
        grants += x.grants.length;
        for (const g of x.grants) {
          expect(g.principal.id).not.toMatch(TOKEN_MARKERS);
          expect(g.resource.file).toBe(file);
        }
        // Nothing written under "__proto__" reached a prototype.
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      runs(3000),
    );
    console.log(`cloudformation resolver: ${withErrors} templates with errors, ${grants} grants`);
  });
});
