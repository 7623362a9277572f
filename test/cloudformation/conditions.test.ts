import { describe, expect, test } from "vitest";
import { MAX_VARIANTS } from "../../src/iac/cloudformation/index.js";
import { unresolved } from "../../src/model/symbolic.js";
import { only, read, statements, tags, variants } from "./helpers.js";

describe("Conditions and Fn::If", () => {
  test("conditions whose inputs resolve pick one branch; a false resource Condition drops the resource", () => {
    const result = read("conditions");
    expect(result.resources.map((r) => r.address)).not.toContain("DevOnly");
    expect(result.notes).toContain("template.yaml: DevOnly is not created (condition IsDev is false)");
    const prod = only(result, "ProdOnly");
    expect(prod.properties).toEqual({ QueueName: "prod-queue" });
    expect(prod.conditional).toBeUndefined();
  });

  test("an unknown resource Condition makes the record conditional and holds inside it", () => {
    const trusted = only(read("conditions"), "TrustedOnly");
    expect(trusted.conditional).toBe("Condition IsTrusted");
    expect(trusted.properties.QueueName).toBe("trusted");
    // NotTrusted = Not IsTrusted follows the assumption.
    expect(tags(trusted)["not-trusted"]).toBe("false");
  });

  test("an unknown condition gives one record per branch; And/Or/Not follow; one condition agrees with itself", () => {
    const records = variants(read("conditions"), "Role");
    expect(records.map((r) => r.conditional)).toEqual(["Fn::If IsTrusted=true", "Fn::If IsTrusted=false"]);
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
  });

  test("identical variants collapse into one record without a condition", () => {
    const same = only(read("conditions"), "Same");
    expect(same.properties).toEqual({ QueueName: "same" });
    expect(same.conditional).toBeUndefined();
  });

  test("a condition on the own account is unknown unless the account is given", () => {
    expect(variants(read("conditions"), "Audit").map((r) => r.conditional)).toEqual([
      "Fn::If SelfIsAudit=true; Fn::If NoSuchCondition=true",
      "Fn::If SelfIsAudit=false; Fn::If NoSuchCondition=true",
      "Fn::If SelfIsAudit=true; Fn::If NoSuchCondition=false",
      "Fn::If SelfIsAudit=false; Fn::If NoSuchCondition=false",
    ]);
    const known = variants(read("conditions", "template.yaml", { selfAccount: "111111111111" }), "Audit");
    expect(known.map((r) => [r.conditional, r.properties.QueueName])).toEqual([
      ["Fn::If NoSuchCondition=true", "audit"],
      ["Fn::If NoSuchCondition=false", "audit"],
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
  test(`at most ${MAX_VARIANTS} variants; further choices become unresolved tokens naming them`, () => {
    const result = read("variant-limit");
    const records = variants(result, "Wide");
    expect(records).toHaveLength(MAX_VARIANTS);
    expect(result.notes).toEqual([
      "template.yaml: Wide has more than 32 variants; further Fn::If/Fn::FindInMap choices are left unresolved",
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
      ["Fn::If X=true", "x"],
      ["Fn::If X=false", "y"],
    ]);
    const statement = statements(records[0], "AssumeRolePolicyDocument")[0];
    expect(statement?.Principal).toEqual({ AWS: unresolved("Ref A") });
  });
});
