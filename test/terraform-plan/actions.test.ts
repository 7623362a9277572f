import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/iac/terraform-plan/index.js";
import { unresolved } from "../../src/model/symbolic.js";
import { grantTypes, miniPlan } from "./helpers.js";

const OLD =
  '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:role/a"},"Action":"sqs:SendMessage"}]}';
const NEW =
  '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:root"},"Action":"sqs:SendMessage"}]}';
const before = { id: "q", policy: OLD, queue_url: "q" };
const after = { id: "q", policy: NEW, queue_url: "q" };

function planWith(
  actions: string[],
  extra: Record<string, unknown> = {},
  change: Record<string, unknown> = {},
) {
  const creates = actions[0] === "create" && actions.length === 1;
  const deletes = actions[0] === "delete" && actions.length === 1;
  return miniPlan({
    resource_changes: [
      {
        address: "aws_sqs_queue_policy.q",
        mode: "managed",
        type: "aws_sqs_queue_policy",
        name: "q",
        provider_name: "registry.terraform.io/hashicorp/aws",
        ...extra,
        change: {
          actions,
          before: creates ? null : before,
          after: deletes || actions[0] === "forget" ? null : after,
          after_unknown: {},
          before_sensitive: creates ? false : {},
          after_sensitive: deletes ? false : {},
          ...change,
        },
      },
    ],
  });
}

const sides = (text: string) => {
  const r = readPlan("plan.json", text, { grantTypes });
  return {
    before: r.before.map((x) => x.properties.policy),
    after: r.after.map((x) => x.properties.policy),
    notes: r.notes.slice(1),
    errors: r.errors,
  };
};

describe("which side each action gives", () => {
  it("create: after only; delete: before only", () => {
    expect(sides(planWith(["create"]))).toMatchObject({ before: [], after: [NEW] });
    expect(sides(planWith(["delete"]))).toMatchObject({ before: [OLD], after: [] });
  });

  it("update and both replace orders: both sides", () => {
    for (const actions of [["update"], ["delete", "create"], ["create", "delete"]]) {
      expect(sides(planWith(actions))).toMatchObject({ before: [OLD], after: [NEW], notes: [] });
    }
  });

  it("no-op: both sides, the same", () => {
    const text = planWith(["no-op"], {}, { before, after: before });
    expect(sides(text)).toMatchObject({ before: [OLD], after: [OLD] });
  });

  it("read (data sources) and non-grant types give nothing", () => {
    const r = readPlan(
      "plan.json",
      miniPlan({
        resource_changes: [
          {
            address: "data.aws_iam_policy_document.p",
            mode: "data",
            type: "aws_iam_policy_document",
            name: "p",
            change: { actions: ["read"], before: null, after: { json: NEW }, after_unknown: {} },
          },
          {
            address: "aws_instance.web",
            mode: "managed",
            type: "aws_instance",
            name: "web",
            change: { actions: ["create"], before: null, after: { ami: "ami-1" }, after_unknown: {} },
          },
        ],
      }),
      { grantTypes },
    );
    expect([r.before, r.after, r.errors]).toEqual([[], [], []]);
  });

  it("forget: the object leaves the state but its grants stay in AWS", () => {
    expect(sides(planWith(["forget"]))).toEqual({
      before: [OLD],
      after: [OLD],
      notes: ["aws_sqs_queue_policy.q: forgotten by Terraform but not destroyed: its grants remain in AWS"],
      errors: [],
    });
    expect(sides(planWith(["create", "forget"]))).toMatchObject({ before: [OLD], after: [OLD, NEW] });
  });

  it("an action this reader does not know is read as an update, with a note", () => {
    expect(sides(planWith(["transmogrify"]))).toEqual({
      before: [OLD],
      after: [NEW],
      notes: ["aws_sqs_queue_policy.q: unknown plan actions [transmogrify], read as an update"],
      errors: [],
    });
  });

  it("a deposed object being deleted is a before record", () => {
    expect(sides(planWith(["delete"], { deposed: "00000001" }))).toMatchObject({ before: [OLD], after: [] });
  });

  it("deferred changes are read like planned changes, with a note", () => {
    const text = miniPlan({
      deferred_changes: [
        {
          reason: "provider_config_unknown",
          resource_change: {
            address: "aws_sqs_queue_policy.q",
            mode: "managed",
            type: "aws_sqs_queue_policy",
            name: "q",
            change: {
              actions: ["create"],
              before: null,
              after: { queue_url: "q" },
              after_unknown: { policy: true },
            },
          },
        },
      ],
    });
    const r = readPlan("plan.json", text, { grantTypes });
    expect(r.after[0]?.properties).toEqual({
      queue_url: "q",
      policy: unresolved("aws_sqs_queue_policy.q.policy (known after apply)"),
    });
    expect(r.notes).toContain(
      "aws_sqs_queue_policy.q: the change is deferred to a later plan; its values are read as planned",
    );
  });

  it("an after that is unknown as a whole leaves each policy attribute unresolved", () => {
    const text = planWith(["create"], {}, { after: null, after_unknown: true });
    const r = readPlan("plan.json", text, { grantTypes });
    expect(r.after[0]?.properties).toEqual({
      policy: unresolved("aws_sqs_queue_policy.q (known after apply)"),
    });
  });
});

