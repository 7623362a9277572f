/**
 * `cross-account-guard merge`: audit reports of many repositories into one inventory. The file
 * system edge of src/merge/: it reads one report at a time, validates it against the report
 * schema, folds it in, and writes its grants out at once (to a scratch file), so memory holds the
 * principals' summary, never a thousand reports.
 */
import {
  closeSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";
import {
  addReport,
  finishInventory,
  inventoryGrant,
  isRepositoryName,
  newInventory,
} from "./merge/inventory.js";
import {
  csvHeader,
  csvRow,
  jsonGrant,
  jsonHead,
  jsonTail,
  renderInventoryMarkdown,
  sarifRun,
} from "./merge/render.js";
import { describeJsonError, parseJson } from "./model/json.js";
import { compareStrings } from "./model/objects.js";
import { renderSarif } from "./report/sarif.js";
import { reportSchemaValidator } from "./report/schema-validator.js";
import type { Report } from "./report/types.js";
import { VERSION } from "./version.js";
import { fsReason, textWriter, writeBytes } from "./write-output.js";

export const MERGE_USAGE = `Usage:
  cross-account-guard merge <report.json|dir|owner/name=report.json>... [--format json|markdown|sarif|csv] [--output <file>]

Combines audit reports (--format json) of many repositories into one inventory: per principal
outside the zone of trust, the repositories and resources it reaches and whether each repository
approved it, with organisation-wide totals. A folder stands for every .json file under it. Each
report names its repository (audit --repo-name owner/name, or the action's report-file); give
owner/name=report.json for one that does not. The same repository twice is refused.

Options:
  --format <f>   json (default: the inventory, schema/inventory.schema.json) | markdown (the job
                 summary: top principals, repositories with unapproved access, expired approvals)
                 | sarif (one run per repository) | csv (one row per grant)
  --output <f>   write to a file instead of stdout

Exit: 0 merged, 2 a report that is missing, invalid, of another schema version or a repeat.`;

/** A user mistake: printed with the usage, exit 2. */
export class MergeError extends Error {}

/** The most files a merge reads: folders of artifacts can hold anything. */
const MAX_REPORTS = 100_000;
/** The largest report read (a report of an enormous repository is still far below this). */
const MAX_REPORT_BYTES = 512 * 1024 * 1024;

interface Input {
  file: string;
  /** owner/name given on the command line, when the report does not name its repository. */
  repository?: string;
}

/**
 * Runs merge with the CLI's streams and folder (src/cli/run.ts); a user mistake is printed with
 * the usage and exits 2. A reader that stops early (`merge … | head`) is the entry's to handle
 * (src/cli.ts).
 */
export async function runMerge(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string },
): Promise<number> {
  try {
    return await merge(argv, io.stdout, io.cwd);
  } catch (err) {
    if (!(err instanceof MergeError) && !(err as { code?: string }).code?.startsWith("ERR_PARSE_ARGS"))
      throw err;
    io.stderr.write(`cross-account-guard merge: ${(err as Error).message}\n\n${MERGE_USAGE}\n`);
    return 2;
  }
}

async function merge(argv: string[], out: NodeJS.WritableStream, cwd: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "json" },
      output: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    out.write(`${MERGE_USAGE}\n`);
    return 0;
  }
  const format = values.format ?? "json";
  if (!["json", "markdown", "sarif", "csv"].includes(format))
    throw new MergeError(`unknown --format '${format}': expected json, markdown, sarif or csv`);
  if (positionals.length === 0) throw new MergeError("merge needs at least one report");
  const inputs = positionals.flatMap((arg) => expand(arg, cwd));
  if (inputs.length === 0) throw new MergeError(`no .json report found in ${positionals.join(", ")}`);
  if (inputs.length > MAX_REPORTS) throw new MergeError(`${inputs.length} reports: at most ${MAX_REPORTS}`);

  const scratchDir = mkdtempSync(join(tmpdir(), "cag-merge-"));
  const scratch = join(scratchDir, "body");
  const fd = openSync(scratch, "w");
  const inv = newInventory();
  const seen = new Map<string, string>();
  let anyItem = false;
  try {
    const toScratch = textWriter(fd);
    for (const input of inputs) {
      const report = readReport(input.file, cwd);
      const repository = input.repository ?? report.repository;
      if (!repository)
        throw new MergeError(
          `${input.file}: the report does not name its repository: write it with audit --repo-name owner/name, or give owner/name=${input.file}`,
        );
      checkName(repository, input.file);
      const before = seen.get(repository);
      if (before)
        throw new MergeError(
          `${input.file} and ${before} are both reports of ${repository}: give each repository once`,
        );
      seen.set(repository, input.file);
      const grants = addReport(inv, repository, report);
      let body = "";
      if (format === "json")
        for (const g of grants) body += jsonGrant(inventoryGrant(g, repository), !anyItem && body === "");
      else if (format === "csv") for (const g of grants) body += csvRow(inventoryGrant(g, repository));
      else if (format === "sarif") {
        const run = (JSON.parse(renderSarif(report, VERSION)) as { runs: Record<string, unknown>[] }).runs[0];
        if (run) body = `${anyItem ? "," : ""}\n    ${sarifRun(run, repository)}`;
      }
      if (body !== "") {
        anyItem = true;
        toScratch(body);
      }
    }
  } finally {
    closeSync(fd);
  }
  try {
    const head = finishInventory(inv);
    const target = values.output ? openOutput(resolve(cwd, values.output), values.output) : undefined;
    try {
      const toFile = target === undefined ? undefined : textWriter(target);
      const write = (text: string) => (toFile === undefined ? out.write(text) : toFile(text));
      if (format === "markdown") write(`${renderInventoryMarkdown(head)}\n`);
      else {
        if (format === "json") for (const piece of jsonHead(head)) write(piece);
        else
          write(
            format === "csv"
              ? csvHeader()
              : `{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n  "runs": [`,
          );
        await copyInto(scratch, target, out);
        write(
          format === "json" ? jsonTail(anyItem) : format === "csv" ? "" : anyItem ? "\n  ]\n}\n" : "]\n}\n",
        );
      }
    } finally {
      if (target !== undefined) closeSync(target);
    }
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
  return 0;
}

