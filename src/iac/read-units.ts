import type { Units } from "../discover/discover.js";
import { TERRAFORM_GRANT_TYPES } from "../grants/table.js";
import type { AnalysisError, ResourceRecord } from "../model/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { type CdkAssembly, loadCdkAssembly, readCdkAssembly } from "./cdk/index.js";
import {
  collectExports,
  nestedChildTemplates,
  type ResolveOptions,
  readTemplate,
  TemplateCache,
} from "./cloudformation/index.js";
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

  // CloudFormation and CDK: one template cache; exports are shared across both (CDK cross-stack
  // references, Fn::ImportValue between templates of the repository).
  const cache = new TemplateCache(snapshot);
  const assemblies: CdkAssembly[] = units.cdkAssemblies.map((dir) => loadCdkAssembly(cache, dir));
  const templateOptions = new Map<string, Omit<ResolveOptions, "exports">>();
  for (const file of units.templates) templateOptions.set(file, { parameters });
  for (const a of assemblies) {
    for (const s of a.stacks) {
      templateOptions.set(s.templateFile, {
        stack: s.stackName,
        ...(s.selfAccount ? { selfAccount: s.selfAccount } : {}),
      });
    }
  }
  const exports = collectExports(snapshot, [...templateOptions.keys()], (f) => templateOptions.get(f) ?? {}, cache);
  // A template another one includes as a nested stack is read through its parent.
  const children = nestedChildTemplates(cache, units.templates, () => ({ parameters }));
  for (const file of units.templates) {
    if (children.has(file)) continue;
    const r = readTemplate(snapshot, file, {
      parameters,
      exports,
      unit: file,
      source: "cloudformation",
      cache,
    });
    resources.push(...r.resources);
    errors.push(...r.errors);
  }
  for (const assembly of assemblies) {
    const r = readCdkAssembly(assembly, { cache, exports });
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
