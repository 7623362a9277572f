import { describe, expect, test } from "vitest";
import { MAX_VARIANTS } from "../../src/iac/cloudformation/index.js";
import { unresolved } from "../../src/model/symbolic.js";
import { only, read, statements, tags, variants } from "./helpers.js";

describe("Conditions and Fn::If", () => {
  test("supplied values decide a resource Condition exactly; a false one drops the resource", () => {
    const result = read("conditions", "template.yaml", { parameters: { Env: "prod", Trusted: "yes" } });
    expect(result.resources.map((r) => r.address)).not.toContain("DevOnly");
    expect(result.notes).toContain("template.yaml: DevOnly is not created (condition IsDev is false)");
    const prod = only(result, "ProdOnly");
    expect(prod.properties).toEqual({ QueueName: "prod-queue" });
    expect(prod.conditional).toBeUndefined();
  });

  test("an open parameter's Default does not decide: each value it is compared with counts", () => {
    const result = read("conditions");
    expect(result.notes).toBeUndefined();
    expect(only(result, "DevOnly").conditional).toBe('when Env = "dev"');
    const prod = only(result, "ProdOnly");
    expect(prod.conditional).toBe('when Env = "prod"');
    expect(prod.properties).toEqual({ QueueName: "prod-queue" });
  });

  test("a resource Condition on an open parameter holds inside the record", () => {
    const trusted = only(read("conditions"), "TrustedOnly");
    expect(trusted.conditional).toBe('when Trusted = "yes"');
    expect(trusted.properties.QueueName).toBe("trusted");
    // NotTrusted = Not IsTrusted follows the same choice.
    expect(tags(trusted)["not-trusted"]).toBe("false");
  });

  test("a resource Condition the deploy decides (the region) makes its records conditional", () => {
    const result = read("conditions", "region.yaml");
    expect(result.errors).toEqual([]);
    expect(result.notes).toBeUndefined();
    expect(only(result, "VirginiaAuditRole").conditional).toBe("when InVirginia is true");
  });

  test("conditions built on open parameters follow one joint choice; And/Or/Not follow", () => {
    const records = variants(read("conditions"), "Role");
    expect(records.map((r) => r.conditional)).toEqual([
      'when Trusted = "yes" and Env = "prod"',
      'when Trusted = "no" and Env = "prod"',
      'when Trusted = "yes" and (Env = "dev" or Env is another value)',
      'when Trusted = "no" and Env = "dev"',
      'when Trusted = "no" and Env is another value',
    ]);
    const [yes, no] = records;
    const principal = (r: typeof yes) => statements(r, "AssumeRolePolicyDocument")[0]?.Principal;
    expect(principal(yes)).toEqual({
      AWS: "arn:aws:iam::222222222222:root",
      Service: "lambda.amazonaws.com",
    });
    // AWS::NoValue in the other branch removes the key.
    expect(principal(no)).toEqual({ Service: "lambda.amazonaws.com" });
    expect(yes && tags(yes)).toEqual({
      "prod-and-trusted": "yes",
      "dev-or-trusted": "yes",
      "prod-or-trusted": "yes",
      "same-condition-again": "t",
    });
    expect(no && tags(no)).toEqual({
      "prod-and-trusted": "no",
      "dev-or-trusted": "no",
      "prod-or-trusted": "yes",
      "same-condition-again": "f",
    });
    // "Any other value" of Env is neither prod nor dev: both conditions are false, not unknown.
    expect(tags(records[4] as (typeof records)[0])).toMatchObject({
      "dev-or-trusted": "no",
      "prod-or-trusted": "no",
    });
  });

  test("identical variants collapse into one record without a condition", () => {
    const same = only(read("conditions"), "Same");
    expect(same.properties).toEqual({ QueueName: "same" });
    expect(same.conditional).toBeUndefined();
  });

  test("a condition on the own account is unknown unless the account is given", () => {
    expect(variants(read("conditions"), "Audit").map((r) => r.conditional)).toEqual([
      "when SelfIsAudit is true and NoSuchCondition is true",
      "when SelfIsAudit is false and NoSuchCondition is true",
      "when SelfIsAudit is true and NoSuchCondition is false",
      "when SelfIsAudit is false and NoSuchCondition is false",
    ]);
    const known = variants(read("conditions", "template.yaml", { selfAccount: "111111111111" }), "Audit");
    expect(known.map((r) => [r.conditional, r.properties.QueueName])).toEqual([
      ["when NoSuchCondition is true", "audit"],
      ["when NoSuchCondition is false", "audit"],
    ]);
  });

  test("an unknown condition name is an error; both branches stay possible", () => {
    const result = read("conditions");
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 68, message: "unknown condition NoSuchCondition" },
    ]);
  });

  test("supplied parameters decide conditions", () => {
    const result = read("conditions", "template.yaml", { parameters: { Env: "dev", Trusted: "yes" } });
    expect(result.resources.map((r) => r.address)).toEqual([
      "DevOnly",
      "TrustedOnly",
      "Role",
      "Same",
      "Audit",
      "Audit",
      "Audit",
      "Audit",
    ]);
    const role = only(result, "Role");
    expect(role.conditional).toBeUndefined();
    expect(tags(role)).toMatchObject({ "prod-and-trusted": "no", "dev-or-trusted": "yes" });
  });
});

describe("variant budget", () => {
  test(`at most ${MAX_VARIANTS} variants; further choices become unresolved tokens naming them, never an error`, () => {
    const result = read("variant-limit");
    const records = variants(result, "Wide");
    expect(records).toHaveLength(MAX_VARIANTS);
    expect(result.notes).toEqual([
      "template.yaml: Wide has more than 32 variants; further choices (parameters, Fn::If, Fn::FindInMap) are left unresolved",
    ]);
    const values = records.map((r) => Object.values(tags(r)));
    expect(values[0]).toEqual(["on", "on", "on", "on", "on", "on"]);
    expect(values).toContainEqual([
      "off",
      "off",
      "off",
      unresolved("Fn::If C3"),
      unresolved("Fn::If C4"),
      unresolved("Fn::If C5"),
    ]);
    // Every combination of the six conditions is covered by some record (a token covers both).
    for (let mask = 0; mask < 64; mask++) {
      const wanted = [0, 1, 2, 3, 4, 5].map((i) => ((mask >> i) & 1 ? "on" : "off"));
      const covered = values.some((v) =>
        v.every((x, i) => x === wanted[i] || x === unresolved(`Fn::If C${i}`)),
      );
      expect(covered, wanted.join(",")).toBe(true);
    }
    expect(result.errors).toEqual([]);
  });
});

describe("circular references", () => {
  test("parameters and conditions that refer to each other are errors, never a hang", () => {
    const result = read("circular-ref");
    expect(result.errors).toEqual([
      { file: "template.yaml", line: 8, message: "circular reference between parameters: A -> B -> A" },
      { file: "template.yaml", line: 10, message: "circular reference between conditions: X -> Y -> X" },
    ]);
    const records = variants(result, "Role");
    expect(records.map((r) => [r.conditional, r.properties.Description])).toEqual([
      ["when X is true", "x"],
      ["when X is false", "y"],
    ]);
    const statement = statements(records[0], "AssumeRolePolicyDocument")[0];
    expect(statement?.Principal).toEqual({ AWS: unresolved("Ref A") });
  });
});
