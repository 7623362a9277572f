// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { isKnownFunction } from "../../src/iac/terraform/functions.js";
import { evaluate } from "./helpers.js";

const v = (src: string, vars: Record<string, unknown> = {}, files: Record<string, string> = {}) =>
  evaluate(src, vars, { files }).value;

/**
 * The functions of Terraform's function reference (developer.hashicorp.com/terraform/language/functions,
 * the navigation of the v1.15 and v1.17 documentation), by its categories, and the AWS provider's
 * functions. `terraform.applying` is listed there too but is a reference, not a function call.
 */
const REFERENCE: Record<string, string[]> = {
  numeric: ["abs", "ceil", "floor", "log", "max", "min", "parseint", "pow", "signum"],
  string: [
    "chomp",
    "endswith",
    "format",
    "formatlist",
    "indent",
    "join",
    "lower",
    "regex",
    "regexall",
    "replace",
    "split",
    "startswith",
    "strcontains",
    "strrev",
    "substr",
    "templatestring",
    "title",
    "trim",
    "trimprefix",
    "trimsuffix",
    "trimspace",
    "upper",
  ],
  collection: [
    "alltrue",
    "anytrue",
    "chunklist",
    "coalesce",
    "coalescelist",
    "compact",
    "concat",
    "contains",
    "distinct",
    "element",
    "flatten",
    "index",
    "keys",
    "length",
    "list",
    "lookup",
    "map",
    "matchkeys",
    "merge",
    "one",
    "range",
    "reverse",
    "setintersection",
    "setproduct",
    "setsubtract",
    "setunion",
    "slice",
    "sort",
    "sum",
    "transpose",
    "values",
    "zipmap",
  ],
  encoding: [
    "base64decode",
    "base64encode",
    "base64gzip",
    "csvdecode",
    "jsondecode",
    "jsonencode",
    "textdecodebase64",
    "textencodebase64",
    "urlencode",
    "yamldecode",
    "yamlencode",
  ],
  filesystem: [
    "abspath",
    "dirname",
    "pathexpand",
    "basename",
    "file",
    "fileexists",
    "fileset",
    "filebase64",
    "templatefile",
  ],
  date: ["formatdate", "plantimestamp", "timeadd", "timecmp", "timestamp"],
  hash: [
    "base64sha256",
    "base64sha512",
    "bcrypt",
    "filebase64sha256",
    "filebase64sha512",
    "filemd5",
    "filesha1",
    "filesha256",
    "filesha512",
    "md5",
    "rsadecrypt",
    "sha1",
    "sha256",
    "sha512",
    "uuid",
    "uuidv5",
  ],
  ip: ["cidrhost", "cidrnetmask", "cidrsubnet", "cidrsubnets"],
  conversion: [
    "can",
    "convert",
    "ephemeralasnull",
    "issensitive",
    "nonsensitive",
    "sensitive",
    "tobool",
    "tolist",
    "tomap",
    "tonumber",
    "toset",
    "tostring",
    "try",
    "type",
  ],
  terraform: [
    "provider::terraform::encode_tfvars",
    "provider::terraform::decode_tfvars",
    "provider::terraform::encode_expr",
  ],
  aws: ["provider::aws::arn_parse", "provider::aws::arn_build", "provider::aws::trim_iam_role_path"],
};

describe("the function table", () => {
  it.each(Object.entries(REFERENCE))(
    "has an entry for every %s function of the reference",
    (_category, names) => {
      const evaluatorHandled = new Set(["try", "can"]);
      expect(names.filter((n) => !evaluatorHandled.has(n) && !isKnownFunction(n))).toEqual([]);
    },
  );

  it("names the call, with a note, where a function deliberately stays unknown", () => {
    for (const [src, name] of [
      ["timestamp()", "timestamp"],
      ["uuid()", "uuid"],
      [`bcrypt("x")`, "bcrypt"],
      [`abspath("x")`, "abspath"],
      [`yamlencode({ a = 1 })`, "yamlencode"],
      [`base64gzip("x")`, "base64gzip"],
      [`issensitive("x")`, "issensitive"],
    ] as const) {
      const r = evaluate(src);
      expect(r.value).toMatch(new RegExp(`^\\$\\{${name}\\(`));
      expect(r.errors).toEqual([]);
      expect(r.notes.join("\n")).toContain(`function ${name}() is not evaluated statically`);
    }
  });

  it("keeps an account built from an unknown function unresolved, naming the call", () => {
    expect(v(`"arn:aws:iam::\${substr(uuid(), 0, 12)}:root"`)).toBe(
      "arn:aws:iam::${substr(uuid(), 0, 12)}:root",
    );
    expect(v(`"arn:aws:iam::\${pathexpand("~/acct")}:root"`)).toBe(
      `arn:aws:iam::\${pathexpand('~/acct')}:root`,
    );
  });
});

