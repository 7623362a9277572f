import { getOctokit } from "@actions/github";
import { defaults as actionsDefaults } from "@actions/github/lib/utils";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import type { Log } from "./log.js";

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Retries after a rate limit at most this often, and never waits longer than this. */
const MAX_LIMIT_RETRIES = 2;
const MAX_LIMIT_WAIT_SECONDS = 120;

/** How long one API request (answer and body) may take before it is given up. */
export const DEFAULT_API_TIMEOUT_MS = 30_000;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  log: Log;
  /** Tests hand their own fetch; the default goes through the runner's proxy settings. */
  fetch?: typeof fetch;
  /** Deadline of each request in milliseconds (default DEFAULT_API_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * Octokit with bounded retries: 5xx answers are retried with backoff (plugin-retry, 3 times),
 * rate limits are waited out when the wait is short (plugin-throttling). Each request has a
 * deadline; after one request timed out the API counts as unreachable and the remaining calls
 * fail at once, so a server that never answers costs one deadline, not one per call. Whatever
 * still fails is the caller's to log: no API failure changes the verdict.
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
        `GitHub API ${kind} on ${request.method} ${request.url}: ${again ? `retrying in ${retryAfter}s` : `giving up (retry-after ${retryAfter}s, ${retryCount} retries so far)`}`,
      );
      return again;
    };
  const baseFetch = options.fetch ?? actionsDefaults.request?.fetch ?? globalThis.fetch;
  return getOctokit(
    options.token,
    {
      baseUrl: options.apiUrl,
      request: {
        ...(options.fetch ? {} : { agent: actionsDefaults.request?.agent }),
        fetch: deadlineFetch(baseFetch, options.timeoutMs ?? DEFAULT_API_TIMEOUT_MS, log),
      },
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

/**
 * An API request that did not finish in time. Named AbortError so that Octokit passes it on
 * unchanged and plugin-retry does not retry it (waiting again would only double the delay).
 */
export class ApiTimeout extends Error {
  override readonly name = "AbortError";
  readonly timedOut = true;
}

/** The API timeout the action uses: CAG_API_TIMEOUT_MS when it is a positive number of milliseconds. */
export function apiTimeoutFrom(env: Record<string, string | undefined>): number {
  const n = Number(env.CAG_API_TIMEOUT_MS);
  return Number.isFinite(n) && n > 0 ? n : DEFAULT_API_TIMEOUT_MS;
}

const NULL_BODY_STATUS = new Set([101, 204, 205, 304]);

/** fetch with a deadline on the answer and its body; after one timeout every later call fails at once. */
export function deadlineFetch(base: typeof fetch, timeoutMs: number, log: Log): typeof fetch {
  let unreachable: string | undefined;
  const seconds = `${Math.round(timeoutMs / 100) / 10}s`;
  const wrapped = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const what = `${init.method ?? "GET"} ${String(input instanceof Request ? input.url : input)}`;
    if (unreachable !== undefined) throw new ApiTimeout(`${what} not sent: ${unreachable}`);
    const controller = new AbortController();
    const outer = init.signal;
    const onOuterAbort = () => controller.abort(outer?.reason);
    if (outer) {
      if (outer.aborted) controller.abort(outer.reason);
      else outer.addEventListener("abort", onOuterAbort, { once: true });
    }
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new ApiTimeout(`no answer within ${seconds}`));
    }, timeoutMs);
    try {
      const response = await base(input, { ...init, signal: controller.signal });
      // Read the body under the same deadline: a server may send headers and then stall.
      const body = NULL_BODY_STATUS.has(response.status) ? null : await response.arrayBuffer();
      const copy = new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      Object.defineProperty(copy, "url", { value: response.url });
      return copy;
    } catch (err) {
      if (!timedOut) throw err;
      unreachable = `the GitHub API did not answer ${what} within ${seconds}`;
      log.warning(`${unreachable}: the remaining API calls of this run are skipped`);
      throw new ApiTimeout(unreachable);
    } finally {
      clearTimeout(timer);
      outer?.removeEventListener("abort", onOuterAbort);
    }
  };
  return wrapped as typeof fetch;
}
