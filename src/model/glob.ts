/** Glob patterns of the allowlist: `*` matches any run of characters, `?` one character. */
export function globToRegExp(pattern: string, flags = ""): RegExp {
  let re = "";
  for (const ch of pattern) {
    if (ch === "*") re += "[^]*";
    else if (ch === "?") re += "[^]";
    else re += ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, flags);
}

export function isGlob(pattern: string): boolean {
  return pattern.includes("*") || pattern.includes("?");
}

export function globMatch(pattern: string, text: string, ignoreCase = false): boolean {
  if (!isGlob(pattern)) return ignoreCase ? pattern.toLowerCase() === text.toLowerCase() : pattern === text;
  return globToRegExp(pattern, ignoreCase ? "i" : "").test(text);
}

/** Path globs for --include/--exclude: `**` crosses folders, `*` does not. */
export function pathGlobToRegExp(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === "*" && pattern[i + 1] === "*") {
      re += ".*";
      i++;
      if (pattern[i + 1] === "/") i++;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${re}(/.*)?$`);
}

/**
 * Does glob `wide` match every string that glob `narrow` matches? Sufficient, not exhaustive:
 * a wildcard of `narrow` must be matched by a `*` of `wide` (a `?` of `narrow` also by a `?`),
 * literal characters by the same character or a wildcard of `wide`.
 */
export function globCovers(wide: string, narrow: string): boolean {
  const a = [...wide];
  const b = [...narrow];
  // reach[j]: wide[0..i) can cover narrow[0..j).
  let reach = new Array<boolean>(b.length + 1).fill(false);
  reach[0] = true;
  for (const ch of a) {
    const next = new Array<boolean>(b.length + 1).fill(false);
    for (let j = 0; j <= b.length; j++) {
      if (ch === "*") {
        // Zero characters, or one more character (any, wildcards included) after a covered prefix.
        next[j] = reach[j] === true || (j > 0 && next[j - 1] === true);
      } else if (j > 0 && reach[j - 1]) {
        const c = b[j - 1];
        next[j] = ch === "?" ? c !== "*" : c === ch;
      }
    }
    reach = next;
  }
  return reach[b.length] === true;
}
