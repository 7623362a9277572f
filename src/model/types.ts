/** The vocabulary of design.md, shared by every pipeline stage. */
import type { RecordVariants } from "./variants.js";

export type PrincipalType = "AWS" | "Service" | "Federated" | "CanonicalUser" | "Public";

/** A normalised principal. `id` is canonical: a bare account is written as its root ARN. */
export interface Principal {
  type: PrincipalType;
  id: string;
  accountId: string | null;
  /**
   * Federated principals: the identity provider, as an allowlist approval may name it — the OIDC
   * issuer (`token.actions.githubusercontent.com`) or `saml-provider/<name>`; absent when unknown.
   */
  provider?: string;
}

export type Classification = "internal" | "external" | "public" | "federated" | "service" | "unresolved";

export const GATED: ReadonlySet<Classification> = new Set(["external", "public", "federated", "unresolved"]);

export type Mechanism =
  | "resource-policy"
  | "trust-policy"
  | "lambda-permission"
  | "lambda-layer-permission"
  | "eventbridge-permission"
  | "kms-grant"
  | "ram-share"
  | "s3-acl"
  | "snapshot-share"
  | "ami-launch-permission"
  | "endpoint-service-permission"
  | "function-url-auth"
  | "document-share"
  | "portfolio-share"
  | "lakeformation-permission"
  | "module-input"
  | "unseen-template";

export type SourceFormat = "terraform" | "terraform-plan" | "cloudformation" | "cdk";

/** Where a grant lives. `unit` names the Terraform root, template file or CDK stack it belongs to. */
export interface ResourceRef {
  source: SourceFormat;
  file: string;
  line: number;
  address: string;
  type: string;
  target?: string;
  /** The CDK construct path of the target, when the target is a resource of the same stack. */
  targetConstructPath?: string;
  unit: string;
  stack?: string;
  constructPath?: string;
}

/** IAM access levels (the service authorization reference), most severe first; Unknown: no such action known. */
export type AccessLevel = "Permissions management" | "Write" | "Tagging" | "Read" | "List" | "Unknown";

/** Actions per access level, most severe first; levels without actions are left out. */
export type AccessLevels = Partial<Record<AccessLevel, number>>;

/**
 * What a role lets whoever assumes it do (issue 19): its inline policies, the policies attached to
 * it in the same unit, and AWS managed policies by name. Allow statements only (a Deny in them is
 * not subtracted); conditions and resources are not narrowed: an upper bound.
 */
export interface RoleAccess {
  levels: AccessLevels;
  /**
   * Actions the policies allow. Exact for documents in the repository; with AWS managed policies,
   * whose summaries are added, an upper bound (an action in two of them counts twice, capped).
   */
  actionCount: number;
  /** The policies, by name: "inline:NAME", a policy resource's address, or an AWS managed policy name. */
  policies: string[];
  /** The Action patterns of the documents in the repository, unique and sorted. */
  actions: string[];
  /** Actions allowed by NotAction statements: all but these (the statements' common patterns). */
  notActions?: string[];
  /** AWS managed policies attached (their names): what they allow is summarised in `levels`. */
  managed?: string[];
  /** Policies or attachments whose content could not be known: the role may do more. */
  unresolved?: string[];
}

/** One principal allowed some actions on one resource. */
export interface Grant {
  principal: Principal;
  classification: Classification;
  /** Finer kind, e.g. self-account, org-narrowed, network-restricted, anonymous, role, session. */
  subkind?: string;
  mechanism: Mechanism;
  resource: ResourceRef;
  actions: string[];
  notActions?: string[];
  conditions: Record<string, Record<string, unknown>>;
  /** The AWS service a Source*-narrowed grant acts through. */
  via?: string;
  /** Set when the grant exists only for some parameter/variable values (Fn::If, ternaries, maps). */
  conditional?: string;
  /** The module input the grant was read from ("policy", "allowed_triggers/s3"): a module-input grant. */
  input?: string;
  /** Expressions the classification depends on and that could not be resolved. */
  unresolved?: string[];
  notes?: string[];
  /** A trust-policy grant: what the role lets the principal do once assumed. */
  roleAccess?: RoleAccess;
}

/** A problem with one input file. A changed file with an error fails the check. */
export interface AnalysisError {
  file: string;
  line?: number;
  message: string;
}

/** The zone of trust: the allowlist's `trusted` block. */
export interface Zone {
  accounts: string[];
  organizations: string[];
  orgPaths: string[];
  expressions: string[];
  githubOrgs: string[];
  /** trusted.module-sources: globs over module sources trusted not to grant access on their own. */
  moduleSources?: string[];
  /**
   * trusted.identity-providers: single-tenant identity providers in the own accounts whose users are
   * ours (names, hosts or ARN patterns; globs), e.g. "saml-provider/Okta", "oidc.eks.*.amazonaws.com/id/ABC".
   */
  identityProviders?: string[];
}

export const EMPTY_ZONE: Zone = {
  accounts: [],
  organizations: [],
  orgPaths: [],
  expressions: [],
  githubOrgs: [],
};

/**
 * A resource as a reader resolved it: its native type (aws_s3_bucket_policy or
 * AWS::S3::BucketPolicy), its properties as plain JSON (strings may carry symbolic tokens, see
 * symbolic.ts) and where it stands in the source.
 */
export interface ResourceRecord {
  source: SourceFormat;
  /** Native resource type: a Terraform type or a CloudFormation type. */
  type: string;
  /** Terraform address (module.a.aws_x.y["k"]) or CloudFormation logical id. */
  address: string;
  file: string;
  line: number;
  unit: string;
  stack?: string;
  constructPath?: string;
  /** Resolved properties (CloudFormation Properties; Terraform arguments, nested blocks as arrays). */
  properties: Record<string, unknown>;
  /** Line of a property path ("PolicyDocument/Statement/0/Principal/AWS"). */
  pathLines?: Record<string, number>;
  /** Line of a literal value found in the source text (account ids, ARNs). */
  valueLines?: Record<string, number>;
  conditional?: string;
  /** Which variants of its resource give this record (a conditional CloudFormation record). */
  variants?: RecordVariants;
  /** The own account's number when the IaC states it (CDK env): internal like SELF. */
  selfAccount?: string;
  /** Made from an input of an opaque module call: the input path and how the call was read. */
  moduleInput?: { input: string; how: string };
}

/** What a reader returns for one unit (template, Terraform root, plan, CDK assembly). */
export interface ReaderResult {
  resources: ResourceRecord[];
  errors: AnalysisError[];
  /** Files the unit read; an error in any of them belongs to the unit. */
  files: string[];
  notes?: string[];
  /** What the unit could not look into (the report's coverage counts it). */
  skipped?: Skipped[];
}

/** Something a reader or discovery left unread, and why (report coverage). */
export interface Skipped {
  reason: SkipReason;
  /** A repository path (a folder ends in "/"), or a path and line with what was skipped. */
  item: string;
}

export type SkipReason =
  | "too-large"
  | "binary"
  | "unreadable"
  | "outside-paths"
  | "git-ignored"
  | "opaque-module"
  | "tfvars-not-loaded";
