import { dirname, join } from "node:path";
import { blocksCheck } from "../decide/decide.js";
import { term } from "../report/escape.js";
import { isNotCommitted } from "../report/markdown.js";
import { principalWords } from "../report/principal-words.js";
import { renderSarif } from "../report/sarif.js";
import type { Report, ReportGrant, ReportPrincipal } from "../report/types.js";
import { VERSION } from "../version.js";
import { fsReason } from "../write-output.js";
import type { ActionFiles } from "./action-files.js";
import type { AnnotationProperties, Runner } from "./runner.js";

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
export function writeReportFile(report: Report, runnerTemp: string, files: ActionFiles): string {
  const file = join(runnerTemp, "cross-account-guard", "report.json");
  writeText(files, file, `${JSON.stringify(report, null, 2)}\n`, "the report file (report-file output)");
  return file;
}

export function writeSarifFile(
  report: Report,
  file: string,
  files: ActionFiles,
  notCommitted: readonly string[] = [],
): void {
  writeText(files, file, renderSarif(report, VERSION, { notCommitted }), "the SARIF file (sarif-file input)");
}

/** `text` to `file`, its folder made first; a failure names the file and says why. */
function writeText(files: ActionFiles, file: string, text: string, what: string): void {
  try {
    files.mkdir(dirname(file));
    files.writeFile(file, text);
  } catch (err) {
    throw new Error(`cannot write ${what} ${file}: ${fsReason(err)}`);
  }
}

export function setOutputs(runner: Runner, report: Report, reportFile: string): void {
  runner.setOutput("verdict", report.verdict);
  const access = newAccessJson(report);
  if (access.included < access.total)
    runner.warning(
      `The new-access output lists ${access.included} of ${access.total} principals (a step output holds at most 1 MB); all of them are in the report file (report-file output).`,
    );
  runner.setOutput("new-access", access.json);
  runner.setOutput("unapproved-count", String(report.summary.unapproved));
  runner.setOutput("report-file", reportFile);
}

/**
 * GitHub shows 10 error, 10 warning and 10 notice annotations per step, and 50 per job
 * (actions/toolkit docs/problem-matchers.md, "Limitations"); the rest stay in the log only.
 */
export const MAX_ERROR_ANNOTATIONS = 10;
export const MAX_WARNING_ANNOTATIONS = 10;

export interface Annotation {
  level: "error" | "warning" | "notice";
  message: string;
  properties: AnnotationProperties;
}

/**
 * The annotations of a report, in the order GitHub keeps them: the summary first (why the check
 * fails, and how many findings are not annotated), then the findings most severe first
 * (principals by severity as the report sorts them, then unreadable files, then what read
 * nothing), then warnings; at most MAX_ERROR_ANNOTATIONS errors and MAX_WARNING_ANNOTATIONS
 * warnings. A grant in a file that is not committed (a synthesized cdk-out) names its construct
 * path and gets no file.
 */
export function planAnnotations(
  report: Report,
  failOnUnresolved: boolean,
  notCommitted: readonly string[] = [],
): Annotation[] {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const scope = report.mode === "diff" ? "New" : "Existing";
  const errors: Annotation[] = [];
  const warnings: Annotation[] = [];
  const add = (a: Annotation) => (a.level === "error" ? errors : warnings).push(a);

  for (const p of report.principals.filter((p) => !p.approved)) {
    const g = grantsOf(p, byId)[0];
    const where =
      g && !isNotCommitted(g.resource.file, { notCommitted })
        ? { file: g.resource.file, startLine: Math.max(1, g.resource.line) }
        : {};
    const words = principalWords(p, grantsOf(p, byId));
    const state = p.pendingApproval
      ? "its approval is pending (added by this change)"
      : `not approved: ${words.hint ?? words.why}`;
    const on = g ? ` on ${g.resource.constructPath ?? g.resource.address}` : "";
    const message = term(
      `${scope} ${p.classification} access for ${p.id}${p.label ? ` (${p.label})` : ""}${on}: ${state}.`,
      1000,
    );
    const level = blocksCheck(p.approved, p.classification, failOnUnresolved) ? "error" : "warning";
    add({
      level,
      message,
      properties: { title: "Cross-Account Guard", ...where },
    });
  }
  for (const e of report.errors) {
    add({
      level: e.blocking ? "error" : "warning",
      message: term(e.message, 1000),
      properties: {
        title: "Cross-Account Guard: file not analysed",
        file: e.file,
        ...(e.line ? { startLine: e.line } : {}),
      },
    });
  }
  // A check that read nothing: an error when it fails the check (fail-on-empty), else a warning.
  for (const w of report.coverage?.warnings ?? []) {
    add({
      level: report.reasons.includes(w) ? "error" : "warning",
      message: term(w, 1000),
      properties: { title: "Cross-Account Guard: nothing checked" },
    });
  }
  const file = report.allowlist.file;
  for (const a of report.allowlist.expired) {
    add({
      level: "warning",
      message: term(`Approval of ${a.principal} expired on ${a.expires ?? "?"}.`, 500),
      properties: {
        title: "Cross-Account Guard: expired approval",
        ...(file ? { file, startLine: a.line } : {}),
      },
    });
  }

  const summary = report.verdict === "fail" ? MAX_ERROR_ANNOTATIONS - 1 : MAX_ERROR_ANNOTATIONS;
  const shownErrors = errors.slice(0, summary);
  const shownWarnings = warnings.slice(0, MAX_WARNING_ANNOTATIONS);
  const left = errors.length - shownErrors.length + warnings.length - shownWarnings.length;
  const more =
    left > 0
      ? ` ${left} more finding${left === 1 ? " is" : "s are"} not annotated (GitHub shows 10 errors and 10 warnings per step): the job summary and the report file list them all.`
      : "";
  const out: Annotation[] = [];
  if (report.verdict === "fail") {
    out.push({
      level: "error",
      message: term(`Cross-Account Guard: ${report.reasons.join("; ")}.${more}`, 4000),
      properties: {},
    });
  } else if (more) {
    out.push({ level: "notice", message: `Cross-Account Guard:${more}`, properties: {} });
  }
  return [...out, ...shownErrors, ...shownWarnings];
}

/** Writes the report's annotations (planAnnotations) to the log. */
export function annotate(
  runner: Runner,
  report: Report,
  failOnUnresolved: boolean,
  notCommitted: readonly string[] = [],
): void {
  for (const a of planAnnotations(report, failOnUnresolved, notCommitted)) {
    if (a.level === "error") runner.error(a.message, a.properties);
    else if (a.level === "warning") runner.warning(a.message, a.properties);
    else runner.notice(a.message, a.properties);
  }
}

function grantsOf(p: ReportPrincipal, byId: Map<string, ReportGrant>): ReportGrant[] {
  return p.grants.map((id) => byId.get(id)).filter((g): g is ReportGrant => g !== undefined);
}
