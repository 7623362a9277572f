/** The one JSON reader (src/model/json.ts): values, lines, repeated keys, depth, first error. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeJsonError, type JsonNode, parseJson, plainValue, readJson } from "../../src/model/json.js";

const valid = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe("readJson agrees with JSON.parse", () => {
  it("on what is valid, and on the value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        const read = readJson(text, { maxDepth: 1000 });
        expect(read.ok).toBe(true);
        if (read.ok) expect(plainValue(read.root)).toEqual(JSON.parse(text));
        expect(parseJson(text)).toEqual({ ok: true, value: JSON.parse(text) });
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readJson(text).ok).toBe(valid(text));
        expect(parseJson(text).ok).toBe(valid(text));
      }),
    );
  });

  it("finds the error in every cut of a JSON text, at its end, as truncated", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, n) => {
        const text = JSON.stringify({ v: value }, null, 1);
        const cut = text.slice(0, n % text.length);
        const read = readJson(cut, { maxDepth: 1000 });
        expect(read.ok).toBe(false);
        if (!read.ok && cut.trim() !== "")
          expect(read.error).toMatchObject({ offset: cut.length, truncated: true });
      }),
    );
  });
});

describe("the first error: line, column, offset and reason", () => {
  it.each([
    ['{\n  "a": 1,\n  "b": tru\n}', { offset: 19, line: 3, column: 8, reason: "unexpected character 't'" }],
    ['{"a": 1,}', { offset: 8, reason: "expected a property name in double quotes, found character '}'" }],
    ["[1 2]", { offset: 3, reason: "expected ',' or ']' in an array, found character '2'" }],
    ['{"a" 1}', { offset: 5, reason: "expected ':' after a property name, found character '1'" }],
    ['{"a": 1 "b": 2}', { offset: 8, reason: "expected ',' or '}' in an object, found character '\"'" }],
    ["{} {}", { offset: 3, reason: "unexpected character '{' after the JSON value" }],
    ['"a\\x"', { offset: 2, reason: "invalid escape in a string" }],
    ['"\\u12G4"', { offset: 1, reason: "invalid escape in a string" }],
    ['{"a": 01}', { offset: 7, reason: "invalid number" }],
    ['{"a": "\u0001"}', { offset: 7, reason: "control character in a string" }],
    ['"\u00e9\t"', { offset: 2, reason: "control character in a string" }],
    ["[\u00a0]", { offset: 1, reason: "unexpected character U+00a0" }],
    ["   ", { offset: 3, reason: "empty document", truncated: false }],
    ['{"a": "b', { offset: 8, reason: "unterminated string", truncated: true }],
    ['{"a": tr', { offset: 8, reason: "unexpected end of input", truncated: true }],
    ["[1.", { offset: 3, reason: "unexpected end of input", truncated: true }],
    ['["\\u00', { offset: 6, reason: "unterminated string", truncated: true }],
  ])("%j", (text, error) => {
    const read = readJson(text);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatchObject({ truncated: false, ...error });
  });

  it("counts lines over CRLF and columns from the line's start", () => {
    const read = readJson('{\r\n  "a": [1,\r\n    x]\r\n}');
    expect(!read.ok && read.error).toMatchObject({ line: 3, column: 5, reason: "unexpected character 'x'" });
    expect(!read.ok && describeJsonError(read.error)).toBe("unexpected character 'x' at line 3, column 5");
  });

  it("parseJson gives the same error as readJson", () => {
    const text = '{\n  "resource_changes": [}\n';
    const read = readJson(text);
    expect(parseJson(text)).toMatchObject({ ok: false, error: !read.ok && read.error });
    expect(parseJson(text)).toMatchObject({ error: { line: 2, column: 24, offset: 25 } });
  });
});

describe("the located tree", () => {
  const text = [
    "\uFEFF{",
    '  "Resources": {',
    '    "Bucket": {',
    '      "Type": "AWS::S3::Bucket",',
    '      "Tags": [',
    "        1,",
    "",
    "        true",
    "      ]",
    "    }",
    "  }",
    "}",
  ].join("\r\n");

  it("gives the line of every key and value (a byte order mark and CRLF lines are fine)", () => {
    const read = readJson(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const lines = (n: JsonNode): unknown =>
      n.kind === "scalar"
        ? n.line
        : n.kind === "seq"
          ? { at: n.line, items: n.items.map(lines) }
          : { at: n.line, entries: n.entries.map((e) => [e.key, e.keyLine, lines(e.value)]) };
    expect(lines(read.root)).toEqual({
      at: 1,
      entries: [
        [
          "Resources",
          2,
          {
            at: 2,
            entries: [
              [
                "Bucket",
                3,
                {
                  at: 3,
                  entries: [
                    ["Type", 4, 4],
                    ["Tags", 5, { at: 5, items: [6, 8] }],
                  ],
                },
              ],
            ],
          },
        ],
      ],
    });
    expect(parseJson(text)).toEqual({
      ok: true,
      value: { Resources: { Bucket: { Type: "AWS::S3::Bucket", Tags: [1, true] } } },
    });
  });

  it("reports a repeated key and keeps the last value in the first one's place, or every entry", () => {
    const dup = '{\n "a": 1,\n "b": 2,\n "a": 3\n}';
    const last = readJson(dup);
    expect(last).toEqual({
      ok: true,
      root: {
        kind: "map",
        line: 1,
        entries: [
          { key: "a", keyLine: 4, value: { kind: "scalar", value: 3, line: 4 } },
          { key: "b", keyLine: 3, value: { kind: "scalar", value: 2, line: 3 } },
        ],
      },
      warnings: [{ kind: "duplicate", key: "a", line: 4 }],
    });
    const keep = readJson(dup, { duplicates: "keep" });
    expect(keep.ok && keep.root.kind === "map" && keep.root.entries.map((e) => [e.key, e.keyLine])).toEqual([
      ["a", 2],
      ["b", 3],
      ["a", 4],
    ]);
    expect(keep.ok && keep.warnings).toEqual([{ kind: "duplicate", key: "a", line: 4 }]);
  });

  it("finds a repeated key among many (the indexed path)", () => {
    const keys = Array.from({ length: 40 }, (_, i) => `"k${i}": ${i}`);
    const read = readJson(`{${[...keys, '"k3": "again"'].join(",")}}`);
    expect(read.ok && read.warnings).toEqual([{ kind: "duplicate", key: "k3", line: 1 }]);
    expect(read.ok && (plainValue(read.root) as Record<string, unknown>).k3).toBe("again");
  });

  it("keeps __proto__ a plain key, and integers beyond 2^53 as their digits when asked", () => {
    const text = '{"__proto__": {"x": 1}, "n": 123456789012345678901, "m": 1.5e300, "s": 9007199254740991}';
    const read = readJson(text, { bigIntegers: "digits" });
    const value = read.ok ? (plainValue(read.root) as Record<string, unknown>) : {};
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(["__proto__", "n", "m", "s"]);
    expect([value.n, value.m, value.s]).toEqual(["123456789012345678901", 1.5e300, 9007199254740991]);
    const plain = readJson(text);
    expect(plain.ok && (plainValue(plain.root) as Record<string, unknown>).n).toBe(
      Number("123456789012345678901"),
    );
  });

  it("decodes an escape of a token marker to U+FFFD, in both readers", () => {
    const text = '{"AWS": "\\ue000s\\uE001", "ok": "\\\\ue000"}';
    const read = readJson(text);
    expect(read.ok && plainValue(read.root)).toEqual({ AWS: "\uFFFDs\uFFFD", ok: "\\ue000" });
    expect(parseJson(text)).toEqual({ ok: true, value: { AWS: "\uFFFDs\uFFFD", ok: "\\ue000" } });
  });
});

describe("nesting", () => {
  it("refuses nesting deeper than the bound, at the value that goes too deep", () => {
    const read = readJson(`${"[".repeat(300)}${"]".repeat(300)}`);
    expect(!read.ok && read.error).toMatchObject({ column: 257, reason: "nesting deeper than 256 levels" });
    expect(readJson(`${"[".repeat(256)}${"]".repeat(256)}`).ok).toBe(true);
  });

  it("or reads past it: a null in its place and one warning", () => {
    const text = `{"a": ${"[".repeat(10)}"x"${"]".repeat(10)},\n "b": [[1]]}`;
    const read = readJson(text, { maxDepth: 3, tooDeep: "null" });
    expect(read.ok && plainValue(read.root)).toEqual({ a: [[null]], b: [[1]] });
    expect(read.ok && read.warnings).toEqual([{ kind: "too-deep", line: 1, maxDepth: 3 }]);
  });

  it("does not overflow the stack, whatever the nesting", () => {
    expect(readJson("[".repeat(200_000))).toMatchObject({ ok: false });
    const skipped = readJson(`[${"[".repeat(200_000)}`, { maxDepth: 1, tooDeep: "null" });
    expect(!skipped.ok && skipped.error).toMatchObject({ offset: 200_001, truncated: true });
    const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
    expect(parseJson(deep).ok).toBe(true);
  });
});
