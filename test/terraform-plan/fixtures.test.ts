import { describe, expect, it } from "vitest";
import { readPlan } from "../../src/iac/terraform-plan/index.js";
import { resourceRef, unresolved } from "../../src/model/symbolic.js";
import type { ResourceRecord } from "../../src/model/types.js";
import { changeOf, grantTypes, planJson, planText, readFixture, without } from "./helpers.js";

const addresses = (records: ResourceRecord[]) => records.map((r) => r.address);
const record = (records: ResourceRecord[], address: string): ResourceRecord => {
  const found = records.find((r) => r.address === address);
  if (!found) throw new Error(`no record ${address} in ${addresses(records).join(", ")}`);
  return found;
};
const known = (address: string, path: string) => unresolved(`${address}.${path} (known after apply)`);

describe("new bucket policy grant (create)", () => {
  const result = readFixture("new-bucket-policy");
  const plan = planJson("new-bucket-policy");

  it("has the policy only after; the unchanged bucket on both sides", () => {
    expect(result.errors).toEqual([]);
    expect(result.root).toBe("");
    expect(addresses(result.before)).toEqual(["aws_s3_bucket.logs"]);
    expect(addresses(result.after)).toEqual(["aws_s3_bucket.logs", "aws_s3_bucket_policy.logs"]);
  });

  it("keeps change.after as is, policy as JSON text, unknown id as a token", () => {
    expect(record(result.after, "aws_s3_bucket_policy.logs")).toEqual({
      source: "terraform-plan",
      type: "aws_s3_bucket_policy",
      address: "aws_s3_bucket_policy.logs",
      file: "main.tf",
      line: 18,
      unit: "",
      properties: {
        bucket: "acme-audit-logs",
        policy:
          '{"Statement":[{"Action":["s3:GetObject","s3:ListBucket"],"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::999988887777:root"},"Resource":["arn:aws:s3:::acme-audit-logs","arn:aws:s3:::acme-audit-logs/*"],"Sid":"VendorRead"}],"Version":"2012-10-17"}',
        id: known("aws_s3_bucket_policy.logs", "id"),
      },
      valueLines: {
        "2012-10-17": 21,
        VendorRead: 23,
        Allow: 24,
        "arn:aws:iam::999988887777:root": 25,
        "999988887777": 25,
        "s3:GetObject": 26,
        "s3:ListBucket": 26,
        "${aws_s3_bucket.logs.arn}/*": 27,
      },
    });
  });

  it("keeps the bucket's state exactly, except the computed policy the configuration does not set", () => {
    const bucket = record(result.before, "aws_s3_bucket.logs");
    expect(bucket.properties).toEqual(without(changeOf(plan, "aws_s3_bucket.logs").before, "policy"));
    expect(record(result.after, "aws_s3_bucket.logs").properties).toEqual(bucket.properties);
    expect(bucket).toMatchObject({ file: "main.tf", line: 14, unit: "" });
  });

  it("says how it read the plan", () => {
    expect(result.notes).toEqual([
      'plan.json: Terraform plan (format_version 1.2, Terraform 1.9.8) read as the before/after of the Terraform root ".": 2 resource changes, 2 of resource types that can grant access',
    ]);
  });
});

describe("role trust widened from a role to the account root (update, format 0.2)", () => {
  const result = readFixture("trust-widened");
  const plan = planJson("trust-widened");
  const change = changeOf(plan, "aws_iam_role.deploy");

  it("gives the role on both sides with change.before / change.after exactly", () => {
    expect(result.errors).toEqual([]);
    expect(addresses(result.before)).toEqual(["aws_iam_role.deploy"]);
    expect(addresses(result.after)).toEqual(["aws_iam_role.deploy"]);
    expect(result.before[0]?.properties).toEqual(change.before);
    expect(result.after[0]?.properties).toEqual(change.after);
    expect(result.before[0]?.properties.assume_role_policy).toContain(
      "arn:aws:iam::999988887777:role/ci-deployer",
    );
    expect(result.after[0]?.properties.assume_role_policy).toContain(
      '"AWS":"arn:aws:iam::999988887777:root"',
    );
  });

  it("points at the resource block in iam.tf and takes the own account from data.aws_caller_identity", () => {
    expect(result.after[0]).toMatchObject({ file: "iam.tf", line: 2, unit: "", selfAccount: "111111111111" });
    expect(result.before[0]?.selfAccount).toBe("111111111111");
  });

  it("reads format_version 0.x", () => {
    expect(result.notes[0]).toContain("format_version 0.2, Terraform 1.0.11");
  });
});

