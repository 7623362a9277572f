import { globMatch } from "../model/glob.js";
import type { Grant } from "../model/types.js";
import type { Allowlist, Approval } from "./types.js";

/** Whether an approval's date has passed. `today` is YYYY-MM-DD; the expiry day itself still counts. */
export function isExpired(approval: Approval, today: string): boolean {
  return approval.expires !== undefined && approval.expires < today;
}

function principalMatches(pattern: string, grant: Grant): boolean {
  const p = grant.principal;
  if (pattern === "*") return p.id === "*";
  if (/^\d{12}$/.test(pattern)) return p.accountId === pattern;
  const root = /^arn:(aws[a-z0-9-]*):iam::(\d{12}):root$/.exec(pattern);
  if (root) return p.accountId === root[2] && (p.id.startsWith(`arn:${root[1]}:`) || p.id === pattern);
  return globMatch(pattern, p.id);
}

function resourceMatches(patterns: string[] | undefined, grant: Grant): boolean {
  if (!patterns) return true;
  const r = grant.resource;
  const names = [
    r.address,
    r.target,
    r.constructPath,
    `${r.unit}/${r.address}`,
    r.stack ? `${r.stack}/${r.address}` : undefined,
  ];
  return patterns.some((pat) => names.some((n) => n !== undefined && globMatch(pat, n)));
}

/**
 * An `actions` scope covers the grant's actions and, for a trust grant, what the role lets the
 * principal do once assumed (issue 19). What cannot be listed — NotAction, AWS managed policies,
 * policies that could not be read — is covered only by "*".
 */
function actionsMatch(patterns: string[] | undefined, grant: Grant): boolean {
  if (!patterns) return true;
  const role = grant.roleAccess;
  if (
    grant.notActions?.length ||
    role?.notActions?.length ||
    role?.managed?.length ||
    role?.unresolved?.length
  )
    return patterns.includes("*");
  const covered = (a: string) => patterns.some((pat) => globMatch(pat, a, true));
  return grant.actions.every(covered) && (role?.actions ?? []).every(covered);
}

/** The first unexpired approval that covers a grant, or null. */
export function findApproval(allowlist: Allowlist, grant: Grant, today: string): Approval | null {
  for (const a of allowlist.approvals) {
    if (isExpired(a, today)) continue;
    if (
      principalMatches(a.principal, grant) &&
      resourceMatches(a.resources, grant) &&
      actionsMatch(a.actions, grant)
    ) {
      return a;
    }
  }
  return null;
}

/** Approvals whose date has passed, and unexpired ones that match none of the grants. */
export function approvalHealth(allowlist: Allowlist, grants: readonly Grant[], today: string) {
  const expired = allowlist.approvals.filter((a) => isExpired(a, today));
  const unused = allowlist.approvals.filter(
    (a) =>
      !isExpired(a, today) &&
      !grants.some(
        (g) =>
          principalMatches(a.principal, g) && resourceMatches(a.resources, g) && actionsMatch(a.actions, g),
      ),
  );
  return { expired, unused };
}
