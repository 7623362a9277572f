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
  const refs = fileReferences(text, moduleDir);
  const out = new Set(refs.inModule);
  for (const rest of refs.fromRoot) for (const { prefix } of anchorAtRoots(rest, roots)) out.add(prefix);
  return [...out].sort();
}

/** What a module's code reads through the file functions, as fileReferencePrefixes reads it. */
export interface FileReferences {
  /** Path prefixes in the repository, anchored at the module's folder (path.module). */
  inModule: string[];
  /**
   * Prefixes relative to the folder Terraform runs in (path.root, path.cwd, a bare relative
   * path), to anchor at a root's folder (anchorAtRoots).
   */
  fromRoot: string[];
  /**
   * The text ranges [start, end) of first arguments that are one quoted string with no value
   * but path.* in it: what they read is wholly in the prefixes above.
   */
  literalArguments: [number, number][];
}

export function fileReferences(text: string, moduleDir: string): FileReferences {
  const inModule = new Set<string>();
  const fromRoot = new Set<string>();
  const literalArguments: [number, number][] = [];
  for (const m of text.matchAll(FILE_CALL)) {
    const arg = firstArgument(text, (m.index ?? 0) + m[0].length);
    if (arg === undefined) continue;
    const literal = literalPrefix(arg.text);
    // No literal start at all (`"${var.x}"`, `local.x`): the module's folder tree.
    if (literal === undefined || literal === "") continue;
    if (isWholeLiteral(arg.text)) literalArguments.push([arg.start, arg.end]);
    const isSet = m[1] === "fileset";
    const slash = (prefix: string) =>
      isSet && prefix !== "" && !prefix.endsWith("/") ? `${prefix}/` : prefix;
    const first = /^\0path\.(module|root|cwd)\0\/?/.exec(literal);
    const rest = (first ? literal.slice(first[0].length) : literal).replace(
      /\0path\.(module|root|cwd)\0/g,
      "",
    );
    if (first?.[1] === "module") {
      const p = normalise(slash(join(moduleDir, rest)));
      if (p !== undefined) inModule.add(p);
    } else if (!rest.startsWith("/")) {
      // path.root, path.cwd and relative paths: the folder Terraform runs in, a root.
      fromRoot.add(slash(rest));
    }
  }
  return { inModule: [...inModule].sort(), fromRoot: [...fromRoot].sort(), literalArguments };
}

/** Whether `name` occurs in `text` outside the given ranges and outside line comments. */
export function namedOutside(text: string, name: string, ranges: readonly [number, number][] = []): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (ranges.some(([start, end]) => at >= start && at + name.length <= end)) continue;
    if (!inLineComment(text, at)) return true;
  }
  return false;
}

/**
 * Whether position `at` lies in a `#` or `//` comment: one starts earlier on its line, outside
 * any quoted string (an even number of unescaped quotes before it). A comment names no file
 * Terraform reads ("# settings come from application_variables.json").
 */
export function inLineComment(text: string, at: number): boolean {
  let quotes = 0;
  for (let i = text.lastIndexOf("\n", at - 1) + 1; i < at; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === '"') quotes++;
    else if (quotes % 2 === 0 && (c === "#" || (c === "/" && text[i + 1] === "/"))) return true;
  }
  return false;
}

/** A root-relative prefix (FileReferences.fromRoot) in each of `roots`. */
export function anchorAtRoots(rest: string, roots: readonly string[]): { root: string; prefix: string }[] {
  const out: { root: string; prefix: string }[] = [];
  for (const root of roots) {
    const prefix = normalise(join(root, rest));
    if (prefix !== undefined) out.push({ root, prefix });
  }
  return out;
}

function join(dir: string, rest: string): string {
  return dir === "" ? rest : `${dir}/${rest}`;
}

/** Whether a first argument is one quoted string whose only values are path.module/root/cwd. */
function isWholeLiteral(arg: string): boolean {
  const m = /^"((?:[^"\\]|\\.)*)"$/.exec(arg);
  if (!m) return false;
  const body = m[1] ?? "";
  if (body.includes("%{")) return false;
  for (const x of body.matchAll(/\$\{([^}]*)\}/g))
    if (!/^\s*path\.(module|root|cwd)\s*$/.test(x[1] ?? "")) return false;
  return true;
}

/** The call's first argument (up to a top-level `,` or `)`), trimmed, with its range; or undefined. */
function firstArgument(text: string, from: number): { text: string; start: number; end: number } | undefined {
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
    else if ((c === "," || c === ")") && depth === 0 && interp === 0) {
      const raw = text.slice(from, i);
      const start = from + (raw.length - raw.trimStart().length);
      return { text: raw.trim(), start, end: start + raw.trim().length };
    }
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
