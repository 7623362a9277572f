import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  affectedLayout,
  affectedLayouts,
  CALLER_NEEDLES,
  createLayoutMemo,
  findTerraformRoots,
  moduleClosure,
  modulesAffectedBy,
  relativeStrings,
  relativeStringsOfLines,
  terraformLayout,
} from "../../src/iac/terraform/index.js";
import { readText } from "../../src/sources/text.js";
import { fixtureSnapshot } from "./fixture.js";

const texts = (files: Record<string, string>) => (p: string) => files[p];

describe("findTerraformRoots", () => {
  it("finds the environments of the platform fixture and not its modules", () => {
    const snap = fixtureSnapshot("platform");
    const read = (p: string) => {
      const r = readText(snap, p);
      return "text" in r ? r.text : undefined;
    };
    expect(findTerraformRoots(snap.paths, read)).toEqual(["envs/prod", "envs/staging"]);
  });

  it("counts a called directory with a backend or provider block as a root, ignores .terraform and reads .tf.json", () => {
    const files: Record<string, string> = {
      "live/main.tf": `module "legacy" {\n  source = "../legacy"\n}\nmodule "net" {\n  source = "./network/"\n}\nmodule "reg" {\n  source = "terraform-aws-modules/vpc/aws"\n}\n`,
      "live/network/main.tf": `resource "aws_vpc" "v" {}\n`,
      "legacy/main.tf": `provider "aws" {\n  region = "eu-west-1"\n}\n`,
      "json/main.tf.json": `{"module": {"m": {"source": "../jsonmod"}}}`,
      "jsonmod/main.tf": `# "module" in a comment { source = "../live" }\n`,
      "live/.terraform/modules/reg/main.tf": `resource "aws_vpc" "x" {}\n`,
      "cloud/main.tf": `terraform {\n  cloud {\n    organization = "acme"\n  }\n}\n`,
    };
    const layout = terraformLayout(Object.keys(files), texts(files));
    expect(layout.roots).toEqual(["cloud", "json", "legacy", "live"]);
    expect(layout.modules.find((m) => m.dir === "live")?.calls).toEqual([
      { name: "legacy", source: "../legacy", dir: "legacy" },
      { name: "net", source: "./network/", dir: "live/network" },
      { name: "reg", source: "terraform-aws-modules/vpc/aws", dir: null },
    ]);
    expect(layout.modules.find((m) => m.dir === "cloud")?.hasBackend).toBe(true);
  });

  it("finds a block after a closing brace or a comment on its line, and not a word in a tag or a reference", () => {
    const files: Record<string, string> = {
      "a/main.tf": `resource "aws_vpc" "v" {} module "m" {\n  source = "../m1"\n}\n`,
      "b/main.tf": `/* calls m2 */ module m {\n  source = "../m2"\n}\n`,
      "c/main.tf": `resource "aws_vpc" "v" {\n  tags = { ManagedBy = "terraform" }\n}\noutput "o" {\n  value = module.x.id\n}\n`,
      "c/providers.tf": `  provider /* region */ "aws" {\n}\n`,
      "m1/main.tf": `resource "aws_vpc" "v" {}\n`,
      "m2/main.tf": `resource "aws_vpc" "v" {}\n`,
    };
    const layout = terraformLayout(Object.keys(files), texts(files));
    expect(layout.roots).toEqual(["a", "b", "c"]);
    expect(layout.modules.find((m) => m.dir === "c")?.hasProvider).toBe(true);
  });

  it("without file contents counts every module directory as a root", () => {
    expect(findTerraformRoots(["a/main.tf", "a/b/x.tf.json", "c/readme.md", "main.tf"])).toEqual([
      "",
      "a",
      "a/b",
    ]);
  });
});

