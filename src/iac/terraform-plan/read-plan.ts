/**
 * readPlan: `terraform show -json PLANFILE` -> the before and after ResourceRecords of the plan's
 * root (grant-model §5.3). `before` is the prior state, `after` the planned values with every
 * value known only after apply as a token; the grants stage reads both through the same table as
 * the HCL reader.
 */

import type { AnalysisError, ResourceRecord } from "../../model/types.js";
import { type PlanContext, readChange } from "./change-reader.js";
import { changeLines, inferRoot } from "./locate.js";
import { parsePlanDocument } from "./plan-document.js";
import { selfAccounts } from "./self-account.js";
import type { PlanReadOptions, PlanResult } from "./types.js";

/** Read one plan JSON file. Never throws: problems are errors naming the file. */
export function readPlan(file: string, text: string, options: PlanReadOptions): PlanResult {
  try {
    return readPlanUnsafe(file, text, options);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return {
      before: [],
      after: [],
      errors: [{ file, message: `the plan could not be read: ${reason}` }],
      notes: [],
    };
  }
}

function readPlanUnsafe(file: string, text: string, options: PlanReadOptions): PlanResult {
  const parsed = parsePlanDocument(text);
  if ("error" in parsed) {
    const { line, message } = parsed.error;
    const given = options.root !== undefined ? { root: options.root } : {};
    return {
      before: [],
      after: [],
      errors: [{ file, ...(line ? { line } : {}), message }],
      notes: [],
      ...given,
    };
  }
  const { plan, problems } = parsed;
  const errors: AnalysisError[] = problems.map((p) => ({ file, message: p.message }));
  if (plan.errored) {
    errors.push({
      file,
      message: "the plan is marked errored (planning failed): its changes are incomplete",
    });
  }
  const planDir = dirOf(file);
  const root =
    options.root ??
    (options.findResourceLine
      ? inferRoot(plan.configuration, options.rootCandidates ?? [planDir], options.findResourceLine, planDir)
      : undefined);
  let lines: Map<string, number> | undefined;
  const ctx: PlanContext = {
    file,
    unit: root ?? file,
    plan,
    options,
    root,
    self: selfAccounts(plan),
    notes: [],
    changeLine: (address) => {
      lines ??= changeLines(text);
      return lines.get(address);
    },
  };
  const before: ResourceRecord[] = [];
  const after: ResourceRecord[] = [];
  let carrying = 0;
  for (const rc of plan.resourceChanges) {
    if (rc.mode !== "managed" || !options.grantTypes.has(rc.type)) continue;
    carrying++;
    const read = readChange(ctx, rc);
    before.push(...read.before);
    after.push(...read.after);
  }

  const version = `format_version ${plan.formatVersion}${plan.terraformVersion ? `, Terraform ${plan.terraformVersion}` : ""}`;
  const where =
    root !== undefined
      ? `the before/after of the Terraform root "${root === "" ? "." : root}"`
      : "a Terraform root that was not found in the repository (grants point at the plan file)";
  const notes = [
    `${file}: Terraform plan (${version}) read as ${where}: ${plan.resourceChanges.length} resource changes, ${carrying} of resource types that can grant access`,
  ];
  if (plan.incomplete) {
    notes.push(
      `${file}: the plan is not complete (targeted or deferred): resources outside it are not compared`,
    );
  }
  notes.push(...ctx.notes);
  return { before, after, errors, notes, ...(root !== undefined ? { root } : {}) };
}

function dirOf(file: string): string {
  const i = file.lastIndexOf("/");
  return i < 0 ? "" : file.slice(0, i);
}
