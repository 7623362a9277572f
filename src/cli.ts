#!/usr/bin/env node
/**
 * The command-line entry (dist/cli.js): the process's streams, environment and folder handed to
 * runCli (src/cli/run.ts), its exit code as the process's.
 */
import { runCli } from "./cli/run.js";

// A reader that stops early (`| head`) closes the pipe: stop writing, quietly, with the verdict's code.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
});
