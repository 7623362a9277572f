/**
 * The inventory's formats. JSON and CSV are written in pieces (head, then each report's grants)
 * so that a thousand reports never sit in memory together; Markdown is the job summary and needs
 * only the head; SARIF is one run per repository, made from that repository's own report.
 */
import { bound, code, md } from "../report/escape.js";
import {
  accessLevelsOf,
  bySeverity,
  type InventoryGrant,
  type InventoryHead,
  type InventoryPrincipal,
} from "./inventory.js";

/**
 * JSON, in pieces: the head's fields, the principals one by one, then `"grants": [`; each grant
 * follows on a line of its own (see jsonGrant: compact, a thousand reports' grants are large),
 * then jsonTail.
 */
export function* jsonHead(head: InventoryHead): Generator<string> {
  const { principals, ...rest } = head;
  const text = JSON.stringify(rest, null, 2);
  yield `${text.slice(0, text.lastIndexOf("}")).trimEnd()},\n  "principals": [`;
  let first = true;
  for (const p of principals) {
    yield `${first ? "" : ","}\n    ${JSON.stringify(p, null, 2).replace(/\n/g, "\n    ")}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],\n  "grants": [`;
}

export function jsonGrant(grant: InventoryGrant, first: boolean): string {
  return `${first ? "" : ","}\n    ${JSON.stringify(grant)}`;
}

export function jsonTail(anyGrant: boolean): string {
  return anyGrant ? "\n  ]\n}\n" : "]\n}\n";
}

const CSV_COLUMNS = [
  "repository",
  "principal",
  "principal_type",
  "account_id",
  "classification",
  "label",
  "approved",
  "resource_type",
  "resource",
  "target",
  "file",
  "line",
  "mechanism",
  "actions",
  "access_levels",
  "conditional",
] as const;

export function csvHeader(): string {
  return `${CSV_COLUMNS.join(",")}\r\n`;
}

/** One CSV row per grant (RFC 4180; cells that a spreadsheet would run as a formula are defused). */
export function csvRow(g: InventoryGrant): string {
  const cells: Record<(typeof CSV_COLUMNS)[number], string> = {
    repository: g.repository,
    principal: g.principal.id,
    principal_type: g.principal.type,
    account_id: g.principal.accountId ?? "",
    classification: g.classification,
    label: g.label ?? "",
    approved: g.approved === undefined ? "" : String(g.approved),
    resource_type: g.resource.type,
    resource: g.resource.address,
    target: g.resource.target ?? "",
    file: g.resource.file,
    line: String(g.resource.line),
    mechanism: g.mechanism,
    actions: g.actions.join(" "),
    access_levels: bySeverity(accessLevelsOf(g)).join("; "),
    conditional: g.conditional ?? "",
  };
  return `${CSV_COLUMNS.map((c) => csvCell(cells[c])).join(",")}\r\n`;
}

/**
 * A CSV cell. Text from the repositories is untrusted: a cell starting with = + - @ (or a tab or
 * carriage return) would run as a formula in a spreadsheet, so it gets a leading apostrophe.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const HEADING: Record<string, string> = {
  public: "🌐 public",
  unresolved: "❓ unresolved",
  federated: "🪪 federated",
  external: "🏢 external",
};

/** Rows of each Markdown table; the JSON holds them all. */
const MAX_ROWS = 50;

/** The job summary: totals, the top principals, repositories with unapproved access, expired approvals. */
export function renderInventoryMarkdown(head: InventoryHead): string {
  const t = head.totals;
  const out: string[] = ["## Cross-Account Guard: organisation inventory", ""];
  const classes = Object.entries(t.byClassification)
    .map(([c, n]) => `${n} ${c}`)
    .join(", ");
  out.push(
    `${t.repositories} repositories audited; ${t.principals} principals outside the zone of trust${classes ? ` (${classes})` : ""}, ` +
      `${t.grants} grants; ${t.unapproved} principal–repository pairs without an approval in ${t.repositoriesWithUnapproved} repositories; ` +
      `${plural(t.expiredApprovals, "expired approval")}; ${plural(t.errors, "file")} that could not be analysed.`,
    "",
  );
  out.push("### Top principals", "");
  if (head.principals.length === 0) out.push("No principal outside the zone of trust.", "");
  else {
    out.push(
      "| Principal | Kind | Repositories | Not approved in | Access |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const p of head.principals.slice(0, MAX_ROWS)) out.push(principalRow(p));
    if (head.principals.length > MAX_ROWS)
      out.push("", `… and ${head.principals.length - MAX_ROWS} more principals (see the JSON inventory).`);
    out.push("");
  }
  const unapproved = head.repositories
    .filter((r) => r.unapproved > 0)
    .sort((a, b) => b.unapproved - a.unapproved);
  out.push("### Repositories with unapproved access", "");
  if (unapproved.length === 0) out.push("None: every principal is approved.", "");
  else {
    out.push(
      "| Repository | Unapproved | Of which unresolved | Principals | Grants |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const r of unapproved.slice(0, MAX_ROWS)) {
      out.push(
        `| ${code(r.repository, 140)} | ${r.unapproved} | ${r.unresolved} | ${r.principals} | ${r.grants} |`,
      );
    }
    if (unapproved.length > MAX_ROWS)
      out.push("", `… and ${unapproved.length - MAX_ROWS} more repositories.`);
    out.push("");
  }
  out.push("### Expired approvals", "");
  if (head.expiredApprovals.length === 0) out.push("None.", "");
  else {
    for (const e of head.expiredApprovals.slice(0, MAX_ROWS)) {
      out.push(
        `- ${code(e.repository, 140)}: ${code(e.approval.principal)} expired on ${md(e.approval.expires ?? "?", 40)} (allowlist line ${e.approval.line})`,
      );
    }
    if (head.expiredApprovals.length > MAX_ROWS)
      out.push(`- … and ${head.expiredApprovals.length - MAX_ROWS} more.`);
    out.push("");
  }
  const failing = head.repositories.filter((r) => r.errors > 0);
  if (failing.length > 0) {
    out.push(
      `<details><summary>Repositories with files that could not be analysed (${failing.length})</summary>`,
      "",
    );
    for (const r of failing.slice(0, MAX_ROWS)) out.push(`- ${code(r.repository, 140)}: ${r.errors} files`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}

function plural(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}

function principalRow(p: InventoryPrincipal): string {
  const who = `${code(p.id)}${p.label ? ` — ${md(p.label, 80)}` : ""}`;
  const repos = p.repositories.map((r) => code(r.repository, 100));
  const shown =
    repos.length > 5 ? `${repos.slice(0, 5).join(", ")} and ${repos.length - 5} more` : repos.join(", ");
  const levels = bySeverity(new Set(p.repositories.flatMap((r) => r.accessLevels ?? [])));
  const actions = new Set(p.repositories.flatMap((r) => r.actions));
  const access =
    levels.length > 0
      ? md(levels.join(", "), 120)
      : `${plural(actions.size, "action")}${actions.size > 0 && actions.size <= 3 ? `: ${[...actions].map((a) => code(a, 60)).join(", ")}` : ""}`;
  return `| ${who} | ${HEADING[p.classification] ?? md(p.classification)} | ${p.repositoryCount}: ${shown} | ${p.unapprovedIn} | ${access} |`;
}

/**
 * One SARIF run of the merged log: a repository's own run (as `--format sarif` writes it) named
 * after the repository, so that viewers group its results.
 */
export function sarifRun(run: Record<string, unknown>, repository: string): string {
  const named = { ...run, automationDetails: { id: `cross-account-guard/${bound(repository, 200)}/` } };
  return JSON.stringify(named, null, 2).replace(/\n/g, "\n    ");
}
