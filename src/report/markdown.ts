import { conditionPhrase } from "../model/variants.js";
import { accessPhrase, roleAccessPhrase } from "./access.js";
import { coverageSummary, SKIP_LABEL } from "./coverage.js";
import { bound, code, codeSpan, md } from "./escape.js";
import { principalWords } from "./principal-words.js";
import { suggestedEntry, suggestedEntryYaml } from "./suggest.js";
import type { Report, ReportGrant, ReportPrincipal } from "./types.js";

/** Hidden marker that finds the sticky comment again; versioned so a new layout can replace an old one. */
export const COMMENT_MARKER = "<!-- cross-account-guard:sticky-comment:v1 -->";

/** GitHub refuses comments longer than this. */
export const MAX_COMMENT_CHARS = 65_536;

export interface MarkdownOptions {
  /** Link prefix for file:line, e.g. https://github.com/o/r/blob/<head-sha>/ */
  linkBase?: string;
  /** Character budget (GitHub's comment limit by default). */
  maxChars?: number;
  /** The commit the comment describes (the head of a pull request). */
  commit?: string;
  /** How an approval comes to count (the action's allowlist-ref and approvers); none for the CLI. */
  approval?: ApprovalRule;
  /** Path prefixes of files that are not committed (a cdk-out the workflow synthesized): no links. */
  notCommitted?: readonly string[];
}

/** Who may approve (design.md "Who may approve"), as the action is configured. */
export interface ApprovalRule {
  /** The allowlist file. */
  file: string;
  ref: "base" | "head";
  /** Users and org/team slugs whose approval of the head commit makes the PR's approvals count. */
  approvers: readonly string[];
}

export const DEFAULT_ALLOWLIST_FILE = ".github/cross-account-allowlist.yml";

const CLASS_ICON: Record<string, string> = {
  public: "🌐",
  unresolved: "❓",
  federated: "🪪",
  external: "🏢",
  service: "⚙️",
  internal: "🏠",
};

