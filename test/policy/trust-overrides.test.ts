import { describe, expect, it } from "vitest";
import type { Grant } from "../../src/model/types.js";
import { trustServiceAccount } from "../../src/policy/trust-overrides.js";

/** A bucket policy letting `account` write logs: external, as the policy stage classifies it. */
function logWriter(account: string, classification: Grant["classification"] = "external"): Grant {
  return {
    principal: { type: "AWS", id: `arn:aws:iam::${account}:root`, accountId: account },
    classification,
    mechanism: "resource-policy",
    resource: {
      source: "terraform",
      file: "logs.tf",
      line: 3,
      address: "aws_s3_bucket_policy.logs",
      type: "aws_s3_bucket_policy",
      unit: "",
    },
    actions: ["s3:PutObject"],
    conditions: {},
  };
}

describe("trusted.aws-service-accounts", () => {
  it("makes an AWS-owned log-delivery account internal, saying why", () => {
    // 127311923021: Elastic Load Balancing log delivery in us-east-1, in the shipped catalog.
    const g = trustServiceAccount(logWriter("127311923021"));
    expect(g.classification).toBe("internal");
    expect(g.subkind).toBe("aws-service-account");
  });

  it("leaves a vendor's account and any other account external", () => {
    // 006742885340: a vendor in the catalog, not AWS.
    expect(trustServiceAccount(logWriter("006742885340")).classification).toBe("external");
    expect(trustServiceAccount(logWriter("444455556666")).classification).toBe("external");
  });

  it("rewrites only external grants: an unresolved one stays gated", () => {
    const g = logWriter("127311923021", "unresolved");
    expect(trustServiceAccount(g)).toBe(g);
  });
});
