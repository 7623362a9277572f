/**
 * The inertness check itself, and the comment defects issue 8 found and fixed in src/report:
 * `&#64;` does not stop a GitHub mention (github/cmark-gfm#181), a cut in the middle of a code span
 * let the rest of a line be read as Markdown and HTML, a ")" in a file name ended the link early,
 * bidirectional controls reordered principals on screen, ids in the verdict reasons were plain text.
 */
import { describe, expect, it } from "vitest";
import { code, md, term, yamlString } from "../../src/report/escape.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import type { ApprovalRef, Report } from "../../src/report/types.js";
import { inertProblems } from "./markdown.js";

const HEAD =
  "<!-- cross-account-guard:sticky-comment:v1 -->\n## ❌ Cross-Account Guard: files could not be analysed\n";

function report(extra: Partial<Report> = {}): Report {
  return {
    schemaVersion: 1,
    mode: "audit",
    verdict: "fail",
    reasons: [],
    summary: { newAccess: 0, unapproved: 0, unresolved: 0, removed: 0, grants: 0 },
    principals: [],
    grants: [],
    allowlist: { file: ".github/cross-account-allowlist.yml", expired: [], unused: [], warnings: [] },
    errors: [],
    notes: [],
    ...extra,
  };
}

describe("the inertness check finds what GitHub would act on", () => {
  const bad: [string, string][] = [
    ["- <img src=x onerror=alert(1)>", "raw"],
    ["- ping &#64;acme/security", "mention"],
    ["- ping @acme/security", "mention"],
    ["- mail user&#64;example.com", "e-mail"],
    ["- see #12", "issue reference"],
    ["- go https&#58;//evil.example", "autolink"],
    ["- go www.evil.example", "autolink"],
    ["- [click](x)", "link"],
    ["- ![i](x)", "link or image"],
    ["- `open span <img>", "unbalanced"],
    ["## ✅ Cross-Account Guard: approved", "level-2"],
    ["### injected heading", "heading"],
    ["injected paragraph", "does not start"],
    ["| a | b |\n| --- | --- |\n| `x|y` | z |", "cell delimiters"],
    ["- text \u202e reversed", "bidirectional"],
  ];
  for (const [snippet, what] of bad) {
    it(`flags ${JSON.stringify(snippet.slice(0, 40))}`, () => {
      expect(inertProblems(HEAD + snippet).join("\n")).toMatch(new RegExp(what));
    });
  }

  it("accepts what the renderer writes", () => {
    const table = `| Resource | Where |\n| --- | --- |\n| ${code("a|b`<img>")}<br><sub>${md("x@y")}</sub> | ${code("f.tf:1")} |`;
    expect(
      inertProblems(`${HEAD}\n${table}\n\n- ${md("@acme/security #1 https://x www.y [a](b) <c>")}`),
    ).toEqual([]);
  });
});

describe("escaping", () => {
  it("breaks mentions, references and autolinks with a zero-width space, not with an entity alone", () => {
    expect(md("@acme/security")).toBe("&#64;&#8203;acme/security");
    expect(md("#12")).toBe("&#35;&#8203;12");
    expect(md("https://evil.example")).toBe("https:&#8203;//evil.example");
    expect(md("www.evil.example")).toBe("www&#8203;.evil.example");
  });

  it("removes bidirectional controls from Markdown and terminal text, and escapes them in YAML", () => {
    const text = "role/\u202eevorppa\u202c\u2066x\u2069";
    expect(md(text)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(code(text)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(term(text)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(yamlString(text)).toBe('"role/\\u202eevorppa\\u202c\\u2066x\\u2069"');
    expect(JSON.parse(yamlString(text))).toBe(text);
  });
});

describe("the comment", () => {
  it("never cuts a line: thousands of hostile allowlist entries leave it inert and within budget", () => {
    const hostile = (i: number): ApprovalRef => ({
      index: i,
      line: i * 3 + 1,
      principal: `arn:aws:iam::123456789012:role/x${i} <img src=x onerror=alert(${i})> @acme/security [a](https://e.vil)`,
      reason: "r",
      approved_by: "me",
    });
    for (const max of [65_536, 20_000, 3_333]) {
      const body = renderMarkdown(
        report({
          allowlist: {
            file: "a.yml",
            expired: [],
            unused: Array.from({ length: 3000 }, (_, i) => hostile(i)),
            warnings: Array.from({ length: 500 }, (_, i) => `warning ${i} <b>@acme/security</b>`),
          },
          notes: Array.from({ length: 500 }, (_, i) => `note ${i} [x](https://e.vil)`),
        }),
        { maxChars: max },
      );
      expect(body.length).toBeLessThanOrEqual(max);
      expect(inertProblems(body)).toEqual([]);
      if (max === 65_536) expect(body).toContain("more (see the JSON report)");
    }
  });

  it("keeps a file:line link whole when the file name has parentheses", () => {
    const body = renderMarkdown(
      report({
        mode: "diff",
        reasons: ["1 principal with new external access not approved: arn:aws:iam::999988887777:root"],
        principals: [
          {
            type: "AWS",
            id: "arn:aws:iam::999988887777:root",
            accountId: "999988887777",
            classification: "external",
            approved: false,
            approval: null,
            grants: ["g1"],
          },
        ],
        grants: [
          {
            id: "g1",
            change: "added",
            principal: { type: "AWS", id: "arn:aws:iam::999988887777:root", accountId: "999988887777" },
            classification: "external",
            mechanism: "trust-policy",
            resource: {
              source: "terraform",
              file: "infra/a)[x](https:evil.example/(b).tf",
              line: 3,
              address: "aws_iam_role.r",
              type: "aws_iam_role",
              unit: "infra",
            },
            actions: ["sts:AssumeRole"],
            conditions: {},
          },
        ],
      }),
      { linkBase: "https://github.com/o/r/blob/abc/" },
    );
    expect(body).toContain(
      "(https://github.com/o/r/blob/abc/infra/a%29%5Bx%5D%28https%3Aevil.example/%28b%29.tf#L3)",
    );
    expect(
      inertProblems(body, { allowedLink: /\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/[^()\s]*#L\d+\)/g }),
    ).toEqual([]);
    // The verdict's reason shows the principal as code, not as text of the comment's own.
    expect(body).toContain("not approved: `arn:aws:iam::999988887777:root`");
  });
});
