// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is CloudFormation Sub / HCL interpolation and the rendered form of unresolved values, written literally
/**
 * Issue 8 through the action (run() of src/, in this process), a real git repository and the fake GitHub
 * API of test/action/helpers:
 * - fail closed: a PR that makes a changed file unparsable, hides a principal behind an
 *   unresolvable parameter, deletes the allowlist or breaks its schema fails with a message that
 *   names the file;
 * - API faults the end-to-end suite (test/action/action.e2e.test.ts) does not already cover:
 *   5xx that never stop (bounded retries), rate limits whose wait is too long, a comment deleted
 *   between listing and editing (404 on PATCH), a review line GitHub's diff does not have (422),
 *   a same-repository token without write access, and a server that never answers (timeout).
 * Whatever the API does, the verdict, the outputs, the annotations and the job summary are
 * delivered, and the log says what happened.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMENT_MARKER } from "../../src/report/markdown.js";
import { checkout, diffLines, OriginRepo } from "../action/helpers/git-repo.js";
import { BOT, FakeGitHub } from "../action/helpers/github-api.js";
import { type ActionRun, pullRequestPayload, ROOT, runAction } from "../action/helpers/run-action.js";

const REPO = join(ROOT, "fixtures", "action", "repo");
const ALLOWLIST = ".github/cross-account-allowlist.yml";
const TOKEN = "ghs_workflowtoken";

let tmp: string;
let home: string;
let origin: OriginRepo;
const sha: Record<string, string> = {};
let runs = 0;

/** A tree: the base fixture with some files replaced (string) or deleted (null). */
function variant(name: string, changes: Record<string, string | null>): string {
  const dir = join(tmp, "trees", name);
  cpSync(join(REPO, "base"), dir, { recursive: true });
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) rmSync(join(dir, path));
    else writeFileSync(join(dir, path), content);
  }
  return dir;
}

const ROLES = () => readFileSync(join(REPO, "base", "infra", "roles.yaml"), "utf8");

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "cag-hostile-action-"));
  home = join(tmp, "home");
  origin = OriginRepo.create(join(tmp, "origin"), home);
  sha.base = origin.commitTree(join(REPO, "base"), "base");
  const branch = (name: string, tree: string) => {
    origin.branch(name, sha.base!);
    sha[name] = origin.commitTree(tree, name);
  };
  branch("vendor", join(REPO, "head"));
  branch(
    "unparsable",
    variant("unparsable", {
      "infra/roles.yaml": `${ROLES()}\n  VendorRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: { Statement: [ { Effect: Allow, Principal: { AWS: "999988887777" }\n`,
    }),
  );
  branch(
    "unresolvable",
    variant("unresolvable", {
      "infra/roles.yaml": ROLES()
        .replace("Resources:", "Parameters:\n  PartnerAccount:\n    Type: String\n\nResources:")
        .concat(
          "\n  PartnerRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: !Sub arn:aws:iam::${PartnerAccount}:root\n            Action: sts:AssumeRole\n",
        ),
    }),
  );
  branch("no-allowlist", variant("no-allowlist", { [ALLOWLIST]: null }));
  branch(
    "broken-allowlist",
    variant("broken-allowlist", {
      [ALLOWLIST]:
        'trusted:\n  accounts: ["111111111111"]\napprovals:\n  - principal: "464622532012"\n    approved_by: "@acme/security"\n    expires: 2099-02-30\n',
    }),
  );
  origin.branch("main", sha.base);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface PrRun {
  server: FakeGitHub;
  head: string;
  pr?: number;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Replace the lines GitHub accepts review comments on (its diff), after the real one is computed. */
  githubDiff?: Record<string, number[]>;
}

