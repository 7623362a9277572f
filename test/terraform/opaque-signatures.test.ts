// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Registry modules read through their signatures (src/grants/module-signatures.ts): one fixture
 * per module family under fixtures/terraform/modules, inputs from the modules' own examples,
 * expected grants written by hand: [address, principal, classification, actions, input].
 */
import { describe, expect, it } from "vitest";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { moduleGrants } from "./opaque-helpers.js";

const KMS_ADMIN =
  "kms:CancelKeyDeletion,kms:Create*,kms:Delete*,kms:Describe*,kms:Disable*,kms:Enable*,kms:Get*,kms:ImportKeyMaterial,kms:List*,kms:Put*,kms:ReplicateKey,kms:Revoke*,kms:ScheduleKeyDeletion,kms:TagResource,kms:UntagResource,kms:Update*";
const ECR_READ =
  "ecr:BatchCheckLayerAvailability,ecr:BatchGetImage,ecr:DescribeImageScanFindings,ecr:DescribeImages,ecr:DescribeRepositories,ecr:GetAuthorizationToken,ecr:GetDownloadUrlForLayer,ecr:GetLifecyclePolicy,ecr:GetLifecyclePolicyPreview,ecr:GetRepositoryPolicy,ecr:ListImages,ecr:ListTagsForResource";
const ECR_WRITE =
  "ecr:BatchCheckLayerAvailability,ecr:BatchDeleteImage,ecr:BatchGetImage,ecr:CompleteLayerUpload,ecr:DescribeImageScanFindings,ecr:DescribeImages,ecr:DescribeRepositories,ecr:GetAuthorizationToken,ecr:GetDownloadUrlForLayer,ecr:GetLifecyclePolicy,ecr:GetLifecyclePolicyPreview,ecr:GetRepositoryPolicy,ecr:InitiateLayerUpload,ecr:ListImages,ecr:ListTagsForResource,ecr:PutImage,ecr:UploadLayerPart";

