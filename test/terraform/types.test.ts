// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { describe, expect, test } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { GRANT_TABLE, TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { fixtureSnapshot } from "./fixture.js";

/**
 * Terraform resource types of the grant table, read from fixtures/terraform/types/<root> and run
 * through readTerraformRoot + extractGrants: for each grant the address, the type, the principal
 * id, the classification, the mechanism, the actions and the protected resource (target).
 * Zone: own account 111111111111, own organization o-own0000000.
 */
type Row = [
  address: string,
  type: string,
  principal: string,
  classification: string,
  mechanism: string,
  actions: string[],
  target: string,
];

const ZONE = { ...EMPTY_ZONE, accounts: ["111111111111"], organizations: ["o-own0000000"] };

const EXPECTED: Record<string, Row[]> = {
  policies: [
    [
      "aws_msk_cluster_policy.partner",
      "aws_msk_cluster_policy",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      ["kafka:CreateVpcConnection", "kafka:DescribeCluster", "kafka:GetBootstrapBrokers"],
      "aws_msk_cluster.events",
    ],
    [
      "aws_vpclattice_resource_policy.network",
      "aws_vpclattice_resource_policy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      ["vpc-lattice:CreateServiceNetworkVpcAssociation", "vpc-lattice:GetServiceNetwork"],
      "aws_vpclattice_service_network.shared",
    ],
    // Any authenticated caller of any account: the provider's own example.
    [
      "aws_vpclattice_auth_policy.service",
      "aws_vpclattice_auth_policy",
      "*",
      "public",
      "resource-policy",
      ["*"],
      "aws_vpclattice_service.api",
    ],
    [
      "aws_organizations_resource_policy.delegate",
      "aws_organizations_resource_policy",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      ["organizations:DescribeOrganization", "organizations:ListAccounts"],
      "aws_organizations_resource_policy.delegate",
    ],
    [
      "aws_xray_resource_policy.traces",
      "aws_xray_resource_policy",
      "arn:aws:iam::555555555555:role/tracer",
      "external",
      "resource-policy",
      ["xray:PutTelemetryRecords", "xray:PutTraceSegments"],
      "aws_xray_resource_policy.traces",
    ],
    [
      "aws_schemas_registry_policy.events",
      "aws_schemas_registry_policy",
      "arn:aws:iam::666666666666:root",
      "external",
      "resource-policy",
      ["schemas:DescribeSchema", "schemas:ListSchemas"],
      "aws_schemas_registry.events",
    ],
    [
      "aws_cloudwatch_log_delivery_destination_policy.central",
      "aws_cloudwatch_log_delivery_destination_policy",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      ["logs:CreateDelivery"],
      "aws_cloudwatch_log_delivery_destination.central",
    ],
    [
      "aws_sesv2_email_identity_policy.sender",
      "aws_sesv2_email_identity_policy",
      "arn:aws:iam::888888888888:user/mailer",
      "external",
      "resource-policy",
      ["ses:SendEmail", "ses:SendRawEmail"],
      "aws_sesv2_email_identity.domain",
    ],
    [
      "aws_acmpca_policy.ca",
      "aws_acmpca_policy",
      "o-own0000000",
      "internal",
      "resource-policy",
      ["acm-pca:GetCertificate", "acm-pca:IssueCertificate"],
      "aws_acmpca_certificate_authority.root",
    ],
    [
      "aws_cloudsearch_domain_service_access_policy.search",
      "aws_cloudsearch_domain_service_access_policy",
      "*",
      "public",
      "resource-policy",
      ["cloudsearch:document", "cloudsearch:search"],
      "aws_cloudsearch_domain.docs",
    ],
    [
      "aws_oam_sink_policy.monitoring",
      "aws_oam_sink_policy",
      "arn:aws:iam::999999999999:root",
      "external",
      "resource-policy",
      ["oam:CreateLink", "oam:UpdateLink"],
      "aws_oam_sink.monitoring",
    ],
    [
      "aws_prometheus_resource_policy.workspace",
      "aws_prometheus_resource_policy",
      "arn:aws:iam::222222222222:role/grafana",
      "external",
      "resource-policy",
      ["aps:GetLabels", "aps:QueryMetrics"],
      "aws_prometheus_workspace.metrics",
    ],
    [
      "aws_redshift_resource_policy.integration",
      "aws_redshift_resource_policy",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      ["redshift:CreateInboundIntegration"],
      "aws_redshift_cluster.warehouse",
    ],
    [
      "aws_redshiftserverless_resource_policy.snapshots",
      "aws_redshiftserverless_resource_policy",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      ["redshift-serverless:RestoreFromSnapshot"],
      "aws_redshiftserverless_snapshot.nightly",
    ],
    [
      "aws_s3control_access_grants_instance_resource_policy.grants",
      "aws_s3control_access_grants_instance_resource_policy",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      ["s3:GetAccessGrant", "s3:GetDataAccess"],
      "aws_s3control_access_grants_instance_resource_policy.grants",
    ],
    // Anyone who reaches the VPC endpoint: public, network-restricted.
    [
      "aws_api_gateway_domain_name.private",
      "aws_api_gateway_domain_name",
      "*",
      "public",
      "resource-policy",
      ["execute-api:Invoke"],
      "aws_api_gateway_domain_name.private",
    ],
    [
      "aws_fsx_s3_access_point_attachment.volume",
      "aws_fsx_s3_access_point_attachment",
      "arn:aws:iam::666666666666:role/analytics",
      "external",
      "resource-policy",
      ["s3:GetObject", "s3:ListBucket"],
      "aws_fsx_s3_access_point_attachment.volume",
    ],
  ],
  sharing: [
    [
      "aws_lambda_function_url.public",
      "aws_lambda_function_url",
      "*",
      "public",
      "function-url-auth",
      ["lambda:InvokeFunctionUrl"],
      "aws_lambda_function.api",
    ],
    [
      "aws_acmpca_permission.acm",
      "aws_acmpca_permission",
      "acm.amazonaws.com",
      "service",
      "resource-policy",
      ["acm-pca:GetCertificate", "acm-pca:IssueCertificate", "acm-pca:ListPermissions"],
      "aws_acmpca_certificate_authority.sub",
    ],
    [
      "aws_signer_signing_profile_permission.partner",
      "aws_signer_signing_profile_permission",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      ["signer:StartSigningJob"],
      "aws_signer_signing_profile.release",
    ],
    [
      "aws_network_interface_permission.appliance",
      "aws_network_interface_permission",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      ["INSTANCE-ATTACH"],
      "aws_network_interface.appliance",
    ],
    [
      "aws_rds_cluster_snapshot_copy.dr",
      "aws_rds_cluster_snapshot_copy",
      "arn:aws:iam::444444444444:root",
      "external",
      "snapshot-share",
      ["rds:CopyDBClusterSnapshot", "rds:RestoreDBClusterFromSnapshot"],
      "aws_rds_cluster_snapshot_copy.dr",
    ],
    [
      "aws_licensemanager_grant.partner",
      "aws_licensemanager_grant",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      [
        "license-manager:CheckInLicense",
        "license-manager:CheckoutLicense",
        "license-manager:ListPurchasedLicenses",
      ],
      "arn:aws:license-manager::111111111111:license:l-0123456789abcdef0",
    ],
    [
      "aws_globalaccelerator_cross_account_attachment.alb",
      "aws_globalaccelerator_cross_account_attachment",
      "arn:aws:iam::666666666666:root",
      "external",
      "resource-policy",
      ["globalaccelerator:cross-account-attachment"],
      "aws_lb.public",
    ],
    [
      "aws_redshift_data_share_authorization.consumer",
      "aws_redshift_data_share_authorization",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      ["redshift:AssociateDataShareConsumer"],
      "arn:aws:redshift:eu-west-1:111111111111:datashare:0a1b2c3d-ffff-4a5b-9c8d-0123456789ab/sales",
    ],
    [
      "aws_redshift_endpoint_authorization.bi",
      "aws_redshift_endpoint_authorization",
      "arn:aws:iam::888888888888:root",
      "external",
      "endpoint-service-permission",
      ["redshift:CreateEndpointAccess"],
      "aws_redshift_cluster.warehouse",
    ],
    [
      "aws_opensearch_authorize_vpc_endpoint_access.search",
      "aws_opensearch_authorize_vpc_endpoint_access",
      "arn:aws:iam::999999999999:root",
      "external",
      "endpoint-service-permission",
      ["es:CreateVpcEndpoint"],
      "aws_opensearch_domain.logs",
    ],
    [
      "aws_s3control_access_grant.analysts",
      "aws_s3control_access_grant",
      "arn:aws:iam::222222222222:role/analyst",
      "external",
      "resource-policy",
      ["READ"],
      "aws_s3control_access_grants_location.data",
    ],
    [
      "aws_config_aggregate_authorization.central",
      "aws_config_aggregate_authorization",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      ["config:aggregation-authorization"],
      "aws_config_aggregate_authorization.central",
    ],
    [
      "aws_securitylake_subscriber.siem",
      "aws_securitylake_subscriber",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      ["securitylake:subscriber"],
      "aws_securitylake_subscriber.siem",
    ],
    [
      "aws_securitylake_custom_log_source.firewall",
      "aws_securitylake_custom_log_source",
      "arn:aws:iam::555555555555:root",
      "external",
      "resource-policy",
      ["securitylake:custom-log-source-write"],
      "aws_securitylake_custom_log_source.firewall",
    ],
    [
      "aws_eks_access_entry.ci",
      "aws_eks_access_entry",
      "arn:aws:iam::666666666666:role/deployer",
      "external",
      "resource-policy",
      ["eks:access-entry"],
      "aws_eks_cluster.main",
    ],
    [
      "aws_servicecatalog_principal_portfolio_association.admins",
      "aws_servicecatalog_principal_portfolio_association",
      "arn:aws:iam::111111111111:role/platform-admin",
      "internal",
      "portfolio-share",
      ["servicecatalog:*"],
      "aws_servicecatalog_portfolio.platform",
    ],
    [
      "aws_directory_service_shared_directory.corp",
      "aws_directory_service_shared_directory",
      "arn:aws:iam::777777777777:root",
      "external",
      "resource-policy",
      ["ds:shared-directory"],
      "aws_directory_service_directory.corp",
    ],
    [
      "aws_auditmanager_framework_share.controls",
      "aws_auditmanager_framework_share",
      "arn:aws:iam::888888888888:root",
      "external",
      "document-share",
      ["auditmanager:framework-share"],
      "aws_auditmanager_framework.controls",
    ],
    [
      "aws_cleanrooms_collaboration.ads",
      "aws_cleanrooms_collaboration",
      "arn:aws:iam::999999999999:root",
      "external",
      "resource-policy",
      ["cleanrooms:collaboration-member"],
      "aws_cleanrooms_collaboration.ads",
    ],
    [
      "aws_guardduty_invite_accepter.member",
      "aws_guardduty_invite_accepter",
      "arn:aws:iam::222222222222:root",
      "external",
      "resource-policy",
      ["guardduty:administrator"],
      "aws_guardduty_invite_accepter.member",
    ],
    [
      "aws_macie2_invitation_accepter.member",
      "aws_macie2_invitation_accepter",
      "arn:aws:iam::333333333333:root",
      "external",
      "resource-policy",
      ["macie2:administrator"],
      "aws_macie2_invitation_accepter.member",
    ],
    [
      "aws_securityhub_invite_accepter.member",
      "aws_securityhub_invite_accepter",
      "arn:aws:iam::444444444444:root",
      "external",
      "resource-policy",
      ["securityhub:administrator"],
      "aws_securityhub_invite_accepter.member",
    ],
    [
      "aws_s3_object.report",
      "aws_s3_object",
      "*",
      "public",
      "s3-acl",
      ["s3:GetObject"],
      "aws_s3_object.report",
    ],
    [
      "aws_s3_bucket_object.legacy",
      "aws_s3_bucket_object",
      "arn:aws:iam::*:root",
      "public",
      "s3-acl",
      ["s3:GetObject"],
      "aws_s3_bucket_object.legacy",
    ],
    [
      "aws_s3_object_copy.handoff",
      "aws_s3_object_copy",
      "*",
      "public",
      "s3-acl",
      ["s3:GetObject"],
      "aws_s3_object_copy.handoff",
    ],
    // A canonical user id names an account only through an API call: external, account unknown.
    [
      "aws_s3_bucket_logging.access",
      "aws_s3_bucket_logging",
      "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
      "external",
      "s3-acl",
      ["s3:GetObject"],
      "access-logs",
    ],
    // The crawler role of the custom log source (protected.tf).
    [
      "aws_iam_role.crawler",
      "aws_iam_role",
      "glue.amazonaws.com",
      "service",
      "trust-policy",
      ["sts:AssumeRole"],
      "aws_iam_role.crawler",
    ],
  ],
};

