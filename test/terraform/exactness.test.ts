// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { evaluate } from "./helpers.js";

/**
 * Where Terraform (Go, cty, RE2) computes a value the evaluator cannot reproduce, it answers
 * unknown, never a different value. Each case writes down what Terraform gives, from the
 * documentation of Terraform or of the Go function it calls, and what the evaluator answers.
 */
const v = (src: string, files: Record<string, string> = {}) => evaluate(src, {}, { files }).value;
const unknown = (src: string, files: Record<string, string> = {}) => {
  const r = evaluate(src, {}, { files });
  expect(r.errors).toEqual([]);
  return r.value;
};

describe("replace() with an empty search string", () => {
  it("is Go's strings.Replace: the replacement before every character and at the end", () => {
    // Go: "If old is empty, it matches at the beginning of the string and after each UTF-8
    // sequence, yielding up to k+1 replacements for a k-rune string."
    expect(v(`replace("abc", "", "-")`)).toBe("-a-b-c-");
    expect(v(`replace("", "", "-")`)).toBe("-");
    expect(v(`replace("é😀", "", ".")`)).toBe(".é.😀.");
  });

  it("is unknown when the search string or the pattern has unknown parts", () => {
    expect(unknown(`replace("a-b", var.x, "+")`)).toBe("${replace('a-b', var.x, '+')}");
    expect(unknown(`replace("a-b", "/\${var.x}/", "+")`)).toBe("${replace('a-b', '/${var.x}/', '+')}");
    expect(unknown(`regex("^\${var.x}", "a-b")`)).toBe("${regex('^${var.x}', 'a-b')}");
  });

  it("is unknown when the string has unknown parts (their characters are not known)", () => {
    expect(unknown(`replace("a\${var.x}", "", "-")`)).toBe("${replace('a${var.x}', '', '-')}");
  });
});

describe("regular expressions (RE2)", () => {
  it("translates POSIX classes", () => {
    // RE2 syntax: [[:digit:]] is [0-9], [[:alpha:]] is [A-Za-z], [[:^space:]] is the complement.
    expect(v(`regex("[[:digit:]]+", "ab123cd")`)).toBe("123");
    expect(v(`regexall("[[:alpha:]]+", "ab1cd")`)).toEqual(["ab", "cd"]);
    expect(v(`replace("a b\\tc", "/[[:space:]]/", "_")`)).toBe("a_b_c");
    expect(v(`regex("[[:^space:]]+", "  xy ")`)).toBe("xy");
  });

  it("translates a leading (?i) and the s, m and U flags", () => {
    expect(v(`regex("(?i)abc", "xABCx")`)).toBe("ABC");
    expect(v(`replace("Hello", "/(?i)h/", "J")`)).toBe("Jello");
    // (?s): . matches \n; without it . matches everything but \n (\r too, unlike JavaScript).
    expect(v(`regex("a.b", "a\\rb")`)).toBe("a\rb");
    expect(v(`regexall("(?s)a.b", "a\\nb")`)).toEqual(["a\nb"]);
    expect(v(`regexall("a.b", "a\\nb")`)).toEqual([]);
    // (?m): ^ and $ at line starts and ends (only \n ends a line in Go).
    expect(v(`regexall("(?m)^x", "x\\nx")`)).toEqual(["x", "x"]);
    expect(v(`regexall("^x", "x\\nx")`)).toEqual(["x"]);
    // (?U): ungreedy.
    expect(v(`regex("(?U)a+", "aaa")`)).toBe("a");
  });

  it("reads \\Q…\\E literally; a quantifier after it repeats the last character only", () => {
    expect(v(`regex("\\\\Qa.b\\\\E+", "xa.bbb")`)).toBe("a.bbb");
  });

  it("reads \\s as Go does (ASCII only, no vertical tab)", () => {
    expect(v(`regexall("\\\\s", "\\u000b\\u00a0 ")`)).toEqual([" "]);
  });

  it("matches all as Go's FindAll: no empty match right after a match", () => {
    // Go: regexp.MustCompile("a*").FindAllString("baaa", -1) is ["" "aaa"].
    expect(v(`regexall("a*", "baaa")`)).toEqual(["", "aaa"]);
    expect(v(`replace("baaa", "/a*/", "-")`)).toBe("-b-");
  });

  it("expands replacement templates as Go's Regexp.Expand", () => {
    // $1x names the group "1x" (none here: empty); ${1}x is group 1 then x; $$ is $.
    expect(v(`replace("abc", "/(b)/", "$1x")`)).toBe("ac");
    expect(v(`replace("abc", "/(b)/", "$\${1}x")`)).toBe("abxc");
    expect(v(`replace("abc", "/(?P<mid>b)/", "[$mid]")`)).toBe("a[b]c");
    expect(v(`replace("abc", "/b/", "$$")`)).toBe("a$c");
  });

  it("is unknown where the translation could differ (a flag in mid-pattern, Perl syntax RE2 lacks)", () => {
    // Terraform: regex("a(?i)b", "aB") is "aB"; JavaScript cannot switch case folding mid-pattern.
    expect(unknown(`regex("a(?i)b", "aB")`)).toBe("${regex('a(?i)b', 'aB')}");
    // RE2 has no lookahead: Terraform raises an error; the evaluator does not claim a value.
    expect(unknown(`regexall("a(?=b)", "ab")`)).toBe("${regexall('a(?=b)', 'ab')}");
    const r = evaluate(`regex("a(?i)b", "aB")`);
    expect(r.notes.join("\n")).toContain("function regex() is not evaluated statically");
  });
});

