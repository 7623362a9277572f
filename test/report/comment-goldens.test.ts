/**
 * The PR comment a reviewer reads, for the cases issue 19 names: each scenario folder under
 * fixtures/comments holds base/ and head/ trees (with their allowlists); comment.md beside them is
 * the golden comment. UPDATE_GOLDEN=1 rewrites the goldens (review the diff):
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/report/comment-goldens.test.ts
 *
 * scripts/render-comments.mjs renders them as GitHub would, to look at.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { runDiff } from "../../src/analyze/analyze.js";
import { chooseDiffAllowlist, readAllowlistAt } from "../../src/github/allowlist-source.js";
import { type MarkdownOptions, renderAllowlistInvalid, renderMarkdown } from "../../src/report/markdown.js";
import { directorySnapshot } from "../../src/sources/fs-snapshot.js";

const ROOT = join(import.meta.dirname, "..", "..");
const DIR = join(ROOT, "fixtures", "comments");
const FILE = ".github/cross-account-allowlist.yml";
const HEAD_SHA = "4b825dc642cb6eb9a060e54bf8d69288fbee4904";
const TODAY = "2026-12-01";

function golden(name: string, actual: string): string {
  const file = join(DIR, name, "comment.md");
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) writeFileSync(file, actual);
  return readFileSync(file, "utf8");
}

/** The comment as the action writes it on pull request acme/infra, with no approvers configured. */
async function comment(name: string, approvers: string[] = []): Promise<string> {
  const base = directorySnapshot(join(DIR, name, "base"));
  const head = directorySnapshot(join(DIR, name, "head"));
  const choice = chooseDiffAllowlist({
    path: FILE,
    ref: "base",
    base: readAllowlistAt(base, FILE, "the base commit"),
    head: readAllowlistAt(head, FILE, "the head commit"),
    baseSnapshot: base,
    approvers: approvers.map((login) => ({ kind: "user" as const, login })),
  });
  const report = await runDiff(base, head, {
    allowlist: choice.allowlist,
    ...(choice.pending ? { pendingAllowlist: choice.pending } : {}),
    notes: choice.notes,
    today: TODAY,
    failOnUnresolved: true,
  });
  return renderMarkdown(report, options(approvers));
}

function options(approvers: string[]): MarkdownOptions {
  return {
    linkBase: `https://github.com/acme/infra/blob/${HEAD_SHA}/`,
    commit: HEAD_SHA,
    approval: { file: FILE, ref: "base", approvers },
  };
}

describe("golden PR comments", () => {
  it("a GitHub OIDC trust of any repository of another organization", async () => {
    const body = await comment("github-oidc-wildcard");
    expect(body).toBe(golden("github-oidc-wildcard", body));
    expect(body).toContain("### 🪪 GitHub Actions: any workflow of repo someone-else/\\*, any ref");
    expect(body).toContain("not in `trusted.github-orgs`");
  });

  it("a vendor role with ReadOnlyAccess attached (access levels come with issue 19 item 1)", async () => {
    const body = await comment("vendor-readonly");
    expect(body).toBe(golden("vendor-readonly", body));
    expect(body).toContain("### 🏢 Account 464622532012 — Datadog");
    expect(body).toContain("account 464622532012 is not in `trusted.accounts`");
    expect(body).toContain('  - Conditions: `StringEquals sts:ExternalId = "acme-7f3e"`');
  });

  it("a role an approved vendor assumes, widened in place (new access once roles' reach is read)", async () => {
    const body = await comment("role-widened");
    expect(body).toBe(golden("role-widened", body));
  });

  it("a principal from a variable without a committed value", async () => {
    const body = await comment("unresolved-variable");
    expect(body).toBe(golden("unresolved-variable", body));
    expect(body).toContain("### ❓ Unresolved: var.partner");
    expect(body).toContain(
      "To resolve it: no committed value for var.partner: set it in `terraform.tfvars` or list it in `trusted.expressions`.",
    );
  });

  it("a bucket anyone can read", async () => {
    const body = await comment("public-bucket");
    expect(body).toBe(golden("public-bucket", body));
    expect(body).toContain("### 🌐 Anyone \\(public\\)");
  });

  it("one of each kind: most severe first (public, unresolved, federated, external)", async () => {
    const body = await comment("mixed-severity");
    expect(body).toBe(golden("mixed-severity", body));
    expect(body.split("\n").filter((l) => l.startsWith("### "))).toEqual([
      "### 🌐 Anyone \\(public\\)",
      "### ❓ Unresolved: var.partner",
      "### 🪪 GitHub Actions: any workflow of repo someone-else/\\*, any ref",
      "### 🏢 Account 464622532012 — Datadog",
    ]);
  });

  it("an approval the pull request adds to itself, with no approvers configured", async () => {
    const body = await comment("pending-approval");
    expect(body).toBe(golden("pending-approval", body));
    expect(body).toContain("⏳ **Pending**: this pull request adds its approval (allowlist line 4)");
    expect(body).toContain("merge the allowlist change first in a pull request of its own");
    expect(body).toContain("configure the action's `approvers` input");
  });

  it("the same pending approval with approvers: who must approve the head commit", async () => {
    const body = await comment("pending-approval", ["alice"]);
    expect(body).toContain(
      "it counts once one of the approvers (alice) approves the pull request at its head commit",
    );
    expect(body).not.toContain("merge the allowlist change first");
  });

  it("an invalid allowlist: the comment says so, with each error's line", () => {
    const text = readFileSync(join(DIR, "invalid-allowlist", "head", FILE), "utf8");
    const parsed = parseAllowlist(FILE, text);
    if (!("errors" in parsed)) throw new Error("the fixture must be an invalid allowlist");
    const body = renderAllowlistInvalid("invalid allowlist", parsed.errors, options([]));
    expect(body).toBe(golden("invalid-allowlist", body));
    expect(body).toContain("## ❌ Cross-Account Guard: invalid allowlist");
    expect(body).toContain("`.github/cross-account-allowlist.yml:");
  });
});
