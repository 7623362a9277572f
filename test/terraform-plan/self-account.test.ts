import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/iac/terraform-plan/index.js";
import { grantTypes, miniPlan } from "./helpers.js";

const identity = (name: string, account: string, address = `data.aws_caller_identity.${name}`) => ({
  address,
  mode: "data",
  type: "aws_caller_identity",
  name,
  values: { account_id: account, arn: `arn:aws:sts::${account}:assumed-role/t/s`, id: account },
});
const config = (name: string, mode: string, type: string, key: string) => ({
  address: `${mode === "data" ? "data." : ""}${type}.${name}`,
  mode,
  type,
  name,
  provider_config_key: key,
  expressions: { assume_role_policy: { constant_value: "{}" } },
});
const role = (name: string) => ({
  address: `aws_iam_role.${name}`,
  mode: "managed",
  type: "aws_iam_role",
  name,
  change: { actions: ["create"], before: null, after: { assume_role_policy: "{}" }, after_unknown: {} },
});

describe("the own account from data.aws_caller_identity", () => {
  const plan = (identities: unknown[], configs: unknown[]) =>
    readPlan(
      "plan.json",
      miniPlan({
        resource_changes: [role("main"), role("prod")],
        prior_state: { values: { root_module: { resources: identities } } },
        configuration: { root_module: { resources: configs } },
      }),
      { grantTypes },
    ).after.map((r) => r.selfAccount);

  it("per provider configuration: an aliased provider has its own account", () => {
    expect(
      plan(
        [identity("current", "111111111111"), identity("prod", "444444444444")],
        [
          config("current", "data", "aws_caller_identity", "aws"),
          config("prod", "data", "aws_caller_identity", "aws.prod"),
          config("main", "managed", "aws_iam_role", "aws"),
          config("prod", "managed", "aws_iam_role", "aws.prod"),
        ],
      ),
    ).toEqual(["111111111111", "444444444444"]);
  });

  it("none for an aliased provider without its own caller identity, or when default identities disagree", () => {
    expect(
      plan(
        [identity("current", "111111111111")],
        [
          config("current", "data", "aws_caller_identity", "aws"),
          config("main", "managed", "aws_iam_role", "aws"),
          config("prod", "managed", "aws_iam_role", "aws.prod"),
        ],
      ),
    ).toEqual(["111111111111", undefined]);
    expect(
      plan(
        [identity("a", "111111111111"), identity("b", "222222222222", "module.x.data.aws_caller_identity.b")],
        [config("main", "managed", "aws_iam_role", "aws"), config("prod", "managed", "aws_iam_role", "aws")],
      ),
    ).toEqual([undefined, undefined]);
  });
});
