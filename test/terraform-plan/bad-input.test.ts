import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/iac/terraform-plan/index.js";
import { grantTypes, miniPlan, planText } from "./helpers.js";

const read = (text: string, file = "infra/plan.json") => readPlan(file, text, { grantTypes });

describe("input that is not a readable plan: one error naming the file, no records", () => {
  const cases: [string, string, { line?: number; message: string }][] = [
    ["empty file", "", { line: 1, message: "invalid JSON at line 1, column 1 (offset 0): empty document" }],
    [
      "invalid JSON",
      '{\n  "format_version": "1.2",\n  "resource_changes": [}\n',
      { line: 3, message: "invalid JSON at line 3, column 24 (offset 52): unexpected character '}'" },
    ],
    [
      "a JSON array",
      "[]",
      {
        message:
          "not a Terraform plan: the JSON is not an object; expected the output of `terraform show -json PLANFILE`",
      },
    ],
    [
      "JSON without format_version",
      '{"resource_changes": []}',
      {
        message:
          "not a Terraform plan: no format_version; expected the output of `terraform show -json PLANFILE`",
      },
    ],
    [
      "a package.json",
      '{"name": "x", "version": "1.0.0"}',
      {
        message:
          "not a Terraform plan: no format_version; expected the output of `terraform show -json PLANFILE`",
      },
    ],
    [
      "state JSON (terraform show -json without a plan)",
      '{"format_version": "1.0", "terraform_version": "1.9.8", "values": {"root_module": {}}}',
      {
        message:
          "Terraform state, not a plan (it has values but no planned_values); expected the output of `terraform show -json PLANFILE`",
      },
    ],
    [
      "an object with format_version only",
      '{"format_version": "1.0"}',
      {
        message:
          "not a Terraform plan (no resource_changes or planned_values); expected the output of `terraform show -json PLANFILE`",
      },
    ],
    [
      "format_version 2.0",
      miniPlan({ format_version: "2.0" }),
      { message: 'unsupported Terraform plan format_version "2.0": this reader understands 0.x and 1.x' },
    ],
    [
      "format_version that is not a version",
      miniPlan({ format_version: "latest" }),
      { message: 'unsupported Terraform plan format_version "latest": this reader understands 0.x and 1.x' },
    ],
    [
      "format_version as a number",
      miniPlan({ format_version: 1.2 }),
      {
        message:
          "not a Terraform plan: format_version is not a string; expected the output of `terraform show -json PLANFILE`",
      },
    ],
  ];
  for (const [name, text, error] of cases) {
    it(name, () => {
      const r = read(text);
      expect(r.errors).toEqual([{ file: "infra/plan.json", ...error }]);
      expect(r.before).toEqual([]);
      expect(r.after).toEqual([]);
    });
  }

  it("truncated JSON: the position where it ends", () => {
    const full = planText("trust-widened");
    const cut = full.slice(0, 3000);
    const lines = cut.split("\n");
    const line = lines.length;
    const column = (lines[lines.length - 1] ?? "").length + 1;
    const r = read(cut, "plans/prod.json");
    expect(r.errors).toEqual([
      {
        file: "plans/prod.json",
        line,
        message: `the JSON ends unexpectedly at line ${line}, column ${column} (offset 3000): the file looks truncated`,
      },
    ]);
  });

  it("accepts every 0.x and 1.x format_version", () => {
    for (const v of ["0.1", "0.2", "1.0", "1.1", "1.2", "1.9"]) {
      expect(read(miniPlan({ format_version: v })).errors).toEqual([]);
    }
  });
});

describe("plans that read with errors", () => {
  it("errored: true fails closed with an error", () => {
    const r = read(miniPlan({ errored: true, resource_changes: [] }));
    expect(r.errors).toEqual([
      {
        file: "infra/plan.json",
        message: "the plan is marked errored (planning failed): its changes are incomplete",
      },
    ]);
  });

  it("malformed resource_changes entries are errors, the rest is read", () => {
    const good = {
      address: "aws_sqs_queue_policy.q",
      mode: "managed",
      type: "aws_sqs_queue_policy",
      name: "q",
      change: {
        actions: ["create"],
        before: null,
        after: { policy: "{}", queue_url: "u" },
        after_unknown: {},
      },
    };
    const r = read(
      miniPlan({
        resource_changes: [
          good,
          "oops",
          { address: "aws_x.y", type: "aws_x" },
          { ...good, address: "aws_sqs_queue_policy.r", change: { actions: [] } },
        ],
      }),
    );
    expect(r.errors).toEqual([
      { file: "infra/plan.json", message: "resource_changes[1] is not an object" },
      {
        file: "infra/plan.json",
        message: "resource_changes[2] (aws_x.y) lacks address, type, name or change",
      },
      { file: "infra/plan.json", message: "aws_sqs_queue_policy.r: the change has no actions" },
    ]);
    expect(r.after.map((x) => x.address)).toEqual(["aws_sqs_queue_policy.q"]);
  });

  it("resource_changes that is not a list is an error", () => {
    expect(read(miniPlan({ resource_changes: {} })).errors).toEqual([
      {
        file: "infra/plan.json",
        message: "resource_changes is not a list: the plan's changes cannot be read",
      },
    ]);
  });

  it("complete: false is a note (targeted plan)", () => {
    const r = read(miniPlan({ complete: false }));
    expect(r.errors).toEqual([]);
    expect(r.notes).toContain(
      "infra/plan.json: the plan is not complete (targeted or deferred): resources outside it are not compared",
    );
  });
});

describe("never throws", () => {
  it("on any text", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = read(text);
        expect(r.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  it("on any JSON value in place of the plan's parts", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (changes, config, planned) => {
        const r = read(
          miniPlan({
            resource_changes: changes,
            configuration: config,
            planned_values: planned,
            prior_state: planned,
          }),
        );
        expect(Array.isArray(r.before) && Array.isArray(r.after)).toBe(true);
      }),
    );
  });

  it("on resource changes with arbitrary before/after/after_unknown", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), fc.jsonValue(), (before, after, afterUnknown) => {
        const r = read(
          miniPlan({
            resource_changes: [
              {
                address: "aws_iam_role.r",
                mode: "managed",
                type: "aws_iam_role",
                name: "r",
                change: { actions: ["update"], before, after, after_unknown: afterUnknown },
              },
            ],
          }),
        );
        expect(r.errors).toEqual([]);
      }),
    );
  });
});