/** The sticky PR comment; the job summary and `--format markdown` print exactly this. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? MAX_COMMENT_CHARS;
  const head: string[] = [COMMENT_MARKER, headline(report), ""];
  if (options.commit) head.push(`<sub>Commit ${code(options.commit.slice(0, 7))}</sub>`, "");
  const names = [...report.principals.map((p) => p.id), ...report.errors.map((e) => e.file)];
  for (const reason of report.reasons) head.push(`- ${reasonLine(bound(reason, 600), names)}`);
  if (report.reasons.length > 0) head.push("");
  // Said once at the top; not when every principal left is pending (its own line says how it counts).
  if (report.principals.some((p) => !p.approved && !p.pendingApproval))
    head.push(howToApprove(report, options), "");
  // A check that read nothing must not look green: said at the top, whatever the verdict.
  const coverageWarnings = (report.coverage?.warnings ?? []).filter((w) => !report.reasons.includes(w));
  for (const w of coverageWarnings) head.push(`> [!WARNING]`, `> ${md(w, 600)}`, "");

  const tail: string[] = [];
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const removed = report.grants.filter(
    (g) => g.change === "removed" && g.classification !== "internal" && g.classification !== "service",
  );
  if (removed.length > 0) {
    tail.push(`<details><summary>Removed access (${removed.length})</summary>`, "");
    for (const g of removed.slice(0, 50)) {
      tail.push(
        `- ${codeSpan(g.principal.id, 200)} on ${resourceName(g)} · ${whereLink(g, undefined, options)} · ${actionsText(g)}`,
      );
    }
    if (removed.length > 50) tail.push("", `… and ${removed.length - 50} more.`);
    tail.push("", "</details>", "");
  }
  const { expired, unused, warnings } = report.allowlist;
  if (expired.length + unused.length + warnings.length > 0) {
    tail.push("<details><summary>Allowlist</summary>", "");
    tail.push(
      ...capped(expired, (a) => `- Expired on ${md(a.expires ?? "")}: ${code(a.principal)} (line ${a.line})`),
      ...capped(unused, (a) => `- Matches nothing: ${code(a.principal)} (line ${a.line})`),
      ...capped(warnings, (w) => `- ${md(w)}`),
    );
    tail.push("", "</details>", "");
  }
  if (report.errors.length > 0) {
    tail.push(`### Files that could not be analysed (${report.errors.length})`, "");
    for (const e of report.errors.slice(0, 30)) {
      const where = code(`${e.file}${e.line ? `:${e.line}` : ""}`);
      tail.push(`- ${e.blocking ? "❌" : "⚠️"} ${where} — ${md(e.message, 500)}`);
    }
    if (report.errors.length > 30) tail.push(`- … and ${report.errors.length - 30} more (see the job log).`);
    tail.push("");
  }
  if (report.notes.length > 0) {
    for (const n of report.notes.slice(0, MAX_LIST)) tail.push(`> ${md(n, 500)}`);
    if (report.notes.length > MAX_LIST)
      tail.push(`> … and ${report.notes.length - MAX_LIST} more notes (see the JSON report).`);
    tail.push("");
  }
  if (report.coverage && report.coverage.skipped.length > 0) {
    const skipped = report.coverage.skipped;
    const total = skipped.reduce((n, s) => n + s.count, 0);
    tail.push(`<details><summary>Not read (${total})</summary>`, "");
    for (const s of skipped) {
      tail.push(`- ${md(SKIP_LABEL[s.reason])} (${s.count})`);
      for (const item of s.items.slice(0, 10)) tail.push(`  - ${code(item, 200)}`);
      if (s.count > Math.min(10, s.items.length))
        tail.push(`  - … and ${s.count - Math.min(10, s.items.length)} more (see the JSON report).`);
    }
    tail.push("", "</details>", "");
  }
  tail.push(footer(report));

  const sections = report.principals.map((p) => principalSection(p, byId, options));
  const fixed = head.join("\n").length + tail.join("\n").length + 200;
  const body: string[] = [];
  let used = fixed;
  let shown = 0;
  for (const s of sections) {
    if (used + s.length > maxChars) break;
    body.push(s);
    used += s.length;
    shown++;
  }
  if (shown < sections.length) {
    body.push(
      `> ${sections.length - shown} more principal(s) did not fit in this comment: see the job summary or the JSON report.\n`,
    );
  }
  return fitLines([...head, ...body, ...tail].join("\n"), maxChars);
}

/**
 * The comment and summary when the allowlist cannot be read: nothing was decided, each error
 * with its file and line, and the commit it was read at.
 */
export function renderAllowlistInvalid(
  title: string,
  errors: readonly { file: string; line?: number; message: string }[],
  options: MarkdownOptions = {},
): string {
  const lines = [COMMENT_MARKER, `## ❌ Cross-Account Guard: ${md(title, 120)}`, ""];
  if (options.commit) lines.push(`<sub>Commit ${code(options.commit.slice(0, 7))}</sub>`, "");
  lines.push(
    "Nothing was checked against it: the allowlist decides what is approved, so the check fails until it is fixed. Fix these and push again:",
    "",
  );
  for (const e of errors.slice(0, MAX_LIST)) {
    lines.push(`- ${codeSpan(`${e.file}${e.line ? `:${e.line}` : ""}`, 200)} — ${md(e.message, 600)}`);
  }
  if (errors.length > MAX_LIST) lines.push(`- … and ${errors.length - MAX_LIST} more (see the job log).`);
  lines.push("", "<sub>The allowlist's format: see the README, section “The allowlist”.</sub>");
  return fitLines(lines.join("\n"), options.maxChars ?? MAX_COMMENT_CHARS);
}

/**
 * A verdict reason with the principal ids and file names it names as code spans: text from the
 * repository (a principal that reads "✅ approved by @security") never passes for the comment's own.
 */
function reasonLine(reason: string, names: readonly string[]): string {
  const wanted = [...new Set(names.filter((n) => n.trim() !== ""))].sort((a, b) => b.length - a.length);
  let out = "";
  let plain = "";
  let i = 0;
  while (i < reason.length) {
    const name = wanted.find((n) => reason.startsWith(n, i));
    if (name === undefined) {
      plain += reason[i];
      i++;
      continue;
    }
    out += `${md(plain, 600)}${code(name, 200)}`;
    plain = "";
    i += name.length;
  }
  return out + md(plain, 600);
}

