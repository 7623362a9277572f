// A module that several roots call is merged once per cache (src/iac/terraform/modules.ts): each
// root must still get the module's errors, its own module-call targets, and a changed file's
// new content.
import { describe, expect, it } from "vitest";
import { createTerraformCache, readTerraformRoot } from "../../src/iac/terraform/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const GRANT_TYPES = new Set(["aws_sqs_queue_policy"]);

const QUEUE_POLICY = (principal: string) => `resource "aws_sqs_queue_policy" "p" {
  queue_url = "q"
  policy    = jsonencode({ Statement = [{ Effect = "Allow", Principal = { AWS = "${principal}" }, Action = "sqs:SendMessage" }] })
}
`;

const shared = {
  "modules/shared/main.tf": `${QUEUE_POLICY("arn:aws:iam::111122223333:root")}
module "inner" {
  source = "example/inner/aws"
}
`,
  "modules/shared/variables.tf": 'variable "name" {}\nvariable "name" {}\n',
};

describe("a module shared by several roots", () => {
  it("reports the module's errors to every root that reads it", async () => {
    const snapshot = memorySnapshot({
      ...shared,
      "a/main.tf": 'module "s" {\n  source = "../modules/shared"\n}\n',
      "b/main.tf": 'module "s" {\n  source = "../modules/shared"\n}\n',
    });
    const cache = createTerraformCache();
    for (const root of ["a", "b"]) {
      const r = await readTerraformRoot(snapshot, root, { grantTypes: GRANT_TYPES, cache });
      expect(r.errors).toEqual([
        { file: "modules/shared/variables.tf", line: 2, message: 'duplicate variable "name"' },
      ]);
      expect(r.resources.map((x) => x.address)).toEqual([
        "module.s.aws_sqs_queue_policy.p",
        "module.s.module.inner",
      ]);
      expect(r.files).toContain("modules/shared/main.tf");
    }
  });

  it("resolves the module's calls for each root (a downloaded module in one, opaque in the other)", async () => {
    const snapshot = memorySnapshot({
      ...shared,
      "a/main.tf": 'module "s" {\n  source = "../modules/shared"\n}\n',
      "a/.terraform/modules/modules.json": JSON.stringify({
        Modules: [{ Key: "s.inner", Source: "example/inner/aws", Dir: ".terraform/modules/s.inner" }],
      }),
      "a/.terraform/modules/s.inner/main.tf": QUEUE_POLICY("arn:aws:iam::444455556666:root"),
      "b/main.tf": 'module "s" {\n  source = "../modules/shared"\n}\n',
    });
    const cache = createTerraformCache();
    const a = await readTerraformRoot(snapshot, "a", { grantTypes: GRANT_TYPES, cache });
    const b = await readTerraformRoot(snapshot, "b", { grantTypes: GRANT_TYPES, cache });
    // Read at the same time: each root holds its own targets while the other resolves its own.
    const [a2, b2] = await Promise.all(
      ["a", "b"].map((root) => readTerraformRoot(snapshot, root, { grantTypes: GRANT_TYPES, cache })),
    );
    expect(a.resources.map((x) => x.address)).toEqual([
      "module.s.module.inner.aws_sqs_queue_policy.p",
      "module.s.aws_sqs_queue_policy.p",
    ]);
    expect(b.resources.map((x) => x.address)).toEqual([
      "module.s.aws_sqs_queue_policy.p",
      "module.s.module.inner",
    ]);
    expect(a2!.resources).toEqual(a.resources);
    expect(b2!.resources).toEqual(b.resources);
  });

  it("reads a module's new content when one of its files changes (the two sides of a diff)", async () => {
    const cache = createTerraformCache();
    const read = async (principal: string) => {
      const snapshot = memorySnapshot({
        "modules/q/main.tf": QUEUE_POLICY(principal),
        "a/main.tf": 'module "q" {\n  source = "../modules/q"\n}\n',
      });
      const r = await readTerraformRoot(snapshot, "a", { grantTypes: GRANT_TYPES, cache });
      return JSON.stringify(r.resources[0]?.properties.policy);
    };
    expect(await read("arn:aws:iam::111122223333:root")).toContain("111122223333");
    expect(await read("arn:aws:iam::777788889999:root")).toContain("777788889999");
    expect(await read("arn:aws:iam::111122223333:root")).toContain("111122223333");
  });
});
