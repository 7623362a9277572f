// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * Opaque modules without a signature: the generic reading (policy documents at any depth,
 * principal-shaped values in principal-named inputs only), and the call itself as one
 * unresolved grant when nothing is found, unless trusted.module-sources matches its source.
 */
import { describe, expect, it } from "vitest";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { moduleGrants } from "./opaque-helpers.js";

describe("opaque modules without a signature", () => {
  it("reads a nested policy document with its actions and conditions, and principal-named inputs", async () => {
    const r = await moduleGrants("generic");
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      [
        "module.share",
        "arn:aws:iam::505050505050:role/importer",
        "external",
        "s3:GetObject",
        "settings/bucket/policy_json",
      ],
      ["module.share", "arn:aws:iam::616161616161:root", "external", "*", "consumer_account_ids"],
      ["module.share", "${var.partner_role_arn}", "unresolved", "*", "trusted_principals"],
    ]);
    expect(r.grants[0]).toMatchObject({
      mechanism: "module-input",
      conditions: { StringEquals: { "aws:PrincipalTag/team": "data" } },
      resource: { line: 12 },
    });
    // The KMS key ARN of kms_key_arn is not a principal.
    expect(JSON.stringify(r.grants)).not.toContain("717171717171");
    expect(r.read.notes).toEqual([
      "generic/main.tf:2: module module.share (git::https://github.com/example-org/tf-data-share.git?ref=v2.3.0 v2.3.0): no signature; read generically: policies or principals in settings/bucket/policy_json, consumer_account_ids, trusted_principals",
    ]);
  });

  it("KMS keys, SNS topics, queues, environment variables, add-on roles and flow-log buckets are not principals", async () => {
    const r = await moduleGrants("negative");
    expect(r.errors).toEqual([]);
    for (const id of ["8181", "8282", "8383", "8484", "8585", "8686", "8787", "8989", "9191"])
      expect(JSON.stringify(r.grants)).not.toContain(id.repeat(3));
    // Only the EKS Blueprints add-ons' IRSA roles remain, read by its signature: they trust the
    // cluster's OIDC provider, which IAM allows only in the roles' own account — a single-tenant
    // provider, so federated (any service account) unless trusted.identity-providers lists it.
    expect(r.rows).toEqual([
      [
        "module.addons.module.addons.aws_iam_role.this",
        "arn:aws:iam::${own-account}:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC#system:serviceaccount:*",
        "federated",
        "sts:AssumeRoleWithWebIdentity",
        "oidc_provider_arn",
      ],
    ]);
    expect(r.read.notes).toContain(
      "negative/main.tf:42: module module.network (terraform-aws-modules/vpc/aws 5.8.1): read by signature terraform-aws-modules/vpc/aws (checked against v6.6.0 (82d1929); v3.0.0 and v4.0.0 compared, covers v3 to v6): grants nothing (networking only; its flow-log role trusts the VPC Flow Logs service)",
    );
    expect(
      r.read.notes?.some((n) => n.includes("module module.node_key") && n.includes("grants nothing")),
    ).toBe(true);
  });

  it("a call where nothing is found is one unresolved grant, unless trusted.module-sources matches", async () => {
    const open = await moduleGrants("unread");
    expect(open.rows).toEqual([
      [
        "module.mystery",
        "${module module.mystery (git::https://github.com/someone/terraform-stuff.git//modules/thing?ref=v0.4.0 v0.4.0)}",
        "unresolved",
        "*",
        "",
      ],
      [
        "module.inhouse",
        "${module module.inhouse (git::https://github.com/acme/tf-modules.git//naming?ref=v3.0.0 v3.0.0)}",
        "unresolved",
        "*",
        "",
      ],
    ]);
    const trusted = await moduleGrants("unread", {
      ...EMPTY_ZONE,
      moduleSources: ["git::https://github.com/acme/*"],
    });
    expect(trusted.rows.map((row) => row[0])).toEqual(["module.mystery"]);
  });
});
