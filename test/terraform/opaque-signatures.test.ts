// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Registry modules read through their signatures (src/grants/module-signatures.ts): one fixture
 * per module family under fixtures/terraform/modules, inputs from the modules' own examples,
 * expected grants written by hand: [address, principal, classification, actions, input].
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SIGNATURE_INPUTS } from "../../src/grants/module-signatures.js";
import { renderText } from "../../src/model/symbolic.js";
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
    // module.kms_off (create = false) is among none of the rows, and says why.
    expect(
      r.read.notes?.some(
        (n) => n.includes("module module.kms_off") && n.endsWith("creates nothing (create = false)"),
      ),
    ).toBe(true);
  });

  it("eks karpenter: v20's IRSA trust only with enable_irsa; a node role given gets the access entry; v21's documents and queue statements", async () => {
    const r = await moduleGrants("karpenter");
    expect(r.errors).toEqual([]);
    expect(
      r.rows.map(([address, principal, classification]) => [address, principal, classification]),
    ).toEqual([
      [
        "module.karpenter_irsa.aws_iam_role.controller",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/KARP#system:serviceaccount:*",
        "federated",
      ],
      [
        "module.karpenter_shared_nodes.aws_eks_access_entry.node",
        "arn:aws:iam::585858585858:role/shared-nodes",
        "external",
      ],
      [
        "module.karpenter_documents.aws_iam_role.controller",
        "arn:aws:iam::616161616161:role/ops",
        "external",
      ],
      [
        "module.karpenter_documents.aws_iam_role.controller",
        "arn:aws:iam::626262626262:role/break-glass",
        "external",
      ],
      [
        "module.karpenter_documents.aws_sqs_queue_policy.this",
        "arn:aws:iam::636363636363:role/auditor",
        "external",
      ],
    ]);
    expect(JSON.stringify(r.grants)).not.toContain("595959595959");
  });

  it("efs: the file system policy from statements and documents, only with attach_policy", async () => {
    const r = await moduleGrants("efs");
    expect(r.errors).toEqual([]);
    const policy = "module.shared.aws_efs_file_system_policy.this";
    expect(
      r.rows.map(([address, principal, classification, , input]) => [
        address,
        principal,
        classification,
        input,
      ]),
    ).toEqual([
      [policy, "arn:aws:iam::646464646464:role/reader", "external", "policy_statements"],
      [policy, "arn:aws:iam::656565656565:role/writer", "external", "source_policy_documents"],
      [policy, "arn:aws:iam::666666666600:role/admin", "external", "override_policy_documents"],
    ]);
    expect(JSON.stringify(r.grants)).not.toContain("676767676767");
  });

  it("eks-pod-identity: trust_policy_statements (v1's conditions too); create = false grants nothing", async () => {
    const r = await moduleGrants("pod-identity");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.cni.aws_iam_role.this",
        "arn:aws:iam::565656565656:role/deployer",
        "external",
        "sts:AssumeRole",
        "trust_policy_statements",
      ],
    ]);
    expect(r.grants[0]?.conditions).toEqual({ StringEquals: { "aws:PrincipalTag/team": "platform" } });
    expect(JSON.stringify(r.grants)).not.toContain("575757575757");
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

