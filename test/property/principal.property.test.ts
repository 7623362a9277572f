/**
 * The principal normaliser: total on any key and value, one canonical form per principal
 * (a bare account, its number and its root ARN are the same principal), idempotent on its own
 * output, and never more trusting than what is written (a foreign account is never internal).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SELF_ACCOUNT, sanitizeText, unresolved } from "../../src/model/symbolic.js";
import { analyzePolicy, detectPrincipalKey, normalizePrincipal } from "../../src/policy/index.js";
import { check, OWN, runs, ZONE } from "./helpers.js";
import { account, principalSpec } from "./policies.js";

const KINDS = new Set([
  "public",
  "account",
  "role",
  "user",
  "session",
  "group",
  "iam-other",
  "aws-owned",
  "unique-id",
  "self-account",
  "self-resource",
  "service",
  "saml-provider",
  "oidc-provider",
  "web-identity",
  "federated-unknown",
  "canonical-user",
  "unresolved",
  "invalid",
]);
const TYPES = new Set(["AWS", "Service", "Federated", "CanonicalUser", "Public"]);
const KEY = fc.oneof(
  fc.constantFrom("AWS", "Service", "Federated", "CanonicalUser", "*", "auto", "aws", "SERVICE", "__proto__"),
  fc.string({ maxLength: 8 }),
);
const piece = fc.oneof(
  fc.constantFrom(
    "arn",
    "aws",
    "aws-cn",
    "aws-us-gov",
    "iam",
    "sts",
    "s3",
    "",
    ":",
    "::",
    "/",
    "*",
    "?",
    "root",
    "role/",
    "user/",
    "assumed-role/",
    "oidc-provider/",
    "saml-provider/",
    "999988887777",
    OWN,
    "12345",
    ".amazonaws.com",
    "cloudfront",
    " ",
    "\n",
    "AROA",
    SELF_ACCOUNT,
    unresolved("var.x"),
  ),
  fc.string({ maxLength: 5 }).map(sanitizeText),
);
const principalText = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
const rawValue = fc.oneof(
  { weight: 6, arbitrary: principalText },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(999988887777)) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

describe("principal normaliser", () => {
  it("is total: any key, any value gives a principal with a known type and kind", () => {
    check(
      "principal normaliser, arbitrary input",
      fc.property(KEY, rawValue, fc.option(account, { nil: undefined }), (key, raw, self) => {
        const n = normalizePrincipal(key, raw, self === undefined ? {} : { selfAccount: self });
        expect(TYPES.has(n.principal.type)).toBe(true);
        expect(KINDS.has(n.kind)).toBe(true);
        expect(typeof n.principal.id).toBe("string");
        expect(Array.isArray(n.notes)).toBe(true);
        expect(Array.isArray(n.unresolved)).toBe(true);
        expect(n.notes.filter((x) => x.startsWith("principal could not be read"))).toEqual([]);
        if (typeof raw === "string" || typeof raw === "number") {
          const k = detectPrincipalKey(raw);
          expect(["*", "AWS", "Service", "Federated", "CanonicalUser"]).toContain(k);
        }
      }),
      runs(4000),
    );
  });

  it("one canonical form: a bare account, its number, padded text and its root ARN are one principal", () => {
    check(
      "principal normaliser, account forms",
      fc.property(account, fc.constantFrom("AWS", "auto"), (acct, key) => {
        const want = { type: "AWS", id: `arn:aws:iam::${acct}:root`, accountId: acct };
        const forms: unknown[] = [acct, ` ${acct}\n`, `arn:aws:iam::${acct}:root`];
        if (acct[0] !== "0") forms.push(Number(acct));
        for (const f of forms) {
          const n = normalizePrincipal(key, f);
          expect(n.principal).toEqual(want);
          expect(n.kind).toBe("account");
          expect(n.account).toBe(acct);
        }
      }),
      runs(2000),
    );
  });

  it("is idempotent on its own output, and keeps role and user ARNs as written", () => {
    check(
      "principal normaliser, idempotent",
      fc.property(principalSpec, (spec) => {
        const key = spec.key === "*" ? "*" : spec.key;
        const once = normalizePrincipal(key, spec.value);
        expect({ ...once.principal }).toEqual({
          type: spec.expect.type,
          id: spec.expect.id,
          accountId: spec.expect.accountId,
        });
        const twice = normalizePrincipal(key, once.principal.id);
        expect(twice.principal).toEqual(once.principal);
        expect(twice.kind).toBe(once.kind);
      }),
      runs(3000),
    );
  });

  it("partitions stay with the ARN, and an account field with a wildcard is public (fail closed)", () => {
    check(
      "principal normaliser, partitions and wildcards",
      fc.property(
        fc.constantFrom("aws", "aws-cn", "aws-us-gov"),
        account,
        fc.constantFrom("*", "?", "9999*", "*7777", "99998888777?"),
        (partition, acct, wild) => {
          const n = normalizePrincipal("AWS", `arn:${partition}:iam::${acct}:root`);
          expect(n.principal).toEqual({
            type: "AWS",
            id: `arn:${partition}:iam::${acct}:root`,
            accountId: acct,
          });
          const w = normalizePrincipal("AWS", `arn:${partition}:iam::${wild}:root`);
          expect(w.principal.type).toBe("Public");
          expect(w.invalid).toBe(true);
        },
      ),
      runs(1000),
    );
  });

  it("a foreign account is never internal, whatever the own account's number appears next to", () => {
    const foreign = account.filter((a) => a !== OWN);
    const decoy = fc.constantFrom(OWN, `${OWN}:root`, `/${OWN}`, `:${OWN}:`, "o-own0000000");
    const arn = fc
      .tuple(
        foreign,
        fc.constantFrom("iam", "sts"),
        fc.constantFrom("root", "role/", "user/", "assumed-role/r/", "role/a/b/"),
        decoy,
        fc.constantFrom("aws", "aws-cn"),
      )
      .map(([acct, svc, res, d, part]) =>
        res === "root"
          ? `arn:${part}:${svc}::${acct}:root`
          : `arn:${part}:${svc}::${acct}:${res}${d.replace(/^[:/]/, "")}`,
      );
    check(
      "principal normaliser, foreign accounts",
      fc.property(arn, fc.boolean(), (text, trustPolicy) => {
        const r = analyzePolicy(
          {
            Statement: [
              {
                Effect: "Allow",
                Principal: { AWS: text },
                Action: trustPolicy ? "sts:AssumeRole" : "s3:GetObject",
                Resource: "*",
              },
            ],
          },
          { zone: ZONE, trustPolicy },
        );
        expect(r.grants.length).toBeGreaterThan(0);
        for (const g of r.grants) expect(["internal", "service"]).not.toContain(g.classification);
      }),
      runs(2000),
    );
  });

  it("tokens: the own account is internal, an unresolved account says which expression", () => {
    check(
      "principal normaliser, symbolic accounts",
      fc.property(
        fc.constantFrom("var.partner", "local.accounts[0]", "data.aws_ssm_parameter.x.value"),
        fc.constantFrom("root", "role/deploy"),
        (expr, res) => {
          const u = normalizePrincipal("AWS", `arn:aws:iam::${unresolved(expr)}:${res}`);
          expect(u.unresolved).toEqual([expr]);
          expect(u.principal.accountId).toBe(`\${${expr}}`);
          const s = normalizePrincipal("AWS", `arn:aws:iam::${SELF_ACCOUNT}:${res}`);
          expect(s.self).toBe(true);
        },
      ),
      runs(500),
    );
  });
});
