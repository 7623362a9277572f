/**
 * Which files a Terraform module can read through the file functions (file(), templatefile(),
 * fileset(), filebase64() …), as path prefixes, for a diff to know which roots a changed file
 * affects. Read from the code's text, over-approximating on purpose: reading a root too many is
 * slow, missing one hides a grant.
 *
 * A literal path is its own prefix; a computed one is the literal part before the first value
 * that is not a path.* (`"${path.module}/../policies/${var.env}.json"` -> `policies/`); fileset()'s
 * first argument is a folder. `path.module` is the module's folder; `path.root`, `path.cwd` and
 * relative paths are each root's folder. A name with no literal folder at all (`file(local.x)`)
 * is unknown: the module's own folder tree, which a change already affects as a whole.
 */

const FILE_CALL =
  /\b(file|filebase64|filebase64sha256|filebase64sha512|fileexists|filemd5|filesha1|filesha256|filesha512|templatefile|fileset)\s*\(/g;

export function fileReferencePrefixes(text: string, moduleDir: string, roots: readonly string[]): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(FILE_CALL)) {
    const arg = firstArgument(text, (m.index ?? 0) + m[0].length);
    if (arg === undefined) continue;
    const literal = literalPrefix(arg);
    // No literal start at all (`"${var.x}"`, `local.x`): the module's folder tree.
    if (literal === undefined || literal === "") continue;
    const isSet = m[1] === "fileset";
    for (const prefix of anchored(literal, moduleDir, roots)) {
      const p = normalise(isSet && prefix !== "" && !prefix.endsWith("/") ? `${prefix}/` : prefix);
      if (p !== undefined) out.add(p);
    }
  }
  return [...out].sort();
}

/** The text of the call's first argument (up to a top-level `,` or `)`), or undefined. */
function firstArgument(text: string, from: number): string | undefined {
  let depth = 0;
  let inString = false;
  let interp = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString && interp === 0) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      else if (c === "$" && text[i + 1] === "{") {
        interp = 1;
        i++;
      }
      continue;
    }
    if (c === '"' && interp === 0) inString = true;
    else if (c === "{" && interp > 0) interp++;
    else if (c === "}" && interp > 0) interp--;
    else if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if ((c === "," || c === ")") && depth === 0 && interp === 0) return text.slice(from, i).trim();
  }
  return undefined;
}

/**
 * The literal start of a string argument, with ${path.*} kept as markers, cut at the first other
 * interpolation; undefined when the argument is not a quoted string (a variable, a local …).
 */
function literalPrefix(arg: string): string | undefined {
  const m = /^"((?:[^"\\]|\\.)*)/.exec(arg);
  if (!m) return undefined;
  const body = m[1] ?? "";
  let out = "";
  for (let i = 0; i < body.length; i++) {
    if (body[i] === "$" && body[i + 1] === "{") {
      const end = body.indexOf("}", i);
      const inner = end < 0 ? "" : body.slice(i + 2, end).trim();
      if (!/^path\.(module|root|cwd)$/.test(inner)) return out;
      out += `\0${inner}\0`;
      i = end;
      continue;
    }
    out += body[i];
  }
  return out;
}

/** The repository paths a literal start stands for: path.module in the module, others in each root. */
function anchored(literal: string, moduleDir: string, roots: readonly string[]): string[] {
  const join = (dir: string, rest: string) => (dir === "" ? rest : `${dir}/${rest}`);
  const first = /^\0path\.(module|root|cwd)\0\/?/.exec(literal);
  const rest = (first ? literal.slice(first[0].length) : literal).replace(/\0path\.(module|root|cwd)\0/g, "");
  if (first?.[1] === "module") return [join(moduleDir, rest)];
  if (rest.startsWith("/")) return [];
  // path.root, path.cwd and relative paths: the folder Terraform runs in, a root.
  return roots.map((r) => join(r, rest));
}

/** A path with `.` and `..` resolved; undefined when it climbs out of the repository. */
function normalise(path: string): string | undefined {
  const parts: string[] = [];
  const segments = path.split("/");
  for (const [i, s] of segments.entries()) {
    if (s === "." || (s === "" && i < segments.length - 1)) continue;
    if (s === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(s);
  }
  return parts.join("/");
}
