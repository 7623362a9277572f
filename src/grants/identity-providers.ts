/**
 * Identity provider resources, as data: the property that holds the OIDC issuer URL or the SAML
 * provider's name. A trust policy whose `Federated` principal references one of them (by ARN,
 * `Ref` or `GetAtt`) is classified by that URL or name (policy/federated.ts), never by guessing
 * from its condition keys.
 */
import { hasToken } from "../model/symbolic.js";
import type { ResourceRecord } from "../model/types.js";
import { normalizeIssuer } from "../policy/issuers.js";
import type { IdentityProviderFact } from "../policy/types.js";
import type { TableFormat } from "./table.js";

interface ProviderRow {
  type: string;
  format: TableFormat;
  kind: "oidc" | "saml";
  /** The property with the issuer URL (OIDC) or the provider name (SAML). */
  property: string;
}

export const IDENTITY_PROVIDER_TYPES: readonly ProviderRow[] = [
  { type: "aws_iam_openid_connect_provider", format: "terraform", kind: "oidc", property: "url" },
  { type: "aws_iam_saml_provider", format: "terraform", kind: "saml", property: "name" },
  { type: "AWS::IAM::OIDCProvider", format: "cloudformation", kind: "oidc", property: "Url" },
  { type: "AWS::IAM::SAMLProvider", format: "cloudformation", kind: "saml", property: "Name" },
  // CDK's iam.OpenIdConnectProvider is a custom resource whose Ref is the provider's ARN.
  { type: "Custom::AWSCDKOpenIdConnectProvider", format: "cloudformation", kind: "oidc", property: "Url" },
];

const byType = new Map(IDENTITY_PROVIDER_TYPES.map((r) => [r.type, r]));

/** The Terraform identity-provider types (src/grants/read-types.ts reads them with the grant types). */
export const TERRAFORM_IDENTITY_PROVIDER_TYPES: readonly string[] = IDENTITY_PROVIDER_TYPES.filter(
  (r) => r.format === "terraform",
).map((r) => r.type);

/** The identity providers among the records, by address; URL or name only when known statically. */
export function identityProviders(records: readonly ResourceRecord[]): Record<string, IdentityProviderFact> {
  const out: Record<string, IdentityProviderFact> = Object.create(null);
  for (const record of records) {
    const row = byType.get(record.type);
    if (!row) continue;
    const value = record.properties[row.property];
    const known = typeof value === "string" && value.trim() !== "" && !hasToken(value);
    const fact: IdentityProviderFact = { kind: row.kind };
    if (known && row.kind === "oidc") fact.issuer = normalizeIssuer(value);
    if (known && row.kind === "saml") fact.name = value.trim();
    // A provider without a name (CloudFormation generates one) is still a SAML provider.
    out[record.address] = fact;
  }
  return out;
}
