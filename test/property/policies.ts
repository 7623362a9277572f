/**
 * Generated policies with known principals, for the round trips: each principal is written in one
 * of the forms IAM accepts and carries the principal the report must show for it.
 */
import fc from "fast-check";
import { OWN } from "./helpers.js";

export interface Expected {
  type: "AWS" | "Service" | "Public";
  id: string;
  accountId: string | null;
  classification: "internal" | "external" | "public" | "service";
}

/** One principal as written in a policy, and what it must be found back as. */
export interface PrincipalSpec {
  /** "AWS" / "Service" key, or "*" for the bare `"Principal": "*"`. */
  key: "AWS" | "Service" | "*";
  value: string | number;
  expect: Expected;
}

export interface StatementSpec {
  principals: PrincipalSpec[];
  actions: string[];
}

const digits12 = fc
  .tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([a, b]) => `${String(a).padStart(6, "0")}${String(b).padStart(6, "0")}`);
/** Mostly foreign accounts, sometimes the own one. */
export const account = fc.oneof(
  { weight: 5, arbitrary: digits12 },
  { weight: 1, arbitrary: fc.constant(OWN) },
);

const nameChars = fc.constantFrom(..."abcXYZ019+=,.@_-".split(""));
const iamName = fc.array(nameChars, { minLength: 1, maxLength: 24 }).map((c) => c.join(""));
const iamPath = fc
  .array(fc.array(fc.constantFrom(..."abc019_-".split("")), { minLength: 1, maxLength: 6 }), { maxLength: 2 })
  .map((parts) => parts.map((p) => `${p.join("")}/`).join(""));

const classOf = (acct: string): "internal" | "external" => (acct === OWN ? "internal" : "external");
const rootOf = (acct: string): Expected => ({
  type: "AWS",
  id: `arn:aws:iam::${acct}:root`,
  accountId: acct,
  classification: classOf(acct),
});

const bareAccount: fc.Arbitrary<PrincipalSpec> = account.map((a) => ({
  key: "AWS",
  value: a,
  expect: rootOf(a),
}));
const numericAccount: fc.Arbitrary<PrincipalSpec> = account
  .filter((a) => a[0] !== "0")
  .map((a) => ({ key: "AWS", value: Number(a), expect: rootOf(a) }));
const rootArn: fc.Arbitrary<PrincipalSpec> = account.map((a) => ({
  key: "AWS",
  value: `arn:aws:iam::${a}:root`,
  expect: rootOf(a),
}));
const roleArn: fc.Arbitrary<PrincipalSpec> = fc
  .tuple(account, iamPath, iamName, fc.constantFrom("role", "user"))
  .map(([a, path, name, kind]) => {
    const id = `arn:aws:iam::${a}:${kind}/${path}${name}`;
    return {
      key: "AWS" as const,
      value: id,
      expect: { type: "AWS" as const, id, accountId: a, classification: classOf(a) },
    };
  });
const service: fc.Arbitrary<PrincipalSpec> = fc
  .constantFrom(
    "s3.amazonaws.com",
    "lambda.amazonaws.com",
    "events.amazonaws.com",
    "sns.amazonaws.com",
    "logs.eu-west-1.amazonaws.com",
    "delivery.logs.amazonaws.com",
    "cloudtrail.amazonaws.com",
  )
  .map((s) => ({
    key: "Service" as const,
    value: s,
    expect: { type: "Service" as const, id: s, accountId: null, classification: "service" as const },
  }));
const PUBLIC: Expected = { type: "Public", id: "*", accountId: null, classification: "public" };
const star: fc.Arbitrary<PrincipalSpec> = fc.constantFrom(
  { key: "AWS" as const, value: "*", expect: PUBLIC },
  { key: "*" as const, value: "*", expect: PUBLIC },
);

export const principalSpec: fc.Arbitrary<PrincipalSpec> = fc.oneof(
  { weight: 3, arbitrary: bareAccount },
  { weight: 1, arbitrary: numericAccount },
  { weight: 2, arbitrary: rootArn },
  { weight: 3, arbitrary: roleArn },
  { weight: 2, arbitrary: service },
  { weight: 1, arbitrary: star },
);

const action = fc.constantFrom(
  "s3:GetObject",
  "s3:PutObject",
  "sqs:SendMessage",
  "kms:Decrypt",
  "sns:Publish",
);

export const statementSpec: fc.Arbitrary<StatementSpec> = fc.record({
  principals: fc.array(principalSpec, { minLength: 1, maxLength: 5 }),
  actions: fc.uniqueArray(action, { minLength: 1, maxLength: 3 }),
});

/** A resource policy: 1–4 statements. */
export const policySpec = fc.array(statementSpec, { minLength: 1, maxLength: 4 });

/** Trust policies admit only sts:AssumeRole*: the same principals with that action. */
export const trustSpec = fc
  .array(fc.record({ principals: fc.array(principalSpec, { minLength: 1, maxLength: 5 }) }), {
    minLength: 1,
    maxLength: 3,
  })
  .map((ss) => ss.map((s) => ({ principals: s.principals, actions: ["sts:AssumeRole"] })));

/** The Principal element of a statement, as IAM writes it: "*", one value or a list per key. */
export function principalElement(principals: PrincipalSpec[]): unknown {
  if (principals.every((p) => p.key === "*")) return "*";
  const byKey = new Map<string, (string | number)[]>();
  for (const p of principals) {
    const key = p.key === "*" ? "AWS" : p.key;
    byKey.set(key, [...(byKey.get(key) ?? []), p.value]);
  }
  const out: Record<string, unknown> = {};
  for (const [k, values] of byKey) out[k] = values.length === 1 ? values[0] : values;
  return out;
}

/** The document as plain JSON. */
export function policyDocument(statements: StatementSpec[]): Record<string, unknown> {
  return {
    Version: "2012-10-17",
    Statement: statements.map((s, i) => ({
      Sid: `S${i}`,
      Effect: "Allow",
      Principal: principalElement(s.principals),
      Action: s.actions.length === 1 ? s.actions[0] : s.actions,
      Resource: "*",
    })),
  };
}

/** The principals to find back, sorted and unique. */
export function expectedPrincipals(statements: StatementSpec[]): Expected[] {
  return uniqueSorted(statements.flatMap((s) => s.principals.map((p) => p.expect)));
}

export function uniqueSorted(list: Expected[]): Expected[] {
  const byKey = new Map(list.map((e) => [`${e.type}|${e.id}|${e.accountId}|${e.classification}`, e]));
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => e);
}

export function foundPrincipals(
  grants: readonly {
    principal: { type: string; id: string; accountId: string | null };
    classification: string;
  }[],
): Expected[] {
  return uniqueSorted(
    grants.map((g) => ({
      type: g.principal.type as Expected["type"],
      id: g.principal.id,
      accountId: g.principal.accountId,
      classification: g.classification as Expected["classification"],
    })),
  );
}
