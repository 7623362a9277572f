/**
 * The action (run() of src/, in this process; the bundle as a child process in "the bundle on its
 * own") with the environment GitHub sets, against a real git checkout and a local fake of the
 * GitHub REST API. One origin repository holds every commit:
 *   main: base                       (DeployRole internal, Datadog approved, partner reads reports)
 *   PR #7 (feature): head            (adds VendorRole -> 999988887777; widens the partner's grant)
 *                    head-2          (adds AnalyticsRole above VendorRole, shifting its lines)
 *                    head-clean      (back to the base's grants)
 *   PR #8 (vendor):  self-approval   (adds VendorRole and its own allowlist approval)
 *   PR #9 (broken):  invalid-allowlist (an allowlist entry without a reason)
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/report/markdown.js";
import { checkout, diffLines, OriginRepo } from "./helpers/git-repo.js";
import { BOT, FakeGitHub } from "./helpers/github-api.js";
import { MemoryFiles } from "./helpers/memory-files.js";
import {
  type ActionRun,
  golden,
  pullRequestPayload,
  ROOT,
  type RunActionOptions,
  runAction,
} from "./helpers/run-action.js";

const FIXTURES = join(ROOT, "fixtures", "action");
const TOKEN = "ghs_workflowtoken";

let tmp: string;
let home: string;
let origin: OriginRepo;
const sha: Record<string, string> = {};
let runs = 0;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "cag-action-"));
  home = join(tmp, "home");
  origin = OriginRepo.create(join(tmp, "origin"), home);
  sha.base = origin.commitTree(join(FIXTURES, "repo", "base"), "base");
  origin.branch("feature", sha.base);
  sha.head = origin.commitTree(join(FIXTURES, "repo", "head"), "Add the backup vendor role");
  sha.head2 = origin.commitTree(join(FIXTURES, "repo", "head-2"), "Add the analytics role");
  sha.clean = origin.commitTree(join(FIXTURES, "repo", "head-clean"), "Drop the vendor role again");
  origin.branch("vendor", sha.base);
  sha.self = origin.commitTree(join(FIXTURES, "self-approval", "head"), "Vendor role, approved by ourselves");
  origin.branch("broken", sha.base);
  sha.broken = origin.commitTree(join(FIXTURES, "invalid-allowlist"), "An approval without a reason");
  origin.branch("main", sha.base);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface PrRun {
  server: FakeGitHub;
  pr: number;
  head: string;
  inputs?: Record<string, string>;
  fork?: boolean;
  eventName?: string;
  /** fetch-depth: 1 (only the merge commit) instead of 0. */
  shallow?: boolean;
  /** Run dist/index.js as a node process instead of run() in this process. */
  bundle?: boolean;
}

/** A pull_request run as GitHub does it: the checkout is the merge commit, the payload names base and head. */
async function prRun(o: PrRun): Promise<ActionRun> {
  const merge = origin.mergeCommit(sha.base!, o.head, o.pr);
  const dir = join(tmp, `run-${++runs}`);
  checkout(origin, join(dir, "ws"), merge, home, !o.shallow);
  o.server.state.headSha = o.head;
  o.server.state.diffLines = diffLines(origin.dir, sha.base!, o.head, home);
  const run = await runAction({
    runDir: dir,
    workspace: join(dir, "ws"),
    eventName: o.eventName ?? "pull_request",
    payload: pullRequestPayload({ number: o.pr, baseSha: sha.base!, headSha: o.head, fork: o.fork ?? false }),
    inputs: { "github-token": TOKEN, ...o.inputs },
    apiUrl: o.server.url,
    sha: merge,
    home,
    ...(o.bundle ? { bundle: true } : {}),
  });
  if (process.env.CAG_E2E_LOG) console.log(run.stdout, run.stderr);
  return run;
}

function stickyComments(server: FakeGitHub) {
  return server.state.comments.filter((c) => c.user.login === BOT && c.body.includes(COMMENT_MARKER));
}

