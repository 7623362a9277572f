/**
 * Recognising a `terraform show -json` plan by its content, whatever the file is called: a JSON
 * object whose top level holds `format_version` and `terraform_version`, and `planned_values` or
 * `resource_changes`. Only the top-level keys are looked at (one pass, no parse): a file that
 * merely mentions those names deeper down (a test fixture embedding a plan in a string, a
 * schema) is not a plan.
 */

const NEEDED = ['"format_version"', '"terraform_version"'];

export function looksLikePlan(text: string): boolean {
  if (!NEEDED.every((k) => text.includes(k))) return false;
  if (!text.includes('"planned_values"') && !text.includes('"resource_changes"')) return false;
  const keys = topLevelKeys(text);
  if (!keys) return false;
  return (
    keys.has("format_version") &&
    keys.has("terraform_version") &&
    (keys.has("planned_values") || keys.has("resource_changes"))
  );
}

/** The keys of the top-level JSON object, or undefined when the text is not one. */
function topLevelKeys(text: string): Set<string> | undefined {
  let i = 0;
  while (i < text.length && /\s/.test(text[i] ?? "")) i++;
  if (text[i] !== "{") return undefined;
  const keys = new Set<string>();
  let depth = 0;
  // At depth 1, a string right after `{` or `,` is a key.
  let expectKey = false;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i + 1;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) {
        if (text.charCodeAt(i) === 0x5c /* \ */) i++;
        i++;
      }
      if (depth === 1 && expectKey) keys.add(text.slice(start, i));
      expectKey = false;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      expectKey = c === 0x7b && depth === 1;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth === 0) return keys;
      expectKey = false;
    } else if (c === 0x2c /* , */) {
      expectKey = depth === 1;
    } else if (c > 0x20) {
      expectKey = false;
    }
  }
  return keys;
}