describe("the versions a signature covers", () => {
  it("a call asking for a version no covered one satisfies is read generically, or is unresolved", async () => {
    const r = await moduleGrants("versions");
    expect(r.errors).toEqual([]);
    const KEY_USE = "kms:Decrypt,kms:DescribeKey,kms:Encrypt,kms:GenerateDataKey*,kms:ReEncrypt*";
    expect(r.rows).toEqual([
      // s3-bucket ~> 2.0: the generic reading still finds the policy, on the call itself.
      ["module.old_bucket", "arn:aws:iam::210987654321:root", "external", "s3:GetObject", "policy"],
      [
        "module.ranged_bucket.aws_s3_bucket_policy.this",
        "arn:aws:iam::210987654321:root",
        "external",
        "s3:ListBucket",
        "policy",
      ],
      [
        "module.tagged_key.aws_kms_key.this",
        "arn:aws:iam::210987654321:role/reader",
        "external",
        KEY_USE,
        "key_users",
      ],
      [
        "module.commit_key.aws_kms_key.this",
        "arn:aws:iam::210987654321:role/auditor",
        "external",
        KEY_USE,
        "key_users",
      ],
      [
        "module.checked_key.aws_kms_key.this",
        "arn:aws:iam::210987654321:role/checker",
        "external",
        KEY_USE,
        "key_users",
      ],
      // kms >= 5.0: key_users is not principal-named for the generic reading: the call is unresolved.
      [
        "module.future_key",
        "${module module.future_key (terraform-aws-modules/kms/aws >= 5.0)}",
        "unresolved",
        "*",
        "",
      ],
      [
        "module.old_vpc",
        "${module module.old_vpc (terraform-aws-modules/vpc/aws 2.78.0)}",
        "unresolved",
        "*",
        "",
      ],
    ]);
    const notes = (r.read.notes ?? []).join("\n");
    expect(notes).toContain(
      "versions/main.tf:4: module module.old_bucket (terraform-aws-modules/s3-bucket/aws ~> 2.0): signature terraform-aws-modules/s3-bucket/aws (covers v3 to v5) does not cover version ~> 2.0; read generically: policies or principals in policy",
    );
    expect(notes).toContain(
      "module module.future_key (terraform-aws-modules/kms/aws >= 5.0): signature terraform-aws-modules/kms/aws (covers v1 to v4) does not cover version >= 5.0; nothing found generically; reported as one unresolved grant",
    );
    expect(notes).toContain(
      'grants from key_users; ref "8a3b1c9e5f7d2a4b6c8e0f1a3b5c7d9e1f2a4b6c" is not a version number: the signature (covers v1 to v4) is assumed to fit',
    );
    expect(notes).toMatch(/module\.ranged_bucket .*: read by signature/);
    // A tags/ ref and the commit the signature was checked against fit without a caveat.
    expect(notes).toMatch(/module\.tagged_key .*: grants from key_users$/m);
    expect(notes).toMatch(/module\.checked_key .*: grants from key_users$/m);
  });
});