describe("pull request #7: first run, re-run, new push, clean-up", () => {
  const server = new FakeGitHub({
    faults: [{ method: "GET", path: /\/issues\/7\/comments$/, status: 500, message: "Server Error" }],
  });
  let forged: number;

  beforeAll(async () => {
    await server.start();
    server.addComment("dev", "Adding the backup vendor, see SEC-2.");
    forged = server.addComment("mallory", `${COMMENT_MARKER}\n## ✅ all good, nothing to see`).id;
    server.addComment(BOT, "Deploy preview ready.");
  });
  afterAll(() => server.stop());

  let first: ActionRun;
  it("first run: creates the sticky comment and one review, annotates, and fails", async () => {
    first = await prRun({ server, pr: 7, head: sha.head!, shallow: true });
    expect(first.code).toBe(1);

    // The 500 on the first page of comments was retried; pagination followed the Link headers.
    const listed = server.requests.filter((r) => r.method === "GET" && r.path.endsWith("/issues/7/comments"));
    expect(listed.map((r) => `${r.query.page ?? "1"}:${r.status}`)).toEqual(["1:500", "1:200", "2:200"]);
    expect(server.writes()).toEqual([
      "POST /repos/acme/infra/pulls/7/reviews 200",
      "POST /repos/acme/infra/issues/7/comments 201",
    ]);

    const sticky = stickyComments(server);
    expect(sticky).toHaveLength(1);
    const body = sticky[0]!.body;
    expect(body).toBe(golden("first-run.comment.md", body));
    expect(body.length).toBeLessThanOrEqual(65_536);
    // Links point at the head commit, not at the merge commit that was checked out.
    expect(body).toContain(`https://github.com/acme/infra/blob/${sha.head}/infra/roles.yaml#L41`);
    // The widened partner grant sits on an unchanged line: listed in the comment, not inline.
    expect(body).toContain("Not commented inline (1)");
    expect(server.state.comments.find((c) => c.id === forged)!.body).toContain("nothing to see");

    const review = server.requests.find((r) => r.method === "POST" && r.path.endsWith("/pulls/7/reviews"))!
      .body as {
      commit_id: string;
      event: string;
      comments: { path: string; line: number; side: string; body: string }[];
    };
    expect(review.commit_id).toBe(sha.head);
    expect(review.event).toBe("COMMENT");
    expect(review.comments.map((c) => [c.path, c.line, c.side])).toEqual([["infra/roles.yaml", 41, "RIGHT"]]);
    expect(review.comments[0]!.body).toMatch(/^<!-- cross-account-guard:inline:v1:[0-9a-f]{16} -->/);
    expect(review.comments[0]!.body).toContain("`arn:aws:iam::999988887777:root`");

    expect(first.outputs.verdict).toBe("fail");
    expect(first.outputs["unapproved-count"]).toBe("2");
    const access = JSON.parse(first.outputs["new-access"]!) as {
      id: string;
      approved: boolean;
      grants: { line: number }[];
    }[];
    expect(access.map((p) => [p.id, p.approved, p.grants[0]!.line])).toEqual([
      ["arn:aws:iam::555566667777:root", false, 20],
      ["arn:aws:iam::999988887777:root", false, 41],
    ]);
    const report = JSON.parse(first.written(first.outputs["report-file"]!)!) as {
      verdict: string;
      schemaVersion: number;
    };
    expect(report).toMatchObject({ schemaVersion: 1, verdict: "fail" });

    // The job summary is the comment.
    expect(first.summary).toBe(`${body}\n`);
    expect(first.annotations.filter((a) => /^::error .*file=/.test(a))).toEqual([
      expect.stringContaining("file=infra/storage.yaml,line=20"),
      expect.stringContaining("file=infra/roles.yaml,line=41"),
    ]);
    expect(first.stdout).toContain(
      "::error::Cross-Account Guard: 2 principals with new external access not approved",
    );
    // The shallow checkout lacked base and head: they were fetched, not cloned.
    expect(first.stdout).toMatch(/Head: fetched [0-9a-f]{7} from origin/);
  });

  it("re-run on the same commit: nothing is written again", async () => {
    const before = server.writes().length;
    const rerun = await prRun({ server, pr: 7, head: sha.head! });
    expect(rerun.code).toBe(1);
    expect(server.writes().slice(before)).toEqual([]);
    expect(rerun.stdout).toContain("PR comment unchanged");
    expect(rerun.stdout).toContain("Review comments: 0 posted, 1 already there");
    expect(rerun.summary).toBe(first.summary);
  });

  it("a new push: the comment is edited in place and only the new line gets an inline comment", async () => {
    const before = server.writes().length;
    const run = await prRun({ server, pr: 7, head: sha.head2! });
    expect(run.code).toBe(1);
    const sticky = stickyComments(server);
    expect(sticky).toHaveLength(1);
    expect(server.writes().slice(before)).toEqual([
      "POST /repos/acme/infra/pulls/7/reviews 200",
      `PATCH /repos/acme/infra/issues/comments/${sticky[0]!.id} 200`,
    ]);
    expect(sticky[0]!.body).toBe(golden("second-push.comment.md", sticky[0]!.body));
    // VendorRole moved from line 41 to 53 with the same text: not commented again.
    expect(server.state.reviewComments.map((c) => [c.path, c.line, c.commit_id.slice(0, 7)])).toEqual([
      ["infra/roles.yaml", 41, sha.head!.slice(0, 7)],
      ["infra/roles.yaml", 41, sha.head2!.slice(0, 7)],
    ]);
    expect(server.state.reviewComments[1]!.body).toContain(
      "`arn:aws:iam::123456789012:role/analytics-reader`",
    );
    expect(run.outputs["unapproved-count"]).toBe("3");
  });

  it("the PR no longer adds external access: the comment says so and the check passes", async () => {
    const before = server.writes().length;
    const run = await prRun({ server, pr: 7, head: sha.clean! });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.outputs["unapproved-count"]).toBe("0");
    expect(run.outputs["new-access"]).toBe("[]");
    const sticky = stickyComments(server);
    expect(server.writes().slice(before)).toEqual([
      `PATCH /repos/acme/infra/issues/comments/${sticky[0]!.id} 200`,
    ]);
    expect(sticky[0]!.body.split("\n").slice(0, 2)).toEqual([
      COMMENT_MARKER,
      "## ✅ Cross-Account Guard: no new external access",
    ]);
    expect(run.annotations.filter((a) => a.startsWith("::error"))).toEqual([]);
  });
});