/** A command-line argument: a report, `owner/name=report`, or a folder of reports. */
function expand(arg: string, cwd: string): Input[] {
  const eq = arg.indexOf("=");
  const abs = resolve(cwd, arg);
  if (eq > 0 && !existsSync(abs)) return [{ repository: arg.slice(0, eq), file: arg.slice(eq + 1) }];
  if (existsSync(abs) && lstatSync(abs).isDirectory()) return jsonFilesUnder(arg, cwd);
  return [{ file: arg }];
}

/** Every .json file under a folder, sorted, named from `dir` as given; symbolic links are not followed. */
function jsonFilesUnder(dir: string, cwd: string): Input[] {
  const found: Input[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 8) return;
    for (const entry of readdirSync(resolve(cwd, d), { withFileTypes: true }).sort((a, b) =>
      compareStrings(a.name, b.name),
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".json")) found.push({ file: path });
    }
  };
  walk(dir, 0);
  return found;
}

function readReport(file: string, cwd: string): Report & { repository?: string } {
  const abs = resolve(cwd, file);
  if (!existsSync(abs)) throw new MergeError(`${file}: no such file`);
  const stat = lstatSync(abs);
  if (!stat.isFile()) throw new MergeError(`${file}: not a file`);
  if (stat.size > MAX_REPORT_BYTES)
    throw new MergeError(`${file}: ${stat.size} bytes, larger than any report`);
  const parsed = parseJson(readFileSync(abs, "utf8"));
  if (!parsed.ok) throw new MergeError(`${file}: not JSON (${describeJsonError(parsed.error)})`);
  const data = parsed.value;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new MergeError(`${file}: not a Cross-Account Guard report (not a JSON object)`);
  const obj = data as Record<string, unknown>;
  if (obj.kind === "inventory")
    throw new MergeError(`${file}: an inventory (the output of merge), not a report`);
  if (obj.schemaVersion !== 1)
    throw new MergeError(
      `${file}: report schemaVersion ${JSON.stringify(obj.schemaVersion ?? null)}; this version (${VERSION}) reads schemaVersion 1`,
    );
  const validate = reportSchemaValidator();
  if (!validate(data)) {
    const e = validate.errors?.[0];
    throw new MergeError(
      `${file}: not a valid report: ${e ? `${e.instancePath || "/"} ${e.message ?? "is invalid"}` : "schema mismatch"}`,
    );
  }
  if (obj.mode !== "audit")
    throw new MergeError(
      `${file}: a ${String(obj.mode)} report; merge takes audit reports (a whole repository's grants)`,
    );
  return data as Report & { repository?: string };
}

function checkName(name: string, file: string): void {
  if (!isRepositoryName(name))
    throw new MergeError(`${file}: repository name '${name.slice(0, 200)}' is not owner/name`);
}

function openOutput(path: string, shown: string): number {
  try {
    return openSync(path, "w");
  } catch (e) {
    throw new MergeError(`cannot write --output '${shown}': ${fsReason(e)}`);
  }
}

/** The scratch file's bytes into the output file, or onto the output stream. */
async function copyInto(scratch: string, fd: number | undefined, out: NodeJS.WritableStream): Promise<void> {
  const stream = createReadStream(scratch, { highWaterMark: 1 << 20 });
  if (fd === undefined) {
    stream.pipe(out, { end: false });
    await finished(stream);
    return;
  }
  for await (const chunk of stream) writeBytes(fd, chunk as Buffer);
}
