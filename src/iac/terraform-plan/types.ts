import type { AnalysisError, ResourceRecord } from "../../model/types.js";

/** Where a resource block stands in the repository, as the caller found it. */
export interface ResourceLocation {
  file: string;
  line: number;
  /** Literal strings of the block (account ids, ARNs) -> their line, for grant lines. */
  valueLines?: Record<string, number>;
}

/** How the configuration's module is placed in the repository, for the line lookup. */
export interface LocateContext {
  /**
   * Repository-relative directory of the module's .tf files ("" = repository root) when it is
   * known: the root module's directory plus the local `source` paths of the module calls. Absent
   * for registry/git modules and when the root is not known.
   */
  moduleDir: string | undefined;
  mode: "managed" | "data";
}

/**
 * Finds `resource "type" "name"` (or `data`) in the .tf files of a module. `moduleAddress` is the
 * module instance address ("" for the root module, `module.a["k"].module.b`).
 */
export type FindResourceLine = (
  moduleAddress: string,
  type: string,
  name: string,
  context: LocateContext,
) => ResourceLocation | undefined;

export interface PlanReadOptions {
  /** Terraform resource types that carry grants: TERRAFORM_GRANT_TYPES from src/grants/table.ts. */
  grantTypes: ReadonlySet<string>;
  findResourceLine?: FindResourceLine;
  /** Repository directory of the plan's root module, when the caller knows it. */
  root?: string;
  /**
   * Directories that may hold the root module (e.g. the discovered Terraform roots); the reader
   * keeps the one whose .tf files declare the plan's resources. Default: the plan file's directory.
   */
  rootCandidates?: readonly string[];
}

export interface PlanResult {
  /** Resources as they are before the change (the prior state, refreshed). */
  before: ResourceRecord[];
  /** Resources as they will be after the change (unknown values as unresolved tokens). */
  after: ResourceRecord[];
  errors: AnalysisError[];
  /** The configuration's root module directory when it is given or can be inferred. */
  root?: string;
  notes: string[];
}
