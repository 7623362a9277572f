import { Run } from "../../src/iac/terraform/decisions.js";
import { Evaluator, type Host, Scope } from "../../src/iac/terraform/evaluate.js";
import { FunctionError, LimitationError } from "../../src/iac/terraform/functions.js";
import { parseExpression, parseTemplate } from "../../src/iac/terraform/parser.js";
import { fromJson, toJson, Unknown, type Value } from "../../src/iac/terraform/values.js";
import { renderValue } from "../../src/model/symbolic.js";

/** Paths this test host refuses as the reader does: absolute, home-relative, or above the root. */
const outside = (path: string): boolean => /^(\/|~|\.\.(\/|$))/.test(path);

export interface EvalResult {
  value: unknown;
  errors: string[];
  /** The errors reported as impossible: the run's choices cannot deploy (a failed lookup, a null). */
  impossible: string[];
  notes: string[];
  decisions: string[];
}

/**
 * Evaluate one HCL expression: `var.<name>` comes from `vars` (missing ones are unknown), files
 * from `files`; the result is rendered (tokens as ${...}).
 */
export function evaluate(
  src: string,
  vars: Record<string, unknown> = {},
  options: {
    files?: Record<string, string>;
    forced?: Record<string, boolean>;
    locals?: Record<string, unknown>;
  } = {},
): EvalResult {
  const errors: string[] = [];
  const impossible: string[] = [];
  const notes: string[] = [];
  const run = new Run(new Map(Object.entries(options.forced ?? {}).map(([k, v]) => [k, v ? 0 : 1])));
  const host: Host = {
    run,
    functions: {
      readFile(path) {
        if (outside(path))
          throw new LimitationError(`refusing to read ${path}: the path leaves the repository`);
        const text = options.files?.[path];
        if (text === undefined) throw new FunctionError(`no such file ${path}`);
        return text;
      },
      readBytes(path) {
        return new TextEncoder().encode(this.readFile(path));
      },
      fileExists: (path) => (outside(path) ? null : options.files?.[path] !== undefined),
      listFiles(dir) {
        if (outside(dir)) return null;
        const prefix = dir === "." || dir === "" ? "" : `${dir.replace(/^\.\//, "").replace(/\/$/, "")}/`;
        return Object.keys(options.files ?? {})
          .map((f) => f.replace(/^\.\//, ""))
          .filter((f) => f.startsWith(prefix))
          .map((f) => f.slice(prefix.length));
      },
      renderTemplate: (text, tvars) => {
        const tmpl = parseTemplate(text);
        return ev.eval(tmpl, new Scope(new Map(Object.entries(tvars))));
      },
    },
    reference(root, steps, e, node) {
      const name = steps[0]?.kind === "attr" ? steps[0].name : "";
      if (root === "var") {
        return {
          value: Object.hasOwn(vars, name) ? fromJson(vars[name]) : new Unknown(`var.${name}`),
          used: 1,
        };
      }
      if (root === "local" && options.locals && Object.hasOwn(options.locals, name)) {
        return { value: fromJson(options.locals[name]), used: 1 };
      }
      return { value: e.fail(`unknown reference ${root}.${name}`, node), used: steps.length };
    },
    report(m, isImpossible) {
      errors.push(m);
      if (isImpossible) impossible.push(m);
    },
    note: (m) => notes.push(m),
  };
  const ev = new Evaluator(host);
  const value: Value = ev.eval(parseExpression(src));
  return {
    value: renderValue(toJson(value)),
    errors,
    impossible,
    notes,
    decisions: [...run.taken].map(([k, v]) => `${k}=${v === 0}`),
  };
}
