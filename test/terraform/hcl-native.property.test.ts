// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, written literally
/**
 * Generated HCL files (arguments with literals, templates, heredocs, tuples, objects, traversals,
 * calls, operators, for expressions, nested blocks, comments) and damaged copies of them: wherever
 * the native reader answers, hcl2json accepts the file and gives the very same value; a file
 * damaged so that it cannot parse gets no native answer.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseHclNative } from "../../src/iac/terraform/hcl-native.js";
import { parse } from "../../src/iac/terraform/hcl2json.js";
import { checkAsync, runs } from "../property/helpers.js";

const name = fc.constantFrom("a", "b", "name", "for_each", "x-y", "_z", "true", "null", "in", "count");
const sp = fc.constantFrom("", " ", "  ", "\t");
const comment = fc.constantFrom("", " # c", " // c", " /* c */");

const number = fc.oneof(
  fc.nat(1_000_000).map(String),
  fc.constantFrom("0", "012", "1.50", "1e3", "0.1e-2", "1.5E+10", "123456789012", "12345678901234567890"),
  fc.tuple(fc.nat(999), fc.nat(999)).map(([a, b]) => `${a}.${b}`),
);
const literal = fc.oneof(number, fc.constantFrom("true", "false", "null"));

const traversal = fc
  .tuple(
    fc.constantFrom("var", "local", "aws_s3_bucket", "each", "count", "data"),
    fc.array(fc.constantFrom(".x", ".name", "[0]", '["k"]', ".*", "[*]", ".0", "[ 1 ]", ".arn"), {
      maxLength: 4,
    }),
  )
  .map(([root, steps]) => root + steps.join(""));

const textChar = fc.constantFrom(
  "a",
  "b",
  " ",
  ":",
  "/",
  "-",
  "*",
  "$",
  "%",
  "{",
  "}",
  "é",
  "\\n",
  '\\"',
  "\\\\",
);

/** Quoted template source; interpolations hold a traversal or a call. */
function quoted(inner: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 3, arbitrary: textChar },
    { weight: 1, arbitrary: fc.tuple(sp, inner, sp).map(([a, e, b]) => `\u0001${a}${e}${b}\u0002`) },
  );
  // "$" and "%" are literal unless "{" follows: drop the ones that would make an escape or a directive.
  return fc.array(part, { maxLength: 6 }).map((ps) => {
    const text = ps
      .join("")
      .replace(/[$%](?=[{\u0001])/g, "x")
      .replace(/\u0001/g, "${")
      .replace(/\u0002/g, "}");
    return `"${text}"`;
  });
}

const heredoc = fc
  .tuple(
    fc.boolean(),
    fc.array(
      fc.tuple(
        fc.constantFrom("", "  ", "    "),
        fc.constantFrom("text", '"k": "v"', "${var.x}", "a ${local.y} b", ""),
      ),
      { minLength: 0, maxLength: 4 },
    ),
    fc.constantFrom("", "  "),
    fc.constantFrom("", "  "),
  )
  .map(([flush, lines, indent, trailing]) => {
    const body = lines.map(([i, t]) => (t === "" ? "" : i + t)).join("\n");
    return `<<${flush ? "-" : ""}EOT\n${body}${lines.length > 0 ? "\n" : ""}${indent}EOT${trailing}\n`;
  });

const expr: fc.Memo<string> = fc.memo((n) => {
  const leaf = fc.oneof(literal, traversal, quoted(traversal));
  if (n <= 1) return leaf;
  const sub = expr(n - 1);
  const list = (open: string, close: string, items: fc.Arbitrary<string[]>) =>
    fc
      .tuple(items, fc.boolean(), fc.boolean())
      .map(([xs, multi, trailing]) =>
        xs.length === 0
          ? `${open}${close}`
          : multi
            ? `${open}\n${xs.map((x) => `  ${x},`).join("\n")}${trailing ? "" : " # end"}\n${close}`
            : `${open}${xs.join(", ")}${trailing ? "," : ""}${close}`,
      );
  const objectItem = fc
    .tuple(
      fc.oneof(
        name,
        name.map((k) => `"${k}"`),
      ),
      fc.constantFrom(" = ", "=", ": "),
      sub,
    )
    .map(([k, eq, v]) => `${k}${eq}${v}`);
  return fc.oneof(
    { weight: 4, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom("-", "!", "- "), sub).map(([o, x]) => o + x) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(sub, fc.constantFrom(" + ", " == ", " && ", "*", " /* c */ - "), sub)
        .map(([a, o, b]) => a + o + b),
    },
    { weight: 1, arbitrary: fc.tuple(sub, sub, sub).map(([a, b, c]) => `${a} ? ${b} : ${c}`) },
    { weight: 1, arbitrary: sub.map((x) => `(${x})`) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom("jsonencode", "concat", "format", "f"), fc.array(sub, { maxLength: 3 }))
        .map(([f, xs]) => `${f}(${xs.join(", ")})`),
    },
    { weight: 2, arbitrary: list("[", "]", fc.array(sub, { maxLength: 3 })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.array(objectItem, { maxLength: 3 }), fc.boolean())
        .map(([xs, multi]) =>
          xs.length === 0
            ? "{}"
            : multi
              ? `{\n${xs.map((x) => `    ${x}`).join("\n")}\n  }`
              : `{ ${xs.join(", ")} }`,
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(traversal, sub, fc.boolean())
        .map(([c, v, obj]) =>
          obj ? `{for k, v in ${c} : k => ${v}}` : `[for v in ${c} : ${v} if v != null]`,
        ),
    },
    { weight: 1, arbitrary: heredoc },
  );
});