describe("resource removed (delete)", () => {
  const result = readFixture("resource-removed");
  const plan = planJson("resource-removed");

  it("has the deleted queue policy only before", () => {
    expect(result.errors).toEqual([]);
    expect(addresses(result.before)).toEqual(["aws_sqs_queue.jobs", "aws_sqs_queue_policy.jobs"]);
    expect(addresses(result.after)).toEqual(["aws_sqs_queue.jobs"]);
    expect(record(result.before, "aws_sqs_queue_policy.jobs").properties).toEqual(
      changeOf(plan, "aws_sqs_queue_policy.jobs").before,
    );
  });

  it("points a resource no longer in the configuration at its change in the plan file", () => {
    expect(record(result.before, "aws_sqs_queue_policy.jobs")).toMatchObject({
      file: "plan.json",
      line: 117,
      unit: "",
    });
    expect(record(result.before, "aws_sqs_queue.jobs")).toMatchObject({ file: "queues.tf", line: 6 });
  });

  it("does not read the queue's computed policy (it mirrors the removed aws_sqs_queue_policy)", () => {
    for (const side of [result.before, result.after]) {
      expect(record(side, "aws_sqs_queue.jobs").properties).toEqual(
        without(changeOf(plan, "aws_sqs_queue.jobs").before, "policy"),
      );
    }
    expect(result.notes).toContain(
      "aws_sqs_queue.jobs.policy is not set in the configuration: the provider computes it (e.g. from a separate policy resource or an AWS default), so it is not read as a grant of this resource",
    );
  });
});

describe("module instance added with for_each", () => {
  const result = readFixture("module-for-each");

  it("keeps module addresses with instance keys", () => {
    expect(result.errors).toEqual([]);
    expect(addresses(result.before)).toEqual(['module.partner_access["acme"].aws_lambda_permission.invoke']);
    expect(addresses(result.after)).toEqual([
      'module.partner_access["acme"].aws_lambda_permission.invoke',
      'module.partner_access["globex"].aws_lambda_permission.invoke',
    ]);
  });

  it("finds the resource in the module's directory through the call's source", () => {
    for (const r of [...result.before, ...result.after]) {
      expect(r).toMatchObject({ file: "modules/partner-access/main.tf", line: 9, unit: "" });
    }
  });

  it("gives the new instance's after with its unknowns", () => {
    expect(
      record(result.after, 'module.partner_access["globex"].aws_lambda_permission.invoke').properties,
    ).toEqual({
      action: "lambda:InvokeFunction",
      event_source_token: null,
      function_name: "ingest",
      function_url_auth_type: null,
      principal: "555566667777",
      principal_org_id: null,
      qualifier: null,
      source_account: null,
      source_arn: null,
      statement_id: "AllowPartner-555566667777",
      id: known('module.partner_access["globex"].aws_lambda_permission.invoke', "id"),
      statement_id_prefix: known(
        'module.partner_access["globex"].aws_lambda_permission.invoke',
        "statement_id_prefix",
      ),
    });
  });
});

