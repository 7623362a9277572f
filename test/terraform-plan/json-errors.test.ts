import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findJsonSyntaxError } from "../../src/iac/terraform-plan/json-errors.js";

describe("findJsonSyntaxError", () => {
  it("agrees with JSON.parse on what is valid", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, pretty) => {
        const text = pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value);
        expect(findJsonSyntaxError(text)).toBeNull();
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === null).toBe(valid);
      }),
    );
  });

  it("finds the error in every cut of a JSON text, at its end, as truncated", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, n) => {
        const text = JSON.stringify({ v: value }, null, 1);
        const cut = text.slice(0, n % text.length);
        const problem = findJsonSyntaxError(cut);
        expect(problem).not.toBeNull();
        if (cut.trim() !== "") expect(problem).toMatchObject({ offset: cut.length, truncated: true });
      }),
    );
  });

  it("gives line, column and reason", () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": tru\n}')).toEqual({
      offset: 19,
      line: 3,
      column: 8,
      reason: 'unexpected character "t"',
      truncated: false,
    });
    expect(findJsonSyntaxError('{"a": 1,}')).toMatchObject({
      offset: 8,
      reason: "expected a property name in double quotes",
    });
    expect(findJsonSyntaxError("[1 2]")).toMatchObject({
      offset: 3,
      reason: "expected ',' or ']' in an array",
    });
    expect(findJsonSyntaxError('{"a" 1}')).toMatchObject({
      offset: 5,
      reason: "expected ':' after a property name",
    });
    expect(findJsonSyntaxError("{} {}")).toMatchObject({
      offset: 3,
      reason: "unexpected text after the JSON value",
    });
    expect(findJsonSyntaxError('"a\\x"')).toMatchObject({ offset: 2, reason: "invalid escape in a string" });
    expect(findJsonSyntaxError('{"a": "b')).toMatchObject({ offset: 8, truncated: true });
    expect(findJsonSyntaxError('{"a": tr')).toMatchObject({ offset: 8, truncated: true });
    expect(findJsonSyntaxError("   ")).toMatchObject({
      offset: 0,
      reason: "the file is empty",
      truncated: false,
    });
  });

  it("does not recurse: deep nesting is fine", () => {
    const deep = "[".repeat(200_000);
    expect(findJsonSyntaxError(deep)).toMatchObject({ offset: 200_000, truncated: true });
  });
});
