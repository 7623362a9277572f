/**
 * Module signatures (design.md, "Modules whose code is not in the repository"): for registry
 * modules whose code is not in the checkout, what each input that can grant access becomes
 * inside the module. One row per module and input, like the grant table: adding an input is
 * adding a row. Rows were written from each module's own variables.tf and main.tf at the
 * version named in MODULE_SIGNATURES (`checked`), in our own words.
 */

/** How the module uses an input's value. */
export type InputUse =
  /** A whole policy document: JSON text or an object. */
  | "policy"
  /** A list or map of aws_iam_policy_document statement objects (sid, effect, actions, principals, condition(s)). */
  | "statements"
  /** A list of principals put into one statement the module writes (`principal`, `actions`, `condition`). */
  | "principals"
  /** A list of ARNs that narrow a statement to a service principal (`principal` is the service). */
  | "source-arns"
  /** A map of Lambda triggers: principal or service, source_arn, source_account, principal_org_id. */
  | "lambda-triggers"
  /** A map keyed "<principal> <statement id>" of EventBridge bus permissions. */
  | "event-permissions"
  /** A list of RAM principals (accounts, OUs, the organization). */
  | "ram-principals"
  /** A map (or list) of objects, each one inner resource made of the `fields` it names (KMS grants, EKS access entries). */
  | "entries"
  /**
   * A map of S3 event notifications: each lets the S3 service (`principal`) reach the entry's
   * `target` (a queue, topic or function) with `actions`, for the bucket of the `bucket_arn` (or
   * `bucket`) input only.
   */
  | "bucket-notifications"
  /** One EKS OIDC provider (its ARN or issuer URL) whose service accounts (any of them) assume the module's roles. */
  | "irsa-provider"
  /** GitHub repositories ("org/repo:ref") trusted through the account's GitHub OIDC provider. */
  | "github-subjects"
  /** OIDC subjects trusted through the providers named in `providerInputs` (URLs, own account). */
  | "oidc-subjects"
  /** A map of EKS OIDC providers: provider_arn and namespace_service_accounts. */
  | "irsa-providers"
  /** A list of policy documents (JSON text) merged into one policy. */
  | "policies"
  /** A map from principal type to identifiers ({ AWS = [...], Service = [...] }). */
  | "typed-principals"
  /** A list of one-key maps whose keys are principals ({ "<arn>" = ["prefix/"] }). */
  | "principal-keys"
  /**
   * Built in: the module trusts a vendor's account even when no input names it. The input (with
   * `default`, the module's default) is the account; `principalTemplate` the principal made of it.
   */
  | "built-in-account"
  /** The value is one argument (`argument`) of the inner resource, as it is (a canned ACL). */
  | "argument"
  /** S3 ACL grants as the s3-bucket module takes them: [{ type, permission, id, uri, email }]. */
  | "s3-grants";

export interface SignatureInput {
  /** The module, as in MODULE_SIGNATURES. */
  module: string;
  input: string;
  use: InputUse;
  /** The resource inside the module that the input becomes ("aws_s3_bucket_policy.this"). */
  becomes: string;
  /** For "principals" and "source-arns": the principal type, or the service principal. */
  principal?: "AWS" | "Service" | "Federated" | `${string}.amazonaws.com`;
  /** For "oidc-subjects": the inputs naming the providers' URLs. */
  providerInputs?: string[];
  /** For "principals" and "source-arns": the actions of the statement the module writes. */
  actions?: string[];
  /** For "principals": the condition of that statement; for "source-arns": the key the ARNs go in. */
  condition?: Record<string, Record<string, unknown>>;
  conditionKey?: string;
  /** An input whose value is the statement's actions (with `actions` as its default). */
  actionsInput?: string;
  /** An input holding the statement's conditions as [{ test, variable, values }]. */
  conditionsInput?: string;
  /** For "github-subjects": the condition test the module uses on `sub`. */
  test?: string;
  /** A boolean input that must be true (`negate`: false) for this input to take effect, and its default. */
  when?: { input: string; default: boolean; negate?: boolean };
  /** For "built-in-account": the module's default account and the principal built from it ("{}"). */
  default?: string;
  principalTemplate?: string;
  /** For "argument": the inner resource's argument the value becomes. */
  argument?: string;
  /** For "entries": the fields of each entry the inner resource takes. */
  fields?: string[];
  /** For "bucket-notifications": the entry's field naming what is reached, and the inner argument it becomes. */
  target?: { field: string; argument: string };
}

export interface ModuleSignature {
  /** Registry address without host; a submodule after "//" ("terraform-aws-modules/iam/aws//modules/iam-role"). */
  module: string;
  /** The version (and commit) whose source the rows were checked against. */
  checked: string;
  /** The versions the rows are meant to cover. */
  covers: string;
  /**
   * Outputs that are identities of resources the module creates (own account); "output.attr" for
   * one attribute of an object output.
   */
  outputs?: string[];
  /** Set when the module creates no grant: why. */
  nothing?: string;
  /**
   * The input that, set to false, makes the module create nothing (terraform-aws-modules'
   * `create`): every resource it makes is counted on it. An unknown value creates as usual.
   */
  creates?: string;
}

