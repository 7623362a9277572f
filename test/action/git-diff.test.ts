import { describe, expect, it } from "vitest";
import { parseAddedLines, parseNameStatus } from "../../src/sources/git-diff.js";
import { overlaySnapshot } from "../../src/sources/overlay-snapshot.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

describe("git diff parsing", () => {
  it("reads name-status -z with renames", () => {
    expect(parseNameStatus("M\0infra/a.yaml\0R087\0old name.yaml\0new name.yaml\0A\0b.tf\0")).toEqual([
      { status: "M", path: "infra/a.yaml" },
      { status: "R", oldPath: "old name.yaml", path: "new name.yaml" },
      { status: "A", path: "b.tf" },
    ]);
  });

  it("reads the added lines of -U0 hunks", () => {
    const diff = [
      "diff --git a/x b/x",
      "@@ -3 +3 @@ Resources:",
      "@@ -10,0 +11,3 @@",
      "@@ -20,2 +24,0 @@",
      "@@ -0,0 +1 @@",
    ].join("\n");
    expect([...parseAddedLines(diff)].sort((a, b) => a - b)).toEqual([1, 3, 11, 12, 13]);
  });
});

describe("overlaySnapshot", () => {
  it("mounts a synth output over what is committed at that path", () => {
    const repo = memorySnapshot({ "app/cdk.out/old.json": "{}", "app/main.ts": "" });
    const synth = memorySnapshot({ "manifest.json": "{}", "S.template.json": "{}" });
    const merged = overlaySnapshot(repo, "app/cdk.out", synth);
    expect(merged.paths).toEqual(["app/cdk.out/S.template.json", "app/cdk.out/manifest.json", "app/main.ts"]);
    expect(merged.read("app/cdk.out/old.json")).toEqual({ error: "file not found" });
  });
});
