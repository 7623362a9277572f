import { term } from "../report/escape.js";
import type { Runner } from "./runner.js";

/** Where the adapter logs; tests pass a recorder, the action the step's log (`runnerLog`). */
export interface Log {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

/**
 * The runner reads `::command::` lines from stdout: text that came from the repository or the
 * API goes through `term` first, so it cannot start a line of its own.
 */
export function runnerLog(runner: Runner): Log {
  return {
    info: (m) => runner.info(term(m, 4000)),
    warning: (m) => runner.warning(term(m, 4000)),
    debug: (m) => runner.debug(term(m, 4000)),
  };
}

/** The status and GitHub's message of a failed API call, in one line. */
export function describeApiError(err: unknown): string {
  const e = err as {
    status?: number;
    message?: string;
    timedOut?: boolean;
    response?: { data?: { message?: string } };
  };
  // Octokit gives a timed-out request the status 500 it never received.
  if (e.timedOut) return e.message ?? "the GitHub API did not answer in time";
  const message = e.response?.data?.message ?? e.message ?? String(err);
  return e.status ? `HTTP ${e.status}: ${message}` : message;
}

export function apiStatus(err: unknown): number | undefined {
  const s = (err as { status?: unknown }).status;
  return typeof s === "number" ? s : undefined;
}

/** Why a write was refused, in words that say what to change. */
export function explainWriteFailure(err: unknown, isFork: boolean): string {
  const status = apiStatus(err);
  const text = describeApiError(err);
  if ((status === 403 || status === 429) && /rate limit/i.test(text)) {
    return `${text} — GitHub's rate limit did not clear within the bounded retries. The verdict, annotations and job summary are unaffected.`;
  }
  if (status === 403 || status === 404) {
    const why = isFork
      ? "the pull request comes from a fork, and GitHub gives such runs a read-only token"
      : "the token cannot write to pull requests (the workflow needs `permissions: pull-requests: write`)";
    return `${text} — ${why}. The verdict, annotations and job summary are unaffected.`;
  }
  return `${text}. The verdict, annotations and job summary are unaffected.`;
}
