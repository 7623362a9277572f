/**
 * The top level of `terraform show -json PLANFILE` (Terraform's "JSON Output Format", plan
 * representation): parse, check that it is a plan of a format version this reader understands,
 * and give typed access to the parts the reader uses. Unknown keys are ignored, as the format's
 * compatibility rules ask; an unknown major version is refused.
 */

import { parseJson } from "../../model/json.js";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === "object" && !Array.isArray(v);
}

/** One entry of `resource_changes` (or `deferred_changes[].resource_change`). */
export interface ResourceChange {
  address: string;
  moduleAddress: string;
  mode: "managed" | "data";
  type: string;
  name: string;
  /** The instance key (`index`): a number, a string, or undefined. */
  index: number | string | undefined;
  actions: string[];
  before: Json | undefined;
  after: Json | undefined;
  afterUnknown: Json | undefined;
  deposed?: string;
  deferred?: boolean;
}

export interface PlanDocument {
  formatVersion: string;
  terraformVersion?: string;
  resourceChanges: ResourceChange[];
  plannedValues: JsonObject | undefined;
  priorState: JsonObject | undefined;
  configuration: JsonObject | undefined;
  /** `errored: true`: planning failed, the changes are incomplete. */
  errored: boolean;
  /** `complete: false`: a targeted or deferred plan. */
  incomplete: boolean;
}

export interface ParseProblem {
  line?: number;
  message: string;
}

const SUPPORTED_MAJORS = new Set([0, 1]);
const SHOW_JSON = "expected the output of `terraform show -json PLANFILE`";

export function parsePlanDocument(
  text: string,
): { plan: PlanDocument; problems: ParseProblem[] } | { error: ParseProblem } {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    const p = parsed.error;
    const where = `line ${p.line}, column ${p.column} (offset ${p.offset})`;
    if (p.truncated) {
      return {
        error: { line: p.line, message: `the JSON ends unexpectedly at ${where}: the file looks truncated` },
      };
    }
    return { error: { line: p.line, message: `invalid JSON at ${where}: ${p.reason}` } };
  }
  const root: unknown = parsed.value;
  if (!isObject(root)) {
    return { error: { message: `not a Terraform plan: the JSON is not an object; ${SHOW_JSON}` } };
  }
  const version = root.format_version;
  const hasPlanParts = "resource_changes" in root || "planned_values" in root;
  if (version === undefined) {
    return { error: { message: `not a Terraform plan: no format_version; ${SHOW_JSON}` } };
  }
  if (typeof version !== "string") {
    return { error: { message: `not a Terraform plan: format_version is not a string; ${SHOW_JSON}` } };
  }
  const m = /^(\d+)\.(\d+)(?:\.\d+)?$/.exec(version);
  if (!m || !SUPPORTED_MAJORS.has(Number(m[1]))) {
    return {
      error: {
        message: `unsupported Terraform plan format_version "${version}": this reader understands 0.x and 1.x`,
      },
    };
  }
  if (!hasPlanParts) {
    const what =
      "values" in root
        ? "Terraform state, not a plan (it has values but no planned_values)"
        : "not a Terraform plan (no resource_changes or planned_values)";
    return { error: { message: `${what}; ${SHOW_JSON}` } };
  }
  const problems: ParseProblem[] = [];
  const resourceChanges: ResourceChange[] = [];
  const rawChanges = root.resource_changes ?? [];
  if (!Array.isArray(rawChanges)) {
    problems.push({ message: "resource_changes is not a list: the plan's changes cannot be read" });
  } else {
    rawChanges.forEach((raw, i) => {
      const rc = readChange(raw, `resource_changes[${i}]`, problems);
      if (rc) resourceChanges.push(rc);
    });
  }
  const deferred = root.deferred_changes;
  if (Array.isArray(deferred)) {
    deferred.forEach((raw, i) => {
      const inner = isObject(raw) ? raw.resource_change : undefined;
      const rc = readChange(inner, `deferred_changes[${i}].resource_change`, problems);
      if (rc) resourceChanges.push({ ...rc, deferred: true });
    });
  }
  const plan: PlanDocument = {
    formatVersion: version,
    resourceChanges,
    plannedValues: isObject(root.planned_values) ? root.planned_values : undefined,
    priorState: isObject(root.prior_state) ? root.prior_state : undefined,
    configuration: isObject(root.configuration) ? root.configuration : undefined,
    errored: root.errored === true,
    incomplete: root.complete === false,
  };
  if (typeof root.terraform_version === "string") plan.terraformVersion = root.terraform_version;
  return { plan, problems };
}

function readChange(raw: unknown, where: string, problems: ParseProblem[]): ResourceChange | undefined {
  if (!isObject(raw)) {
    problems.push({ message: `${where} is not an object` });
    return undefined;
  }
  const { address, type, name, change } = raw;
  if (
    typeof address !== "string" ||
    typeof type !== "string" ||
    typeof name !== "string" ||
    !isObject(change)
  ) {
    const label = typeof address === "string" ? `${where} (${address})` : where;
    problems.push({ message: `${label} lacks address, type, name or change` });
    return undefined;
  }
  const actions = Array.isArray(change.actions)
    ? change.actions.filter((a): a is string => typeof a === "string")
    : [];
  if (actions.length === 0) {
    problems.push({ message: `${address}: the change has no actions` });
    return undefined;
  }
  const index = raw.index;
  const rc: ResourceChange = {
    address,
    moduleAddress:
      typeof raw.module_address === "string" ? raw.module_address : modulePart(address, raw.mode, type, name),
    mode: raw.mode === "data" ? "data" : "managed",
    type,
    name,
    index: typeof index === "number" || typeof index === "string" ? index : undefined,
    actions,
    before: change.before,
    after: change.after,
    afterUnknown: change.after_unknown,
  };
  if (typeof raw.deposed === "string") rc.deposed = raw.deposed;
  return rc;
}

/** The module part of a resource instance address, for plans that leave out module_address. */
function modulePart(address: string, mode: unknown, type: string, name: string): string {
  const local = `${mode === "data" ? "data." : ""}${type}.${name}`;
  if (address.startsWith(local)) return "";
  const at = address.lastIndexOf(`.${local}`);
  return at > 0 ? address.slice(0, at) : "";
}
