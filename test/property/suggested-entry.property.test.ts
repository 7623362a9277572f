// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of unresolved values, written literally
/**
 * Issue 19 item 3: every allowlist entry a report suggests validates and approves the grants it
 * was suggested for. fast-check (seeded, see helpers.ts) generates trust and resource policies
 * over the principal forms a report meets — accounts, roles with wildcards, public `*`,
 * organisation ids, unresolved expressions (Terraform and CloudFormation / CDK spellings, with
 * `[*]`), services, CanonicalUser, and federated principals: GitHub providers written as
 * `aws_iam_openid_connect_provider.x.arn`, `!GetAtt`, a literal or foreign ARN, SAML, Google,
 * Cognito, EKS, with wildcard and unresolved subjects — on resources with tricky addresses
 * (CDK construct paths, keys with `*`), with Action and NotAction. For each gated principal the
 * suggested YAML is pasted under `approvals:` and loaded: it must load without errors, and
 * findApproval must approve every one of its grants.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { findApproval } from "../../src/allowlist/match.js";
import { resourceRef, SELF_ACCOUNT, unresolved } from "../../src/model/symbolic.js";
import { GATED } from "../../src/model/types.js";
import { isTrustedProvider } from "../../src/policy/federated.js";
import { analyzePolicy } from "../../src/policy/index.js";
import type { PolicyContext } from "../../src/policy/types.js";
import { suggestedEntry, suggestedEntryYaml } from "../../src/report/suggest.js";
import type { ReportGrant } from "../../src/report/types.js";
import { check, runs, ZONE } from "./helpers.js";

const GITHUB = "token.actions.githubusercontent.com";
const EKS = "oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789";

const PROVIDERS: PolicyContext["identityProviders"] = {
  "aws_iam_openid_connect_provider.github": { kind: "oidc", issuer: GITHUB },
  GithubOidc: { kind: "oidc", issuer: GITHUB },
  "aws_iam_openid_connect_provider.eks": { kind: "oidc", issuer: EKS.toLowerCase() },
  "aws_iam_saml_provider.okta": { kind: "saml", name: "Okta" },
};

const federated = fc.constantFrom<unknown>(
  resourceRef("aws_iam_openid_connect_provider.github", "arn"),
  resourceRef("GithubOidc", "Arn"),
  resourceRef("aws_iam_openid_connect_provider.eks", "arn"),
  resourceRef("aws_iam_saml_provider.okta", "arn"),
  resourceRef("module.oidc", "arn"),
  `arn:aws:iam::111111111111:oidc-provider/${GITHUB}`,
  `arn:aws:iam::${SELF_ACCOUNT}:oidc-provider/${GITHUB}`,
  `arn:aws:iam::999999999999:oidc-provider/${GITHUB}`,
  `arn:aws:iam::111111111111:oidc-provider/${EKS}`,
  "arn:aws:iam::111111111111:oidc-provider/app.terraform.io",
  "arn:aws:iam::111111111111:saml-provider/Okta",
  "arn:aws:iam::999999999999:saml-provider/Partner",
  `arn:aws:iam::${unresolved("var.idp_account")}:saml-provider/Okta`,
  unresolved("var.provider_arn"),
  "accounts.google.com",
  "cognito-identity.amazonaws.com",
);

const subject = fc.constantFrom<string>(
  "repo:someone-else/*:*",
  "repo:someone-else/app:ref:refs/heads/main",
  "repo:*",
  "*",
  "repo:a?c/*:*",
  "repo:acme/*",
  "system:serviceaccount:ns:*",
  "organization:acme:project:*:workspace:*:run_phase:*",
  unresolved("var.subject"),
  `repo:${unresolved("var.org")}/*:*`,
);

const claimKey = fc.constantFrom(
  `${GITHUB}:sub`,
  `${GITHUB}:aud`,
  `${EKS.toLowerCase()}:sub`,
  "app.terraform.io:sub",
  "accounts.google.com:aud",
  "cognito-identity.amazonaws.com:aud",
);

const awsPrincipal = fc.constantFrom<unknown>(
  "*",
  { AWS: "*" },
  { AWS: "999999999999" },
  { AWS: "arn:aws:iam::999999999999:role/deploy-*" },
  { AWS: "arn:aws:iam::999999999999:user/a?b" },
  { AWS: unresolved("var.partner_account") },
  { AWS: `arn:aws:iam::${unresolved("var.acct")}:role/deploy*` },
  { AWS: unresolved("aws_iam_role.partner[*].arn") },
  { AWS: unresolved("Ref PartnerAccount") },
  { AWS: `arn:aws:iam::${unresolved("Fn::ImportValue SharedAccount")}:root` },
  { Service: "sns.amazonaws.com" },
  { CanonicalUser: "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be" },
);

const orgCondition = fc.constantFrom<Record<string, unknown> | undefined>(
  undefined,
  { StringEquals: { "aws:PrincipalOrgID": "o-abcdefghij" } },
  { StringEquals: { "aws:PrincipalOrgID": ["o-abcdefghij", "o-zyxwvutsrq"] } },
  { StringLike: { "aws:PrincipalArn": "arn:aws:iam::999999999999:role/ci-*" } },
  { StringEquals: { "aws:SourceAccount": "999999999999" } },
  { StringEquals: { "aws:PrincipalAccount": unresolved("var.partner_account") } },
);

const trustStatement = fc
  .tuple(
    federated,
    fc.array(fc.tuple(claimKey, fc.array(subject, { minLength: 1, maxLength: 3 })), { maxLength: 2 }),
    fc.constantFrom("sts:AssumeRoleWithWebIdentity", "sts:AssumeRoleWithSAML", [
      "sts:AssumeRole*",
      "sts:TagSession",
    ]),
    fc.constantFrom("StringLike", "StringEquals"),
  )
  .map(([provider, claims, Action, op]) => {
    const block: Record<string, unknown> = {};
    for (const [key, values] of claims) block[key] = values.length === 1 ? values[0] : values;
    return {
      Effect: "Allow",
      Principal: { Federated: provider },
      Action,
      ...(claims.length > 0 ? { Condition: { [op]: block } } : {}),
    };
  });

const awsStatement = fc
  .tuple(
    awsPrincipal,
    fc.constantFrom<[string, unknown]>(
      ["Action", "sts:AssumeRole"],
      ["Action", ["s3:GetObject", "s3:List*"]],
      ["Action", "*"],
      ["NotAction", "s3:DeleteObject"],
    ),
    orgCondition,
  )
  .map(([Principal, [key, actions], Condition]) => ({
    Effect: "Allow",
    Principal,
    [key]: actions,
    Resource: "*",
    ...(Condition ? { Condition } : {}),
  }));

const resource = fc.constantFrom(
  { source: "terraform" as const, address: "aws_iam_role.deploy", type: "aws_iam_role" },
  { source: "terraform" as const, address: 'module.ci["a*b"].aws_iam_role.this[0]', type: "aws_iam_role" },
  { source: "cloudformation" as const, address: "DeployRole", type: "AWS::IAM::Role", stack: "ci" },
  {
    source: "cdk" as const,
    address: "DeployRole5E6F7A8B",
    type: "AWS::IAM::Role",
    stack: "Ci",
    constructPath: "Ci/Deploy?Role/Resource",
  },
);

const reportArb = fc.tuple(
  fc.array(fc.oneof(trustStatement, awsStatement), { minLength: 1, maxLength: 4 }),
  fc.array(resource, { minLength: 1, maxLength: 2 }),
  fc.boolean(),
);

describe("suggested allowlist entries (issue 19 item 3)", () => {
  it("validate, and approve every grant they were suggested for", () => {
    let principals = 0;
    let federatedSeen = 0;
    let idpSeen = 0;
    check(
      "suggested entries",
      fc.property(reportArb, ([statements, resources, trustPolicy]) => {
        const grants: ReportGrant[] = [];
        for (const [i, r] of resources.entries()) {
          const analysis = analyzePolicy(
            { Version: "2012-10-17", Statement: statements },
            { zone: ZONE, trustPolicy, identityProviders: PROVIDERS },
          );
          for (const pg of analysis.grants) {
            grants.push({
              id: `g${grants.length}`,
              change: "present",
              // As extract.ts's toGrant: an account that is not 12 digits is no account.
              principal: {
                ...pg.principal,
                accountId: /^\d{12}$/.test(pg.principal.accountId ?? "") ? pg.principal.accountId : null,
              },
              classification: pg.classification,
              ...(pg.subkind ? { subkind: pg.subkind } : {}),
              mechanism: trustPolicy ? "trust-policy" : "resource-policy",
              resource: { ...r, file: `f${i}.tf`, line: 1, target: r.address, unit: "." },
              actions: pg.actions,
              ...(pg.notActions ? { notActions: pg.notActions } : {}),
              conditions: pg.conditions,
            });
          }
        }
        const byPrincipal = new Map<string, ReportGrant[]>();
        for (const g of grants.filter((x) => GATED.has(x.classification))) {
          byPrincipal.set(g.principal.id, [...(byPrincipal.get(g.principal.id) ?? []), g]);
        }
        for (const list of byPrincipal.values()) {
          const first = list[0]!;
          principals++;
          if (first.principal.type === "Federated") federatedSeen++;
          const entry = suggestedEntry({ ...first.principal, classification: first.classification }, list);
          const yaml = ["approvals:", ...suggestedEntryYaml(entry)].join("\n");
          const loaded = parseAllowlist(".github/cross-account-allowlist.yml", yaml);
          if ("errors" in loaded) {
            throw new Error(`suggested entry rejected: ${JSON.stringify(loaded.errors)}\n${yaml}`);
          }
          if (entry.identityProvider !== undefined) {
            // The alternative the comment offers for an own IdP: it loads, and it names this provider.
            idpSeen++;
            const trusted = parseAllowlist(
              "a.yml",
              `trusted:\n  identity-providers: [${JSON.stringify(entry.identityProvider)}]\n`,
            );
            if ("errors" in trusted)
              throw new Error(`identity-providers entry rejected: ${JSON.stringify(trusted.errors)}`);
            if (!isTrustedProvider(first.principal, trusted.allowlist.zone.identityProviders ?? []))
              throw new Error(
                `identity-providers entry ${entry.identityProvider} does not name ${first.principal.id}`,
              );
          }
          for (const g of list) {
            if (findApproval(loaded.allowlist, g, "2026-12-01") === null)
              throw new Error(
                `suggested entry does not approve ${g.principal.id} (${g.classification}) on ${g.resource.address}:\n${yaml}`,
              );
          }
        }
        return true;
      }),
      runs(1000),
    );
    console.log(
      `suggested entries: ${principals} gated principals, ${federatedSeen} federated, ${idpSeen} with an identity-providers alternative`,
    );
    expect(federatedSeen).toBeGreaterThan(100);
    expect(idpSeen).toBeGreaterThan(50);
  });

  it("the GitHub OIDC wildcard trust of issue 19 gets a host#subject entry that loads and matches", () => {
    const pg = analyzePolicy(
      {
        Statement: [
          {
            Effect: "Allow",
            Action: "sts:AssumeRoleWithWebIdentity",
            Principal: { Federated: resourceRef("aws_iam_openid_connect_provider.x", "arn") },
            Condition: { StringLike: { [`${GITHUB}:sub`]: "repo:someone-else/*:*" } },
          },
        ],
      },
      {
        zone: ZONE,
        trustPolicy: true,
        identityProviders: { "aws_iam_openid_connect_provider.x": { kind: "oidc", issuer: GITHUB } },
      },
    ).grants[0]!;
    expect([pg.principal.id, pg.classification]).toEqual([
      "${aws_iam_openid_connect_provider.x.arn}#repo:someone-else/*:*",
      "federated",
    ]);
    const grant: ReportGrant = {
      id: "g0",
      change: "added",
      principal: pg.principal,
      classification: pg.classification,
      mechanism: "trust-policy",
      resource: {
        source: "terraform",
        file: "main.tf",
        line: 3,
        address: "aws_iam_role.ci",
        type: "aws_iam_role",
        unit: ".",
      },
      actions: pg.actions,
      conditions: pg.conditions,
    };
    const entry = suggestedEntry({ ...pg.principal, classification: pg.classification }, [grant]);
    expect(entry).toEqual({
      principal: `${GITHUB}#repo:someone-else/*:*`,
      resources: ["aws_iam_role.ci"],
      actions: ["sts:AssumeRoleWithWebIdentity"],
    });
    const loaded = parseAllowlist("a.yml", ["approvals:", ...suggestedEntryYaml(entry)].join("\n"));
    if ("errors" in loaded) throw new Error(JSON.stringify(loaded.errors));
    expect(findApproval(loaded.allowlist, grant, "2026-12-01")).not.toBeNull();
    // The same subject on another provider of GitHub, or a wider subject, is not approved by it.
    const wider = {
      ...grant,
      principal: { ...grant.principal, id: `${grant.principal.id.split("#")[0]}#repo:*` },
    };
    expect(findApproval(loaded.allowlist, wider, "2026-12-01")).toBeNull();
    const otherIssuer = { ...grant, principal: { ...grant.principal, provider: "gitlab.com" } };
    expect(findApproval(loaded.allowlist, otherIssuer, "2026-12-01")).toBeNull();
  });
});
