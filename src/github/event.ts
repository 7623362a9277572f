/** What to compare for one workflow event: a pure function of the event name and its payload. */
export type EventTarget = DiffTarget | AuditTarget | SkipTarget;

export interface DiffTarget {
  mode: "diff";
  /** null: a push that created the branch; compare with the head's first parent (nothing if none). */
  baseSha: string | null;
  headSha: string;
  /** Set for pull request events: where the sticky comment and the review go. */
  prNumber?: number;
  /** The head lives in another repository: GitHub gives such runs a read-only token. */
  isFork: boolean;
  /** A ref of this repository that holds the head commit, for fetching it when missing. */
  headRef?: string;
  description: string;
}

export interface AuditTarget {
  mode: "audit";
  headSha: string;
  prNumber?: number;
  isFork: boolean;
  headRef?: string;
  description: string;
}

export interface SkipTarget {
  mode: "skip";
  reason: string;
}

export class EventError extends Error {}

const PR_EVENTS = ["pull_request", "pull_request_target", "pull_request_review"];
const AUDIT_EVENTS = ["workflow_dispatch", "schedule"];
const SUPPORTED = [...PR_EVENTS, "push", "merge_group", ...AUDIT_EVENTS];
const ZERO_SHA = /^0+$/;
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

export interface EventOptions {
  mode: "auto" | "diff" | "audit";
  /** GITHUB_SHA: the commit of audit runs. */
  sha?: string;
}

export function resolveEvent(eventName: string, payload: unknown, options: EventOptions): EventTarget {
  const p = (payload ?? {}) as Record<string, unknown>;
  const diff = diffOf(eventName, p);
  if (options.mode === "diff") {
    if (diff === null) {
      throw new EventError(
        `mode 'diff' needs a base commit, and the '${eventName}' event has none. Use mode 'audit', or run on ${SUPPORTED.slice(0, 5).join(", ")}.`,
      );
    }
    return diff;
  }
  if (options.mode === "audit" || (diff === null && AUDIT_EVENTS.includes(eventName))) {
    if (diff?.mode === "skip") return diff;
    const headSha = diff?.mode === "diff" ? diff.headSha : options.sha;
    if (!headSha || !SHA.test(headSha)) {
      throw new EventError(
        `cannot tell which commit to audit: GITHUB_SHA is '${options.sha ?? ""}', expected a commit SHA.`,
      );
    }
    const target: AuditTarget = {
      mode: "audit",
      headSha,
      isFork: diff?.mode === "diff" && diff.isFork,
      description: "",
    };
    if (diff?.mode === "diff" && diff.prNumber !== undefined) target.prNumber = diff.prNumber;
    if (diff?.mode === "diff" && diff.headRef) target.headRef = diff.headRef;
    target.description = `audit of ${headSha.slice(0, 7)} (${eventName})`;
    return target;
  }
  if (diff === null) {
    throw new EventError(
      `the '${eventName}' event is not supported. Supported events: ${SUPPORTED.join(", ")}; or set mode: audit to audit the commit of any event.`,
    );
  }
  return diff;
}

/** The base and head of events that carry both; null for events that carry no base. */
function diffOf(eventName: string, p: Record<string, unknown>): DiffTarget | SkipTarget | null {
  if (PR_EVENTS.includes(eventName)) {
    const pr = obj(p.pull_request, `the ${eventName} payload has no pull_request`);
    const number = pr.number;
    if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) {
      throw new EventError(`the ${eventName} payload has no pull request number`);
    }
    const base = obj(pr.base, "pull_request.base is missing");
    const head = obj(pr.head, "pull_request.head is missing");
    const baseSha = sha(base.sha, "pull_request.base.sha");
    const headSha = sha(head.sha, "pull_request.head.sha");
    const baseRepo = repoName(base.repo);
    const headRepo = repoName(head.repo);
    return {
      mode: "diff",
      baseSha,
      headSha,
      prNumber: number,
      // A deleted fork has no head repository: treat it as a fork.
      isFork: headRepo === null || baseRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
      headRef: `refs/pull/${number}/head`,
      description: `pull request #${number}: ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}`,
    };
  }
  if (eventName === "push") {
    const after = typeof p.after === "string" ? p.after : "";
    if (p.deleted === true || ZERO_SHA.test(after))
      return { mode: "skip", reason: "the push deleted a branch or tag" };
    const headSha = sha(p.after, "push payload 'after'");
    const before = typeof p.before === "string" ? p.before : "";
    const baseSha = before === "" || ZERO_SHA.test(before) ? null : sha(before, "push payload 'before'");
    return {
      mode: "diff",
      baseSha,
      headSha,
      isFork: false,
      description: `push: ${baseSha ? baseSha.slice(0, 7) : "(new branch: parent)"}..${headSha.slice(0, 7)}`,
    };
  }
  if (eventName === "merge_group") {
    const group = obj(p.merge_group, "the merge_group payload has no merge_group");
    const baseSha = sha(group.base_sha, "merge_group.base_sha");
    const headSha = sha(group.head_sha, "merge_group.head_sha");
    return {
      mode: "diff",
      baseSha,
      headSha,
      isFork: false,
      description: `merge group: ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}`,
    };
  }
  return null;
}

function obj(v: unknown, message: string): Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new EventError(message);
  return v as Record<string, unknown>;
}

function sha(v: unknown, what: string): string {
  if (typeof v !== "string" || !SHA.test(v))
    throw new EventError(`${what} is '${String(v)}', expected a commit SHA`);
  return v;
}

function repoName(v: unknown): string | null {
  if (v === null || typeof v !== "object") return null;
  const name = (v as { full_name?: unknown }).full_name;
  return typeof name === "string" ? name : null;
}
