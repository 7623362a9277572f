import { MAX_COMMENT_CHARS, type MarkdownOptions, renderMarkdown } from "../report/markdown.js";
import type { Report } from "../report/types.js";
import type { GitHubClient } from "./client.js";
import { type PullRequestRef, upsertStickyComment } from "./comment.js";
import { tokenLogin } from "./identity.js";
import { describeApiError, explainWriteFailure, type Log } from "./log.js";
import { postInlineReview } from "./review.js";
import { type InlinePlan, type NotInline, notInlineSection } from "./review-plan.js";

export interface PullRequestWrites {
  client: GitHubClient;
  pr: PullRequestRef;
  headSha: string;
  isFork: boolean;
  comment: boolean;
  /** The inline comments to post (diff mode with review-comments on), or null. */
  inline: InlinePlan | null;
  /** Links, commit, approval rule of the comment. */
  markdown: MarkdownOptions;
  log: Log;
}

/**
 * The review, then the sticky comment (which lists what could not be commented inline). Every
 * failure is logged and swallowed: the verdict was decided before and is delivered regardless.
 * Returns the principals that got no inline comment, for the job summary.
 */
export async function writeToPullRequest(report: Report, w: PullRequestWrites): Promise<NotInline[]> {
  const { log } = w;
  let login: string;
  try {
    login = await tokenLogin(w.client, log);
  } catch (err) {
    log.warning(`No PR comment: ${describeApiError(err)}`);
    return w.inline?.notInline ?? [];
  }
  const notInline: NotInline[] = [...(w.inline?.notInline ?? [])];
  if (w.inline) {
    try {
      const r = await postInlineReview(w.client, w.pr, w.headSha, w.inline.comments, login);
      log.info(
        `Review comments: ${r.posted.length} posted, ${r.alreadyThere} already there, ${r.rejected.length + w.inline.notInline.length} in the sticky comment instead`,
      );
      if (r.rejected.length > 0)
        log.warning(`${r.rejected[0]!.why}: those lines are listed in the sticky comment instead`);
      notInline.push(...r.rejected);
    } catch (err) {
      log.warning(`No review comments: ${explainWriteFailure(err, w.isFork)}`);
      notInline.push(
        ...w.inline.comments.map((c) => ({
          principal: c.principal,
          file: c.path,
          line: c.line,
          why: "the review could not be posted",
        })),
      );
    }
  }
  if (w.comment) {
    try {
      const body = stickyBody(report, w.markdown, notInline, MAX_COMMENT_CHARS);
      const create = report.principals.length > 0 || report.verdict === "fail";
      const r = await upsertStickyComment(w.client, w.pr, body, { botLogin: login, create });
      if (r.action === "none") log.info(`No PR comment: ${r.why}`);
      else if (r.action !== "unchanged" && r.why) log.warning(`PR comment ${r.action}: ${r.url} (${r.why})`);
      else log.info(`PR comment ${r.action}: ${r.url}`);
    } catch (err) {
      log.warning(`No PR comment: ${explainWriteFailure(err, w.isFork)}`);
    }
  }
  return notInline;
}

/** The report's Markdown with the list of principals that have no inline comment, within `max`. */
export function stickyBody(
  report: Report,
  options: MarkdownOptions,
  notInline: NotInline[],
  max: number,
): string {
  const section = notInlineSection(notInline);
  const markdown = renderMarkdown(report, { ...options, maxChars: max - section.length - 1 });
  if (!section) return markdown;
  const footer = markdown.lastIndexOf("\n<sub>");
  return footer < 0
    ? `${markdown}\n${section}`
    : `${markdown.slice(0, footer + 1)}${section}${markdown.slice(footer + 1)}`;
}

/** The sticky comment alone (an invalid allowlist: no report, no review); failures are logged. */
export async function writeStickyComment(
  body: string,
  w: { client: GitHubClient; pr: PullRequestRef; isFork: boolean; log: Log },
): Promise<void> {
  try {
    const login = await tokenLogin(w.client, w.log);
    const r = await upsertStickyComment(w.client, w.pr, body, { botLogin: login, create: true });
    if (r.action === "none") w.log.info(`No PR comment: ${r.why}`);
    else w.log.info(`PR comment ${r.action}: ${r.url}`);
  } catch (err) {
    w.log.warning(`No PR comment: ${explainWriteFailure(err, w.isFork)}`);
  }
}