describe("strings", () => {
  it("trimspace() removes Go's unicode.IsSpace characters: not U+FEFF, but U+0085", () => {
    // Go's unicode.IsSpace: '\t', '\n', '\v', '\f', '\r', ' ', U+0085 (NEL), U+00A0 (NBSP) and
    // category Z; U+FEFF (zero width no-break space) is not a space for Go.
    expect(v(`trimspace("\\ufeffx ")`)).toBe("\ufeffx");
    expect(v(`trimspace("\\u0085x\\u3000")`)).toBe("x");
  });

  it("upper() and lower() map one code point at a time; where JavaScript maps to more, unknown", () => {
    // Go: strings.ToUpper("ß") is "ß" (unicode.ToUpper has no single-rune mapping for ß);
    // JavaScript gives "SS". strings.ToLower("İ") is "i"; JavaScript gives "i̇".
    expect(unknown(`upper("straße")`)).toBe("${upper('straße')}");
    expect(unknown(`lower("İ")`)).toBe("${lower('İ')}");
    expect(v(`upper("алло!")`)).toBe("АЛЛО!");
    // Go lowers Σ to σ everywhere; JavaScript's final-sigma rule would give ς at a word's end.
    expect(v(`lower("ΟΔΟΣ")`)).toBe("οδοσ");
  });

  it("title() is Go's strings.Title: a letter after a letter is not a word start", () => {
    expect(v(`title("café au lait")`)).toBe("Café Au Lait");
  });

  it("length() counts grapheme clusters", () => {
    // The reference: length("👾🕹️") is 2; a letter with a combining accent is one character.
    expect(v(`length("👾🕹️")`)).toBe(2);
    expect(v(`length("e\\u0301")`)).toBe(1);
    expect(v(`length("a\\r\\nb\\n")`)).toBe(4);
    expect(v(`substr("e\\u0301xy", 0, 2)`)).toBe("e\u0301x");
    expect(v(`strrev("e\\u0301x")`)).toBe("xe\u0301");
  });

  it("chomp() removes a lone CR too", () => {
    // cty's chomp: regexp (?:\r\n?|\n)*\z.
    expect(v(`chomp("hello\\r")`)).toBe("hello");
    expect(v(`chomp("hello\\r\\n\\n")`)).toBe("hello");
  });
});

describe("numbers beyond 2^53", () => {
  it("are unknown, with a note, where Terraform's 512-bit numbers stay exact", () => {
    // Terraform: 9007199254740993 is 9007199254740993; a double would make it ...992.
    const r = evaluate(`9007199254740993`);
    expect(r.value).toBe("${9007199254740993}");
    expect(r.notes.join("\n")).toContain("beyond 2^53");
    // Terraform: pow(2, 64) is 18446744073709551616.
    expect(unknown(`pow(2, 64)`)).toBe("${pow(2, 64)}");
    // Terraform: 4503599627370496 * 4 is 18014398509481984.
    expect(unknown(`4503599627370496 * 4`)).toBe("${4503599627370496 * 4}");
    expect(unknown(`tonumber("1e30")`)).toBe("${tonumber('1e30')}");
    expect(v(`123456789012 + 1`)).toBe(123456789013);
  });
});

