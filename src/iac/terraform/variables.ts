/**
 * Values of the root module's variables from variable files, in Terraform's precedence (lowest
 * first): terraform.tfvars, terraform.tfvars.json, *.auto.tfvars(.json) in lexical order, then
 * the files given with --tfvars in their order. Defaults and module arguments are applied by the
 * module instance.
 */
import { readText } from "../../sources/text.js";
import { sourceOf } from "./ast.js";
import { Run } from "./decisions.js";
import { Evaluator, type Host } from "./evaluate.js";
import { FunctionError } from "./functions.js";
import { isRecord, parseHcl, parseJsonValues } from "./hcl.js";
import type { LoadContext } from "./modules.js";
import { parseTemplate } from "./parser.js";
import { autoVarFiles } from "./paths.js";
import { fromJson, newObject, Unknown, type Value } from "./values.js";

export interface VariableValue {
  value: Value;
  file: string;
  line: number;
}

export async function loadVariableFiles(
  ctx: LoadContext,
  extra: readonly string[],
): Promise<Map<string, VariableValue>> {
  const out = new Map<string, VariableValue>();
  const files = [...autoVarFiles(ctx.cache.pathIndex(ctx.snapshot.paths), ctx.rootDir), ...extra];
  for (const file of files) {
    ctx.files.add(file);
    const r = readText(ctx.snapshot, file);
    if ("error" in r) {
      ctx.errors.push({ file, message: `cannot read variable file: ${r.error}` });
      continue;
    }
    if (file.endsWith(".json")) {
      const parsed = parseJsonValues(file, r.text);
      if ("errors" in parsed) {
        ctx.errors.push(...parsed.errors);
        continue;
      }
      const lines = jsonKeyLines(r.text);
      for (const [k, v] of Object.entries(parsed.body))
        out.set(k, { value: fromJson(v), file, line: lines.get(k) ?? 1 });
      continue;
    }
    const parsed = await parseHcl(file, r.text);
    if ("errors" in parsed) {
      ctx.errors.push(...parsed.errors);
      continue;
    }
    const { tree } = parsed;
    for (const [k, raw] of Object.entries(tree.body)) {
      const line = tree.attributes.find((a) => a.name === k)?.line ?? 1;
      out.set(k, { value: literalValue(raw, file, line, ctx.errors), file, line });
    }
  }
  return out;
}

/** A value in a variable file: literals and functions only, no references. */
function literalValue(raw: unknown, file: string, line: number, errors: LoadContext["errors"]): Value {
  const host: Host = {
    run: new Run(),
    functions: {
      readFile: () => {
        throw new FunctionError("file functions are not available in variable files");
      },
      renderTemplate: () => new Unknown("templatefile(…)"),
      fileExists: () => false,
    },
    reference: (root, _steps, ev, node) => ({
      value: ev.fail(`variable files cannot refer to ${root}. (${sourceOf(node)})`, node),
      used: 0,
    }),
    report: (message) => errors.push({ file, line, message }),
    note: () => {},
  };
  const ev = new Evaluator(host);
  return evalLiteral(raw, ev, (msg) => errors.push({ file, line, message: msg }));
}

function evalLiteral(raw: unknown, ev: Evaluator, report: (m: string) => void): Value {
  if (typeof raw === "string") {
    if (!raw.includes("${") && !raw.includes("%{")) return raw;
    try {
      return ev.eval(parseTemplate(raw));
    } catch (e) {
      report(`cannot evaluate ${JSON.stringify(raw)}: ${(e as Error).message}`);
      return new Unknown(raw);
    }
  }
  if (Array.isArray(raw)) return raw.map((x) => evalLiteral(x, ev, report));
  if (isRecord(raw))
    return newObject(Object.entries(raw).map(([k, v]) => [k, evalLiteral(v, ev, report)] as const));
  if (typeof raw === "number" || typeof raw === "boolean") return raw;
  return null;
}

function jsonKeyLines(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split("\n").forEach((l, i) => {
    const m = /^\s*"((?:[^"\\]|\\.)*)"\s*:/.exec(l);
    if (m && !out.has(m[1]!)) out.set(m[1]!, i + 1);
  });
  return out;
}
