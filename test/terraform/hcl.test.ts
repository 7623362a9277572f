// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  bracketDepth,
  hclErrors,
  MAX_HCL_NESTING,
  parseHcl,
  parseTfJson,
} from "../../src/iac/terraform/hcl.js";

describe("the hcl2json adapter", () => {
  it("turns hcl2json's message into one located error per diagnostic", () => {
    expect(
      hclErrors(
        "infra/main.tf",
        "parse config: [infra/main.tf:5,28-6,1: Invalid multi-line string; Quoted strings may not be split. infra/main.tf:7,13-14: Unexpected end of template; missing endfor.]",
      ),
    ).toEqual([
      {
        file: "infra/main.tf",
        line: 5,
        message: "HCL syntax error: Invalid multi-line string; Quoted strings may not be split.",
      },
      {
        file: "infra/main.tf",
        line: 7,
        message: "HCL syntax error: Unexpected end of template; missing endfor.",
      },
    ]);
    expect(hclErrors("a.tf", "boom")).toEqual([{ file: "a.tf", message: "HCL syntax error: boom" }]);
  });

  it("parses HCL and neutralises token markers decoded from escapes", async () => {
    const r = await parseHcl("a.tf", 'locals {\n  self = "\\uE000s\\uE001"\n}\n');
    expect("tree" in r && r.tree.body).toEqual({ locals: [{ self: "\uFFFDs\uFFFD" }] });
    const bad = await parseHcl("b.tf", "locals {\n  a = \n}\n");
    expect(bad).toEqual({
      errors: [
        { file: "b.tf", line: 2, message: expect.stringMatching(/^HCL syntax error: Invalid expression/) },
      ],
    });
  });

  it("brings .tf.json into the hcl2json shape", () => {
    const text = JSON.stringify({
      "//": "comment",
      resource: {
        aws_iam_role: {
          r: { name: "MARKER", dynamic: { statement: { for_each: "${var.x}", content: { a: 1 } } } },
        },
      },
      locals: { a: 1 },
      module: { m: [{ source: "./m" }] },
    }).replace("MARKER", "\\uE000");
    const r = parseTfJson("x.tf.json", text);
    expect(r).toEqual({
      body: {
        resource: {
          aws_iam_role: {
            r: [{ name: "\uFFFD", dynamic: { statement: [{ for_each: "${var.x}", content: [{ a: 1 }] }] } }],
          },
        },
        locals: [{ a: 1 }],
        module: { m: [{ source: "./m" }] },
      },
    });
  });
});

describe("the nesting guard before hcl2json", () => {
  it("bracketDepth is the deepest count of open brackets, closers past zero ignored, for any text", () => {
    const reference = (text: string): number => {
      let depth = 0;
      let max = 0;
      for (const ch of text) {
        if ("([{".includes(ch)) max = Math.max(max, ++depth);
        else if (")]}".includes(ch) && depth > 0) depth--;
      }
      return max;
    };
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'([{}])a"#\n\u00e9\ud83d\ude00'), maxLength: 200 }),
        (t) => {
          expect(bracketDepth(t)).toBe(reference(t));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a file nested deeper than the limit is refused with the depth, not parsed", async () => {
    const deep = `locals {\n  x = ${"[".repeat(MAX_HCL_NESTING + 5)}${"]".repeat(MAX_HCL_NESTING + 5)}\n}\n`;
    const r = await parseHcl("deep.tf", deep);
    expect("errors" in r ? r.errors[0]?.message : undefined).toBe(
      `nesting is ${MAX_HCL_NESTING + 6} levels deep (limit ${MAX_HCL_NESTING}): not parsed`,
    );
  });
});
