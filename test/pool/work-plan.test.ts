// The pool's threads take the chunks of Terraform roots heaviest first, a root weighing what its
// evaluation reads (its files and the local modules it calls), so that the last chunks taken are
// the light ones; the results come back in the chunks' order, so the report does not change.
import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { discover, readHere, type UnitsAnalysis } from "../../src/analyze/analyze.js";
import { createRunContext } from "../../src/analyze/context.js";
import { workPlan } from "../../src/pool/work-plan.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const files: Record<string, string> = {
  "cfn/a.yaml": 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n',
  // A large module only the last roots (in path order) call.
  "modules/big/main.tf": `${'resource "aws_sqs_queue" "q" {}\n'.repeat(400)}`,
  "modules/big/templates/policy.json.tpl": "{}\n",
  "scripts/run.sh": "echo\n",
};
for (let i = 0; i < 40; i++) {
  const root = `envs/r${String(i).padStart(2, "0")}`;
  files[`${root}/main.tf`] =
    i >= 36 ? 'module "big" {\n  source = "../../modules/big"\n}\n' : 'resource "aws_sqs_queue" "q" {}\n';
}
const snapshot = memorySnapshot(files);
const context = createRunContext({
  kind: "audit",
  allowlist: EMPTY_ALLOWLIST,
  options: {},
  reader: readHere,
});
const { units } = discover(snapshot, {}, context);
const plan = workPlan(snapshot, units, 2, context);

describe("the pool's work plan", () => {
  it("gives every unit once, CloudFormation first, then the chunk of the roots calling the large module", () => {
    expect(plan.items.flatMap((c) => c.terraformRoots).sort()).toEqual(units.terraformRoots);
    expect(plan.items.flatMap((c) => c.templates)).toEqual(["cfn/a.yaml"]);
    expect(plan.items[0]!.templates).toEqual(["cfn/a.yaml"]);
    // By file count every root weighs the same; the roots calling modules/big come last in path
    // order, yet their chunk is taken first among the Terraform chunks.
    const callsBig = (c: { terraformRoots: string[] }) =>
      c.terraformRoots.some((r) => r >= "envs/r36" && r <= "envs/r39");
    expect(plan.items.length).toBeGreaterThan(4);
    expect(callsBig(plan.items[1]!)).toBe(true);
    expect(callsBig(plan.items.at(-1)!)).toBe(false);
  });

  it("names the folders of the modules the roots read, not the others", () => {
    expect(plan.moduleFolders.has("modules/big")).toBe(true);
    expect(plan.moduleFolders.has("envs/r00")).toBe(true);
    expect(plan.moduleFolders.has("modules")).toBe(false);
    expect(plan.moduleFolders.has("scripts")).toBe(false);
  });

  it("puts the results back in the order of the chunks, roots in path order", () => {
    const results = plan.items.map(
      (c): UnitsAnalysis => ({
        grants: [],
        errors: [],
        notes: [...c.templates, ...c.terraformRoots],
        skipped: [],
      }),
    );
    expect(plan.inUnitOrder(results).flatMap((r) => r.notes)).toEqual([
      "cfn/a.yaml",
      ...units.terraformRoots,
    ]);
  });
});

describe("a diff's work plan", () => {
  it("keeps the chunks' order and lays nothing out (a diff knows only what its change affects)", () => {
    const diff = createRunContext({
      kind: "diff",
      allowlist: EMPTY_ALLOWLIST,
      options: {},
      reader: readHere,
    });
    const fresh = memorySnapshot(files);
    const diffPlan = workPlan(fresh, units, 2, diff);
    expect(diffPlan.items.flatMap((c) => c.terraformRoots)).toEqual(units.terraformRoots);
    expect(diffPlan.moduleFolders.size).toBe(0);
    // No Terraform file was read to weigh the roots.
    expect(fresh.texts?.entries().filter(([p]) => p.endsWith(".tf"))).toEqual([]);
  });
});