describe("module signatures", () => {
  it("s3-bucket: policy (with attach_policy), acl and grant; replication is not a grant", async () => {
    const r = await moduleGrants("s3");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      ["module.site.aws_s3_bucket_policy.this", "*", "public", "s3:GetObject", "policy"],
      [
        "module.logs.aws_s3_bucket_policy.this",
        "arn:aws:iam::444455556666:root",
        "external",
        "s3:GetObject,s3:ListBucket",
        "policy",
      ],
      // A canned public-read ACL and an explicit READ grant (the bucket ACL's READ lists objects).
      ["module.downloads.aws_s3_bucket_acl.this", "*", "public", "s3:ListBucket", "acl"],
      [
        "module.downloads.aws_s3_bucket_acl.this",
        "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
        "external",
        "s3:ListBucket",
        "grant",
      ],
    ]);
    // The replication destination's account (777788889999) is nowhere among the grants.
    expect(JSON.stringify(r.grants)).not.toContain("777788889999");
    const site = r.grants[0]!;
    expect(site.resource).toMatchObject({ type: "aws_s3_bucket_policy", target: "module.site", line: 15 });
    expect(site.mechanism).toBe("resource-policy");
    expect(r.read.notes).toContain(
      "s3/main.tf:57: module module.ignored (terraform-aws-modules/s3-bucket/aws): read by signature terraform-aws-modules/s3-bucket/aws (checked against v5.15.4 (dd0c434), covers v3 to v5): no input that grants access is set; policy is ignored (attach_policy is not true)",
    );
  });

  it("iam submodules: trusted_role_arns, trust statements, GitHub OIDC subjects, IRSA", async () => {
    const r = await moduleGrants("iam");
    expect(r.errors).toEqual([]);
    const gh = "arn:aws:iam::${own-account}:oidc-provider/token.actions.githubusercontent.com";
    expect(r.rows).toEqual([
      [
        "module.deployer.aws_iam_role.this",
        "arn:aws:iam::123412341234:root",
        "external",
        "sts:AssumeRole",
        "trusted_role_arns",
      ],
      [
        "module.deployer.aws_iam_role.this",
        "arn:aws:iam::${own-account}:role/admin",
        "internal",
        "sts:AssumeRole",
        "trusted_role_arns",
      ],
      [
        "module.deployer.aws_iam_role.this",
        "codebuild.amazonaws.com",
        "service",
        "sts:AssumeRole",
        "trusted_role_services",
      ],
      [
        "module.vendor.aws_iam_role.this",
        "arn:aws:iam::464622532012:root",
        "external",
        "sts:AssumeRole",
        "trust_policy_permissions",
      ],
      [
        "module.gha.aws_iam_role.this",
        `${gh}#repo:octo-org/infra:ref:refs/heads/main`,
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_subjects",
      ],
      [
        "module.gha_v5.aws_iam_role.this",
        `${gh}#repo:octo-org/*`,
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "subjects",
      ],
      // An EKS cluster's provider: gated per service account unless trusted.identity-providers names it.
      [
        "module.irsa.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF0123456789#system:serviceaccount:kube-system:external-dns",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_providers",
      ],
      [
        "module.gitlab.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/gitlab.com#project_path:acme/infra:ref_type:branch:ref:main",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_fully_qualified_subjects",
      ],
      // The account's own SAML provider: gated unless trusted.identity-providers names it.
      [
        "module.okta.aws_iam_role.this",
        "arn:aws:iam::${own-account}:saml-provider/Okta",
        "federated",
        "sts:AssumeRoleWithSAML",
        "provider_id",
      ],
    ]);
    expect(r.grants.every((g) => g.mechanism === "trust-policy")).toBe(true);
    expect(r.grants[3]?.conditions).toEqual({ StringEquals: { "sts:ExternalId": "acme-1234" } });
    // Listed in trusted.identity-providers, the cluster's and the company's providers are internal;
    // GitHub and GitLab.com are shared issuers and stay federated.
    const trusted = await moduleGrants("iam", {
      ...EMPTY_ZONE,
      identityProviders: ["saml-provider/Okta", "oidc.eks.eu-west-1.amazonaws.com/id/*", "gitlab.com"],
    });
    expect(
      trusted.rows.filter((row) => row[3].includes("AssumeRoleWith")).map((row) => [row[0], row[2]]),
    ).toEqual([
      ["module.gha.aws_iam_role.this", "federated"],
      ["module.gha_v5.aws_iam_role.this", "federated"],
      ["module.irsa.aws_iam_role.this", "internal"],
      ["module.gitlab.aws_iam_role.this", "federated"],
      ["module.okta.aws_iam_role.this", "internal"],
    ]);
  });

  it("kms: key owners, administrators, users, service users, statements and grants", async () => {
    const r = await moduleGrants("kms");
    expect(r.errors).toEqual([]);
    const key = "module.kms.aws_kms_key.this";
    expect(r.rows).toEqual([
      [key, "arn:aws:iam::${own-account}:root", "internal", "kms:*", "key_owners"],
      [key, "arn:aws:iam::${own-account}:role/admin", "internal", KMS_ADMIN, "key_administrators"],
      [
        key,
        "arn:aws:iam::210987654321:role/analytics",
        "external",
        "kms:Decrypt,kms:DescribeKey,kms:Encrypt,kms:GenerateDataKey*,kms:ReEncrypt*",
        "key_users",
      ],
      [
        key,
        "arn:aws:iam::210987654321:role/batch",
        "external",
        "kms:CreateGrant,kms:ListGrants,kms:RevokeGrant",
        "key_service_users",
      ],
      [
        key,
        "logs.eu-west-1.amazonaws.com",
        "service",
        "kms:Decrypt*,kms:Encrypt*,kms:GenerateDataKey*",
        "key_statements",
      ],
      [
        'module.kms.aws_kms_grant.this["lambda"]',
        "arn:aws:iam::210987654321:role/decryptor",
        "external",
        "kms:Decrypt,kms:GenerateDataKey",
        "grants/lambda",
      ],
    ]);
    expect(r.grants[3]?.conditions).toEqual({ Bool: { "kms:GrantIsForAWSResource": "true" } });
  });

  it("sns and sqs: policy statements; a topic ARN output of the module is the own account", async () => {
    const r = await moduleGrants("messaging");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.topic.aws_sns_topic_policy.this",
        "arn:aws:iam::135713571357:root",
        "external",
        "sns:Publish",
        "topic_policy_statements",
      ],
      [
        "module.topic.aws_sns_topic_policy.this",
        "o-a1b2c3d4e5",
        "external",
        "sns:Subscribe",
        "topic_policy_statements",
      ],
      [
        "module.queue.aws_sqs_queue_policy.this",
        "arn:aws:iam::246824682468:role/consumer",
        "external",
        "sqs:DeleteMessage,sqs:ReceiveMessage",
        "queue_policy_statements",
      ],
      [
        "module.queue.aws_sqs_queue_policy.this",
        "sns.amazonaws.com",
        "service",
        "sqs:SendMessage",
        "queue_policy_statements",
      ],
    ]);
  });

  it("lambda: allowed_triggers are Lambda permissions; environment variables are not principals", async () => {
    const r = await moduleGrants("lambda");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        'module.fn.aws_lambda_permission.current_version_triggers["APIGateway"]',
        "arn:aws:iam::111122223333:root",
        "external",
        "lambda:InvokeFunction",
        "allowed_triggers/APIGateway",
      ],
      [
        'module.fn.aws_lambda_permission.current_version_triggers["PartnerAccount"]',
        "arn:aws:iam::888877776666:root",
        "external",
        "lambda:InvokeFunction",
        "allowed_triggers/PartnerAccount",
      ],
    ]);
    expect(r.grants[0]?.via).toBeDefined();
    expect(JSON.stringify(r.grants)).not.toContain("999900001111");
  });

  it("ecr: read, read-write and Lambda read access", async () => {
    const r = await moduleGrants("ecr");
    expect(r.errors).toEqual([]);
    const repo = "module.ecr.aws_ecr_repository_policy.this";
    expect(r.rows).toEqual([
      [repo, "arn:aws:iam::321032103210:role/ci-pull", "external", ECR_READ, "repository_read_access_arns"],
      [
        repo,
        "arn:aws:iam::321032103210:role/ci-push",
        "external",
        ECR_WRITE,
        "repository_read_write_access_arns",
      ],
      // Lambda functions of account 321032103210 pull through the Lambda service.
      [
        repo,
        "arn:aws:iam::321032103210:root",
        "external",
        "ecr:BatchGetImage,ecr:GetDownloadUrlForLayer",
        "repository_lambda_read_access_arns",
      ],
    ]);
  });

  it("secrets-manager, dynamodb-table, opensearch: resource policies", async () => {
    const r = await moduleGrants("data-stores");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.secret.aws_secretsmanager_secret_policy.this",
        "arn:aws:iam::575757575757:role/reader",
        "external",
        "secretsmanager:GetSecretValue",
        "policy_statements",
      ],
      [
        "module.table.aws_dynamodb_resource_policy.this",
        "arn:aws:iam::686868686868:role/reporting",
        "external",
        "dynamodb:GetItem,dynamodb:Query",
        "resource_policy",
      ],
      [
        "module.search.aws_opensearch_domain_policy.this",
        "*",
        "public",
        "es:ESHttp*",
        "access_policy_statements",
      ],
    ]);
  });

  it("eventbridge permissions and transit-gateway RAM principals", async () => {
    const events = await moduleGrants("eventbridge");
    expect(events.rows).toEqual([
      [
        'module.bus.aws_cloudwatch_event_permission.this["* OrgPut"]',
        "o-a1b2c3d4e5",
        "external",
        "events:PutEvents",
        "permissions/* OrgPut",
      ],
      [
        'module.bus.aws_cloudwatch_event_permission.this["909090909090 PartnerPut"]',
        "arn:aws:iam::909090909090:root",
        "external",
        "events:PutEvents",
        "permissions/909090909090 PartnerPut",
      ],
      [
        'module.consumer.aws_lambda_permission.current_version_triggers["OrdersRule"]',
        "events.amazonaws.com",
        "service",
        "lambda:InvokeFunction",
        "allowed_triggers/OrdersRule",
      ],
    ]);
    const tgw = await moduleGrants("tgw");
    expect(tgw.rows).toEqual([
      [
        "module.tgw.aws_ram_principal_association.this[0]",
        "arn:aws:iam::307990089504:root",
        "external",
        "ram:default-permission",
        "ram_principals/0",
      ],
      [
        "module.tgw.aws_ram_principal_association.this[1]",
        "o-a1b2c3d4e5",
        "external",
        "ram:default-permission",
        "ram_principals/1",
      ],
    ]);
  });
});

