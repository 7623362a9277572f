import { createHash } from "node:crypto";
import { isNotCommitted } from "./markdown.js";
import { principalWords } from "./principal-words.js";
import type { Report, ReportGrant } from "./types.js";

/** Where the README explains the findings; each rule links to its own section. */
const README = "https://github.com/cross-account-guard/cross-account-guard#";

/** How to approve or remove a finding: the same for every rule. */
const APPROVE =
  "If the access is intended, approve it with an entry under `approvals:` in the allowlist (`.github/cross-account-allowlist.yml` by default) with a reason, who approved it and, best, `resources`, `actions` and `expires`; if it is not, remove the grant. An account or organization that is your own belongs in `trusted:` instead.";

/**
 * One rule per classification of a gated principal. security-severity (GitHub code scanning:
 * 9.0 and above critical, 7.0 to 8.9 high) follows the comment's order of severity.
 */
const RULES = {
  public: {
    id: "CAG001",
    name: "PublicAccess",
    text: "A resource is open to any principal (public access).",
    help: "Anyone can use this access: a `*` principal without a condition that narrows it to your accounts or organization, a GitHub OIDC trust without a subject narrowed to one organization, an S3 ACL for all users.",
    anchor: "cag001-public-access",
    severity: "9.1",
  },
  unresolved: {
    id: "CAG004",
    name: "UnresolvedPrincipal",
    text: "Who gets access could not be determined statically.",
    help: "The principal depends on a value the repository does not hold (a Terraform variable without a committed value, a CloudFormation parameter without a default, an attribute known only at apply). Commit the value (terraform.tfvars, a parameter Default), pass a plan, or list the expression in `trusted.expressions` if it is always one of your accounts.",
    anchor: "cag004-unresolved-principal",
    severity: "8.5",
  },
  federated: {
    id: "CAG003",
    name: "FederatedAccess",
    text: "An identity provider's users get access.",
    help: "Users of an identity provider outside the zone of trust can assume the role: for GitHub OIDC, workflows of repositories of another organization (`trusted.github-orgs` lists your own).",
    anchor: "cag003-federated-access",
    severity: "8.0",
  },
  external: {
    id: "CAG002",
    name: "UnapprovedExternalAccess",
    text: "A principal outside the zone of trust gets access.",
    help: "An AWS account that is not in `trusted.accounts` (or an organization not in `trusted.organizations`) gets access.",
    anchor: "cag002-unapproved-external-access",
    severity: "7.5",
  },
} as const;

/** GitHub code scanning keeps at most 1,000 locations of a result. */
const MAX_LOCATIONS = 1000;

export interface SarifOptions {
  /** Path prefixes of files that are not committed (a synthesized cdk-out): construct paths only. */
  notCommitted?: readonly string[];
}

/**
 * SARIF 2.1.0: one result per unapproved principal with one location per grant and a stable
 * fingerprint; the files that could not be read are the run's tool execution notifications.
 */
export function renderSarif(report: Report, version: string, options: SarifOptions = {}): string {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const results = report.principals
    .filter((p) => !p.approved)
    .map((p) => {
      const rule = RULES[p.classification as keyof typeof RULES] ?? RULES.external;
      const grants = p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
      const words = principalWords(p, grants);
      const resources = [...new Set(grants.map((g) => `${g.resource.unit}:${g.resource.address}`))].sort();
      const fingerprint = createHash("sha256")
        .update(JSON.stringify([p.id, p.classification, resources]))
        .digest("hex");
      const state = p.pendingApproval
        ? "its approval is pending (added by this change)"
        : (words.hint ?? words.why);
      return {
        ruleId: rule.id,
        level: "error",
        message: {
          text: `${words.heading} (${p.id}) gets ${p.classification} access to ${resources.join(", ")} without an approval in the allowlist: ${state}.`,
        },
        locations: grants
          .slice(0, MAX_LOCATIONS)
          .map((g) => location(g, isNotCommitted(g.resource.file, options))),
        partialFingerprints: { "crossAccountGuard/v1": fingerprint },
        properties: { principal: p.id, classification: p.classification, accountId: p.accountId },
      };
    });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Cross-Account Guard",
            version,
            informationUri: "https://github.com/cross-account-guard/cross-account-guard",
            rules: Object.values(RULES).map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.text },
              fullDescription: { text: `${r.text} ${stripCode(r.help)}` },
              help: {
                text: `${stripCode(r.help)} ${stripCode(APPROVE)}`,
                markdown: `${r.help}\n\n${APPROVE}`,
              },
              helpUri: `${README}${r.anchor}`,
              defaultConfiguration: { level: "error" },
              properties: { "security-severity": r.severity, tags: ["security", "external/cwe/cwe-284"] },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.errors.map((e) => ({
              level: e.blocking ? "error" : "warning",
              message: { text: `${e.file}${e.line ? `:${e.line}` : ""} could not be analysed: ${e.message}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: e.file },
                    ...(e.line ? { region: { startLine: e.line } } : {}),
                  },
                },
              ],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}

/** A grant's place: its file and line, and the resource (construct path for CDK) by name. */
function location(g: ReportGrant, uncommitted: boolean) {
  const r = g.resource;
  const logical = [{ fullyQualifiedName: r.constructPath ?? r.address, kind: "resource" }];
  if (uncommitted) return { logicalLocations: logical };
  return {
    physicalLocation: {
      artifactLocation: { uri: r.file },
      region: { startLine: Math.max(1, r.line) },
    },
    logicalLocations: logical,
  };
}

function stripCode(text: string): string {
  return text.replace(/`/g, "");
}
