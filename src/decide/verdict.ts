import type { DecidedError, PrincipalDecision } from "./types.js";

/**
 * Why the check fails, one line per reason; no reason means pass. Unapproved gated principals
 * fail (unresolved ones only with failOnUnresolved: `blocks`), and so does any blocking error: a
 * changed file that could not be analysed might hide a grant (fail closed).
 */
export function verdictReasons(
  principals: readonly PrincipalDecision[],
  errors: readonly DecidedError[],
  mode: "diff" | "audit",
): string[] {
  const reasons: string[] = [];
  const blocking = principals.filter((p) => p.blocks);
  if (blocking.length > 0) {
    const what = mode === "diff" ? "new external access" : "external access";
    const names = blocking.slice(0, 3).map((p) => p.principal.id);
    const more = blocking.length > 3 ? ` and ${blocking.length - 3} more` : "";
    reasons.push(
      `${blocking.length} principal${blocking.length === 1 ? "" : "s"} with ${what} not approved: ${names.join(", ")}${more}`,
    );
  }
  const blockingErrors = errors.filter((e) => e.blocking);
  if (blockingErrors.length > 0) {
    const files = [...new Set(blockingErrors.map((e) => e.file))];
    reasons.push(
      `${files.length} file${files.length === 1 ? "" : "s"} could not be analysed: ${files.slice(0, 3).join(", ")}${files.length > 3 ? ` and ${files.length - 3} more` : ""}`,
    );
  }
  return reasons;
}
