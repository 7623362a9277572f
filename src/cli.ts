#!/usr/bin/env node
/**
 * The command-line entry (dist/cli.js): the process's streams, environment and folder handed to
 * runCli (src/cli/run.ts), its exit code as the process's. A diff of two revisions asks git its
 * first questions before the rest of the CLI is loaded (sources/git-ahead.ts): git answers them
 * while the modules load.
 */
import { gitAheadFor } from "./cli/command-line.js";

const argv = process.argv.slice(2);
const gitAhead = gitAheadFor(argv, process.cwd());
const { runCli } = await import("./cli/run.js");

// A reader that stops early (`| head`) closes the pipe: stop writing, quietly, with the verdict's code.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(argv, {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  ...(gitAhead ? { gitAhead } : {}),
});
