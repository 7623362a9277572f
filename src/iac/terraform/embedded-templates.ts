/**
 * CloudFormation inside Terraform (design.md "Nothing unread in silence"): vendors' onboarding
 * modules create their cross-account roles through `aws_cloudformation_stack(_set)` whose
 * `template_body` is a heredoc, a `file()`, a `templatefile()` or a `jsonencode()`. The template
 * is read with the CloudFormation reader, the stack's `parameters` bound as a parent stack binds
 * a nested one (parameters the stack does not set stay open). Its records carry both addresses
 * (`aws_cloudformation_stack_set.x/ScanningRole`) and lines in the .tf file or template file.
 */

import { setOwn } from "../../model/objects.js";
import { isWholeUnresolved, renderText } from "../../model/symbolic.js";
import type { AnalysisError, ResourceRecord } from "../../model/types.js";
import { memorySnapshot, type Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import { readTemplate } from "../cloudformation/index.js";

/** Terraform resource types whose `template_body` is a CloudFormation template. */
export const EMBEDDED_TEMPLATE_TYPES: ReadonlySet<string> = new Set([
  "aws_cloudformation_stack",
  "aws_cloudformation_stack_set",
]);

export interface EmbeddedResult {
  resources: ResourceRecord[];
  errors: AnalysisError[];
  notes: string[];
}

/**
 * The records of the template a stack record embeds. `files`: files the root read (file(),
 * templatefile()), so a body that is one of them points at its own lines.
 */
export function embeddedTemplate(
  stack: ResourceRecord,
  snapshot: Snapshot,
  files: readonly string[],
): EmbeddedResult {
  const out: EmbeddedResult = { resources: [], errors: [], notes: [] };
  const body = stack.properties.template_body;
  const where = `${stack.file}:${stack.line}: ${stack.address}`;
  if (body === undefined) {
    if (stack.properties.template_url !== undefined)
      out.notes.push(`${where} deploys a template from template_url, which is not in the repository`);
    return out;
  }
  if (typeof body !== "string" || body.trim() === "") return out;
  if (isWholeUnresolved(body.trim())) {
    out.notes.push(`${where}: its template_body (${renderText(body.trim())}) cannot be known statically`);
    return out;
  }
  const origin = originOf(body, stack, snapshot, files);
  const virtual = `${origin.file}#${stack.address}.template_body`;
  const result = readTemplate(memorySnapshot({ [virtual]: body }), virtual, {
    unit: stack.unit,
    boundParameters: boundParameters(stack.properties.parameters),
    refPrefix: `${stack.address}/`,
  });
  for (const r of result.resources) {
    const record: ResourceRecord = {
      ...r,
      source: "terraform",
      address: `${stack.address}/${r.address}`,
      file: origin.file,
      line: origin.line(r.line),
      unit: stack.unit,
      pathLines: mapLines(r.pathLines, origin.line),
      valueLines: mapLines(r.valueLines, origin.line),
    };
    const conditional = [stack.conditional, r.conditional].filter(Boolean).join(" and ");
    if (conditional) record.conditional = conditional;
    out.resources.push(record);
  }
  for (const e of result.errors) {
    out.errors.push({
      file: origin.file,
      ...(e.line !== undefined ? { line: origin.line(e.line) } : {}),
      message: `${stack.address} template_body: ${e.message}`,
    });
  }
  for (const n of result.notes ?? [])
    out.notes.push(n.split(virtual).join(`${origin.file} (${stack.address})`));
  return out;
}

/** Where the template's lines are: a file it was read from, a heredoc in the .tf file, or the argument's line. */
function originOf(
  body: string,
  stack: ResourceRecord,
  snapshot: Snapshot,
  files: readonly string[],
): { file: string; line: (templateLine: number) => number } {
  for (const f of files) {
    const r = readText(snapshot, f);
    if ("text" in r && r.text === body) return { file: f, line: (l) => l };
  }
  const at = stack.pathLines?.template_body ?? stack.line;
  const source = readText(snapshot, stack.file);
  const text = "text" in source ? (source.text.split("\n")[at - 1] ?? "") : "";
  // A heredoc starts on the line after `<<EOT`; anything else (jsonencode) has no lines of its own.
  if (/<<-?\s*["A-Za-z_]/.test(text)) return { file: stack.file, line: (l) => at + l };
  return { file: stack.file, line: () => at };
}

function mapLines(
  lines: Record<string, number> | undefined,
  map: (l: number) => number,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(lines ?? {})) setOwn(out, k, map(v));
  return out;
}

/** The stack's `parameters` map as values bound to the template (strings; lists joined as CloudFormation does). */
function boundParameters(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return out;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v.map(String).join(",") : typeof v === "string" ? v : JSON.stringify(v);
    setOwn(out, k, value);
  }
  return out;
}