describe("numbers in decoded documents", () => {
  it("are unknown where a double would lose digits Terraform keeps", () => {
    // Terraform reads JSON numbers as arbitrary-precision decimals: 12345678901234567890 stays exact.
    expect(unknown(`jsondecode("{\\"n\\": 12345678901234567890}")`)).toMatch(/^\$\{jsondecode\(/);
    expect(unknown(`yamldecode("n: 12345678901234567890")`)).toMatch(/^\$\{yamldecode\(/);
    expect(v(`jsondecode("{\\"n\\": 123456789012, \\"f\\": 0.25}")`)).toEqual({ n: 123456789012, f: 0.25 });
  });
});

describe("fractions in arithmetic", () => {
  it("are unknown where Terraform's arbitrary precision writes another number", () => {
    // hashicorp/terraform#23098: "${0.25 - 0.15}" is 0.09999…9 (154 digits) in Terraform;
    // terraform-provider-corner#170: 1 - 0.99 is 0.0100…003.
    expect(unknown(`0.25 - 0.15`)).toBe("${0.25 - 0.15}");
    expect(unknown(`1 - 0.99`)).toBe("${1 - 0.99}");
    expect(unknown(`1 / 3`)).toBe("${1 / 3}");
    expect(unknown(`sum([0.1, 0.2])`)).toBe("${sum([0.1, 0.2])}");
    // log() computes in float64 and Terraform writes every binary digit: log(1000, 10) is 2.99999999999999955591…
    expect(unknown(`log(1000, 10)`)).toBe("${log(1000, 10)}");
    // range() adds the step with arbitrary precision too.
    expect(unknown(`range(0, 1, 0.1)`)).toBe("${range(0, 1, 0.1)}");
    expect(v(`range(1, 4, 0.5)`)).toEqual([1, 1.5, 2, 2.5, 3, 3.5]);
  });

  it("are kept where both agree exactly", () => {
    expect(v(`0.5 + 0.25`)).toBe(0.75);
    expect(v(`7 / 2`)).toBe(3.5);
    expect(v(`10 / 4 * 2`)).toBe(5);
    expect(v(`sum([1, 2, 3])`)).toBe(6);
    expect(v(`7 % 3`)).toBe(1);
    expect(v(`0.1`)).toBe(0.1);
  });
});

describe("files outside the repository", () => {
  it("can(file()) and fileexists() of such a path are unknown, not false", () => {
    // Terraform reads the file (true/false, the content); this analysis refuses to.
    expect(unknown(`can(file("/etc/passwd"))`)).toBe("${can(file('/etc/passwd'))}");
    expect(unknown(`fileexists("../outside.json")`)).toBe("${fileexists('../outside.json')}");
    expect(unknown(`try(file("../outside.json"), "{}")`)).toBe("${try(file('../outside.json'), '{}')}");
  });

  it("a file missing inside the repository is still false or the fallback", () => {
    expect(v(`can(file("missing.json"))`)).toBe(false);
    expect(v(`fileexists("missing.json")`)).toBe(false);
    expect(v(`try(file("missing.json"), "{}")`)).toBe("{}");
    expect(v(`fileexists("p.json")`, { "p.json": "{}" })).toBe(true);
  });
});

describe("the evaluation budget", () => {
  it("stops nested for expressions over range(1000) quickly: unknown with a note, no hang", () => {
    const start = Date.now();
    const r = evaluate(`[for a in range(1000): [for b in range(1000): [for c in range(1000): a * b * c]]]`);
    expect(Date.now() - start).toBeLessThan(10_000);
    expect(r.value).toMatch(/^\$\{\[for a in range\(1000\)/);
    expect(r.errors).toEqual([]);
    expect(r.notes.join("\n")).toMatch(/took more than 1000000 steps; its value is unresolved/);
  });

  it("leaves ordinary large expressions alone", () => {
    const r = evaluate(`length([for a in range(1000): [for b in range(100): a + b]])`);
    expect(r.value).toBe(1000);
    expect(r.notes).toEqual([]);
  });

  it("range() refuses more than 1024 elements, as Terraform does", () => {
    // The reference: "Terraform imposes an artificial limit of 1024 numbers in the resulting sequence".
    expect(v(`length(range(1024))`)).toBe(1024);
    expect(evaluate(`range(1025)`).errors).toEqual(["range(): more than 1024 elements"]);
  });
});

describe("number and encoding conversions as Go does them", () => {
  it("writes numbers in plain decimal notation", () => {
    // Terraform writes numbers with big.Float's Text('f', -1): tostring(1e-7) is "0.0000001".
    expect(v(`tostring(1e-7)`)).toBe("0.0000001");
    expect(v(`"n=\${0.000001234}"`)).toBe("n=0.000001234");
    expect(v(`tostring(1.5)`)).toBe("1.5");
  });

  it("parses numbers in base 10 only, without spaces", () => {
    // Go's big.Float parsing in base 10: "0x10" and " 12" are no numbers (JavaScript's Number() takes both).
    expect(evaluate(`tonumber("0x10")`).errors).toHaveLength(1);
    expect(evaluate(`tonumber(" 12")`).errors).toHaveLength(1);
    expect(evaluate(`"0x10" + 1`).errors).toHaveLength(1);
    expect(v(`tonumber("1e3")`)).toBe(1000);
  });

  it("base64decode() needs padding, as Go's StdEncoding", () => {
    expect(evaluate(`base64decode("aGVsbG8")`).errors).toHaveLength(1);
    expect(v(`base64decode("aGVsbG8=")`)).toBe("hello");
  });

  it("split() with an empty separator splits into code points", () => {
    // Go's strings.Split(s, "") splits after each UTF-8 sequence.
    expect(v(`split("", "é😀")`)).toEqual(["é", "😀"]);
  });

  it("format() where Go's formatting differs from JavaScript's is unknown or an error", () => {
    // Go rounds ties to even: format("%.0f", 2.5) is "2" (JavaScript's toFixed gives "3").
    expect(unknown(`format("%.0f", 2.5)`)).toBe("${format('%.0f', 2.5)}");
    expect(v(`format("%.2f", 1.5)`)).toBe("1.50");
    // %d of a fraction is an error in Terraform.
    expect(evaluate(`format("%d", 1.5)`).errors).toEqual(["format(): %d needs a whole number, got 1.5"]);
    // Go's %q keeps é as is (strconv.Quote); JSON would too, but escapes differ elsewhere: unknown.
    expect(unknown(`format("%q", "é")`)).toBe("${format('%q', 'é')}");
    expect(v(`format("%q", "a")`)).toBe('"a"');
  });
});

describe("hostile strings stay linear", () => {
  it("number parsing, trimspace, chomp, basename and timeadd on 200,000 characters end quickly", () => {
    const long = (c: string) => c.repeat(200_000);
    const start = Date.now();
    expect(evaluate(`tonumber(var.s)`, { s: `${long("1")}x` }).errors).toHaveLength(1);
    expect(evaluate(`length(trimspace(var.s))`, { s: `${long(" ")}x` }).value).toBe(1);
    expect(evaluate(`length(chomp(var.s))`, { s: `${long("\n")}x` }).value).toBe(200_001);
    expect(evaluate(`basename(var.s)`, { s: `${long("/")}x` }).value).toBe("x");
    expect(evaluate(`timeadd("2017-11-22T00:00:00Z", var.s)`, { s: `${long("1")}x` }).errors).toHaveLength(1);
    expect(Date.now() - start).toBeLessThan(5_000);
  });
});

describe("string tests on strings with unknown parts", () => {
  it("answer where the known start or end decides, else unknown", () => {
    expect(v(`startswith("arn:aws:iam::\${var.a}:root", "arn:aws")`)).toBe(true);
    expect(v(`startswith("arn:aws:iam::\${var.a}:root", "x")`)).toBe(false);
    expect(unknown(`startswith("ab\${var.a}", "abc")`)).toBe("${startswith('ab${var.a}', 'abc')}");
    expect(v(`endswith("\${var.a}:root", ":root")`)).toBe(true);
    expect(unknown(`endswith("\${var.a}t", "root")`)).toBe("${endswith('${var.a}t', 'root')}");
    expect(v(`strcontains("a-\${var.a}-iam", "iam")`)).toBe(true);
    expect(unknown(`strcontains("a-\${var.a}", "iam")`)).toBe("${strcontains('a-${var.a}', 'iam')}");
    expect(v(`trimprefix("arn:\${var.a}", "arn:")`)).toBe("${var.a}");
    expect(unknown(`trimprefix("a\${var.a}", "ab")`)).toBe("${trimprefix('a${var.a}', 'ab')}");
    expect(v(`trimsuffix("\${var.a}:root", ":root")`)).toBe("${var.a}");
    expect(unknown(`split("\${var.a}-", "a-b")`)).toBe("${split('${var.a}-', 'a-b')}");
  });
});
