import type { Classification, Principal, Zone } from "../model/types.js";

/** How a policy document is analysed. */
export interface PolicyContext {
  zone: Zone;
  /** An IAM role trust policy: only sts:AssumeRole* actions admit a principal (grant-model §3.8). */
  trustPolicy: boolean;
  /** The own account's number when the IaC states it (CDK env, provider); it is internal either way. */
  selfAccount?: string;
  /** Default partition for symbolic partitions. */
  partition?: string;
  /** S3 bucket names declared in the scanned IaC (own account): an account-less `aws:SourceArn` naming one is internal. */
  ownBucketNames?: string[];
  /** S3 canonical user ids of the own accounts (grant-model §2.6). */
  ownCanonicalUserIds?: string[];
  /**
   * Service principals ("*": every one) that, with no source account/ARN/org condition, let every
   * account's resources of that service in (confused deputy: a Lambda permission, S3 notifying an
   * SNS topic), so the grant is public through that service. The grant table decides per service.
   */
  anyAccountVia?: readonly string[];
  /**
   * Identity providers declared in the scanned IaC, by resource address (Terraform address or
   * CloudFormation logical id): a `Federated` principal that references one is known by its URL or
   * name, never guessed from the condition keys.
   */
  identityProviders?: Readonly<Record<string, IdentityProviderFact>>;
}

/** What the IaC says about an identity provider resource. */
export interface IdentityProviderFact {
  kind: "oidc" | "saml";
  /** OIDC: the issuer as IAM keys it (lower case, no https://); absent when not known statically. */
  issuer?: string;
  /** SAML: the provider's name; absent when not known statically. */
  name?: string;
}

/** One principal that one Allow statement lets in, after narrowing and classification. */
export interface PolicyGrant {
  principal: Principal;
  classification: Classification;
  subkind?: string;
  actions: string[];
  notActions?: string[];
  /** The statement's Condition block, verbatim (rendered tokens). */
  conditions: Record<string, Record<string, unknown>>;
  /** The AWS service a Source*-narrowed grant acts through. */
  via?: string;
  /** Unresolved expressions this grant depends on. */
  unresolved?: string[];
  notes?: string[];
  /** Path inside the policy document of the principal value, e.g. ["Statement", 0, "Principal", "AWS", 1]. */
  path: (string | number)[];
  /** Path of the condition value that narrowed the principal, when one did. */
  conditionPath?: (string | number)[];
  /** Sid of the statement, else "#<index>". */
  statement?: string;
}

export interface PolicyAnalysis {
  grants: PolicyGrant[];
  /** Problems that make the document (partly) unreadable, e.g. "invalid JSON in policy: ...". */
  errors: string[];
  /** Informational findings that are not grants (statements that admit no one, contradictory grants, …). */
  notes?: string[];
}
