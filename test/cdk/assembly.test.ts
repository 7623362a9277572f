// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { describe, expect, test } from "vitest";
import { discoverUnits } from "../../src/discover/discover.js";
import { loadCdkAssembly } from "../../src/iac/cdk/index.js";
import { TemplateCache } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { cdkOutFiles, grantsOf, readSnapshot } from "./helpers.js";

type Json = Record<string, unknown>;

/** The files of a fixture with one JSON file changed. */
function edited(app: string, file: string, edit: (json: Json) => void): Record<string, string> {
  const files = cdkOutFiles(app);
  const json = JSON.parse(files[file] ?? "{}") as Json;
  edit(json);
  files[file] = JSON.stringify(json, null, 1);
  return files;
}

function artifact(manifest: Json, id: string): Json {
  return (manifest.artifacts as Record<string, Json>)[id] as Json;
}

function lineOf(text: string | undefined, needle: string): number {
  return (text ?? "").split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("discovery", () => {
  test("a cdk.out is one unit; its Stage assemblies and templates are read through it", () => {
    const files = { ...cdkOutFiles("stage"), ...cdkOutFiles("basic", "app2/cdk.out") };
    const units = discoverUnits(
      Object.keys(files).sort(),
      () => true,
      () => [],
    );
    expect(units.cdkAssemblies).toEqual(["app2/cdk.out", "cdk.out"]);
    expect(units.templates).toEqual([]);
  });

  test("the assembly lists its stacks with units, stack names and environments", () => {
    const assembly = loadCdkAssembly(new TemplateCache(memorySnapshot(cdkOutFiles("stage"))), "cdk.out");
    expect(assembly.errors).toEqual([]);
    expect(assembly.stacks).toEqual([
      {
        artifactId: "ProdStorage0EF194CB",
        unit: "assembly-Prod/ProdStorage0EF194CB",
        stackName: "Prod-Storage",
        displayName: "Prod/Storage",
        templateFile: "cdk.out/assembly-Prod/ProdStorage0EF194CB.template.json",
        selfAccount: "555555555555",
        region: "eu-west-1",
        constructPaths: new Map(),
      },
    ]);
    expect(assembly.files).toEqual([
      "cdk.out/manifest.json",
      "cdk.out/assembly-Prod/manifest.json",
      "cdk.out/assembly-Prod/ProdStorage0EF194CB.assets.json",
    ]);
  });
});

describe("bad input: a clear error, nothing else lost", () => {
  test("a templateFile outside the cdk.out folder is not read; the other stack is", async () => {
    const files = edited("cross-stack", "cdk.out/manifest.json", (m) => {
      ((artifact(m, "Consumer").properties as Json).templateFile as string) =
        "../../secrets/Consumer.template.json";
    });
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([
      {
        file: "cdk.out/manifest.json",
        line: lineOf(files["cdk.out/manifest.json"], '"templateFile": "../../secrets'),
        message:
          'artifact Consumer: templateFile "../../secrets/Consumer.template.json" points outside the cdk.out folder cdk.out: not read',
      },
    ]);
    expect(new Set(read.resources.map((r) => r.stack))).toEqual(new Set(["Producer"]));
  });

  test("a Stage directory outside the cdk.out folder is not read", async () => {
    const files = edited("stage", "cdk.out/manifest.json", (m) => {
      ((artifact(m, "assembly-Prod").properties as Json).directoryName as string) = "../elsewhere";
    });
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([
      {
        file: "cdk.out/manifest.json",
        line: lineOf(files["cdk.out/manifest.json"], '"directoryName"'),
        message:
          'artifact assembly-Prod: directoryName "../elsewhere" points outside the cdk.out folder cdk.out: not read',
      },
    ]);
  });

  test("a missing template file is an error; the other stack is read, its import left unresolved", async () => {
    const files = cdkOutFiles("cross-stack");
    delete files["cdk.out/Producer.template.json"];
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([
      {
        file: "cdk.out/manifest.json",
        line: lineOf(files["cdk.out/manifest.json"], '"templateFile": "Producer.template.json"'),
        message:
          "artifact Producer: the template file cdk.out/Producer.template.json is missing from the cdk.out folder",
      },
    ]);
    const grants = grantsOf(read).grants;
    expect(grants.map((g) => [g.resource.stack, g.principal.id, g.classification])).toEqual([
      [
        "Consumer",
        "${Fn::ImportValue Producer:ExportsOutputFnGetAttPublisherRoleFDE2F285ArnA7C18B09}",
        "unresolved",
      ],
      [
        "Consumer",
        "arn:aws:iam::${Fn::ImportValue Producer:ExportsOutputRefVendorAccount6CCD74CB}:root",
        "unresolved",
      ],
    ]);
  });

  test("an invalid manifest is an error with its line", async () => {
    const files = cdkOutFiles("basic");
    files["cdk.out/manifest.json"] =
      '{\n  "version": "55.0.0",\n  "artifacts": {\n    "GrantsStack": {,\n  }\n}\n';
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([
      {
        file: "cdk.out/manifest.json",
        line: 4,
        message: "invalid JSON: Unexpected , in flow map; the file is not read",
      },
    ]);
    expect(read.resources).toEqual([]);
  });

  test("a manifest that is not an object, or has no version, says so", async () => {
    const list = await readSnapshot(
      memorySnapshot({ ...cdkOutFiles("basic"), "cdk.out/manifest.json": "[1]" }),
    );
    expect(list.errors).toEqual([
      { file: "cdk.out/manifest.json", line: 1, message: "the file is not a JSON object" },
    ]);
    const files = edited("basic", "cdk.out/manifest.json", (m) => {
      delete m.version;
      (m.artifacts as Json).Broken = { properties: {} };
    });
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors.map((e) => e.message)).toEqual([
      "manifest.json has no version: not a CDK cloud assembly manifest?",
      "artifact Broken has no type",
    ]);
    expect(read.resources.length).toBeGreaterThan(0);
  });

  test("an invalid template is an error in its file; the other stack is read", async () => {
    const files = cdkOutFiles("cross-stack");
    files["cdk.out/Consumer.template.json"] = '{\n "Resources": {\n  "X": \n}\n';
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors[0]).toEqual({
      file: "cdk.out/Consumer.template.json",
      line: 5,
      message: "invalid JSON: Flow map must end with a }",
    });
    expect(new Set(read.errors.map((e) => e.file))).toEqual(new Set(["cdk.out/Consumer.template.json"]));
    expect(grantsOf(read).grants.map((g) => g.resource.stack)).toEqual(["Producer"]);
  });

  test("an environment that is not aws://ACCOUNT/REGION is an error; the stack is read env-agnostic", async () => {
    const files = edited("stage", "cdk.out/assembly-Prod/manifest.json", (m) => {
      artifact(m, "ProdStorage0EF194CB").environment = "555555555555";
    });
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors.map((e) => e.message)).toEqual([
      'artifact ProdStorage0EF194CB: environment "555555555555" is not aws://ACCOUNT/REGION',
    ]);
    // The literal account CDK rendered is now someone else's account as far as anyone can tell.
    expect(grantsOf(read).grants[0]?.classification).toBe("external");
  });
});