/** Entries of a list in the comment; the rest is in the JSON report. */
const MAX_LIST = 30;

function capped<T>(items: readonly T[], line: (item: T) => string): string[] {
  const out = items.slice(0, MAX_LIST).map(line);
  if (items.length > MAX_LIST) out.push(`- … and ${items.length - MAX_LIST} more (see the JSON report).`);
  return out;
}

/**
 * Within the budget without cutting a line: a line cut in the middle could leave a code span
 * open, and the text after its backtick would then be read as Markdown and HTML. A fenced block
 * left open by the cut is closed.
 */
function fitLines(text: string, max: number): string {
  if (text.length <= max) return text;
  const notice =
    "\n\n> The rest of the report did not fit in this comment: see the job summary or the JSON report.";
  let kept = text.slice(0, Math.max(0, text.lastIndexOf("\n", max - notice.length - 5)));
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += "\n```";
  return bound(`${kept}${notice}`, max);
}

function headline(report: Report): string {
  const s = report.summary;
  const scope = report.mode === "diff" ? "new external access" : "external access";
  if (report.verdict === "pass") {
    const text =
      s.newAccess === 0
        ? `no ${scope}`
        : `${s.newAccess} principal${plural(s.newAccess)} with ${scope}, all approved`;
    // A check that read less than it was configured to read must not look green.
    const warnings = report.coverage?.warnings.length ?? 0;
    if (warnings > 0) return `## ⚠️ Cross-Account Guard: ${text}, ${warnings} warning${plural(warnings)}`;
    return `## ✅ Cross-Account Guard: ${text}`;
  }
  if (
    s.newAccess === 0 &&
    report.errors.every((e) => !e.blocking) &&
    (report.coverage?.warnings.length ?? 0) > 0
  )
    return `## ❌ Cross-Account Guard: nothing was checked`;
  if (s.newAccess === 0) return `## ❌ Cross-Account Guard: files could not be analysed`;
  return `## ❌ Cross-Account Guard: ${s.newAccess} principal${plural(s.newAccess)} with ${scope}, ${s.unapproved} not approved`;
}

/**
 * One principal: a heading in words, why it is gated and its state, then one list item per
 * grant (resource, file, actions, conditions on lines of their own, so that nothing scrolls off
 * GitHub's comment width), and the allowlist entry that would approve it.
 */
function principalSection(
  p: ReportPrincipal,
  byId: Map<string, ReportGrant>,
  options: MarkdownOptions,
): string {
  const grants = p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
  const words = principalWords(p, grants);
  const lines: string[] = [];
  lines.push(
    `### ${CLASS_ICON[p.classification] ?? ""} ${md(words.heading, 240)}`.replace("###  ", "### "),
    "",
  );
  const why = !p.approved && !p.pendingApproval ? `: ${ourTerms(md(words.why, 300))}.` : "";
  lines.push(`${stateLine(p, options)}${why}`, "");
  if (!p.approved && words.hint) lines.push(`To resolve it: ${ourTerms(md(words.hint, 600))}.`, "");
  lines.push(`<sub>Principal ${codeSpan(p.id, 200)} · ${md(p.classification)}</sub>`, "");
  for (const g of grants.slice(0, 25)) lines.push(...grantItem(g, options));
  if (grants.length > 25) lines.push(`- … and ${grants.length - 25} more grants (see the JSON report).`);
  lines.push("");
  if (!p.approved && !p.pendingApproval) {
    lines.push("<details><summary>Allowlist entry to approve it</summary>", "", "```yaml");
    lines.push(...allowlistEntry(p, grants), "```", "", "</details>", "");
  }
  return lines.join("\n");
}

/** The allowlist keys and files our own sentences name, as code (escaped text stays escaped). */
function ourTerms(text: string): string {
  return text.replace(
    /(?<![\w.-])(trusted\.[a-z-]+|terraform\.tfvars|--cfn-parameters|--plan|terraform-plan)(?![\w-])/g,
    "`$1`",
  );
}

