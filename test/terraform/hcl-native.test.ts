// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, written literally
/**
 * The native HCL reader against hcl2json itself: wherever the native reader answers, its value is
 * exactly hcl2json's (values, key order, -0), on hand-written cases, on every fixture and on a
 * generated monorepo; and it answers nothing for a file hcl2json rejects.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Expr, sourceOf } from "../../src/iac/terraform/ast.js";
import { parseHcl } from "../../src/iac/terraform/hcl.js";
import { parseHclNative } from "../../src/iac/terraform/hcl-native.js";
import { parse } from "../../src/iac/terraform/hcl2json.js";
import { parseTemplate, parseTemplateAt } from "../../src/iac/terraform/parser.js";
import { scanHcl } from "../../src/iac/terraform/positions.js";
import { type TfAttribute, type TfBlock, type TfFile, treeFromBody } from "../../src/iac/terraform/tree.js";

const root = join(import.meta.dirname, "..", "..");

/** The block types the fallback tree holds (those the module reader takes declarations from). */
const DECLARATIONS = new Set(["resource", "data", "module", "variable", "output", "provider", "locals"]);

/**
 * hcl2json's value of `text` and the native one; fails when the native reader answers for a file
 * hcl2json rejects or answers differently.
 */
async function differential(text: string, label = "case"): Promise<"native" | "hcl2json"> {
  const tree = parseHclNative(text);
  const native = tree?.body;
  let expected: unknown;
  let error: string | undefined;
  try {
    expected = await parse("a.tf", text);
  } catch (e) {
    error = String(e);
  }
  if (native === undefined) return "hcl2json";
  expect(error, `${label}: native read a file hcl2json rejects`).toBeUndefined();
  expect(native, label).toEqual(expected);
  // Same key order (Go sorts map keys) and the same numbers as JSON.
  expect(JSON.stringify(native), label).toBe(JSON.stringify(expected));
  // Each argument whose value is a string with interpolations says where it is written, and
  // parsed from there it is the template that string parses to: the same nodes with the same
  // source texts (or neither parses).
  for (const [attr, value] of arguments_(tree!)) {
    const printed = typeof value === "string" && interpolates(value) ? value : undefined;
    const what = `${label}: ${attr.name}`;
    if (attr.template === undefined) {
      // (an interpolation holding a heredoc, and directives or conditionals printed as one, are left
      // to the printed form)
      expect(printed === undefined || printed.includes("<<") || printed.includes("%{"), what).toBe(true);
      continue;
    }
    expect(attr.template.printed, what).toBe(printed);
    const expr = parseTemplateAt(attr.template);
    if (!parses(printed!)) {
      expect(expr, what).toBeUndefined();
      continue;
    }
    expect(expr, what).toBeDefined();
    expect(expr!.src, what).toBe(printed);
    expect(shape(expr), what).toEqual(shape(parseTemplate(printed!)));
    expressions.count++;
  }
  // The same tree as the fallback makes of hcl2json's body and a scan of the file (except where
  // an interpolation in a quoted string spans lines: the scan cuts the string there).
  if (/"\$\{[^"}]*\n/.test(text)) return "native";
  const fallback = treeFromBody(expected as Record<string, unknown>, scanHcl(text));
  const declarations = tree!.blocks.filter((b) => DECLARATIONS.has(b.type)).map(withoutExpressions);
  expect(declarations, label).toEqual(fallback.blocks);
  expect(tree!.attributes.map(withoutExpression), label).toEqual(fallback.attributes);
  expect(tree!.literals, label).toEqual(fallback.literals);
  return "native";
}

/** Arguments checked for their parsed expression (the corpus tests say how many there were). */
const expressions = { count: 0 };

/** Every argument of a tree (top-level ones, and those of blocks at any depth) with its value. */
function arguments_(tree: TfFile): [TfAttribute, unknown][] {
  const out: [TfAttribute, unknown][] = tree.attributes.map((a) => [a, tree.body[a.name]]);
  const walk = (b: TfBlock): void => {
    for (const a of b.attributes) out.push([a, b.body?.[a.name]]);
    b.blocks.forEach(walk);
  };
  tree.blocks.forEach(walk);
  return out;
}

