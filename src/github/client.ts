import { getOctokit } from "@actions/github";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { Log } from "./log.js";

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries after a rate limit at most this often, and never waits longer than this. */
const MAX_LIMIT_RETRIES = 2;
const MAX_LIMIT_WAIT_SECONDS = 120;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  log: Log;
  /** Tests hand their own fetch; the default goes through the runner's proxy settings. */
  fetch?: typeof fetch;
}

/**
 * Octokit with bounded retries: 5xx answers are retried with backoff (plugin-retry, 3 times),
 * rate limits are waited out when the wait is short (plugin-throttling). Whatever still fails is
 * the caller's to log: no API failure changes the verdict.
 */
export function createClient(options: ClientOptions): GitHubClient {
  const { log } = options;
  const onLimit =
    (kind: string) =>
    (
      retryAfter: number,
      request: { method: string; url: string },
      _octokit: unknown,
      retryCount: number,
    ): boolean => {
      const again = retryCount < MAX_LIMIT_RETRIES && retryAfter <= MAX_LIMIT_WAIT_SECONDS;
      log.warning(
        `GitHub API ${kind} on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s` : "giving up"}`,
      );
      return again;
    };
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      log: {
        debug: (m: string) => log.debug(m),
        info: (m: string) => log.debug(m),
        warn: (m: string) => log.debug(m),
        error: (m: string) => log.debug(m),
      },
      retry: { retries: 3 },
      throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit") },
    },
    retry,
    throttling,
  );
}
