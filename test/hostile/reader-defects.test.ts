/**
 * Defects found by issue 8's hostile input and property tests in readers that other people own
 * (src/iac/cloudformation, src/iac/terraform). Each test states the behaviour the reader should
 * have and is marked `it.fails` while the defect is there: when the owner fixes it, the test
 * starts passing, vitest reports the `.fails` as a failure, and the marker must be removed.
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTemplate } from "../../src/iac/cloudformation/index.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import type { Zone } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const ZONE: Zone = {
  accounts: ["111111111111"],
  organizations: [],
  orgPaths: [],
  expressions: [],
  githubOrgs: [],
};
const MARKERS = /[\uE000-\uE002]/;

function cfnGrants(text: string, file = "t.json") {
  const r = readTemplate(memorySnapshot({ [file]: text }), file, { parameters: {} });
  const x = extractGrants(r.resources, ZONE);
  return { errors: [...r.errors, ...x.errors], grants: x.grants, notes: r.notes ?? [] };
}

describe("src/iac/cloudformation (owner: CloudFormation reader)", () => {
  // FIXED (intrinsics.ts, Fn::Split): an empty delimiter used to split an unresolved value character by
  // character, through the middle of its symbolic token. The token markers (U+E000/U+E001) end up
  // as principal ids of their own, and the principal is no longer "unresolved": it becomes a dozen
  // one-letter "principals". Expected: a split of an unknown value is unknown (one unresolved
  // principal naming the expression), never a torn token. Found by
  // test/property/cloudformation.property.test.ts (seed 20260801).
  it("Fn::Split with an empty delimiter does not tear an unresolved token apart", () => {
    const text = JSON.stringify({
      Resources: {
        P: {
          Type: "AWS::S3::BucketPolicy",
          Properties: {
            Bucket: "b",
            PolicyDocument: {
              Statement: [
                {
                  Effect: "Allow",
                  Principal: { AWS: { "Fn::Split": ["", { "Fn::ImportValue": "partner-account" }] } },
                  Action: "s3:GetObject",
                  Resource: "*",
                },
              ],
            },
          },
        },
      },
    });
    const { grants } = cfnGrants(text);
    for (const g of grants) expect(g.principal.id).not.toMatch(MARKERS);
    expect(grants.map((g) => g.classification)).toEqual(["unresolved"]);
  });

  // FIXED (resolve.ts, parameterValue): `this.options.parameters?.[name]` used to read inherited
  // properties, so a parameter named "__proto__" resolves to Object.prototype, rendered "{}",
  // instead of its Default (or a --cfn-parameters value). The grant is reported under the
  // principal "{}" (unresolved): fail closed, but the finding is wrong.
  it("a parameter named __proto__ resolves to its Default", () => {
    const text = `{"Parameters": {"__proto__": {"Type": "String", "Default": "555544443333"}},
      "Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument":
      {"Statement": [{"Effect": "Allow", "Principal": {"AWS": {"Ref": "__proto__"}}, "Action": "sts:AssumeRole"}]}}}}}`;
    const { grants, errors } = cfnGrants(text);
    expect(errors).toEqual([]);
    expect(grants.map((g) => g.principal.id)).toEqual(["arn:aws:iam::555544443333:root"]);
  });

  // FIXED (located.ts toPlain / the resolver's object building): a map key "__proto__" was
  // assigned with `out[key] = value`, which sets the prototype instead of an own property. A
  // Principal written {"__proto__": "888877776666"} disappears: no grant, no error, only a note
  // "has an empty Principal". AWS would refuse the key; the checker must say something that fails
  // the check (an unresolved principal or an error), never lose it.
  it("a Principal key __proto__ is not lost silently", () => {
    const text = `{"Resources": {"R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument":
      {"Statement": [{"Effect": "Allow", "Principal": {"__proto__": "888877776666"}, "Action": "sts:AssumeRole"}]}}}}}`;
    const { grants, errors } = cfnGrants(text);
    expect(grants.length + errors.length).toBeGreaterThan(0);
  });
});

describe("src/iac/terraform (owner: Terraform reader)", () => {
  // FIXED (functions.ts regExp): the guard against catastrophic backtracking used to refuse only a
  // quantified group whose body has a quantifier before its first ")". `((a+))+` (the inner group
  // closes first) and `(a|aa)+` (alternation, no inner quantifier) pass it, and JavaScript's
  // backtracking engine then takes exponential time: a PR can stall the check indefinitely
  // (fixtures/hostile probe: 37 characters did not finish in 60 s). Terraform uses RE2, which
  // cannot backtrack. Expected: refused as too complex (an error), or bounded time.
  it("regex() with a catastrophic pattern is refused or bounded", async () => {
    // Start hcl2json's WASM first: its start-up is not the regex's time.
    await readTerraformRoot(memorySnapshot({ "main.tf": "locals {}\n" }), "", {
      grantTypes: TERRAFORM_GRANT_TYPES,
    });
    for (const [pattern, input] of [
      ["^((a+))+$", `${"a".repeat(24)}!`],
      ["^(a|aa)+$", `${"a".repeat(32)}!`],
    ] as const) {
      const tf = `locals {
  acct = can(regex("${pattern}", "${input}")) ? "111111111111" : "999988887777"
}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = local.acct } }] })
}
`;
      const started = performance.now();
      const r = await readTerraformRoot(memorySnapshot({ "main.tf": tf }), "", {
        grantTypes: TERRAFORM_GRANT_TYPES,
      });
      const ms = performance.now() - started;
      const refused = r.errors.some((e) => /too complex/.test(e.message));
      expect(
        refused || ms < 250,
        `${pattern}: ${Math.round(ms)} ms, errors ${JSON.stringify(r.errors)}`,
      ).toBe(true);
    }
  });

  it("can() of a refused pattern is unknown, so a PR cannot choose the branch with it", async () => {
    const tf = `locals {
  acct = can(regex("^(a|aa)+$", "aaaa!")) ? "111111111111" : "999988887777"
}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = local.acct } }] })
}
`;
    const r = await readTerraformRoot(memorySnapshot({ "main.tf": tf }), "", {
      grantTypes: TERRAFORM_GRANT_TYPES,
    });
    const ids = extractGrants(r.resources, ZONE)
      .grants.map((g) => g.principal.id)
      .sort();
    expect(ids).toEqual(["arn:aws:iam::111111111111:root", "arn:aws:iam::999988887777:root"]);
  });

  // FIXED (modules.ts resolveCall): a module source "../../../outside" is an error ("points
  // outside the repository"), but an absolute path "/srv/shared/module" - also a local path
  // outside the repository, which Terraform reads from the machine that runs it - is only a note
  // ("not in the repository; its inputs are reported as module-input"), so a PR can move grants
  // out of sight without failing the check. Expected: the same blocking error as "../".
  it.each([
    "/srv/shared/module",
    "C:\\\\modules\\\\shared",
    "D:/modules/shared",
    "file:///srv/shared/module",
    "~/modules/shared",
  ])(
    "an absolute module source (%s) is an error like a relative one that leaves the repository",
    async (source) => {
      const tf = `module "shared" {
  source = ${JSON.stringify(source)}
}
`;
      const r = await readTerraformRoot(memorySnapshot({ "main.tf": tf }), "", {
        grantTypes: TERRAFORM_GRANT_TYPES,
      });
      expect(r.errors.map((e) => e.message)).toContainEqual(expect.stringMatching(/outside the repository/));
    },
  );

  it("a registry or git module source stays a note, not an error", async () => {
    const tf = `module "vpc" {
  source = "terraform-aws-modules/vpc/aws"
}
module "g" {
  source = "git::https://example.com/m.git"
}
`;
    const r = await readTerraformRoot(memorySnapshot({ "main.tf": tf }), "", {
      grantTypes: TERRAFORM_GRANT_TYPES,
    });
    expect(r.errors).toEqual([]);
  });
});
