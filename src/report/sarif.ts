import { createHash } from "node:crypto";
import type { Report, ReportGrant } from "./types.js";

const RULES = {
  public: {
    id: "CAG001",
    name: "PublicAccess",
    text: "A resource is open to any principal (public access).",
  },
  external: {
    id: "CAG002",
    name: "UnapprovedExternalAccess",
    text: "A principal outside the zone of trust gets access.",
  },
  federated: { id: "CAG003", name: "FederatedAccess", text: "An identity provider's users get access." },
  unresolved: {
    id: "CAG004",
    name: "UnresolvedPrincipal",
    text: "Who gets access could not be determined statically.",
  },
} as const;

/** SARIF 2.1.0: one result per unapproved principal, located at its first grant, with a stable fingerprint. */
export function renderSarif(report: Report, version: string): string {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const results = report.principals
    .filter((p) => !p.approved)
    .map((p) => {
      const rule = RULES[p.classification as keyof typeof RULES] ?? RULES.external;
      const grants = p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
      const first = grants[0];
      const resources = [...new Set(grants.map((g) => `${g.resource.unit}:${g.resource.address}`))].sort();
      const fingerprint = createHash("sha256")
        .update(JSON.stringify([p.id, p.classification, resources]))
        .digest("hex");
      return {
        ruleId: rule.id,
        level: "error",
        message: {
          text: `${p.id}${p.label ? ` (${p.label})` : ""} gets ${p.classification} access to ${resources.join(", ")} without an approval in the allowlist.`,
        },
        locations: first
          ? [
              {
                physicalLocation: {
                  artifactLocation: { uri: first.resource.file },
                  region: { startLine: Math.max(1, first.resource.line) },
                },
              },
            ]
          : [],
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
              defaultConfiguration: { level: "error" },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