describe("addresses", () => {
  it("takes the module from the address when module_address is missing", () => {
    const text = miniPlan({
      resource_changes: [
        {
          address: 'module.a["x"].module.b.aws_sqs_queue_policy.q[0]',
          mode: "managed",
          type: "aws_sqs_queue_policy",
          name: "q",
          index: 0,
          change: {
            actions: ["create"],
            before: null,
            after: { queue_url: "u" },
            after_unknown: { policy: true },
          },
        },
      ],
    });
    const calls: string[] = [];
    readPlan("plan.json", text, {
      grantTypes,
      findResourceLine: (moduleAddress) => {
        calls.push(moduleAddress);
        return undefined;
      },
    });
    expect(calls).toEqual(['module.a["x"].module.b']);
  });
});

describe("T18 with instance keys", () => {
  it("a role per for_each key reads the data source instance of the same key", () => {
    const statement = (account: string) => ({
      actions: ["sts:AssumeRole"],
      condition: null,
      effect: null,
      not_actions: null,
      not_principals: null,
      not_resources: null,
      principals: [{ identifiers: [`arn:aws:iam::${account}:root`], type: "AWS" }],
      resources: null,
      sid: null,
    });
    const data = (key: string, account: string) => ({
      address: `data.aws_iam_policy_document.trust["${key}"]`,
      mode: "data",
      type: "aws_iam_policy_document",
      name: "trust",
      index: key,
      change: {
        actions: ["read"],
        before: null,
        after: {
          override_json: null,
          override_policy_documents: null,
          policy_id: null,
          source_json: null,
          source_policy_documents: null,
          statement: [statement(account)],
          version: null,
        },
        after_unknown: { id: true, json: true, minified_json: true },
      },
    });
    const role = (key: string) => ({
      address: `aws_iam_role.r["${key}"]`,
      mode: "managed",
      type: "aws_iam_role",
      name: "r",
      index: key,
      change: {
        actions: ["create"],
        before: null,
        after: { name: key },
        after_unknown: { assume_role_policy: true },
      },
    });
    const text = miniPlan({
      resource_changes: [role("a"), role("b"), data("a", "222222222222"), data("b", "333333333333")],
      configuration: {
        root_module: {
          resources: [
            {
              address: "aws_iam_role.r",
              mode: "managed",
              type: "aws_iam_role",
              name: "r",
              provider_config_key: "aws",
              expressions: {
                assume_role_policy: { references: ["data.aws_iam_policy_document.trust", "each.key"] },
                name: { references: ["each.key"] },
              },
              for_each_expression: { references: ["var.roles"] },
            },
          ],
        },
      },
    });
    const r = readPlan("plan.json", text, { grantTypes });
    expect(
      r.after.map((x) => JSON.parse(x.properties.assume_role_policy as string).Statement[0].Principal),
    ).toEqual([{ AWS: ["arn:aws:iam::222222222222:root"] }, { AWS: ["arn:aws:iam::333333333333:root"] }]);
  });
});
