/**
 * The CLI's command line, read apart from running it: src/cli.ts reads it before the analysis is
 * loaded, to ask git ahead what a diff of two revisions asks first (sources/git-ahead.ts), and
 * src/cli/run.ts reads it to run the command. Node's own modules only: it loads in no time.
 */
import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { CALLER_SEARCH } from "../iac/terraform/relative-strings.js";
import { askGitAhead, type GitAhead, type RevisionPairAsked } from "../sources/git-ahead.js";

/** The options of diff and audit. */
export function parseCommandLine(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      allowlist: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      plan: { type: "string", multiple: true },
      tfvars: { type: "string", multiple: true },
      "cfn-parameters": { type: "string", multiple: true },
      "cdk-out": { type: "string" },
      "cdk-out-base": { type: "string" },
      "terraform-modules": { type: "boolean" },
      include: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      "no-fail-on-unresolved": { type: "boolean" },
      today: { type: "string" },
      "repo-name": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" },
    },
  });
}

/** Whether a diff compares two revisions (neither side a folder): its base may be read in a worker. */
export function twoRevisions(cwd: string, values: { base?: string; head?: string }): boolean {
  return (
    values.base !== undefined &&
    values.head !== undefined &&
    !isDirectory(cwd, values.base) &&
    !isDirectory(cwd, values.head)
  );
}

/** Whether `spec`, from the folder `cwd`, names a folder. */
export function isDirectory(cwd: string, spec: string): boolean {
  const abs = resolve(cwd, spec);
  return existsSync(abs) && statSync(abs).isDirectory();
}

/**
 * The revisions a command line diffs and the folder they are asked from, when it is a diff of
 * two revisions; else (another command, a folder on either side, a line that does not parse:
 * running it says why) undefined.
 */
function revisionsAsked(argv: string[], cwd: string): RevisionPairAsked | undefined {
  let parsed: ReturnType<typeof parseCommandLine>;
  try {
    parsed = parseCommandLine(argv);
  } catch {
    return undefined;
  }
  const { values, positionals } = parsed;
  if (positionals[0] !== "diff" || values.help || values.version) return undefined;
  if (values.base === undefined || values.head === undefined || !twoRevisions(cwd, values)) return undefined;
  if (values.repo !== undefined && !isDirectory(cwd, values.repo)) return undefined;
  return { folder: resolve(cwd, values.repo ?? "."), base: values.base, head: values.head };
}

/**
 * For a diff of two revisions, git asked ahead what the run will ask first (askGitAhead, with the
 * search for module callers the diff starts): src/cli.ts calls this before loading the rest.
 */
export function gitAheadFor(argv: string[], cwd: string): GitAhead | undefined {
  const asked = revisionsAsked(argv, cwd);
  return asked ? askGitAhead(asked, CALLER_SEARCH) : undefined;
}