const S3 = "terraform-aws-modules/s3-bucket/aws";
const IAM = "terraform-aws-modules/iam/aws//modules";
const KMS = "terraform-aws-modules/kms/aws";
const SNS = "terraform-aws-modules/sns/aws";
const SQS = "terraform-aws-modules/sqs/aws";
const LAMBDA = "terraform-aws-modules/lambda/aws";
const ECR = "terraform-aws-modules/ecr/aws";
const SECRETS = "terraform-aws-modules/secrets-manager/aws";
const EVENTS = "terraform-aws-modules/eventbridge/aws";
const DYNAMODB = "terraform-aws-modules/dynamodb-table/aws";
const OPENSEARCH = "terraform-aws-modules/opensearch/aws";
const TGW = "terraform-aws-modules/transit-gateway/aws";

const EKS = "terraform-aws-modules/eks/aws";
const EKS_POD_IDENTITY = "terraform-aws-modules/eks-pod-identity/aws";
const KARPENTER = "terraform-aws-modules/eks/aws//modules/karpenter";
const EFS = "terraform-aws-modules/efs/aws";
const CP_S3 = "cloudposse/s3-bucket/aws";
const CP_ROLE = "cloudposse/iam-role/aws";
const CP_KMS = "cloudposse/kms-key/aws";

const ASSUME = ["sts:AssumeRole"];
const KMS_USE = ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"];
const KMS_ADMIN = [
  "kms:Create*",
  "kms:Describe*",
  "kms:Enable*",
  "kms:List*",
  "kms:Put*",
  "kms:Update*",
  "kms:Revoke*",
  "kms:Disable*",
  "kms:Get*",
  "kms:Delete*",
  "kms:TagResource",
  "kms:UntagResource",
  "kms:ScheduleKeyDeletion",
  "kms:CancelKeyDeletion",
  "kms:ReplicateKey",
  "kms:ImportKeyMaterial",
];
const ECR_READ = [
  "ecr:BatchCheckLayerAvailability",
  "ecr:BatchGetImage",
  "ecr:DescribeImageScanFindings",
  "ecr:DescribeImages",
  "ecr:DescribeRepositories",
  "ecr:GetDownloadUrlForLayer",
  "ecr:GetLifecyclePolicy",
  "ecr:GetLifecyclePolicyPreview",
  "ecr:GetRepositoryPolicy",
  "ecr:ListImages",
  "ecr:ListTagsForResource",
];
const ECR_WRITE = [
  "ecr:PutImage",
  "ecr:InitiateLayerUpload",
  "ecr:UploadLayerPart",
  "ecr:CompleteLayerUpload",
  "ecr:BatchDeleteImage",
];

const principals = (
  module: string,
  input: string,
  becomes: string,
  actions: string[],
  extra: Partial<SignatureInput> = {},
): SignatureInput => ({ module, input, use: "principals", becomes, principal: "AWS", actions, ...extra });

/** Identity outputs of modules that grant nothing (a role the module makes, named elsewhere). */
const NOTHING_OUTPUTS: Record<string, string[]> = {
  "terraform-aws-modules/ec2-instance/aws": [
    "arn",
    "id",
    "iam_role_arn",
    "iam_role_name",
    "iam_instance_profile_arn",
  ],
};

