/**
 * What each OIDC / web-identity issuer is, as data (issue 18 item 2). The provider a trust names
 * is known from the provider itself (its ARN, or the IAM OIDC provider resource's URL); this table
 * then says who can hold a token of that issuer and which claim keys narrow that set.
 *
 * - `shared`: every customer of the service gets tokens from the same issuer. Without a condition
 *   on one of `narrowing` (a positive one, not `…IfExists`) anyone on the service gets in
 *   (public-equivalent). `aud` never narrows these issuers: the job chooses its audience.
 * - `tenant`: the issuer belongs to one tenant (a CircleCI organisation, a Bitbucket workspace, an
 *   Azure AD tenant, an EKS cluster, the company's own IdP). Who that tenant is cannot be read from
 *   the code: `federated` (gated) unless `trusted.identity-providers` lists it.
 *
 * Issuers not in the table are `tenant` (a single-tenant IdP: Okta, Auth0 tenant, Keycloak, …).
 * A condition on a claim key the issuer does not set (or that STS does not pass on) narrows
 * nothing: only the keys listed under `narrowing` count.
 *
 * Condition keys are `<issuer>:<claim>` where <issuer> is the provider URL without `https://`
 * (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#condition-keys-wif);
 * STS passes on `sub`, `aud` (for Google the `azp` when present), `amr` (Cognito), `oaud`, `email`,
 * and for the web-identity literals the app-id keys; other custom claims are not available
 * (GitHub: "AWS does not support custom claims for OIDC",
 * https://docs.github.com/en/actions/how-tos/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services).
 */

export type Tenancy = "shared" | "tenant";

export interface IssuerFact {
  /** What a reviewer reads, e.g. "GitHub Actions". */
  name: string;
  /** Lower-case issuer (host and path, no scheme, no trailing slash). */
  pattern: RegExp;
  tenancy: Tenancy;
  /** Claims (after `<issuer>:`) whose positive condition narrows who gets in, tightest first. */
  narrowing: readonly string[];
  /**
   * For `shared` issuers whose subject names the customer first: the subject must bind the owner
   * literally (capture group 1), else a wildcard before the owner lets any customer in.
   */
  owner?: readonly RegExp[];
  /** The documentation the row rests on. */
  docs: readonly string[];
}