describe("values unknown until apply", () => {
  const result = readFixture("unknown-until-apply");
  const planned = (a: string) => record(result.after, a).properties;

  it("has everything after only (all creates), data sources and non-grant types left out", () => {
    expect(result.errors).toEqual([]);
    expect(result.before).toEqual([]);
    expect(addresses(result.after)).toEqual([
      "aws_iam_role.ci",
      "aws_iam_role.reader",
      "aws_lambda_permission.partner",
      "aws_s3_bucket.exports",
      "aws_s3_bucket_policy.exports",
      "aws_sns_topic.alerts",
      "aws_sns_topic_policy.alerts",
    ]);
    for (const r of result.after) expect(r.selfAccount).toBe("111111111111");
  });

  it("names the attribute of an unknown principal (never drops it)", () => {
    expect(planned("aws_lambda_permission.partner").principal).toBe(
      known("aws_lambda_permission.partner", "principal"),
    );
  });

  it("keeps a policy unknown as a whole unresolved, naming the attribute", () => {
    expect(planned("aws_sns_topic_policy.alerts")).toEqual({
      arn: resourceRef("aws_sns_topic.alerts", "arn"),
      id: known("aws_sns_topic_policy.alerts", "id"),
      owner: known("aws_sns_topic_policy.alerts", "owner"),
      policy: known("aws_sns_topic_policy.alerts", "policy"),
    });
    expect(result.notes).toContain(
      "aws_sns_topic_policy.alerts.policy is known only after apply (it depends on aws_sns_topic.alerts.arn): the principals it admits are unresolved",
    );
  });

  it("T18: reads an unknown trust policy's statements from its deferred aws_iam_policy_document", () => {
    const policy = JSON.parse(planned("aws_iam_role.reader").assume_role_policy as string);
    expect(policy).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "Vendor",
          Effect: "Allow",
          Action: ["sts:AssumeRole"],
          Principal: { AWS: ["arn:aws:iam::999988887777:root"] },
          Condition: { StringEquals: { "sts:ExternalId": ["acme-reader"] } },
        },
        // aws_iam_role.ci.arn: a role this configuration creates, in the own account.
        {
          Sid: "CiRunner",
          Effect: "Allow",
          Action: ["sts:AssumeRole"],
          Principal: { AWS: [resourceRef("aws_iam_role.ci", "arn")] },
        },
      ],
    });
    expect(result.notes).toContain(
      "aws_iam_role.reader.assume_role_policy is known only after apply: its statements were read from data.aws_iam_policy_document.reader_trust in the plan",
    );
  });

  it("T18: a principal unknown in the data source too is unresolved, naming the configuration's reference", () => {
    const props = planned("aws_s3_bucket_policy.exports");
    expect(props.bucket).toBe(resourceRef("aws_s3_bucket.exports", "id"));
    expect(JSON.parse(props.policy as string)).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: ["s3:GetObject"],
          Resource: [resourceRef("aws_s3_bucket.exports", "arn")],
          Principal: { AWS: [unresolved("aws_organizations_account.partner.id")] },
        },
      ],
    });
  });

  it("leaves out computed policies the configuration does not set (new bucket, new topic)", () => {
    expect(planned("aws_s3_bucket.exports")).not.toHaveProperty("policy");
    expect(planned("aws_sns_topic.alerts")).not.toHaveProperty("policy");
    expect(planned("aws_s3_bucket.exports").grant).toBe(known("aws_s3_bucket.exports", "grant"));
  });

  it("keeps a known policy of a new role as JSON text", () => {
    expect(planned("aws_iam_role.ci").assume_role_policy).toBe(
      '{"Statement":[{"Action":"sts:AssumeRole","Effect":"Allow","Principal":{"Service":"codebuild.amazonaws.com"}}],"Version":"2012-10-17"}',
    );
    expect(planned("aws_iam_role.ci").arn).toBe(known("aws_iam_role.ci", "arn"));
  });
});

describe("without a locator", () => {
  it("points every record at its resource change in the plan file, with the plan file as unit", () => {
    const result = readFixture("module-for-each", { findResourceLine: undefined });
    expect(result.root).toBeUndefined();
    expect(result.after.map((r) => [r.address, r.file, r.line, r.unit])).toEqual([
      ['module.partner_access["acme"].aws_lambda_permission.invoke', "plan.json", 74, "plan.json"],
      ['module.partner_access["globex"].aws_lambda_permission.invoke', "plan.json", 118, "plan.json"],
    ]);
    expect(result.notes[0]).toContain("a Terraform root that was not found in the repository");
  });

  it("uses the root the caller gives as unit", () => {
    const result = readFixture("module-for-each", { findResourceLine: undefined, root: "infra/partners" });
    expect(result.root).toBe("infra/partners");
    for (const r of result.after) expect(r.unit).toBe("infra/partners");
  });
});

describe("T18 from planned_values", () => {
  it("reads the data source's statements from planned_values when it has no resource change", () => {
    const plan = JSON.parse(planText("unknown-until-apply")) as { resource_changes: { mode: string }[] };
    plan.resource_changes = plan.resource_changes.filter((r) => r.mode !== "data");
    const result = readPlan("plan.json", JSON.stringify(plan), { grantTypes, root: "" });
    const reader = result.after.find((r) => r.address === "aws_iam_role.reader");
    const exports = result.after.find((r) => r.address === "aws_s3_bucket_policy.exports");
    const fromChanges = readFixture("unknown-until-apply");
    expect(reader?.properties.assume_role_policy).toBe(
      fromChanges.after.find((r) => r.address === "aws_iam_role.reader")?.properties.assume_role_policy,
    );
    expect(JSON.parse(exports?.properties.policy as string).Statement[0]).toEqual({
      Effect: "Allow",
      Action: ["s3:GetObject"],
      Resource: [resourceRef("aws_s3_bucket.exports", "arn")],
      Principal: { AWS: [unresolved("aws_organizations_account.partner.id")] },
    });
  });
});
