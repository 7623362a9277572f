// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** Policies written as text: strict JSON with duplicate-key detection (grant-model §2.8). */
import { describe, expect, it } from "vitest";
import { SELF_ACCOUNT } from "../../src/model/symbolic.js";
import { parsePolicyJson } from "../../src/policy/index.js";
import { analyze, brief } from "./helpers.js";

describe("parsePolicyJson", () => {
  it("parses what JSON.parse parses", () => {
    const text = '{"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n\\"\\\\\\/"], "b": {}, "c": []}';
    expect(parsePolicyJson(text)).toEqual({ ok: true, value: JSON.parse(text), duplicates: [] });
  });

  it.each([
    ['{"a": 1,}', "expected a property name in double quotes, found character '}' at line 1, column 9"],
    ['{"a": 01}', "invalid number at line 1, column 8"],
    ["{'a': 1}", "expected a property name in double quotes, found character ''' at line 1, column 2"],
    ['{"a": 1} x', "unexpected character 'x' after the JSON value at line 1, column 10"],
    ["", "empty document at line 1, column 1"],
    ['{"a": "\u0001"}', "control character in a string at line 1, column 8"],
    ['{"a": "x', "unterminated string at line 1, column 9"],
    ['{\n  "a": [1, 2\n}', "expected ',' or ']' in an array, found character '}' at line 3, column 1"],
  ])("rejects %j", (text, error) => {
    expect(parsePolicyJson(text)).toEqual({ ok: false, error });
  });

  it("refuses very deep nesting instead of overflowing the stack", () => {
    const r = parsePolicyJson("[".repeat(100_000));
    expect(r).toEqual({ ok: false, error: "nesting deeper than 256 levels at line 1, column 257" });
  });

  it("reports duplicate keys and merges their values (union)", () => {
    const r = parsePolicyJson('{"P": {"AWS": "1", "AWS": ["2", "1"]}, "E": "x", "E": "y"}');
    expect(r).toEqual({
      ok: true,
      value: { P: { AWS: ["1", "2"] }, E: ["x", "y"] },
      duplicates: ['duplicate key "AWS" at P', 'duplicate key "E" at (top level)'],
    });
  });

  it("keeps __proto__ as a plain key", () => {
    const r = parsePolicyJson('{"__proto__": {"x": 1}}');
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
    expect(r.ok && Object.keys(r.value as object)).toEqual(["__proto__"]);
  });

  it("an escape cannot forge a symbolic token", () => {
    const r = parsePolicyJson('{"AWS": "\\ue000s\\ue001"}');
    expect(r.ok && (r.value as { AWS: string }).AWS).toBe("\uFFFDs\uFFFD");
  });
});

describe("analyzePolicy on policy text", () => {
  it("parses a JSON string like an object", () => {
    const r = analyze(
      '{"Statement": {"Effect": "Allow", "Principal": {"AWS": "222222222222"}, "Action": "s3:*"}}',
    );
    expect(r.errors).toEqual([]);
    expect(r.grants.map(brief)).toEqual([
      {
        type: "AWS",
        id: "arn:aws:iam::222222222222:root",
        accountId: "222222222222",
        classification: "external",
        subkind: "account",
      },
    ]);
  });

  it("takes the union of duplicate Principal keys and reports it (fail closed)", () => {
    const r = analyze(
      '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "111111111111", "AWS": "222222222222"}, "Action": "s3:GetObject", "Action": "s3:PutObject"}]}',
    );
    expect(r.grants.map((g) => [g.principal.id, g.classification, g.actions, g.path])).toEqual([
      [
        "arn:aws:iam::111111111111:root",
        "internal",
        ["s3:GetObject", "s3:PutObject"],
        ["Statement", 0, "Principal", "AWS", 0],
      ],
      [
        "arn:aws:iam::222222222222:root",
        "external",
        ["s3:GetObject", "s3:PutObject"],
        ["Statement", 0, "Principal", "AWS", 1],
      ],
    ]);
    expect(r.errors).toEqual([
      'duplicate key "AWS" at Statement[0].Principal in policy; the values were merged (fail closed)',
      'duplicate key "Action" at Statement[0] in policy; the values were merged (fail closed)',
    ]);
  });

  it("a duplicated Effect with Allow among the values is read as Allow", () => {
    const r = analyze(
      '{"Statement": [{"Effect": "Deny", "Effect": "Allow", "Principal": "*", "Action": "s3:*"}]}',
    );
    expect(r.grants.map((g) => g.classification)).toEqual(["public"]);
  });

  it("symbolic tokens survive policy text (JSON.stringify of a resolved value)", () => {
    const text = JSON.stringify({
      Statement: [{ Effect: "Allow", Principal: { AWS: SELF_ACCOUNT }, Action: "s3:*" }],
    });
    const r = analyze(text);
    expect(r.grants.map((g) => [g.principal.id, g.classification])).toEqual([
      ["arn:aws:iam::${own-account}:root", "internal"],
    ]);
  });

  it.each([
    ["not JSON", "invalid JSON in policy: unexpected character 'n' at line 1, column 1"],
    ["[]", "policy is not a JSON object (found an array)"],
    ["null", "policy is not a JSON object (found null)"],
    ["42", "policy is not a JSON object (found number)"],
  ])("%j is an error, no grants", (text, error) => {
    expect(analyze(text)).toEqual({ grants: [], errors: [error] });
  });
});
