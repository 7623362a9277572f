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
