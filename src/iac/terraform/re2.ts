/**
 * Terraform's regular expressions are Go's (RE2 syntax). This translates a pattern into a
 * JavaScript RegExp that matches exactly the same strings, or answers null where it cannot be
 * sure (the caller then leaves the result unknown rather than give a different value).
 *
 * What differs and is translated: POSIX classes (`[[:digit:]]`), `\s` (ASCII only in Go), `.` and
 * `^`/`$` (Go's `.` excludes only `\n`; `^`/`$` are absolute unless `(?m)`), `\A`/`\z`, `\Q…\E`,
 * `\x{…}`, `(?P<name>…)`, flag groups `(?s)`, `(?m)`, `(?U)` anywhere and `(?i)` at the start
 * of the pattern, a literal `{` that is no repetition. Everything else that Go and JavaScript might
 * read differently gives null.
 */

type Range = [number, number];

const MAX_CODE = 0x10ffff;

const POSIX: Record<string, Range[]> = {
  alnum: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  alpha: [
    [0x41, 0x5a],
    [0x61, 0x7a],
  ],
  ascii: [[0, 0x7f]],
  blank: [
    [9, 9],
    [32, 32],
  ],
  cntrl: [
    [0, 0x1f],
    [0x7f, 0x7f],
  ],
  digit: [[0x30, 0x39]],
  graph: [[0x21, 0x7e]],
  lower: [[0x61, 0x7a]],
  print: [[0x20, 0x7e]],
  punct: [
    [0x21, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
  ],
  space: [
    [9, 13],
    [32, 32],
  ],
  upper: [[0x41, 0x5a]],
  word: [
    [0x30, 0x39],
    [0x41, 0x5a],
    [0x5f, 0x5f],
    [0x61, 0x7a],
  ],
  xdigit: [
    [0x30, 0x39],
    [0x41, 0x46],
    [0x61, 0x66],
  ],
};

/** Go's Perl classes: ASCII only; `\s` is `[\t\n\f\r ]` (no `\v`). */
const PERL: Record<string, Range[]> = {
  d: POSIX.digit!,
  s: [
    [9, 10],
    [12, 13],
    [32, 32],
  ],
  w: POSIX.word!,
};

function complement(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  let next = 0;
  for (const [a, b] of sorted) {
    if (a > next) out.push([next, a - 1]);
    next = Math.max(next, b + 1);
  }
  if (next <= MAX_CODE) out.push([next, MAX_CODE]);
  return out;
}

const hex = (c: number): string => `\\u{${c.toString(16)}}`;
const rangeText = (rs: Range[]): string =>
  rs.map(([a, b]) => (a === b ? hex(a) : `${hex(a)}-${hex(b)}`)).join("");

interface Flags {
  m: boolean;
  s: boolean;
  U: boolean;
  i: boolean;
}

export interface Translated {
  source: string;
  ignoreCase: boolean;
}

class Untranslatable extends Error {}

/** The pattern as a JavaScript source (to compile with the "u" flag, and "i" when ignoreCase), or null. */
export function translateRe2(pattern: string): Translated | null {
  try {
    return translate(pattern);
  } catch (e) {
    if (e instanceof Untranslatable) return null;
    throw e;
  }
}

function translate(p: string): Translated {
  const chars = [...p];
  let i = 0;
  let out = "";
  let ignoreCase = false;
  const stack: Flags[] = [];
  let flags: Flags = { m: false, s: false, U: false, i: false };
  const fail = (): never => {
    throw new Untranslatable();
  };
  const peek = (k = 0): string | undefined => chars[i + k];

  // A leading (?i…) sets case folding for the whole pattern (JavaScript cannot switch it locally).
  const lead = /^\(\?([imsU]+)\)/.exec(p);
  if (lead?.[1]?.includes("i")) {
    ignoreCase = true;
    flags.i = true;
  }

  const quantifierSuffix = (): void => {
    let lazy = false;
    if (peek() === "?") {
      lazy = true;
      i++;
    }
    if (flags.U) lazy = !lazy;
    if (lazy) out += "?";
  };

  while (i < chars.length) {
    const c = chars[i]!;
    if (c === "\\") {
      i++;
      out += escapeOutside();
      continue;
    }
    if (c === "[") {
      i++;
      out += charClass();
      continue;
    }
    if (c === "(") {
      i++;
      if (peek() !== "?") {
        stack.push({ ...flags });
        out += "(";
        continue;
      }
      i++;
      const rest = chars.slice(i).join("");
      const named = /^(?:P?<)([A-Za-z0-9_]+)>/.exec(rest);
      if (named) {
        if (!/^[A-Za-z_]/.test(named[1]!)) fail();
        i += [...named[0]].length;
        stack.push({ ...flags });
        out += `(?<${named[1]}>`;
        continue;
      }
      const fl = /^([imsU]*)(?:-([imsU]*))?([:)])/.exec(rest);
      if (!fl || (fl[1] === "" && fl[2] === undefined && fl[3] === ")")) fail();
      const m = fl!;
      i += m[0].length;
      const next = { ...flags };
      for (const f of m[1] ?? "") next[f as keyof Flags] = true;
      for (const f of m[2] ?? "") next[f as keyof Flags] = false;
      if (next.i !== flags.i && !(out === "" && stack.length === 0 && next.i === ignoreCase)) fail();
      if (m[3] === ":") {
        stack.push({ ...flags });
        flags = next;
        out += "(?:";
      } else {
        flags = next;
      }
      continue;
    }
    if (c === ")") {
      i++;
      const saved = stack.pop();
      if (saved === undefined) fail();
      flags = saved!;
      out += ")";
      continue;
    }
    if (c === "*" || c === "+" || c === "?") {
      i++;
      out += c;
      quantifierSuffix();
      continue;
    }
    if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(chars.slice(i).join(""));
      if (!m) {
        i++;
        out += "\\{";
        continue;
      }
      if (Number(m[1]) > 1000 || (m[3] !== undefined && m[3] !== "" && Number(m[3]) > 1000)) fail();
      i += m[0].length;
      out += m[0];
      quantifierSuffix();
      continue;
    }
    i++;
    if (c === "}" || c === "]") out += `\\${c}`;
    else if (c === ".") out += flags.s ? "[\\s\\S]" : "[^\\n]";
    else if (c === "^") out += flags.m ? "(?<![^\\n])" : "(?<![\\s\\S])";
    else if (c === "$") out += flags.m ? "(?![^\\n])" : "(?![\\s\\S])";
    else if (c === "|") out += "|";
    else if (c === "/" || c === "-") out += hex(c.codePointAt(0)!);
    else out += c;
  }
  if (stack.length > 0) fail();
  return { source: out, ignoreCase };

  /** A literal code point from an escape shared by both contexts, or null. */
  function literalEscape(e: string): number | null {
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (e in simple) {
      i++;
      return simple[e]!;
    }
    if (e === "x") {
      i++;
      const rest = chars.slice(i).join("");
      const m = /^\{([0-9A-Fa-f]{1,6})\}/.exec(rest) ?? /^([0-9A-Fa-f]{2})/.exec(rest);
      if (!m) fail();
      i += m![0].length;
      const code = Number.parseInt(m![1]!, 16);
      if (code > MAX_CODE) fail();
      return code;
    }
    const code = e.codePointAt(0)!;
    if (code < 0x80 && /[!-/:-@[-`{-~]/.test(e)) {
      i++;
      return code;
    }
    return null;
  }

  function unicodeClass(negated: boolean): string {
    const rest = chars.slice(i).join("");
    const m = /^\{(\^?)([A-Za-z_]+)\}/.exec(rest) ?? /^()([A-Za-z])/.exec(rest);
    if (!m) fail();
    i += m![0].length;
    const neg = negated !== (m![1] === "^");
    const name = m![2]!;
    const body = name === "Any" ? null : /^[A-Z][a-z]?$/.test(name) ? name : `Script=${name}`;
    if (body === null) return neg ? "[^\\s\\S]" : "[\\s\\S]";
    return `\\${neg ? "P" : "p"}{${body}}`;
  }

  function escapeOutside(): string {
    const e = peek();
    if (e === undefined) fail();
    const ch = e!;
    if (ch === "d" || ch === "w") {
      i++;
      return `[${rangeText(PERL[ch]!)}]`;
    }
    if (ch === "D" || ch === "W" || ch === "S") {
      i++;
      return `[${rangeText(complement(PERL[ch.toLowerCase()]!))}]`;
    }
    if (ch === "s") {
      i++;
      return `[${rangeText(PERL.s!)}]`;
    }
    if (ch === "b" || ch === "B") {
      if (flags.i) fail(); // JavaScript's \b under /iu also folds ſ and K into \w
      i++;
      return `\\${ch}`;
    }
    if (ch === "A") {
      i++;
      return "(?<![\\s\\S])";
    }
    if (ch === "z") {
      i++;
      return "(?![\\s\\S])";
    }
    if (ch === "p" || ch === "P") {
      i++;
      return unicodeClass(ch === "P");
    }
    if (ch === "Q") {
      i++;
      let lit = "";
      while (i < chars.length && !(chars[i] === "\\" && chars[i + 1] === "E"))
        lit += hex(chars[i++]!.codePointAt(0)!);
      if (i < chars.length) i += 2;
      // Unwrapped: a quantifier after \E applies to the last literal only, as in Go.
      return lit;
    }
    const code = literalEscape(ch);
    if (code === null) fail();
    return hex(code!);
  }

  function charClass(): string {
    let negated = false;
    if (peek() === "^") {
      negated = true;
      i++;
    }
    const ranges: Range[] = [];
    const extra: string[] = [];
    let first = true;
    for (;;) {
      const c = peek();
      if (c === undefined) fail();
      if (c === "]" && !first) {
        i++;
        break;
      }
      first = false;
      if (c === "[" && peek(1) === ":") {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(chars.slice(i).join(""));
        if (m) {
          const set = POSIX[m[2]!];
          if (!set) fail();
          i += m[0].length;
          ranges.push(...(m[1] === "^" ? complement(set!) : set!));
          continue;
        }
      }
      const lo = classAtom();
      if (lo === null) continue;
      if (peek() === "-" && peek(1) !== undefined && peek(1) !== "]") {
        i++;
        const hi = classAtom();
        if (hi === null || hi < lo) fail();
        ranges.push([lo, hi!]);
      } else {
        ranges.push([lo, lo]);
      }
    }
    const body = rangeText(ranges) + extra.join("");
    if (body === "") fail();
    return `[${negated ? "^" : ""}${body}]`;

    /** One code point, or null when the atom was a class (added to ranges or extra). */
    function classAtom(): number | null {
      const c = chars[i]!;
      if (c !== "\\") {
        i++;
        return c.codePointAt(0)!;
      }
      i++;
      const e = peek();
      if (e === undefined) fail();
      const ch = e!;
      if (ch === "d" || ch === "w" || ch === "s") {
        i++;
        ranges.push(...PERL[ch]!);
        return null;
      }
      if (ch === "D" || ch === "W" || ch === "S") {
        i++;
        ranges.push(...complement(PERL[ch.toLowerCase()]!));
        return null;
      }
      if (ch === "p" || ch === "P") {
        i++;
        const cls = unicodeClass(ch === "P");
        if (cls.startsWith("[")) {
          ranges.push([0, MAX_CODE]);
          if (cls === "[^\\s\\S]") ranges.pop();
        } else extra.push(cls);
        return null;
      }
      const code = literalEscape(ch);
      if (code === null) fail();
      return code;
    }
  }
}
