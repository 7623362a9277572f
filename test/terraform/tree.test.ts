// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, asserted literally
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Expr, sourceOf } from "../../src/iac/terraform/ast.js";
import { parseHcl } from "../../src/iac/terraform/hcl.js";
import { parseHclNative } from "../../src/iac/terraform/hcl-native.js";
import { parse } from "../../src/iac/terraform/hcl2json.js";
import { parseTemplate, parseTemplateAt } from "../../src/iac/terraform/parser.js";
import { scanHcl } from "../../src/iac/terraform/positions.js";
import {
  heredocLineLiterals,
  type TfFile,
  type TfLiteral,
  treeFromBody,
} from "../../src/iac/terraform/tree.js";

const TEXT = `# resource "fake" "x" {
resource "aws_iam_role" "r" {
  name = "a { b"  // not a block
  policy = <<-EOT
    {"AWS": "arn:aws:iam::123456789012:root", "n": 210987654321}
  EOT
  list = [
    "x",
    "\${var.y}",
  ]
  inline { a = 1 }
}
data "aws_iam_policy_document" "d" {
  statement {
    principals {
      identifiers = ["*", 111122223333]
    }
  }
}
locals {
  id = "\${var.prefix}-\${data.x.y}"
  q  = "say \\"hi\\" to \${var.x}"
}
`;

/** An expression's nodes with the text each stands for in place of where it was parsed. */
function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== "src" && k !== "s" && k !== "e") out[k] = strip(v);
  if ("src" in value) out.text = sourceOf(value as Expr);
  return out;
}

/** The tree the native reader emits, and the one the fallback makes of hcl2json's body and a scan. */
async function bothTrees(text: string): Promise<[string, TfFile][]> {
  const native = parseHclNative(text);
  expect(native).toBeDefined();
  const fallback = treeFromBody((await parse("a.tf", text)) as Record<string, unknown>, scanHcl(text));
  return [
    ["native", native!],
    ["hcl2json", fallback],
  ];
}

