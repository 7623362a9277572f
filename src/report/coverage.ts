import type { SkipReason } from "../model/types.js";
import type { Coverage } from "./types.js";

/** How each skip reason reads in the text and Markdown reports. */
export const SKIP_LABEL: Record<SkipReason, string> = {
  "too-large": "too large",
  binary: "binary, not UTF-8 text",
  unreadable: "unreadable",
  "outside-paths": "outside the include/exclude paths",
  "git-ignored": "ignored by git",
  "opaque-module": "module whose code is not in the repository",
  "tfvars-not-loaded":
    "tfvars file Terraform does not load on its own; give it with --tfvars or the tfvars input",
};

/**
 * One line: the files read per kind and the units, e.g. "12 Terraform files, 2 tfvars, 3
 * CloudFormation templates; 4 units (2 read)". Kinds with no file are left out.
 */
export function coverageSummary(c: Coverage): string {
  const f = c.files;
  const kinds: [number, string, string][] = [
    [f.terraform, "Terraform file", "Terraform files"],
    [f.tfvars, "tfvars file", "tfvars files"],
    [f.plan, "plan", "plans"],
    [f.cloudformation, "CloudFormation template", "CloudFormation templates"],
    [f.sam, "SAM template", "SAM templates"],
    [f.cdkAssemblies, "CDK assembly", "CDK assemblies"],
    [f.cdkStacks, "CDK stack", "CDK stacks"],
  ];
  const parts = kinds.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const u = c.units;
  const units = u.terraformRoots + u.templates + u.cdkAssemblies + u.plans;
  const read = u.read === units ? "" : ` (${u.read} read: the others are unchanged)`;
  return `${parts.length > 0 ? parts.join(", ") : "no IaC file"}; ${units} unit${units === 1 ? "" : "s"}${read}`;
}