async function prRun(o: PrRun): Promise<ActionRun & { seconds: number }> {
  const pr = o.pr ?? 7;
  const merge = origin.mergeCommit(sha.base!, o.head, pr);
  const dir = join(tmp, `run-${++runs}`);
  checkout(origin, join(dir, "ws"), merge, home, true);
  o.server.state.headSha = o.head;
  o.server.state.diffLines = o.githubDiff ?? diffLines(origin.dir, sha.base!, o.head, home);
  const started = Date.now();
  const run = await runAction({
    runDir: dir,
    workspace: join(dir, "ws"),
    eventName: "pull_request",
    payload: pullRequestPayload({ number: pr, baseSha: sha.base!, headSha: o.head }),
    inputs: { "github-token": TOKEN, ...o.inputs },
    apiUrl: o.server.url,
    sha: merge,
    home,
    ...(o.env ? { env: o.env } : {}),
  });
  if (process.env.CAG_E2E_LOG) console.log(run.stdout, run.stderr);
  return { ...run, seconds: (Date.now() - started) / 1000 };
}

function sticky(server: FakeGitHub) {
  return server.state.comments.filter((c) => c.user.login === BOT && c.body.includes(COMMENT_MARKER));
}

/** The verdict of the vendor PR (two unapproved principals), delivered whatever the API did. */
function expectVerdictDelivered(run: ActionRun): void {
  expect(run.code).toBe(1);
  expect(run.outputs.verdict).toBe("fail");
  expect(run.outputs["unapproved-count"]).toBe("2");
  expect(JSON.parse(run.written(run.outputs["report-file"]!)!)).toMatchObject({ verdict: "fail" });
  expect(run.summary).toContain(
    "## ❌ Cross-Account Guard: 2 principals with new external access, 2 not approved",
  );
  expect(run.annotations.filter((a) => /^::error .*file=/.test(a))).toEqual([
    expect.stringContaining("file=infra/storage.yaml,line=20"),
    expect.stringContaining("file=infra/roles.yaml,line=41"),
  ]);
  expect(run.stdout).toContain(
    "::error::Cross-Account Guard: 2 principals with new external access not approved",
  );
}

describe("fail closed through the action", () => {
  const server = new FakeGitHub();
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  it("a PR that makes a changed file unparsable fails, naming the file", async () => {
    const run = await prRun({ server, head: sha.unparsable! });
    expect(run.code).toBe(1);
    expect(run.outputs.verdict).toBe("fail");
    expect(run.annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=Cross-Account Guard%3A file not analysed,file=infra\/roles\.yaml,line=\d+::invalid YAML/,
      ),
    );
    expect(run.stdout).toContain(
      "::error::Cross-Account Guard: 1 file could not be analysed: infra/roles.yaml",
    );
    expect(run.summary).toContain("## ❌ Cross-Account Guard: files could not be analysed");
    expect(run.summary).toContain("`infra/roles.yaml");
    expect(sticky(server).at(-1)!.body).toMatch(
      /### Files that could not be analysed \(\d+\)\n\n- ❌ `infra\/roles\.yaml:\d+`/,
    );
  });

  it("a PR that hides a principal behind an unresolvable parameter fails, naming file and line", async () => {
    const run = await prRun({ server, head: sha.unresolvable!, pr: 8 });
    expect(run.code).toBe(1);
    const access = JSON.parse(run.outputs["new-access"]!) as {
      id: string;
      classification: string;
      grants: { file: string; line: number }[];
    }[];
    expect(access.map((p) => [p.id, p.classification, p.grants[0]!.file])).toEqual([
      ["arn:aws:iam::${Ref PartnerAccount}:root", "unresolved", "infra/roles.yaml"],
    ]);
    expect(run.annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=Cross-Account Guard,file=infra\/roles\.yaml,line=\d+::New unresolved access/,
      ),
    );
    expect(run.stdout).toContain(
      "::error::Cross-Account Guard: 1 principal with new external access not approved",
    );
  });

  it("a PR that deletes the allowlist fails with a message that says so (the base's allowlist would be gone)", async () => {
    const before = server.writes().length;
    const run = await prRun({ server, head: sha["no-allowlist"]!, pr: 9 });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=Cross-Account Guard%3A allowlist deleted,file=\.github\/cross-account-allowlist\.yml::this change deletes the allowlist/,
      ),
    );
    expect(run.stdout).toContain(
      "::error::Cross-Account Guard: the allowlist .github/cross-account-allowlist.yml is deleted by this change",
    );
    expect(run.outputs.verdict).toBeUndefined();
    // The sticky comment says so (an earlier one must not stay as it was); nothing else is written.
    expect(server.writes().slice(before)).toEqual([
      expect.stringMatching(/^(PATCH|POST) .*\/comments(\/\d+)? 20[01]$/),
    ]);
    expect(run.summary).toContain("## ❌ Cross-Account Guard: allowlist deleted");
    expect(run.summary).toContain("this change deletes the allowlist");
  });

  it("the same with allowlist-ref: head", async () => {
    const run = await prRun({
      server,
      head: sha["no-allowlist"]!,
      pr: 9,
      inputs: { "allowlist-ref": "head" },
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("is deleted by this change");
  });

  it("a PR that breaks the allowlist's schema fails, naming file and line", async () => {
    const run = await prRun({ server, head: sha["broken-allowlist"]!, pr: 10 });
    expect(run.code).toBe(1);
    expect(run.annotations).toContainEqual(
      expect.stringMatching(
        /^::error title=Cross-Account Guard%3A invalid allowlist,file=\.github\/cross-account-allowlist\.yml,line=4::approvals\.0: must have required property 'reason'/,
      ),
    );
    expect(run.annotations).toContainEqual(
      expect.stringMatching(/line=4::approvals\.0\.expires: '2099-02-30' is not a calendar date/),
    );
    expect(run.stdout).toContain("::error::Cross-Account Guard: invalid allowlist at the head commit");
    expect(run.outputs.verdict).toBeUndefined();
  });
});