describe("nested stacks in a cdk.out", () => {
  const nested = "cdk.out/ParentSharing199792A4.nested.template.json";

  test("without aws:asset:path metadata the asset manifest maps the TemplateURL to the file", async () => {
    const files = edited("nested", "cdk.out/Parent.template.json", (t) => {
      const stack = (t.Resources as Record<string, Json>)
        .SharingNestedStackSharingNestedStackResourceAEDF8AD5 as Json;
      stack.Metadata = { "aws:cdk:path": "Parent/Sharing.NestedStack/Sharing.NestedStackResource" };
    });
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([]);
    expect(grantsOf(read).grants.map((g) => [g.resource.file, g.principal.id])).toEqual([
      ["cdk.out/Parent.template.json", "lambda.amazonaws.com"],
      [
        "cdk.out/Parent.template.json",
        "${SharingNestedStackSharingNestedStackResourceAEDF8AD5/PartnerRole53D7BEB1.Arn}",
      ],
      [nested, "arn:aws:iam::777777777777:root"],
      [nested, "${ProducerD8AA94EB.Arn}"],
    ]);
  });

  test("a nested template the assembly cannot find is an error; an unclaimed one is read on its own (unresolved)", async () => {
    const files = edited("nested", "cdk.out/Parent.template.json", (t) => {
      const stack = (t.Resources as Record<string, Json>)
        .SharingNestedStackSharingNestedStackResourceAEDF8AD5 as Json;
      stack.Metadata = {};
    });
    // The object key the TemplateURL ends with (the nested template's hash).
    const objectKey = /"objectKey": "([0-9a-f]+\.json)"/.exec(files["cdk.out/Parent.assets.json"] ?? "")?.[1];
    expect(files["cdk.out/Parent.template.json"]).toContain(`/${objectKey}`);
    delete files["cdk.out/Parent.assets.json"];
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([
      {
        file: "cdk.out/Parent.template.json",
        line: lineOf(
          files["cdk.out/Parent.template.json"],
          '"SharingNestedStackSharingNestedStackResourceAEDF8AD5"',
        ),
        message: `nested stack SharingNestedStackSharingNestedStackResourceAEDF8AD5: its template ${objectKey} is missing from the cdk.out folder`,
      },
    ]);
    const grants = grantsOf(read).grants.filter((g) => g.resource.file === nested);
    expect(
      grants.map((g) => [g.resource.unit, g.resource.address, g.principal.id, g.classification]),
    ).toEqual([
      [
        "ParentSharing199792A4.nested.template.json",
        "PartnerRole53D7BEB1",
        "arn:aws:iam::${Ref referencetoParentPartnerAccount4A4426C9Ref}:root",
        "unresolved",
      ],
      [
        "ParentSharing199792A4.nested.template.json",
        "JobsPolicy30CCDE58",
        "${Ref referencetoParentProducerDFA62331Arn}",
        "unresolved",
      ],
    ]);
  });

  test("aws:asset:path that leaves the cdk.out folder is not followed", async () => {
    const files = edited("nested", "cdk.out/Parent.template.json", (t) => {
      const stack = (t.Resources as Record<string, Json>)
        .SharingNestedStackSharingNestedStackResourceAEDF8AD5 as Json;
      (stack.Metadata as Json)["aws:asset:path"] = "../infra/child.yaml";
    });
    files["infra/child.yaml"] = "Resources: {}";
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.resources.some((r) => r.file === "infra/child.yaml")).toBe(false);
  });
});

