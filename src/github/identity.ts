import type { GitHubClient } from "./client.js";
import { describeApiError, type Log } from "./log.js";

/** The login of the workflow's own token (GITHUB_TOKEN acts as this bot). */
export const WORKFLOW_BOT = "github-actions[bot]";

/**
 * Who the token writes as: a personal token can say so (GET /user); the workflow token cannot
 * (403), and it writes as github-actions[bot]. Only comments by this login are ever edited.
 */
export async function tokenLogin(client: GitHubClient, log: Log): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    log.debug(`GET /user: ${describeApiError(err)}; writing as ${WORKFLOW_BOT}`);
    return WORKFLOW_BOT;
  }
}