describe("modulesAffectedBy", () => {
  const files: Record<string, string> = {
    "envs/prod/main.tf": `module "role" {\n  source = "../../modules/role"\n}\n`,
    "envs/dev/main.tf": `module "bucket" {\n  source = "../../modules/bucket"\n}\n`,
    "modules/bucket/main.tf": `module "role" {\n  source = "../role"\n}\n`,
    "modules/role/main.tf": `resource "aws_iam_role" "r" {}\n`,
    "tools/main.tf": `resource "aws_sqs_queue" "q" {}\n`,
  };
  const layout = terraformLayout(Object.keys(files), texts(files));

  it("maps a changed module file to every root that uses the module, directly or through another module", () => {
    expect(layout.roots).toEqual(["envs/dev", "envs/prod", "tools"]);
    expect(modulesAffectedBy(layout, ["modules/role/main.tf"])).toEqual(["envs/dev", "envs/prod"]);
    expect(modulesAffectedBy(layout, ["modules/bucket/templates/policy.json.tftpl"])).toEqual(["envs/dev"]);
    expect(modulesAffectedBy(layout, ["envs/prod/prod.tfvars", "README.md"])).toEqual(["envs/prod"]);
    expect(modulesAffectedBy(layout, ["docs/x.md"])).toEqual([]);
  });
});

describe("affectedLayout: the roots a change affects, without summarising every file", () => {
  const dirs = ["", "envs/a", "envs/b", "envs/b/sub", "modules/x", "modules/y", "modules/y/inner", "shared"];
  /** A module's code: calls written the ways Terraform allows (quoted, JSON, trailing slash), and decoys. */
  const callText = (from: string, to: string, style: number): string => {
    const rel = relative(from, to);
    switch (style % 5) {
      case 0:
        return `module "m_${to.replace(/\W/g, "_")}" {\n  source = "${rel}"\n}\n`;
      case 1:
        return `module "m" {\n  source = "${rel}/"\n  count  = 1\n}\n`;
      case 2:
        // A quoted relative string that is no module source: a decoy the summary rules out.
        return `resource "aws_s3_object" "o" {\n  source = "${rel}/file.zip"\n}\n`;
      case 3:
        return `# module "c" { source = "${rel}" }\nprovider "aws" {}\n`;
      default:
        return `terraform {\n  backend "s3" {}\n}\nmodule "z" {\n  source = "${rel}"\n}\n`;
    }
  };
  /** The lines of a text holding a caller needle, each ended by a line break (as git grep gives them). */
  const linesHolding = (text: string): Uint8Array | undefined => {
    const lines = text.split("\n").filter((l) => CALLER_NEEDLES.some((n) => l.includes(n)));
    return lines.length === 0 ? undefined : new TextEncoder().encode(lines.map((l) => `${l}\n`).join(""));
  };
  const relative = (from: string, to: string): string => {
    const a = from === "" ? [] : from.split("/");
    const b = to === "" ? [] : to.split("/");
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    const up = a.slice(i).map(() => "..");
    return up.length === 0 ? `./${b.slice(i).join("/")}` : [...up, ...b.slice(i)].join("/");
  };

  it("gives the same roots as modulesAffectedBy over the whole layout, for any repository and change", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...dirs), fc.constantFrom(...dirs), fc.nat(9)), { maxLength: 10 }),
        fc.subarray(dirs, { minLength: 1 }),
        fc.array(
          fc.constantFrom(
            ...dirs.map((d) => (d ? `${d}/main.tf` : "main.tf")),
            "modules/x/policy.json",
            "docs/readme.md",
            "envs/b/sub/deep/x.tpl",
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (calls, present, changed) => {
          const files: Record<string, string> = {};
          for (const d of present)
            files[d ? `${d}/main.tf` : "main.tf"] = `resource "aws_sqs_queue" "q" {}\n`;
          calls.forEach(([from, to, style], i) => {
            if (from === to) return;
            const name = `${from ? `${from}/` : ""}call${i}.tf${style >= 8 ? ".json" : ""}`;
            files[name] =
              style >= 8
                ? JSON.stringify({ module: { [`j${i}`]: { source: relative(from, to) } } })
                : callText(from, to, style);
          });
          const paths = Object.keys(files).sort();
          const whole = modulesAffectedBy(terraformLayout(paths, texts(files)), changed);
          const part = affectedLayout(paths, texts(files), changed);
          expect(part.roots).toEqual(whole);
          // A file known (from a search of its bytes) to hold no caller needle is never read, and
          // of one that holds some only the lines holding one are searched.
          const searched = affectedLayouts(paths, texts(files), undefined, {
            searched: (p) => linesHolding(files[p]!) ?? "none",
          })(changed);
          expect(searched.roots).toEqual(whole);
          // The partial layout holds every module the affected roots call.
          const all = terraformLayout(paths, texts(files));
          for (const r of part.roots)
            expect([...moduleClosure(part, r)].sort()).toEqual([...moduleClosure(all, r)].sort());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads only the files that may call a folder on the way up", () => {
    const files: Record<string, string> = {
      "envs/a/main.tf": 'module "x" {\n  source = "../../modules/x"\n}\n',
      "envs/b/main.tf": 'module "y" {\n  source = "../../modules/y"\n}\nprovider "aws" {}\n',
      "modules/x/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
      "modules/y/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
    };
    const summarised = new Set<string>();
    const memo = createLayoutMemo();
    const layout = affectedLayout(Object.keys(files), texts(files), ["modules/x/main.tf"], memo);
    for (const k of memo.keys()) summarised.add(k);
    expect(layout.roots).toEqual(["envs/a"]);
    expect([...summarised].sort()).toEqual(["envs/a/main.tf", "modules/x/main.tf"]);
  });

  it("loads nothing of the changed folders when `within` rules every root out", () => {
    // A diff asks this of every module that reads a changed file by a root-relative path (171 on
    // a real monorepo): a batch of each module's files per question was 150 git processes.
    const files: Record<string, string> = {
      "envs/a/main.tf": 'module "x" {\n  source = "../../modules/x"\n}\n',
      "modules/x/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
      "modules/x/more.tf": 'resource "aws_sqs_queue" "r" {}\n',
    };
    const loaded: string[] = [];
    const layouts = affectedLayouts(Object.keys(files), texts(files), undefined, {
      prefetch: (paths) => loaded.push(...paths),
    });
    expect(layouts(["modules/x/main.tf"], { within: new Set(["envs/b"]) })).toEqual({
      roots: [],
      modules: [],
    });
    expect(loaded.filter((p) => p.startsWith("modules/x/"))).toEqual([]);
    // Asked without it, the same change loads them (with its caller) to read the root.
    expect(layouts(["modules/x/main.tf"]).roots).toEqual(["envs/a"]);
    expect(loaded).toEqual(expect.arrayContaining(["modules/x/main.tf", "modules/x/more.tf"]));
  });
});

