/** Principals in words: the headings, reasons and hints the comment, annotations and SARIF use. */
import { describe, expect, it } from "vitest";
import { githubSubjectWords, principalWords, unresolvedHint } from "../../src/report/principal-words.js";
import type { ReportGrant, ReportPrincipal } from "../../src/report/types.js";

function principal(p: Partial<ReportPrincipal>): ReportPrincipal {
  return {
    type: "AWS",
    id: "*",
    accountId: null,
    classification: "public",
    approved: false,
    approval: null,
    grants: [],
    ...p,
  };
}
function grant(g: Partial<ReportGrant>): ReportGrant {
  return { subkind: undefined, unresolved: undefined, ...g } as ReportGrant;
}

describe("GitHub subjects in words", () => {
  it.each([
    ["repo:someone-else/*:*", "any workflow of repo someone-else/*, any ref"],
    ["repo:acme/app:ref:refs/heads/main", "workflows of repo acme/app on branch main"],
    ["repo:acme/app:ref:refs/tags/v1.2", "workflows of repo acme/app on tag v1.2"],
    ["repo:acme/app:environment:production", "workflows of repo acme/app in environment production"],
    ["repo:acme/app:pull_request", "pull request workflows of repo acme/app"],
    ["repo:acme/app", "any workflow of repo acme/app, any ref"],
    ["repository_owner:acme:*", "workflows of any repository of acme"],
    ["*", "any workflow of any repository"],
  ])("%s", (subject, words) => {
    expect(githubSubjectWords(subject)).toBe(words);
  });
});

describe("what resolves an unresolved principal", () => {
  it("a Terraform variable: a committed value or trusted.expressions", () => {
    expect(unresolvedHint("var.partner")).toBe(
      "no committed value for var.partner: set it in terraform.tfvars or list it in trusted.expressions",
    );
  });
  it("a CloudFormation parameter: a Default, --cfn-parameters, or trusted.expressions", () => {
    expect(unresolvedHint("Ref PartnerAccount")).toContain(
      "no value for the parameter PartnerAccount: give it a Default",
    );
  });
  it("a value known at apply: a plan, or trusted.expressions", () => {
    expect(unresolvedHint("data.aws_ssm_parameter.partner.value")).toContain("pass a plan");
  });
});

describe("headings and reasons", () => {
  it("an account with its catalog label, gated by trusted.accounts", () => {
    const w = principalWords(
      principal({
        id: "arn:aws:iam::464622532012:root",
        accountId: "464622532012",
        classification: "external",
        label: "Datadog",
      }),
      [],
    );
    expect(w).toEqual({
      heading: "Account 464622532012 — Datadog",
      why: "account 464622532012 is not in trusted.accounts",
    });
  });
  it("a role of another account names the role and the account", () => {
    const w = principalWords(
      principal({
        id: "arn:aws:iam::999988887777:role/reader",
        accountId: "999988887777",
        classification: "external",
      }),
      [],
    );
    expect(w.heading).toBe("role/reader in account 999988887777");
  });
  it("a federated GitHub principal written with a provider expression", () => {
    const w = principalWords(
      principal({
        type: "Federated",
        id: "$" + "{aws_iam_openid_connect_provider.github.arn}#repo:someone-else/*:*",
        classification: "federated",
      }),
      [grant({ subkind: "github-oidc" })],
    );
    expect(w.heading).toBe("GitHub Actions: any workflow of repo someone-else/*, any ref");
    expect(w.why).toContain("trusted.github-orgs");
  });
  it("a GitHub trust with no subject condition is public", () => {
    const w = principalWords(
      principal({
        type: "Federated",
        id: "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com",
        classification: "public",
      }),
      [grant({ subkind: "github-any-repo" })],
    );
    expect(w.heading).toBe("GitHub Actions: any workflow of any repository on GitHub (public)");
  });
  it("anyone", () => {
    expect(principalWords(principal({}), []).heading).toBe("Anyone (public)");
  });
  it("an unresolved principal names its first expression and how many more, with a hint for each", () => {
    const w = principalWords(
      principal({ classification: "unresolved", id: "arn:aws:iam::$" + "{var.a}:root" }),
      [grant({ unresolved: ["var.a", "var.b"] })],
    );
    expect(w.heading).toBe("Unresolved: var.a and 1 more");
    expect(w.hint).toBe(`${unresolvedHint("var.a")}; ${unresolvedHint("var.b")}`);
  });
});

describe("the text report", () => {
  it("says who in words, why it is gated and what would resolve it", async () => {
    const { renderText } = await import("../../src/report/text.js");
    const text = renderText({
      schemaVersion: 1,
      mode: "diff",
      verdict: "fail",
      reasons: [],
      summary: { newAccess: 1, unapproved: 1, unresolved: 1, removed: 0, grants: 1 },
      principals: [principal({ classification: "unresolved", id: "arn:aws:iam::x:root", grants: ["g1"] })],
      grants: [
        {
          ...grant({ unresolved: ["var.partner"] }),
          id: "g1",
          change: "added",
          principal: { type: "AWS", id: "arn:aws:iam::x:root", accountId: null },
          classification: "unresolved",
          mechanism: "trust-policy",
          resource: {
            source: "terraform",
            file: "main.tf",
            line: 3,
            address: "aws_iam_role.r",
            type: "aws_iam_role",
            unit: ".",
          },
          actions: ["sts:AssumeRole"],
          conditions: {},
        },
      ],
      allowlist: { file: null, expired: [], unused: [], warnings: [] },
      errors: [],
      notes: [],
    });
    expect(text).toContain(
      [
        "NEW arn:aws:iam::x:root  [unresolved]  NOT APPROVED",
        "  Unresolved: var.partner",
        "  gated: who gets access depends on a value that is not in the repository",
        "  to resolve: no committed value for var.partner: set it in terraform.tfvars or list it in trusted.expressions",
        "    main.tf:3  aws_iam_role.r  sts:AssumeRole",
      ].join("\n"),
    );
  });
});
