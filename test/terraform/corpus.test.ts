/**
 * Real-world module patterns (fixtures/terraform/corpus, written in the style of public repositories):
 * each must evaluate with zero errors, since Terraform raises none for them (issue 16 item 8).
 */
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { fixtureSnapshot } from "./fixture.js";

const DIR = fileURLToPath(new URL("../../fixtures/terraform/corpus/", import.meta.url));
const ROOTS = readdirSync(DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

describe("the corpus of real-world patterns", () => {
  it.each(ROOTS)("%s evaluates with zero errors", async (root) => {
    const r = await readTerraformRoot(fixtureSnapshot("corpus"), root, { grantTypes: TERRAFORM_GRANT_TYPES });
    expect(r.errors).toEqual([]);
    const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
    expect(ex.errors).toEqual([]);
    expect(r.resources.length).toBeGreaterThan(0);
  });
});
