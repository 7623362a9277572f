import { describe, expect, it } from "vitest";
import { parseModuleAddress } from "../../src/iac/terraform-plan/addresses.js";
import { readPlan } from "../../src/iac/terraform-plan/index.js";
import { renderPath, withUnknowns } from "../../src/iac/terraform-plan/unknowns.js";
import { resourceRef, unresolved } from "../../src/model/symbolic.js";
import { grantTypes, miniPlan } from "./helpers.js";

describe("withUnknowns", () => {
  const token = (path: (string | number)[]) => `<${renderPath(path)}>`;

  it("puts a token wherever after_unknown is true: omitted attributes, null list elements, nested trees", () => {
    expect(
      withUnknowns(
        { a: 1, list: ["x", null], blocks: [{ k: "v" }], tags: { "a b": null } },
        {
          id: true,
          list: [false, true],
          blocks: [{ inner: true }],
          tags: { "a b": true },
          empty: {},
          none: false,
        },
        token,
      ),
    ).toEqual({
      a: 1,
      id: "<id>",
      list: ["x", "<list[1]>"],
      blocks: [{ k: "v", inner: "<blocks[0].inner>" }],
      tags: { "a b": '<tags["a b"]>' },
    });
  });

  it("leaves values alone where nothing is unknown", () => {
    const value = { a: [1, 2], b: { c: "d" } };
    expect(withUnknowns(value, {}, token)).toBe(value);
    expect(withUnknowns(value, undefined, token)).toBe(value);
    expect(withUnknowns(value, true, token)).toBe("<>");
  });
});

describe("module addresses", () => {
  it("parses instance keys, escaped strings and nesting", () => {
    expect(parseModuleAddress("")).toEqual([]);
    expect(parseModuleAddress('module.a["k.1"].module.b[0].module.c')).toEqual([
      { call: "a", key: "k.1" },
      { call: "b", key: 0 },
      { call: "c" },
    ]);
    expect(parseModuleAddress('module.a["x\\"]y"]')).toEqual([{ call: "a", key: 'x"]y' }]);
    expect(parseModuleAddress("aws_s3_bucket.b")).toBeNull();
    expect(parseModuleAddress('module.a["k"')).toBeNull();
  });
});

/** A plan with one aws_lambda_permission whose principal is unknown and set by `principal`. */
function permissionPlan(principalExpr: unknown, extraResources: unknown[] = [], providerKey = "aws") {
  return miniPlan({
    resource_changes: [
      {
        address: "aws_lambda_permission.p",
        mode: "managed",
        type: "aws_lambda_permission",
        name: "p",
        change: {
          actions: ["create"],
          before: null,
          after: { action: "lambda:InvokeFunction", statement_id: "s" },
          after_unknown: { principal: true, function_name: true, id: true },
        },
      },
    ],
    configuration: {
      root_module: {
        resources: [
          {
            address: "aws_lambda_permission.p",
            mode: "managed",
            type: "aws_lambda_permission",
            name: "p",
            provider_config_key: providerKey,
            expressions: {
              principal: principalExpr,
              function_name: { references: ["aws_lambda_function.f.function_name", "aws_lambda_function.f"] },
            },
          },
          {
            address: "aws_lambda_function.f",
            mode: "managed",
            type: "aws_lambda_function",
            name: "f",
            provider_config_key: "aws",
          },
          ...extraResources,
        ],
      },
    },
  });
}

const role = (key = "aws") => ({
  address: "aws_iam_role.r",
  mode: "managed",
  type: "aws_iam_role",
  name: "r",
  provider_config_key: key,
});

describe("tokens for unknown values", () => {
  const props = (text: string) => readPlan("plan.json", text, { grantTypes }).after[0]?.properties ?? {};

  it("an own managed resource's arn is own-account (as the HCL reader has it)", () => {
    const p = props(permissionPlan({ references: ["aws_iam_role.r.arn", "aws_iam_role.r"] }, [role()]));
    expect(p.principal).toBe(resourceRef("aws_iam_role.r", "arn"));
  });

  it("a target takes any attribute of an own resource", () => {
    const p = props(permissionPlan({ references: ["aws_iam_role.r.arn", "aws_iam_role.r"] }, [role()]));
    expect(p.function_name).toBe(resourceRef("aws_lambda_function.f", "function_name"));
  });

  it("anything else stays unresolved, naming the attribute", () => {
    const cases: unknown[] = [
      // another attribute than arn: it could sit inside a foreign ARN
      { references: ["aws_iam_role.r.name", "aws_iam_role.r"] },
      // two references
      { references: ["aws_iam_role.r.arn", "aws_iam_role.r", "var.x"] },
      // module outputs, data sources
      { references: ["module.vendor.role_arn", "module.vendor"] },
      { references: ["data.aws_iam_role.x.arn", "data.aws_iam_role.x"] },
      // a resource the module does not declare
      { references: ["aws_iam_role.elsewhere.arn", "aws_iam_role.elsewhere"] },
    ];
    for (const expr of cases) {
      expect(props(permissionPlan(expr, [role()])).principal).toBe(
        unresolved("aws_lambda_permission.p.principal (known after apply)"),
      );
    }
  });

  it("a resource of another provider configuration may live in another account: unresolved", () => {
    const p = props(
      permissionPlan({ references: ["aws_iam_role.r.arn", "aws_iam_role.r"] }, [role("aws.vendor")]),
    );
    expect(p.principal).toBe(unresolved("aws_lambda_permission.p.principal (known after apply)"));
  });
});

describe("policies the configuration does not set", () => {
  const queue = (configured: boolean, config = true) =>
    miniPlan({
      resource_changes: [
        {
          address: "aws_sqs_queue.q",
          mode: "managed",
          type: "aws_sqs_queue",
          name: "q",
          change: {
            actions: ["no-op"],
            before: { name: "q", policy: '{"Statement":[]}' },
            after: { name: "q", policy: '{"Statement":[]}' },
            after_unknown: {},
          },
        },
      ],
      ...(config
        ? {
            configuration: {
              root_module: {
                resources: [
                  {
                    address: "aws_sqs_queue.q",
                    mode: "managed",
                    type: "aws_sqs_queue",
                    name: "q",
                    expressions: configured
                      ? { name: { constant_value: "q" }, policy: { constant_value: '{"Statement":[]}' } }
                      : { name: { constant_value: "q" } },
                  },
                ],
              },
            },
          }
        : {}),
    });
  const policyOf = (text: string) => readPlan("plan.json", text, { grantTypes }).after[0]?.properties.policy;

  it("are dropped; configured ones kept; without a configuration section nothing is dropped (fail closed)", () => {
    expect(policyOf(queue(false))).toBeUndefined();
    expect(policyOf(queue(true))).toBe('{"Statement":[]}');
    expect(policyOf(queue(false, false))).toBe('{"Statement":[]}');
  });
});