export const MODULE_SIGNATURES: readonly ModuleSignature[] = [
  {
    module: S3,
    creates: "create_bucket",
    checked: "v5.15.4 (dd0c434)",
    covers: "v3 to v5",
    outputs: ["s3_bucket_id", "s3_bucket_arn", "s3_bucket_bucket_domain_name", "s3_bucket_policy"],
  },
  {
    module: `${S3}//modules/notification`,
    checked: "v5.15.4 (dd0c434)",
    covers: "v3 to v5",
    outputs: ["s3_bucket_notification_id"],
  },
  {
    module: `${S3}//modules/object`,
    checked: "v5.15.4 (dd0c434)",
    covers: "v3 to v5",
    outputs: ["s3_object_id", "s3_object_etag", "s3_object_version_id"],
  },
  {
    module: `${S3}//modules/table-bucket`,
    checked: "v5.15.4 (dd0c434)",
    covers: "v5",
    outputs: ["s3_table_bucket_arn", "s3_table_bucket_created_at", "s3_table_bucket_owner_account_id"],
  },
  {
    module: `${IAM}/iam-role`,
    checked: "v6.5.0 (981121b)",
    covers: "v6",
    outputs: ["arn", "name", "unique_id"],
  },
  {
    module: `${IAM}/iam-assumable-role`,
    checked: "v5.60.0",
    covers: "v4, v5",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_unique_id", "iam_instance_profile_arn"],
  },
  {
    module: `${IAM}/iam-assumable-roles`,
    checked: "v5.60.0",
    covers: "v4, v5",
    outputs: ["admin_iam_role_arn", "poweruser_iam_role_arn", "readonly_iam_role_arn"],
  },
  {
    module: `${IAM}/iam-assumable-role-with-oidc`,
    checked: "v5.60.0",
    covers: "v4, v5",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_unique_id"],
  },
  {
    module: `${IAM}/iam-assumable-role-with-saml`,
    checked: "v5.60.0",
    covers: "v4, v5",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_unique_id"],
  },
  {
    module: `${IAM}/iam-github-oidc-role`,
    checked: "v5.60.0",
    covers: "v5",
    outputs: ["arn", "name", "unique_id"],
  },
  {
    module: `${IAM}/iam-role-for-service-accounts-eks`,
    checked: "v5.60.0",
    covers: "v5",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_unique_id"],
  },
  {
    module: `${IAM}/iam-role-for-service-accounts`,
    checked: "v6.5.0 (981121b)",
    covers: "v6",
    outputs: ["arn", "name", "unique_id"],
  },
  {
    module: `${IAM}/iam-policy`,
    checked: "v6.5.0 (981121b)",
    covers: "v5, v6",
    outputs: ["arn", "id", "name"],
    nothing: "an identity policy: it says what its holders may do, not who may come in",
  },
  {
    module: `${IAM}/iam-user`,
    checked: "v6.5.0 (981121b)",
    covers: "v5, v6",
    outputs: ["arn", "name", "unique_id"],
    nothing: "a user and its keys in the own account",
  },
  {
    module: `${IAM}/iam-oidc-provider`,
    checked: "v6.5.0 (981121b)",
    covers: "v6",
    outputs: ["arn"],
    nothing: "an identity provider; the roles that trust it hold the grants",
  },
  {
    module: KMS,
    creates: "create",
    checked: "v4.2.0 (407e3db); inputs compared with v1.0.0",
    covers: "v1 to v4",
    outputs: ["key_arn", "key_id", "aliases"],
  },
  {
    module: SNS,
    creates: "create",
    checked: "v7.1.0 (8df4ec0)",
    covers: "v6, v7",
    outputs: ["topic_arn", "topic_id", "topic_name"],
  },
  {
    module: SQS,
    creates: "create",
    checked: "v5.2.1 (cc15171)",
    covers: "v4, v5",
    outputs: [
      "queue_arn",
      "queue_id",
      "queue_url",
      "queue_name",
      "dead_letter_queue_arn",
      "dead_letter_queue_url",
    ],
  },
  {
    module: LAMBDA,
    creates: "create",
    checked: "v8.8.1 (23d00f7); inputs compared with v5.0.0",
    covers: "v5 to v8",
    outputs: [
      "lambda_function_arn",
      "lambda_function_name",
      "lambda_function_qualified_arn",
      "lambda_function_invoke_arn",
      "lambda_role_arn",
      "lambda_role_name",
      "lambda_layer_arn",
    ],
  },
  {
    module: `${LAMBDA}//modules/alias`,
    checked: "v8.8.1 (23d00f7)",
    covers: "v6 to v8",
    outputs: ["lambda_alias_arn"],
  },
  {
    module: `${LAMBDA}//modules/deploy`,
    checked: "v8.8.1 (23d00f7)",
    covers: "v6 to v8",
    outputs: ["codedeploy_app_name", "codedeploy_deployment_group_name", "codedeploy_iam_role_name"],
  },
  {
    module: ECR,
    checked: "v3.2.0 (b6ef04d); inputs compared with v1.0.0",
    covers: "v1 to v3",
    outputs: ["repository_arn", "repository_name", "repository_registry_id", "repository_url"],
  },
  {
    module: SECRETS,
    checked: "v2.0.1 (8202934)",
    covers: "v1, v2",
    outputs: ["secret_arn", "secret_id", "secret_name"],
  },
  {
    module: EVENTS,
    checked: "v4.3.2 (f993472); inputs compared with v2.0.0",
    covers: "v2 to v4",
    outputs: ["eventbridge_bus_arn", "eventbridge_bus_name", "eventbridge_role_arn", "eventbridge_rule_arns"],
  },
  {
    module: DYNAMODB,
    checked: "v5.5.0 (45c9cb1)",
    covers: "v4, v5",
    outputs: ["dynamodb_table_arn", "dynamodb_table_id", "dynamodb_table_stream_arn"],
  },
  {
    module: OPENSEARCH,
    checked: "v2.10.0 (dc92475)",
    covers: "v1, v2",
    outputs: ["domain_arn", "domain_id"],
  },
  {
    module: TGW,
    checked: "v3.2.0 (a4ce78e)",
    covers: "v2, v3",
    outputs: ["ec2_transit_gateway_arn", "ec2_transit_gateway_id", "ram_resource_share_id"],
  },
  {
    module: CP_S3,
    checked: "v4.14.0 (5c2d9f1)",
    covers: "v3, v4",
    outputs: ["bucket_arn", "bucket_id", "bucket_domain_name"],
  },
  {
    module: CP_ROLE,
    checked: "v1.0.0 (1033fc3)",
    covers: "v0.x, v1",
    outputs: ["arn", "id", "name", "instance_profile"],
  },
  {
    module: CP_KMS,
    checked: "0.12.2 (1edb823)",
    covers: "0.x",
    outputs: ["key_arn", "key_id", "alias_arn", "alias_name"],
  },
  {
    module: EFS,
    creates: "create",
    checked: "v2.0.0 (07c13f3); v1.8.1 compared",
    covers: "v1, v2",
    outputs: ["arn", "id", "dns_name"],
  },
  {
    module: KARPENTER,
    creates: "create",
    checked: "v21.19.0 (bef29c4d); v20.37.2 compared",
    covers: "v20, v21",
    outputs: [
      "iam_role_arn",
      "iam_role_name",
      "iam_role_unique_id",
      "node_iam_role_arn",
      "node_iam_role_name",
      "node_iam_role_unique_id",
      "queue_arn",
      "queue_name",
      "queue_url",
      "instance_profile_arn",
      "instance_profile_name",
    ],
  },
  {
    module: EKS_POD_IDENTITY,
    creates: "create",
    checked: "v2.8.1 (2cbd87e); v1.0.0 compared",
    covers: "v1, v2",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_unique_id"],
  },
  {
    module: EKS,
    checked: "v21.19.0 (bef29c4d)",
    covers: "v19 to v21",
    outputs: [
      "cluster_arn",
      "cluster_id",
      "cluster_name",
      "cluster_iam_role_arn",
      "cluster_iam_role_name",
      "node_iam_role_arn",
      "oidc_provider_arn",
      "kms_key_arn",
      "cluster_security_group_id",
      "node_security_group_id",
      "cluster_primary_security_group_id",
    ],
  },
  {
    module: "aws-ia/eks-blueprints-addons/aws",
    checked: "v1.24.3 (d78fb74)",
    covers: "v1",
    // karpenter is an object: its controller and node roles' ARNs are the roles the module makes.
    outputs: ["gitops_metadata", "eks_addons", "karpenter.iam_role_arn", "karpenter.node_iam_role_arn"],
  },
  {
    module: "aws-ia/eks-blueprints-addon/aws",
    checked: "v1.1.1 (0f109f7)",
    covers: "v1",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_path", "iam_role_unique_id"],
  },
  {
    module: "aws-ia/eks-blueprints-teams/aws",
    checked: "v1.1.0 (bdf4ccf)",
    covers: "v1",
    outputs: ["iam_role_arn", "iam_role_name", "iam_role_unique_id"],
  },
  {
    module: "cloudposse/eks-iam-role/aws",
    checked: "main.tf of 0.x, 1.x and 2.x (code index, commits not recorded)",
    covers: "0.x to 2.x",
    outputs: ["service_account_role_arn", "service_account_role_name", "service_account_role_unique_id"],
  },
  {
    module: "cloudposse/helm-release/aws",
    checked: "main.tf at 007dd2b, variables.tf at 01d4bb1",
    covers: "0.x",
  },
  // ---- Vendors' onboarding modules (accounts from the known-accounts catalog).
  {
    module: "cloudposse/datadog-integration/aws",
    checked: "v2 (77ecf7b)",
    covers: "v1, v2",
    outputs: ["aws_role_arn", "aws_role_name", "aws_account_id"],
  },
  { module: "lacework/iam-role/aws", checked: "v0.4.5 (bda8928)", covers: "0.x", outputs: ["arn", "name"] },
  {
    module: "lacework/config/aws",
    checked: "v0.25.0 (71237f9)",
    covers: "0.x",
    outputs: ["iam_role_arn", "iam_role_name"],
  },
  // ---- Modules that create no grant.
  ...[
    [
      "terraform-aws-modules/vpc/aws",
      "v6.6.0 (82d1929); v3.0.0 and v4.0.0 compared",
      "v3 to v6",
      "networking only; its flow-log role trusts the VPC Flow Logs service",
    ],
    [
      `${S3}//modules/account-public-access`,
      "v5.15.4 (dd0c434)",
      "v3 to v5",
      "the account's S3 public access block: it takes access away, grants none",
    ],
    [
      "terraform-aws-modules/cloudwatch/aws//modules/metric-alarm",
      "main.tf at 0655575",
      "v2 to v5",
      "an alarm; its actions are ARNs it notifies, not principals",
    ],
    [
      "terraform-aws-modules/vpc/aws//modules/vpc-endpoints",
      "v6.6.0 (82d1929)",
      "v5, v6",
      "an endpoint policy narrows what passes through the endpoint; it admits no one",
    ],
    ["terraform-aws-modules/security-group/aws", "v5", "v4, v5", "network rules, not principals"],
    ["terraform-aws-modules/rds/aws", "v6", "v5, v6", "a database; its IAM roles trust AWS services only"],
    ["terraform-aws-modules/rds-aurora/aws", "v9", "v8, v9", "a database cluster"],
    ["terraform-aws-modules/alb/aws", "v9", "v8, v9", "a load balancer"],
    ["terraform-aws-modules/autoscaling/aws", "v8", "v7, v8", "an autoscaling group"],
    ["terraform-aws-modules/route53/aws//modules/zones", "v4", "v2 to v4", "DNS zones"],
    ["terraform-aws-modules/route53/aws//modules/records", "v4", "v2 to v4", "DNS records"],
    ["terraform-aws-modules/ec2-instance/aws", "v5", "v4, v5", "an instance; its role trusts EC2"],
    ["terraform-aws-modules/acm/aws", "v5", "v4, v5", "certificates"],
    ["terraform-aws-modules/cloudwatch/aws//modules/log-group", "v5", "v4, v5", "a log group"],
    [
      "terraform-aws-modules/key-pair/aws",
      "v3.0.0 (336ed68); v1.0.0 and v2.0.0 compared",
      "v1 to v3",
      "an EC2 key pair and the private key it may generate, no policy",
    ],
    // cloudposse modules that create no resource at all (names, configuration, remote state).
    ["cloudposse/label/null", "0.25.0 (b1f52b2)", "0.x", "names and tags only, no resource"],
    ["cloudposse/stack-config/yaml", "v1 (d5c8b4a)", "0.x, 1.x", "reads stack configuration, no resource"],
    ...["remote-state", "vars", "settings", "env", "backend", "spacelift"].map((sub) => [
      `cloudposse/stack-config/yaml//modules/${sub}`,
      "v1 (d5c8b4a)",
      "0.x, 1.x",
      "reads stack configuration or remote state, no resource",
    ]),
    ["cloudposse/config/yaml", "1.0.2 (572b4ca)", "0.x, 1.x", "reads YAML configuration, no resource"],
    ["cloudposse/label/terraform", "0.8.0 (f81318b)", "0.x", "names and tags only, no resource"],
    ["cloudposse/ssm-parameter-store/aws", "0.13.0 (27001b2)", "0.x", "SSM parameters, no resource policy"],
    [
      "cloudposse/security-group/aws",
      "2.2.0 (367f3af)",
      "0.x to 2.x",
      "security groups and rules, not principals",
    ],
    [
      "cloudposse/iam-policy/aws",
      "v2 (da0f7c6)",
      "0.x to 2.x",
      "an identity policy: it says what its holders may do, not who may come in",
    ],
    [
      "cloudposse/organization-access-group/aws",
      "main.tf at 106f7e8",
      "0.x",
      "an IAM group whose policy lets its users assume roles in member accounts: an identity policy, no one comes in",
    ],
    [
      "cloudposse/service-control-policies/aws",
      "main.tf at 0c1901d",
      "0.x",
      "service control policies only restrict what an organization's accounts may do",
    ],
    ["cloudposse/config/yaml//modules/deepmerge", "1.0.2 (572b4ca)", "0.x, 1.x", "merges maps, no resource"],
    [
      "cloudposse/utils/aws",
      "1.4.0 (11f2a02)",
      "0.x, 1.x",
      "region names and policy documents as outputs, no resource (a policy it outputs is read where it is used)",
    ],
  ].map(([module, checked, covers, nothing]) => ({
    module: module!,
    checked: checked!,
    covers: covers!,
    nothing: nothing!,
    ...(NOTHING_OUTPUTS[module!] ? { outputs: NOTHING_OUTPUTS[module!] } : {}),
  })),
];

