import { createHash } from "node:crypto";
import { code, md } from "../report/escape.js";
import type { Report, ReportGrant, ReportPrincipal } from "../report/types.js";

/** Hidden, versioned marker in each inline comment; the fingerprint keeps re-runs from repeating it. */
export const INLINE_MARKER_PREFIX = "<!-- cross-account-guard:inline:v1:";
const INLINE_MARKER = /<!-- cross-account-guard:inline:v1:([0-9a-f]{16}) -->/g;

/** GitHub takes many comments in one review, but a wall of them helps nobody. */
export const MAX_INLINE_COMMENTS = 30;

export interface InlineComment {
  path: string;
  line: number;
  body: string;
  fingerprint: string;
  principal: string;
}

/** A principal's location that gets no inline comment, and why: the sticky comment lists it. */
export interface NotInline {
  principal: string;
  file: string;
  line: number;
  why: string;
}

export interface InlinePlan {
  comments: InlineComment[];
  notInline: NotInline[];
}

/**
 * One comment per unapproved principal and head line it is granted on, for lines the diff adds
 * (GitHub refuses the whole review when one comment sits elsewhere). The fingerprint is the
 * principal, the file and the text of the line, so a push that only shifts lines repeats nothing.
 */
export function planInlineComments(
  report: Report,
  added: (file: string) => ReadonlySet<number>,
  lineText: (file: string, line: number) => string | undefined,
): InlinePlan {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const spots = new Map<string, { p: ReportPrincipal; file: string; line: number; grants: ReportGrant[] }>();
  for (const p of report.principals) {
    if (p.approved) continue;
    for (const id of p.grants) {
      const g = byId.get(id);
      if (g?.change !== "added") continue;
      const key = JSON.stringify([p.id, g.resource.file, g.resource.line]);
      const spot = spots.get(key) ?? { p, file: g.resource.file, line: g.resource.line, grants: [] };
      spot.grants.push(g);
      spots.set(key, spot);
    }
  }
  const comments: InlineComment[] = [];
  const notInline: NotInline[] = [];
  const seen = new Set<string>();
  for (const { p, file, line, grants } of spots.values()) {
    if (line < 1 || !added(file).has(line)) {
      notInline.push({ principal: p.id, file, line, why: "not a line this pull request adds" });
      continue;
    }
    const fingerprint = fingerprintOf(p.id, file, lineText(file, line) ?? String(line));
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    if (comments.length >= MAX_INLINE_COMMENTS) {
      notInline.push({
        principal: p.id,
        file,
        line,
        why: `more than ${MAX_INLINE_COMMENTS} inline comments`,
      });
      continue;
    }
    comments.push({
      path: file,
      line,
      fingerprint,
      principal: p.id,
      body: inlineBody(p, grants, fingerprint),
    });
  }
  return { comments, notInline };
}

export function fingerprintOf(principal: string, file: string, text: string): string {
  return createHash("sha256")
    .update(JSON.stringify([principal, file, text.trim()]))
    .digest("hex")
    .slice(0, 16);
}

export function fingerprintsIn(body: string): string[] {
  return [...body.matchAll(INLINE_MARKER)].map((m) => m[1]!);
}

const CLASS: Record<string, string> = {
  public: "🌐 public access",
  unresolved: "❓ an unresolved principal",
  federated: "🪪 federated access",
  external: "🏢 external access",
};

function inlineBody(p: ReportPrincipal, grants: ReportGrant[], fingerprint: string): string {
  const who = `${code(p.id, 200)}${p.label ? ` (${md(p.label, 120)})` : ""}`;
  const resources = [
    ...new Set(grants.map((g) => code(g.resource.constructPath ?? g.resource.address, 160))),
  ].join(", ");
  const actions = [...new Set(grants.flatMap((g) => g.actions))].slice(0, 8).map((a) => code(a, 80));
  const state = p.pendingApproval
    ? "⏳ Its approval is added by this pull request and counts once an approver approves the pull request."
    : "❌ Not approved: add an allowlist entry (the summary comment has one ready to paste) or remove the grant.";
  return [
    `${INLINE_MARKER_PREFIX}${fingerprint} -->`,
    `**Cross-Account Guard**: new ${CLASS[p.classification] ?? md(p.classification)} for ${who}`,
    "",
    `on ${resources}${actions.length > 0 ? ` (${actions.join(", ")})` : ""}.`,
    "",
    state,
  ].join("\n");
}

/** The sticky comment's list of principals that have no inline comment. */
export function notInlineSection(items: NotInline[]): string {
  if (items.length === 0) return "";
  const lines = [`<details><summary>Not commented inline (${items.length})</summary>`, ""];
  for (const i of items.slice(0, 50)) {
    lines.push(`- ${code(i.principal, 200)} — ${code(`${i.file}:${i.line}`, 200)}: ${md(i.why)}`);
  }
  if (items.length > 50) lines.push(`- … and ${items.length - 50} more.`);
  lines.push("", "</details>", "", "");
  return lines.join("\n");
}
