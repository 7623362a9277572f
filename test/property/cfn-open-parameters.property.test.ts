/**
 * A default never hides access (design.md, "What the code decides, and what the deploy
 * decides"): for generated CloudFormation templates in which 1–4 open parameters decide
 * conditions, resource Conditions, Fn::If branches and Fn::FindInMap rows that choose between
 * literal accounts, the grants reported with no parameters given cover the grants reported for
 * every full assignment of the values the template names, each read with those values given.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import type { Grant } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { check, runs, ZONE } from "./helpers.js";

type J = null | boolean | number | string | J[] | { [k: string]: J };

const VALUES = ["a", "b", "c"];
/** A value no template names: deployable where nothing restricts the parameter. */
const OTHER = "zz";
const ACCOUNTS = ["210000000001", "210000000002", "210000000003", "210000000004", "210000000005"];

interface Param {
  allowed: boolean;
  /** The values the template names: AllowedValues, or the compared literals and mapping keys. */
  values: string[];
  default: string | undefined;
  /** Keys of the parameter's mapping (a subset of its values: some values miss a row). */
  rows: { key: string; account: string }[];
}

const param: fc.Arbitrary<Param> = fc
  .record({
    allowed: fc.boolean(),
    values: fc.shuffledSubarray(VALUES, { minLength: 2 }),
    defaultIndex: fc.option(fc.nat(3), { nil: undefined }),
    rowMask: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    accounts: fc.array(fc.constantFrom(...ACCOUNTS), { minLength: 3, maxLength: 3 }),
  })
  .map(({ allowed, values, defaultIndex, rowMask, accounts }) => ({
    allowed,
    values,
    // A Default outside the compared values is also a named value ("d").
    default: defaultIndex === undefined ? undefined : (values[defaultIndex] ?? (allowed ? values[0] : "d")),
    rows: values.flatMap((key, i) =>
      rowMask[i] || i === 0 ? [{ key, account: accounts[i] ?? ACCOUNTS[0] ?? "" }] : [],
    ),
  }));

/** A principal element: a literal account, Fn::If between elements, or a mapping row. */
function element(params: number, conditions: string[]): fc.Arbitrary<J> {
  return fc.letrec<{ e: J }>((tie) => ({
    e: fc.oneof(
      { depthSize: "small", maxDepth: 3 },
      fc.constantFrom(...ACCOUNTS),
      fc
        .tuple(
          fc.constantFrom(...conditions),
          tie("e"),
          fc.oneof(tie("e"), fc.constant<J>({ Ref: "AWS::NoValue" })),
        )
        .map(([c, a, b]) => ({ "Fn::If": [c, a, b] })),
      fc.tuple(fc.nat(params - 1), fc.option(fc.constantFrom(...ACCOUNTS), { nil: undefined })).map(
        ([i, fallback]): J => ({
          "Fn::FindInMap": [
            `M${i}`,
            { Ref: `P${i}` },
            "Account",
            ...(fallback ? [{ DefaultValue: fallback }] : []),
          ],
        }),
      ),
    ),
  })).e;
}

