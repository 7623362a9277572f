// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, asserted literally
/**
 * What an error means is data, never read off its text (issue 20 item 6): a null where a value is
 * needed makes the run impossible (read-root drops that variant) because the error says so in a
 * flag, and a function error is named after its function because it records whether it already is.
 */
import { describe, expect, it } from "vitest";
import { Run } from "../../src/iac/terraform/decisions.js";
import { Evaluator, type Host } from "../../src/iac/terraform/evaluate.js";
import { callFunction, type FunctionEnv, FunctionError } from "../../src/iac/terraform/functions.js";
import { parseExpression } from "../../src/iac/terraform/parser.js";
import { evaluate } from "./helpers.js";

describe("a null where a value is needed makes the run impossible", () => {
  it.each([
    ["an attribute of a null", `var.x.name`, 'cannot read attribute "name" of a null (var.x.name)'],
    ["an index into a null", `var.x[0]`, "cannot index a null (var.x[0])"],
    [
      "a null in a template",
      `"arn:\${var.x}"`,
      "a null value cannot be used as a string in a template (var.x)",
    ],
    ["a null function argument", `upper(var.x)`, "upper(): the argument must not be null"],
    ["a null number", `1 + var.x`, "operator + needs numbers, got number and null"],
    ["a null condition", `var.x ? 1 : 2`, "a condition must be a bool, got null"],
    ["a null to iterate", `[for a in var.x : a]`, "cannot iterate over a null (var.x)"],
    [
      "a null in convert()",
      `convert(var.x, list(string))`,
      "convert(): tolist(): a list is required, got null",
    ],
    ["coalesce() of nulls", `coalesce(var.x, "")`, "coalesce(): no non-null, non-empty argument"],
    // coalesce() skips "" as it skips null: no argument has a value, whichever way.
    ["coalesce() of empty strings", `coalesce("", "")`, "coalesce(): no non-null, non-empty argument"],
    [
      "try() whose arguments fail on a null",
      `try(var.x.a, var.x.b)`,
      'no argument of try() could be evaluated: cannot read attribute "a" of a null (var.x.a); cannot read attribute "b" of a null (var.x.b)',
    ],
  ])("%s", (_what, src, message) => {
    const r = evaluate(src, { x: null });
    expect(r.errors).toEqual([message]);
    expect(r.impossible).toEqual([message]);
  });

  it("the cause is the flag, not the wording: a null failure that does not say null is impossible", () => {
    const reported: [string, boolean][] = [];
    const ev = new Evaluator(stubHost(reported));
    ev.fail("this input has no value here", parseExpression("var.x"), { nullValue: true });
    ev.fail("this input is not set", parseExpression("var.x"));
    expect(reported).toEqual([
      ["this input has no value here", true],
      ["this input is not set", false],
    ]);
  });

  it("a function error raised on a null argument says so in its flag, and keeps it when attributed", () => {
    const err = callError("upper", [null]);
    expect(err.message).toBe("upper(): the argument must not be null");
    expect(err.nullValue).toBe(true);
    expect(callError("upper", [["a"]]).nullValue).toBe(false);
  });
});

describe("an error that says null for another reason is an ordinary error", () => {
  it.each([
    ["an attribute named null", `{ a = 1 }.null`, 'this object has no attribute "null" ({ a = 1 }.null)'],
    ["a local value named null", `local.null`, "unknown reference local.null"],
    ["a lookup of the key null", `lookup({ a = 1 }, "null")`, 'lookup(): the map has no key "null"'],
    [
      "the text null that is not a number",
      `parseint("null", 10)`,
      'parseint(): cannot parse "null" as a base 10 integer',
    ],
    [
      "try() whose arguments fail for other reasons",
      `try(local.null, lookup({}, "null"))`,
      'no argument of try() could be evaluated: unknown reference local.null; lookup(): the map has no key "null"',
    ],
  ])("%s", (_what, src, message) => {
    const r = evaluate(src);
    expect(r.errors).toEqual([message]);
    expect(r.impossible).toEqual([]);
  });
});

describe("a function error names its function once", () => {
  it("an error from the host that starts like a call is still named after the function that raised it", () => {
    const env = fileEnv(new FunctionError("lookup() of the path failed"));
    const err = callError("file", ["a.txt"], env);
    expect(err.message).toBe("file(): lookup() of the path failed");
    expect(err.fn).toBe("file");
  });

  it("an error already attributed keeps its name: format() inside formatlist(), arn_parse() of a provider", () => {
    expect(callError("formatlist", ["%z", ["a"]]).message).toBe("format(): unsupported verb %z");
    expect(callError("provider::aws::arn_parse", ["x"]).message).toBe('arn_parse(): not an ARN: "x"');
    expect(callError("upper", []).message).toBe("upper() takes 1 arguments, got 0");
  });

  it("an error without a name gets the function's: a type conversion, a helper's message", () => {
    expect(callError("upper", [["a"]]).message).toBe("upper(): a list cannot be used as a string");
    expect(callError("timeadd", ["x", "1h"]).message).toBe('timeadd(): not a valid RFC 3339 timestamp: "x"');
  });
});

function stubHost(reported: [string, boolean][]): Host {
  return {
    run: new Run(new Map()),
    functions: fileEnv(new FunctionError("no files")),
    reference: () => {
      throw new Error("no references in this test");
    },
    report: (m, impossible) => reported.push([m, impossible ?? false]),
    note: () => {},
  };
}

function fileEnv(error: FunctionError): FunctionEnv {
  return {
    readFile: () => {
      throw error;
    },
    renderTemplate: () => null,
    fileExists: () => false,
  };
}

function callError(name: string, args: unknown[], env: FunctionEnv = fileEnv(new FunctionError("no files"))) {
  try {
    callFunction(name, args as never, env, `${name}(…)`);
  } catch (e) {
    if (e instanceof FunctionError) return e;
    throw e;
  }
  throw new Error(`${name}() did not fail`);
}
