#!/usr/bin/env node
// The org-inventory workflow's plan step (.github/workflows/org-inventory.yml): which repositories
// to audit, in at most MAX_JOBS matrix jobs (GitHub runs at most 256 jobs of one matrix).
//
//   node matrix.mjs --repositories "<owner/name, comma or newline separated>" [--listed <gh.json>]
//                   [--max-jobs 256]
//
// --listed is what `gh repo list <org> --topic <t> --json nameWithOwner,isArchived` printed.
// Writes `matrix=<json>` and `count=<n>` to $GITHUB_OUTPUT (or prints them), exit 2 on bad input.
import { appendFileSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export const MAX_JOBS = 256;
const NAME = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * The repositories to audit: the listed ones (not archived) and the named ones, each once,
 * sorted; a name that is not owner/name is an error, never a path or an option.
 */
export function repositoriesToAudit(named, listed) {
  const names = new Set();
  for (const raw of named.split(/[\n,]/)) {
    const name = raw.trim();
    if (name === "") continue;
    if (!NAME.test(name) || name.split("/").some((p) => p === "." || p === ".."))
      throw new Error(`'${name.slice(0, 200)}' is not owner/name`);
    names.add(name);
  }
  for (const repo of listed) {
    if (repo.isArchived) continue;
    if (typeof repo.nameWithOwner === "string" && NAME.test(repo.nameWithOwner))
      names.add(repo.nameWithOwner);
  }
  return [...names].sort();
}

/** At most maxJobs batches, as even as can be, in order; each batch is one matrix job. */
export function batches(repositories, maxJobs = MAX_JOBS) {
  if (!Number.isInteger(maxJobs) || maxJobs < 1) throw new Error(`--max-jobs must be a positive integer`);
  const jobs = Math.min(maxJobs, repositories.length);
  const out = [];
  for (let i = 0; i < jobs; i++) {
    const from = Math.floor((i * repositories.length) / jobs);
    const to = Math.floor(((i + 1) * repositories.length) / jobs);
    out.push({ batch: i + 1, repositories: repositories.slice(from, to).join(" ") });
  }
  return out;
}

function main(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      repositories: { type: "string", default: "" },
      listed: { type: "string" },
      "max-jobs": { type: "string", default: String(MAX_JOBS) },
    },
  });
  const listed = values.listed ? JSON.parse(readFileSync(values.listed, "utf8")) : [];
  if (!Array.isArray(listed))
    throw new Error(`${values.listed}: expected the JSON array gh repo list prints`);
  const repositories = repositoriesToAudit(values.repositories, listed);
  if (repositories.length === 0)
    throw new Error(
      "no repository to audit: give repositories, or an organization (and topic) that lists some",
    );
  const matrix = { include: batches(repositories, Number(values["max-jobs"])) };
  const lines = `matrix=${JSON.stringify(matrix)}\ncount=${repositories.length}\n`;
  if (process.env.GITHUB_OUTPUT) appendFileSync(process.env.GITHUB_OUTPUT, lines);
  else process.stdout.write(lines);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`org-inventory matrix: ${e.message}\n`);
    process.exitCode = 2;
  }
}