function stateLine(p: ReportPrincipal, options: MarkdownOptions): string {
  if (p.approved) {
    const a = p.approval;
    return `✅ **Approved** by ${md(a?.approved_by ?? "")}${a ? ` (allowlist line ${a.line})` : ""}`;
  }
  if (p.pendingApproval) {
    const rule = options.approval;
    const counts =
      rule === undefined
        ? "it counts once an approver approves the pull request at its head commit, or once it is merged"
        : rule.approvers.length > 0
          ? `it counts once one of the approvers (${rule.approvers.map((a) => md(a, 80)).join(", ")}) approves the pull request at its head commit`
          : "no `approvers` are configured, so it counts only once the allowlist change is merged: merge it first in a pull request of its own, or configure the action's `approvers` input";
    return `⏳ **Pending**: this pull request adds its approval (allowlist line ${p.pendingApproval.line}); ${counts}.`;
  }
  if (p.expiredApproval)
    return `❌ **Not approved**: its approval (allowlist line ${p.expiredApproval.line}) expired on ${md(p.expiredApproval.expires ?? "")}`;
  return "❌ **Not approved**";
}

/** The sentence that says where an approval goes and when it counts. */
function howToApprove(report: Report, options: MarkdownOptions): string {
  const rule = options.approval;
  const file = codeSpan(rule?.file ?? report.allowlist.file ?? DEFAULT_ALLOWLIST_FILE, 200);
  const add = `**To approve**: add the entry shown under a principal to \`approvals:\` in ${file}, with the reason and who approved it`;
  // An audit has no pull request: an approval counts once it is on the audited branch.
  if (!rule || report.mode === "audit") return `${add}.`;
  if (rule.ref === "head")
    return `${add}; with \`allowlist-ref: head\` it counts as soon as this pull request holds it (the file's CODEOWNERS decide who must review).`;
  if (rule.approvers.length > 0)
    return `${add}; one added in this pull request counts once an approver (${rule.approvers.map((a) => md(a, 80)).join(", ")}) approves the pull request at its head commit.`;
  return `${add}. No \`approvers\` are configured, so one added in this pull request counts only once merged: merge the allowlist change first, or configure the action's \`approvers\` input.`;
}

/** A grant as a list item: what, where, then actions and conditions on lines of their own. */
function grantItem(g: ReportGrant, options: MarkdownOptions): string[] {
  const r = g.resource;
  const stack = r.stack ? ` (stack ${codeSpan(r.stack, 80)})` : "";
  const out = [
    `- ${resourceName(g)}${stack} · ${md(r.type, 80)} · ${whereLink(g, options.linkBase, options)}`,
  ];
  const access = accessText(g);
  if (access) out.push(`  - Access: ${access}`);
  out.push(`  - Actions: ${actionsText(g)}`);
  out.push(...roleLines(g));
  const conditions = conditionTexts(g);
  if (conditions.length > 0) out.push(`  - Conditions: ${conditions.join(", ")}`);
  const phrase = g.conditional ? conditionPhrase(g.conditional) : undefined;
  if (phrase) out.push(`  - ${md(phrase.lead, 80)} ${codeSpan(phrase.text, 160)}`);
  out.push(...changeLines(g));
  return out;
}

function allowlistEntry(p: ReportPrincipal, grants: ReportGrant[]): string[] {
  return suggestedEntryYaml(suggestedEntry(p, grants));
}

/** The resource by its construct path (CDK) or address, with the resource it protects. */
function resourceName(g: ReportGrant): string {
  const r = g.resource;
  const name = `**${codeSpan(r.constructPath ?? r.address, 160)}**`;
  const id = r.constructPath ? ` (logical id ${codeSpan(r.address, 80)})` : "";
  const target = r.target && r.target !== r.address ? ` → ${codeSpan(r.target, 160)}` : "";
  return `${name}${id}${target}`;
}

