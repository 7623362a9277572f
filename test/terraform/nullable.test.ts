/**
 * A module input given as null: with `nullable = false` the variable takes its default (and
 * Terraform refuses the null where there is none); otherwise the null stays. Callers that pass
 * `lookup(each.value, "create", null)` rely on it (terraform-aws-modules/eks).
 */
import { expect, it } from "vitest";
import { ownAccountGrants, principalRows, readFixture } from "./fixture.js";

it("gives a null input the default where nullable = false, and keeps it null elsewhere", async () => {
  const r = await readFixture("nullable", "");
  expect(r.errors).toEqual([
    {
      file: "modules/queue/main.tf",
      line: 21,
      message: 'variable "owner": the value is null, which nullable = false does not allow',
    },
  ]);
  // The queue exists (enabled is its default, true), unconditionally.
  const queue = r.byAddress("module.queue.aws_sqs_queue.q[0]");
  expect(queue.conditional).toBeUndefined();
  expect(principalRows(ownAccountGrants(r.resources).grants)).toEqual([
    // reader: its default; extra_reader: null, dropped by compact().
    ["arn:aws:iam::222222222222:root", "external"],
  ]);
});
