// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Issue 18 item 2: the identity provider is known from the provider itself — the Terraform,
 * CloudFormation or CDK resource that declares it (its URL or name), a data source looked up by
 * URL, or its ARN — never guessed from the condition keys. Hand-written expectations per trust of
 * fixtures/federation.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runAudit } from "../../src/analyze/analyze.js";
import { directorySnapshot } from "../../src/sources/fs-snapshot.js";

const DIR = fileURLToPath(new URL("../../fixtures/federation/", import.meta.url));

async function rows(allowlistText?: string) {
  let allowlist = EMPTY_ALLOWLIST;
  if (allowlistText !== undefined) {
    const r = parseAllowlist("allow.yml", allowlistText);
    if ("errors" in r) throw new Error(JSON.stringify(r.errors));
    allowlist = r.allowlist;
  }
  const report = await runAudit(directorySnapshot(DIR), { allowlist, today: "2026-12-01" });
  expect(report.errors ?? []).toEqual([]);
  return report.grants
    .filter((g) => g.principal.type === "Federated")
    .map((g) => [
      g.resource.address,
      g.principal.id,
      g.classification,
      g.subkind ?? "",
      g.principal.provider ?? "",
    ]);
}

describe("federated principals through provider resources (fixtures/federation)", () => {
  it("classifies each trust by the provider's URL or name", async () => {
    expect(await rows()).toEqual([
      // CDK's OpenIdConnectProvider custom resource, by Ref.
      [
        "DeployRole5E6F7A8B",
        "${GithubProvider1A2B3C4D.Ref}#repo:someone-else/*:*",
        "federated",
        "github-oidc",
        "token.actions.githubusercontent.com",
      ],
      // AWS::IAM::OIDCProvider by GetAtt (GitHub, narrowed) and by Ref (GitLab.com, aud only: public).
      [
        "DeployRole",
        "${GithubOidc.Arn}#repo:someone-else/*:*",
        "federated",
        "github-oidc",
        "token.actions.githubusercontent.com",
      ],
      ["DeployRole", "${GitlabOidc.Ref}", "public", "federated-unnarrowed", "gitlab.com"],
      // aud plus a claim GitHub tokens never carry: any repository on GitHub.
      [
        "aws_iam_role.gha_any_repo",
        "${aws_iam_openid_connect_provider.github.arn}",
        "public",
        "github-any-repo",
        "token.actions.githubusercontent.com",
      ],
      [
        "aws_iam_role.gha_someone_else",
        "${aws_iam_openid_connect_provider.github.arn}#repo:someone-else/*:*",
        "federated",
        "github-oidc",
        "token.actions.githubusercontent.com",
      ],
      [
        "aws_iam_role.okta_admins",
        "${aws_iam_saml_provider.okta.arn}",
        "federated",
        "saml",
        "saml-provider/Okta",
      ],
      // Looked up by URL: the own account's app.terraform.io provider, aud only.
      [
        "aws_iam_role.tfc",
        "arn:aws:iam::${own-account}:oidc-provider/app.terraform.io",
        "public",
        "federated-unnarrowed",
        "app.terraform.io",
      ],
      [
        "aws_iam_role.other_cluster",
        "${aws_iam_openid_connect_provider.other_cluster.arn}",
        "federated",
        "oidc",
        "oidc.eks.eu-west-1.amazonaws.com/id/0123456789abcdef0123456789abcdef",
      ],
      [
        "aws_iam_role.circleci",
        "${aws_iam_openid_connect_provider.circleci.arn}",
        "federated",
        "oidc",
        "oidc.circleci.com/org/11111111-2222-3333-4444-555555555555",
      ],
      // Looked up by ARN in another account: that account's provider.
      [
        "aws_iam_role.partner",
        "arn:aws:iam::999999999999:oidc-provider/token.actions.githubusercontent.com",
        "external",
        "federated",
        "token.actions.githubusercontent.com",
      ],
    ]);
  });

  it("trusted.identity-providers makes the own IdP and cluster internal; shared issuers cannot be listed", async () => {
    const trusted = await rows(`trusted:
  identity-providers:
    - saml-provider/Okta
    - "oidc.eks.eu-west-1.amazonaws.com/id/*"
    - aws_iam_openid_connect_provider.circleci
`);
    const byAddress = new Map(trusted.map((r) => [`${r[0]} ${r[1]}`, r[2]]));
    expect(byAddress.get("aws_iam_role.okta_admins ${aws_iam_saml_provider.okta.arn}")).toBe("internal");
    expect(
      byAddress.get("aws_iam_role.other_cluster ${aws_iam_openid_connect_provider.other_cluster.arn}"),
    ).toBe("internal");
    expect(byAddress.get("aws_iam_role.circleci ${aws_iam_openid_connect_provider.circleci.arn}")).toBe(
      "internal",
    );
    expect(byAddress.get("aws_iam_role.gha_any_repo ${aws_iam_openid_connect_provider.github.arn}")).toBe(
      "public",
    );
  });
});
