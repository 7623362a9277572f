import type { Units } from "../discover/discover.js";
import { TERRAFORM_READ_TYPES } from "../grants/read-types.js";
import { compareStrings } from "../model/objects.js";
import type { AnalysisError, ReaderResult, ResourceRecord, Skipped } from "../model/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { createTerraformCache, type TerraformCache } from "./terraform/cache.js";

export interface UnitReadOptions {
  tfvars?: string[];
  cfnParameters?: Record<string, string | string[]>;
}

export interface UnitsRead {
  resources: ResourceRecord[];
  errors: AnalysisError[];
  /** Every note of the readers, once each, sorted. */
  notes: string[];
  skipped: Skipped[];
}

/** Run each format's reader over its units. One unit's errors never stop the others. */
export async function readUnits(
  snapshot: Snapshot,
  units: Units,
  options: UnitReadOptions,
  /** Parses shared across calls (the base and head of a diff parse their common files once). */
  terraformCache: TerraformCache = createTerraformCache(),
): Promise<UnitsRead> {
  const resources: ResourceRecord[] = [];
  const errors: AnalysisError[] = [];
  const notes = new Set<string>();
  const skipped: Skipped[] = [];
  const take = (r: Pick<ReaderResult, "resources" | "errors" | "notes" | "skipped">) => {
    resources.push(...r.resources);
    errors.push(...r.errors);
    for (const n of r.notes ?? []) notes.add(n);
    if (r.skipped) skipped.push(...r.skipped);
  };
  if (units.templates.length > 0 || units.cdkAssemblies.length > 0) {
    // The template readers load when there is a template or an assembly to read (as the
    // Terraform evaluator below): a run without them does not compile them at start-up.
    const { readTemplateUnits } = await import("./read-templates.js");
    for (const r of readTemplateUnits(snapshot, units, options.cfnParameters ?? {})) take(r);
  }
  if (units.terraformRoots.length > 0) {
    // The evaluator, the largest part of the bundle, loads when there is a root to read: a run
    // without Terraform does not compile it at start-up.
    const { readTerraformRoot } = await import("./terraform/read-root.js");
    for (const root of units.terraformRoots) {
      const r = await readTerraformRoot(snapshot, root, {
        ...(options.tfvars ? { tfvars: options.tfvars } : {}),
        grantTypes: TERRAFORM_READ_TYPES,
        cache: terraformCache,
      });
      take(r);
    }
  }
  return {
    resources,
    errors: dedupeErrors(errors),
    notes: [...notes].sort(),
    skipped: dedupeSkipped(skipped),
  };
}

/** A module shared by several roots (in one thread or across worker chunks) reports its error once. */
export function dedupeErrors(errors: AnalysisError[]): AnalysisError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.file}\0${e.line ?? ""}\0${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Each skipped item once (a module shared by several roots), sorted. */
export function dedupeSkipped(skipped: readonly Skipped[]): Skipped[] {
  const byKey = new Map<string, Skipped>();
  for (const s of skipped) byKey.set(`${s.reason}\0${s.item}`, s);
  return [...byKey.entries()].sort(([a], [b]) => compareStrings(a, b)).map(([, s]) => s);
}
