/**
 * Everything that came from the repository is untrusted: a PR author chooses every principal,
 * address and file name. These helpers make such text inert in Markdown/HTML and on a terminal.
 */

/**
 * Line breaks and other control characters, and the Unicode bidirectional controls: those reorder
 * the text around them on screen ("Trojan Source"), so a principal could display as something else.
 */
const BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069";
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}]`, "g");
const TERM_CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI}]`, "g");
const BIDI_ONLY = new RegExp(`[\\u2028\\u2029${BIDI}]`, "g");
/** A zero-width space, written as an entity so that it stays visible in the Markdown source. */
const ZWSP = "&#8203;";
const MD_SPECIAL = /[\\`*_{}[\]()#+!|~<>&@"']/g;
/**
 * GitHub finds @mentions and #references in the rendered HTML, after entities are decoded
 * (github/cmark-gfm#181): `&#64;team` still notifies the team. A zero-width space after the
 * character is what breaks them.
 */
const MD_ENTITY: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": `&#64;${ZWSP}`,
  "#": `&#35;${ZWSP}`,
  '"': "&quot;",
  "'": "&#39;",
};

/**
 * Plain text for a Markdown paragraph or table cell: no markup, links, autolinks, HTML, mentions
 * or line breaks survive. The text never starts a line, so list and heading markers are inert.
 */
export function md(text: string, max = 300): string {
  return bound(text.replace(CONTROL, " "), max)
    .replace(MD_SPECIAL, (ch) => MD_ENTITY[ch] ?? `\\${ch}`)
    .replace(/:\/\//g, `:${ZWSP}//`)
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}

/**
 * An identifier (ARN, address, file) as a code span: shown verbatim, never interpreted. Backticks
 * cannot close the span (they are replaced by a look-alike) and pipes cannot end a table cell.
 */
export function code(text: string, max = 300): string {
  const inner = bound(text.replace(CONTROL, " "), max).replace(/`/g, "ˋ").replace(/\|/g, "\\|").trim();
  return inner === "" ? "` `" : `\`${inner}\``;
}

/**
 * A code span outside a table: the same as `code` but a pipe stays a pipe (in a list item a
 * backslash inside a code span would be shown as it is).
 */
export function codeSpan(text: string, max = 300): string {
  const inner = bound(text.replace(CONTROL, " "), max).replace(/`/g, "ˋ").trim();
  return inner === "" ? "` `" : `\`${inner}\``;
}

/** Text for a terminal: control characters (escape sequences) replaced. */
export function term(text: string, max = 500): string {
  return bound(text.replace(TERM_CONTROL, "\uFFFD"), max);
}

export function bound(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A YAML double-quoted scalar that cannot break out of a fenced code block. */
export function yamlString(text: string): string {
  return JSON.stringify(bound(text, 2048))
    .replace(/`/g, "\\u0060")
    .replace(/~/g, "\\u007e")
    .replace(BIDI_ONLY, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
