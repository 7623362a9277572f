// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { parseExpression, parseTemplate } from "../../src/iac/terraform/parser.js";
import { Unknown } from "../../src/iac/terraform/values.js";
import { evaluate } from "./helpers.js";

const v = (src: string, vars: Record<string, unknown> = {}) => evaluate(src, vars).value;

describe("literals, operators and templates", () => {
  it("evaluates literals and arithmetic", () => {
    expect(v(`1 + 2 * 3`)).toBe(7);
    expect(v(`(1 + 2) * 3`)).toBe(9);
    expect(v(`-5 + 10 % 3`)).toBe(-4);
    expect(v(`"a" == "a" && !false`)).toBe(true);
    expect(v(`1 < 2 ? "yes" : "no"`)).toBe("yes");
    expect(v(`null`)).toBe(null);
    expect(v(`123456789012`)).toBe(123456789012);
  });

  it("interpolates and keeps the type of a single interpolation", () => {
    expect(v(`"arn:aws:iam::\${var.a}:root"`, { a: "111111111111" })).toBe("arn:aws:iam::111111111111:root");
    expect(v(`"\${var.n}"`, { n: 5 })).toBe(5);
    expect(v(`"a\\"b\\n$\${x}%%{y}"`)).toBe('a"b\n${x}%{y}');
  });

  it("evaluates template directives with strip markers", () => {
    const t = `"%{ for a in var.l ~} [\${a}] %{~ endfor }"`;
    expect(v(t, { l: ["x", "y"] })).toBe("[x][y]");
    expect(v(`"%{ if var.b }on%{ else }off%{ endif }"`, { b: false })).toBe("off");
  });

  it("evaluates heredocs inside expressions", () => {
    expect(v(`trimspace(<<-EOT\n    hello \${var.x}\n    EOT\n)`, { x: "w" })).toBe("hello w");
  });

  it("parses objects with = and : keys, quoted and parenthesised keys, comments and newlines", () => {
    const src = `{
      # comment
      Sid: "x" // other
      "aws:PrincipalOrgID" = var.org
      (var.k) = 1, plain = [1,
        2]
    }`;
    expect(v(src, { org: "o-1", k: "dyn" })).toEqual({
      Sid: "x",
      "aws:PrincipalOrgID": "o-1",
      dyn: 1,
      plain: [1, 2],
    });
  });
});

describe("collections, for expressions and splats", () => {
  it("iterates lists and maps in key order, with filters and grouping", () => {
    expect(v(`[for a in var.l : upper(a) if a != "b"]`, { l: ["a", "b", "c"] })).toEqual(["A", "C"]);
    expect(v(`{for k, x in var.m : x => k}`, { m: { z: "1", a: "2" } })).toEqual({ "1": "z", "2": "a" });
    expect(
      v(`{for p in var.l : p.team => p.name...}`, {
        l: [
          { team: "a", name: "x" },
          { team: "a", name: "y" },
        ],
      }),
    ).toEqual({
      a: ["x", "y"],
    });
    expect(v(`[for i, x in ["a", "b"] : "\${i}:\${x}"]`)).toEqual(["0:a", "1:b"]);
  });

  it("applies splats and legacy index syntax", () => {
    expect(v(`var.l[*].id`, { l: [{ id: "a" }, { id: "b" }] })).toEqual(["a", "b"]);
    expect(v(`var.l.*.id`, { l: [{ id: "a" }] })).toEqual(["a"]);
    expect(v(`var.l.0`, { l: ["first"] })).toBe("first");
    expect(v(`var.m["k"].z`, { m: { k: { z: 3 } } })).toBe(3);
  });

  it("gives one unresolved element for a for expression over an unknown collection", () => {
    expect(v(`[for a in var.accounts : "arn:aws:iam::\${a}:root"]`)).toEqual([
      "arn:aws:iam::${var.accounts}:root",
    ]);
  });
});

