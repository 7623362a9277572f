// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is CloudFormation Sub / HCL interpolation and the rendered form of unresolved values, written literally
/**
 * The Terraform expression evaluator (src/iac/terraform: parseExpression + Evaluator) on generated
 * HCL: the parser either gives an expression or throws HclSyntaxError; evaluation never throws,
 * every problem goes to the host's report (the reader turns those into `errors`), and the value
 * converts to JSON. The same expressions then go through readTerraformRoot as a policy.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { HclSyntaxError } from "../../src/iac/terraform/lexer.js";
import { parseExpression } from "../../src/iac/terraform/parser.js";
import { ConversionError, toJson, type Value } from "../../src/iac/terraform/values.js";
import { renderValue } from "../../src/model/symbolic.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { check, checkAsync, type EvalOutcome, evaluatorHost, runs, TOKEN_MARKERS } from "./helpers.js";

const FUNCTIONS = [
  "jsonencode",
  "jsondecode",
  "base64encode",
  "base64decode",
  "format",
  "formatlist",
  "join",
  "split",
  "replace",
  "regex",
  "regexall",
  "trim",
  "trimprefix",
  "trimsuffix",
  "startswith",
  "endswith",
  "strcontains",
  "substr",
  "tostring",
  "tonumber",
  "tobool",
  "tolist",
  "toset",
  "tomap",
  "length",
  "keys",
  "values",
  "concat",
  "flatten",
  "merge",
  "distinct",
  "compact",
  "lookup",
  "element",
  "index",
  "contains",
  "coalesce",
  "coalescelist",
  "slice",
  "reverse",
  "sort",
  "range",
  "zipmap",
  "setunion",
  "setintersection",
  "setsubtract",
  "setproduct",
  "one",
  "chunklist",
  "alltrue",
  "anytrue",
  "sum",
  "min",
  "max",
  "abs",
  "ceil",
  "floor",
  "file",
  "fileexists",
  "templatefile",
  "lower",
  "upper",
  "trimspace",
  "chomp",
  "title",
  "try",
  "can",
  "nosuchfunction",
  // Added for issue 16: the rest of Terraform's function reference.
  "log",
  "pow",
  "signum",
  "parseint",
  "indent",
  "strrev",
  "templatestring",
  "matchkeys",
  "transpose",
  "urlencode",
  "textencodebase64",
  "textdecodebase64",
  "csvdecode",
  "yamldecode",
  "yamlencode",
  "md5",
  "sha256",
  "base64sha512",
  "filemd5",
  "filebase64",
  "fileset",
  "basename",
  "dirname",
  "pathexpand",
  "formatdate",
  "timeadd",
  "timecmp",
  "cidrhost",
  "cidrnetmask",
  "cidrsubnet",
  "cidrsubnets",
  "uuidv5",
  "convert",
  "sensitive",
  "nonsensitive",
  "startswith",
  "strcontains",
  "provider::aws::trim_iam_role_path",
];

const VARS: Record<string, unknown> = {
  "var.acct": "999988887777",
  "var.own": "111111111111",
  "var.list": ["a", "b", "111111111111"],
  "var.map": { a: 1, b: "x", __proto__: "p", constructor: ["c"] },
  "var.n": 3,
  "var.flag": true,
  "var.nothing": null,
  "local.big": 1e15,
  "local.doc": '{"Statement":[{"Effect":"Allow","Principal":{"AWS":"999988887777"},"Action":"s3:*"}]}',
};
const FILES: Record<string, string> = {
  "./policy.json": '{"Statement":[]}',
  "./tpl.tftpl": "arn:aws:iam::${acct}:root %{ for x in xs }${x}%{ endfor }",
};

const ident = fc.constantFrom("a", "b", "k", "v", "x", "each", "count", "__proto__", "constructor");
const number = fc.oneof(
  fc.integer({ min: -5, max: 20 }),
  fc.constantFrom(0, 1e21, 1e308, 123456789012, 999988887777, 1.5, 100000, 1000001),
);
const stringText = fc.oneof(
  fc.constantFrom(
    "",
    "999988887777",
    "arn:aws:iam::",
    ":root",
    "*",
    "a,b",
    "%s-%d",
    "%v",
    "%10000d",
    "(a+)+$",
    "((a+))+$",
    "^[0-9]{12}$",
    "[",
    "\\u0000",
    "\\n",
    "$${x}",
    "%%{y}",
    "__proto__",
    "./policy.json",
    "./tpl.tftpl",
    "../../../../etc/passwd",
    "/etc/passwd",
    "~/x",
    '{"a":1}',
    "[1,2",
    "aGVsbG8=",
    "not base64!",
    "10.0.0.0/16",
    "fd00::/56",
    "2018-01-02T23:12:01Z",
    "DD MMM YYYY",
    "-1.5h",
    "[[:digit:]]+",
    "(?i)a(?s).",
    "a: [b, c]",
    "x,y\\n1,2",
    "*.json",
    "**/*",
  ),
  fc.string({ maxLength: 6 }).map((s) => s.replace(/["\\$%\n\r]/g, "_")),
);

/** HCL expression source, built from the grammar the evaluator supports (and some it does not). */
const expr: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => {
  const e = tie("e");
  return {
    e: fc.oneof(
      { depthSize: "small", withCrossShrink: true, maxDepth: 5 },
      number.map(String),
      fc.constantFrom("true", "false", "null"),
      stringText.map((t) => `"${t}"`),
      fc.tuple(stringText, e, stringText).map(([a, x, b]) => `"${a}\${${x}}${b}"`),
      fc
        .tuple(e, e, e)
        .map(
          ([c, a, b]) => `"%{ if ${c} }${a.replace(/"/g, "'")}%{ else }${b.replace(/"/g, "'")}%{ endif }"`,
        ),
      fc.tuple(ident, e).map(([v, c]) => `"%{ for ${v} in ${c} }\${${v}},%{ endfor }"`),
      fc.constantFrom(
        "var.acct",
        "var.own",
        "var.list",
        "var.map",
        "var.n",
        "var.flag",
        "var.nothing",
        "var.missing",
        "local.big",
        "local.doc",
        "local.unknown",
        "data.aws_caller_identity.current.account_id",
        "module.m.out",
        "each.key",
        "count.index",
        "path.module",
        "aws_s3_bucket.b.arn",
        "nosuch.thing",
      ),
      fc.tuple(e, ident).map(([x, a]) => `${x}.${a}`),
      fc.tuple(e, e).map(([x, i]) => `${x}[${i}]`),
      e.map((x) => `${x}[*].a`),
      e.map((x) => `${x}.*`),
      fc
        .tuple(fc.constantFrom(...FUNCTIONS), fc.array(e, { maxLength: 3 }), fc.boolean())
        .map(([f, args, spread]) => `${f}(${args.join(", ")}${spread && args.length > 0 ? "..." : ""})`),
      fc
        .tuple(e, fc.constantFrom("+", "-", "*", "/", "%", "==", "!=", "<", ">", "<=", ">=", "&&", "||"), e)
        .map(([a, op, b]) => `(${a} ${op} ${b})`),
      fc.tuple(fc.constantFrom("!", "-"), e).map(([op, x]) => `${op}${x}`),
      fc.tuple(e, e, e).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
      fc.array(e, { maxLength: 4 }).map((items) => `[${items.join(", ")}]`),
      fc
        .array(
          fc.tuple(
            fc.oneof(
              ident,
              stringText.map((s) => `"${s}"`),
              e.map((x) => `(${x})`),
            ),
            e,
          ),
          {
            maxLength: 4,
          },
        )
        .map((kv) => `{${kv.map(([k, v]) => `${k} = ${v}`).join(", ")}}`),
      fc
        .tuple(ident, ident, e, e, fc.option(e, { nil: undefined }))
        .map(
          ([k, v, coll, body, cond]) => `[for ${k}, ${v} in ${coll} : ${body}${cond ? ` if ${cond}` : ""}]`,
        ),
      fc
        .tuple(ident, e, e, e, fc.boolean())
        .map(([v, coll, key, val, group]) => `{for ${v} in ${coll} : ${key} => ${val}${group ? "..." : ""}}`),
      e.map((x) => `<<-EOT\n  ${x.replace(/\n/g, " ")}\n  EOT\n`),
    ),
  };
}).e;

/** Generated source, sometimes damaged: a cut, a character dropped or inserted. */
const source = fc.oneof(
  { weight: 4, arbitrary: expr },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        expr,
        fc.nat(),
        fc.constantFrom("", "(", ")", "{", "}", "[", "]", '"', "${", "%{", "~", "\n", "=>", "..."),
      )
      .map(([s, at, ins]) => {
        const i = at % (s.length + 1);
        return s.slice(0, i) + ins + s.slice(i + 1);
      }),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
);