describe("fork pull request with a read-only token", () => {
  const server = new FakeGitHub({ readOnly: true });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("delivers the verdict, outputs, annotations and summary, and says why there is no comment", async () => {
    const run = await prRun({ server, pr: 7, head: sha.head!, fork: true });
    expect(run.code).toBe(1);
    expect(server.writes()).toEqual([
      "POST /repos/acme/infra/pulls/7/reviews 403",
      "POST /repos/acme/infra/issues/7/comments 403",
    ]);
    expect(run.stdout).toMatch(
      /No PR comment: HTTP 403: Resource not accessible by integration — the pull request comes from a fork/,
    );
    expect(run.outputs.verdict).toBe("fail");
    expect(run.outputs["unapproved-count"]).toBe("2");
    expect(run.summary).toContain(
      "## ❌ Cross-Account Guard: 2 principals with new external access, 2 not approved",
    );
    // What could not be posted inline is in the summary instead.
    expect(run.summary).toContain("Not commented inline (2)");
    expect(run.annotations.filter((a) => /^::error .*file=/.test(a))).toHaveLength(2);
    expect(run.stdout).toContain(
      "::error::Cross-Account Guard: 2 principals with new external access not approved",
    );
  });
});

describe("a review GitHub refuses with 422", () => {
  const server = new FakeGitHub({
    faults: [
      { method: "POST", path: /\/pulls\/7\/reviews$/, status: 422, message: "Unprocessable Entity" },
      {
        method: "POST",
        path: /\/issues\/7\/comments$/,
        status: 403,
        message: "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
        headers: { "retry-after": "1" },
      },
    ],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("puts the refused inline comments in the sticky comment, waits out a secondary rate limit, keeps the verdict", async () => {
    const run = await prRun({ server, pr: 7, head: sha.head! });
    expect(run.code).toBe(1);
    expect(server.writes()).toEqual([
      "POST /repos/acme/infra/pulls/7/reviews 422",
      "POST /repos/acme/infra/issues/7/comments 403",
      "POST /repos/acme/infra/issues/7/comments 201",
    ]);
    expect(run.stdout).toMatch(/::warning::GitHub API secondary rate limit on POST .*: retrying in 1s/);
    const body = stickyComments(server)[0]!.body;
    expect(body).toContain("Not commented inline (2)");
    expect(body).toContain("GitHub refused the review \\(HTTP 422");
    expect(run.outputs.verdict).toBe("fail");
  });
});

describe("pull request #8 adds its own approval", () => {
  const server = new FakeGitHub({ teams: { "acme/security": ["bob"] } });
  const inputs = { approvers: "alice\n@acme/security" };
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("fails, and shows the approval as pending, while no approver approved the head commit", async () => {
    server.addReview("carol", "APPROVED", sha.self!); // not an approver
    server.addReview("alice", "APPROVED", sha.base!); // an approver, but of another commit
    const run = await prRun({ server, pr: 8, head: sha.self!, inputs });
    expect(run.code).toBe(1);
    const body = stickyComments(server)[0]!.body;
    expect(body).toBe(golden("self-approval-pending.comment.md", body));
    expect(body).toContain("⏳ **Pending**: this pull request adds its approval");
    expect(body).toContain(
      "it counts once one of the approvers (alice, acme/security) approves the pull request at its head commit",
    );
    const access = JSON.parse(run.outputs["new-access"]!) as { pending: boolean; approved: boolean }[];
    expect(access).toEqual([expect.objectContaining({ approved: false, pending: true })]);
    expect(run.stdout).toContain("No approver has approved the head commit yet");
  });

  it("passes after a member of an approver team approves the head commit (pull_request_review)", async () => {
    server.addReview("bob", "APPROVED", sha.self!);
    const run = await prRun({ server, pr: 8, head: sha.self!, inputs, eventName: "pull_request_review" });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(server.requests.some((r) => r.path === "/orgs/acme/teams/security/memberships/bob")).toBe(true);
    const body = stickyComments(server)[0]!.body;
    expect(body).toBe(golden("self-approval-approved.comment.md", body));
    expect(body).toContain("✅ **Approved** by");
    expect(stickyComments(server)).toHaveLength(1);
  });

  it("allowlist-ref: head counts the PR's approval at once and warns that CODEOWNERS does not cover the allowlist", async () => {
    const other = await new FakeGitHub().start();
    try {
      const run = await prRun({ server: other, pr: 8, head: sha.self!, inputs: { "allowlist-ref": "head" } });
      expect(run.code).toBe(0);
      expect(run.annotations).toContainEqual(
        expect.stringMatching(
          /^::warning .*No CODEOWNERS file covers \.github\/cross-account-allowlist\.yml/,
        ),
      );
    } finally {
      await other.stop();
    }
  });
});

describe("pull request #9 breaks the allowlist", () => {
  const server = new FakeGitHub();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("the sticky comment and the job summary say so: an earlier green comment does not stay", async () => {
    server.addComment(BOT, `${COMMENT_MARKER}\n## ✅ Cross-Account Guard: no new external access`);
    const run = await prRun({ server, pr: 9, head: sha.broken! });
    expect(run.code).toBe(1);
    const sticky = stickyComments(server);
    expect(sticky).toHaveLength(1);
    const body = sticky[0]!.body;
    expect(body.split("\n").slice(0, 2)).toEqual([
      COMMENT_MARKER,
      "## ❌ Cross-Account Guard: invalid allowlist",
    ]);
    expect(body).toContain(`<sub>Commit \`${sha.broken!.slice(0, 7)}\`</sub>`);
    expect(body).toContain("- `.github/cross-account-allowlist.yml:4` — ");
    expect(run.summary).toBe(`${body}\n`);
    // The summary annotation first, then one per error.
    expect(run.annotations[0]).toMatch(/^::error::Cross-Account Guard: invalid allowlist at /);
    expect(run.annotations[1]).toMatch(
      /^::error title=.*invalid allowlist,file=\.github\/cross-account-allowlist\.yml,line=4::/,
    );
  });
});

describe("audit and push runs (no pull request)", () => {
  const server = new FakeGitHub();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("workflow_dispatch audits the commit: summary, SARIF, outputs, no API calls", async () => {
    const dir = join(tmp, `run-${++runs}`);
    checkout(origin, join(dir, "ws"), sha.head!, home, false);
    const run = await runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "workflow_dispatch",
      payload: { ref: "refs/heads/feature", inputs: {} },
      inputs: { "github-token": TOKEN, "sarif-file": "results/cag.sarif" },
      apiUrl: server.url,
      sha: sha.head!,
      home,
    });
    expect(run.code).toBe(1);
    expect(server.requests).toEqual([]);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.summary).toBe(golden("audit.summary.md", run.summary));
    const access = JSON.parse(run.outputs["new-access"]!) as { id: string; approved: boolean }[];
    expect(access.map((p) => [p.id, p.approved])).toEqual([
      ["arn:aws:iam::464622532012:root", true],
      ["arn:aws:iam::555566667777:root", false],
      ["arn:aws:iam::999988887777:root", false],
    ]);
    const sarifFile = join(dir, "ws", "results", "cag.sarif");
    // Written to the action's files (in memory here), not past them to the disk.
    expect(existsSync(sarifFile)).toBe(false);
    const sarif = JSON.parse(run.written(sarifFile)!) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0]!.results).toHaveLength(2);
  });

  it("push compares before..after and needs no API", async () => {
    const dir = join(tmp, `run-${++runs}`);
    checkout(origin, join(dir, "ws"), sha.head!, home, true);
    const run = await runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "push",
      payload: {
        ref: "refs/heads/feature",
        before: sha.base,
        after: sha.head,
        repository: { full_name: "acme/infra" },
      },
      inputs: { "github-token": TOKEN },
      apiUrl: server.url,
      sha: sha.head!,
      home,
    });
    expect(run.code).toBe(1);
    expect(server.requests).toEqual([]);
    expect(run.outputs["unapproved-count"]).toBe("2");
    expect(run.summary).toContain(
      "## ❌ Cross-Account Guard: 2 principals with new external access, 2 not approved",
    );
  });

  it("an invalid allowlist fails the check naming the file and line, never a pass", async () => {
    const repo = OriginRepo.create(join(tmp, "invalid-origin"), home);
    const commit = repo.commitTree(join(FIXTURES, "invalid-allowlist"), "broken allowlist");
    const dir = join(tmp, `run-${++runs}`);
    checkout(repo, join(dir, "ws"), commit, home, false);
    const run = await runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "workflow_dispatch",
      payload: {},
      inputs: { "github-token": TOKEN },
      apiUrl: server.url,
      sha: commit,
      home,
    });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=.*invalid allowlist,file=\.github\/cross-account-allowlist\.yml,line=4::.*reason/,
      ),
    );
    expect(run.stdout).toContain("::error::Cross-Account Guard: invalid allowlist at ");
    expect(run.outputs.verdict).toBeUndefined();
    // The job summary says so too, with the line: a run that decided nothing is not blank.
    expect(run.summary).toContain("## ❌ Cross-Account Guard: invalid allowlist");
    expect(run.summary).toContain("- `.github/cross-account-allowlist.yml:4` — ");
  });

  it("an invalid input fails with a message that says what was expected", async () => {
    const dir = join(tmp, `run-${++runs}`);
    checkout(origin, join(dir, "ws"), sha.head!, home, false);
    const run = await runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "workflow_dispatch",
      payload: {},
      inputs: { mode: "sideways" },
      apiUrl: server.url,
      sha: sha.head!,
      home,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::Cross-Account Guard: Invalid input 'mode': 'sideways'. Expected one of: auto, diff, audit.",
    );
  });
});

