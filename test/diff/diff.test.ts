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
});