function evaluateSource(src: string): { value?: unknown; outcome: EvalOutcome; syntax?: string } {
  const outcome: EvalOutcome = { errors: [], notes: [] };
  let parsed: ReturnType<typeof parseExpression>;
  try {
    parsed = parseExpression(src);
  } catch (e) {
    // The only exception the parser may throw: the reader reports it as an HCL syntax error.
    if (!(e instanceof HclSyntaxError)) throw e;
    return { outcome, syntax: e.message };
  }
  const { evaluator } = evaluatorHost(VARS, FILES, outcome);
  const value: Value = evaluator.eval(parsed);
  let json: unknown;
  try {
    json = toJson(value);
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    outcome.errors.push(e.message);
    return { outcome };
  }
  return { value: renderValue(json), outcome };
}

describe("terraform expression evaluator", () => {
  it("parses or reports a syntax error, evaluates without throwing, converts to JSON", () => {
    let syntax = 0;
    let reported = 0;
    check(
      "terraform evaluator, generated expressions",
      fc.property(source, (src) => {
        const started = performance.now();
        const r = evaluateSource(src);
        expect(performance.now() - started).toBeLessThan(2000);
        if (r.syntax !== undefined) syntax++;
        if (r.outcome.errors.length > 0) reported++;
        for (const m of r.outcome.errors) expect(typeof m).toBe("string");
        if ("value" in r) expect(JSON.stringify(r.value) ?? "").not.toMatch(TOKEN_MARKERS);
      }),
      runs(4000),
    );
    console.log(`terraform evaluator: ${syntax} syntax errors, ${reported} with reported errors`);
  });

  it("evaluation is deterministic", () => {
    check(
      "terraform evaluator, deterministic",
      fc.property(expr, (src) => {
        expect(evaluateSource(src)).toEqual(evaluateSource(src));
      }),
      runs(1000),
    );
  });
});

