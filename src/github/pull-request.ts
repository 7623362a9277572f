import { MAX_COMMENT_CHARS, renderMarkdown } from "../report/markdown.js";
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
  linkBase: string;
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
      const body = stickyBody(report, w.linkBase, notInline, MAX_COMMENT_CHARS);
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
  linkBase: string | undefined,
  notInline: NotInline[],
  max: number,
): string {
  const section = notInlineSection(notInline);
  const markdown = renderMarkdown(report, {
    ...(linkBase ? { linkBase } : {}),
    maxChars: max - section.length - 1,
  });
  if (!section) return markdown;
  const footer = markdown.lastIndexOf("\n<sub>");
  return footer < 0
    ? `${markdown}\n${section}`
    : `${markdown.slice(0, footer + 1)}${section}${markdown.slice(footer + 1)}`;
}