describe("own account and construct paths", () => {
  test("Ref AWS::AccountId in a stack whose environment names the account is that account", async () => {
    const file = "cdk.out/assembly-Prod/ProdStorage0EF194CB.template.json";
    const files = cdkOutFiles("stage");
    files[file] = (files[file] ?? "").replace(
      '":iam::555555555555:root"',
      '":iam::", {"Ref": "AWS::AccountId"}, ":root"',
    );
    const read = await readSnapshot(memorySnapshot(files));
    expect(read.errors).toEqual([]);
    expect(grantsOf(read).grants[0]).toMatchObject({
      principal: { id: "arn:aws:iam::555555555555:root" },
      classification: "internal",
      resource: { stack: "Prod-Storage" },
    });
  });

  test("without aws:cdk:path metadata the manifest's aws:cdk:logicalId entries give the construct path", async () => {
    let files = edited("basic", "cdk.out/GrantsStack.template.json", (t) => {
      for (const r of Object.values(t.Resources as Record<string, Json>)) delete r.Metadata;
    });
    const template = files["cdk.out/GrantsStack.template.json"];
    files = {
      ...files,
      ...edited("basic", "cdk.out/manifest.json", (m) => {
        artifact(m, "GrantsStack").metadata = {
          "/GrantsStack/AuditRole/Resource": [{ type: "aws:cdk:logicalId", data: "AuditRole88E97C2A" }],
        };
      }),
    };
    files["cdk.out/GrantsStack.template.json"] = template ?? "";
    const read = await readSnapshot(memorySnapshot(files));
    const grants = grantsOf(read).grants;
    expect(grants[0]?.resource.constructPath).toBe("GrantsStack/AuditRole/Resource");
    expect(grants[1]?.resource.constructPath).toBeUndefined();
  });
});
