/**
 * Is a rendered comment inert? A check of the Markdown source against what GitHub would make of
 * it: every line starts the way the renderer starts lines, code spans are balanced, no raw HTML
 * besides the renderer's own tags, no @mention, #reference, autolink, e-mail link, link or image
 * syntax outside code, and every table row has as many cell delimiters as its header (GFM splits
 * cells before it reads code spans, and a pipe is escaped only by a backslash right before it).
 */

const LINE_STARTS = [
  /^$/,
  /^<!-- cross-account-guard:[a-z-]+:v\d+ -->$/,
  /^## (✅|❌) Cross-Account Guard: /,
  /^### (🌐|❓|🪪|🏢|⚙️|🏠) /,
  /^### Files that could not be analysed \(\d+\)$/,
  /^- /,
  /^ {2}- /,
  /^\*\*To approve\*\*: add the entry shown under a principal to /,
  /^To resolve it: /,
  /^Nothing was checked against it: /,
  /^\| /,
  /^> /,
  /^<details><summary>[^<]*<\/summary>$/,
  /^<\/details>$/,
  /^<sub>/,
  /^(✅ \*\*Approved\*\* by |⏳ \*\*Pending\*\*: |❌ \*\*Not approved\*\*)/,
  /^… and \d+ more/,
  /^```(yaml)?$/,
];
const STATUS =
  /^(✅ \*\*Approved\*\* by .*|⏳ \*\*Pending\*\*: this pull request adds its approval \(allowlist line \d+\); .*|❌ \*\*Not approved\*\*(: .*)?)$/;
const RENDERER_TAGS = /<\/?(br|sub|details|summary)>/g;

function decodeEntities(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/** Pipes that end a cell: not preceded by a backslash (cmark-gfm's table scanner). */
function cellDelimiters(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (line[i] === "|" && line[i - 1] !== "\\") n++;
  return n;
}

/**
 * The line with each code span replaced by `code`, as CommonMark reads it: a backslash escapes
 * the punctuation after it outside code spans (so \` is a literal backtick); inside a span
 * nothing is escaped. The renderer's spans are single backticks with no backtick inside.
 */
export function codeSpans(line: string): { outside: string; unbalanced: boolean } {
  let outside = "";
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (ch === "\\" && i + 1 < line.length && /[!-/:-@[-`{-~]/.test(line[i + 1]!)) {
      outside += ch + line[i + 1];
      i++;
    } else if (ch === "`") {
      const end = line.indexOf("`", i + 1);
      if (end < 0) return { outside, unbalanced: true };
      outside += "`code`";
      i = end;
    } else outside += ch;
  }
  return { outside, unbalanced: false };
}

export interface InertOptions {
  /** Links the renderer itself writes (the action's file:line links). */
  allowedLink?: RegExp;
}

/** What would not be inert on GitHub, one message per problem (empty: inert). */
export function inertProblems(markdown: string, options: InertOptions = {}): string[] {
  const problems: string[] = [];
  const lines = markdown.split("\n");
  let fence = false;
  let tableColumns: number | null = null;
  let headlines = 0;
  lines.forEach((line, index) => {
    const at = `line ${index + 1} ${JSON.stringify(line.slice(0, 120))}`;
    if (line.startsWith("```")) {
      if (!/^```(yaml)?$/.test(line)) problems.push(`${at}: unexpected fence`);
      fence = !fence;
      return;
    }
    if (fence) {
      if (/[`~]/.test(line)) problems.push(`${at}: a backtick or tilde inside a fenced block`);
      // Entry lines, and the YAML comments the renderer writes (the expiry to fill in, the
      // trusted.identity-providers alternative): a comment is inert in YAML too.
      if (!/^ {2}( {2})?[-a-z_]+:|^ {2}- principal: |^( {4})?# /.test(line))
        problems.push(`${at}: not an allowlist entry line`);
      return;
    }
    if (!LINE_STARTS.some((re) => re.test(line)))
      problems.push(`${at}: does not start like a line of the renderer`);
    if (line.startsWith("## ")) headlines++;
    if (
      /^#/.test(line) &&
      !/^(## (✅|❌) Cross-Account Guard: |### (🌐|❓|🪪|🏢|⚙️|🏠) |### Files that could not be analysed)/.test(
        line,
      )
    )
      problems.push(`${at}: a heading the renderer does not write`);

    // Tables: every row splits into as many cells as the header.
    if (line.startsWith("| ")) {
      const cols = cellDelimiters(line);
      if (tableColumns === null) tableColumns = cols;
      else if (cols !== tableColumns)
        problems.push(`${at}: ${cols} cell delimiters, the header has ${tableColumns}`);
    } else tableColumns = null;

    const spans = codeSpans(line);
    if (spans.unbalanced) {
      problems.push(`${at}: an unbalanced code span`);
      return;
    }
    const outside = spans.outside;
    const withoutTags = index === 0 ? "" : outside.replace(RENDERER_TAGS, "");
    if (withoutTags.includes("<")) problems.push(`${at}: raw "<" outside code`);
    if (/(?<!\\)\]\(|(?<!\\)!(?<!\\)\[/.test(outside.replace(options.allowedLink ?? /$^/, "")))
      problems.push(`${at}: link or image syntax`);
    const text = decodeEntities(outside.replace(options.allowedLink ?? /$^/, ""));
    if (/(^|[^A-Za-z0-9_\u200B])@[A-Za-z0-9]/.test(text)) problems.push(`${at}: an @mention`);
    if (/[A-Za-z0-9._%+-]@[A-Za-z0-9]/.test(text)) problems.push(`${at}: an e-mail autolink`);
    if (/(^|[^&A-Za-z0-9])#\d/.test(text)) problems.push(`${at}: an issue reference`);
    if (/:\/\//.test(text) || /\bwww\./i.test(text)) problems.push(`${at}: an autolink`);
    if (/[\u202a-\u202e\u2066-\u2069\u200e\u200f]/.test(line))
      problems.push(`${at}: a bidirectional control character`);
    // Repository text may say "✅ approved" (it is inert text), but never where the renderer states
    // a verdict or an approval: the headline and the status line under each principal.
    if (/^(✅|⏳|❌)/.test(line) && !STATUS.test(outside))
      problems.push(`${at}: a status line the renderer did not write`);
  });
  if (fence) problems.push("a fenced block is left open");
  if (headlines !== 1) problems.push(`${headlines} level-2 headings, expected 1`);
  return problems;
}