describe("unknown values", () => {
  it("keep the expression text they depend on", () => {
    expect(v(`var.ops_account`)).toBe("${var.ops_account}");
    expect(v(`"arn:aws:iam::\${var.ops_account}:root"`)).toBe("arn:aws:iam::${var.ops_account}:root");
    expect(v(`var.partners[0].id`)).toBe("${var.partners[0].id}");
    expect(v(`lower(var.x)`)).toBe("${lower(var.x)}");
    expect(v(`format("arn:aws:iam::%s:root", var.acct)`)).toBe("arn:aws:iam::${var.acct}:root");
  });

  it("never break JSON text built by a template (quotes in a token are written as ')", () => {
    const text = v(`<<EOT
{"AWS": "\${var.roles["acme"]}"}
EOT
`) as string;
    expect(JSON.parse(text)).toEqual({ AWS: "${var.roles['acme']}" });
  });

  it("stay inside jsonencode output as JSON strings", () => {
    expect(v(`jsonencode({ AWS = var.p, B = [var.q, "x"] })`)).toBe(
      '{"AWS":"${var.p}","B":["${var.q}","x"]}',
    );
  });

  it("decide an unknown condition in the current run and record the decision", () => {
    const r = evaluate(`var.enabled ? "a" : "b"`);
    expect(r.value).toBe("a");
    expect(r.decisions).toEqual(["var.enabled=true"]);
    expect(evaluate(`var.enabled ? "a" : "b"`, {}, { forced: { "var.enabled": false } }).value).toBe("b");
  });

  it("short-circuit logic with known operands", () => {
    expect(v(`false && var.x`)).toBe(false);
    expect(v(`var.x || true`)).toBe(true);
    expect(v(`var.x == "a"`)).toBe("${var.x == 'a'}");
  });
});

describe("functions", () => {
  it("encode JSON the way Terraform does (sorted keys, escaped <>&)", () => {
    expect(v(`jsonencode({ b = 1, a = "x<y&z" })`)).toBe('{"a":"x\\u003cy\\u0026z","b":1}');
    expect(v(`jsondecode("{\\"a\\": [1, \\"b\\"]}")`)).toEqual({ a: [1, "b"] });
  });

  it("implement the collection functions policies use", () => {
    expect(v(`concat(["a"], ["b", "c"])`)).toEqual(["a", "b", "c"]);
    expect(v(`flatten([["a"], [["b"]], "c"])`)).toEqual(["a", "b", "c"]);
    expect(v(`merge({a = 1}, {b = 2}, {a = 3})`)).toEqual({ a: 3, b: 2 });
    expect(v(`distinct(["b", "a", "b"])`)).toEqual(["b", "a"]);
    expect(v(`toset(["b", "a", "b"])`)).toEqual(["a", "b"]);
    expect(v(`compact(["a", "", null, "b"])`)).toEqual(["a", "b"]);
    expect(v(`lookup({a = 1}, "b", 2)`)).toBe(2);
    expect(v(`element(["a", "b"], 3)`)).toBe("b");
    expect(v(`coalesce("", null, "x")`)).toBe("x");
    expect(v(`coalescelist([], ["a"])`)).toEqual(["a"]);
    // A null list is passed over, as an empty one is (an optional input left null).
    expect(v(`coalescelist(null, [], ["a"])`)).toEqual(["a"]);
    expect(v(`length({a = 1, b = 2})`)).toBe(2);
    expect(v(`keys({b = 1, a = 2})`)).toEqual(["a", "b"]);
    expect(v(`values({b = 1, a = 2})`)).toEqual([2, 1]);
    expect(v(`contains(["a"], "a")`)).toBe(true);
    expect(v(`tomap({a = "x"})`)).toEqual({ a: "x" });
    expect(v(`tolist(toset(["b", "a"]))`)).toEqual(["a", "b"]);
    expect(v(`zipmap(["a", "b"], [1, 2])`)).toEqual({ a: 1, b: 2 });
  });

  it("implement the string functions policies use", () => {
    expect(v(`format("%s-%03d", "x", 7)`)).toBe("x-007");
    expect(v(`formatlist("arn:aws:iam::%s:root", ["1", "2"])`)).toEqual([
      "arn:aws:iam::1:root",
      "arn:aws:iam::2:root",
    ]);
    expect(v(`join(",", ["a", "b"])`)).toBe("a,b");
    expect(v(`split(",", "a,b")`)).toEqual(["a", "b"]);
    expect(v(`replace("a-b-c", "-", "_")`)).toBe("a_b_c");
    expect(v(`replace("a1b22", "/[0-9]+/", "#")`)).toBe("a#b#");
    expect(v(`lower("AbC")`)).toBe("abc");
    expect(v(`upper("abc")`)).toBe("ABC");
    expect(v(`trimspace("  a \\n")`)).toBe("a");
    expect(v(`provider::aws::arn_parse("arn:aws:iam::123456789012:role/x").account_id`)).toBe("123456789012");
  });

  it("does not cut or rewrite tokens inside strings", () => {
    expect(v(`split(":", "arn:aws:iam::\${var.m["a:b"]}:root")`)).toEqual([
      "arn",
      "aws",
      "iam",
      "",
      "${var.m['a:b']}",
      "root",
    ]);
    expect(v(`upper("x-\${var.Name}")`)).toBe("X-${var.Name}");
  });

  it("split() of a wholly unknown text has unknown elements, however many there are", () => {
    // A CIDR block known only when Terraform runs: its second part is unknown, not out of range.
    const cidr = new Unknown("data.aws_vpc.shared.cidr_block").toToken();
    const r = evaluate(`split(".", var.cidr)[1]`, { cidr });
    expect(r.errors).toEqual([]);
    expect(r.value).toBe("${split('.', '${data.aws_vpc.shared.cidr_block}')[1]}");
    expect(v(`length(split(".", var.cidr))`, { cidr })).toBe(
      "${length(split('.', '${data.aws_vpc.shared.cidr_block}'))}",
    );
  });

  it("try() and can() fall back on errors", () => {
    expect(v(`try(var.obj.missing, "fallback")`, { obj: {} })).toBe("fallback");
    expect(v(`can(var.obj.missing)`, { obj: {} })).toBe(false);
    expect(v(`try(var.unknown.field, "fallback")`)).toBe("${var.unknown.field}");
  });

  it("reports errors and continues with an unresolved value", () => {
    const r = evaluate(`element([], 0)`);
    expect(r.value).toBe("${element([], 0)}");
    expect(r.errors).toEqual(["element(): the list is empty"]);
    const n = evaluate(`sha3("x")`);
    expect(n.value).toBe("${sha3('x')}");
    expect(n.notes).toEqual(["function sha3() is not evaluated statically; its result is unresolved"]);
  });

  it("templatefile() renders a template file with its variables", () => {
    const r = evaluate(
      `templatefile("p.tftpl", { ids = ["1", "2"] })`,
      {},
      {
        files: { "p.tftpl": `[%{ for i, id in ids }%{ if i > 0 },%{ endif }"\${id}"%{ endfor }]` },
      },
    );
    expect(r.value).toBe('["1","2"]');
  });
});