describe("fail-on-empty: a gate that reads nothing is not green", () => {
  const server = new FakeGitHub();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  /** A workflow_dispatch audit of `commit` in `repo`. */
  async function audit(repo: OriginRepo, commit: string, inputs: Record<string, string>): Promise<ActionRun> {
    const dir = join(tmp, `run-${++runs}`);
    checkout(repo, join(dir, "ws"), commit, home, false);
    return runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "workflow_dispatch",
      payload: {},
      inputs: { "github-token": TOKEN, ...inputs },
      apiUrl: server.url,
      sha: commit,
      home,
    });
  }

  it("a paths pattern that matches no file fails the check, with the warning in summary, annotations and report", async () => {
    const run = await audit(origin, sha.head!, { paths: "terraform/**" });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    const warning = 'The include pattern "terraform/**" (--include, paths) matches no file';
    expect(run.summary).toContain("## ❌ Cross-Account Guard: nothing was checked");
    expect(run.summary).toContain("terraform/\\*\\*&quot; \\(--include, paths\\) matches no file");
    expect(run.annotations).toContainEqual(
      expect.stringMatching(/^::error title=Cross-Account Guard%3A nothing checked::/),
    );
    expect(run.stdout).toContain(`::error::Cross-Account Guard: ${warning}`);
    const report = JSON.parse(run.written(run.outputs["report-file"]!)!);
    expect(report.coverage.warnings).toHaveLength(2);
    expect(report.coverage.skipped).toContainEqual(expect.objectContaining({ reason: "outside-paths" }));
  });

  it("fail-on-empty: false keeps them warnings: the check passes, the summary still says so", async () => {
    const run = await audit(origin, sha.base!, { paths: "terraform/**", "fail-on-empty": "false" });
    expect(run.code).toBe(0);
    expect(run.outputs.verdict).toBe("pass");
    expect(run.summary).toMatch(/^.*\n## ⚠️ Cross-Account Guard: no external access, 2 warnings/);
    expect(run.annotations).toContainEqual(
      expect.stringMatching(/^::warning title=Cross-Account Guard%3A nothing checked::.*matches no file/),
    );
  });

  it("a commit with no IaC file at all fails; a push that touches no IaC file in a repository that has some does not", async () => {
    const docs = mkdtempSync(join(tmp, "docs-"));
    writeFileSync(join(docs, "README.md"), "# nothing here\n");
    const repo = OriginRepo.create(join(tmp, "empty-origin"), home);
    const empty = repo.commitTree(docs, "docs only");
    const run = await audit(repo, empty, {});
    expect(run.code).toBe(1);
    expect(run.summary).toContain("No IaC file was found");
    expect(run.outputs.verdict).toBe("fail");

    // The origin's feature branch, then a commit that changes only a README: not empty.
    const withIac = mkdtempSync(join(tmp, "with-iac-"));
    cpSync(join(FIXTURES, "repo", "base"), withIac, { recursive: true });
    const before = repo.commitTree(withIac, "IaC");
    writeFileSync(join(withIac, "README.md"), "# docs changed\n");
    const after = repo.commitTree(withIac, "docs only");
    const dir = join(tmp, `run-${++runs}`);
    checkout(repo, join(dir, "ws"), after, home, true);
    const push = await runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "push",
      payload: { ref: "refs/heads/main", before, after, repository: { full_name: "acme/infra" } },
      inputs: { "github-token": TOKEN },
      apiUrl: server.url,
      sha: after,
      home,
    });
    expect(push.code, push.stdout).toBe(0);
    expect(push.outputs.verdict).toBe("pass");
    expect(push.summary).toContain("## ✅ Cross-Account Guard: no new external access");
  });
});

