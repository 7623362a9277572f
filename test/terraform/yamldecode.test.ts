// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of an unknown value, asserted literally

import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { evaluate } from "./helpers.js";

/**
 * What yamldecode must give, read the way the product first read it: the whole document parsed
 * once as YAML 1.2 and once as YAML 1.1, a value only when both read the same plain data. The
 * product now tokenises the text once and composes the tokens for each version; every document
 * below must come out exactly as this reference says.
 */
function reference(text: string): { value: unknown } | { unknown: true } | { error: string } {
  type Read = { ok: true; value: unknown } | { ok: false } | { error: string };
  const read = (version: "1.1" | "1.2"): Read => {
    const docs = parseAllDocuments(text, { version, uniqueKeys: true, prettyErrors: false });
    if (!Array.isArray(docs) || docs.length > 1) return { ok: false };
    const doc = docs[0];
    if (doc === undefined) return { ok: true, value: null };
    if (doc.errors.length > 0) return { error: doc.errors[0]!.message.split("\n")[0]! };
    if (doc.warnings.length > 0) return { ok: false };
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) as unknown };
  };
  const a = read("1.2");
  if ("error" in a) return { error: a.error };
  const b = read("1.1");
  if ("error" in b) return { error: b.error };
  if (!a.ok || !b.ok) return { unknown: true };
  const plain = (v: unknown): boolean =>
    v === null ||
    typeof v === "string" ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isSafeInteger(v)) ||
    (Array.isArray(v) && v.every(plain)) ||
    (Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plain));
  if (!plain(a.value) || JSON.stringify(a.value) !== JSON.stringify(b.value)) return { unknown: true };
  return { value: a.value };
}

/** Documents where the two versions agree, disagree, fail or hold more than one document. */
const DOCUMENTS: Record<string, string> = {
  map: "Statement:\n  - Effect: Allow\n    Principal: {AWS: '111111111111'}\n",
  list: "- a\n- b\n- 'c'\n",
  scalars: "s: text\nn: 42\nneg: -7\nt: true\nf: false\nnothing: ~\nnull2: null\nempty:\n",
  "1.1 booleans": "enabled: yes\n",
  "1.1 on/off": "switch: on\nother: Off\n",
  "1.1 octal": "mode: 0755\n",
  "1.2 octal": "mode: 0o755\n",
  sexagesimal: "time: 1:30\n",
  underscores: "big: 1_000\n",
  floats: "f: 1.5\ninf: .inf\n",
  timestamp: "when: 2001-12-14\n",
  "anchors and aliases": "base: &b {x: 1}\nother: *b\n",
  "merge key": "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n",
  "binary tag": "data: !!binary aGVsbG8=\n",
  "set tag": "s: !!set {a, b}\n",
  "str tag": "n: !!str 123\n",
  "custom tag": "ref: !Ref Something\n",
  "two documents": "a: 1\n---\nb: 2\n",
  "document markers": "---\na: 1\n...\n",
  "yaml 1.1 directive": "%YAML 1.1\n---\nenabled: yes\n",
  "yaml 1.2 directive": "%YAML 1.2\n---\nenabled: true\n",
  "empty document": "",
  "only a comment": "# nothing here\n",
  "duplicate keys": "a: 1\na: 2\n",
  "bad indentation": "a:\n  - b\n - c\n",
  "unclosed flow": "a: [1, 2\n",
  "block scalars": "literal: |\n  line one\n  line two\nfolded: >\n  one\n  two\n",
  "quoted escapes": "a: \"tab\\there\"\nb: 'it''s'\n",
  "non-ASCII": "name: Zoë\nkey: \u00e9t\u00e9\n",
  "long account list": `accounts:\n${Array.from({ length: 200 }, (_, i) => `  - "${String(100000000000 + i)}"`).join("\n")}\n`,
};

describe("yamldecode", () => {
  for (const [name, text] of Object.entries(DOCUMENTS)) {
    it(`reads ${name} as parsing each version whole does`, () => {
      const expected = reference(text);
      const result = evaluate(`yamldecode(file("p.yaml"))`, {}, { files: { "p.yaml": text } });
      if ("value" in expected) {
        expect(result.errors).toEqual([]);
        expect(result.value).toEqual(expected.value);
      } else if ("unknown" in expected) {
        expect(result.errors).toEqual([]);
        expect(result.value).toMatch(/^\$\{yamldecode\(/);
      } else {
        expect(result.errors.join("\n")).toContain(expected.error);
      }
    });
  }
});