async function grantsOf(root: string) {
  const r = await readTerraformRoot(fixtureSnapshot("types"), root, { grantTypes: TERRAFORM_GRANT_TYPES });
  const ex = extractGrants(r.resources, ZONE);
  return { errors: [...r.errors, ...ex.errors], grants: ex.grants };
}

describe("Terraform grant types: principals, classifications, actions and targets", () => {
  test.each(Object.keys(EXPECTED))("%s", async (root) => {
    const { errors, grants } = await grantsOf(root);
    expect(errors).toEqual([]);
    expect(
      grants.map((g) => [
        g.resource.address,
        g.resource.type,
        renderText(g.principal.id),
        g.classification,
        g.mechanism,
        g.actions,
        g.resource.target,
      ]),
    ).toEqual(EXPECTED[root]);
  });

  test("each Terraform row checked against a provider page has a fixture that yields a grant", () => {
    const covered = new Set(Object.values(EXPECTED).flatMap((rows) => rows.map((r) => r[1])));
    const checked = GRANT_TABLE.filter((r) => r.doc !== undefined && !r.type.includes("::"));
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.map((r) => r.type).filter((t) => !covered.has(t))).toEqual([]);
  });

  test("a function URL with IAM auth is no grant of its own", async () => {
    const { grants } = await grantsOf("sharing");
    expect(grants.filter((g) => g.resource.address === "aws_lambda_function_url.iam")).toEqual([]);
  });

  test("every row checked against the provider names its page", () => {
    for (const row of GRANT_TABLE.filter((r) => r.doc !== undefined)) {
      expect(row.doc, row.type).toBe(
        `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/${row.type.slice(4)}`,
      );
    }
    expect(TERRAFORM_GRANT_TYPES.has("aws_msk_cluster_policy")).toBe(true);
  });
});
