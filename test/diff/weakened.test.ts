import { describe, expect, it } from "vitest";
import { weakenedConditions } from "../../src/diff/weakened.js";
import type { Grant } from "../../src/model/types.js";

function grant(conditions: Grant["conditions"]): Grant {
  return {
    principal: { type: "Public", id: "*", accountId: null },
    classification: "public",
    mechanism: "resource-policy",
    resource: {
      source: "terraform",
      file: "main.tf",
      line: 1,
      address: "aws_s3_bucket_policy.site",
      type: "aws_s3_bucket_policy",
      target: "aws_s3_bucket.site",
      unit: "",
    },
    actions: ["s3:GetObject"],
    conditions,
  };
}

const weaker = (base: Grant["conditions"], head: Grant["conditions"]) =>
  weakenedConditions(grant(base), grant(head));

describe("weakenedConditions", () => {
  it("a condition the head drops is weakened; one it adds is not", () => {
    expect(weaker({ StringEquals: { "sts:ExternalId": "vendor-42" } }, {})).toEqual([
      'StringEquals sts:ExternalId "vendor-42" removed',
    ]);
    expect(weaker({}, { StringEquals: { "sts:ExternalId": "vendor-42" } })).toEqual([]);
    expect(
      weaker(
        { StringEquals: { "aws:SourceVpce": "vpce-0a1" } },
        { StringEquals: { "aws:SourceVpce": "vpce-0a1" }, Bool: { "aws:SecureTransport": "true" } },
      ),
    ).toEqual([]);
  });

  it("a value list that grows is weakened; one that shrinks is not; key case does not matter", () => {
    const two = { StringEquals: { "aws:SourceVpce": ["vpce-0a1", "vpce-0b2"] } };
    const one = { StringEquals: { "aws:SOURCEVPCE": ["vpce-0a1"] } };
    expect(weaker(one, two)).toEqual([
      'StringEquals aws:SOURCEVPCE "vpce-0a1" became StringEquals ["vpce-0a1","vpce-0b2"]',
    ]);
    expect(weaker(two, one)).toEqual([]);
  });

  it("StringLike with a wildcard in place of StringEquals is weakened; without one it is the same", () => {
    const exact = { StringEquals: { "sts:ExternalId": "vendor-42" } };
    expect(weaker(exact, { StringLike: { "sts:ExternalId": "vendor-*" } })).toHaveLength(1);
    expect(weaker(exact, { StringLike: { "sts:ExternalId": "vendor-42" } })).toEqual([]);
    // A narrower pattern under a pattern is no wider; a broader one is.
    const prefix = { StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" } };
    expect(
      weaker(prefix, { StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/app:*" } }),
    ).toEqual([]);
    expect(
      weaker(prefix, { StringLike: { "token.actions.githubusercontent.com:sub": "repo:*" } }),
    ).toHaveLength(1);
  });

  it("IfExists, a set qualifier or ignoring case in the head is weakened", () => {
    const exact = { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } };
    expect(weaker(exact, { StringEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } })).toHaveLength(1);
    expect(
      weaker(exact, { "ForAnyValue:StringEquals": { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }),
    ).toHaveLength(1);
    expect(weaker(exact, { StringEqualsIgnoreCase: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } })).toHaveLength(
      1,
    );
    // The other way round is stricter.
    expect(weaker({ StringEqualsIfExists: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } }, exact)).toEqual([]);
  });

  it("a negated condition that excludes less is weakened; one that excludes more is not", () => {
    const two = { StringNotEquals: { "aws:SourceVpc": ["vpc-1", "vpc-2"] } };
    const one = { StringNotEquals: { "aws:SourceVpc": ["vpc-1"] } };
    expect(weaker(two, one)).toHaveLength(1);
    expect(weaker(one, two)).toEqual([]);
  });

  it("other operators count as weakened unless the same: addresses, Bool, numbers", () => {
    const ip = { IpAddress: { "aws:SourceIp": ["203.0.113.0/24"] } };
    expect(weaker(ip, { IpAddress: { "aws:SourceIp": ["203.0.113.0/24", "0.0.0.0/0"] } })).toHaveLength(1);
    expect(weaker(ip, ip)).toEqual([]);
    expect(
      weaker({ Bool: { "aws:SecureTransport": "true" } }, { Bool: { "aws:SecureTransport": "false" } }),
    ).toEqual(['Bool aws:SecureTransport "true" became Bool "false"']);
  });
});
