/**
 * Where JSON text goes wrong. JSON.parse's messages differ between engines, often give no
 * position and may quote the whole input; this scanner finds the first syntax error itself
 * (iteratively: no recursion, whatever the nesting) so the error can name line and column.
 */

export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  reason: string;
  /** The text ends inside a value: the file looks cut off. */
  truncated: boolean;
}

const WS = new Set([" ", "\t", "\n", "\r"]);
const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ["true", "false", "null"];
const ESCAPE_RE = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/;

type Expect = "value" | "key" | "colon" | "after-value";

/** The first syntax error of a text, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | null {
  const stack: ("{" | "[")[] = [];
  let expect: Expect = "value";
  let i = 0;
  let first = true;
  const fail = (offset: number, reason: string): JsonSyntaxProblem => problemAt(text, offset, reason);
  if (text.trim() === "") return fail(0, "the file is empty");
  while (true) {
    while (i < text.length && WS.has(text[i] as string)) i++;
    if (i >= text.length) {
      if (stack.length === 0 && expect === "after-value") return null;
      return fail(text.length, "unexpected end of input");
    }
    const c = text[i] as string;
    if (stack.length === 0 && expect === "after-value")
      return fail(i, "unexpected text after the JSON value");
    if (expect === "colon") {
      if (c !== ":") return fail(i, "expected ':' after a property name");
      i++;
      expect = "value";
      continue;
    }
    if (expect === "after-value") {
      const top = stack[stack.length - 1];
      if (c === ",") {
        i++;
        expect = top === "{" ? "key" : "value";
        first = false;
        continue;
      }
      if ((c === "}" && top === "{") || (c === "]" && top === "[")) {
        stack.pop();
        i++;
        continue;
      }
      return fail(i, top === "{" ? "expected ',' or '}' in an object" : "expected ',' or ']' in an array");
    }
    if (expect === "key") {
      if (c === "}" && first) {
        stack.pop();
        i++;
        expect = "after-value";
        continue;
      }
      if (c !== '"') return fail(i, "expected a property name in double quotes");
      const end = scanString(text, i);
      if (typeof end !== "number") return fail(end.offset, end.reason);
      i = end;
      expect = "colon";
      continue;
    }
    // expect === "value"
    first = false;
    if (c === "{" || c === "[") {
      stack.push(c);
      i++;
      first = true;
      expect = c === "{" ? "key" : "value";
      // An empty array closes right away.
      while (i < text.length && WS.has(text[i] as string)) i++;
      if (c === "[" && text[i] === "]") {
        stack.pop();
        i++;
        expect = "after-value";
      }
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (typeof end !== "number") return fail(end.offset, end.reason);
      i = end;
      expect = "after-value";
      continue;
    }
    const word = /^(true|false|null)/.exec(text.slice(i, i + 5));
    if (word) {
      i += (word[1] as string).length;
      expect = "after-value";
      continue;
    }
    if (c === "-" || (c >= "0" && c <= "9")) {
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(text);
      if (!m) return fail(i + 1, i + 1 >= text.length ? "unexpected end of input" : "invalid number");
      i += m[0].length;
      // `1.`, `1e`, `1e+` at the very end: the number was cut off.
      if (/^(\.|[eE][+-]?)$/.test(text.slice(i))) return fail(text.length, "unexpected end of input");
      expect = "after-value";
      continue;
    }
    const rest = text.slice(i);
    if (LITERALS.some((w) => rest.length < w.length && w.startsWith(rest))) {
      return fail(text.length, "unexpected end of input");
    }
    return fail(i, `unexpected character ${JSON.stringify(c)}`);
  }
}

/** Offset just past the closing quote, or the problem. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') return i + 1;
    if (c === "\\") {
      if (i + 1 >= text.length) break;
      if (!ESCAPE_RE.test(text.slice(i + 1, i + 6))) {
        // `\u12` cut off at the end of the text is truncation, anything else a bad escape.
        if (/^(u[0-9a-fA-F]{0,3})?$/.test(text.slice(i + 1))) break;
        return { offset: i, reason: "invalid escape in a string" };
      }
      i += text[i + 1] === "u" ? 6 : 2;
      continue;
    }
    if (c.charCodeAt(0) < 0x20) return { offset: i, reason: "control character in a string" };
    i++;
  }
  return { offset: text.length, reason: "unexpected end of input inside a string" };
}

function problemAt(text: string, offset: number, reason: string): JsonSyntaxProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return {
    offset,
    line,
    column: offset - lineStart + 1,
    reason,
    truncated: offset >= text.length && text.trim() !== "",
  };
}