describe("the located tree of a .tf file", () => {
  it("gives blocks, arguments, tuple elements, nested blocks, heredoc and literal lines, both ways alike", async () => {
    for (const [how, tree] of await bothTrees(TEXT)) {
      // Declarations in hcl2json's order: by type, then labels.
      expect(
        tree.blocks.map((b) => [b.type, b.labels, b.line]),
        how,
      ).toEqual([
        ["data", ["aws_iam_policy_document", "d"], 13],
        ["locals", [], 20],
        ["resource", ["aws_iam_role", "r"], 2],
      ]);
      const role = tree.blocks[2]!;
      expect(TEXT.slice(role.start, role.end), how).toMatch(/^resource "aws_iam_role" "r" \{[\s\S]*\n\}$/);
      expect(
        role.attributes.map((a) => [a.name, a.line, a.items]),
        how,
      ).toEqual([
        ["name", 3, undefined],
        ["policy", 4, undefined],
        ["list", 7, [8, 9]],
      ]);
      // An argument's span runs to the end of its line, comment included.
      const name = role.attributes[0]!;
      expect(TEXT.slice(name.start, name.end), how).toBe('name = "a { b"  // not a block');
      expect(
        role.blocks.map((b) => [b.type, b.line, b.attributes.map((a) => a.name)]),
        how,
      ).toEqual([["inline", 11, ["a"]]]);
      expect(tree.blocks[0]!.blocks[0]!.blocks[0]!.attributes[0], how).toMatchObject({
        name: "identifiers",
        line: 16,
        items: [16, 16],
      });
      // Each top-level block carries its body as hcl2json gives it.
      expect(role.body.list, how).toEqual(["x", "${var.y}"]);
      expect(tree.blocks[1]!.body, how).toEqual({
        id: "${var.prefix}-${data.x.y}",
        q: 'say "hi" to ${var.x}',
      });
      expect(
        tree.literals.map((l) => [l.value, l.line]),
        how,
      ).toEqual([
        ["a { b", 3],
        ["AWS", 5],
        ["arn:aws:iam::123456789012:root", 5],
        ["n", 5],
        ["210987654321", 5],
        ["x", 8],
        ["${var.y}", 9],
        ["*", 16],
        ["111122223333", 16],
        ["${var.prefix}-${data.x.y}", 21],
        ['say "hi" to ${var.x}', 22],
      ]);
    }
  });

  it("gives every nested block its own body, the one its parent's body lists, both ways alike", async () => {
    const text = `resource "aws_security_group" "g" {
  ingress {
    from_port = 1
  }
  egress {
    to_port = 9
  }
  ingress {
    from_port = 2
    nested {
      x = "\${var.x}"
    }
  }
}
`;
    for (const [how, tree] of await bothTrees(text)) {
      const [group] = tree.blocks;
      expect(
        group!.blocks.map((b) => [b.type, b.line, b.body]),
        how,
      ).toEqual([
        ["ingress", 2, { from_port: 1 }],
        ["egress", 5, { to_port: 9 }],
        ["ingress", 8, { from_port: 2, nested: [{ x: "${var.x}" }] }],
      ]);
      // The very objects the parent's body lists, so evaluation needs no pairing by position.
      const ingress = group!.body.ingress as unknown[];
      expect(group!.blocks[0]!.body, how).toBe(ingress[0]);
      expect(group!.blocks[2]!.body, how).toBe(ingress[1]);
      const inner = group!.blocks[2]!.blocks[0]!;
      expect([inner.line, inner.body], how).toEqual([10, { x: "${var.x}" }]);
      expect(inner.body, how).toBe((group!.blocks[2]!.body!.nested as unknown[])[0]);
    }
  });

  it("keeps a nested block's body the one its parent lists when the text is sanitised", async () => {
    const r = await parseHcl("a.tf", 'resource "r" "n" {\n  inner {\n    a = "\\u0041"\n  }\n}\n');
    if (!("tree" in r)) throw new Error("no tree");
    const [block] = r.tree.blocks;
    expect(block!.blocks[0]!.body).toBe((block!.body.inner as unknown[])[0]);
  });

  it("says where a natively read argument is written, and parsed from there it is what its printed text parses to", async () => {
    const text = `locals {
  a = var.x
  b = "arn:\${var.p}:role/\${local.n}"
  c = var.on ? [1] : []
  d = "plain"
  e = ["\${var.y}"]
}
`;
    const [[, native], [, fallback]] = (await bothTrees(text)) as [[string, TfFile], [string, TfFile]];
    const locals = native.blocks[0]!;
    const written = new Map(locals.attributes.map((a) => [a.name, a.template]));
    // Strings with interpolations say where they are written; literals, tuples and objects do not
    // (their strings are parsed as before), nor does anything on the hcl2json path.
    expect([...written].filter(([, t]) => t !== undefined).map(([n]) => n)).toEqual(["a", "b", "c"]);
    expect(fallback.blocks[0]!.attributes.every((a) => a.template === undefined)).toBe(true);
    const exprs = new Map([...written].map(([n, t]) => [n, t && parseTemplateAt(t)]));
    for (const name of ["a", "b", "c"]) {
      const expr = exprs.get(name)!;
      const printed = locals.body[name] as string;
      // The template's own text is the printed string; its expressions point into the file.
      expect(expr.src).toBe(printed);
      const interps = expr.k === "template" ? expr.parts.filter((p) => p.k === "interp") : [];
      expect(interps.length).toBeGreaterThan(0);
      for (const p of interps) if (p.k === "interp") expect(p.expr.src).toBe(text);
      expect(strip(expr)).toEqual(strip(parseTemplate(printed)));
    }
    expect(sourceOf((exprs.get("b")! as { parts: { expr: Expr }[] }).parts[1]!.expr)).toBe("var.p");
  });

  it("orders repeated and numeric labels as hcl2json's body lists them", async () => {
    const text = `module "b" {\n  source = "./b"\n}\nmodule "10" {\n  source = "./x"\n}\nmodule "a" {\n  source = "./a1"\n}\nmodule "2" {\n  source = "./y"\n}\nmodule "a" {\n  source = "./a2"\n}\n`;
    for (const [how, tree] of await bothTrees(text)) {
      expect(
        tree.blocks.map((b) => [b.labels[0], b.line, b.body.source]),
        how,
      ).toEqual([
        ["2", 10, "./y"],
        ["10", 4, "./x"],
        ["a", 7, "./a1"],
        ["a", 13, "./a2"],
        ["b", 1, "./b"],
      ]);
    }
  });

  it("gives a variable file's arguments their lines", async () => {
    const r = await parseHcl("x.tfvars", 'a = "1"\n\nb = [\n  "2",\n]\n');
    expect("tree" in r && r.tree.attributes.map((a) => [a.name, a.line, a.items])).toEqual([
      ["a", 1, undefined],
      ["b", 3, [4]],
    ]);
  });

  it("locates a file the native reader leaves to hcl2json from a scan of that file", async () => {
    const text =
      'resource "aws_iam_role" "r" {\n  name = "%{~ if true }x%{ endif }"\n  arn = "arn:aws:iam::123456789012:root"\n}\n';
    expect(parseHclNative(text)).toBeUndefined();
    const r = await parseHcl("a.tf", text);
    if (!("tree" in r)) throw new Error("no tree");
    const [role] = r.tree.blocks;
    expect([role!.type, role!.labels, role!.line, role!.body.arn]).toEqual([
      "resource",
      ["aws_iam_role", "r"],
      1,
      "arn:aws:iam::123456789012:root",
    ]);
    expect(role!.attributes.map((a) => [a.name, a.line])).toEqual([
      ["name", 2],
      ["arn", 3],
    ]);
    expect(r.tree.literals.find((l) => l.value.startsWith("arn:"))?.line).toBe(3);
  });
});

