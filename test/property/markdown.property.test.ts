/**
 * The PR comment (renderMarkdown) on reports whose every string came from a hostile repository:
 * principal ids, labels, addresses, files, types, actions, conditions, approvals, warnings, errors
 * and notes carrying Markdown, HTML, @mentions, links, line breaks and bidirectional controls.
 * Whatever the strings and whatever the character budget (cuts included), the comment is inert
 * (test/hostile/markdown.ts) and within the budget.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/report/markdown.js";
import type { ApprovalRef, Report, ReportGrant, ReportPrincipal } from "../../src/report/types.js";
import { inertProblems } from "../hostile/markdown.js";
import { check, runs } from "./helpers.js";

const fragment = fc.constantFrom(
  "<img src=x onerror=alert(1)>",
  "<script>",
  "</details>",
  "<!--",
  "-->",
  "`",
  "``",
  "```",
  "~~~",
  "|",
  "\\|",
  "\\",
  "\n",
  "\r\n",
  "\n## ✅ approved\n",
  "\n- [x] approved",
  "@acme/security",
  "&#64;acme",
  "@\u200bok",
  "#1",
  "user@example.com",
  "https://evil.example",
  "http:evil",
  "www.evil.example",
  "[a](https://evil.example)",
  "![i](https://evil.example/i.png)",
  "**bold**",
  "_it_",
  "\u202e",
  "\u2066",
  "\u200f",
  "\u2028",
  "\u0000",
  "\u001b[31m",
  "✅ approved by @acme/security",
  "❌",
  "&amp;",
  "&lt;b&gt;",
  ":",
  "/",
  "arn:aws:iam::999988887777:role/",
  " ",
  "x".repeat(150),
);
const hostile = fc
  .array(
    fc.oneof({ weight: 3, arbitrary: fragment }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((p) => p.join(""));

const classification = fc.constantFrom(
  "external",
  "public",
  "unresolved",
  "federated",
  "service",
  "internal",
);

const approval: fc.Arbitrary<ApprovalRef> = fc.record(
  {
    index: fc.nat({ max: 50 }),
    line: fc.nat({ max: 500 }),
    principal: hostile,
    reason: hostile,
    approved_by: hostile,
    ticket: hostile,
    expires: fc.constantFrom("2020-01-01", "2099-12-31"),
    resources: fc.array(hostile, { maxLength: 2 }),
    actions: fc.array(hostile, { maxLength: 2 }),
  },
  { requiredKeys: ["index", "line", "principal", "reason", "approved_by"] },
);

const grant = (id: string): fc.Arbitrary<ReportGrant> =>
  fc
    .record(
      {
        change: fc.constantFrom("added", "removed", "unchanged", "present"),
        principal: fc.record({
          type: fc.constantFrom("AWS", "Public"),
          id: hostile,
          accountId: fc.constant(null),
        }),
        classification,
        resource: fc.record(
          {
            source: fc.constantFrom("terraform", "cloudformation"),
            file: hostile,
            line: fc.nat({ max: 999 }),
            address: hostile,
            type: hostile,
            target: hostile,
            unit: hostile,
            stack: hostile,
            constructPath: hostile,
          },
          { requiredKeys: ["source", "file", "line", "address", "type", "unit"] },
        ),
        actions: fc.array(hostile, { maxLength: 10 }),
        notActions: fc.array(hostile, { maxLength: 2 }),
        conditions: fc.dictionary(
          hostile,
          fc.dictionary(hostile, fc.oneof(hostile, fc.array(hostile)), { maxKeys: 2 }),
          {
            maxKeys: 2,
          },
        ),
        via: hostile,
        conditional: hostile,
        mechanism: fc.constant("resource-policy"),
      },
      {
        requiredKeys: [
          "change",
          "principal",
          "classification",
          "resource",
          "actions",
          "conditions",
          "mechanism",
        ],
      },
    )
    .map((g) => ({ id, ...g }) as unknown as ReportGrant);

const report: fc.Arbitrary<Report> = fc
  .record({
    mode: fc.constantFrom("diff", "audit"),
    grantCount: fc.integer({ min: 0, max: 8 }),
    principals: fc.array(
      fc.record(
        {
          id: hostile,
          classification,
          label: hostile,
          approved: fc.boolean(),
          approval: fc.option(approval, { nil: null }),
          pendingApproval: approval,
          expiredApproval: approval,
        },
        { requiredKeys: ["id", "classification", "approved", "approval"] },
      ),
      { maxLength: 6 },
    ),
    reasons: fc.array(hostile, { maxLength: 3 }),
    expired: fc.array(approval, { maxLength: 4 }),
    unused: fc.array(approval, { maxLength: 4 }),
    warnings: fc.array(hostile, { maxLength: 3 }),
    errors: fc.array(
      fc.record({
        file: hostile,
        line: fc.option(fc.nat({ max: 99 }), { nil: undefined }),
        message: hostile,
        blocking: fc.boolean(),
      }),
      { maxLength: 4 },
    ),
    notes: fc.array(hostile, { maxLength: 3 }),
    file: fc.option(hostile, { nil: null }),
  })
  .chain((r) =>
    fc.tuple(fc.constant(r), fc.tuple(...Array.from({ length: r.grantCount }, (_, i) => grant(`g${i + 1}`)))),
  )
  .map(([r, grants]): Report => {
    const ids = grants.map((g) => g.id);
    const principals: ReportPrincipal[] = r.principals.map((p, i) => ({
      type: "AWS",
      accountId: null,
      grants: ids.filter((_, j) => j % Math.max(1, r.principals.length) === i),
      ...p,
    })) as ReportPrincipal[];
    const reasons = [
      ...r.reasons,
      ...(principals.length > 0
        ? [`1 principal with new external access not approved: ${principals[0]!.id}`]
        : []),
    ];
    return {
      schemaVersion: 1,
      mode: r.mode as Report["mode"],
      verdict: reasons.length > 0 ? "fail" : "pass",
      reasons,
      summary: {
        newAccess: principals.length,
        unapproved: 0,
        unresolved: 0,
        removed: 0,
        grants: grants.length,
      },
      principals,
      grants,
      allowlist: { file: r.file, expired: r.expired, unused: r.unused, warnings: r.warnings },
      errors: r.errors.map((e) =>
        e.line === undefined ? { file: e.file, message: e.message, blocking: e.blocking } : e,
      ),
      notes: r.notes,
    };
  });

/** The renderer's own links: [`file:line`](<linkBase><encoded path>#L<n>). */
const OWN_LINK = /\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/[^()\s<>]*#L\d+\)/g;

describe("the PR comment renders repository text inert", () => {
  it("every string hostile, with and without links, any budget", () => {
    check(
      "comment renderer, hostile reports",
      fc.property(
        report,
        fc.boolean(),
        fc.constantFrom(65_536, 4_000, 1_500, 700),
        (r, withLinks, maxChars) => {
          const md = renderMarkdown(r, {
            maxChars,
            ...(withLinks ? { linkBase: "https://github.com/o/r/blob/abc/" } : {}),
          });
          expect(md.length).toBeLessThanOrEqual(maxChars);
          expect(inertProblems(md, { allowedLink: OWN_LINK }), md).toEqual([]);
        },
      ),
      runs(2000),
    );
  });
});
