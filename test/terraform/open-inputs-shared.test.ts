/**
 * What a module's own code says of the open inputs passed to it is worked out once per module and
 * the inputs it is given (open-inputs.ts `ownNotes`, kept in the TerraformCache), then replayed
 * into each root that calls it: a root read after another reads the same choices as read alone.
 */
import { expect, it } from "vitest";
import { createTerraformCache, readTerraformRoot } from "../../src/iac/terraform/index.js";
import type { ResourceRecord } from "../../src/model/types.js";
import { fixtureSnapshot, GRANT_TYPES } from "./fixture.js";

const rolesOf = (resources: readonly ResourceRecord[]) =>
  resources.map((r) => [r.address, r.conditional ?? "always"]);

it("a module two roots call is scanned once for the open input they pass, and both roots get its choices", async () => {
  const snapshot = fixtureSnapshot("shared-open-input");
  const cache = createTerraformCache();
  const a = await readTerraformRoot(snapshot, "envs/a", { grantTypes: GRANT_TYPES, cache });
  const team = [...cache.modules.values()].find((m) => m.config.dir === "modules/team")?.config;
  expect(team).toBeDefined();
  const scanned = [...(cache.inputUseNotes.get(team!.trees)?.values() ?? [])];
  expect(scanned).toHaveLength(1);
  const b = await readTerraformRoot(snapshot, "envs/b", { grantTypes: GRANT_TYPES, cache });
  // The second root replays what the first scan noted: the same notes, not a second scan.
  expect([...(cache.inputUseNotes.get(team!.trees)?.values() ?? [])]).toEqual(scanned);
  expect(cache.inputUseNotes.get(team!.trees)?.values().next().value).toBe(scanned[0]);
  const alone = await readTerraformRoot(snapshot, "envs/b", { grantTypes: GRANT_TYPES });
  for (const r of [a, b, alone]) expect(r.errors).toEqual([]);
  expect(rolesOf(a.resources)).toEqual([
    ["module.team.aws_iam_role.auditor[0]", 'when var.env = "production"'],
  ]);
  expect(rolesOf(b.resources)).toEqual(rolesOf(alone.resources));
  expect(rolesOf(b.resources)).toEqual([
    ["module.team.aws_iam_role.auditor[0]", 'when var.env = "production"'],
  ]);
});