describe("cloudposse module signatures", () => {
  it("s3-bucket privileged principals, replication sources and source policies; iam-role principals; kms-key policy", async () => {
    const r = await moduleGrants("cloudposse");
    expect(r.errors).toEqual([]);
    const bucket = "module.bucket.aws_s3_bucket_policy.default";
    expect(r.rows).toEqual([
      [
        bucket,
        "arn:aws:iam::929292929292:role/deployer",
        "external",
        "s3:GetObject,s3:PutObject",
        "privileged_principal_arns",
      ],
      [
        bucket,
        "arn:aws:iam::939393939393:role/replicator",
        "external",
        "s3:GetBucketVersioning,s3:GetObjectVersionTagging,s3:List*,s3:ObjectOwnerOverrideToBucketOwner,s3:PutBucketVersioning,s3:ReplicateDelete,s3:ReplicateObject,s3:ReplicateTags",
        "s3_replication_source_roles",
      ],
      // Records come in the order of their lines in the file.
      [bucket, "arn:aws:iam::949494949494:root", "external", "s3:ListBucket", "source_policy_documents"],
      [
        "module.role.aws_iam_role.default",
        "arn:aws:iam::959595959595:root",
        "external",
        "sts:AssumeRole,sts:TagSession",
        "principals",
      ],
      [
        "module.key.aws_kms_key.default",
        "arn:aws:iam::969696969696:role/backup",
        "external",
        "kms:Decrypt",
        "policy",
      ],
    ]);
    // The role's own permissions (policy_documents) are an identity policy, not a grant.
    expect(r.grants[3]?.conditions).toEqual({ StringEquals: { "sts:ExternalId": "audit-42" } });
  });
});

