import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import {
  type PlanReadOptions,
  type PlanResult,
  readPlan,
  resourceLocator,
} from "../../src/iac/terraform-plan/index.js";
import { memorySnapshot, type Snapshot } from "../../src/sources/snapshot.js";

export const FIXTURES = join(import.meta.dirname, "../../fixtures/terraform-plan");

/** Every file of fixtures/terraform-plan/<name>, keyed by its path relative to that folder (or under `prefix`). */
export function fixtureFiles(name: string, prefix = ""): Record<string, string> {
  const root = join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[prefix + relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return files;
}

export function planText(name: string): string {
  return readFileSync(join(FIXTURES, name, "plan.json"), "utf8");
}

/** The plan JSON of a fixture, parsed (to compare records with the plan's own values). */
export function planJson(name: string): PlanJson {
  return JSON.parse(planText(name)) as PlanJson;
}

export interface PlanJson {
  resource_changes: {
    address: string;
    change: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
  }[];
}

export function changeOf(plan: PlanJson, address: string) {
  const rc = plan.resource_changes.find((r) => r.address === address);
  if (!rc) throw new Error(`no change for ${address}`);
  return rc.change;
}

/** Read a fixture's plan.json the way the lead wires it: the shared table and a locator over the fixture's files. */
export function readFixture(name: string, extra: Partial<PlanReadOptions> = {}): PlanResult {
  const files = fixtureFiles(name);
  const snapshot: Snapshot = memorySnapshot(files);
  return readPlan("plan.json", files["plan.json"] ?? "", {
    grantTypes: TERRAFORM_GRANT_TYPES,
    findResourceLine: resourceLocator(snapshot),
    ...extra,
  });
}

export const grantTypes = TERRAFORM_GRANT_TYPES;

/** A minimal plan in the shape `terraform show -json` writes, for edge cases. */
export function miniPlan(parts: Record<string, unknown>): string {
  return JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.9.8",
    planned_values: { root_module: {} },
    ...parts,
  });
}

export function without<T extends Record<string, unknown>>(
  obj: T | null,
  ...keys: string[]
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...(obj ?? {}) };
  for (const k of keys) delete out[k];
  return out;
}