describe("GitHub API faults", () => {
  it("5xx that never stops: 1 + 3 retries, then the comment is given up and everything else delivered", async () => {
    const server = await new FakeGitHub({
      faults: [
        { method: "POST", path: /\/issues\/7\/comments$/, status: 502, message: "Bad Gateway", times: 100 },
      ],
    }).start();
    try {
      const run = await prRun({ server, head: sha.vendor! });
      expectVerdictDelivered(run);
      expect(server.writes()).toEqual([
        "POST /repos/acme/infra/pulls/7/reviews 200",
        ...Array(4).fill("POST /repos/acme/infra/issues/7/comments 502"),
      ]);
      expect(run.stdout).toMatch(
        /::warning::No PR comment: HTTP 502: Bad Gateway\. The verdict, annotations and job summary are unaffected\./,
      );
    } finally {
      await server.stop();
    }
  }, 60_000);

  it("rate limits that would take too long to wait out are not waited for", async () => {
    const reset = String(Math.floor(Date.now() / 1000) + 3600);
    const server = await new FakeGitHub({
      faults: [
        {
          method: "POST",
          path: /\/pulls\/7\/reviews$/,
          status: 403,
          message:
            "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.",
          headers: { "retry-after": "3600" },
          times: 10,
        },
        {
          method: "GET",
          path: /\/issues\/7\/comments$/,
          status: 403,
          message: "API rate limit exceeded for installation ID 1.",
          headers: { "x-ratelimit-remaining": "0", "x-ratelimit-limit": "5000", "x-ratelimit-reset": reset },
          times: 10,
        },
      ],
    }).start();
    try {
      const run = await prRun({ server, head: sha.vendor! });
      expectVerdictDelivered(run);
      expect(run.seconds).toBeLessThan(60);
      expect(server.writes()).toEqual(["POST /repos/acme/infra/pulls/7/reviews 403"]);
      expect(run.stdout).toMatch(
        /::warning::GitHub API secondary rate limit on POST \S*\/pulls\/\S+\/reviews: giving up \(retry-after 3600s/,
      );
      expect(run.stdout).toMatch(
        /::warning::GitHub API rate limit on GET .*\/issues\/7\/comments.*: giving up/,
      );
      expect(run.stdout).toMatch(
        /No review comments: HTTP 403: You have exceeded a secondary rate limit.* — GitHub's rate limit did not clear/,
      );
      expect(run.stdout).toMatch(
        /No PR comment: HTTP 403: API rate limit exceeded.* — GitHub's rate limit did not clear/,
      );
      expect(run.stdout).not.toContain("permissions: pull-requests: write");
      expect(run.summary).toContain("Not commented inline (2)");
    } finally {
      await server.stop();
    }
  }, 90_000);

  it("a sticky comment deleted between listing and editing (404 on PATCH) is posted again", async () => {
    const server = await new FakeGitHub().start();
    try {
      const old = server.addComment(BOT, `${COMMENT_MARKER}\nan earlier report`);
      server.state.faults.push({
        method: "PATCH",
        path: /\/issues\/comments\/\d+$/,
        status: 404,
        message: "Not Found",
      });
      const run = await prRun({ server, head: sha.vendor! });
      expectVerdictDelivered(run);
      expect(server.writes()).toEqual([
        "POST /repos/acme/infra/pulls/7/reviews 200",
        `PATCH /repos/acme/infra/issues/comments/${old.id} 404`,
        "POST /repos/acme/infra/issues/7/comments 201",
      ]);
      expect(run.stdout).toMatch(
        new RegExp(
          `::warning::PR comment created: .* \\(the earlier comment ${old.id} was gone when it was to be edited \\(HTTP 404\\)\\)`,
        ),
      );
      expect(sticky(server).at(-1)!.body).toContain("2 principals with new external access, 2 not approved");
    } finally {
      await server.stop();
    }
  });

  it("a review line that GitHub's diff does not have (422): the review falls back to the sticky comment", async () => {
    const server = await new FakeGitHub().start();
    try {
      const run = await prRun({ server, head: sha.vendor!, githubDiff: { "infra/roles.yaml": [1, 2, 3] } });
      expectVerdictDelivered(run);
      expect(server.writes()).toEqual([
        "POST /repos/acme/infra/pulls/7/reviews 422",
        "POST /repos/acme/infra/issues/7/comments 201",
      ]);
      expect(run.stdout).toMatch(/::warning::GitHub refused the review \(HTTP 422: Unprocessable Entity\)/);
      const body = sticky(server)[0]!.body;
      expect(body).toContain("Not commented inline (2)");
      expect(body).toContain("GitHub refused the review \\(HTTP 422");
    } finally {
      await server.stop();
    }
  });

  it("a same-repository token without write access: 403s are explained by the missing permission", async () => {
    const server = await new FakeGitHub({ readOnly: true }).start();
    try {
      const run = await prRun({ server, head: sha.vendor! });
      expectVerdictDelivered(run);
      expect(server.writes()).toEqual([
        "POST /repos/acme/infra/pulls/7/reviews 403",
        "POST /repos/acme/infra/issues/7/comments 403",
      ]);
      expect(run.stdout).toMatch(
        /::warning::No PR comment: HTTP 403: Resource not accessible by integration — the token cannot write to pull requests \(the workflow needs `permissions: pull-requests: write`\)/,
      );
      expect(run.summary).toContain("Not commented inline (2)");
    } finally {
      await server.stop();
    }
  });

  it("a server that never answers: one deadline, the remaining calls skipped, everything else delivered", async () => {
    const server = await new FakeGitHub({
      faults: [{ method: "POST", path: /\/pulls\/7\/reviews$/, status: 0, message: "", hang: true }],
    }).start();
    try {
      const run = await prRun({ server, head: sha.vendor!, env: { CAG_API_TIMEOUT_MS: "1500" } });
      expectVerdictDelivered(run);
      // The hanging request, and nothing after it: the sticky comment is not attempted.
      expect(server.requests.map((r) => `${r.method} ${r.path}`).at(-1)).toBe(
        "POST /repos/acme/infra/pulls/7/reviews",
      );
      expect(server.writes()).toEqual(["POST /repos/acme/infra/pulls/7/reviews -1"]);
      expect(run.stdout).toMatch(
        /::warning::the GitHub API did not answer POST .*\/pulls\/7\/reviews within 1\.5s: the remaining API calls of this run are skipped/,
      );
      expect(run.stdout).toMatch(
        /::warning::No PR comment: GET .*\/issues\/7\/comments.* not sent: the GitHub API did not answer/,
      );
      expect(run.stdout).not.toContain("HTTP 500");
      expect(run.seconds).toBeLessThan(20);
      expect(run.summary).toContain("Not commented inline (2)");
    } finally {
      await server.stop();
    }
  });
});
