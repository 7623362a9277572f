/** Access levels in words, shared by the text and Markdown reports (issue 19). */

import type { AccessLevels, RoleAccess } from "../model/types.js";
import { LEVEL_NAMES } from "../policy/iam-actions.js";

/** 22091 -> "22,091" (the same on every machine). */
export function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** "Permissions management, Write — 212 actions": the levels, most severe first, then the count. */
export function accessPhrase(levels: AccessLevels | undefined, actionCount: number | undefined): string {
  const names = LEVEL_NAMES.filter((l) => (levels?.[l] ?? 0) > 0);
  const n = actionCount ?? 0;
  return `${names.length > 0 ? names.join(", ") : "nothing"} — ${count(n)} action${n === 1 ? "" : "s"}`;
}

/** What the role lets its principal do: the phrase and the policies it comes from. */
export function roleAccessPhrase(access: RoleAccess): string {
  if (access.policies.length === 0) return "nothing: no policy is attached to it in this unit";
  const shown = access.policies.slice(0, 6).join(", ");
  const more = access.policies.length > 6 ? ` +${access.policies.length - 6}` : "";
  const unresolved = access.unresolved?.length ? ", and policies that could not be read" : "";
  return `${accessPhrase(access.levels, access.actionCount)}${access.policies.length > 0 ? ` (${shown}${more})` : ""}${unresolved}`;
}
