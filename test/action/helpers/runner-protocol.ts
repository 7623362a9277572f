/**
 * A stand-in for the GitHub Actions runner in tests: the protocol @actions/core writes (command
 * lines on the step's log, the GITHUB_OUTPUT file command, summary appends), over an injected
 * environment and log, so a test runs the action in its own process with files of its own.
 * test/action/runner.test.ts checks it writes the same bytes as @actions/core (src/github/runner.ts
 * `coreRunner`, what the action uses).
 */
import { randomUUID } from "node:crypto";
import { accessSync, appendFileSync, constants, existsSync } from "node:fs";
import { EOL } from "node:os";
import type { AnnotationProperties, Runner } from "../../../src/github/runner.js";

/** What a step reads from and writes to: the process's own in src/main.ts. */
export interface StepIo {
  env: Record<string, string | undefined>;
  /** The step's log. */
  stdout: (text: string) => void;
}

export function runnerOn(io: StepIo): Runner {
  const command = (
    name: string,
    properties: Record<string, string | number | undefined>,
    message: string,
  ) => {
    // As @actions/core writes it: a space after the name when properties are given, then the
    // ones that have a value.
    let line = `::${name}`;
    if (Object.keys(properties).length > 0)
      line += ` ${Object.entries(properties)
        .filter(([, v]) => v)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(",")}`;
    io.stdout(`${line}::${escapeData(message)}${EOL}`);
  };
  const annotation =
    (level: string) =>
    (message: string, p: AnnotationProperties = {}) =>
      command(
        level,
        Object.keys(p).length === 0
          ? {}
          : {
              title: p.title,
              file: p.file,
              line: p.startLine,
              endLine: p.endLine,
              col: p.startColumn,
              endColumn: p.endColumn,
            },
        message,
      );
  return {
    info: (message) => io.stdout(`${message}${EOL}`),
    debug: (message) => command("debug", {}, message),
    error: annotation("error"),
    warning: annotation("warning"),
    notice: annotation("notice"),
    setOutput(name, value) {
      const file = io.env.GITHUB_OUTPUT;
      if (!file) {
        io.stdout(EOL);
        command("set-output", { name }, value);
        return;
      }
      if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
      const delimiter = `ghadelimiter_${randomUUID()}`;
      if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: the output ${name} contains the delimiter "${delimiter}"`);
      appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, "utf8");
    },
    async appendSummary(markdown) {
      const file = io.env.GITHUB_STEP_SUMMARY;
      if (!file)
        throw new Error(
          "Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.",
        );
      try {
        accessSync(file, constants.R_OK | constants.W_OK);
      } catch {
        throw new Error(
          `Unable to access summary file: '${file}'. Check if the file has correct read/write permissions.`,
        );
      }
      appendFileSync(file, `${markdown}${EOL}`, "utf8");
    },
  };
}

/** A command's message: one line for the runner. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A command's property value: one line, and no `:` or `,` that would end it. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
