import { describe, expect, it } from "vitest";
import { policyFromDataSource } from "../../src/iac/terraform-plan/policy-document-data.js";
import { renderPath } from "../../src/iac/terraform-plan/unknowns.js";
import { unresolved } from "../../src/model/symbolic.js";

const unknownAt = (path: (string | number)[]) => `<${renderPath(path)}>`;

/** The attributes of an aws_iam_policy_document as the state holds them (unset = null). */
const doc = (extra: Record<string, unknown>) => ({
  override_json: null,
  override_policy_documents: null,
  policy_id: null,
  source_json: null,
  source_policy_documents: null,
  statement: [],
  version: null,
  ...extra,
});
const statement = (extra: Record<string, unknown>) => ({
  actions: null,
  condition: null,
  effect: null,
  not_actions: null,
  not_principals: null,
  not_resources: null,
  principals: null,
  resources: null,
  sid: null,
  ...extra,
});
const statements = (d: Record<string, unknown> | null) =>
  d?.Statement as Record<string, unknown>[] | undefined;

describe("the policy of an aws_iam_policy_document from its arguments (grant-model §5.1)", () => {
  it("groups principals by type, ORs conditions with the same test and variable", () => {
    expect(
      policyFromDataSource(
        doc({
          version: "2012-10-17",
          policy_id: "p1",
          statement: [
            statement({
              sid: "",
              actions: ["sqs:SendMessage"],
              resources: ["*"],
              principals: [
                { type: "AWS", identifiers: ["arn:aws:iam::222222222222:root", "333333333333"] },
                { type: "Service", identifiers: ["sns.amazonaws.com"] },
                { type: "AWS", identifiers: [null] },
              ],
              not_principals: [],
              condition: [
                { test: "StringEquals", variable: "aws:PrincipalOrgID", values: ["o-own0000000"] },
                { test: "StringEquals", variable: "aws:PrincipalOrgID", values: ["o-other00000"] },
              ],
            }),
          ],
        }),
        unknownAt,
      ),
    ).toEqual({
      Version: "2012-10-17",
      Id: "p1",
      Statement: [
        {
          Effect: "Allow",
          Action: ["sqs:SendMessage"],
          Resource: ["*"],
          Principal: {
            AWS: [
              "arn:aws:iam::222222222222:root",
              "333333333333",
              "<statement[0].principals[2].identifiers[0]>",
            ],
            Service: ["sns.amazonaws.com"],
          },
          Condition: { StringEquals: { "aws:PrincipalOrgID": ["o-own0000000", "o-other00000"] } },
        },
      ],
    });
  });

  it('renders type "*" as Principal "*"', () => {
    const d = policyFromDataSource(
      doc({
        statement: [
          statement({ actions: ["s3:GetObject"], principals: [{ type: "*", identifiers: ["*"] }] }),
        ],
      }),
      unknownAt,
    );
    expect(statements(d)?.[0]?.Principal).toBe("*");
  });

  it("merges source documents, inline statements (same Sid replaces) and overrides", () => {
    const source = JSON.stringify({
      Statement: [
        { Sid: "Open", Effect: "Allow", Principal: "*", Action: "s3:GetObject" },
        { Sid: "Keep", Effect: "Allow", Principal: { AWS: "444444444444" }, Action: "s3:GetObject" },
      ],
    });
    const override = JSON.stringify({
      Statement: [
        { Sid: "Keep", Effect: "Deny", Principal: { AWS: "444444444444" }, Action: "s3:GetObject" },
      ],
    });
    const d = policyFromDataSource(
      doc({
        source_policy_documents: [source],
        override_policy_documents: [override],
        statement: [
          statement({
            sid: "Open",
            actions: ["s3:GetObject"],
            principals: [{ type: "AWS", identifiers: ["arn:aws:iam::555555555555:root"] }],
          }),
        ],
      }),
      unknownAt,
    );
    expect(statements(d)).toEqual([
      {
        Sid: "Open",
        Effect: "Allow",
        Action: ["s3:GetObject"],
        Principal: { AWS: ["arn:aws:iam::555555555555:root"] },
      },
      { Sid: "Keep", Effect: "Deny", Principal: { AWS: "444444444444" }, Action: "s3:GetObject" },
    ]);
  });

  it("gives up (null: the policy stays unresolved) when what decides the statements is unknown", () => {
    const token = unresolved("x");
    const cases: Record<string, unknown>[] = [
      doc({ statement: token }),
      doc({ statement: undefined }),
      doc({ statement: [token] }),
      doc({ source_policy_documents: token }),
      doc({ override_policy_documents: [token] }),
      doc({ statement: [statement({ actions: ["s3:*"], condition: token })] }),
      doc({ statement: [statement({ actions: ["s3:*"], condition: undefined })] }),
      doc({ statement: [statement({ condition: [{ test: "StringEquals", values: ["o-1"] }] })] }),
    ];
    for (const values of cases) expect(policyFromDataSource(values as never, unknownAt)).toBeNull();
  });

  it("a merge argument missing from planned_values is unknown unless the configuration does not set it", () => {
    const values = { ...doc({}), source_policy_documents: undefined } as never;
    expect(policyFromDataSource(values, unknownAt)).toBeNull();
    expect(
      policyFromDataSource(values, unknownAt, new Set(["statement", "source_policy_documents"])),
    ).toBeNull();
    expect(policyFromDataSource(values, unknownAt, new Set(["statement"]))).not.toBeNull();
  });

  it("attributes missing from planned_values are unknown: principals, identifiers, actions, condition values", () => {
    const d = policyFromDataSource(
      doc({
        statement: [
          statement({ actions: undefined, principals: [{ type: "AWS" }], resources: undefined }),
          statement({ actions: ["s3:*"], principals: undefined }),
          statement({
            actions: ["s3:*"],
            principals: [{ type: "AWS", identifiers: ["*"] }],
            condition: [{ test: "StringEquals", variable: "aws:PrincipalOrgID" }],
          }),
        ],
      }) as never,
      unknownAt,
    );
    expect(statements(d)).toEqual([
      {
        Effect: "Allow",
        Action: ["<statement[0].actions>"],
        Resource: ["<statement[0].resources>"],
        Principal: { AWS: ["<statement[0].principals[0].identifiers>"] },
      },
      { Effect: "Allow", Action: ["s3:*"], Principal: { AWS: "<statement[1].principals>" } },
      {
        Effect: "Allow",
        Action: ["s3:*"],
        Principal: { AWS: ["*"] },
        Condition: { StringEquals: { "aws:PrincipalOrgID": ["<statement[2].condition[0].values>"] } },
      },
    ]);
  });

  it("keeps a wholly unknown principals set as one unresolved AWS principal", () => {
    const token = unresolved("data.x.statement[0].principals (known after apply)");
    const d = policyFromDataSource(
      doc({ statement: [statement({ actions: ["s3:*"], principals: token })] }),
      unknownAt,
    );
    expect(statements(d)?.[0]?.Principal).toEqual({ AWS: token });
  });
});
