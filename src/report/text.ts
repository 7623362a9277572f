import { conditionPhrase } from "../model/variants.js";
import { accessPhrase, roleAccessPhrase } from "./access.js";
import { coverageSummary, SKIP_LABEL } from "./coverage.js";
import { term } from "./escape.js";
import { principalWords } from "./principal-words.js";
import type { Coverage, Report, ReportGrant } from "./types.js";

/** What a person reads in a terminal: grouped by principal, with file:line. */
export function renderText(report: Report): string {
  const lines: string[] = [];
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const warnings = report.coverage?.warnings ?? [];
  const warned =
    warnings.length > 0 ? `, WITH ${warnings.length} WARNING${warnings.length === 1 ? "" : "S"}` : "";
  lines.push(`Cross-Account Guard ${report.mode}: ${report.verdict.toUpperCase()}${warned}`);
  // Said at the top: a check that read nothing must not look like a pass.
  for (const w of warnings) if (!report.reasons.includes(w)) lines.push(`warning: ${term(w)}`);
  for (const r of report.reasons) lines.push(`  ${term(r)}`);
  const s = report.summary;
  lines.push(
    `  ${s.newAccess} principal(s) with ${report.mode === "diff" ? "new " : ""}gated access, ${s.unapproved} unapproved, ${s.unresolved} unresolved; ${s.removed} gated grant(s) removed; ${s.grants} grant(s) in total`,
  );
  for (const p of report.principals) {
    lines.push("");
    const label = p.label ? ` — ${term(p.label)}` : "";
    const state = p.approved
      ? `approved (${term(p.approval?.reason ?? "")})`
      : p.pendingApproval
        ? "PENDING (approval added by this change)"
        : "NOT APPROVED";
    lines.push(
      `${report.mode === "diff" ? "NEW " : ""}${term(p.id)}${label}  [${p.classification}]  ${state}`,
    );
    const grants = p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
    const words = principalWords(p, grants);
    lines.push(`  ${term(words.heading)}`);
    if (!p.approved && !p.pendingApproval) lines.push(`  gated: ${term(words.why)}`);
    if (!p.approved && words.hint) lines.push(`  to resolve: ${term(words.hint, 1000)}`);
    for (const g of grants) lines.push(`    ${grantLine(g)}`);
  }
  const removed = report.grants.filter(
    (g) => g.change === "removed" && g.classification !== "internal" && g.classification !== "service",
  );
  if (removed.length > 0) {
    lines.push("", "Removed access:");
    for (const g of removed) lines.push(`    ${term(g.principal.id)}  ${grantLine(g)}`);
  }
  if (report.allowlist.expired.length > 0) {
    lines.push("", "Expired approvals:");
    for (const a of report.allowlist.expired)
      lines.push(`    line ${a.line}: ${term(a.principal)} (expired ${a.expires})`);
  }
  if (report.allowlist.unused.length > 0) {
    lines.push("", "Approvals that match nothing:");
    for (const a of report.allowlist.unused) lines.push(`    line ${a.line}: ${term(a.principal)}`);
  }
  for (const w of report.allowlist.warnings) lines.push(`warning: allowlist: ${term(w)}`);
  if (report.errors.length > 0) {
    lines.push("", "Errors:");
    for (const e of report.errors) {
      lines.push(
        `    ${term(e.file)}${e.line ? `:${e.line}` : ""}: ${term(e.message)}${e.blocking ? "" : " (unchanged file)"}`,
      );
    }
  }
  for (const n of report.notes) lines.push(`note: ${term(n)}`);
  if (report.coverage) lines.push(...coverageLines(report.coverage));
  return `${lines.join("\n")}\n`;
}

/** What was read, what was skipped and why, and the warnings of a check that read nothing. */
function coverageLines(c: Coverage): string[] {
  const lines = ["", `Read: ${coverageSummary(c)}`];
  for (const s of c.skipped) {
    lines.push(`Skipped (${SKIP_LABEL[s.reason]}): ${s.count}`);
    for (const item of s.items) lines.push(`    ${term(item)}`);
    if (s.count > s.items.length) lines.push(`    … and ${s.count - s.items.length} more`);
  }
  return lines;
}

function grantLine(g: ReportGrant): string {
  const r = g.resource;
  const target = r.target && r.target !== r.address ? ` -> ${term(r.target)}` : "";
  const actions = g.notActions?.length ? `all but ${g.notActions.join(", ")}` : g.actions.join(", ");
  const via = g.via ? ` via ${term(g.via)}` : "";
  const phrase = g.conditional ? conditionPhrase(g.conditional) : undefined;
  const cond = phrase ? ` (${phrase.lead} ${term(phrase.text)})` : "";
  const where = `${term(r.file)}:${r.line}`;
  const why = [
    ...(g.widened?.length ? [`weakened: ${g.widened.join("; ")}`] : []),
    ...(g.inputsChanged?.length ? [`inputs changed: ${g.inputsChanged.join(", ")}`] : []),
  ];
  const because = why.length > 0 ? `  [${term(why.join("; "), 400)}]` : "";
  // Levels first, then the actions as written; a trust grant says what the role can then do.
  const access = g.accessLevels ? `${accessPhrase(g.accessLevels, g.actionCount)}: ` : "";
  const role = g.roleAccess ? `; the role can: ${term(roleAccessPhrase(g.roleAccess), 300)}` : "";
  const widened = g.roleWidenedFrom
    ? ` (widened by this change; it could: ${accessPhrase(g.roleWidenedFrom.levels, g.roleWidenedFrom.actionCount)})`
    : "";
  return `${where}  ${term(r.constructPath ?? r.address)}${target}  ${access}${term(actions, 200)}${role}${widened}${via}${cond}${because}`;
}
