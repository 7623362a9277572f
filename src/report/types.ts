import type { Approval } from "../allowlist/types.js";
import type { Change } from "../diff/diff.js";
import type {
  AccessLevels,
  Classification,
  Grant,
  Principal,
  RoleAccess,
  SkipReason,
} from "../model/types.js";

/** The JSON report, schemaVersion 1 (design.md "CLI contract"; schema/report.schema.json). */
export interface Report {
  schemaVersion: 1;
  mode: "diff" | "audit";
  verdict: "pass" | "fail";
  /** One line each: why the verdict is what it is. */
  reasons: string[];
  summary: {
    /** Principals with new gated access (diff) or with gated access (audit). */
    newAccess: number;
    /** Of those, the principals not approved by the allowlist. */
    unapproved: number;
    /** Of those, the principals whose identity could not be resolved. */
    unresolved: number;
    /** Gated grants the change removes. */
    removed: number;
    /** Grants in the head (diff) or in the repository (audit), gated or not. */
    grants: number;
  };
  principals: ReportPrincipal[];
  grants: ReportGrant[];
  allowlist: {
    file: string | null;
    expired: ApprovalRef[];
    unused: ApprovalRef[];
    warnings: string[];
  };
  errors: ReportError[];
  notes: string[];
  /** What was read and what was not (always set by the analysis; absent in older reports). */
  coverage?: Coverage;
  /**
   * The audited repository (owner/name), set by the edge that knows it (the action; the CLI's
   * --repo-name), so that `merge` can fold reports of many repositories together.
   */
  repository?: string;
}

/**
 * What the report covers: the IaC files discovery recognised in the analysed tree (the head of a
 * diff), by kind, the units they form, and what was left unread and why.
 */
export interface Coverage {
  files: {
    terraform: number;
    /** tfvars files the Terraform reader loads (terraform.tfvars, *.auto.tfvars, --tfvars). */
    tfvars: number;
    plan: number;
    cloudformation: number;
    sam: number;
    cdkAssemblies: number;
    cdkStacks: number;
  };
  units: {
    terraformRoots: number;
    templates: number;
    cdkAssemblies: number;
    plans: number;
    /** Units read in this run (a diff reads only those its change can affect). */
    read: number;
  };
  /** By reason: how many, and the first items (paths, or path:line and what). */
  skipped: CoverageSkip[];
  /** A misconfigured check: an include pattern that matches nothing, a tree with no IaC at all. */
  warnings: string[];
}

export interface CoverageSkip {
  reason: SkipReason;
  count: number;
  items: string[];
}

/** An allowlist approval as the report shows it. */
export type ApprovalRef = Approval;

export interface ReportPrincipal extends Principal {
  classification: Classification;
  label?: string;
  labelKind?: string;
  approved: boolean;
  approval: ApprovalRef | null;
  /** An approval added by the change itself; it does not count until an approver approves. */
  pendingApproval?: ApprovalRef;
  /** An approval that would match but has expired. */
  expiredApproval?: ApprovalRef;
  grants: string[];
}

export interface ReportGrant extends Omit<Grant, "principal"> {
  id: string;
  change: Change;
  principal: Principal;
  label?: string;
  approved?: boolean;
  /** Added because the base had it with narrower conditions: what the change drops or widens. */
  widened?: string[];
  /** Added because the files an unresolved grant depends on changed, though its expression did not. */
  inputsChanged?: string[];
  /** What the grant's actions can do: known IAM actions per access level, most severe first. */
  accessLevels?: AccessLevels;
  /** Known actions the grant allows, plus one per pattern that names no known action. */
  actionCount?: number;
  /** The grant or the role it opens allows Permissions management: the most severe access. */
  permissionsManagement?: true;
  /** Diff: the grant is unchanged but its role can do more than this before (new access). */
  roleWidenedFrom?: RoleAccess;
}

export interface ReportError {
  file: string;
  line?: number;
  message: string;
  /** The file is changed by the diff (or this is an audit): the error fails the check. */
  blocking: boolean;
}