describe("functions added for real-world modules", () => {
  it("sensitivity and ephemerality pass values through", () => {
    expect(v(`nonsensitive(sensitive("111111111111"))`)).toBe("111111111111");
    // Terraform gives null for an ephemeral value, the value otherwise; ephemerality is not tracked.
    expect(v(`ephemeralasnull(var.token)`, { token: "t" })).toBe("${ephemeralasnull('t')}");
    expect(v(`ephemeralasnull(null)`)).toBe(null);
  });

  it("numbers", () => {
    expect(v(`log(16, 2)`)).toBe(4);
    expect(v(`pow(3, 2)`)).toBe(9);
    expect(v(`signum(-13)`)).toBe(-1);
    expect(v(`parseint("FF", 16)`)).toBe(255);
    expect(v(`parseint("-10", 2)`)).toBe(-2);
    expect(v(`parseint("zz", 36)`)).toBe(1295);
    expect(evaluate(`parseint("12", 2)`).errors).toHaveLength(1);
  });

  it("strings", () => {
    expect(v(`startswith("hello world", "hello")`)).toBe(true);
    expect(v(`endswith("hello world", "world")`)).toBe(true);
    expect(v(`strcontains("hello world", "wor")`)).toBe(true);
    expect(v(`strrev("hello")`)).toBe("olleh");
    expect(v(`indent(2, "[\\n  foo,\\n]")`)).toBe("[\n    foo,\n  ]");
    expect(v(`templatestring(var.t, { name = "x" })`, { t: "Hello, ${name}!" })).toBe("Hello, x!");
    expect(v(`title("hello world")`)).toBe("Hello World");
  });

  it("collections", () => {
    expect(
      v(`matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])`),
    ).toEqual(["i-abc", "i-def"]);
    expect(v(`transpose({ a = ["1", "2"], b = ["2", "3"] })`)).toEqual({
      "1": ["a"],
      "2": ["a", "b"],
      "3": ["b"],
    });
    expect(evaluate(`list("a")`).errors[0]).toMatch(/no longer available in Terraform/);
  });

  it("encodings", () => {
    expect(v(`urlencode("Hello World!")`)).toBe("Hello+World%21");
    expect(v(`urlencode("☃")`)).toBe("%E2%98%83");
    expect(v(`textencodebase64("Hello World", "UTF-16LE")`)).toBe("SABlAGwAbABvACAAVwBvAHIAbABkAA==");
    expect(v(`textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")`)).toBe("Hello World");
    expect(v(`csvdecode("a,b,c\\n1,2,3\\n4,5,6")`)).toEqual([
      { a: "1", b: "2", c: "3" },
      { a: "4", b: "5", c: "6" },
    ]);
    expect(v(`yamldecode("hello: world")`)).toEqual({ hello: "world" });
    expect(v(`yamldecode("- a\\n- b")`)).toEqual(["a", "b"]);
    expect(
      v(
        `yamldecode(file("p.yaml"))`,
        {},
        { "p.yaml": "Statement:\n  - Effect: Allow\n    Principal: {AWS: '111111111111'}\n" },
      ),
    ).toEqual({
      Statement: [{ Effect: "Allow", Principal: { AWS: "111111111111" } }],
    });
    // YAML 1.1 (yes = true) and 1.2 (yes = "yes") disagree: unknown, not a guess.
    expect(v(`yamldecode("enabled: yes")`)).toBe("${yamldecode('enabled: yes')}");
  });

  it("hashes, from the reference's examples", () => {
    expect(v(`md5("hello world")`)).toBe("5eb63bbbe01eeed093cb22bb8f5acdc3");
    expect(v(`sha1("hello world")`)).toBe("2aae6c35c94fcfb415dbe95f408b9ce91ee846ed");
    expect(v(`sha256("hello world")`)).toBe(
      "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9",
    );
    expect(v(`base64sha256("hello world")`)).toBe("uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=");
    expect(v(`uuidv5("dns", "www.terraform.io")`)).toBe("a5008fae-b28c-5ba5-96cd-82b4c53552d6");
    expect(v(`filemd5("p.json")`, {}, { "p.json": "hello world" })).toBe("5eb63bbbe01eeed093cb22bb8f5acdc3");
    expect(v(`filemd5("/etc/passwd")`)).toBe("${filemd5('/etc/passwd')}");
  });

  it("paths and files inside the repository", () => {
    expect(v(`basename("foo/bar/baz.txt")`)).toBe("baz.txt");
    expect(v(`dirname("foo/bar/baz.txt")`)).toBe("foo/bar");
    expect(v(`dirname("baz.txt")`)).toBe(".");
    expect(v(`pathexpand("a/b")`)).toBe("a/b");
    const files = { "policies/a.json": "{}", "policies/sub/b.json": "{}", "policies/c.txt": "" };
    expect(v(`fileset("policies", "*.json")`, {}, files)).toEqual(["a.json"]);
    expect(v(`fileset("policies", "**/*.json")`, {}, files)).toEqual(["a.json", "sub/b.json"]);
    expect(v(`fileset("policies", "{a,c}.*")`, {}, files)).toEqual(["a.json", "c.txt"]);
    expect(v(`fileset("../outside", "*")`, {}, files)).toBe("${fileset('../outside', '*')}");
  });

  it("dates, from the reference's examples", () => {
    expect(v(`formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")`)).toBe("02 Jan 2018 23:12 UTC");
    expect(v(`formatdate("EEEE, DD-MMM-YY hh:mm:ss ZZZ", "2018-01-02T23:12:01Z")`)).toBe(
      "Tuesday, 02-Jan-18 23:12:01 UTC",
    );
    expect(v(`formatdate("EEE, DD MMM YYYY hh:mm:ss ZZZ", "2018-01-02T23:12:01-08:00")`)).toBe(
      "Tue, 02 Jan 2018 23:12:01 -0800",
    );
    expect(v(`formatdate("HH:mmaa", "2018-01-02T23:12:01Z")`)).toBe("11:12pm");
    expect(v(`formatdate("h'h'mm", "2018-01-02T23:12:01-08:00")`)).toBe("23h12");
    expect(v(`formatdate("H 'o''clock'", "2018-01-02T23:12:01-08:00")`)).toBe("11 o'clock");
    expect(v(`timeadd("2017-11-22T00:00:00Z", "10m")`)).toBe("2017-11-22T00:10:00Z");
    expect(v(`timeadd("2017-11-22T00:00:00Z", "-1.5h")`)).toBe("2017-11-21T22:30:00Z");
    expect(v(`timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")`)).toBe(0);
    expect(v(`timecmp("2017-11-22T01:00:00+01:00", "2017-11-22T00:00:00Z")`)).toBe(0);
    expect(v(`timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:01Z")`)).toBe(-1);
  });

  it("IP networks, from the reference's examples", () => {
    expect(v(`cidrhost("10.12.112.0/20", 16)`)).toBe("10.12.112.16");
    expect(v(`cidrhost("10.12.112.0/20", 268)`)).toBe("10.12.113.12");
    expect(v(`cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`)).toBe("fd00:fd12:3456:7890::22");
    expect(v(`cidrnetmask("172.16.0.0/12")`)).toBe("255.240.0.0");
    expect(v(`cidrsubnet("172.16.0.0/12", 4, 2)`)).toBe("172.18.0.0/16");
    expect(v(`cidrsubnet("10.1.2.0/24", 4, 15)`)).toBe("10.1.2.240/28");
    expect(v(`cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`)).toBe("fd00:fd12:3456:7800:a200::/72");
    expect(v(`cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`)).toEqual([
      "10.1.0.0/20",
      "10.1.16.0/20",
      "10.1.32.0/24",
      "10.1.48.0/20",
    ]);
    expect(v(`cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)`)).toEqual([
      "fd00:fd12:3456:7800::/72",
      "fd00:fd12:3456:7800:100::/72",
      "fd00:fd12:3456:7800:200::/72",
      "fd00:fd12:3456:7800:300::/88",
    ]);
    expect(evaluate(`cidrsubnet("10.0.0.0/30", 4, 1)`).errors).toHaveLength(1);
  });

  it("convert() converts to primitive types and collections of them", () => {
    expect(v(`convert(["a", "b", "a"], set(string))`)).toEqual(["a", "b"]);
    expect(v(`convert(5, string)`)).toBe("5");
    expect(v(`convert({ a = 1 }, map(string))`)).toEqual({ a: "1" });
    const r = evaluate(`convert({}, object({ a = optional(string) }))`);
    expect(r.value).toBe("${convert({}, object({ a = optional(string) }))}");
    expect(r.notes.join("\n")).toContain("convert()");
  });

  it("the AWS provider's trim_iam_role_path", () => {
    expect(v(`provider::aws::trim_iam_role_path("arn:aws:iam::444455556666:role/with/path/example")`)).toBe(
      "arn:aws:iam::444455556666:role/example",
    );
  });

  it("jsondecode() of a text not known statically is unknown, so try() does not fall back to null", () => {
    // A text with unknown parts (a resource attribute's token, var.a and var.b here) is not invalid JSON.
    expect(v(`jsondecode("\${var.a}\${var.b}")`)).toBe("${jsondecode('${var.a}${var.b}')}");
    expect(v(`try(jsondecode("\${var.a}\${var.b}"), null)`)).toBe("${jsondecode('${var.a}${var.b}')}");
    // Decoding the encoding of an unknown value gives an unknown (of any type), not its token as a string.
    expect(v(`jsondecode(jsonencode(var.settings))`)).toBe("${jsondecode(jsonencode(var.settings))}");
    expect(evaluate(`[for k, x in jsondecode(jsonencode(var.settings)) : k]`).errors).toEqual([]);
    // Unknown parts inside JSON strings do not stop the document from being read.
    expect(v(`jsondecode("{\\"role\\": \\"\${var.role}\\"}")`)).toEqual({ role: "${var.role}" });
    expect(evaluate(`jsondecode("{oops")`).errors[0]).toMatch(/^jsondecode\(\): invalid JSON/);
  });
});
