/**
 * Issue 18 item 1 (reduced): a seeded differential test. fast-check generates resource policies
 * (Principal "*", {AWS:"*"}, accounts, a role, a service) with narrowing conditions (String/Arn/
 * Bool/Null operators, IfExists, ForAnyValue/ForAllValues, negations, key case variants and keys
 * with junk) and Deny statements; the independent oracle (./iam-eval.ts, written from the IAM
 * documentation) evaluates outside probes against each. The test fails on any policy that lets
 * an outside probe in while the product calls it internal (or reports no grant). False alarms
 * (gated, yet no outside probe gets in) are counted and printed.
 *
 * Seed: DIFF_SEED (default: random, printed); cases: DIFF_RUNS (default 2000).
 *
 * Before this branch was handed over: 3 × 20,000 cases (seeds 42, 7, 12345), 0 misses, about 23%
 * false alarms. With seed 42: 3,244 of 4,659 come from keys with junk (" aws:…", a no-break space),
 * which by design never narrow, though IAM reads them as absent keys; 277 from a wildcard-only
 * value list under StringEquals (left un-narrowed: fail closed); 924 from Denies that cover the one
 * probed action and resource but not every action/resource of the Allow (the product keeps the
 * grant for the rest; the oracle probes only s3:GetObject on one object); 214 others, mostly the
 * same partial-Deny shape.
 *
 * Disagreements judged to be the oracle's (kept as they are, the product errs on the safe side):
 * - KMS accepts only signed requests (https://docs.aws.amazon.com/kms/latest/developerguide/requests-authentication.html),
 *   so the anonymous probe of a key policy is not a real caller. It found `{AWS:*}` +
 *   `kms:CallerAccount` IfExists; the product now leaves that public anyway, because a service
 *   principal's KMS request is not documented to carry kms:CallerAccount.
 * - {"AWS":"*"} is treated as matching service principals too (undocumented); that only widens
 *   what the oracle lets in.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { analyzePolicy } from "../../src/policy/index.js";
import { evaluate, type Probe, type Request } from "./iam-eval.js";

const ZONE = {
  accounts: ["111111111111"],
  organizations: ["o-own0000000"],
  orgPaths: [],
  expressions: [],
  githubOrgs: [],
};

/**
 * What the policy protects: an S3 object (bucket policy), a KMS key (key policy: signed callers
 * carry kms:CallerAccount) or a role (trust policy: sts:AssumeRole, no Resource element).
 */
type Mode = "s3" | "kms" | "trust";
const RESOURCE: Record<Mode, string> = {
  s3: "arn:aws:s3:::bucket/key",
  kms: "arn:aws:kms:us-east-1:111111111111:key/k",
  trust: "arn:aws:iam::111111111111:role/target",
};
const ACTION: Record<Mode, string> = { s3: "s3:GetObject", kms: "kms:Decrypt", trust: "sts:AssumeRole" };
const ALLOW_ACTIONS: Record<Mode, unknown[]> = {
  s3: ["s3:GetObject", "s3:*", ["s3:GetObject", "kms:Decrypt"]],
  kms: ["kms:Decrypt", "kms:*", ["kms:Decrypt", "s3:GetObject"], "*"],
  trust: ["sts:AssumeRole", "sts:*"],
};
const DENY_ACTIONS: Record<Mode, unknown[]> = {
  s3: ["*", "s3:*", "s3:GetObject", "s3:PutObject"],
  kms: ["*", "kms:*", "kms:Decrypt", "kms:Encrypt"],
  trust: ["*", "sts:AssumeRole", "sts:TagSession"],
};