describe("a module source spelt with a Unicode escape", () => {
  const files = {
    "envs/a/main.tf": 'module "q" {\n  source = "\\u002e./../modules/q"\n}\n',
    "modules/q/main.tf": 'resource "aws_sqs_queue" "q" {}\n',
  };
  const paths = Object.keys(files);
  it("is a call: the module is no root of its own", () => {
    expect(terraformLayout(paths, texts(files)).roots).toEqual(["envs/a"]);
  });
  it("is found by the caller search, reading whole files or the lines holding a needle", () => {
    expect(affectedLayout(paths, texts(files), ["modules/q/main.tf"]).roots).toEqual(["envs/a"]);
    const lines = (p: string) => {
      const kept = (files[p as keyof typeof files] ?? "")
        .split("\n")
        .filter((l) => CALLER_NEEDLES.some((n) => l.includes(n)));
      return kept.length === 0
        ? ("none" as const)
        : new TextEncoder().encode(kept.map((l) => `${l}\n`).join(""));
    };
    expect(
      affectedLayout(paths, texts(files), ["modules/q/main.tf"], undefined, { searched: lines }).roots,
    ).toEqual(["envs/a"]);
  });
});

describe("relativeStrings: the quoted relative strings a file may name a module folder with", () => {
  const of = (text: string) => relativeStrings(new TextEncoder().encode(text));
  it("finds every quoted ./ and ../ string, and nothing else", () => {
    expect(of('module "a" {\n  source = "../mods/a/"\n}\nx = "./b"\ny = ".hidden"\nz = "..x"\n')).toEqual([
      "../mods/a/",
      "./b",
    ]);
  });
  it("gives up (may call anything) on an escape, an open string or a heredoc source", () => {
    expect(of('source = "..\\/mods/a"')).toBeUndefined();
    expect(of('source = "../mods')).toBeUndefined();
    expect(of('module "a" {\n  source =\n    <<EOT\n../mods/a\nEOT\n}\n')).toBeUndefined();
    // A string starting with a Unicode escape may spell its "." so (\u002e is ".").
    expect(of('source = "\\u002e./mods/a"')).toBeUndefined();
    expect(of('source = "\\U0000002e./mods/a"')).toBeUndefined();
    expect(relativeStrings(new TextEncoder().encode('source = "\\u002e./mods/a"\n'), true)).toBeUndefined();
    // A heredoc elsewhere (a policy) is no source.
    expect(of("policy = <<EOF\n{}\nEOF\nresource_source = <<X\nX\n")).toEqual([]);
  });
  // Of some lines only (those holding a needle), what stood between them is unknown.
  const ofLines = (text: string) => relativeStrings(new TextEncoder().encode(text), true);
  it("of some lines: the same strings, given up where the line above or below could matter", () => {
    expect(ofLines('  source = "../mods/a/"\nx = "./b" # <<\npolicy = <<EOF\n')).toEqual([
      "../mods/a/",
      "./b",
    ]);
    // The string is not closed on its line: the next line given is not the line that follows it.
    expect(ofLines('x = "./a\ny = "b"\n')).toBeUndefined();
    expect(of('x = "./a\ny = "b"\n')).toEqual(["./a\ny = "]);
    // A `<<` first on its line, or after a `=` first on its line: `source` may stand on the line above.
    expect(ofLines("    <<EOT\n")).toBeUndefined();
    expect(ofLines("= <<EOT\n")).toBeUndefined();
    expect(ofLines("cat <<EOT\nsource = <<EOT\n")).toBeUndefined();
    expect(ofLines("cat <<EOT\nresource_source = <<EOT\n")).toEqual([]);
  });
});

