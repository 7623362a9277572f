/**
 * Issue 18, item 5: a malformed principal ("foo": not an account id, ARN, service, "*" or canonical
 * user) is an error on the resource, listed with its file and line, not a principal to approve.
 * AWS itself rejects such a policy ("Invalid principal in policy"):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html
 */
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import type { ResourceRecord } from "../../src/model/types.js";

describe("malformed principals", () => {
  it("are analysis errors with the file and the policy's line; the other principals stay grants", () => {
    const record: ResourceRecord = {
      source: "terraform",
      type: "aws_sqs_queue_policy",
      address: "aws_sqs_queue_policy.q",
      file: "queues.tf",
      line: 10,
      unit: ".",
      properties: {
        queue_url: "q",
        policy: JSON.stringify({
          Statement: [
            {
              Sid: "Mixed",
              Effect: "Allow",
              Principal: { AWS: ["foo", "222222222222"] },
              Action: "sqs:SendMessage",
              Resource: "*",
            },
          ],
        }),
      },
      pathLines: { policy: 12 },
    };
    const r = extractGrants([record], {
      accounts: ["111111111111"],
      organizations: [],
      orgPaths: [],
      expressions: [],
      githubOrgs: [],
    });
    expect(r.grants.map((g) => [g.principal.id, g.classification])).toEqual([
      ["arn:aws:iam::222222222222:root", "external"],
    ]);
    expect(r.errors).toEqual([
      {
        file: "queues.tf",
        line: 12,
        message:
          'aws_sqs_queue_policy.q (aws_sqs_queue_policy): Statement[0] (Mixed): malformed principal "foo" at Statement[0].Principal.AWS[0] (not an account id or ARN): not an account id, ARN, service principal, "*" or canonical user; no grant',
      },
    ]);
  });
});