describe("the action's own files: event payload, terraform-plan, report file, SARIF", () => {
  /** A workflow_dispatch audit of the head with `inputs`; `ws` is the checkout. */
  async function audit(
    inputs: Record<string, string>,
    more: (ws: string, runDir: string) => Partial<RunActionOptions> = () => ({}),
    repo = origin,
    commit = sha.head!,
  ): Promise<ActionRun & { ws: string; runDir: string }> {
    const runDir = join(tmp, `run-${++runs}`);
    const ws = join(runDir, "ws");
    checkout(repo, ws, commit, home, false);
    const run = await runAction({
      runDir,
      workspace: ws,
      eventName: "workflow_dispatch",
      payload: {},
      inputs: { "github-token": TOKEN, ...inputs },
      apiUrl: "http://127.0.0.1:9",
      sha: commit,
      home,
      ...more(ws, runDir),
    });
    return { ...run, ws, runDir };
  }

  it("a SARIF file that cannot be written: the same error from the injected files as from the disk, after the outputs, with the summary", async () => {
    // `results` is a file, so results/out/ cannot be made: on disk, and in memory.
    const inputs = { "sarif-file": "results/out/cag.sarif" };
    const onDisk = await audit(inputs, (ws) => {
      writeFileSync(join(ws, "results"), "not a folder\n");
      return { disk: true };
    });
    const inMemory = await audit(inputs, (ws) => ({ files: { [join(ws, "results")]: "not a folder\n" } }));
    const failure = (r: typeof onDisk) =>
      `::error::Cross-Account Guard: cannot write the SARIF file (sarif-file input) ${r.ws}/results/out/cag.sarif: a part of the path is not a directory`;
    for (const r of [onDisk, inMemory]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toContain(failure(r));
      // The outputs and the report file came first; the summary comes whatever happened.
      expect(r.outputs.verdict).toBe("fail");
      expect(JSON.parse(r.written(r.outputs["report-file"]!)!)).toMatchObject({ verdict: "fail" });
      expect(r.summary).toContain("## ❌ Cross-Account Guard");
    }
    expect(inMemory.annotations).toEqual(onDisk.annotations.map((a) => a.replaceAll(onDisk.ws, inMemory.ws)));
    // The report file went to the disk in one run and to the memory in the other.
    expect(existsSync(onDisk.outputs["report-file"]!)).toBe(true);
    expect(existsSync(inMemory.outputs["report-file"]!)).toBe(false);
  });

  it("a report file that cannot be written (a full disk) fails the step naming the file and why; the summary is still written", async () => {
    const memory = new MemoryFiles();
    const run = await audit({}, (_ws, runDir) => {
      memory.failWrites(join(runDir, "temp"), "ENOSPC");
      return { memory };
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `::error::Cross-Account Guard: cannot write the report file (report-file output) ${run.runDir}/temp/cross-account-guard/report.json: no space left on the device`,
    );
    expect(run.outputs.verdict).toBeUndefined();
    expect(run.summary).toContain("## ❌ Cross-Account Guard");
  });

  it("an event payload that is not there, or not JSON, is an error naming GITHUB_EVENT_PATH", async () => {
    const missing = await audit({}, (_ws, runDir) => ({
      env: { GITHUB_EVENT_PATH: join(runDir, "elsewhere.json") },
    }));
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      `::error::Cross-Account Guard: cannot read the event payload at GITHUB_EVENT_PATH (${missing.runDir}/elsewhere.json): the file does not exist`,
    );
    const broken = await audit({}, (_ws, runDir) => ({ files: { [join(runDir, "event.json")]: "{" } }));
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(
      /::error::Cross-Account Guard: cannot read the event payload at GITHUB_EVENT_PATH \(.*event\.json\): .*JSON/,
    );
  });

  it("terraform-plan: the plan an earlier step wrote is read from the action's files, not from git", async () => {
    // The root's HCL is committed; its plan (`terraform show -json`, not committed) is not.
    const plan = join(ROOT, "fixtures", "terraform-plan", "trust-widened");
    const tree = mkdtempSync(join(tmp, "plan-tree-"));
    for (const f of ["iam.tf", "main.tf"]) cpSync(join(plan, f), join(tree, f));
    const repo = OriginRepo.create(join(tmp, "plan-origin"), home);
    const commit = repo.commitTree(tree, "a root");
    const note = 'Terraform root "." is read from the plan out/plan.json; its HCL is not used.';
    const notes = (r: ActionRun) =>
      (JSON.parse(r.written(r.outputs["report-file"]!)!) as { notes: string[] }).notes;

    const fromPlan = await audit(
      { "terraform-plan": "out/plan.json" },
      (ws) => ({ files: { [join(ws, "out", "plan.json")]: readFileSync(join(plan, "plan.json"), "utf8") } }),
      repo,
      commit,
    );
    expect(fromPlan.code).toBe(1);
    expect(notes(fromPlan)).toContain(note);
    const access = JSON.parse(fromPlan.outputs["new-access"]!) as {
      id: string;
      grants: { line: number }[];
    }[];
    expect(access.map((p) => [p.id, p.grants[0]!.line])).toEqual([["arn:aws:iam::999988887777:root", 9]]);
    const fromHcl = await audit({}, () => ({}), repo, commit);
    expect(notes(fromHcl)).not.toContain(note);

    const missing = await audit({ "terraform-plan": "out/plan.json" }, () => ({}), repo, commit);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain(
      "::error::Cross-Account Guard: Input 'terraform-plan': out/plan.json does not exist in the workspace.",
    );
  });
});