describe("eks", () => {
  it("the cluster key's users; the cluster's OIDC provider output is the own account", async () => {
    const r = await moduleGrants("eks");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.eks.module.kms.aws_kms_key.this",
        "arn:aws:iam::979797979797:role/backup-operator",
        "external",
        "kms:Decrypt,kms:DescribeKey,kms:Encrypt,kms:GenerateDataKey*,kms:ReEncrypt*",
        "kms_key_users",
      ],
      [
        "module.ebs_csi_irsa.aws_iam_role.this",
        "${module.eks.oidc_provider_arn}",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_providers",
      ],
    ]);
    // The cluster is this configuration's own: trusted.identity-providers may name it by reference.
    const trusted = await moduleGrants("eks", { ...EMPTY_ZONE, identityProviders: ["module.eks"] });
    expect(trusted.rows[1]?.[2]).toBe("internal");
  });
});

describe("built-in grants of vendors' onboarding modules", () => {
  it("trust the vendor's account by default", async () => {
    const r = await moduleGrants("vendors");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.datadog_integration.aws_iam_role.default",
        "arn:aws:iam::464622532012:root",
        "external",
        "sts:AssumeRole",
        "datadog_aws_account_id",
      ],
      [
        "module.lacework_config.module.lacework_cfg_iam_role.aws_iam_role.lacework_iam_role",
        "arn:aws:iam::434813966438:role/lacework-platform",
        "external",
        "sts:AssumeRole",
        "lacework_aws_account_id",
      ],
    ]);
  });
});
