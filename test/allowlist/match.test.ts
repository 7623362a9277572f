// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Approvals of federated principals (issue 18 item 2, issue 19 item 3): provider by name, subject
 * pattern covering the grant's, scoped like any approval. Hand-written cases.
 */
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { findApproval } from "../../src/allowlist/match.js";
import { globCovers } from "../../src/model/glob.js";
import type { Classification, Grant } from "../../src/model/types.js";

const GH = "token.actions.githubusercontent.com";

function grant(
  id: string,
  classification: Classification,
  provider?: string,
  accountId: string | null = null,
): Grant {
  return {
    principal: { type: "Federated", id, accountId, ...(provider ? { provider } : {}) },
    classification,
    mechanism: "trust-policy",
    resource: {
      source: "terraform",
      file: "main.tf",
      line: 1,
      address: "aws_iam_role.ci",
      type: "aws_iam_role",
      target: "aws_iam_role.ci",
      unit: ".",
    },
    actions: ["sts:AssumeRoleWithWebIdentity"],
    conditions: {},
  };
}

function approves(principal: string, g: Grant, scope = ""): boolean {
  const r = parseAllowlist(
    "a.yml",
    `approvals:\n  - principal: ${JSON.stringify(principal)}\n    reason: r\n    approved_by: s\n${scope}`,
  );
  if ("errors" in r) throw new Error(JSON.stringify(r.errors));
  return findApproval(r.allowlist, g, "2026-12-01") !== null;
}

describe("federated approvals", () => {
  const byRef = grant(
    `\${aws_iam_openid_connect_provider.github.arn}#repo:someone-else/*:*`,
    "federated",
    GH,
  );
  const literal = grant(
    `arn:aws:iam::111111111111:oidc-provider/${GH}#repo:acme/app:*`,
    "federated",
    GH,
    "111111111111",
  );

  it("name the provider by host, expression, reference or ARN, and a subject pattern that covers the grant's", () => {
    expect(approves(`${GH}#repo:someone-else/*:*`, byRef)).toBe(true);
    expect(approves(`\${aws_iam_openid_connect_provider.github.arn}#repo:someone-else/*:*`, byRef)).toBe(
      true,
    );
    expect(approves("aws_iam_openid_connect_provider.github#repo:someone-else/*", byRef)).toBe(true);
    expect(approves(`arn:aws:iam::111111111111:oidc-provider/${GH}#repo:acme/*`, literal)).toBe(true);
    expect(approves(`${GH}#repo:acme/*`, literal)).toBe(true);
    // A narrower or different subject, another provider, another account's ARN: no.
    expect(approves(`${GH}#repo:someone-else/app:*`, byRef)).toBe(false);
    expect(
      approves(`${GH}#repo:?omeone-else/*:*`, grant(`${GH}#repo:*omeone-else/*:*`, "federated", GH)),
    ).toBe(false);
    expect(approves("gitlab.com#repo:someone-else/*:*", byRef)).toBe(false);
    expect(approves(`arn:aws:iam::222222222222:oidc-provider/${GH}#repo:acme/*`, literal)).toBe(false);
  });

  it("the provider alone approves every subject; a subject approval never the provider-wide grant", () => {
    const anyRepo = grant("${aws_iam_openid_connect_provider.github.arn}", "public", GH);
    expect(approves(GH, anyRepo)).toBe(true);
    expect(approves(GH, byRef)).toBe(true);
    expect(approves(`${GH}#*`, anyRepo)).toBe(false);
  });

  it("a provider in another account is approved by its ARN or account, never by its host", () => {
    const foreign = grant(
      `arn:aws:iam::999999999999:oidc-provider/${GH}#repo:x/*`,
      "external",
      GH,
      "999999999999",
    );
    expect(approves(`${GH}#repo:x/*`, foreign)).toBe(false);
    expect(approves(`arn:aws:iam::999999999999:oidc-provider/${GH}#repo:x/*`, foreign)).toBe(true);
    expect(approves("999999999999", foreign)).toBe(true);
  });

  it("an own-account ARN glob does not approve a federated principal of the own account", () => {
    const anyRepo = grant(`arn:aws:iam::111111111111:oidc-provider/${GH}`, "public", GH, "111111111111");
    expect(approves("arn:aws:iam::111111111111:*", anyRepo)).toBe(false);
  });

  it("are scoped like any approval", () => {
    expect(approves(`${GH}#repo:someone-else/*:*`, byRef, '    resources: ["aws_iam_role.other"]\n')).toBe(
      false,
    );
    expect(approves(`${GH}#repo:someone-else/*:*`, byRef, '    actions: ["sts:AssumeRole"]\n')).toBe(false);
    expect(approves(`${GH}#repo:someone-else/*:*`, byRef, "    expires: 2026-11-30\n")).toBe(false);
    expect(approves(`${GH}#repo:someone-else/*:*`, byRef, "    expires: 2026-12-01\n")).toBe(true);
  });
});

describe("globCovers", () => {
  it.each([
    ["repo:acme/*", "repo:acme/app:*", true],
    ["repo:acme/*", "repo:*", false],
    ["*", "anything*?", true],
    ["repo:?cme/*", "repo:*cme/x", false],
    ["repo:?cme/*", "repo:?cme/x", true],
    ["a*b", "a*xb", true],
    ["a*b", "a*x", false],
  ])("%s covers %s: %s", (wide, narrow, expected) => {
    expect(globCovers(wide, narrow)).toBe(expected);
  });
});