describe("terraform-modules: module code from terraform init in the job", () => {
  const server = new FakeGitHub();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("reads the call from .terraform/modules in the workspace instead of reporting it unresolved", async () => {
    const repo = OriginRepo.create(join(tmp, "tf-modules-origin"), home);
    const commit = repo.commitTree(join(FIXTURES, "terraform-modules", "repo"), "registry module call");
    const audit = async (inputs: Record<string, string>) => {
      const dir = join(tmp, `run-${++runs}`);
      checkout(repo, join(dir, "ws"), commit, home, false);
      // What `terraform init -backend=false` in infra/ leaves in the workspace (git-ignored).
      cpSync(join(FIXTURES, "terraform-modules", "init"), join(dir, "ws", "infra", ".terraform", "modules"), {
        recursive: true,
      });
      const run = await runAction({
        runDir: dir,
        workspace: join(dir, "ws"),
        eventName: "workflow_dispatch",
        payload: {},
        inputs: { "github-token": TOKEN, ...inputs },
        apiUrl: server.url,
        sha: commit,
        home,
      });
      const access = JSON.parse(run.outputs["new-access"] ?? "[]") as { id: string }[];
      return { run, ids: access.map((p) => p.id) };
    };
    const without = await audit({});
    expect(without.run.code).toBe(1);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the rendered form of a symbolic value, asserted literally
    expect(without.ids).toEqual(["${module module.queue (example-org/partner-queue/aws 1.0.0)}"]);
    const withModules = await audit({ "terraform-modules": "true" });
    expect(withModules.run.code).toBe(1);
    expect(withModules.ids).toEqual(["arn:aws:iam::246813579024:root"]);
    expect(withModules.run.stdout).toContain("terraform-modules: mounted infra/.terraform/modules");
    const named = await audit({ "terraform-modules": "infra" });
    expect(named.ids).toEqual(["arn:aws:iam::246813579024:root"]);
    const missing = await audit({ "terraform-modules": "elsewhere" });
    expect(missing.run.code).toBe(1);
    expect(missing.run.stdout).toContain("terraform-modules: elsewhere/.terraform/modules does not exist");
  });
});

