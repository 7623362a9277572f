// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of an unresolved expression, used literally
import { describe, expect, it } from "vitest";
import { parseAllowlist } from "../../src/allowlist/load.js";
import { type Allowlist, EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { decide } from "../../src/decide/decide.js";
import type { DecideInput } from "../../src/decide/types.js";
import { diffGrants, presentGrants } from "../../src/diff/diff.js";
import type { Grant } from "../../src/model/types.js";

const TODAY = "2026-12-01";

function allowlist(yaml: string): Allowlist {
  const r = parseAllowlist("allow.yml", yaml);
  if ("errors" in r) throw new Error(JSON.stringify(r.errors));
  return r.allowlist;
}

/** A role in `file` that `account` may assume (or an unresolved expression, when given one). */
function trust(
  account: string,
  file = "roles.tf",
  classification: Grant["classification"] = "external",
): Grant {
  const id = /^\d{12}$/.test(account) ? `arn:aws:iam::${account}:root` : account;
  return {
    principal: { type: "AWS", id, accountId: /^\d{12}$/.test(account) ? account : null },
    classification,
    mechanism: "trust-policy",
    resource: {
      source: "terraform",
      file,
      line: 3,
      address: `aws_iam_role.r${account.slice(0, 4)}`,
      type: "aws_iam_role",
      target: `aws_iam_role.r${account.slice(0, 4)}`,
      unit: "",
    },
    actions: ["sts:AssumeRole"],
    conditions: {},
  };
}

/** A diff that adds `added` to a repository that had `base`. */
function diffInput(added: Grant[], extra: Partial<DecideInput> = {}, base: Grant[] = []): DecideInput {
  return {
    mode: "diff",
    grants: diffGrants(base, [...base, ...added]),
    errors: [],
    allowlist: EMPTY_ALLOWLIST,
    today: TODAY,
    failOnUnresolved: true,
    ...extra,
  };
}

const VENDOR = "444455556666";
const PARTNER = "777788889999";

describe("decide: approvals", () => {
  it("passes new access that an approval in force covers, naming the approval", () => {
    const list = allowlist(`approvals:
  - principal: "${VENDOR}"
    reason: Audit vendor
    approved_by: "@acme/security"
    expires: 2027-01-31
`);
    const d = decide(diffInput([trust(VENDOR)], { allowlist: list }));
    expect(d.verdict).toBe("pass");
    expect(d.reasons).toEqual([]);
    expect(d.principals).toHaveLength(1);
    expect(d.principals[0]).toMatchObject({ approved: true, blocks: false });
    expect(d.principals[0]!.approval?.reason).toBe("Audit vendor");
    expect(d.grants[0]!.approval?.index).toBe(0);
  });

  it("fails new access whose approval has expired, pointing at that approval", () => {
    const list = allowlist(`approvals:
  - principal: "${VENDOR}"
    reason: Trial
    approved_by: "@acme/security"
    expires: 2026-06-30
`);
    const d = decide(diffInput([trust(VENDOR)], { allowlist: list }));
    expect(d.verdict).toBe("fail");
    expect(d.reasons).toEqual([
      `1 principal with new external access not approved: arn:aws:iam::${VENDOR}:root`,
    ]);
    expect(d.principals[0]).toMatchObject({ approved: false, approval: null, blocks: true });
    expect(d.principals[0]!.expiredApproval).toMatchObject({ reason: "Trial", expires: "2026-06-30" });
    expect(d.allowlist.expired.map((a) => a.index)).toEqual([0]);
  });

  it("still counts an approval on its expiry day", () => {
    const list = allowlist(`approvals:
  - principal: "${VENDOR}"
    reason: Trial
    approved_by: "@acme/security"
    expires: ${TODAY}
`);
    expect(decide(diffInput([trust(VENDOR)], { allowlist: list })).verdict).toBe("pass");
  });

  it("reports an approval the change adds as pending, and still fails", () => {
    const head = allowlist(`approvals:
  - principal: "${VENDOR}"
    reason: Added in this pull request
    approved_by: "@acme/security"
`);
    // The allowlist in force is the base's (empty); the head's approvals are only pending.
    const d = decide(diffInput([trust(VENDOR)], { pendingAllowlist: head }));
    expect(d.verdict).toBe("fail");
    expect(d.principals[0]).toMatchObject({ approved: false, blocks: true });
    expect(d.principals[0]!.pendingApproval?.reason).toBe("Added in this pull request");
  });

  it("approves a principal only when every one of its new grants is approved", () => {
    const list = allowlist(`approvals:
  - principal: "${VENDOR}"
    reason: Reads the reports role only
    approved_by: "@acme/security"
    resources: ["aws_iam_role.reports"]
`);
    const reports = {
      ...trust(VENDOR),
      resource: {
        ...trust(VENDOR).resource,
        address: "aws_iam_role.reports",
        target: "aws_iam_role.reports",
      },
    };
    const admin = {
      ...trust(VENDOR),
      resource: {
        ...trust(VENDOR).resource,
        address: "aws_iam_role.admin",
        target: "aws_iam_role.admin",
        line: 9,
      },
    };
    const d = decide(diffInput([reports, admin], { allowlist: list }));
    expect(d.verdict).toBe("fail");
    expect(d.principals).toHaveLength(1);
    expect(d.principals[0]!.grants).toHaveLength(2);
    expect(d.principals[0]).toMatchObject({ approved: false, approval: null });
    // Per grant: the reports role is covered, the admin role is not.
    const byTarget = Object.fromEntries(
      d.grants.map((g) => [g.changed.grant.resource.target, g.approval !== null]),
    );
    expect(byTarget).toEqual({ "aws_iam_role.reports": true, "aws_iam_role.admin": false });
  });

  it("lists approvals no grant of the repository uses in an audit, and none in a diff", () => {
    const list = allowlist(`approvals:
  - principal: "${VENDOR}"
    reason: Still used
    approved_by: "@acme/security"
  - principal: "${PARTNER}"
    reason: Partner left last year
    approved_by: "@acme/security"
`);
    const audit = decide({
      mode: "audit",
      grants: presentGrants([trust(VENDOR)]),
      errors: [],
      allowlist: list,
      today: TODAY,
      failOnUnresolved: true,
    });
    expect(audit.verdict).toBe("pass");
    expect(audit.allowlist.unused.map((a) => a.reason)).toEqual(["Partner left last year"]);
    expect(decide(diffInput([trust(VENDOR)], { allowlist: list })).allowlist.unused).toEqual([]);
  });
});

describe("decide: what fails the check", () => {
  const unknown = trust("${var.partner_account}", "roles.tf", "unresolved");

  it("fails an unresolved principal by default, and passes it with failOnUnresolved false", () => {
    const strict = decide(diffInput([unknown]));
    expect(strict.verdict).toBe("fail");
    expect(strict.principals[0]).toMatchObject({
      classification: "unresolved",
      approved: false,
      blocks: true,
    });

    const lenient = decide(diffInput([unknown], { failOnUnresolved: false }));
    expect(lenient.verdict).toBe("pass");
    // Still reported, still not approved: it just does not block.
    expect(lenient.principals[0]).toMatchObject({
      classification: "unresolved",
      approved: false,
      blocks: false,
    });
    // failOnUnresolved does not let an external principal through.
    expect(decide(diffInput([unknown, trust(VENDOR)], { failOnUnresolved: false })).reasons).toEqual([
      `1 principal with new external access not approved: arn:aws:iam::${VENDOR}:root`,
    ]);
  });

  it("fails a diff on an error in a changed file, not on one in a file the change leaves alone", () => {
    const errors = [
      { file: "broken.tf", line: 4, message: "Unclosed block" },
      { file: "old.tf", message: "Unsupported syntax" },
    ];
    const d = decide(diffInput([], { errors, changedFiles: new Set(["broken.tf"]) }));
    expect(d.verdict).toBe("fail");
    expect(d.reasons).toEqual(["1 file could not be analysed: broken.tf"]);
    expect(d.errors.map((e) => [e.file, e.blocking])).toEqual([
      ["broken.tf", true],
      ["old.tf", false],
    ]);
    // Only the unchanged file's error: the diff passes.
    expect(
      decide(diffInput([], { errors: errors.slice(1), changedFiles: new Set(["broken.tf"]) })).verdict,
    ).toBe("pass");
  });

  it("fails an audit on every error (no changed files: all of them block)", () => {
    const d = decide({
      mode: "audit",
      grants: [],
      errors: [{ file: "old.tf", message: "Unsupported syntax" }],
      allowlist: EMPTY_ALLOWLIST,
      today: TODAY,
      failOnUnresolved: true,
    });
    expect(d.verdict).toBe("fail");
    expect(d.reasons).toEqual(["1 file could not be analysed: old.tf"]);
  });

  it("names the three most severe principals first, and counts the rest", () => {
    const pub: Grant = {
      ...trust("*", "bucket.tf", "public"),
      principal: { type: "AWS", id: "*", accountId: null },
    };
    const accounts = ["555555555555", "333333333333", "222222222222", "111111111111"];
    const d = decide(diffInput([...accounts.map((a) => trust(a)), pub]));
    expect(d.reasons).toEqual([
      "5 principals with new external access not approved: *, arn:aws:iam::111111111111:root, arn:aws:iam::222222222222:root and 2 more",
    ]);
  });

  it("ignores removed and internal grants: no principal, nothing to approve", () => {
    const own = trust("111111111111", "roles.tf", "internal");
    const d = decide(diffInput([own], {}, []));
    expect(d.principals).toEqual([]);
    const removed = decide({ ...diffInput([]), grants: diffGrants([trust(VENDOR)], []) });
    expect(removed.verdict).toBe("pass");
    expect(removed.grants[0]).toMatchObject({ changed: { change: "removed" } });
    expect(removed.grants[0]!.approval).toBeUndefined();
  });

  it("with failOnEmpty, a check that read nothing fails with the coverage warning", () => {
    const warnings = ['include pattern "infra/**" matches no file'];
    expect(decide(diffInput([], { coverage: { warnings } })).verdict).toBe("pass");
    const d = decide(diffInput([], { coverage: { warnings }, failOnEmpty: true }));
    expect(d.verdict).toBe("fail");
    expect(d.reasons).toEqual(warnings);
  });
});