describe("s3-bucket submodules, eks access entries, lambda deploy, eks-blueprints-addons", () => {
  it("notification: queue and topic policies and a Lambda permission for the S3 service, for this bucket", async () => {
    const r = await moduleGrants("s3-submodules");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        'module.uploads_notifications.aws_sqs_queue_policy.allow["scans"]',
        "s3.amazonaws.com",
        "service",
        "sqs:SendMessage",
        "sqs_notifications/scans",
      ],
      [
        'module.uploads_notifications.aws_sns_topic_policy.allow["audit"]',
        "s3.amazonaws.com",
        "service",
        "sns:Publish",
        "sns_notifications/audit",
      ],
      [
        'module.uploads_notifications.aws_lambda_permission.allow["thumbnails"]',
        "s3.amazonaws.com",
        "service",
        "lambda:InvokeFunction",
        "lambda_notifications/thumbnails",
      ],
      // object: a public-read canned ACL makes the object public.
      ["module.landing_page.aws_s3_object.this", "*", "public", "s3:GetObject", "acl"],
      // table-bucket: the policy statements (create_table_bucket_policy is set).
      [
        "module.tables.aws_s3tables_table_bucket_policy.this",
        "arn:aws:iam::314159265358:role/analytics",
        "external",
        "s3tables:GetTableData,s3tables:GetTableMetadataLocation",
        "table_bucket_policy_statements",
      ],
    ]);
    // The S3 service is narrowed to the bucket the module made, and the queue is the target.
    const queue = r.grants[0]!;
    expect(queue.conditions).toEqual({ ArnEquals: { "aws:SourceArn": "${module.uploads.s3_bucket_arn}" } });
    expect(queue.resource.target).toBe("aws_sqs_queue.scans");
    const notes = (r.read.notes ?? []).join("\n");
    expect(notes).toContain("sqs_notifications is ignored (create_sqs_policy is not true)");
  });

  it("eks access entries: another account's role is external access to the cluster; keys and roles are not principals", async () => {
    const r = await moduleGrants("eks-access");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        'module.eks.aws_eks_access_entry.this["ci_deployer"]',
        "arn:aws:iam::271828182845:role/ci-deployer",
        "external",
        "eks:access-entry",
        "access_entries/ci_deployer",
      ],
      [
        'module.eks.aws_eks_access_entry.this["platform_admins"]',
        "arn:aws:iam::${own-account}:role/platform-admin",
        "internal",
        "eks:access-entry",
        "access_entries/platform_admins",
      ],
    ]);
    expect(r.grants[0]!.resource).toMatchObject({
      type: "aws_eks_access_entry",
      target: "module.eks",
      line: 23,
    });
  });

  it("lambda deploy: the CodeDeploy role trusts the service; environment variables are not principals", async () => {
    const r = await moduleGrants("lambda-deploy");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.api_deploy.aws_iam_role.codedeploy",
        "codedeploy.eu-west-1.amazonaws.com",
        "service",
        "sts:AssumeRole",
        "codedeploy_principals",
      ],
    ]);
  });

  it("eks-blueprints-addons: the add-on roles trust the cluster's OIDC provider in their own account (federated, as every own single-tenant provider)", async () => {
    const r = await moduleGrants("eks-addons");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.eks_blueprints_addons.module.addons.aws_iam_role.this",
        "${module.eks.oidc_provider_arn}",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_provider_arn",
      ],
      [
        // IAM takes a web-identity provider of the role's own account only: the account written
        // in the ARN is where the roles are made, not another account.
        "module.foreign_addons.module.addons.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABCDEF#system:serviceaccount:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_provider_arn",
      ],
      // The access entries beside the calls (the next test).
      [
        "aws_eks_access_entry.karpenter_nodes",
        "${module.eks_blueprints_addons.karpenter.node_iam_role_arn}",
        "internal",
        "eks:access-entry",
        "-",
      ],
      [
        "aws_eks_access_entry.karpenter_namespace",
        "${module.eks_blueprints_addons.karpenter.namespace}",
        "unresolved",
        "eks:access-entry",
        "-",
      ],
    ]);
    // Route 53 zones and the Karpenter node role are not principals.
    expect(JSON.stringify(r.grants)).not.toContain("hostedzone");
    expect(JSON.stringify(r.grants)).not.toContain("karpenter-node");
  });

  it("eks-blueprints-addons: karpenter.node_iam_role_arn names a role the module makes; karpenter.namespace does not", async () => {
    const r = await moduleGrants("eks-addons");
    const entries = r.grants.filter((g) => g.resource.type === "aws_eks_access_entry");
    expect(entries.map((g) => [g.resource.address, renderText(g.principal.id), g.classification])).toEqual([
      [
        "aws_eks_access_entry.karpenter_nodes",
        "${module.eks_blueprints_addons.karpenter.node_iam_role_arn}",
        "internal",
      ],
      [
        "aws_eks_access_entry.karpenter_namespace",
        "${module.eks_blueprints_addons.karpenter.namespace}",
        "unresolved",
      ],
    ]);
  });
});