const attribute = fc
  .tuple(name, sp, expr(3), comment)
  .map(([k, s, v, c]) => `${k}${s}=${s}${v}${v.endsWith("\n") ? "" : `${c}\n`}`);

const block: fc.Memo<string> = fc.memo((n) => {
  const items =
    n <= 1
      ? fc.array(attribute, { maxLength: 3 })
      : fc.array(fc.oneof(attribute, block(n - 1)), { maxLength: 3 });
  return fc
    .tuple(
      fc.constantFrom("resource", "data", "locals", "statement", "principals", "module"),
      fc.array(fc.constantFrom('"aws_iam_role"', '"this"', "plain", '"a b"', '"x"'), { maxLength: 2 }),
      items,
      comment,
    )
    .map(([type, labels, body, c]) =>
      body.length === 0
        ? `${[type, ...labels].join(" ")} {}${c}\n`
        : `${[type, ...labels].join(" ")} {${c}\n${body.join("")}}\n`,
    );
});

const file = fc
  .array(fc.oneof(attribute, block(3), fc.constantFrom("\n", "# note\n", "/* block\n comment */\n")), {
    minLength: 1,
    maxLength: 6,
  })
  .map((parts) => parts.join(""));

async function hcl2json(text: string): Promise<{ value: unknown } | { error: string }> {
  try {
    return { value: await parse("a.tf", text) };
  } catch (e) {
    return { error: String(e) };
  }
}

let native = 0;
let total = 0;

async function agrees(text: string): Promise<void> {
  total++;
  const mine = parseHclNative(text)?.body;
  if (mine === undefined) return;
  native++;
  const theirs = await hcl2json(text);
  expect("value" in theirs, `native read a file hcl2json rejects: ${JSON.stringify(text)}`).toBe(true);
  if (!("value" in theirs)) return;
  expect(mine).toEqual(theirs.value);
  expect(JSON.stringify(mine)).toBe(JSON.stringify(theirs.value));
}

describe("the native HCL reader on generated files", () => {
  it("answers only what hcl2json answers, and the same", async () => {
    native = 0;
    total = 0;
    await checkAsync("native HCL reader, generated files", fc.asyncProperty(file, agrees), runs(1500));
    console.log(`native HCL reader, generated files: ${native}/${total} read natively`);
    expect(native / total).toBeGreaterThan(0.5);
  });

  it("answers only what hcl2json answers on damaged files", async () => {
    const damaged = fc
      .tuple(
        file,
        fc.nat(),
        fc.constantFrom("", "}", ")", "]", "{", "(", "=", '"', "\n", ",", ".", "$", "<<", "#"),
      )
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        // Delete one character, or put a stray one in its place.
        return text.slice(0, i) + insert + text.slice(i + 1);
      });
    await checkAsync("native HCL reader, damaged files", fc.asyncProperty(damaged, agrees), runs(1500));
  });

  it("gives no answer for files broken for certain", async () => {
    const broken = fc
      .tuple(
        file,
        fc.constantFrom("}\n", "a = \n", "x = 1 y = 2\n", ")\n", "b {\n", 'c = "open\n', "d = [1,,2]\n"),
        fc.boolean(),
      )
      .map(([text, bad, before]) => (before ? bad + text : `${text}\n${bad}`));
    await checkAsync(
      "native HCL reader, broken files",
      fc.asyncProperty(broken, async (text) => {
        expect(parseHclNative(text), JSON.stringify(text)).toBeUndefined();
        expect("error" in (await hcl2json(text)), JSON.stringify(text)).toBe(true);
      }),
      runs(500),
    );
  });
});
