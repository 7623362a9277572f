import type { Units } from "../discover/discover.js";
import { TERRAFORM_GRANT_TYPES } from "../grants/table.js";
import type { AnalysisError, ResourceRecord } from "../model/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { collectExports, readTemplate } from "./cloudformation/index.js";
import { readTerraformRoot } from "./terraform/index.js";

export interface UnitReadOptions {
  tfvars?: string[];
  cfnParameters?: Record<string, string | string[]>;
}

export interface UnitsRead {
  resources: ResourceRecord[];
  errors: AnalysisError[];
}

/** Run each format's reader over its units. One unit's errors never stop the others. */
export async function readUnits(
  snapshot: Snapshot,
  units: Units,
  options: UnitReadOptions,
): Promise<UnitsRead> {
  const resources: ResourceRecord[] = [];
  const errors: AnalysisError[] = [];
  const parameters = options.cfnParameters ?? {};

  const cdkTemplates = snapshot.paths.filter(
    (p) =>
      units.cdkAssemblies.some((a) => p.startsWith(a === "" ? "" : `${a}/`)) && p.endsWith(".template.json"),
  );
  const exports = collectExports(snapshot, [...units.templates, ...cdkTemplates], () => ({ parameters }));
  for (const file of units.templates) {
    const r = readTemplate(snapshot, file, { parameters, exports, unit: file, source: "cloudformation" });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  for (const file of cdkTemplates) {
    const r = readTemplate(snapshot, file, { exports, unit: file, source: "cdk" });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  for (const root of units.terraformRoots) {
    const r = await readTerraformRoot(snapshot, root, {
      ...(options.tfvars ? { tfvars: options.tfvars } : {}),
      grantTypes: TERRAFORM_GRANT_TYPES,
    });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  return { resources, errors: dedupeErrors(errors) };
}

/** A module shared by several roots reports its error once. */
function dedupeErrors(errors: AnalysisError[]): AnalysisError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.file}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