describe("scanHcl: the literals of an expression", () => {
  it("takes a bare number as an account id only when it is 12 digits on its own", () => {
    const text = [
      "a = 123456789012",
      "b = [1, 210987654321, 1234567890123, x111122223333, v.444455556666, 12345678901]",
      `c = ${"9".repeat(70)}`,
      "d = 777788889999 + 0",
      "",
    ].join("\n");
    expect(scanHcl(text).literals.map((l) => [l.value, l.line])).toEqual([
      ["123456789012", 1],
      ["210987654321", 2],
      ["777788889999", 4],
    ]);
    expect(scanHcl(text).attributes.find((a) => a.name === "b")?.items).toEqual([2, 2, 2, 2, 2, 2]);
  });

  it("decodes escapes and keeps interpolations of a quoted string as written", () => {
    const text = 'x = "a\\"b\\\\c\\td ${var.e} $f %g %{ if h }i%{ endif }é"\ny = "open\nz = 1\n';
    expect(scanHcl(text).literals.map((l) => [l.value, l.line])).toEqual([
      ['a"b\\c\td ${var.e} $f %g %{ if h }i%{ endif }é', 1],
      ["open", 2],
    ]);
    expect(scanHcl(text).attributes.map((a) => [a.name, a.line])).toEqual([
      ["x", 1],
      ["y", 2],
      ["z", 3],
    ]);
  });
});

describe("heredocLineLiterals: the JSON strings and bare account ids of a heredoc line", () => {
  /** The reading before strings without an escape were left unparsed: every string through JSON. */
  const reference = (line: string): TfLiteral[] => {
    const out: TfLiteral[] = [];
    if (!line.includes('"') && !/[0-9]{12}/.test(line)) return out;
    for (const m of line.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      let value = m[1]!;
      try {
        value = JSON.parse(`"${value}"`) as string;
      } catch {}
      out.push({ value, line: 7, offset: 100 + (m.index ?? 0) });
    }
    const unquoted = line.replace(/"((?:[^"\\]|\\.)*)"/g, (q) => " ".repeat(q.length));
    for (const m of unquoted.matchAll(/(?<![0-9])[0-9]{12}(?![0-9])/g))
      out.push({ value: m[0], line: 7, offset: 100 + (m.index ?? 0) });
    return out;
  };
  const piece = fc.constantFrom(
    '"',
    "\\",
    "\\n",
    "\\u0041",
    "\\u00e9",
    "\t",
    "\u0001",
    "123456789012",
    "1234",
    "arn:aws:iam::",
    ":root",
    " ",
    "é",
    "{",
    "}",
  );
  it("reads every line as parsing each string as JSON does", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const line = parts.join("");
        const out: TfLiteral[] = [];
        heredocLineLiterals(line, 100, 7, out);
        expect(out).toEqual(reference(line));
      }),
      { numRuns: 2000 },
    );
  });
});
