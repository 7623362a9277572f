/**
 * Everything that came from the repository is untrusted: a PR author chooses every principal,
 * address and file name. These helpers make such text inert in Markdown/HTML and on a terminal.
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const MD_SPECIAL = /[\\`*_{}[\]()#+!|~<>&@"']/g;
const MD_ENTITY: Record<string, string> = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": "&#64;",
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
    .replace(/:\/\//g, "&#58;//")
    .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}&#46;`);
}

/**
 * An identifier (ARN, address, file) as a code span: shown verbatim, never interpreted. Backticks
 * cannot close the span (they are replaced by a look-alike) and pipes cannot end a table cell.
 */
export function code(text: string, max = 300): string {
  const inner = bound(text.replace(CONTROL, " "), max).replace(/`/g, "ˋ").replace(/\|/g, "\\|").trim();
  return inner === "" ? "` `" : `\`${inner}\``;
}

/** Text for a terminal: control characters (escape sequences) replaced. */
export function term(text: string, max = 500): string {
  return bound(text.replace(/[\u0000-\u001f\u007f-\u009f]/g, "\uFFFD"), max);
}

export function bound(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A YAML double-quoted scalar that cannot break out of a fenced code block. */
export function yamlString(text: string): string {
  return JSON.stringify(bound(text, 2048)).replace(/`/g, "\\u0060").replace(/~/g, "\\u007e");
}
