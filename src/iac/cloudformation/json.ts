/**
 * A fast JSON reader that builds the located tree directly (CDK templates run to megabytes; the
 * YAML library reads JSON ten times slower). Strict JSON only: on a syntax error it returns null
 * and the caller reads the text as YAML, which is what CloudFormation does with a template body
 * that is not JSON.
 */
import type { AnalysisError } from "../../model/types.js";
import type { LEntry, LNode } from "./located.js";

class JsonSyntaxError extends Error {}

export interface JsonParse {
  root: LNode;
  errors: AnalysisError[];
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * @param keepDuplicates keep every entry of a repeated key (Terraform's JSON syntax declares one
 *   block per occurrence) instead of reporting it and keeping the last (CloudFormation)
 */
export function parseStrictJson(
  text: string,
  file: string,
  maxDepth: number,
  keepDuplicates = false,
): JsonParse | null {
  let i = 0;
  let line = 1;
  const errors: AnalysisError[] = [];
  let depthReported = false;

  const skipWhitespace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };

  const readString = (): string => {
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c) || c === 10) throw new JsonSyntaxError("unterminated string");
      if (c === 92) i += 2;
      else if (c === 34) break;
      else i++;
    }
    i++;
    const raw = text.slice(start, i);
    // Plain strings need no decoding; escapes and control characters are JSON.parse's job.
    return raw.includes("\\") || /[\u0000-\u001f]/.test(raw) ? (JSON.parse(raw) as string) : raw.slice(1, -1);
  };

  const readValue = (depth: number): LNode => {
    skipWhitespace();
    const at = line;
    const c = text[i];
    if (depth > maxDepth && (c === "{" || c === "[")) {
      if (!depthReported) {
        depthReported = true;
        errors.push({ file, line: at, message: `nesting deeper than ${maxDepth} levels` });
      }
      skipValue();
      return { kind: "scalar", value: null, line: at };
    }
    if (c === "{") return readObject(depth, at);
    if (c === "[") {
      i++;
      const items: LNode[] = [];
      skipWhitespace();
      if (text[i] === "]") {
        i++;
        return { kind: "seq", items, line: at };
      }
      for (;;) {
        items.push(readValue(depth + 1));
        skipWhitespace();
        const next = text[i++];
        if (next === "]") return { kind: "seq", items, line: at };
        if (next !== ",") throw new JsonSyntaxError("expected , or ]");
      }
    }
    if (c === '"') return { kind: "scalar", value: readString(), line: at };
    for (const [word, value] of [
      ["true", true],
      ["false", false],
      ["null", null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return { kind: "scalar", value, line: at };
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) throw new JsonSyntaxError("unexpected character");
    i += m[0].length;
    const n = Number(m[0]);
    // Integers beyond 2^53 keep their digits.
    const value = /^-?\d+$/.test(m[0]) && !Number.isSafeInteger(n) ? m[0] : n;
    return { kind: "scalar", value, line: at };
  };

  const readObject = (depth: number, at: number): LNode => {
    i++;
    const entries: LEntry[] = [];
    // Most objects are small: a scan finds duplicates; big ones get an index.
    let index: Map<string, number> | undefined;
    const find = (key: string): number | undefined => {
      if (index === undefined && entries.length > 16) index = new Map(entries.map((e, n) => [e.key, n]));
      if (index !== undefined) return index.get(key);
      const at = entries.findIndex((e) => e.key === key);
      return at < 0 ? undefined : at;
    };
    skipWhitespace();
    if (text[i] === "}") {
      i++;
      return { kind: "map", entries, line: at };
    }
    for (;;) {
      skipWhitespace();
      if (text[i] !== '"') throw new JsonSyntaxError("expected a string key");
      const keyLine = line;
      const key = readString();
      skipWhitespace();
      if (text[i++] !== ":") throw new JsonSyntaxError("expected :");
      const value = readValue(depth + 1);
      const seen = keepDuplicates ? undefined : find(key);
      if (seen === undefined) {
        index?.set(key, entries.length);
        entries.push({ key, keyLine, value });
      } else {
        errors.push({ file, line: keyLine, message: `invalid JSON: duplicate key ${JSON.stringify(key)}` });
        entries[seen] = { key, keyLine, value };
      }
      skipWhitespace();
      const next = text[i++];
      if (next === "}") return { kind: "map", entries, line: at };
      if (next !== ",") throw new JsonSyntaxError("expected , or }");
    }
  };

  /** Past a value nested too deeply, without building it. */
  const skipValue = (): void => {
    let level = 0;
    do {
      const c = text[i];
      if (c === undefined) throw new JsonSyntaxError("unexpected end");
      if (c === '"') {
        readString();
        continue;
      }
      if (c === "{" || c === "[") level++;
      else if (c === "}" || c === "]") level--;
      else if (c === "\n") line++;
      i++;
    } while (level > 0);
  };

  try {
    const root = readValue(0);
    skipWhitespace();
    if (i < text.length) return null;
    return { root, errors };
  } catch (e) {
    if (e instanceof JsonSyntaxError || e instanceof SyntaxError) return null;
    throw e;
  }
}