const scenario = fc.array(param, { minLength: 1, maxLength: 4 }).chain((params) => {
  const simple = params.map((_, i) => `C${i}`);
  const names = [...simple, "Both", "Either", "Neither"];
  const role = fc.record({
    condition: fc.option(fc.constantFrom(...names), { nil: undefined }),
    principals: fc.array(element(params.length, names), { minLength: 1, maxLength: 3 }),
  });
  return fc.record({
    params: fc.constant(params),
    compared: fc.tuple(...params.map((p) => fc.constantFrom(...p.values))),
    // A condition reads its parameter by Ref or by ${P} in Fn::Sub.
    bySub: fc.tuple(...params.map(() => fc.boolean())),
    combined: fc.tuple(fc.constantFrom(...simple), fc.constantFrom(...simple)),
    roles: fc.array(role, { minLength: 1, maxLength: 3 }),
  });
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function template(s: Scenario): J {
  const [x, y] = s.combined;
  return {
    AWSTemplateFormatVersion: "2010-09-09",
    Transform: "AWS::LanguageExtensions",
    Parameters: Object.fromEntries(
      s.params.map((p, i) => [
        `P${i}`,
        {
          Type: "String",
          ...(p.default !== undefined ? { Default: p.default } : {}),
          ...(p.allowed ? { AllowedValues: p.values } : {}),
        },
      ]),
    ),
    Mappings: Object.fromEntries(
      s.params.map((p, i) => [
        `M${i}`,
        Object.fromEntries(p.rows.map((r) => [r.key, { Account: r.account }])),
      ]),
    ),
    Conditions: {
      ...Object.fromEntries(
        s.params.map((_, i) => {
          const read: J = s.bySub[i] ? { "Fn::Sub": `\${P${i}}` } : { Ref: `P${i}` };
          return [`C${i}`, { "Fn::Equals": [read, s.compared[i]] }];
        }),
      ),
      Both: { "Fn::And": [{ Condition: x }, { Condition: y }] },
      Either: { "Fn::Or": [{ Condition: x }, { "Fn::Not": [{ Condition: y }] }] },
      Neither: { "Fn::Not": [{ Condition: "Either" }] },
    },
    Resources: Object.fromEntries(
      s.roles.map((r, i) => [
        `Role${i}`,
        {
          Type: "AWS::IAM::Role",
          ...(r.condition ? { Condition: r.condition } : {}),
          Properties: {
            AssumeRolePolicyDocument: {
              Version: "2012-10-17",
              Statement: [{ Effect: "Allow", Principal: { AWS: r.principals }, Action: "sts:AssumeRole" }],
            },
          },
        },
      ]),
    ),
  };
}

/** The values a deployer may give a parameter: what the template names, or anything else too. */
function deployable(p: Param): string[] {
  if (p.allowed) return p.values;
  return [...new Set([...p.values, ...(p.default !== undefined ? [p.default] : []), OTHER])];
}

function assignments(params: Param[]): Record<string, string>[] {
  let out: Record<string, string>[] = [{}];
  params.forEach((p, i) => {
    out = out.flatMap((a) => deployable(p).map((v) => ({ ...a, [`P${i}`]: v })));
  });
  return out;
}

function read(text: string, parameters?: Record<string, string>) {
  const result = readTemplate(memorySnapshot({ "t.json": text }), "t.json", parameters ? { parameters } : {});
  return { result, grants: extractGrants(result.resources, ZONE).grants };
}

const key = (g: Grant): string =>
  `${g.principal.id}|${g.resource.address}|${[...g.actions].sort().join(",")}`;

describe("open CloudFormation parameters", () => {
  it("grants with no values given cover the grants of every deployable assignment", () => {
    let reads = 0;
    let failed = 0;
    let byToken = 0;
    check(
      "cloudformation open parameters, soundness",
      fc.property(scenario, (s) => {
        const text = JSON.stringify(template(s));
        const open = read(text);
        expect(open.result.errors).toEqual([]);
        const reported = new Set(open.grants.map(key));
        // Past the variant budget an unresolved principal stands for the values left open.
        const unresolvedAt = new Set(
          open.grants.filter((g) => g.classification === "unresolved").map((g) => g.resource.address),
        );
        for (const parameters of assignments(s.params)) {
          const given = read(text, parameters);
          reads++;
          // A value a mapping lacks (without DefaultValue) fails that deploy: nothing to cover.
          if (given.result.errors.length > 0) {
            failed++;
            continue;
          }
          for (const g of given.grants) {
            if (reported.has(key(g))) continue;
            if (unresolvedAt.has(g.resource.address)) {
              byToken++;
              continue;
            }
            expect.fail(`${key(g)} (given ${JSON.stringify(parameters)}) is not reported without values`);
          }
        }
      }),
      runs(300),
    );
    console.log(
      `cloudformation open parameters: ${reads} reads with values given, ${failed} failed deploys, ${byToken} grants covered by an unresolved one`,
    );
  });
});