export const ISSUERS: readonly IssuerFact[] = [
  {
    name: "GitHub Actions",
    pattern: /^token\.actions\.githubusercontent\.com$/,
    tenancy: "shared",
    narrowing: ["sub"],
    // sub = repo:OWNER/REPO:…, or a customised template starting with repository_owner(_id).
    owner: [/^repo:([^/*?]+)\//i, /^repository_owner:([^:*?]+):/i, /^repository_owner_id:([^:*?]+):/i],
    docs: [
      "https://docs.github.com/en/actions/reference/security/oidc (sub, custom audience)",
      "https://docs.github.com/en/actions/how-tos/security-for-github-actions/security-hardening-your-deployments/configuring-openid-connect-in-amazon-web-services",
    ],
  },
  {
    name: "GitLab.com CI",
    pattern: /^gitlab\.com$/,
    tenancy: "shared",
    narrowing: ["sub"],
    owner: [/^project_path:([^/*?]+)\//i],
    docs: [
      "https://docs.gitlab.com/ci/secrets/id_token_authentication/ (sub = project_path:GROUP/PROJECT:ref_type:…; aud chosen by the job)",
    ],
  },
  {
    name: "HCP Terraform",
    pattern: /^app\.terraform\.io$/,
    tenancy: "shared",
    narrowing: ["sub"],
    owner: [/^organization:([^:*?]+):/i],
    docs: [
      "https://developer.hashicorp.com/terraform/cloud-docs/workspaces/dynamic-provider-credentials/workload-identity-tokens (sub = organization:ORG:project:…:workspace:…:run_phase:…)",
    ],
  },
  {
    name: "Buildkite",
    pattern: /^agent\.buildkite\.com$/,
    tenancy: "shared",
    narrowing: ["sub"],
    owner: [/^organization:([^:*?]+):/i],
    docs: [
      "https://buildkite.com/docs/pipelines/security/oidc/aws (provider https://agent.buildkite.com, sub = organization:ORG:pipeline:…)",
      "https://buildkite.com/docs/agent/v3/cli-oidc (--audience chosen by the job)",
    ],
  },
  {
    name: "Google",
    pattern: /^accounts\.google\.com$/,
    tenancy: "shared",
    // accounts.google.com:aud is the azp (OAuth client / service account) when the token has one.
    narrowing: ["aud", "sub"],
    docs: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_aud",
    ],
  },
  {
    name: "Amazon Cognito identity pools",
    pattern: /^cognito-identity\.amazonaws\.com$/,
    tenancy: "shared",
    narrowing: ["aud"],
    docs: ["https://docs.aws.amazon.com/cognito/latest/developerguide/role-trust-and-permissions.html"],
  },
  {
    name: "Facebook",
    pattern: /^graph\.facebook\.com$/,
    tenancy: "shared",
    narrowing: ["app_id"],
    docs: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_appid",
    ],
  },
  {
    name: "Login with Amazon",
    pattern: /^www\.amazon\.com$/,
    tenancy: "shared",
    narrowing: ["app_id", "user_id"],
    docs: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_appid",
    ],
  },
  {
    name: "Microsoft Entra ID (multi-tenant endpoint)",
    pattern: /^login\.microsoftonline\.com\/(common|organizations|consumers)(\/v2\.0)?$/,
    tenancy: "shared",
    narrowing: ["sub"],
    docs: [
      "https://learn.microsoft.com/en-us/entra/identity-platform/howto-convert-app-to-be-multi-tenant (common / organizations accept users of any tenant)",
    ],
  },
  {
    name: "GitHub Enterprise (its own issuer)",
    pattern: /^token\.actions\.githubusercontent\.com\/[^/]+$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://docs.github.com/en/enterprise-cloud@latest/actions/reference/security/oidc#switching-to-a-unique-token-url (one issuer per enterprise)",
    ],
  },
  {
    name: "CircleCI organisation",
    pattern: /^oidc\.circleci\.com\/org\/[^/]+$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://circleci.com/docs/openid-connect-tokens/ (issuer https://oidc.circleci.com/org/ORG_ID: one issuer per organisation)",
    ],
  },
  {
    name: "Bitbucket Pipelines workspace",
    pattern: /^api\.bitbucket\.org\/2\.0\/workspaces\/[^/]+\/pipelines-config\/identity\/oidc$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://support.atlassian.com/bitbucket-cloud/docs/integrate-pipelines-with-resource-servers-using-oidc/ (one identity provider URL per workspace)",
    ],
  },
  {
    name: "Microsoft Entra ID tenant",
    pattern: /^(sts\.windows\.net\/[0-9a-f-]+|login\.microsoftonline\.com\/[0-9a-f-]{36}(\/v2\.0)?)$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: ["https://learn.microsoft.com/en-us/entra/identity-platform/access-tokens (iss names the tenant)"],
  },
  {
    name: "Amazon EKS cluster",
    pattern: /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[^/]+$/,
    tenancy: "tenant",
    narrowing: ["sub"],
    docs: [
      "https://docs.aws.amazon.com/eks/latest/userguide/associate-service-account-role.html (sub = system:serviceaccount:NS:NAME; any pod of the cluster holds a token)",
    ],
  },
];

const UNKNOWN: IssuerFact = {
  name: "identity provider",
  pattern: /^$/,
  tenancy: "tenant",
  narrowing: ["sub"],
  docs: [],
};

/** The issuer as IAM keys it: lower case, no scheme, no trailing slash. */
export function normalizeIssuer(text: string): string {
  return text
    .trim()
    .replace(/^https:\/\//i, "")
    .replace(/\/+$/, "")
    .toLowerCase();
}

/** The table's row for an issuer; unknown issuers are single-tenant. */
export function issuerFact(issuer: string): IssuerFact {
  const key = normalizeIssuer(issuer);
  return ISSUERS.find((f) => f.pattern.test(key)) ?? UNKNOWN;
}

/** Is this issuer shared by every customer of a service (GitHub, GitLab.com, Google, …)? */
export function isSharedIssuer(issuer: string): boolean {
  return issuerFact(issuer).tenancy === "shared";
}