/** file:line, linked to the commit unless the file is not committed (a synthesized cdk-out). */
function whereLink(g: ReportGrant, linkBase: string | undefined, options: MarkdownOptions): string {
  const r = g.resource;
  const text = codeSpan(`${r.file}:${r.line}`, 200);
  if (isNotCommitted(r.file, options)) return `${text} (synthesized, not committed)`;
  if (!linkBase) return text;
  const href = `${linkBase}${r.file.split("/").map(encodePathSegment).join("/")}#L${r.line}`;
  return `[${text}](${href})`;
}

export function isNotCommitted(file: string, options: { notCommitted?: readonly string[] }): boolean {
  return (options.notCommitted ?? []).some((prefix) => {
    const p = prefix.replace(/\/+$/, "");
    return p !== "" && (file === p || file.startsWith(`${p}/`));
  });
}

/** encodeURIComponent leaves ( ) ! * ' ~ alone; a ")" would end the Markdown link destination early. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*~]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

function actionsText(g: ReportGrant): string {
  const list = g.notActions?.length ? g.notActions : g.actions;
  const shown = list.slice(0, 12).map((a) => codeSpan(a, 80));
  const more = list.length > 12 ? ` and ${list.length - 12} more` : "";
  const via = g.via ? ` via ${codeSpan(g.via, 80)}` : "";
  return `${g.notActions?.length ? "all except " : ""}${shown.join(", ")}${more}${via}`;
}

/** Levels first ("Permissions management, Write — 212 actions"); ⚠️ for Permissions management. */
function accessText(g: ReportGrant): string | undefined {
  if (!g.accessLevels) return undefined;
  const mark = g.permissionsManagement && !g.roleAccess ? "⚠️ " : "";
  return `${mark}**${md(accessPhrase(g.accessLevels, g.actionCount))}**`;
}

/** A trust grant: what the role lets the principal do, and what it could before a widening. */
function roleLines(g: ReportGrant): string[] {
  const role = g.roleAccess;
  if (!role) return [];
  const mark = role.levels["Permissions management"] ? "⚠️ " : "";
  const actions = role.actions.slice(0, 20).map((a) => codeSpan(a, 80));
  const more = role.actions.length > 20 ? ` and ${role.actions.length - 20} more` : "";
  const out = [`  - Then, as the role: ${mark}**${md(roleAccessPhrase(role), 300)}**`];
  // A list item, not a <details> fold: GitHub renders no Markdown (code spans) inside an HTML line.
  if (actions.length > 0) out.push(`  - Role actions: ${actions.join(", ")}${more}`);
  if (g.roleWidenedFrom)
    out.push(
      `  - Widened by this change; before, it could: ${md(accessPhrase(g.roleWidenedFrom.levels, g.roleWidenedFrom.actionCount))}`,
    );
  return out;
}

/** Why an added grant whose identity the base already had is new: weakened conditions, changed inputs. */
function changeLines(g: ReportGrant): string[] {
  const out: string[] = [];
  if (g.widened?.length)
    out.push(
      `  - **Weakened**: ${g.widened
        .slice(0, 4)
        .map((w) => codeSpan(w, 200))
        .join(", ")}`,
    );
  if (g.inputsChanged?.length)
    out.push(
      `  - **Inputs changed**: ${g.inputsChanged
        .slice(0, 6)
        .map((f) => codeSpan(f, 160))
        .join(", ")}`,
    );
  return out;
}

function conditionTexts(g: ReportGrant): string[] {
  const parts: string[] = [];
  for (const [op, block] of Object.entries(g.conditions)) {
    for (const [key, value] of Object.entries(block ?? {})) {
      parts.push(codeSpan(`${op} ${key} = ${JSON.stringify(value) ?? ""}`, 200));
    }
  }
  return parts.length > 6 ? [...parts.slice(0, 6), `and ${parts.length - 6} more`] : parts;
}

function footer(report: Report): string {
  const s = report.summary;
  const read = report.coverage ? `read: ${md(coverageSummary(report.coverage))} · ` : "";
  return `<sub>${read}${s.grants} grant${plural(s.grants)} analysed · ${s.removed} gated grant${plural(s.removed)} removed · allowlist: ${report.allowlist.file ? code(report.allowlist.file) : "none"}</sub>`;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}
