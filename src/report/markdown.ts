import { scopeName } from "../allowlist/match.js";
import { conditionPhrase } from "../model/variants.js";
import { accessPhrase, roleAccessPhrase } from "./access.js";
import { coverageSummary, SKIP_LABEL } from "./coverage.js";
import { bound, code, md } from "./escape.js";
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
}

const CLASS_LABEL: Record<string, string> = {
  public: "🌐 public",
  unresolved: "❓ unresolved",
  federated: "🪪 federated",
  external: "🏢 external",
  service: "service",
  internal: "internal",
};

/** The sticky PR comment; the job summary and `--format markdown` print exactly this. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxChars = options.maxChars ?? MAX_COMMENT_CHARS;
  const head: string[] = [COMMENT_MARKER, headline(report), ""];
  const names = [...report.principals.map((p) => p.id), ...report.errors.map((e) => e.file)];
  for (const reason of report.reasons) head.push(`- ${reasonLine(bound(reason, 600), names)}`);
  if (report.reasons.length > 0) head.push("");
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
    tail.push("| Principal | Resource | Where | Actions |", "| --- | --- | --- | --- |");
    for (const g of removed.slice(0, 50)) {
      tail.push(
        `| ${code(g.principal.id)} | ${resourceCell(g)} | ${whereCell(g, undefined)} | ${actionsCell(g)} |`,
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

  const sections = report.principals.map((p) => principalSection(p, byId, options.linkBase, report.mode));
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

function principalSection(
  p: ReportPrincipal,
  byId: Map<string, ReportGrant>,
  linkBase: string | undefined,
  mode: string,
): string {
  const lines: string[] = [];
  const state = p.approved
    ? `✅ approved by ${md(p.approval?.approved_by ?? "")}`
    : p.pendingApproval
      ? "⏳ pending: the approval is added by this pull request and counts once an approver approves it"
      : "❌ not approved";
  const who = p.label ? ` — ${md(p.label, 120)}` : "";
  lines.push(`### ${mode === "diff" ? "New: " : ""}${code(p.id, 200)}${who}`, "");
  lines.push(`${CLASS_LABEL[p.classification] ?? p.classification} · ${state}`, "");
  if (p.expiredApproval)
    lines.push(`An approval for it expired on ${md(p.expiredApproval.expires ?? "")}.`, "");
  lines.push("| Resource | Where | Actions | Conditions |", "| --- | --- | --- | --- |");
  const grants = p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
  for (const g of grants.slice(0, 25)) {
    lines.push(
      `| ${resourceCell(g)} | ${whereCell(g, linkBase)} | ${actionsCell(g)} | ${conditionsCell(g)} |`,
    );
  }
  if (grants.length > 25) lines.push("", `… and ${grants.length - 25} more grants.`);
  lines.push("");
  if (!p.approved) {
    lines.push("<details><summary>Allowlist entry to approve it</summary>", "", "```yaml");
    lines.push(...allowlistEntry(p, grants), "```", "", "</details>", "");
  }
  return lines.join("\n");
}

function allowlistEntry(p: ReportPrincipal, grants: ReportGrant[]): string[] {
  return suggestedEntryYaml(suggestedEntry(p, grants));
}

function resourceCell(g: ReportGrant): string {
  const r = g.resource;
  const name = code(r.constructPath ?? r.address, 160);
  const target = r.target && r.target !== r.address ? ` → ${code(r.target, 160)}` : "";
  const stack = r.stack ? ` (stack ${code(r.stack, 80)})` : "";
  const phrase = g.conditional ? conditionPhrase(g.conditional) : undefined;
  const cond = phrase ? `<br>${phrase.lead} ${code(phrase.text, 160)}` : "";
  return `${name}${target}${stack}<br><sub>${md(r.type, 80)}</sub>${cond}`;
}

function whereCell(g: ReportGrant, linkBase: string | undefined): string {
  const r = g.resource;
  const text = code(`${r.file}:${r.line}`, 200);
  if (!linkBase) return text;
  const href = `${linkBase}${r.file.split("/").map(encodePathSegment).join("/")}#L${r.line}`;
  return `[${text}](${href})`;
}

/** encodeURIComponent leaves ( ) ! * ' ~ alone; a ")" would end the Markdown link destination early. */
function encodePathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(
    /[!'()*~]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** Levels first ("Permissions management, Write — 212 actions"), the actions as written in a fold. */
function actionsCell(g: ReportGrant): string {
  const list = g.notActions?.length ? g.notActions : g.actions;
  const shown = list.slice(0, 8).map((a) => code(a, 80));
  const more = list.length > 8 ? ` +${list.length - 8}` : "";
  const via = g.via ? `<br>via ${code(g.via, 80)}` : "";
  const written = `${g.notActions?.length ? "all except " : ""}${shown.join(", ")}${more}`;
  const access = g.accessLevels
    ? `${g.permissionsManagement && !g.roleAccess ? "⚠️ " : ""}**${md(accessPhrase(g.accessLevels, g.actionCount))}**<details><summary>actions</summary>${written}</details>`
    : written;
  return `${access}${roleCell(g)}${via}`;
}

/** A trust grant: what the role lets the principal do, and what it could before a widening. */
function roleCell(g: ReportGrant): string {
  const role = g.roleAccess;
  if (!role) return "";
  const mark = role.levels["Permissions management"] ? "⚠️ " : "";
  const actions = role.actions.slice(0, 20).map((a) => code(a, 80));
  const more = role.actions.length > 20 ? ` +${role.actions.length - 20}` : "";
  const fold =
    actions.length > 0
      ? `<details><summary>role actions</summary>${actions.join(", ")}${more}</details>`
      : "";
  const widened = g.roleWidenedFrom
    ? `<br>widened by this change; it could: ${md(accessPhrase(g.roleWidenedFrom.levels, g.roleWidenedFrom.actionCount))}`
    : "";
  return `<br>then, as the role: ${mark}**${md(roleAccessPhrase(role), 300)}**${fold}${widened}`;
}

function conditionsCell(g: ReportGrant): string {
  const parts: string[] = [];
  for (const [op, block] of Object.entries(g.conditions)) {
    for (const [key, value] of Object.entries(block ?? {})) {
      parts.push(code(`${op} ${key} = ${JSON.stringify(value) ?? ""}`, 200));
    }
  }
  const shown = parts.length > 0 ? parts.slice(0, 6).join("<br>") : "—";
  return `${shown}${changeWhy(g)}`;
}

/** Why an added grant whose identity the base already had is new: weakened conditions, changed inputs. */
function changeWhy(g: ReportGrant): string {
  const out: string[] = [];
  if (g.widened?.length)
    out.push(
      `<br>**weakened:** ${g.widened
        .slice(0, 4)
        .map((w) => code(w, 200))
        .join("<br>")}`,
    );
  if (g.inputsChanged?.length)
    out.push(
      `<br>**inputs changed:** ${g.inputsChanged
        .slice(0, 6)
        .map((f) => code(f, 160))
        .join(", ")}`,
    );
  return out.join("");
}

function footer(report: Report): string {
  const s = report.summary;
  const read = report.coverage ? `read: ${md(coverageSummary(report.coverage))} · ` : "";
  return `<sub>${read}${s.grants} grant${plural(s.grants)} analysed · ${s.removed} gated grant${plural(s.removed)} removed · allowlist: ${report.allowlist.file ? code(report.allowlist.file) : "none"}</sub>`;
}

function plural(n: number): string {
  return n === 1 ? "" : "s";
}