/** A string with an interpolation (an escaped `$${` is none), or one that does not parse. */
function interpolates(text: string): boolean {
  if (!text.includes("${")) return false;
  try {
    const t = parseTemplate(text);
    return t.k !== "template" || t.parts.some((p) => p.k !== "text");
  } catch {
    return true;
  }
}

function parses(text: string): boolean {
  try {
    parseTemplate(text);
    return true;
  } catch {
    return false;
  }
}

/** An expression's nodes with the source text each stands for in place of where it was parsed. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (typeof value !== "object" || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (k !== "src" && k !== "s" && k !== "e") out[k] = shape(v);
  if ("src" in value) out.text = sourceOf(value as Expr);
  return out;
}

function withoutExpression(a: TfAttribute): TfAttribute {
  const { template: _, ...rest } = a;
  return rest;
}

function withoutExpressions<B extends TfBlock>(b: B): B {
  return { ...b, attributes: b.attributes.map(withoutExpression), blocks: b.blocks.map(withoutExpressions) };
}

function hclFiles(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === ".git" || e.name === "node_modules") continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(tf|tfvars)$/.test(e.name)) out.push({ path: p, text: readFileSync(p, "utf8") });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Read natively, and equal to hcl2json (checked by `differential`). */
const NATIVE = [
  "a = 1\n",
  "a = 1e3\nb = 012\nc = 123456789012\nd = 1.50\ne = 12345678901234567890\nf = 0.1e-2\ng = 1.5E+10\n",
  "a = -1\nb = - 1\nc = -1.5\nd = - 0\ne = !true\nf = -x\ng = !x\nh = - - 1\ni = -(1)\n",
  'a = "x${b}y"\nb = "x${ f( x , y ) }y"\nc = "${ x  +  y }"\nd = "${ x /* c */ }"\ne = "${\n x\n }"\n',
  'a = "${x}"\nb = "${x}${y}"\nc = "${x ? 1 : 2}"\nd = "${(x)}"\ne = "a${(x)}"\nf = "${x} ${y}"\ng = "${x}\\n"\n',
  'a = "a\\\\b\\"c\\n\\t\\r"\nb = "a$b%c"\nc = "a$"\nd = ""\ne = "café"\n',
  'a = x.y[0]\nb = f( x , y )\nc = x.*.y\nd = x[*].y\ne = x.0.y\nf = x.y.*\ng = x["a"][0]\nh = f(x)[0]\ni = (x).y\n',
  'a = [1, "a", x]\nb = [ f(x) , y ]\nc = [\n  1,\n  2,\n]\nd = [\n  x, # c\n  y\n]\ne = []\nf = [(x), 1]\ng = [1\n,2]\n',
  'a = {b = 1, "c" = 2, e: 4}\nb = {\n  b = 1 # c\n  c = x // d\n  j = 1 /* c */\n}\nc = {}\nd = {k = 1,}\ne = {"${x}" = 1}\n',
  'a = {true = 1, null = 2}\nb = {"a b" = 1, "" = 2}\nc = {\n  a = 1,\n  b = 2\n}\nd = {a = 1\n\n  b = 2}\n',
  "a = x # comment\nb = x /* c */ + y\nc = (x)\nd = x ? y : z\ne = x ? y : z ? 1 : 2\nf = f(x)   \n",
  "a = f(\n  x,\n  y\n)\nb = (\n x\n)\nc = x[\n0\n]\nd = (x +\n y)\ne = f(x, y...)\nf = f(\n)\ng = f(x,)\n",
  'a = [for x in y: x]\nb = {for k, v in y: k => v}\nc = [for k, v in x : v if k != "a"]\nd = {for k, v in x :\n k => v...}\n',
  "a = <<EOF\nhello\nEOF\nb = <<-EOF\n   hello\n     x\n   EOF\nc = <<EOF\nhi ${x}\nEOF\nd = <<EOF\n  hi\n  EOF\n",
  "a = <<-EOF\n  a\n\n  b\n  EOF\nb = <<-EOF\n  a ${x}\n    ${y} b\n  EOF\nc = <<-EOF\n  a\n${y} b\n  EOF\nd = <<EOF\nEOF\n",
  "a = x + <<EOF\nx\nEOF  \nb = [<<EOF\nx\n  EOF  \n]\nc = <<EOF\n100% $ x$\nEOF\n",
  "a = f(<<EOF\nhi\nEOF\n)\nb = x + <<EOF\nx\nEOF\nc = [<<EOF\nx\nEOF\n, 1]\nd = {\n  a = <<EOF\nx\nEOF\n  b = 1\n}\n",
  'b "x" "y" {\n c = 1\n}\nb "x" "z" {}\nb "x" "y" {\n d = 2\n}\n',
  'locals {\n  a = "x"\n}\nb {\n}\nc { }\nd {a = 1}\ne "x" y {}\nf "x\\"y" {}\ng "" {}\n',
  "/* x */ a = 1\n/* x\n */ b = 1\n\n\n# end",
  "\n\n  a = 1\nb=1\nc\t=\t1\n// c\nd = 1",
  'b {\n  a = 1\n  }   # c\nc { # c\n}\nd {  \n}\ne "x" {\n  c {\n    d = 1\n  }\n}\n',
  "a = for\nb = x-1\nc = {a-b = 1}\n",
  'a = "${x}" # c\nb = {a = "${x}"}\nc = ["${x}"]\nd = f("${x}")\ne = "p${x.y["k"]}"\n',
  // Object keys: a traversal as its text (provider maps), a parenthesised expression, a number.
  'm "x" {\n  providers = {\n    aws.peer-a = aws.hub # c\n    aws        = aws\n  }\n}\na = {x.0.y = 1}\n',
  'a = {(var.k) = 1, ( f("k") ) = 2}\nb = {0 = "z", 7 = "s"}\nc = {true = 1, (true) = 2}\n',
  // Conditionals inside for expressions, wherever they stand.
  "a = [for x in y : x ? 1 : 2]\nb = [for x in c ? y : z : x]\nc = {for k, v in y : k ? 1 : 2 => v}\n",
  'a = {for k, v in y : k => v ? [] : [1]...}\nb = [for x in y : x if x ? true : false]\nc = "${[for x in y : x ? 1 : 2]}"\n',
  // A tuple, an object, a for expression or a string indexed or traversed; expansion after a tuple.
  'a = {dev = "a", prd = "b"}[local.env]\nb = [1, 2][0]\nc = [x][0].y\nd = "x"[0]\ne = [1, 2][*]\n',
  // Windows line endings (a carriage return before each newline stays in source texts).
  'a = 1\r\nb = "x"\r\nc = f(\r\n  x,\r\n  y\r\n)\r\nd = [\r\n 1,\r\n 2\r\n]\r\n\r\n',
  'b "x" {\r\n  c = 1 # x\r\n  d = {\r\n    e = "${var.y}-z"\r\n  }\r\n}\r\n',
  // Characters beyond U+FFFF in strings, templates, heredocs and comments.
  'a = "\u{1F440} to do"\n# \u{1F539} x\nb = "x${y}\u{1F527}"\nc = <<EOF\n\u{1F440} ${x}\nEOF\n',
  // Keys with a call or an index; a key given twice keeps its last value.
  'a = {format("%s-x", v) = 1, x.y[z].w = 2, x[0] = 3, x["k"] = 4, x.y[*].z = 5}\n',
  'a = {x = 1, "x" = 2, y = 3}\nb = {x = {a = 1}, x = {b = 2}}\nc = {(x) = 1, (x) = 2}\n',
  // A conditional next to other parts of a template, printed as an if directive.
  'a = "${x ? "A" : "B"} s"\nb = "p-${x != null ? f("%s/", x) : ""}${y}"\nc = "${x ? y : 1}-${w}"\n',
  'a = "${x ? "" : "${y}-q"}s"\nb = "${x ? true : a ? 1 : 2}s"\nc = <<EOF\n${x ? "A" : "B"}\nEOF\n',
  // Interpolations over several lines of a heredoc (lines starting inside one are not cut).
  'a = <<-END\n    #c\n    ${f({\n  w = "x"\n})} tail\n    more\n    END\nb = <<END\n${f(\n  1\n)}\nEND\n',
  "a = <<-END\n      \n    x ${f(\n      1)}\n      y\n   \n    END\n",
  // Splats after splats, except inside an attribute-only splat.
  "a = x[*].y[*].z\nb = x.*[*]\nc = x[*].y.*.z\nd = x.*.y[0].*\ne = x[*].a[*].b[*].c\n",
  // Template directives, printed as hcl2json prints them (an empty else left out).
  'a = "%{ if x }y%{ endif }"\nb = "p %{ if f("q") }y%{ else }z${w}%{ endif } s"\nc = "%{for a,b in c}${a}%{endfor}"\n',
  'a = <<-EOF\n    %{ if x == "q" }\n    y ${z}\n    %{ else }\n    %{ endif }\n    %{ for k, v in m }${k}=${v}\n    %{ endfor }\n    EOF\n',
  // Flush heredocs indented with tabs, with lines of spaces only.
  "a = <<-EOF\n\tx\n\t  y\n\tEOF\nb = <<-EOF\n  x\n \n      \n  y\n  EOF\nc = <<-EOF\n\t x\n  ${y}\nEOF\n",
  // Escaped template markers, kept as written (as hcl2json gives them).
  'a = "$${b}"\nb = "%%{b}"\nc = "$$${x}"\nd = "a $${x} %%{y} ${z}"\ne = "$${${x}}"\nf = "$$"\n',
  "a = <<EOF\n$${x} ${y} %%{ if z }\nEOF\nb = <<-EOF\n  $${x}\n  EOF\n",
  "a = merge([for x in y : {a = 1}]...)\nb = merge([x]...)\nc = [\n  1,\n  2\n][\n  0\n]\nd = {for x in y : x => x}[k]\n",
];

