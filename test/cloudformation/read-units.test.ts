import { describe, expect, test } from "vitest";
import { discoverUnits } from "../../src/discover/discover.js";
import { isTemplateFile } from "../../src/iac/detect.js";
import { readUnits } from "../../src/iac/read-units.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { fixtureFiles, grantRows, grantsOf } from "./helpers.js";

function discover(files: Record<string, string>) {
  const snapshot = memorySnapshot(files);
  const units = discoverUnits(
    snapshot.paths,
    (p) => isTemplateFile(snapshot, p),
    () => [],
  );
  return { snapshot, units };
}

describe("readUnits: CloudFormation units in their family", () => {
  test("a nested template is read through its parent, not on its own", async () => {
    const { snapshot, units } = discover(fixtureFiles("nested-stack"));
    expect(units.templates).toEqual([
      "infra/children/child.yaml",
      "infra/grand/grandchild.yaml",
      "infra/parent.yaml",
      "infra/sam-app.yaml",
    ]);
    const read = await readUnits(snapshot, units, {});
    expect(read.errors).toEqual([]);
    const units_ = new Set(read.resources.map((r) => r.unit));
    expect(units_).toEqual(new Set(["infra/parent.yaml", "infra/sam-app.yaml"]));
    // No grant with an unbound (unresolved) parameter; only the stacks whose template is not in the
    // repository are unresolved.
    const unresolved = grantsOf({ ...read, files: [] }).grants.filter(
      (g) => g.classification === "unresolved",
    );
    expect(unresolved.map((g) => [g.mechanism, g.resource.address])).toEqual([
      ["unseen-template", "Missing"],
      ["unseen-template", "Escapes"],
      ["unseen-template", "Absolute"],
      ["unseen-template", "Remote"],
      ["unseen-template", "FromRepository"],
    ]);
  });

  test("when only the child is to be read (a diff that changes it), its parents are read", async () => {
    const { snapshot, units } = discover(fixtureFiles("nested-stack"));
    const read = await readUnits(snapshot, { ...units, templates: ["infra/grand/grandchild.yaml"] }, {});
    expect(new Set(read.resources.map((r) => r.unit))).toEqual(
      new Set(["infra/parent.yaml", "infra/sam-app.yaml"]),
    );
  });

  test("imports resolve from exporters that this call does not read (a worker's share)", async () => {
    const { snapshot, units } = discover(fixtureFiles("import-value"));
    const read = await readUnits(snapshot, { ...units, templates: ["importer.yaml"] }, {});
    const principals = grantsOf({ ...read, files: [] }).grants.map((g) => g.principal.id);
    expect(principals).toContain("arn:aws:iam::222222222222:root");
  });

  test("bad input: each broken file is a clear error; the good template's grants are all there", async () => {
    const good = fixtureFiles("lines-yaml")["template.yaml"] ?? "";
    const { snapshot, units } = discover({
      "good.yaml": good,
      "invalid.yaml":
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n   bad: [\n",
      "invalid.json":
        '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue",\n  }\n',
      "unknown-tag.yaml":
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Bogus x\n",
      "circular.yaml": fixtureFiles("circular-ref")["template.yaml"] ?? "",
    });
    const read = await readUnits(snapshot, units, {});
    const files = new Set(read.errors.map((e) => e.file));
    expect(files).toEqual(new Set(["invalid.yaml", "invalid.json", "unknown-tag.yaml", "circular.yaml"]));
    expect(read.errors.find((e) => e.file === "unknown-tag.yaml")).toEqual({
      file: "unknown-tag.yaml",
      line: 6,
      message: "unknown tag !Bogus",
    });
    expect(read.errors.filter((e) => e.file === "circular.yaml").map((e) => e.message)).toContain(
      "circular reference between parameters: A -> B -> A",
    );
    for (const e of read.errors) expect(e.line, JSON.stringify(e)).toBeGreaterThan(0);
    const goodGrants = grantRows(
      grantsOf({ ...read, files: [] }).grants.filter((g) => g.resource.file === "good.yaml"),
    );
    expect(goodGrants.map((g) => [g.principal, g.line])).toEqual([
      ["arn:aws:iam::222222222222:root", 18],
      ["arn:aws:iam::333333333333:root", 19],
      ["logging.s3.amazonaws.com", 23],
    ]);
  });
});