describe("the bundle on its own", () => {
  it("runs from a folder holding only dist/ and action.yml, Terraform (WASM) included", async () => {
    const action = join(tmp, "action-only");
    cpSync(join(ROOT, "dist"), join(action, "dist"), { recursive: true });
    cpSync(join(ROOT, "action.yml"), join(action, "action.yml"));
    const repo = OriginRepo.create(join(tmp, "smoke-origin"), home);
    const commit = repo.commitTree(join(FIXTURES, "bundle-smoke"), "smoke");
    const dir = join(tmp, `run-${++runs}`);
    checkout(repo, join(dir, "ws"), commit, home, false);
    const run = await runAction({
      runDir: dir,
      workspace: join(dir, "ws"),
      eventName: "schedule",
      payload: { schedule: "0 6 * * 1" },
      inputs: { "github-token": TOKEN },
      apiUrl: "http://127.0.0.1:9",
      sha: commit,
      home,
      bundle: join(action, "dist", "index.js"),
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const access = JSON.parse(run.outputs["new-access"]!) as {
      id: string;
      grants: { file: string; line: number }[];
    }[];
    expect(access.map((p) => [p.id, p.grants[0]!.file, p.grants[0]!.line])).toEqual([
      ["arn:aws:iam::222222222222:role/ci-runner", "infra/roles.yaml", 14],
      ["arn:aws:iam::464622532012:root", "infra/roles.yaml", 26],
      ["arn:aws:iam::999988887777:root", "infra/main.tf", 7],
    ]);
  });

  it("a pull request against the local GitHub API stand-in: the verdict, outputs, annotations, summary and comment of run() in this process", async () => {
    const runs: { run: ActionRun; comment: string }[] = [];
    for (const bundle of [false, true]) {
      const server = await new FakeGitHub().start();
      try {
        const run = await prRun({ server, pr: 21, head: sha.head!, bundle });
        runs.push({ run, comment: stickyComments(server)[0]?.body ?? "" });
      } finally {
        await server.stop();
      }
    }
    const [inProcess, built] = runs as [(typeof runs)[0], (typeof runs)[0]];
    expect(built.run.stderr).toBe("");
    expect(built.run.code).toBe(1);
    expect(built.comment).toContain("Cross-Account Guard");
    expect(built.comment).toBe(inProcess.comment);
    expect(built.run.summary).toBe(inProcess.run.summary);
    expect(built.run.annotations).toEqual(inProcess.run.annotations);
    // report-file names each run's own RUNNER_TEMP.
    const outputs = (o: Record<string, string>) => [o.verdict, o["new-access"], o["unapproved-count"]];
    expect(outputs(built.run.outputs)).toEqual(outputs(inProcess.run.outputs));
    expect(built.run.outputs.verdict).toBe("fail");
    expect(built.run.code).toBe(inProcess.run.code);
  });
});
