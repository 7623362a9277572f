import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { looksLikeTemplate, parseParametersFile, readTemplate } from "../../src/iac/cloudformation/index.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { fixtureFiles } from "./helpers.js";

const SOURCES = [
  ...Object.values(fixtureFiles("short-forms")),
  ...Object.values(fixtureFiles("conditions")),
  ...Object.values(fixtureFiles("lines-json")),
  ...Object.values(fixtureFiles("sub")),
];

/** A fixture cut short and with a few characters replaced: the kinds of damage edits cause. */
const damaged = fc
  .record({
    source: fc.constantFrom(...SOURCES),
    cut: fc.nat(),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        text: fc.constantFrom("!", "&a", "*a", "{", "[", ":", "\n", "'", '"', "!Ref", "- ", "\t"),
      }),
      {
        maxLength: 4,
      },
    ),
  })
  .map(({ source, cut, edits }) => {
    let text = source.slice(0, source.length - (cut % (source.length + 1)) / 2);
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.text + text.slice(at + 1);
    }
    return text;
  });

describe("bad input never throws", () => {
  test("damaged templates give records or errors, never an exception", () => {
    fc.assert(
      fc.property(damaged, fc.constantFrom("t.yaml", "t.json"), (text, file) => {
        const result = readTemplate(memorySnapshot({ [file]: text }), file);
        expect(Array.isArray(result.resources)).toBe(true);
        expect(result.errors.every((e) => e.file === file && typeof e.message === "string")).toBe(true);
        expect(result.errors.filter((e) => e.message.startsWith("internal error"))).toEqual([]);
        expect(typeof looksLikeTemplate(file, text)).toBe("boolean");
        const params = parseParametersFile(text, file);
        expect("parameters" in params || "error" in params).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