const BUCKET_POLICY = "aws_s3_bucket_policy.this";
const KEY = "aws_kms_key.this";
const ROLE = "aws_iam_role.this";
const EKS_KEY = "module.kms.aws_kms_key.this";

export const SIGNATURE_INPUTS: readonly SignatureInput[] = [
  // ---- s3-bucket: `policy` is merged into the bucket policy only when attach_policy is true.
  // The attach_*_log_delivery_policy flags add statements for AWS service principals only.
  {
    module: S3,
    input: "policy",
    use: "policy",
    becomes: BUCKET_POLICY,
    when: { input: "attach_policy", default: false },
  },
  { module: S3, input: "acl", use: "argument", argument: "acl", becomes: "aws_s3_bucket_acl.this" },
  { module: S3, input: "grant", use: "s3-grants", becomes: "aws_s3_bucket_acl.this" },
  // ---- s3-bucket notification: each queue, topic and function lets the S3 service in, for this bucket.
  ...(
    [
      [
        "sqs_notifications",
        "aws_sqs_queue_policy.allow",
        "create_sqs_policy",
        "sqs:SendMessage",
        "queue_arn",
        "queue_url",
      ],
      [
        "sns_notifications",
        "aws_sns_topic_policy.allow",
        "create_sns_policy",
        "sns:Publish",
        "topic_arn",
        "arn",
      ],
      [
        "lambda_notifications",
        "aws_lambda_permission.allow",
        "create_lambda_permission",
        "lambda:InvokeFunction",
        "function_name",
        "function_name",
      ],
    ] as const
  ).map(
    ([input, becomes, flag, action, field, argument]): SignatureInput => ({
      module: `${S3}//modules/notification`,
      input,
      use: "bucket-notifications",
      becomes,
      principal: "s3.amazonaws.com",
      actions: [action],
      target: { field, argument },
      when: { input: flag, default: true },
    }),
  ),
  {
    module: `${S3}//modules/object`,
    input: "acl",
    use: "argument",
    argument: "acl",
    becomes: "aws_s3_object.this",
  },
  // ---- s3-bucket table-bucket: the table bucket's policy (per-table policies are not read).
  ...(
    [
      ["table_bucket_policy", "policy"],
      ["table_bucket_policy_statements", "statements"],
      ["table_bucket_source_policy_documents", "policies"],
      ["table_bucket_override_policy_documents", "policies"],
    ] as const
  ).map(
    ([input, use]): SignatureInput => ({
      module: `${S3}//modules/table-bucket`,
      input,
      use,
      becomes: "aws_s3tables_table_bucket_policy.this",
      when: { input: "create_table_bucket_policy", default: false },
    }),
  ),
  // ---- iam v6 iam-role
  { module: `${IAM}/iam-role`, input: "trust_policy_permissions", use: "statements", becomes: ROLE },
  {
    module: `${IAM}/iam-role`,
    input: "oidc_subjects",
    use: "github-subjects",
    becomes: ROLE,
    test: "StringEquals",
    when: { input: "enable_github_oidc", default: false },
  },
  {
    module: `${IAM}/iam-role`,
    input: "oidc_wildcard_subjects",
    use: "github-subjects",
    becomes: ROLE,
    test: "StringLike",
    when: { input: "enable_github_oidc", default: false },
  },
  // ---- iam v5 iam-assumable-role(s)
  principals(`${IAM}/iam-assumable-role`, "trusted_role_arns", ROLE, ASSUME),
  {
    module: `${IAM}/iam-assumable-role`,
    input: "custom_role_trust_policy",
    use: "policy",
    becomes: ROLE,
    when: { input: "create_custom_role_trust_policy", default: false },
  },
  principals(`${IAM}/iam-assumable-role`, "trusted_role_services", ROLE, ASSUME),
  principals(`${IAM}/iam-assumable-roles`, "trusted_role_arns", "aws_iam_role.admin", ASSUME),
  ...(["oidc_fully_qualified_subjects", "oidc_subjects_with_wildcards"] as const).map(
    (input): SignatureInput => ({
      module: `${IAM}/iam-assumable-role-with-oidc`,
      input,
      use: "oidc-subjects",
      becomes: ROLE,
      test: input === "oidc_fully_qualified_subjects" ? "StringEquals" : "StringLike",
      providerInputs: ["provider_url", "provider_urls"],
    }),
  ),
  ...["provider_id", "provider_ids"].map((input) =>
    principals(`${IAM}/iam-assumable-role-with-saml`, input, ROLE, ["sts:AssumeRoleWithSAML"], {
      principal: "Federated",
      condition: { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
    }),
  ),
  // ---- iam v5 iam-github-oidc-role, iam-role-for-service-accounts-eks
  {
    module: `${IAM}/iam-github-oidc-role`,
    input: "subjects",
    use: "github-subjects",
    becomes: ROLE,
    test: "StringLike",
  },
  {
    module: `${IAM}/iam-role-for-service-accounts-eks`,
    input: "oidc_providers",
    use: "irsa-providers",
    becomes: ROLE,
  },
  {
    module: `${IAM}/iam-role-for-service-accounts`,
    input: "oidc_providers",
    use: "irsa-providers",
    becomes: ROLE,
  },
  {
    module: `${IAM}/iam-role-for-service-accounts`,
    input: "trust_policy_permissions",
    use: "statements",
    becomes: ROLE,
  },
  // ---- kms: the key policy is `policy` when given, else the statements these inputs make.
  { module: KMS, input: "policy", use: "policy", becomes: KEY },
  principals(KMS, "key_owners", KEY, ["kms:*"]),
  principals(KMS, "key_administrators", KEY, KMS_ADMIN),
  principals(KMS, "key_users", KEY, KMS_USE),
  principals(KMS, "key_service_users", KEY, ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"], {
    condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
  }),
  principals(KMS, "key_symmetric_encryption_users", KEY, KMS_USE),
  principals(KMS, "key_hmac_users", KEY, ["kms:GenerateMac", "kms:VerifyMac", "kms:DescribeKey"]),
  principals(KMS, "key_asymmetric_public_encryption_users", KEY, [
    "kms:Encrypt",
    "kms:Decrypt",
    "kms:ReEncrypt*",
    "kms:DescribeKey",
    "kms:GetPublicKey",
  ]),
  principals(KMS, "key_asymmetric_sign_verify_users", KEY, [
    "kms:Sign",
    "kms:Verify",
    "kms:DescribeKey",
    "kms:GetPublicKey",
  ]),
  principals(KMS, "key_service_roles_for_autoscaling", KEY, [...KMS_USE, "kms:CreateGrant"]),
  { module: KMS, input: "key_statements", use: "statements", becomes: KEY },
  {
    module: KMS,
    input: "grants",
    use: "entries",
    becomes: "aws_kms_grant.this",
    fields: ["grantee_principal", "retiring_principal", "operations"],
  },
  // ---- sns, sqs
  { module: SNS, input: "topic_policy", use: "policy", becomes: "aws_sns_topic_policy.this" },
  { module: SNS, input: "topic_policy_statements", use: "statements", becomes: "aws_sns_topic_policy.this" },
  { module: SQS, input: "queue_policy_statements", use: "statements", becomes: "aws_sqs_queue_policy.this" },
  {
    module: SQS,
    input: "dlq_queue_policy_statements",
    use: "statements",
    becomes: "aws_sqs_queue_policy.dlq",
  },
  // ---- lambda: allowed_triggers become Lambda permissions; policy_statements and policy_json
  // are the function role's identity policy (not grants); trusted_entities trust its role.
  {
    module: LAMBDA,
    input: "allowed_triggers",
    use: "lambda-triggers",
    becomes: "aws_lambda_permission.current_version_triggers",
  },
  principals(LAMBDA, "trusted_entities", "aws_iam_role.lambda", ASSUME),
  principals(`${LAMBDA}//modules/deploy`, "codedeploy_principals", "aws_iam_role.codedeploy", ASSUME, {
    when: { input: "create_codedeploy_role", default: true },
  }),
  {
    module: `${LAMBDA}//modules/alias`,
    input: "allowed_triggers",
    use: "lambda-triggers",
    becomes: "aws_lambda_permission.qualified_alias_triggers",
  },
  // ---- ecr
  { module: ECR, input: "repository_policy", use: "policy", becomes: "aws_ecr_repository_policy.this" },
  {
    module: ECR,
    input: "repository_policy_statements",
    use: "statements",
    becomes: "aws_ecr_repository_policy.this",
  },
  principals(ECR, "repository_read_access_arns", "aws_ecr_repository_policy.this", [
    "ecr:GetAuthorizationToken",
    ...ECR_READ,
  ]),
  principals(ECR, "repository_read_write_access_arns", "aws_ecr_repository_policy.this", [
    "ecr:GetAuthorizationToken",
    ...ECR_READ,
    ...ECR_WRITE,
  ]),
  {
    module: ECR,
    input: "repository_lambda_read_access_arns",
    use: "source-arns",
    becomes: "aws_ecr_repository_policy.this",
    principal: "lambda.amazonaws.com",
    actions: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"],
    conditionKey: "aws:sourceArn",
  },
  // ---- secrets-manager, dynamodb-table, opensearch
  {
    module: SECRETS,
    input: "policy_statements",
    use: "statements",
    becomes: "aws_secretsmanager_secret_policy.this",
  },
  { module: DYNAMODB, input: "resource_policy", use: "policy", becomes: "aws_dynamodb_resource_policy.this" },
  {
    module: OPENSEARCH,
    input: "access_policies",
    use: "policy",
    becomes: "aws_opensearch_domain_policy.this",
  },
  {
    module: OPENSEARCH,
    input: "access_policy_statements",
    use: "statements",
    becomes: "aws_opensearch_domain_policy.this",
  },
  // ---- eventbridge: `permissions` map keys are "<principal> <statement id>"; its policy_* inputs are the role's identity policy.
  {
    module: EVENTS,
    input: "permissions",
    use: "event-permissions",
    becomes: "aws_cloudwatch_event_permission.this",
    when: { input: "create_permissions", default: true },
  },
  // ---- eks: access entries (an IAM principal let into the cluster), and the cluster's KMS key (the kms module inside).
  // ---- efs: the file system policy, when attach_policy (default true); its own statements only deny.
  ...(
    [
      ["policy_statements", "statements"],
      ["source_policy_documents", "policies"],
      ["override_policy_documents", "policies"],
    ] as const
  ).map(
    ([input, use]): SignatureInput => ({
      module: EFS,
      input,
      use,
      becomes: "aws_efs_file_system_policy.this",
      when: { input: "attach_policy", default: true },
    }),
  ),
  // ---- eks karpenter: the controller role trusts EKS Pod Identity (own account's service), the
  // cluster's OIDC provider where v20's enable_irsa says so, and the documents v21 takes; the
  // node role trusts EC2, and an existing node role given instead gets the access entry; the
  // interruption queue lets EventBridge and SQS in, and v21's queue_policy_statements.
  {
    module: KARPENTER,
    input: "irsa_oidc_provider_arn",
    use: "irsa-provider",
    becomes: "aws_iam_role.controller",
    when: { input: "enable_irsa", default: false },
  },
  {
    module: KARPENTER,
    input: "iam_role_source_assume_policy_documents",
    use: "policies",
    becomes: "aws_iam_role.controller",
  },
  {
    module: KARPENTER,
    input: "iam_role_override_assume_policy_documents",
    use: "policies",
    becomes: "aws_iam_role.controller",
  },
  {
    module: KARPENTER,
    input: "queue_policy_statements",
    use: "statements",
    becomes: "aws_sqs_queue_policy.this",
  },
  {
    module: KARPENTER,
    input: "node_iam_role_arn",
    use: "argument",
    argument: "principal_arn",
    becomes: "aws_eks_access_entry.node",
    when: { input: "create_node_iam_role", default: true, negate: true },
  },
  // ---- eks-pod-identity: its role trusts EKS Pod Identity (pods.eks.amazonaws.com, a service of
  // the own account); what else it trusts is trust_policy_statements ("conditions" in v1).
  { module: EKS_POD_IDENTITY, input: "trust_policy_statements", use: "statements", becomes: ROLE },
  {
    module: EKS,
    input: "access_entries",
    use: "entries",
    becomes: "aws_eks_access_entry.this",
    fields: ["principal_arn"],
  },
  principals(EKS, "kms_key_owners", EKS_KEY, ["kms:*"]),
  principals(EKS, "kms_key_administrators", EKS_KEY, KMS_ADMIN),
  principals(EKS, "kms_key_users", EKS_KEY, KMS_USE),
  principals(
    EKS,
    "kms_key_service_users",
    EKS_KEY,
    ["kms:CreateGrant", "kms:ListGrants", "kms:RevokeGrant"],
    {
      condition: { Bool: { "kms:GrantIsForAWSResource": "true" } },
    },
  ),
  { module: EKS, input: "kms_key_source_policy_documents", use: "policies", becomes: EKS_KEY },
  { module: EKS, input: "kms_key_override_policy_documents", use: "policies", becomes: EKS_KEY },
  // ---- cloudposse s3-bucket, iam-role, kms-key
  {
    module: CP_S3,
    input: "source_policy_documents",
    use: "policies",
    becomes: "aws_s3_bucket_policy.default",
  },
  {
    module: CP_S3,
    input: "privileged_principal_arns",
    use: "principal-keys",
    becomes: "aws_s3_bucket_policy.default",
    actionsInput: "privileged_principal_actions",
    actions: [],
  },
  principals(CP_S3, "s3_replication_source_roles", "aws_s3_bucket_policy.default", [
    "s3:ReplicateObject",
    "s3:ReplicateDelete",
    "s3:ReplicateTags",
    "s3:GetObjectVersionTagging",
    "s3:ObjectOwnerOverrideToBucketOwner",
    "s3:List*",
    "s3:GetBucketVersioning",
    "s3:PutBucketVersioning",
  ]),
  {
    module: CP_ROLE,
    input: "principals",
    use: "typed-principals",
    becomes: "aws_iam_role.default",
    actionsInput: "assume_role_actions",
    actions: ["sts:AssumeRole", "sts:TagSession"],
    conditionsInput: "assume_role_conditions",
  },
  { module: CP_ROLE, input: "assume_role_policy", use: "policy", becomes: "aws_iam_role.default" },
  { module: CP_KMS, input: "policy", use: "policy", becomes: "aws_kms_key.default" },
  // ---- aws-ia eks-blueprints-addons: each enabled add-on's IRSA role trusts the cluster's OIDC
  // provider; one record stands for them all (module.<add-on>.aws_iam_role.this inside).
  {
    module: "aws-ia/eks-blueprints-addons/aws",
    input: "oidc_provider_arn",
    use: "irsa-provider",
    becomes: "module.addons.aws_iam_role.this",
  },
  // ---- aws-ia eks-blueprints-addon (one add-on): its IRSA role, made only with create_role.
  ...(
    [
      ["oidc_providers", "irsa-providers"],
      ["trust_policy_statements", "statements"],
    ] as const
  ).map(
    ([input, use]): SignatureInput => ({
      module: "aws-ia/eks-blueprints-addon/aws",
      input,
      use,
      becomes: ROLE,
      when: { input: "create_role", default: false },
    }),
  ),
  // ---- aws-ia eks-blueprints-teams: the team role trusts `users` (IAM ARNs) and the cluster's service accounts.
  principals("aws-ia/eks-blueprints-teams/aws", "users", ROLE, ASSUME, {
    when: { input: "create_iam_role", default: true },
  }),
  {
    module: "aws-ia/eks-blueprints-teams/aws",
    input: "oidc_provider_arn",
    use: "irsa-provider",
    becomes: ROLE,
    // The service-account statement is left out of an admin team's role.
    when: { input: "enable_admin", default: false, negate: true },
  },
  // ---- cloudposse eks-iam-role (and helm-release, which calls it with iam_role_enabled): the
  // role trusts the cluster's OIDC issuer, a provider of the own account.
  {
    module: "cloudposse/eks-iam-role/aws",
    input: "eks_cluster_oidc_issuer_url",
    use: "irsa-provider",
    becomes: "aws_iam_role.service_account",
    when: { input: "enabled", default: true },
  },
  {
    module: "cloudposse/helm-release/aws",
    input: "eks_cluster_oidc_issuer_url",
    use: "irsa-provider",
    becomes: "module.eks_iam_role.aws_iam_role.service_account",
    when: { input: "iam_role_enabled", default: false },
  },
  // ---- built-in vendor trust
  {
    module: "cloudposse/datadog-integration/aws",
    input: "datadog_aws_account_id",
    use: "built-in-account",
    becomes: "aws_iam_role.default",
    default: "464622532012",
    principalTemplate: "arn:aws:iam::{}:root",
    actions: ASSUME,
  },
  {
    module: "lacework/iam-role/aws",
    input: "lacework_aws_account_id",
    use: "built-in-account",
    becomes: "aws_iam_role.lacework_iam_role",
    default: "434813966438",
    principalTemplate: "arn:aws:iam::{}:role/lacework-platform",
    actions: ASSUME,
    when: { input: "create", default: true },
  },
  {
    module: "lacework/config/aws",
    input: "lacework_aws_account_id",
    use: "built-in-account",
    becomes: "module.lacework_cfg_iam_role.aws_iam_role.lacework_iam_role",
    default: "434813966438",
    principalTemplate: "arn:aws:iam::{}:role/lacework-platform",
    actions: ASSUME,
    when: { input: "use_existing_iam_role", default: false, negate: true },
  },
  // ---- transit-gateway: RAM share of the transit gateway.
  {
    module: TGW,
    input: "ram_principals",
    use: "ram-principals",
    becomes: "aws_ram_principal_association.this",
    when: { input: "share_tgw", default: true },
  },
];

const signaturesByModule = new Map(MODULE_SIGNATURES.map((s) => [s.module, s]));

/** The signature of a registry module address (without host), if there is one. */
export function moduleSignature(module: string): ModuleSignature | undefined {
  return signaturesByModule.get(module);
}

/** The input rows of a module. */
export function signatureInputs(module: string): SignatureInput[] {
  return SIGNATURE_INPUTS.filter((r) => r.module === module);
}