describe("eks-blueprints-teams, eks-blueprints-addon, cloudposse helm-release and eks-iam-role", () => {
  it("a team role trusts its users (and its service accounts unless admin); an add-on's role, only with create_role", async () => {
    const r = await moduleGrants("eks-teams");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.platform_team.aws_iam_role.this",
        "arn:aws:iam::${own-account}:role/admin",
        "internal",
        "sts:AssumeRole",
        "users",
      ],
      [
        "module.platform_team.aws_iam_role.this",
        "arn:aws:iam::192837465019:role/partner-sso",
        "external",
        "sts:AssumeRole",
        "users",
      ],
      // Not an admin team: its role also trusts the cluster's service accounts.
      [
        "module.web_team.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/77AA#system:serviceaccount:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_provider_arn",
      ],
      [
        "module.external_secrets.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/77AA#system:serviceaccount:external-secrets:external-secrets-sa",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_providers",
      ],
      [
        "module.external_secrets.aws_iam_role.this",
        "arn:aws:iam::564738291056:role/ci",
        "external",
        "sts:AssumeRole",
        "trust_policy_statements",
      ],
      // cloudposse: the issuer URL (with or without https://) is a provider of the own account.
      [
        "module.cert_manager.module.eks_iam_role.aws_iam_role.service_account",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/77AA#system:serviceaccount:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "eks_cluster_oidc_issuer_url",
      ],
      [
        "module.dns_role.aws_iam_role.service_account",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/77AA#system:serviceaccount:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "eks_cluster_oidc_issuer_url",
      ],
      // An unresolved issuer: the provider is still the own account's.
      [
        "module.unknown_issuer_role.aws_iam_role.service_account",
        "arn:aws:iam::${own-account}:oidc-provider/${var.issuer_url}",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "eks_cluster_oidc_issuer_url",
      ],
    ]);
    expect(r.grants[3]!.conditions).toMatchObject({
      StringEquals: {
        "oidc.eks.eu-west-1.amazonaws.com/id/77AA:sub": [
          "system:serviceaccount:external-secrets:external-secrets-sa",
        ],
      },
    });
    // The cluster ARN is not a principal; an add-on without create_role makes no role.
    expect(JSON.stringify(r.grants)).not.toContain("cluster/apps");
    expect((r.read.notes ?? []).join("\n")).toContain("oidc_providers is ignored (create_role is not true)");
  });
});