/** Probes from outside the zone of trust, with the request context the documentation gives them. */
function outsideProbes(mode: Mode): { name: string; request: Request }[] {
  const action = ACTION[mode];
  const resource = RESOURCE[mode];
  const kms = (account: string): [string, string[]][] =>
    mode === "kms" ? [["kms:CallerAccount", [account]]] : [];
  const ctx = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k.toLowerCase(), v]));
  const aws = (account: string): Probe => ({ kind: "aws", account, arn: `arn:aws:iam::${account}:role/x` });
  const signed = (account: string, extra: [string, string[]][] = []) =>
    ctx([
      ["aws:PrincipalAccount", [account]],
      ["aws:PrincipalArn", [`arn:aws:iam::${account}:role/x`]],
      ["aws:userid", ["AROAEXAMPLE:session"]],
      ["aws:PrincipalIsAWSService", ["false"]],
      ...kms(account),
      ...extra,
    ]);
  return [
    {
      name: "foreign account outside any organisation",
      request: {
        probe: aws("999999999999"),
        action,
        resource,
        context: signed("999999999999"),
      },
    },
    {
      name: "the named foreign account 222222222222",
      request: {
        probe: aws("222222222222"),
        action,
        resource,
        context: signed("222222222222"),
      },
    },
    {
      name: "foreign account in another organisation",
      request: {
        probe: aws("333333333333"),
        action,
        resource,
        context: signed("333333333333", [
          ["aws:PrincipalOrgID", ["o-other000000"]],
          ["aws:PrincipalOrgPaths", ["o-other000000/r-ab12/ou-ab12-11111111/"]],
        ]),
      },
    },
    {
      // Anonymous requests carry no principal keys (aws:PrincipalAccount, aws:PrincipalArn,
      // aws:PrincipalIsAWSService need an authenticated request).
      name: "anonymous",
      request: { probe: { kind: "anonymous" }, action, resource, context: ctx([]) },
    },
    {
      name: "a service acting for a foreign account",
      request: {
        probe: { kind: "service", service: "sns.amazonaws.com" },
        action,
        resource,
        context: ctx([
          ["aws:PrincipalIsAWSService", ["true"]],
          ["aws:SourceAccount", ["999999999999"]],
          ["aws:SourceArn", ["arn:aws:sns:us-east-1:999999999999:t"]],
        ]),
      },
    },
  ];
}

const KEY_VALUES: Record<string, string[]> = {
  "aws:PrincipalOrgID": ["o-own0000000", "o-other000000", "o-*", "*"],
  "aws:PrincipalOrgPaths": ["o-own0000000/*", "o-other000000/*", "o-own0000000/r-ab12/ou-ab12-11111111/"],
  "aws:PrincipalAccount": ["111111111111", "999999999999", "222222222222", "11111111111*", "*"],
  "aws:PrincipalArn": [
    "arn:aws:iam::111111111111:role/x",
    "arn:aws:iam::999999999999:role/x",
    "arn:aws:iam::*:role/x",
  ],
  "aws:SourceAccount": ["111111111111", "999999999999", "11111111111*"],
  "kms:CallerAccount": ["111111111111"],
};

const keyVariant = (key: string) =>
  fc.constantFrom(key, key.toUpperCase(), key.toLowerCase(), `${key}\u00a0`, ` ${key}`);

const stringOp = fc
  .tuple(
    fc.constantFrom("", "", "ForAnyValue:", "ForAllValues:"),
    fc.constantFrom(
      "StringEquals",
      "StringNotEquals",
      "StringLike",
      "StringNotLike",
      "StringEqualsIgnoreCase",
      "ArnLike",
      "ArnNotLike",
    ),
    fc.boolean(),
  )
  .map(([q, b, ie]) => `${q}${b}${ie ? "IfExists" : ""}`);

const entry = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .constantFrom(...Object.keys(KEY_VALUES))
      .chain((key) =>
        fc.tuple(
          stringOp,
          keyVariant(key),
          fc.subarray(KEY_VALUES[key]!, { minLength: 1, maxLength: Math.min(2, KEY_VALUES[key]!.length) }),
        ),
      ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constantFrom("Bool", "BoolIfExists"),
      keyVariant("aws:PrincipalIsAWSService"),
      fc.constantFrom(["true"], ["false"]),
    ),
  },
  {
    weight: 1,
    arbitrary: fc.tuple(
      fc.constant("Null"),
      fc.constantFrom("aws:PrincipalOrgID", "aws:PrincipalAccount"),
      fc.constantFrom(["true"], ["false"]),
    ),
  },
);

const condition = fc.array(entry, { minLength: 0, maxLength: 2 }).map((entries) => {
  const out: Record<string, Record<string, string | string[]>> = {};
  for (const [op, key, values] of entries) {
    out[op] ??= {};
    out[op][key] = values.length === 1 ? String(values[0]) : [...values];
  }
  return Object.keys(out).length > 0 ? out : undefined;
});

