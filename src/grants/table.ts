import type { Mechanism } from "../model/types.js";
import type { SynthKind } from "./synthesize.js";

/**
 * Where each resource type keeps its grants: the one table shared by every reader (the Terraform
 * HCL and plan readers share the Terraform rows). Adding a resource type is adding a row.
 *
 * Paths are property paths joined with "/"; "*" stands for every element of a list.
 */
/** The IaC language whose resource types a table row names (the plan and CDK readers share them). */
export type TableFormat = "terraform" | "cloudformation";

export interface GrantRow {
  /** Native resource type (Terraform or CloudFormation). */
  type: string;
  /** Which language's type `type` is: decisions read this, never the shape of the name. */
  format: TableFormat;
  mechanism: Mechanism;
  /** Path of a policy document (an object or JSON text). */
  policy?: string;
  /** The policy property holds a single statement, not a document (AWS::Events::EventBusPolicy). */
  statementOnly?: boolean;
  /** Build the policy from plain properties instead (see synthesize.ts). */
  synth?: SynthKind;
  /** Synthesizer inputs: role -> property path. */
  fields?: Record<string, string>;
  /** Actions a synthesized grant gives when the properties do not say. */
  actions?: string[];
  /** Property naming the protected resource; absent when the resource protects itself. */
  target?: string;
  /** Service prefix of actions the properties name without one (acm-pca:, license-manager:). */
  actionPrefix?: string;
  /** The ACL is an object's (READ is s3:GetObject), not a bucket's. */
  objectAcl?: boolean;
  /** The resource is a role: its policy is a trust policy. */
  trust?: boolean;
  /**
   * The policy argument is optional: an empty string is the same as leaving it out (the service's
   * default policy: no grant, or the synthesizer's default such as KMS's), never an error.
   */
  optionalPolicy?: boolean;
  /** The provider documentation page the row was checked against. */
  doc?: string;
  /**
   * Confused deputy (issue 18 item 4; docs/confused-deputy.md): the AWS service principals through
   * which another account's resources reach this resource when the policy allows the service with
   * no aws:SourceAccount / aws:SourceArn / aws:SourceOrgID condition (another account's S3 bucket
   * notifying this topic). Such a grant is public through that service, gated like any public
   * grant. "*": every service (Lambda permissions). Decided per service from its documentation; a
   * service not listed stays `service` (own-account use, or write-only log delivery AWS documents
   * as safe).
   */
  anyAccountVia?: readonly string[];
}

/** A row as written in the tables below; the table it sits in gives its format. */
type RowData = Omit<GrantRow, "format">;

/**
 * The confused-deputy decisions (docs/confused-deputy.md, with the documentation each rests on).
 * S3 event notifications reach SNS topics and SQS queues of other accounts; SNS delivers to
 * queues of other accounts; CloudFront (origin access control) and the Serverless Application
 * Repository read any account's buckets. EventBridge reaches another account's targets only
 * through an execution role (not the service principal), and log delivery to S3 is write-only
 * under the writer's own AWSLogs/<account>/ prefix: neither is listed.
 */
const TOPIC_DEPUTIES = ["s3.amazonaws.com", "budgets.amazonaws.com"];
const QUEUE_DEPUTIES = ["s3.amazonaws.com", "sns.amazonaws.com"];
const BUCKET_DEPUTIES = ["cloudfront.amazonaws.com", "serverlessrepo.amazonaws.com"];
const via = (row: RowData, services: readonly string[]): RowData => ({ ...row, anyAccountVia: services });

const tf = (type: string, mechanism: Mechanism, policy: string, target?: string): RowData => ({
  type,
  mechanism,
  policy,
  ...(target ? { target } : {}),
});
const cfn = tf;
const policyRow = (type: string, policy: string, target?: string) =>
  tf(type, "resource-policy", policy, target);
/** The AWS provider's documentation page of a Terraform resource type. */
const tfDoc = (type: string) =>
  `https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/${type.replace(/^aws_/, "")}`;
