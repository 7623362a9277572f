import type { ReportGrant, ReportPrincipal } from "./types.js";

/**
 * A principal as a reviewer reads it: who it is in words, why the check gates it, and for an
 * unresolved one what would resolve it. Plain text (the renderers escape it); pure.
 */
export interface PrincipalWords {
  /** "Anyone (public)", "GitHub Actions: any workflow of repo someone-else/*, any ref", "Account 999988887777 — Datadog". */
  heading: string;
  /** Why it is gated: "account 999988887777 is not in trusted.accounts". */
  why: string;
  /** What resolves an unresolved principal: where a value goes, or trusted.expressions. */
  hint?: string;
}

const GITHUB_ISSUER = "token.actions.githubusercontent.com";
const GITHUB_SUBKINDS = new Set(["github-oidc", "github-org", "github-any-repo"]);

export function principalWords(p: ReportPrincipal, grants: readonly ReportGrant[]): PrincipalWords {
  const first = grants[0];
  const subkind = first?.subkind;
  const unresolved = [...new Set(grants.flatMap((g) => g.unresolved ?? []))];
  const federated = splitFederated(p.id);
  const github =
    (subkind !== undefined && GITHUB_SUBKINDS.has(subkind)) ||
    federated.provider.includes(GITHUB_ISSUER) ||
    /^repo(sitory_owner)?:/i.test(federated.subject ?? "");

  switch (p.classification) {
    case "public": {
      if (github)
        return {
          heading: federated.subject
            ? `GitHub Actions: ${githubSubjectWords(federated.subject)} (public)`
            : "GitHub Actions: any workflow of any repository on GitHub (public)",
          why: "the trust does not narrow the token's subject to repositories of one organization, so any repository on GitHub can assume it",
        };
      if (p.type === "Federated")
        return {
          heading: `Any user of ${providerWords(federated.provider)} (public)`,
          why: "the trust does not narrow who among the identity provider's users may sign in",
        };
      return { heading: "Anyone (public)", why: "open to any principal: public access is never trusted" };
    }
    case "unresolved": {
      const named = unresolved.length > 0 ? unresolved : [p.accountId ?? p.id];
      return {
        heading: `Unresolved: ${named[0]}${named.length > 1 ? ` and ${named.length - 1} more` : ""}`,
        why: "who gets access depends on a value that is not in the repository",
        hint: named.map(unresolvedHint).join("; "),
      };
    }
    case "federated": {
      if (github)
        return {
          heading: `GitHub Actions: ${githubSubjectWords(federated.subject ?? "*")}`,
          why: "a GitHub organization that is not in trusted.github-orgs",
        };
      return {
        heading: `Federated: ${providerWords(federated.provider)}${federated.subject ? `, subject ${federated.subject}` : ""}`,
        why: "users of an identity provider that is not in trusted.identity-providers",
      };
    }
    default: {
      const account = p.accountId && /^\d{12}$/.test(p.accountId) ? p.accountId : null;
      const label = p.label ? ` — ${p.label}` : "";
      const isRoot = account !== null && /^arn:aws[\w-]*:iam::\d{12}:root$/.test(p.id);
      const heading =
        account && (isRoot || p.id === account)
          ? `Account ${account}${label}`
          : account
            ? `${shortArn(p.id)} in account ${account}${label}`
            : `${p.id}${label}`;
      return {
        heading,
        why: account ? `account ${account} is not in trusted.accounts` : "outside the zone of trust",
      };
    }
  }
}

/** `provider#subject` as the federated readers write it; the provider alone when there is no subject. */
function splitFederated(id: string): { provider: string; subject?: string } {
  const hash = id.lastIndexOf("#");
  if (hash < 0) return { provider: id };
  return { provider: id.slice(0, hash), subject: id.slice(hash + 1) };
}

/** The issuer host of an OIDC provider ARN, or the provider as written (an expression). */
function providerWords(provider: string): string {
  const m = /:oidc-provider\/(.+)$/.exec(provider) ?? /:saml-provider\/(.+)$/.exec(provider);
  return m ? m[1]! : provider;
}

/** `role/deploy` of `arn:aws:iam::123456789012:role/deploy`; other ARNs as written. */
function shortArn(arn: string): string {
  const m = /^arn:aws[\w-]*:iam::\d{12}:(.+)$/.exec(arn);
  return m ? m[1]! : arn;
}

/**
 * A GitHub subject pattern in words: `repo:acme/*:*` → "any workflow of repo acme/*, any ref";
 * `repo:acme/app:ref:refs/heads/main` → "workflows of repo acme/app on branch main".
 */
export function githubSubjectWords(subject: string): string {
  const m = /^repo:([^:]+)(?::(.*))?$/i.exec(subject);
  if (!m) {
    const owner = /^repository_owner:([^:]+)(?::(.*))?$/i.exec(subject);
    if (owner) return `workflows of any repository of ${owner[1]}`;
    return subject === "*" ? "any workflow of any repository" : `subject ${subject}`;
  }
  const repo = m[1]!;
  const rest = m[2] ?? "*";
  if (rest === "*") return `any workflow of repo ${repo}, any ref`;
  const ref = /^ref:refs\/(heads|tags)\/(.+)$/.exec(rest);
  if (ref) return `workflows of repo ${repo} on ${ref[1] === "heads" ? "branch" : "tag"} ${ref[2]}`;
  const env = /^environment:(.+)$/.exec(rest);
  if (env) return `workflows of repo ${repo} in environment ${env[1]}`;
  if (rest === "pull_request") return `pull request workflows of repo ${repo}`;
  return `workflows of repo ${repo} with subject ${rest}`;
}

/** What makes one unresolved expression known: a committed value, or trusting it. */
export function unresolvedHint(expression: string): string {
  const variable = /^(?:\$\{)?var\.([\w-]+)/.exec(expression);
  if (variable)
    return `no committed value for var.${variable[1]}: set it in terraform.tfvars or list it in trusted.expressions`;
  const ref = /^Ref ([\w:]+)$/.exec(expression);
  if (ref)
    return `no value for the parameter ${ref[1]}: give it a Default, pass it with --cfn-parameters, or list it in trusted.expressions`;
  if (/^(?:\$\{)?(?:data|module|local)\./.test(expression) || /^(?:\$\{)?aws_/.test(expression))
    return `${expression} is known only when Terraform runs: pass a plan (terraform-plan input, --plan), or list it in trusted.expressions if it is always one of your accounts`;
  return `${expression} is not known from the repository: list it in trusted.expressions if it is always one of your accounts`;
}
