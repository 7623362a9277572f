import { describe, expect, it } from "vitest";
import { matchOwners, ownersOf } from "../../src/github/codeowners.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const ALLOWLIST = ".github/cross-account-allowlist.yml";

describe("CODEOWNERS coverage", () => {
  it.each([
    ["* @acme/everyone", ["@acme/everyone"]],
    ["/.github/ @acme/security", ["@acme/security"]],
    [".github/cross-account-allowlist.yml @acme/security", ["@acme/security"]],
    ["cross-account-allowlist.yml @acme/security", ["@acme/security"]],
    ["**/*.yml @acme/yaml", ["@acme/yaml"]],
    ["/.github/*.yml @acme/security # inline comment", ["@acme/security"]],
    ["/infra/ @acme/infra", []],
    ["/.github/workflows/ @acme/ci", []],
    ["* @acme/everyone\n/.github/cross-account-allowlist.yml", []],
  ])("%j -> %j", (codeowners, owners) => {
    expect(matchOwners(codeowners, ALLOWLIST)).toEqual(owners);
  });

  it("uses the first of .github/, the root and docs/, as GitHub does", () => {
    const snap = memorySnapshot({
      CODEOWNERS: "* @root",
      ".github/CODEOWNERS": "/infra/ @infra",
      "docs/CODEOWNERS": "* @docs",
    });
    expect(ownersOf(snap, ALLOWLIST)).toEqual({ file: ".github/CODEOWNERS", owners: [] });
    expect(ownersOf(memorySnapshot({ "docs/CODEOWNERS": "* @docs" }), ALLOWLIST)).toEqual({
      file: "docs/CODEOWNERS",
      owners: ["@docs"],
    });
    expect(ownersOf(memorySnapshot({}), ALLOWLIST)).toEqual({ file: null, owners: [] });
  });
});