/** A configuration with a role, a bucket policy and a policy document, to be damaged. */
const CONFIG = `variable "acct" {
  default = "999988887777"
}
locals {
  accounts = [var.acct, "111111111111"]
}
data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = local.accounts
    }
  }
}
resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = data.aws_iam_policy_document.p.json
}
resource "aws_iam_role" "r" {
  name               = "r"
  assume_role_policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::\${var.acct}:root" } }] })
}
`;

const damagedConfig = fc
  .array(
    fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 3 }),
      text: fc.constantFrom(
        "",
        "{",
        "}",
        "[",
        "]",
        "(",
        ")",
        '"',
        "=",
        "\n",
        "${",
        "%{",
        "<<EOT\n",
        "#",
        "/*",
        "...",
      ),
    }),
    { minLength: 1, maxLength: 4 },
  )
  .map((edits) => {
    let t = CONFIG;
    for (const e of edits) {
      const at = e.at % (t.length + 1);
      t = t.slice(0, at) + e.text + t.slice(at + e.del);
    }
    return t;
  });

describe("terraform reader on generated policies", () => {
  it("a damaged configuration: records or errors naming the file, never an exception", async () => {
    await checkAsync(
      "terraform reader, damaged configurations",
      fc.asyncProperty(damagedConfig, async (tf) => {
        const r = await readTerraformRoot(memorySnapshot({ "main.tf": tf }), "", {
          grantTypes: TERRAFORM_GRANT_TYPES,
        });
        for (const err of r.errors) expect(err.file).toBe("main.tf");
        const found = new Set(r.resources.map((x) => x.address));
        // A resource whose header survived is read, or an error says why not (fail closed).
        for (const [header, address] of [
          ['resource "aws_iam_role" "r" {', "aws_iam_role.r"],
          ['resource "aws_s3_bucket_policy" "b" {', "aws_s3_bucket_policy.b"],
        ] as const) {
          if (tf.includes(header) && !found.has(address)) expect(r.errors.length, address).toBeGreaterThan(0);
        }
      }),
      runs(600),
    );
  });

  it("an expression as a role's trust policy: records or errors with the file, never an exception", async () => {
    await checkAsync(
      "terraform reader, generated policy expressions",
      fc.asyncProperty(expr, async (e) => {
        const tf = [
          'variable "acct" {\n  default = "999988887777"\n}',
          'variable "list" {\n  default = ["a", "b"]\n}',
          `locals {\n  x = ${e.replace(/var\.(n|flag|own|map|nothing|missing)\b/g, "var.acct")}\n}`,
          'resource "aws_iam_role" "r" {',
          '  name = "r"',
          "  assume_role_policy = jsonencode({",
          '    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = local.x } }]',
          "  })",
          "}",
          "",
        ].join("\n");
        const snapshot = memorySnapshot({ "main.tf": tf, "policy.json": '{"Statement":[]}' });
        const r = await readTerraformRoot(snapshot, "", { grantTypes: TERRAFORM_GRANT_TYPES });
        expect(Array.isArray(r.resources)).toBe(true);
        for (const err of r.errors) {
          expect(err.file).toBe("main.tf");
          expect(err.message).not.toMatch(/^internal error/i);
        }
        // Either the role was read, or why not is an error: nothing disappears silently.
        if (!r.resources.some((x) => x.address === "aws_iam_role.r"))
          expect(r.errors.length).toBeGreaterThan(0);
      }),
      runs(1000),
    );
  });
});
