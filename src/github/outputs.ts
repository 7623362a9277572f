import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as core from "@actions/core";
import { term } from "../report/escape.js";
import { renderSarif } from "../report/sarif.js";
import type { Report, ReportGrant, ReportPrincipal } from "../report/types.js";
import { VERSION } from "../version.js";

/** The job summary takes up to 1 MiB; leave room for multi-byte characters. */
export const MAX_SUMMARY_CHARS = 250_000;

/**
 * A step output holds at most 1 MB (GitHub); JSON.stringify writes at most 3 bytes of UTF-8 per
 * character (a surrogate pair, 4 bytes, is two characters).
 */
export const MAX_OUTPUT_CHARS = 340_000;

/**
 * The `new-access` output: the principals of the report with where they get access, in report
 * order, as many as fit in `maxChars` (a large audit has thousands; the full list is in the
 * report file). `included` of `total` principals are in `json`.
 */
export function newAccessJson(
  report: Report,
  maxChars = MAX_OUTPUT_CHARS,
): { json: string; included: number; total: number } {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const parts: string[] = [];
  let length = 2;
  for (const p of report.principals) {
    const part = JSON.stringify({
      id: p.id,
      type: p.type,
      accountId: p.accountId,
      classification: p.classification,
      ...(p.label ? { label: p.label } : {}),
      approved: p.approved,
      pending: p.pendingApproval !== undefined,
      grants: grantsOf(p, byId).map((g) => ({
        file: g.resource.file,
        line: g.resource.line,
        address: g.resource.address,
        type: g.resource.type,
        actions: g.actions,
      })),
    });
    const added = part.length + (parts.length > 0 ? 1 : 0);
    if (length + added > maxChars) break;
    parts.push(part);
    length += added;
  }
  return { json: `[${parts.join(",")}]`, included: parts.length, total: report.principals.length };
}

/** The JSON report in RUNNER_TEMP (outlives the step, not the job): the `report-file` output. */
export function writeReportFile(report: Report, runnerTemp: string): string {
  const file = join(runnerTemp, "cross-account-guard", "report.json");
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}

export function writeSarifFile(report: Report, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, renderSarif(report, VERSION));
}

export function setOutputs(report: Report, reportFile: string): void {
  core.setOutput("verdict", report.verdict);
  const access = newAccessJson(report);
  if (access.included < access.total)
    core.warning(
      `The new-access output lists ${access.included} of ${access.total} principals (a step output holds at most 1 MB); all of them are in the report file (report-file output).`,
    );
  core.setOutput("new-access", access.json);
  core.setOutput("unapproved-count", String(report.summary.unapproved));
  core.setOutput("report-file", reportFile);
}

/**
 * Annotations per kind (principals, unreadable files) written to the log. GitHub shows 10 errors
 * and 10 warnings per step and keeps 50 per job; an audit of a large repository has thousands of
 * unapproved principals, which would only flood the log.
 */
export const MAX_ANNOTATIONS = 50;

/**
 * One annotation per unapproved principal, at its first grant, then the files that could not be
 * read and the expired approvals; past MAX_ANNOTATIONS of a kind, one line says how many more
 * there are and where they all are.
 */
export function annotate(report: Report, failOnUnresolved: boolean): void {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const scope = report.mode === "diff" ? "New" : "Existing";
  const unapproved = report.principals.filter((p) => !p.approved);
  for (const p of unapproved.slice(0, MAX_ANNOTATIONS)) {
    const g = grantsOf(p, byId)[0];
    const where = g ? { file: g.resource.file, startLine: Math.max(1, g.resource.line) } : {};
    const state = p.pendingApproval
      ? "its approval is pending (added by this change)"
      : "not approved in the allowlist";
    const message = term(
      `${scope} ${p.classification} access for ${p.id}${p.label ? ` (${p.label})` : ""}` +
        `${g ? ` on ${g.resource.address}` : ""}: ${state}.`,
      1000,
    );
    const properties = { title: "Cross-Account Guard", ...where };
    if (p.classification === "unresolved" && !failOnUnresolved) core.warning(message, properties);
    else core.error(message, properties);
  }
  if (unapproved.length > MAX_ANNOTATIONS)
    core.warning(
      `${unapproved.length - MAX_ANNOTATIONS} more principals without approval are not annotated; the report file (report-file output) lists them all.`,
      { title: "Cross-Account Guard" },
    );
  for (const e of report.errors.slice(0, MAX_ANNOTATIONS)) {
    const properties = {
      title: "Cross-Account Guard: file not analysed",
      file: e.file,
      ...(e.line ? { startLine: e.line } : {}),
    };
    if (e.blocking) core.error(term(e.message, 1000), properties);
    else core.warning(term(e.message, 1000), properties);
  }
  if (report.errors.length > MAX_ANNOTATIONS)
    core.warning(
      `${report.errors.length - MAX_ANNOTATIONS} more files that could not be analysed are not annotated; the report file (report-file output) lists them all.`,
      { title: "Cross-Account Guard: file not analysed" },
    );
  // A check that read nothing: an error when it fails the check (fail-on-empty), else a warning.
  for (const w of report.coverage?.warnings ?? []) {
    const properties = { title: "Cross-Account Guard: nothing checked" };
    if (report.reasons.includes(w)) core.error(term(w, 1000), properties);
    else core.warning(term(w, 1000), properties);
  }
  const file = report.allowlist.file;
  for (const a of report.allowlist.expired) {
    core.warning(term(`Approval of ${a.principal} expired on ${a.expires ?? "?"}.`, 500), {
      title: "Cross-Account Guard: expired approval",
      ...(file ? { file, startLine: a.line } : {}),
    });
  }
}

export async function writeSummary(markdown: string): Promise<void> {
  await core.summary.addRaw(markdown, true).write();
}

function grantsOf(p: ReportPrincipal, byId: Map<string, ReportGrant>): ReportGrant[] {
  return p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
}
