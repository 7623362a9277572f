import { COMMENT_MARKER, MAX_COMMENT_CHARS } from "../report/markdown.js";
import type { GitHubClient } from "./client.js";
import { apiStatus } from "./log.js";

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

export type CommentOutcome =
  | { action: "created" | "updated"; url: string; why?: string }
  | { action: "unchanged"; url: string }
  | { action: "none"; why: string };

/**
 * The sticky comment: the one comment of this bot that holds the marker is edited in place; it is
 * created only when there is something to say (`create`), so a PR that never added external access
 * gets no comment, and one that no longer does sees the comment turn into "no new external access".
 */
export async function upsertStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  body: string,
  options: { botLogin: string; create: boolean },
): Promise<CommentOutcome> {
  if (body.length > MAX_COMMENT_CHARS)
    throw new Error(`comment body is ${body.length} characters, over GitHub's limit`);
  const existing = await findStickyComment(client, pr, options.botLogin);
  if (existing) {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url };
    try {
      const { data } = await client.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: existing.id,
        body,
      });
      return { action: "updated", url: data.html_url };
    } catch (err) {
      // Deleted between the listing and the edit: the report still belongs on the PR.
      if (apiStatus(err) !== 404) throw err;
      const { data } = await client.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body,
      });
      return {
        action: "created",
        url: data.html_url,
        why: `the earlier comment ${existing.id} was gone when it was to be edited (HTTP 404)`,
      };
    }
  }
  if (!options.create)
    return { action: "none", why: "no new external access and no earlier comment to update" };
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body,
  });
  return { action: "created", url: data.html_url };
}

interface IssueComment {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

/** Pages through the PR's comments (100 a page) and stops at the first one of ours. */
export async function findStickyComment(
  client: GitHubClient,
  pr: PullRequestRef,
  botLogin: string,
): Promise<IssueComment | undefined> {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  for await (const page of pages) {
    const found = (page.data as IssueComment[]).find(
      (c) =>
        c.user?.login.toLowerCase() === botLogin.toLowerCase() && (c.body ?? "").includes(COMMENT_MARKER),
    );
    if (found) return found;
  }
  return undefined;
}
