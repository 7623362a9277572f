import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { runAudit } from "../../src/analyze/analyze.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-01" };

/** A key with no policy of its own: its default key policy lets the own account in. */
const KEY = 'resource "aws_kms_key" "this" {\n  description = "data"\n}\n';
/** The same key, with a policy resource that sets its policy (for another account). */
const KEY_WITH_POLICY = `${KEY}resource "aws_kms_key_policy" "this" {
  key_id = aws_kms_key.this.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "kms:Decrypt", Resource = "*", Principal = { AWS = "arn:aws:iam::999988887777:root" } }]
  })
}
`;

const grantsOf = async (files: Record<string, string>, unit: string) =>
  (await runAudit(memorySnapshot(files), options)).grants
    .filter((g) => g.resource.unit === unit)
    .map((g) => [g.resource.address, g.principal.id, g.classification]);

describe("roots read together do not see each other's resources", () => {
  it("a key policy resource in one root does not take the default policy of a same-named key in another", async () => {
    const alone = await grantsOf({ "b/main.tf": KEY }, "b");
    expect(alone.length).toBeGreaterThan(0);
    expect(await grantsOf({ "a/main.tf": KEY_WITH_POLICY, "b/main.tf": KEY }, "b")).toEqual(alone);
    // And the root with the policy resource still has it instead of the default.
    expect(await grantsOf({ "a/main.tf": KEY_WITH_POLICY, "b/main.tf": KEY }, "a")).toEqual(
      await grantsOf({ "a/main.tf": KEY_WITH_POLICY }, "a"),
    );
  });
});