describe("parser", () => {
  it("rejects broken expressions with an offset", () => {
    expect(() => parseExpression("a +")).toThrow(/unexpected end/);
    expect(() => parseExpression(`"abc`)).toThrow(/unterminated string/);
    expect(() => parseTemplate("%{ if x }a")).toThrow(/without %\{endif\}/);
  });

  it("does not let an escape forge a token marker", () => {
    expect(v(`"\\uE000s\\uE001"`)).toBe("\uFFFDs\uFFFD");
  });
});

describe("bounds against hostile input", () => {
  it("refuses exponential structures and huge widths; backtracking regular expressions are not run", () => {
    const locals: Record<string, unknown> = {};
    let big: unknown[] = ["x"];
    for (let i = 1; i <= 17; i++) {
      big = [big, big];
      locals[`n${i}`] = big;
    }
    expect(evaluate(`length(jsonencode(local.n17))`, {}, { locals }).value).toBe(JSON.stringify(big).length);
    expect(evaluate(`flatten(local.n17)`, {}, { locals }).errors).toEqual([
      "flatten(): a list of more than 100000 elements is not evaluated",
    ]);
    expect(evaluate(`format("%99999999d", 1)`).errors).toEqual(["format(): width 99999999 is too large"]);
    // Terraform (RE2) evaluates such a pattern: it is not run here, and its result is unknown, not an error.
    const r = evaluate(`replace("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "/(a+)+$/", "")`);
    expect(r.errors).toEqual([]);
    expect(r.value).toBe("${replace('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '/(a+)+$/', '')}");
    expect(r.notes).toEqual([
      'function replace() is not evaluated statically (the regular expression "(a+)+$" is too complex to evaluate safely); its result is unresolved',
    ]);
  });
});
