import type { GitHubClient } from "./client.js";
import type { PullRequestRef } from "./comment.js";
import type { Approver } from "./config.js";
import { apiStatus, describeApiError, type Log } from "./log.js";

export interface ApproverReview {
  login: string;
  /** The `approvers` entry that makes this login count: the user or the org/team. */
  as: string;
}

interface Review {
  state: string;
  commit_id: string | null;
  user: { login: string } | null;
}

/**
 * The first of `approvers` whose latest review of the PR approves it at the head commit (an
 * approval of an older commit does not cover what was pushed after it). Team membership is asked
 * of the API; a token that may not read it is logged and the team simply does not count.
 */
export async function findApproverReview(
  client: GitHubClient,
  pr: PullRequestRef,
  headSha: string,
  approvers: Approver[],
  log: Log,
): Promise<ApproverReview | null> {
  const reviews = (await client.paginate(client.rest.pulls.listReviews, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  })) as Review[];
  const latest = new Map<string, Review>();
  for (const r of reviews) {
    // A comment does not withdraw an approval; a later approval, change request or dismissal does.
    if (!r.user || !["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(r.state)) continue;
    latest.set(r.user.login.toLowerCase(), r);
  }
  const approving = [...latest.entries()]
    .filter(([, r]) => r.state === "APPROVED" && r.commit_id === headSha)
    .map(([, r]) => r.user!.login)
    .sort();
  for (const login of approving) {
    const user = approvers.find((a) => a.kind === "user" && a.login === login.toLowerCase());
    if (user) return { login, as: login };
  }
  for (const a of approvers) {
    if (a.kind !== "team") continue;
    for (const login of approving) {
      if (await isTeamMember(client, a, login, log)) return { login, as: `${a.org}/${a.slug}` };
    }
  }
  return null;
}

async function isTeamMember(
  client: GitHubClient,
  team: Extract<Approver, { kind: "team" }>,
  login: string,
  log: Log,
): Promise<boolean> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org: team.org,
      team_slug: team.slug,
      username: login,
    });
    return data.state === "active";
  } catch (err) {
    if (apiStatus(err) === 404) return false;
    log.warning(
      `cannot check whether ${login} is in team ${team.org}/${team.slug} (${describeApiError(err)}): ` +
        "team approvers need a token that can read the organization's teams (members: read).",
    );
    return false;
  }
}
