import type { GitHubClient } from "./client.js";
import type { PullRequestRef } from "./comment.js";
import { apiStatus, describeApiError } from "./log.js";
import { fingerprintsIn, type InlineComment, type NotInline } from "./review-plan.js";

export interface ReviewOutcome {
  posted: InlineComment[];
  /** Comments of an earlier run on the same principal and line. */
  alreadyThere: number;
  /** Comments GitHub refused: they go to the sticky comment. */
  rejected: NotInline[];
}

/**
 * Posts the new inline comments as one review (event COMMENT: the failing check is the gate) on
 * the head commit. A 422 means a line is not in GitHub's diff, and GitHub does not say which: the
 * whole review is refused, so its comments fall back to the sticky comment instead of failing.
 */
export async function postInlineReview(
  client: GitHubClient,
  pr: PullRequestRef,
  headSha: string,
  comments: InlineComment[],
  botLogin: string,
): Promise<ReviewOutcome> {
  if (comments.length === 0) return { posted: [], alreadyThere: 0, rejected: [] };
  const existing = await existingFingerprints(client, pr, botLogin);
  const fresh = comments.filter((c) => !existing.has(c.fingerprint));
  const alreadyThere = comments.length - fresh.length;
  if (fresh.length === 0) return { posted: [], alreadyThere, rejected: [] };
  try {
    await client.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      commit_id: headSha,
      event: "COMMENT",
      body: `**Cross-Account Guard**: ${fresh.length} line${fresh.length === 1 ? "" : "s"} of this pull request add external access that is not approved. The summary comment has the details.`,
      comments: fresh.map((c) => ({ path: c.path, line: c.line, side: "RIGHT" as const, body: c.body })),
    });
    return { posted: fresh, alreadyThere, rejected: [] };
  } catch (err) {
    if (apiStatus(err) !== 422) throw err;
    const why = `GitHub refused the review (${describeApiError(err)})`;
    return {
      posted: [],
      alreadyThere,
      rejected: fresh.map((c) => ({ principal: c.principal, file: c.path, line: c.line, why })),
    };
  }
}

interface ReviewComment {
  body: string;
  user: { login: string } | null;
}

async function existingFingerprints(
  client: GitHubClient,
  pr: PullRequestRef,
  botLogin: string,
): Promise<Set<string>> {
  const all = (await client.paginate(client.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })) as ReviewComment[];
  const mine = all.filter((c) => c.user?.login.toLowerCase() === botLogin.toLowerCase());
  return new Set(mine.flatMap((c) => fingerprintsIn(c.body)));
}
