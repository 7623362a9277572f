import { describe, expect, it } from "vitest";
import { diffGrants } from "../../src/diff/diff.js";
import type { Grant } from "../../src/model/types.js";

function grant(
  over: Partial<Grant> & { id?: string; line?: number; address?: string; unit?: string } = {},
): Grant {
  const {
    id = "arn:aws:iam::999988887777:root",
    line = 3,
    address = "aws_iam_role.audit",
    unit = "infra",
    ...rest
  } = over;
  return {
    principal: { type: "AWS", id, accountId: id.match(/\d{12}/)?.[0] ?? null },
    classification: "external",
    mechanism: "trust-policy",
    resource: {
      source: "terraform",
      file: `${unit}/main.tf`,
      line,
      address,
      type: "aws_iam_role",
      target: address,
      unit,
    },
    actions: ["sts:AssumeRole"],
    conditions: {},
    ...rest,
  };
}

const changes = (before: Grant[], after: Grant[]) =>
  diffGrants(before, after).map((c) => [
    c.change,
    c.grant.principal.id,
    c.grant.resource.address,
    c.grant.classification,
  ]);

describe("diffGrants", () => {
  it("ignores moved lines but sees a new principal, a removed one and a new resource for a known principal", () => {
    const before = [grant(), grant({ id: "arn:aws:iam::444455556666:root" })];
    const after = [
      grant({ line: 40 }),
      grant({ id: "arn:aws:iam::123123123123:root" }),
      grant({ address: "aws_iam_role.other" }),
    ];
    expect(changes(before, after)).toEqual([
      ["unchanged", "arn:aws:iam::999988887777:root", "aws_iam_role.audit", "external"],
      ["added", "arn:aws:iam::123123123123:root", "aws_iam_role.audit", "external"],
      ["added", "arn:aws:iam::999988887777:root", "aws_iam_role.other", "external"],
      ["removed", "arn:aws:iam::444455556666:root", "aws_iam_role.audit", "external"],
    ]);
  });

  it("treats a widened classification or widened actions as new access", () => {
    const internal = grant({ id: "*", classification: "internal" });
    const pub = grant({ id: "*", classification: "public" });
    expect(changes([internal], [pub])[0]).toEqual(["added", "*", "aws_iam_role.audit", "public"]);
    const wider = grant({ actions: ["sts:AssumeRole", "sts:TagSession"] });
    expect(diffGrants([grant()], [wider]).map((c) => c.change)).toEqual(["added", "removed"]);
  });

  it("keeps grants of two roots with the same address apart", () => {
    const prod = grant({ unit: "envs/prod" });
    const dev = grant({ unit: "envs/dev" });
    expect(diffGrants([prod], [prod, dev]).map((c) => [c.change, c.grant.resource.unit])).toEqual([
      ["unchanged", "envs/prod"],
      ["added", "envs/dev"],
    ]);
  });

  it("compares by the protected resource: a renamed policy resource is the same grant, a retargeted one is new", () => {
    const onLogs = (address: string, target: string) =>
      grant({
        id: "arn:aws:iam::444455556666:root",
        mechanism: "resource-policy",
        actions: ["s3:GetObject"],
        resource: {
          source: "terraform",
          file: "main.tf",
          line: 1,
          address,
          type: "aws_s3_bucket_policy",
          target,
          unit: "",
        },
      });
    const before = [onLogs("aws_s3_bucket_policy.a", "aws_s3_bucket.logs")];
    expect(changes(before, [onLogs("aws_s3_bucket_policy.b", "aws_s3_bucket.logs")])).toEqual([
      ["unchanged", "arn:aws:iam::444455556666:root", "aws_s3_bucket_policy.b", "external"],
    ]);
    expect(
      diffGrants(before, [onLogs("aws_s3_bucket_policy.a", "aws_s3_bucket.data")]).map((c) => [
        c.change,
        c.grant.resource.target,
      ]),
    ).toEqual([
      ["added", "aws_s3_bucket.data"],
      ["removed", "aws_s3_bucket.logs"],
    ]);
  });

  it("lists each place an identity is written, added or removed, once", () => {
    const at = (address: string) =>
      grant({
        resource: {
          ...grant().resource,
          address,
          type: "aws_lambda_permission",
          target: "aws_lambda_function.api",
        },
      });
    expect(
      changes(
        [],
        [at("aws_lambda_permission.a"), at("aws_lambda_permission.b"), at("aws_lambda_permission.a")],
      ),
    ).toEqual([
      ["added", "arn:aws:iam::999988887777:root", "aws_lambda_permission.a", "external"],
      ["added", "arn:aws:iam::999988887777:root", "aws_lambda_permission.b", "external"],
    ]);
    expect(
      changes([at("aws_lambda_permission.a"), at("aws_lambda_permission.b")], []).map((c) => c[0]),
    ).toEqual(["removed", "removed"]);
  });

  it("a gated grant whose conditions were weakened is added and says what was weakened", () => {
    const vendor = grant({ conditions: { StringEquals: { "sts:ExternalId": "vendor-42" } } });
    const open = grant();
    expect(diffGrants([vendor], [open])).toEqual([
      { grant: open, change: "added", widened: ['StringEquals sts:ExternalId "vendor-42" removed'] },
    ]);
    // Stricter is not new, and neither is a service grant whose conditions changed (not gated).
    expect(diffGrants([open], [vendor]).map((c) => c.change)).toEqual(["unchanged"]);
    const service = (conditions: Grant["conditions"]) =>
      grant({ id: "logs.amazonaws.com", classification: "service", conditions });
    expect(
      diffGrants([service({ StringEquals: { "aws:SourceAccount": "111122223333" } })], [service({})]).map(
        (c) => c.change,
      ),
    ).toEqual(["unchanged"]);
  });

  it("the base's narrowest matching grant decides: a head grant as strict as one of them is unchanged", () => {
    const strict = grant({ conditions: { StringEquals: { "sts:ExternalId": "a" } } });
    const other = grant({ conditions: { StringEquals: { "sts:ExternalId": "b" } } });
    const both = grant({ conditions: { StringEquals: { "sts:ExternalId": ["a", "b"] } } });
    expect(diffGrants([strict, other], [other]).map((c) => c.change)).toEqual(["unchanged"]);
    // Two head grants with the same identity are both compared: the wider one is new.
    expect(diffGrants([strict], [strict, both]).map((c) => c.change)).toEqual(["unchanged", "added"]);
  });

  it("an unresolved grant with the same expression is added when its inputs changed", () => {
    const unknown = grant({
      id: `arn:aws:iam::\${var.partner}:root`,
      classification: "unresolved",
      unresolved: ["var.partner"],
    });
    const inputs = (files: string[]) => ({ changedInputs: () => files });
    expect(diffGrants([unknown], [unknown], inputs(["terraform.tfvars"]))).toEqual([
      { grant: unknown, change: "added", inputsChanged: ["terraform.tfvars"] },
    ]);
    expect(diffGrants([unknown], [unknown], inputs([])).map((c) => c.change)).toEqual(["unchanged"]);
    // Only unresolved grants depend on inputs this way: a resolved one is known by its principal.
    expect(diffGrants([grant()], [grant()], inputs(["terraform.tfvars"])).map((c) => c.change)).toEqual([
      "unchanged",
    ]);
  });
});