/**
 * The reading of relativeStrings before it was one text scan (the bytes searched needle by
 * needle, file by file): every reading of the product must give what it gives.
 */
const QUOTE = 0x22;
const DOT = 0x2e;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const QUOTE_DOT_BYTES = Buffer.from('".');
const HEREDOC_BYTES = Buffer.from("<<");
const QUOTE_ESCAPE_BYTES = Buffer.from('"\\u');
const QUOTE_WIDE_ESCAPE_BYTES = Buffer.from('"\\U');
const utf8 = new TextDecoder();
const isBlank = (b: number) => b === 0x20 || (b >= 0x09 && b <= 0x0d);
const isWordByte = (b: number) =>
  (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;

function byteReading(bytes: Uint8Array, someLines = false): string[] | undefined {
  // Buffer's indexOf finds a two-byte needle natively: most files hold a few such strings among
  // thousands of quotes.
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (heredocSource(buf, someLines)) return undefined;
  if (buf.includes(QUOTE_ESCAPE_BYTES) || buf.includes(QUOTE_WIDE_ESCAPE_BYTES)) return undefined;
  const out: string[] = [];
  for (let i = buf.indexOf(QUOTE_DOT_BYTES); i >= 0; i = buf.indexOf(QUOTE_DOT_BYTES, i + 1)) {
    const rest = buf[i + 2] === SLASH ? 3 : buf[i + 2] === DOT && buf[i + 3] === SLASH ? 4 : 0;
    // "./" or "../" written with an escape ("..\u002f").
    if (rest === 0 && (buf[i + 2] === BACKSLASH || (buf[i + 2] === DOT && buf[i + 3] === BACKSLASH)))
      return undefined;
    if (rest === 0) continue;
    const end = buf.indexOf(QUOTE, i + rest);
    if (end < 0) return undefined;
    if (someLines) {
      const eol = buf.indexOf(NEWLINE, i);
      if (eol >= 0 && eol < end) return undefined;
    }
    const literal = buf.subarray(i + 1, end);
    if (literal.includes(BACKSLASH)) return undefined;
    out.push(utf8.decode(literal));
  }
  return out;
}

/**
 * Whether the bytes hold `source`, blanks, `=`, blanks, `<<` (a heredoc source). Of some lines
 * only (`someLines`), also when the line of a `<<` starts before a word is found: the line above
 * it is unknown.
 */
function heredocSource(buf: Buffer, someLines: boolean): boolean {
  const blank = someLines ? (b: number) => b !== NEWLINE && isBlank(b) : isBlank;
  for (let i = buf.indexOf(HEREDOC_BYTES); i >= 0; i = buf.indexOf(HEREDOC_BYTES, i + 1)) {
    let j = i - 1;
    while (j >= 0 && blank(buf[j]!)) j--;
    if (someLines && (j < 0 || buf[j] === NEWLINE)) return true;
    if (buf[j] !== EQUALS) continue;
    j--;
    while (j >= 0 && blank(buf[j]!)) j--;
    if (someLines && (j < 0 || buf[j] === NEWLINE)) return true;
    const start = j - 5;
    if (start < 0 || utf8.decode(buf.subarray(start, j + 1)) !== "source") continue;
    if (start === 0 || !isWordByte(buf[start - 1]!)) return true;
  }
  return false;
}

describe("relativeStringsOfLines: relativeStrings of many files' lines at once", () => {
  // Lines built from what the reading turns on: quotes, dots, slashes, escapes, `<<`, `=`, blanks
  // (a carriage return too), "source", word characters and a letter outside ASCII.
  const piece = fc.constantFrom(
    '"',
    ".",
    "./",
    "../",
    "/",
    "\\",
    "u",
    "U",
    "<<",
    "=",
    " ",
    "\t",
    "\r",
    "source",
    "_",
    "m",
    "é",
    "x = ",
  );
  const line = fc.array(piece, { maxLength: 12 }).map((parts) => `${parts.join("")}\n`);
  const file = fc.array(line, { minLength: 1, maxLength: 5 }).map((lines) => lines.join(""));
  const enc = new TextEncoder();

  it("gives each file what relativeStrings gives its lines, whatever shares a buffer", () => {
    fc.assert(
      fc.property(fc.array(file, { minLength: 1, maxLength: 8 }), fc.boolean(), (texts, shareOne) => {
        // git grep's output: a heading line per file, its lines, an empty line between files.
        const heading = (i: number) => `0123abcd:dir/f${i}.tf\n`;
        const output = enc.encode(texts.map((t, i) => `${heading(i)}${t}`).join("\n"));
        const files = new Map<string, Uint8Array>();
        let at = 0;
        texts.forEach((t, i) => {
          at += enc.encode(heading(i)).length;
          const length = enc.encode(t).length;
          files.set(`dir/f${i}.tf`, output.subarray(at, at + length));
          at += length + 1;
        });
        // Two paths of one blob share its lines; a file searched here has a buffer of its own.
        if (shareOne) files.set("dir/copy.tf", files.get("dir/f0.tf")!);
        files.set("dir/own.tf", enc.encode(texts[texts.length - 1]!));
        const found = relativeStringsOfLines(files);
        for (const [path, bytes] of files) expect(found.get(path), path).toEqual(byteReading(bytes, true));
        // A second side sharing some of the slices: those come from what the first side read.
        const known = new WeakMap<Uint8Array, readonly string[] | undefined>();
        relativeStringsOfLines(new Map([...files].slice(0, 2)), known);
        const again = relativeStringsOfLines(files, known);
        for (const [path, bytes] of files) expect(again.get(path), path).toEqual(byteReading(bytes, true));
      }),
      { numRuns: 400 },
    );
  });

  it("reads a whole file as the byte reading does", () => {
    fc.assert(
      fc.property(file, (text) => {
        const bytes = enc.encode(text);
        expect(relativeStrings(bytes)).toEqual(byteReading(bytes));
        expect(relativeStrings(bytes, true)).toEqual(byteReading(bytes, true));
      }),
      { numRuns: 1000 },
    );
  });

  it("takes what was read of the very same bytes before, and reads the rest", () => {
    const enc = new TextEncoder();
    const shared = enc.encode('source = "../mods/a"\n');
    const changed = enc.encode('source = "../mods/b"\n');
    // A stand-in answer shows where the shared file's strings come from.
    const known = new WeakMap<Uint8Array, readonly string[] | undefined>([[shared, ["../from-before"]]]);
    const found = relativeStringsOfLines(
      new Map([
        ["a.tf", shared],
        ["b.tf", changed],
      ]),
      known,
    );
    expect(found).toEqual(
      new Map([
        ["a.tf", ["../from-before"]],
        ["b.tf", ["../mods/b"]],
      ]),
    );
    expect(known.get(changed)).toEqual(["../mods/b"]);
  });

  it("reads slices that overlap file by file", () => {
    const output = enc.encode('x = "./a"\ny = "../b"\n');
    const files = new Map([
      ["one.tf", output.subarray(0, 10)],
      ["both.tf", output.subarray(0, 21)],
    ]);
    expect(relativeStringsOfLines(files)).toEqual(
      new Map([
        ["one.tf", ["./a"]],
        ["both.tf", ["./a", "../b"]],
      ]),
    );
  });
});