/** A Terraform row checked against its provider page (and the provider schema, aws 6.19.0). */
const checked = (row: RowData): RowData => ({ ...row, doc: tfDoc(row.type) });
/** The CloudFormation template reference page of a resource type. */
const cfnDoc = (type: string) => {
  const [, service = "", name = ""] = type.toLowerCase().split("::");
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-${service}-${name}.html`;
};
/** A CloudFormation row checked against its template reference page. */
const cfnChecked = (row: RowData): RowData => ({ ...row, doc: cfnDoc(row.type) });
/** A policy argument the provider marks optional. */
const optional = (row: RowData): RowData => ({ ...row, optionalPolicy: true });

const TERRAFORM_ROWS: readonly RowData[] = [
  // ---- Terraform: IAM trust, S3
  { ...tf("aws_iam_role", "trust-policy", "assume_role_policy"), trust: true },
  via(policyRow("aws_s3_bucket_policy", "policy", "bucket"), BUCKET_DEPUTIES),
  via(optional(policyRow("aws_s3_bucket", "policy")), BUCKET_DEPUTIES),
  { type: "aws_s3_bucket", mechanism: "s3-acl", synth: "s3-acl", fields: { acl: "acl", grants: "grant" } },
  {
    type: "aws_s3_bucket_acl",
    mechanism: "s3-acl",
    synth: "s3-acl",
    fields: { acl: "acl", grants: "access_control_policy/*/grant" },
    target: "bucket",
  },
  optional(policyRow("aws_s3_access_point", "policy")),
  policyRow("aws_s3control_access_point_policy", "policy", "access_point_arn"),
  policyRow("aws_s3control_multi_region_access_point_policy", "details/*/policy"),
  policyRow("aws_s3control_object_lambda_access_point_policy", "policy", "name"),
  policyRow("aws_s3control_bucket_policy", "policy", "bucket"),
  policyRow("aws_s3tables_table_bucket_policy", "resource_policy", "table_bucket_arn"),
  policyRow("aws_s3tables_table_policy", "resource_policy", "name"),
  // ---- KMS
  // A key created without a policy (or with policy = "") gets KMS's default key policy: the own
  // account's root, kms:*.
  ...["aws_kms_key", "aws_kms_replica_key", "aws_kms_external_key", "aws_kms_replica_external_key"].map(
    (type): RowData => ({ ...optional(policyRow(type, "policy")), synth: "kms-default-policy" }),
  ),
  policyRow("aws_kms_key_policy", "policy", "key_id"),
  {
    type: "aws_kms_grant",
    mechanism: "kms-grant",
    synth: "kms-grant",
    fields: { grantee: "grantee_principal", retiring: "retiring_principal", operations: "operations" },
    target: "key_id",
  },
  // ---- Lambda
  {
    type: "aws_lambda_permission",
    mechanism: "lambda-permission",
    anyAccountVia: ["*"],
    synth: "lambda-permission",
    fields: {
      principal: "principal",
      action: "action",
      sourceArn: "source_arn",
      sourceAccount: "source_account",
      orgId: "principal_org_id",
      eventSourceToken: "event_source_token",
      functionUrlAuthType: "function_url_auth_type",
      invokedViaFunctionUrl: "invoked_via_function_url",
    },
    target: "function_name",
  },
  {
    type: "aws_lambda_layer_version_permission",
    mechanism: "lambda-layer-permission",
    synth: "lambda-permission",
    fields: { principal: "principal", action: "action", orgId: "organization_id" },
    target: "layer_name",
  },
  // ---- messaging, secrets, containers, storage
  via(optional(policyRow("aws_sqs_queue", "policy")), QUEUE_DEPUTIES),
  via(policyRow("aws_sqs_queue_policy", "policy", "queue_url"), QUEUE_DEPUTIES),
  via(optional(policyRow("aws_sns_topic", "policy")), TOPIC_DEPUTIES),
  via(policyRow("aws_sns_topic_policy", "policy", "arn"), TOPIC_DEPUTIES),
  optional(policyRow("aws_secretsmanager_secret", "policy")),
  policyRow("aws_secretsmanager_secret_policy", "policy", "secret_arn"),
  policyRow("aws_ecr_repository_policy", "policy", "repository"),
  policyRow("aws_ecr_registry_policy", "policy"),
  policyRow("aws_ecrpublic_repository_policy", "policy", "repository_name"),
  optional(policyRow("aws_ecr_repository_creation_template", "repository_policy")),
  policyRow("aws_efs_file_system_policy", "policy", "file_system_id"),
  policyRow("aws_dynamodb_resource_policy", "policy", "resource_arn"),
  policyRow("aws_kinesis_resource_policy", "policy", "resource_arn"),
  optional(policyRow("aws_glacier_vault", "access_policy")),
  policyRow("aws_glacier_vault_lock", "policy", "vault_name"),
  policyRow("aws_backup_vault_policy", "policy", "backup_vault_name"),
  // ---- events, logs, APIs, search, catalogues
  policyRow("aws_cloudwatch_event_bus_policy", "policy", "event_bus_name"),
  {
    type: "aws_cloudwatch_event_permission",
    mechanism: "eventbridge-permission",
    synth: "eventbridge-permission",
    fields: {
      principal: "principal",
      action: "action",
      conditionKey: "condition/0/key",
      conditionType: "condition/0/type",
      conditionValue: "condition/0/value",
    },
    actions: ["events:PutEvents"],
    target: "event_bus_name",
  },
  policyRow("aws_cloudwatch_log_destination_policy", "access_policy", "destination_name"),
  policyRow("aws_cloudwatch_log_resource_policy", "policy_document"),
  optional(policyRow("aws_api_gateway_rest_api", "policy")),
  policyRow("aws_api_gateway_rest_api_policy", "policy", "rest_api_id"),
  optional(policyRow("aws_opensearch_domain", "access_policies")),
  policyRow("aws_opensearch_domain_policy", "access_policies", "domain_name"),
  optional(policyRow("aws_elasticsearch_domain", "access_policies")),
  policyRow("aws_elasticsearch_domain_policy", "access_policies", "domain_name"),
  policyRow("aws_glue_resource_policy", "policy"),
  policyRow("aws_ses_identity_policy", "policy", "identity"),
  optional(policyRow("aws_codeartifact_domain_permissions_policy", "policy_document", "domain")),
  policyRow("aws_codeartifact_repository_permissions_policy", "policy_document", "repository"),
  policyRow("aws_sagemaker_model_package_group_policy", "resource_policy", "model_package_group_name"),
  policyRow("aws_networkfirewall_resource_policy", "policy", "resource_arn"),
  policyRow("aws_codebuild_resource_policy", "policy", "resource_arn"),
  policyRow("aws_media_store_container_policy", "policy", "container_name"),
  // ---- resource policies checked against the provider's pages (issue 16)
  ...[
    policyRow("aws_msk_cluster_policy", "policy", "cluster_arn"),
    policyRow("aws_vpclattice_resource_policy", "policy", "resource_arn"),
    policyRow("aws_vpclattice_auth_policy", "policy", "resource_identifier"),
    // Delegates Organizations actions to member accounts; the resource is the organization.
    policyRow("aws_organizations_resource_policy", "content"),
    // One X-Ray resource policy per account and Region, named by policy_name.
    policyRow("aws_xray_resource_policy", "policy_document"),
    policyRow("aws_schemas_registry_policy", "policy", "registry_name"),
    policyRow(
      "aws_cloudwatch_log_delivery_destination_policy",
      "delivery_destination_policy",
      "delivery_destination_name",
    ),
    // A sending-authorization policy of one email identity; policy_name only names it.
    policyRow("aws_sesv2_email_identity_policy", "policy", "email_identity"),
    policyRow("aws_acmpca_policy", "policy", "resource_arn"),
    policyRow("aws_cloudsearch_domain_service_access_policy", "access_policy", "domain_name"),
    // CloudWatch cross-account observability: the accounts allowed to link to the sink.
    policyRow("aws_oam_sink_policy", "policy", "sink_identifier"),
    policyRow("aws_prometheus_resource_policy", "policy_document", "workspace_id"),
    policyRow("aws_redshift_resource_policy", "policy", "resource_arn"),
    policyRow("aws_redshiftserverless_resource_policy", "policy", "resource_arn"),
    policyRow("aws_s3control_access_grants_instance_resource_policy", "policy"),
    // A private custom domain name of API Gateway: who may invoke through it.
    optional(policyRow("aws_api_gateway_domain_name", "policy")),
    // The policy of the S3 access point FSx creates for a volume.
    optional(policyRow("aws_fsx_s3_access_point_attachment", "s3_access_point/*/policy")),
  ].map(checked),
  // ---- sharing without a policy document
  {
    type: "aws_ram_principal_association",
    mechanism: "ram-share",
    synth: "principal-list",
    fields: { principals: "principal" },
    actions: ["ram:default-permission"],
    target: "resource_share_arn",
  },
  {
    type: "aws_snapshot_create_volume_permission",
    mechanism: "snapshot-share",
    synth: "principal-list",
    fields: { principals: "account_id" },
    actions: ["ec2:CreateVolume"],
    target: "snapshot_id",
  },
  ...["aws_db_snapshot", "aws_db_snapshot_copy"].map(
    (type): RowData => ({
      type,
      mechanism: "snapshot-share",
      synth: "principal-list",
      fields: { principals: "shared_accounts" },
      actions: ["rds:RestoreDBInstanceFromDBSnapshot", "rds:CopyDBSnapshot"],
    }),
  ),
  {
    type: "aws_db_cluster_snapshot",
    mechanism: "snapshot-share",
    synth: "principal-list",
    fields: { principals: "shared_accounts" },
    actions: ["rds:RestoreDBClusterFromSnapshot", "rds:CopyDBClusterSnapshot"],
  },
  {
    type: "aws_ami_launch_permission",
    mechanism: "ami-launch-permission",
    synth: "principal-list",
    fields: {
      principals: "account_id",
      organization: "organization_arn",
      ou: "organizational_unit_arn",
      group: "group",
    },
    actions: ["ec2:RunInstances"],
    target: "image_id",
  },
  {
    type: "aws_vpc_endpoint_service",
    mechanism: "endpoint-service-permission",
    synth: "principal-list",
    fields: { principals: "allowed_principals" },
    actions: ["ec2:CreateVpcEndpoint"],
  },
  {
    type: "aws_vpc_endpoint_service_allowed_principal",
    mechanism: "endpoint-service-permission",
    synth: "principal-list",
    fields: { principals: "principal_arn" },
    actions: ["ec2:CreateVpcEndpoint"],
    target: "vpc_endpoint_service_id",
  },
  {
    type: "aws_ssm_document",
    mechanism: "document-share",
    synth: "principal-list",
    fields: { principals: "permissions/account_ids" },
    actions: ["ssm:SendCommand"],
  },
  {
    type: "aws_servicecatalog_portfolio_share",
    mechanism: "portfolio-share",
    synth: "principal-list",
    fields: { principals: "principal_id" },
    actions: ["servicecatalog:*"],
    target: "portfolio_id",
  },
  {
    type: "aws_lakeformation_permissions",
    mechanism: "lakeformation-permission",
    synth: "principal-list",
    fields: { principals: "principal", actions: "permissions" },
  },
  // An opaque module call (src/iac/terraform/opaque): a policy document or the principals the
  // generic reading found in its inputs; a call where nothing was found is itself unresolved.
  { type: "module", mechanism: "module-input", policy: "policy" },
  {
    type: "module",
    mechanism: "module-input",
    synth: "principal-list",
    fields: { principals: "principals" },
    actions: ["*"],
  },
  {
    type: "module",
    mechanism: "module-input",
    synth: "principal-list",
    fields: { principals: "unread" },
    actions: ["*"],
  },
  // A stack's template is read as CloudFormation (src/iac/terraform/embedded-templates.ts); one that
  // cannot be seen is one unresolved grant.
  ...["aws_cloudformation_stack", "aws_cloudformation_stack_set"].map(
    (type): RowData => ({
      type,
      mechanism: "unseen-template",
      synth: "unseen-template",
      fields: { parameters: "parameters" },
    }),
  ),
  // ---- principals outside a policy document, checked against the provider's pages (issue 16)
  ...[
    {
      type: "aws_lambda_function_url",
      mechanism: "function-url-auth",
      synth: "function-url",
      fields: { authType: "authorization_type" },
      target: "function_name",
    },
    // ACM may only be given to the ACM service principal (acm.amazonaws.com).
    {
      type: "aws_acmpca_permission",
      mechanism: "resource-policy",
      synth: "lambda-permission",
      fields: { principal: "principal", action: "actions", sourceAccount: "source_account" },
      actionPrefix: "acm-pca:",
      target: "certificate_authority_arn",
    },
    {
      type: "aws_signer_signing_profile_permission",
      mechanism: "resource-policy",
      synth: "lambda-permission",
      fields: { principal: "principal", action: "action" },
      target: "profile_name",
    },
    {
      type: "aws_network_interface_permission",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "aws_account_id", actions: "permission" },
      target: "network_interface_id",
    },
    {
      type: "aws_rds_cluster_snapshot_copy",
      mechanism: "snapshot-share",
      synth: "principal-list",
      fields: { principals: "shared_accounts" },
      actions: ["rds:RestoreDBClusterFromSnapshot", "rds:CopyDBClusterSnapshot"],
    },
    // Shares a license with the target account ("principal" is that account's root ARN).
    {
      type: "aws_licensemanager_grant",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "principal", actions: "allowed_operations" },
      actionPrefix: "license-manager:",
      target: "license_arn",
    },
    // Accounts allowed to add the listed resources as endpoints of their accelerators.
    {
      type: "aws_globalaccelerator_cross_account_attachment",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "principals" },
      actions: ["globalaccelerator:cross-account-attachment"],
      target: "resource/*/endpoint_id",
    },
    // A consumer account (or ADX) allowed to use a Redshift datashare.
    {
      type: "aws_redshift_data_share_authorization",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "consumer_identifier" },
      actions: ["redshift:AssociateDataShareConsumer"],
      target: "data_share_arn",
    },
    {
      type: "aws_redshift_endpoint_authorization",
      mechanism: "endpoint-service-permission",
      synth: "principal-list",
      fields: { principals: "account" },
      actions: ["redshift:CreateEndpointAccess"],
      target: "cluster_identifier",
    },
    {
      type: "aws_opensearch_authorize_vpc_endpoint_access",
      mechanism: "endpoint-service-permission",
      synth: "principal-list",
      fields: { principals: "account" },
      actions: ["es:CreateVpcEndpoint"],
      target: "domain_name",
    },
    // S3 Access Grants: an IAM principal (or a directory user or group) gets READ/WRITE/READWRITE.
    {
      type: "aws_s3control_access_grant",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "grantee/grantee_identifier", actions: "permission" },
      target: "access_grants_location_id",
    },
    // Lets the aggregator account collect this account's AWS Config data.
    {
      type: "aws_config_aggregate_authorization",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "account_id" },
      actions: ["config:aggregation-authorization"],
    },
    // A subscriber account reads the Security Lake data (S3 or Lake Formation access).
    {
      type: "aws_securitylake_subscriber",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "subscriber_identity/principal" },
      actions: ["securitylake:subscriber"],
    },
    // The account that writes a custom source's logs into the lake.
    {
      type: "aws_securitylake_custom_log_source",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "configuration/provider_identity/principal" },
      actions: ["securitylake:custom-log-source-write"],
    },
    // An IAM principal given access to a Kubernetes cluster.
    {
      type: "aws_eks_access_entry",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "principal_arn" },
      actions: ["eks:access-entry"],
      target: "cluster_name",
    },
    {
      type: "aws_servicecatalog_principal_portfolio_association",
      mechanism: "portfolio-share",
      synth: "principal-list",
      fields: { principals: "principal_arn" },
      actions: ["servicecatalog:*"],
      target: "portfolio_id",
    },
    // Shares a Directory Service directory with another account (target.type ACCOUNT).
    {
      type: "aws_directory_service_shared_directory",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "target/id" },
      actions: ["ds:shared-directory"],
      target: "directory_id",
    },
    // Sends a copy of an Audit Manager framework to another account.
    {
      type: "aws_auditmanager_framework_share",
      mechanism: "document-share",
      synth: "principal-list",
      fields: { principals: "destination_account" },
      actions: ["auditmanager:framework-share"],
      target: "framework_id",
    },
    // Clean Rooms members can run their member abilities on the collaboration.
    {
      type: "aws_cleanrooms_collaboration",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "member/*/account_id" },
      actions: ["cleanrooms:collaboration-member"],
    },
    // Accepting an invitation gives the administrator account access to this account's findings.
    ...(
      [
        ["aws_guardduty_invite_accepter", "master_account_id", "guardduty:administrator"],
        ["aws_macie2_invitation_accepter", "administrator_account_id", "macie2:administrator"],
        ["aws_securityhub_invite_accepter", "master_id", "securityhub:administrator"],
      ] as const
    ).map(
      ([type, principals, action]): RowData => ({
        type,
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals },
        actions: [action],
      }),
    ),
    // QuickSight asset permissions: users, groups, namespaces or (templates, analyses) accounts.
    ...(
      [
        ["aws_quicksight_analysis", "permissions/*/principal"],
        ["aws_quicksight_dashboard", "permissions/*/principal"],
        ["aws_quicksight_data_set", "permissions/*/principal"],
        ["aws_quicksight_data_source", "permission/*/principal"],
        ["aws_quicksight_folder", "permissions/*/principal"],
        ["aws_quicksight_template", "permissions/*/principal"],
        ["aws_quicksight_theme", "permissions/*/principal"],
      ] as const
    ).map(
      ([type, principals]): RowData => ({
        type,
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals },
        actions: ["quicksight:asset-permissions"],
      }),
    ),
    // Delegated administrators: the account administers the service for the whole organization.
    ...(
      [
        ["aws_organizations_delegated_administrator", "account_id"],
        ["aws_cloudtrail_organization_delegated_admin_account", "account_id"],
        ["aws_inspector2_delegated_admin_account", "account_id"],
        ["aws_guardduty_organization_admin_account", "admin_account_id"],
        ["aws_macie2_organization_admin_account", "admin_account_id"],
        ["aws_securityhub_organization_admin_account", "admin_account_id"],
        ["aws_detective_organization_admin_account", "account_id"],
        ["aws_fms_admin_account", "account_id"],
        ["aws_auditmanager_organization_admin_account_registration", "admin_account_id"],
        ["aws_vpc_ipam_organization_admin_account", "delegated_admin_account_id"],
      ] as const
    ).map(
      ([type, principals]): RowData => ({
        type,
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals },
        actions: ["organizations:delegated-administrator"],
      }),
    ),
    // The behavior graph's account administers this member's Detective data.
    {
      type: "aws_detective_invitation_accepter",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "graph_arn" },
      actions: ["detective:administrator"],
    },
    // Lets the owner of vpc_id (another account: the same account needs no authorization)
    // associate its VPC with this private hosted zone; the owner is not knowable statically.
    {
      type: "aws_route53_vpc_association_authorization",
      mechanism: "resource-policy",
      synth: "vpc-owner",
      fields: { vpc: "vpc_id" },
      actions: ["route53:AssociateVPCWithHostedZone"],
      target: "zone_id",
    },
    // Lake Formation: data lake administrators and the default grants on new databases/tables.
    {
      type: "aws_lakeformation_data_lake_settings",
      mechanism: "lakeformation-permission",
      synth: "principal-list",
      fields: {
        principals: "admins",
        principalsReadOnly: "read_only_admins",
        principalsDatabaseDefault: "create_database_default_permissions/*/principal",
        principalsTableDefault: "create_table_default_permissions/*/principal",
      },
      actions: ["lakeformation:data-lake-settings"],
    },
    {
      type: "aws_glue_catalog_database",
      mechanism: "lakeformation-permission",
      synth: "principal-list",
      fields: {
        principals: "create_table_default_permission/*/principal/*/data_lake_principal_identifier",
        actions: "create_table_default_permission/*/permissions",
      },
    },
    // OpsWorks stack access for an IAM user.
    {
      type: "aws_opsworks_permission",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "user_arn", actions: "level" },
      actionPrefix: "opsworks:",
      target: "stack_id",
    },
    // AMIs distributed by Image Builder: launch permissions, as aws_ami_launch_permission.
    {
      type: "aws_imagebuilder_distribution_configuration",
      mechanism: "ami-launch-permission",
      synth: "principal-list",
      fields: {
        principals: "distribution/*/ami_distribution_configuration/*/launch_permission/*/user_ids",
        organization: "distribution/*/ami_distribution_configuration/*/launch_permission/*/organization_arns",
        ou: "distribution/*/ami_distribution_configuration/*/launch_permission/*/organizational_unit_arns",
        group: "distribution/*/ami_distribution_configuration/*/launch_permission/*/user_groups",
      },
      actions: ["ec2:RunInstances"],
    },
    // Accounts whose CloudFront key pairs may sign URLs for private content ("self" = own).
    {
      type: "aws_cloudfront_distribution",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: {
        principals: "default_cache_behavior/*/trusted_signers",
        principalsOrdered: "ordered_cache_behavior/*/trusted_signers",
      },
      actions: ["cloudfront:trusted-signer"],
    },
    {
      type: "aws_cloud9_environment_membership",
      mechanism: "resource-policy",
      synth: "principal-list",
      fields: { principals: "user_arn", actions: "permissions" },
      actionPrefix: "cloud9:",
      target: "environment_id",
    },
    // Canned object ACLs and explicit grants (object ACLs, like bucket ACLs, count only where
    // the bucket's object ownership allows ACLs).
    ...["aws_s3_object", "aws_s3_bucket_object"].map(
      (type): RowData => ({
        type,
        mechanism: "s3-acl",
        synth: "s3-acl",
        fields: { acl: "acl" },
        objectAcl: true,
      }),
    ),
    {
      type: "aws_s3_object_copy",
      mechanism: "s3-acl",
      synth: "s3-acl",
      fields: { acl: "acl", grants: "grant" },
      objectAcl: true,
    },
    // Grants on the delivered log objects.
    {
      type: "aws_s3_bucket_logging",
      mechanism: "s3-acl",
      synth: "s3-acl",
      fields: { grants: "target_grant" },
      objectAcl: true,
      target: "target_bucket",
    },
  ].map((row) => checked(row as RowData)),
];

const CLOUDFORMATION_ROWS: readonly RowData[] = [
  // ---- CloudFormation
  { ...cfn("AWS::IAM::Role", "trust-policy", "AssumeRolePolicyDocument"), trust: true },
  via(policyRow("AWS::S3::BucketPolicy", "PolicyDocument", "Bucket"), BUCKET_DEPUTIES),
  { type: "AWS::S3::Bucket", mechanism: "s3-acl", synth: "s3-acl", fields: { acl: "AccessControl" } },
  policyRow("AWS::S3::AccessPoint", "Policy"),
  policyRow("AWS::S3::MultiRegionAccessPointPolicy", "Policy", "MrapName"),
  policyRow("AWS::S3ObjectLambda::AccessPointPolicy", "PolicyDocument", "ObjectLambdaAccessPoint"),
  policyRow("AWS::S3Outposts::BucketPolicy", "PolicyDocument", "Bucket"),
  policyRow("AWS::S3Express::BucketPolicy", "PolicyDocument", "Bucket"),
  policyRow("AWS::S3Express::AccessPoint", "Policy"),
  policyRow("AWS::S3Tables::TableBucketPolicy", "ResourcePolicy", "TableBucketARN"),
  policyRow("AWS::S3Tables::TablePolicy", "ResourcePolicy", "TableARN"),
  { ...policyRow("AWS::KMS::Key", "KeyPolicy"), synth: "kms-default-policy" },
  policyRow("AWS::KMS::ReplicaKey", "KeyPolicy"),
  {
    type: "AWS::Lambda::Permission",
    mechanism: "lambda-permission",
    anyAccountVia: ["*"],
    synth: "lambda-permission",
    fields: {
      principal: "Principal",
      action: "Action",
      sourceArn: "SourceArn",
      sourceAccount: "SourceAccount",
      orgId: "PrincipalOrgID",
      eventSourceToken: "EventSourceToken",
      functionUrlAuthType: "FunctionUrlAuthType",
      invokedViaFunctionUrl: "InvokedViaFunctionUrl",
    },
    target: "FunctionName",
  },
  {
    type: "AWS::Lambda::Url",
    mechanism: "function-url-auth",
    synth: "function-url",
    fields: { authType: "AuthType" },
    target: "TargetFunctionArn",
  },
  {
    type: "AWS::Lambda::LayerVersionPermission",
    mechanism: "lambda-layer-permission",
    synth: "lambda-permission",
    fields: { principal: "Principal", action: "Action", orgId: "OrganizationId" },
    target: "LayerVersionArn",
  },
  via(policyRow("AWS::SQS::QueuePolicy", "PolicyDocument", "Queues/*"), QUEUE_DEPUTIES),
  via(policyRow("AWS::SQS::QueueInlinePolicy", "PolicyDocument", "Queue"), QUEUE_DEPUTIES),
  via(policyRow("AWS::SNS::TopicPolicy", "PolicyDocument", "Topics/*"), TOPIC_DEPUTIES),
  via(policyRow("AWS::SNS::TopicInlinePolicy", "PolicyDocument", "TopicArn"), TOPIC_DEPUTIES),
  policyRow("AWS::SecretsManager::ResourcePolicy", "ResourcePolicy", "SecretId"),
  policyRow("AWS::ECR::Repository", "RepositoryPolicyText"),
  policyRow("AWS::ECR::RegistryPolicy", "PolicyText"),
  policyRow("AWS::ECR::PublicRepository", "RepositoryPolicyText"),
  policyRow("AWS::ECR::RepositoryCreationTemplate", "RepositoryPolicy"),
  policyRow("AWS::EFS::FileSystem", "FileSystemPolicy"),
  policyRow("AWS::DynamoDB::Table", "ResourcePolicy/PolicyDocument"),
  policyRow("AWS::DynamoDB::Table", "StreamSpecification/ResourcePolicy/PolicyDocument"),
  policyRow("AWS::DynamoDB::GlobalTable", "Replicas/*/ResourcePolicy/PolicyDocument"),
  policyRow(
    "AWS::DynamoDB::GlobalTable",
    "Replicas/*/ReplicaStreamSpecification/ResourcePolicy/PolicyDocument",
  ),
  { ...policyRow("AWS::Events::EventBusPolicy", "Statement", "EventBusName"), statementOnly: true },
  {
    type: "AWS::Events::EventBusPolicy",
    mechanism: "eventbridge-permission",
    synth: "eventbridge-permission",
    fields: {
      principal: "Principal",
      action: "Action",
      conditionKey: "Condition/Key",
      conditionType: "Condition/Type",
      conditionValue: "Condition/Value",
    },
    actions: ["events:PutEvents"],
    target: "EventBusName",
  },
  policyRow("AWS::Events::EventBus", "Policy"),
  policyRow("AWS::EventSchemas::RegistryPolicy", "Policy", "RegistryName"),
  policyRow("AWS::Logs::Destination", "DestinationPolicy"),
  policyRow("AWS::Logs::ResourcePolicy", "PolicyDocument"),
  // The policy text sits inside a DestinationPolicy object (DeliveryDestinationName + policy).
  policyRow("AWS::Logs::DeliveryDestination", "DeliveryDestinationPolicy/DeliveryDestinationPolicy"),
  policyRow("AWS::ApiGateway::RestApi", "Policy"),
  policyRow("AWS::OpenSearchService::Domain", "AccessPolicies"),
  policyRow("AWS::Elasticsearch::Domain", "AccessPolicies"),
  policyRow("AWS::Backup::BackupVault", "AccessPolicy"),
  policyRow("AWS::Backup::LogicallyAirGappedBackupVault", "AccessPolicy"),
  policyRow("AWS::CodeArtifact::Domain", "PermissionsPolicyDocument"),
  policyRow("AWS::CodeArtifact::Repository", "PermissionsPolicyDocument"),
  policyRow("AWS::Kinesis::ResourcePolicy", "ResourcePolicy", "ResourceArn"),
  policyRow("AWS::CloudTrail::ResourcePolicy", "ResourcePolicy", "ResourceArn"),
  policyRow("AWS::SSM::ResourcePolicy", "Policy", "ResourceArn"),
  policyRow("AWS::VpcLattice::ResourcePolicy", "Policy", "ResourceArn"),
  policyRow("AWS::MSK::ClusterPolicy", "Policy", "ClusterArn"),
  policyRow("AWS::XRay::ResourcePolicy", "PolicyDocument"),
  policyRow("AWS::APS::ResourcePolicy", "PolicyDocument", "WorkspaceArn"),
  policyRow("AWS::Lex::ResourcePolicy", "Policy", "ResourceArn"),
  policyRow("AWS::Organizations::ResourcePolicy", "Content"),
  policyRow("AWS::Lambda::ResourcePolicy", "PolicyDocument", "ResourceArn"),
  policyRow("AWS::S3Vectors::VectorBucketPolicy", "Policy", "VectorBucketArn"),
  policyRow("AWS::S3Files::FileSystemPolicy", "Policy", "FileSystemId"),
  policyRow("AWS::EventsV2::ResourcePolicy", "PolicyDocument", "EventBusArn"),
  policyRow("AWS::Bedrock::ResourcePolicy", "PolicyDocument", "ResourceArn"),
  policyRow("AWS::VpcLattice::AuthPolicy", "Policy", "ResourceIdentifier"),
  {
    type: "AWS::Signer::ProfilePermission",
    mechanism: "resource-policy",
    synth: "lambda-permission",
    fields: { principal: "Principal", action: "Action" },
    target: "ProfileName",
  },
  {
    type: "AWS::RAM::ResourceShare",
    mechanism: "ram-share",
    synth: "principal-list",
    fields: { principals: "Principals" },
    actions: ["ram:default-permission"],
    target: "ResourceArns/*",
  },
  {
    type: "AWS::RAM::PrincipalAssociation",
    mechanism: "ram-share",
    synth: "principal-list",
    fields: { principals: "Principal" },
    actions: ["ram:default-permission"],
    target: "ResourceShareArn",
  },
  {
    type: "AWS::EC2::VPCEndpointServicePermissions",
    mechanism: "endpoint-service-permission",
    synth: "principal-list",
    fields: { principals: "AllowedPrincipals" },
    actions: ["ec2:CreateVpcEndpoint"],
    target: "ServiceId",
  },
  {
    type: "AWS::EC2::NetworkInterfacePermission",
    mechanism: "resource-policy",
    synth: "principal-list",
    fields: { principals: "AwsAccountId", actions: "Permission" },
    target: "NetworkInterfaceId",
  },
  {
    type: "AWS::ImageBuilder::DistributionConfiguration",
    mechanism: "ami-launch-permission",
    synth: "principal-list",
    fields: {
      principals: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/UserIds",
      organization:
        "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/OrganizationArns",
      ou: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/OrganizationalUnitArns",
      group: "Distributions/*/AmiDistributionConfiguration/LaunchPermissionConfiguration/UserGroups",
    },
    actions: ["ec2:RunInstances"],
  },
  {
    type: "AWS::ServiceCatalog::PortfolioShare",
    mechanism: "portfolio-share",
    synth: "principal-list",
    fields: { principals: "AccountId" },
    actions: ["servicecatalog:*"],
    target: "PortfolioId",
  },
  {
    type: "AWS::LakeFormation::Permissions",
    mechanism: "lakeformation-permission",
    synth: "principal-list",
    fields: { principals: "DataLakePrincipal/DataLakePrincipalIdentifier", actions: "Permissions" },
  },
  {
    type: "AWS::LakeFormation::PrincipalPermissions",
    mechanism: "lakeformation-permission",
    synth: "principal-list",
    fields: { principals: "Principal/DataLakePrincipalIdentifier", actions: "Permissions" },
  },
  // ---- CloudFormation types checked against their template reference pages (issue 16)
  ...(
    [
      policyRow("AWS::Oam::Sink", "Policy"),
      policyRow("AWS::ApiGateway::DomainNameV2", "Policy"),
      policyRow("AWS::SageMaker::ModelPackageGroup", "ModelPackageGroupPolicy"),
      policyRow("AWS::MediaStore::Container", "Policy"),
      policyRow("AWS::RedshiftServerless::Namespace", "NamespaceResourcePolicy"),
      policyRow("AWS::Redshift::Cluster", "NamespaceResourcePolicy"),
      {
        type: "AWS::ACMPCA::Permission",
        mechanism: "resource-policy",
        synth: "lambda-permission",
        fields: { principal: "Principal", action: "Actions", sourceAccount: "SourceAccount" },
        actionPrefix: "acm-pca:",
        target: "CertificateAuthorityArn",
      },
      ...[
        "AWS::QuickSight::Analysis",
        "AWS::QuickSight::Dashboard",
        "AWS::QuickSight::DataSet",
        "AWS::QuickSight::DataSource",
        "AWS::QuickSight::Folder",
        "AWS::QuickSight::Template",
        "AWS::QuickSight::Theme",
      ].map(
        (type): RowData => ({
          type,
          mechanism: "resource-policy",
          synth: "principal-list",
          fields: { principals: "Permissions/*/Principal" },
          actions: ["quicksight:asset-permissions"],
        }),
      ),
      {
        type: "AWS::EKS::AccessEntry",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "PrincipalArn" },
        actions: ["eks:access-entry"],
        target: "ClusterName",
      },
      {
        type: "AWS::Config::AggregationAuthorization",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "AuthorizedAccountId" },
        actions: ["config:aggregation-authorization"],
      },
      {
        type: "AWS::LicenseManager::Grant",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "Principals", actions: "AllowedOperations" },
        actionPrefix: "license-manager:",
        target: "LicenseArn",
      },
      {
        type: "AWS::GlobalAccelerator::CrossAccountAttachment",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "Principals" },
        actions: ["globalaccelerator:cross-account-attachment"],
        target: "Resources/*/EndpointId",
      },
      {
        type: "AWS::ServiceCatalog::PortfolioPrincipalAssociation",
        mechanism: "portfolio-share",
        synth: "principal-list",
        fields: { principals: "PrincipalARN" },
        actions: ["servicecatalog:*"],
        target: "PortfolioId",
      },
      {
        type: "AWS::Redshift::EndpointAuthorization",
        mechanism: "endpoint-service-permission",
        synth: "principal-list",
        fields: { principals: "Account" },
        actions: ["redshift:CreateEndpointAccess"],
        target: "ClusterIdentifier",
      },
      {
        type: "AWS::GuardDuty::Master",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "MasterId" },
        actions: ["guardduty:administrator"],
      },
      {
        type: "AWS::CleanRooms::Collaboration",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "Members/*/AccountId" },
        actions: ["cleanrooms:collaboration-member"],
      },
      {
        type: "AWS::SecurityLake::Subscriber",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: { principals: "SubscriberIdentity/Principal" },
        actions: ["securitylake:subscriber"],
      },
      {
        type: "AWS::CloudFront::Distribution",
        mechanism: "resource-policy",
        synth: "principal-list",
        fields: {
          principals: "DistributionConfig/DefaultCacheBehavior/TrustedSigners",
          principalsOrdered: "DistributionConfig/CacheBehaviors/*/TrustedSigners",
        },
        actions: ["cloudfront:trusted-signer"],
      },
    ] as RowData[]
  ).map(cfnChecked),
  {
    type: "AWS::Serverless::Function",
    mechanism: "function-url-auth",
    synth: "function-url",
    fields: { authType: "FunctionUrlConfig/AuthType" },
  },
  // The Lambda permissions SAM creates for the function's event sources (src/grants/sam-events.ts).
  {
    type: "AWS::Serverless::Function",
    mechanism: "lambda-permission",
    anyAccountVia: ["*"],
    synth: "sam-events",
    fields: { events: "Events" },
  },
  {
    type: "AWS::Serverless::Api",
    mechanism: "resource-policy",
    synth: "principal-list",
    fields: { principals: "Auth/ResourcePolicy/AwsAccountWhitelist" },
    actions: ["execute-api:Invoke"],
  },
  // What the CloudFormation reader cannot see (src/iac/cloudformation/unseen.ts): a nested stack or
  // SAM application whose template is not in the repository, a custom macro, an AWS::Include from
  // S3. One unresolved grant each, and the principals in the parameters passed to it.
  ...["AWS::CloudFormation::Stack", "AWS::Serverless::Application", "Fn::Transform"].map(
    (type): RowData => ({
      type,
      mechanism: "unseen-template",
      synth: "unseen-template",
      fields: { unseen: "unseen", parameters: "Parameters" },
    }),
  ),
  // CustomStatements is a list of statements, not a document.
  { ...policyRow("AWS::Serverless::Api", "Auth/ResourcePolicy/CustomStatements"), statementOnly: true },
];

export const GRANT_TABLE: readonly GrantRow[] = [
  ...TERRAFORM_ROWS.map((row): GrantRow => ({ ...row, format: "terraform" })),
  ...CLOUDFORMATION_ROWS.map((row): GrantRow => ({ ...row, format: "cloudformation" })),
];

const byType = new Map<string, GrantRow[]>();
for (const row of GRANT_TABLE) {
  const rows = byType.get(row.type) ?? [];
  rows.push(row);
  byType.set(row.type, rows);
}

export function rowsFor(type: string): readonly GrantRow[] {
  return byType.get(type) ?? [];
}

/** Terraform resource types that carry grants (what the Terraform readers need to evaluate). */
export const TERRAFORM_GRANT_TYPES: ReadonlySet<string> = new Set(
  GRANT_TABLE.filter((r) => r.format === "terraform" && r.type !== "module").map((r) => r.type),
);

/** CloudFormation resource types that carry grants. */
export const CLOUDFORMATION_GRANT_TYPES: ReadonlySet<string> = new Set(
  GRANT_TABLE.filter((r) => r.format === "cloudformation").map((r) => r.type),
);
