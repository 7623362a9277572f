import { describe, expect, it } from "vitest";
import { EventError, resolveEvent } from "../../src/github/event.js";

const A = "a".repeat(40);
const B = "b".repeat(40);
const C = "c".repeat(40);
const ZERO = "0".repeat(40);

const pr = (fork = false) => ({
  pull_request: {
    number: 12,
    base: { sha: A, repo: { full_name: "acme/infra" } },
    head: { sha: B, repo: fork ? { full_name: "mallory/infra" } : { full_name: "acme/infra" } },
  },
});

describe("resolveEvent", () => {
  it.each(["pull_request", "pull_request_target", "pull_request_review"])(
    "%s diffs base.sha..head.sha",
    (name) => {
      expect(resolveEvent(name, pr(), { mode: "auto", sha: C })).toEqual({
        mode: "diff",
        baseSha: A,
        headSha: B,
        prNumber: 12,
        isFork: false,
        headRef: "refs/pull/12/head",
        description: "pull request #12: aaaaaaa..bbbbbbb",
      });
    },
  );

  it("marks a PR from another repository, or from a deleted fork, as a fork", () => {
    expect(resolveEvent("pull_request", pr(true), { mode: "auto" })).toMatchObject({ isFork: true });
    const deleted = pr();
    (deleted.pull_request.head as { repo: unknown }).repo = null;
    expect(resolveEvent("pull_request", deleted, { mode: "auto" })).toMatchObject({ isFork: true });
  });

  it("push diffs before..after; a new branch compares with the parent; a deletion is skipped", () => {
    expect(resolveEvent("push", { before: A, after: B }, { mode: "auto" })).toMatchObject({
      mode: "diff",
      baseSha: A,
      headSha: B,
    });
    expect(resolveEvent("push", { before: ZERO, after: B, created: true }, { mode: "auto" })).toMatchObject({
      mode: "diff",
      baseSha: null,
      headSha: B,
    });
    expect(resolveEvent("push", { before: A, after: ZERO, deleted: true }, { mode: "auto" })).toEqual({
      mode: "skip",
      reason: "the push deleted a branch or tag",
    });
  });

  it("merge_group diffs base_sha..head_sha", () => {
    expect(
      resolveEvent("merge_group", { merge_group: { base_sha: A, head_sha: B } }, { mode: "auto" }),
    ).toMatchObject({
      mode: "diff",
      baseSha: A,
      headSha: B,
      isFork: false,
    });
  });

  it.each(["workflow_dispatch", "schedule"])("%s audits GITHUB_SHA", (name) => {
    expect(resolveEvent(name, {}, { mode: "auto", sha: C })).toEqual({
      mode: "audit",
      headSha: C,
      isFork: false,
      description: `audit of ccccccc (${name})`,
    });
  });

  it("mode: audit on a pull request audits its head", () => {
    expect(resolveEvent("pull_request", pr(), { mode: "audit", sha: C })).toMatchObject({
      mode: "audit",
      headSha: B,
      prNumber: 12,
    });
  });

  it("mode: audit works on any event with a commit", () => {
    expect(resolveEvent("release", {}, { mode: "audit", sha: C })).toMatchObject({
      mode: "audit",
      headSha: C,
    });
  });

  it("says why an event is not supported", () => {
    expect(() => resolveEvent("issue_comment", {}, { mode: "auto", sha: C })).toThrow(
      /the 'issue_comment' event is not supported\. Supported events: pull_request, .*schedule; or set mode: audit/,
    );
    expect(() => resolveEvent("workflow_dispatch", {}, { mode: "diff", sha: C })).toThrow(EventError);
    expect(() => resolveEvent("workflow_dispatch", {}, { mode: "audit" })).toThrow(/GITHUB_SHA is ''/);
  });

  it("rejects payloads without the fields it needs", () => {
    expect(() => resolveEvent("pull_request", {}, { mode: "auto" })).toThrow(
      "the pull_request payload has no pull_request",
    );
    const bad = pr();
    bad.pull_request.base.sha = "main";
    expect(() => resolveEvent("pull_request", bad, { mode: "auto" })).toThrow(
      "pull_request.base.sha is 'main', expected a commit SHA",
    );
  });
});
