import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";

function ok(text: string) {
  const r = parseAllowlist("allow.yml", text);
  if ("errors" in r) throw new Error(JSON.stringify(r.errors));
  return r.allowlist;
}

function errors(text: string) {
  const r = parseAllowlist("allow.yml", text);
  if (!("errors" in r)) throw new Error("expected errors");
  return r.errors;
}

describe("allowlist loading", () => {
  it("reads trusted.module-sources", () => {
    expect(ok(`trusted:\n  module-sources: ["git::https://github.com/acme/*"]\n`).zone.moduleSources).toEqual(
      ["git::https://github.com/acme/*"],
    );
  });

  it("reads trusted.identity-providers; refuses shared issuers and wildcard-only entries, naming the line", () => {
    expect(
      ok(`trusted:\n  identity-providers: ["saml-provider/Okta", "oidc.eks.eu-west-1.amazonaws.com/id/*"]\n`)
        .zone.identityProviders,
    ).toEqual(["saml-provider/Okta", "oidc.eks.eu-west-1.amazonaws.com/id/*"]);
    const e = errors(`trusted:
  identity-providers:
    - saml-provider/Okta
    - https://token.actions.githubusercontent.com
    - "arn:aws:iam::111111111111:oidc-provider/gitlab.com"
    - "*"
`);
    expect(e.map((x) => [x.line, x.message.split(":")[0]])).toEqual([
      [4, "trusted.identity-providers.1"],
      [5, "trusted.identity-providers.2"],
      [6, "trusted.identity-providers.3"],
    ]);
    expect(e[0]?.message).toContain("shared issuer");
  });

  it("accepts the federated approvals the report suggests; warns when one approves every token of a shared issuer", () => {
    const a = ok(`approvals:
  - principal: "\${aws_iam_openid_connect_provider.github.arn}#repo:someone-else/*:*"
    reason: r
    approved_by: s
  - principal: "token.actions.githubusercontent.com#repo:someone-else/*:*"
    reason: r
    approved_by: s
  - principal: "token.actions.githubusercontent.com"
    reason: r
    approved_by: s
  - principal: "\${aws_iam_role.x[*].arn}"
    reason: r
    approved_by: s
`);
    expect(a.approvals).toHaveLength(4);
    expect(a.warnings).toEqual([
      expect.stringContaining("approvals.2 approves every token of token.actions.githubusercontent.com"),
    ]);
    const e = errors(`approvals:
  - principal: "token.actions.*.com#repo:acme/*"
    reason: r
    approved_by: s
  - principal: "#repo:acme/*"
    reason: r
    approved_by: s
`);
    expect(e.map((x) => x.line)).toEqual([2, 5]);
  });

  it("reads the zone of trust, names and approvals with their lines", () => {
    const a = ok(`trusted:
  accounts: ["111111111111", 022222222222]
  organizations: [o-abcdefghij]
  org-paths: ["o-abcdefghij/r-ab12/ou-ab12-11111111/"]
  expressions: [var.ops_account_id]
  github-orgs: [acme]
  aws-service-accounts: true
accounts:
  "333333333333": Acme shared services
approvals:
  - principal: "999988887777"
    reason: Audit vendor
    approved_by: "@acme/security"
    expires: 2027-06-30
    resources: ["aws_iam_role.audit"]
    actions: ["sts:AssumeRole"]
`);
    expect(a.zone).toEqual({
      accounts: ["111111111111", "022222222222"],
      organizations: ["o-abcdefghij"],
      orgPaths: ["o-abcdefghij/r-ab12/ou-ab12-11111111/"],
      expressions: ["var.ops_account_id"],
      githubOrgs: ["acme"],
      moduleSources: [],
      identityProviders: [],
    });
    expect(a.trustAwsServiceAccounts).toBe(true);
    expect(a.accountNames).toEqual({ "333333333333": "Acme shared services" });
    expect(a.approvals).toEqual([
      {
        index: 0,
        line: 11,
        principal: "999988887777",
        reason: "Audit vendor",
        approved_by: "@acme/security",
        expires: "2027-06-30",
        resources: ["aws_iam_role.audit"],
        actions: ["sts:AssumeRole"],
      },
    ]);
  });

  it("names the line and reason of a schema error", () => {
    const e = errors(`approvals:
  - principal: "999988887777"
    approved_by: "@sec"
  - principal: "123"
    reason: x
    approved_by: y
    colour: red
`);
    expect(e).toContainEqual({
      file: "allow.yml",
      line: 2,
      message: "approvals.0: must have required property 'reason'",
    });
    expect(e).toContainEqual({
      file: "allow.yml",
      line: 4,
      message: "approvals.1: must NOT have additional properties 'colour'",
    });
  });

  it("rejects invalid YAML, duplicate keys and impossible dates", () => {
    expect(errors("trusted: [\n")[0]?.message).toMatch(/^invalid YAML/);
    expect(errors("trusted: {}\ntrusted: {}\n")[0]?.message).toMatch(/invalid YAML: Map keys must be unique/);
    expect(
      errors(`approvals:\n  - {principal: "1", reason: r, approved_by: a, expires: 2027-02-30}\n`),
    ).toEqual([
      { file: "allow.yml", line: 2, message: "approvals.0.expires: '2027-02-30' is not a calendar date" },
    ]);
    expect(errors("trusted:\n  accounts: [12345]\n")[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/accounts.0: must match pattern/),
    });
  });

  it("refuses patterns that would approve principals of any account, and reports an explicit public approval", () => {
    expect(
      errors(`approvals:\n  - {principal: "arn:aws:iam::*:role/x", reason: r, approved_by: a}\n`)[0]?.message,
    ).toMatch(/could match principals of any account/);
    expect(errors(`approvals:\n  - {principal: "*:*", reason: r, approved_by: a}\n`)).toHaveLength(1);
    const a = ok(
      `approvals:\n  - {principal: "*", reason: public website, approved_by: a, resources: [SiteBucketPolicy]}\n  - {principal: "arn:aws:iam::123456789012:role/ci-*", reason: r, approved_by: a}\n`,
    );
    expect(a.warnings).toEqual(['approvals.0 approves public access ("*") on SiteBucketPolicy']);
  });

  it("warns about duplicate approvals", () => {
    const a = ok(
      `approvals:\n  - {principal: "999988887777", reason: r, approved_by: a}\n  - {principal: "999988887777", reason: again, approved_by: b}\n`,
    );
    expect(a.warnings).toEqual(["approvals.1 repeats approvals.0 (same principal and scope)"]);
  });
});