/** hcl2json rejects these: the native reader must not answer. */
const BROKEN = [
  "a = \n",
  "a = 1 b = 2\n",
  "b {\n",
  "}\n",
  "b {\n  a = 1 }\n",
  "a = (x\n",
  "a = [1,,2]\n",
  "a = [,]\n",
  "a = {,}\n",
  'a = "x\n',
  'a = "a\nb"\n',
  "a = 1\na = 2\n",
  'b "x" {}\nb {}\n',
  'b {}\nb "x" {}\n',
  'b "x" {}\nb "x" "y" {}\n',
  "a = f(\n",
  "a = <<EOF\nx\n",
  "a = x.\n",
  "a = {a = 1 b = 2}\n",
  "a = { a = 1\n, b = 2 }\n",
  'a = "\\x"\n',
  'a = "\\/"\n',
  'b "${x}" {}\n',
  "a = -true\n",
  "a = !1\n",
  "a = x ?\n y : z\n",
  "a = x +\n y\n",
  "a = f\n(x)\n",
  "a = x\n  .y\n",
  'a = "a%{b}"\n',
  "a = 1\n)\n",
  "a = /* open\n",
  "a = 1 # ok\nb\n",
  'b "x"\n{\n}\n',
];

describe("the native HCL reader against hcl2json", () => {
  it("reads the common subset exactly as hcl2json does", async () => {
    for (const text of NATIVE) expect(await differential(text, JSON.stringify(text))).toBe("native");
  });

  it("leaves every file hcl2json rejects to hcl2json", async () => {
    for (const text of BROKEN) {
      expect(parseHclNative(text), JSON.stringify(text)).toBeUndefined();
      await expect(parse("a.tf", text), JSON.stringify(text)).rejects.toThrow();
    }
  });

  it("leaves what it is not sure of to hcl2json", () => {
    const unsure = [
      'a = "$${"\n',
      'a = "%%{ x"\n',
      'a = "$${${f("q")}}"\n',
      'a = "\\u00e9"\n',
      'a = "%{~ if x }a%{ endif }"\n',
      "a = <<EOF\n%{ for x in y ~}\nz\n%{ endfor }\nEOF\n",
      'a = "%{ if x }\n"\n',
      'a = "${x~}  y"\n',
      'a = "${ 1 }"\n',
      'a = "${ "q" }"\n',
      "a = var.*.*\n",
      "a = var.*.x.*\n",
      "a = <<-END\n    x ${f(\n END\n )}\n    END\n",
      "a = <<-END\n    %{ if f(\n 1) }x%{ endif }\n    END\n",
      "a = 1\na {}\n",
      "a = 1\rb = 2\n",
      'a = "x\r"\r\n',
      "a = <<EOF\r\nhi\r\nEOF\r\n",
      'b "\u{1F440}" {}\n',
      'a = {"\u{1F440}" = 1}\n',
      "a = 1\ud800\n",
      'a = "cafe\u0301"\n',
      "a = 1.5e400\n",
      "a = {x[ 0 ] = 1}\n",
      "a = {f(x)[0] = 1}\n",
      'a = "${x ? null : 2}s"\n',
      'a = "${x ? 1.5 : 2}s"\n',
      'a = "${x ? "$${A}" : "B"}s"\n',
      "a = {-1 = 1}\n",
      "a = {1.5 = 1}\n",
    ];
    for (const text of unsure) expect(parseHclNative(text), JSON.stringify(text)).toBeUndefined();
  });

  it("is used by parseHcl with the same sanitising of token markers", async () => {
    const r = await parseHcl("a.tf", 'locals {\n  a = "x\uE000y"\n  b = "${f("\uE001")}"\n}\n');
    expect(parseHclNative('a = "x\uE000y"\n')?.body).toEqual({ a: "x\uE000y" });
    expect("tree" in r && r.tree.body).toEqual({ locals: [{ a: "x\uFFFDy", b: '${f("\uFFFD")}' }] });
  });

  it("reads every fixture file as hcl2json does", async () => {
    const files = hclFiles(join(root, "fixtures"));
    let native = 0;
    const before = expressions.count;
    for (const f of files) if ((await differential(f.text, f.path)) === "native") native++;
    const share = native / files.length;
    const parsed = expressions.count - before;
    console.log(
      `native HCL reader, fixtures: ${native}/${files.length} files (${(share * 100).toFixed(1)}%), ${parsed} arguments with their expression`,
    );
    expect(parsed).toBeGreaterThan(200);
    expect(files.length).toBeGreaterThan(40);
    expect(share).toBeGreaterThanOrEqual(0.8);
  });

  it("reads the files written for what it once left to hcl2json, as hcl2json does", async () => {
    // fixtures/terraform/native-reader: provider maps and other object keys, Windows line
    // endings, escaped markers, conditionals in templates and for expressions, indexed literals,
    // tab-indented heredocs, characters beyond U+FFFF, template directives; a BOM stays with
    // hcl2json (hcl-native.ts says why).
    const stays = new Set(["bom.tf"]);
    const files = hclFiles(join(root, "fixtures", "terraform", "native-reader"));
    expect(files.length).toBe(7);
    for (const f of files) {
      const name = f.path.slice(f.path.lastIndexOf("/") + 1);
      expect(await differential(f.text, f.path), f.path).toBe(stays.has(name) ? "hcl2json" : "native");
      expect(await parse("a.tf", f.text), f.path).toBeTypeOf("object");
    }
  });

  const tmp = mkdtempSync(join(tmpdir(), "cag-hcl-native-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it("reads a generated monorepo as hcl2json does", async () => {
    const url = new URL("../../bench/generate.mjs", import.meta.url).href;
    const { generate } = (await import(url)) as {
      generate: (size: string, dir: string, seed: number) => void;
    };
    generate("small", tmp, 7);
    const files = hclFiles(tmp);
    let native = 0;
    const before = expressions.count;
    for (const f of files) if ((await differential(f.text, f.path)) === "native") native++;
    const share = native / files.length;
    const parsed = expressions.count - before;
    console.log(
      `native HCL reader, generated corpus: ${native}/${files.length} files (${(share * 100).toFixed(1)}%), ${parsed} arguments with their expression`,
    );
    expect(parsed).toBeGreaterThan(1000);
    expect(files.length).toBeGreaterThan(100);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });
});