describe("every signature row", () => {
  it("rows no other fixture calls: one call each, its own account per row", async () => {
    const r = await moduleGrants("rows");
    expect(r.errors).toEqual([]);
    const KMS_USE = "kms:Decrypt,kms:DescribeKey,kms:Encrypt,kms:GenerateDataKey*,kms:ReEncrypt*";
    expect(r.rows).toEqual([
      [
        "module.tables_json.aws_s3tables_table_bucket_policy.this",
        "arn:aws:iam::100000000001:root",
        "external",
        "sts:AssumeRole",
        "table_bucket_policy",
      ],
      [
        "module.tables_documents.aws_s3tables_table_bucket_policy.this",
        "arn:aws:iam::100000000002:root",
        "external",
        "sts:AssumeRole",
        "table_bucket_source_policy_documents",
      ],
      [
        "module.tables_documents.aws_s3tables_table_bucket_policy.this",
        "arn:aws:iam::100000000003:root",
        "external",
        "sts:AssumeRole",
        "table_bucket_override_policy_documents",
      ],
      [
        "module.github_role.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/token.actions.githubusercontent.com#repo:acme/deploy:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_wildcard_subjects",
      ],
      [
        "module.custom_trust.aws_iam_role.this",
        "arn:aws:iam::100000000004:root",
        "external",
        "sts:AssumeRole",
        "custom_role_trust_policy",
      ],
      [
        "module.admin_roles.aws_iam_role.admin",
        "arn:aws:iam::100000000005:root",
        "external",
        "sts:AssumeRole",
        "trusted_role_arns",
      ],
      [
        "module.irsa_wildcard.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/5C2B#system:serviceaccount:apps:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_subjects_with_wildcards",
      ],
      [
        "module.saml_role.aws_iam_role.this",
        "arn:aws:iam::${own-account}:saml-provider/okta",
        "federated",
        "sts:AssumeRoleWithSAML",
        "provider_ids",
      ],
      [
        "module.key_with_policy.aws_kms_key.this",
        "arn:aws:iam::100000000007:root",
        "external",
        "sts:AssumeRole",
        "policy",
      ],
      [
        "module.key_users.aws_kms_key.this",
        "arn:aws:iam::100000000008:root",
        "external",
        KMS_USE,
        "key_symmetric_encryption_users",
      ],
      [
        "module.key_users.aws_kms_key.this",
        "arn:aws:iam::100000000009:root",
        "external",
        "kms:DescribeKey,kms:GenerateMac,kms:VerifyMac",
        "key_hmac_users",
      ],
      [
        "module.key_users.aws_kms_key.this",
        "arn:aws:iam::100000000010:root",
        "external",
        "kms:Decrypt,kms:DescribeKey,kms:Encrypt,kms:GetPublicKey,kms:ReEncrypt*",
        "key_asymmetric_public_encryption_users",
      ],
      [
        "module.key_users.aws_kms_key.this",
        "arn:aws:iam::100000000011:root",
        "external",
        "kms:DescribeKey,kms:GetPublicKey,kms:Sign,kms:Verify",
        "key_asymmetric_sign_verify_users",
      ],
      [
        "module.key_users.aws_kms_key.this",
        "arn:aws:iam::${own-account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling",
        "internal",
        "kms:CreateGrant,kms:Decrypt,kms:DescribeKey,kms:Encrypt,kms:GenerateDataKey*,kms:ReEncrypt*",
        "key_service_roles_for_autoscaling",
      ],
      [
        "module.topic.aws_sns_topic_policy.this",
        "arn:aws:iam::100000000012:root",
        "external",
        "sts:AssumeRole",
        "topic_policy",
      ],
      [
        "module.queue.aws_sqs_queue_policy.dlq",
        "arn:aws:iam::100000000013:root",
        "external",
        "sqs:ReceiveMessage",
        "dlq_queue_policy_statements",
      ],
      [
        "module.resolver.aws_iam_role.lambda",
        "appsync.amazonaws.com",
        "service",
        "sts:AssumeRole",
        "trusted_entities",
      ],
      [
        "module.resolver.aws_iam_role.lambda",
        "arn:aws:iam::100000000014:root",
        "external",
        "sts:AssumeRole",
        "trusted_entities",
      ],
      [
        'module.resolver_live.aws_lambda_permission.qualified_alias_triggers["Partner"]',
        "arn:aws:iam::100000000015:root",
        "external",
        "lambda:InvokeFunction",
        "allowed_triggers/Partner",
      ],
      [
        "module.images.aws_ecr_repository_policy.this",
        "arn:aws:iam::100000000016:root",
        "external",
        "sts:AssumeRole",
        "repository_policy",
      ],
      [
        "module.images.aws_ecr_repository_policy.this",
        "arn:aws:iam::100000000017:root",
        "external",
        "ecr:BatchGetImage",
        "repository_policy_statements",
      ],
      [
        "module.search.aws_opensearch_domain_policy.this",
        "arn:aws:iam::100000000018:root",
        "external",
        "sts:AssumeRole",
        "access_policies",
      ],
      [
        "module.cluster.module.kms.aws_kms_key.this",
        "arn:aws:iam::100000000019:root",
        "external",
        "kms:*",
        "kms_key_owners",
      ],
      [
        "module.cluster.module.kms.aws_kms_key.this",
        "arn:aws:iam::100000000020:root",
        "external",
        KMS_ADMIN,
        "kms_key_administrators",
      ],
      [
        "module.cluster.module.kms.aws_kms_key.this",
        "arn:aws:iam::100000000021:root",
        "external",
        "kms:CreateGrant,kms:ListGrants,kms:RevokeGrant",
        "kms_key_service_users",
      ],
      [
        "module.cluster.module.kms.aws_kms_key.this",
        "arn:aws:iam::100000000022:root",
        "external",
        "sts:AssumeRole",
        "kms_key_source_policy_documents",
      ],
      [
        "module.cluster.module.kms.aws_kms_key.this",
        "arn:aws:iam::100000000023:root",
        "external",
        "sts:AssumeRole",
        "kms_key_override_policy_documents",
      ],
      [
        "module.cp_role.aws_iam_role.default",
        "arn:aws:iam::100000000024:root",
        "external",
        "sts:AssumeRole",
        "assume_role_policy",
      ],
    ]);
  });

  it("is exercised by a module fixture that yields a grant from its input, on the resource it becomes", async () => {
    const seen: string[] = [];
    for (const dir of readdirSync(
      fileURLToPath(new URL("../../fixtures/terraform/modules/", import.meta.url)),
    )) {
      const r = await moduleGrants(dir);
      for (const g of r.grants) seen.push(`${(g.input ?? "").split("/")[0]} ${g.resource.address}`);
    }
    const missing = SIGNATURE_INPUTS.filter(
      (row) => !seen.some((s) => s.startsWith(`${row.input} `) && s.includes(`.${row.becomes}`)),
    ).map((row) => `${row.module} ${row.input}`);
    expect(missing).toEqual([]);
  });
});