const allowStatement = (mode: Mode) =>
  fc
    .tuple(
      fc.constantFrom<unknown>(
        "*",
        { AWS: "*" },
        { AWS: "222222222222" },
        { AWS: "111111111111" },
        { AWS: "arn:aws:iam::999999999999:role/x" },
        { Service: "sns.amazonaws.com" },
      ),
      fc.constantFrom<unknown>(...ALLOW_ACTIONS[mode]),
      condition,
    )
    .map(([Principal, Action, Condition]) => ({
      Effect: "Allow",
      Principal,
      Action,
      ...(mode === "trust" ? {} : { Resource: "*" }),
      ...(Condition ? { Condition } : {}),
    }));

const denyStatement = (mode: Mode) =>
  fc
    .tuple(
      fc.constantFrom<unknown>("*", { AWS: "*" }),
      fc.constantFrom<unknown>(...DENY_ACTIONS[mode]),
      fc.constantFrom("*", RESOURCE[mode], "arn:aws:s3:::other/*"),
      condition,
    )
    .map(([Principal, Action, Resource, Condition]) => ({
      Sid: "Guard",
      Effect: "Deny",
      Principal,
      Action,
      ...(mode === "trust" ? {} : { Resource }),
      ...(Condition ? { Condition } : {}),
    }));

const policyArb = fc.constantFrom<Mode>("s3", "s3", "kms", "trust").chain((mode) =>
  fc
    .tuple(
      fc.array(denyStatement(mode), { maxLength: 2 }),
      fc.array(allowStatement(mode), { minLength: 1, maxLength: 2 }),
    )
    .map(([denies, allows]) => ({
      mode,
      policy: { Version: "2012-10-17", Statement: [...denies, ...allows] },
    })),
);

const GATED = new Set(["external", "public", "federated", "unresolved"]);

describe("differential: product classification vs an independent IAM evaluator", () => {
  it("no policy lets an outside probe in while the product says internal", () => {
    const seed = process.env.DIFF_SEED ? Number(process.env.DIFF_SEED) : Date.now() % 2 ** 31;
    const numRuns = process.env.DIFF_RUNS ? Number(process.env.DIFF_RUNS) : 2000;
    // Printed first, so a failing run can be replayed with DIFF_SEED=<seed>.
    console.log(
      `differential: seed=${seed} runs=${numRuns} (replay: DIFF_SEED=${seed} DIFF_RUNS=${numRuns})`,
    );
    const probes = { s3: outsideProbes("s3"), kms: outsideProbes("kms"), trust: outsideProbes("trust") };
    const misses: string[] = [];
    const falseAlarms: string[] = [];
    let cases = 0;
    let agreed = 0;
    let falseAlarmCount = 0;
    fc.assert(
      fc.property(policyArb, ({ mode, policy }) => {
        cases++;
        const r = analyzePolicy(policy, { zone: ZONE, trustPolicy: mode === "trust" });
        const classes = r.grants.map((g) => g.classification);
        const inside = probes[mode].filter((p) => evaluate(policy, p.request)).map((p) => p.name);
        const productInternal = classes.every((c) => c === "internal");
        if (inside.length > 0 && productInternal) {
          misses.push(
            `${mode}: ${inside.join(", ")} allowed; product: ${JSON.stringify(classes)}; ${JSON.stringify(policy)}`,
          );
          return false;
        }
        if (inside.length === 0 && classes.some((c) => GATED.has(c))) {
          falseAlarmCount++;
          if (falseAlarms.length < 20)
            falseAlarms.push(`${JSON.stringify(classes)} ${JSON.stringify(policy)}`);
        } else agreed++;
        return true;
      }),
      { seed, numRuns, endOnFailure: true },
    );
    console.log(
      `differential seed=${seed} cases=${cases} agreed=${agreed} falseAlarms=${falseAlarmCount} misses=${misses.length}` +
        (falseAlarms.length > 0 ? `\n  first false alarms:\n  ${falseAlarms.slice(0, 5).join("\n  ")}` : ""),
    );
    expect(misses).toEqual([]);
    expect(cases).toBeGreaterThanOrEqual(Math.min(numRuns, 2000));
  });
});
