import { describe, expect, it } from "vitest";
import { chunkUnits } from "../../src/analyze/partition.js";
import type { Units } from "../../src/discover/discover.js";

const roots = Array.from({ length: 40 }, (_, i) => `envs/r${String(i).padStart(2, "0")}`);
const units: Units = {
  templates: ["cfn/a.yaml", "cfn/b.yaml", "cfn/c.yaml"],
  terraformRoots: roots,
  cdkAssemblies: ["app/cdk.out"],
  terraformFiles: roots.map((r) => `${r}/main.tf`),
  cloudformation: { templates: ["cfn/a.yaml", "cfn/b.yaml", "cfn/c.yaml"], cdkAssemblies: ["app/cdk.out"] },
};

describe("chunks of units for the worker threads", () => {
  const chunks = chunkUnits(units, 2, (u) => (u === "app/cdk.out" ? 3 : 1));

  it("holds every unit exactly once, Terraform roots in path order", () => {
    expect(chunks.flatMap((c) => c.terraformRoots)).toEqual(roots);
    expect(chunks.flatMap((c) => c.templates).sort()).toEqual(units.templates);
    expect(chunks.flatMap((c) => c.cdkAssemblies)).toEqual(units.cdkAssemblies);
  });

  it("puts CloudFormation and CDK first, in at most one chunk per worker, each with the whole family", () => {
    const cfn = chunks.filter((c) => c.templates.length + c.cdkAssemblies.length > 0);
    expect(cfn.length).toBeLessThanOrEqual(2);
    expect(chunks.slice(0, cfn.length)).toEqual(cfn);
    for (const c of cfn) {
      expect(c.terraformRoots).toEqual([]);
      expect(c.cloudformation).toEqual(units.cloudformation);
    }
  });

  it("gives Terraform chunks no CloudFormation family to resolve, and several per worker", () => {
    const tf = chunks.filter((c) => c.terraformRoots.length > 0);
    expect(tf.length).toBeGreaterThanOrEqual(4);
    for (const c of tf) {
      expect(c.templates).toEqual([]);
      expect(c.cdkAssemblies).toEqual([]);
      expect(c.cloudformation).toEqual({ templates: [], cdkAssemblies: [] });
      expect(c.terraformFiles).toBe(units.terraformFiles);
    }
  });

  it("takes the family from the units when discovery gave none", () => {
    const { cloudformation: _, ...bare } = units;
    const first = chunkUnits(bare, 2, () => 1)[0]!;
    expect(first.cloudformation).toEqual({ templates: units.templates, cdkAssemblies: units.cdkAssemblies });
  });
});
