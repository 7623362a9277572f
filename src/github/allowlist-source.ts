import { parseAllowlist } from "../allowlist/load.js";
import { type Allowlist, EMPTY_ALLOWLIST } from "../allowlist/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import type { ApproverReview } from "./approvers.js";
import { ownersOf } from "./codeowners.js";
import type { Approver } from "./config.js";

export class AllowlistInvalid extends Error {
  constructor(
    message: string,
    readonly errors: { file: string; line?: number; message: string }[],
    /** The annotation title. */
    readonly title = "invalid allowlist",
  ) {
    super(message);
  }
}

export interface AllowlistFile {
  allowlist: Allowlist;
  /** The raw text, or null when the commit has no allowlist. */
  text: string | null;
}

/** The allowlist of one commit; a missing file approves nothing, an invalid one is an error. */
export function readAllowlistAt(snapshot: Snapshot, path: string, where: string): AllowlistFile {
  const bytes = snapshot.read(path);
  if (!(bytes instanceof Uint8Array)) return { allowlist: { ...EMPTY_ALLOWLIST }, text: null };
  const text = new TextDecoder().decode(bytes);
  const parsed = parseAllowlist(path, text);
  if ("errors" in parsed) {
    const lines = parsed.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`);
    throw new AllowlistInvalid(`invalid allowlist at ${where}\n${lines.join("\n")}`, parsed.errors);
  }
  return { allowlist: parsed.allowlist, text };
}

export interface AllowlistChoice {
  allowlist: Allowlist;
  /** Approvals the change adds that do not count (yet): shown as pending. */
  pending?: Allowlist;
  notes: string[];
  warnings: string[];
}

export interface DiffAllowlistInput {
  path: string;
  ref: "base" | "head";
  base: AllowlistFile;
  head: AllowlistFile;
  /** The base commit: its CODEOWNERS is the one GitHub applies to the pull request. */
  baseSnapshot: Snapshot;
  approvers: Approver[];
  /** An approver's approval of the head commit; undefined when not asked (no PR, no approvers). */
  approverReview?: ApproverReview | null;
  /** Why the reviews could not be read, if they could not. */
  reviewsError?: string;
}

/**
 * Who may approve (design.md): by default the base commit's allowlist decides, and what the change
 * adds to it is pending until one of the approvers approves the head commit. With
 * `allowlist-ref: head` the head decides, and CODEOWNERS had better cover the file.
 */
export function chooseDiffAllowlist(input: DiffAllowlistInput): AllowlistChoice {
  const { path } = input;
  const notes: string[] = [];
  const warnings: string[] = [];
  const changed = input.base.text !== input.head.text;
  if (input.base.text !== null && input.head.text === null) {
    // Deleting cannot approve anything now (the base decides), but once merged every approval and
    // the whole zone of trust are gone without anyone having looked at that: fail, say why.
    const message = `this change deletes the allowlist. Its approvals and trusted accounts would be gone once the change is merged. Restore ${path}; to empty it on purpose, commit an empty file instead of deleting it; to move it, change the action's \`allowlist\` input in the same change.`;
    throw new AllowlistInvalid(
      `the allowlist ${path} is deleted by this change\n${path}: ${message}`,
      [{ file: path, message }],
      "allowlist deleted",
    );
  }
  if (input.ref === "head") {
    notes.push(`The allowlist is read from the head of this change (allowlist-ref: head).`);
    const owners = ownersOf(input.baseSnapshot, path);
    if (owners.owners.length === 0) {
      warnings.push(
        owners.file
          ? `${owners.file} does not assign an owner to ${path}: with allowlist-ref: head, anyone who can push to a pull request can approve external access.`
          : `No CODEOWNERS file covers ${path}: with allowlist-ref: head, anyone who can push to a pull request can approve external access.`,
      );
    }
    if (changed) notes.push(`This change edits the allowlist (${path}).`);
    return { allowlist: input.head.allowlist, notes: [...notes, ...warnings], warnings };
  }
  if (!changed) return { allowlist: input.base.allowlist, notes, warnings };
  if (input.approverReview) {
    const r = input.approverReview;
    notes.push(
      `This pull request edits the allowlist (${path}); its approvals count: approved by ${r.login}${r.as !== r.login ? ` (${r.as})` : ""} at the head commit.`,
    );
    return { allowlist: input.head.allowlist, notes, warnings };
  }
  const who =
    input.approvers.length > 0
      ? `once one of the approvers (${input.approvers.map(approverName).join(", ")}) approves the pull request at its head commit, or once it is merged`
      : "only once it is merged, because no approvers are configured: merge the allowlist change first in a pull request of its own, or set the action's approvers input so that an approver's review of this pull request counts";
  notes.push(
    `This change edits the allowlist (${path}): the approvals it adds are pending and count ${who}.`,
  );
  if (input.reviewsError)
    notes.push(
      `The pull request's reviews could not be read (${input.reviewsError}): its approvals stay pending.`,
    );
  return { allowlist: input.base.allowlist, pending: input.head.allowlist, notes, warnings };
}

export function approverName(a: Approver): string {
  return a.kind === "user" ? a.login : `${a.org}/${a.slug}`;
}
