/** Shared pieces of the property-based tests: run counts, the zone, an evaluator host. */
import fc from "fast-check";
import { Run } from "../../src/iac/terraform/decisions.js";
import { Evaluator, type Host, Scope } from "../../src/iac/terraform/evaluate.js";
import { FunctionError } from "../../src/iac/terraform/functions.js";
import { parseTemplate } from "../../src/iac/terraform/parser.js";
import { fromJson, Unknown } from "../../src/iac/terraform/values.js";
import type { Zone } from "../../src/model/types.js";

/** Runs per property: thousands, unless CAG_PROPERTY_RUNS says otherwise (e.g. a long soak). */
export function runs(n: number): number {
  const env = Number(process.env.CAG_PROPERTY_RUNS);
  return Number.isFinite(env) && env > 0 ? env : n;
}

/**
 * fc.assert with a fixed seed unless CAG_PROPERTY_SEED is set (a failure prints its seed and path),
 * and the number of cases printed, as issue 8 asks.
 */
export function check<Ts extends [unknown, ...unknown[]]>(
  label: string,
  property: fc.IProperty<Ts>,
  numRuns: number,
): void {
  const seedEnv = Number(process.env.CAG_PROPERTY_SEED);
  const seed = Number.isFinite(seedEnv) && process.env.CAG_PROPERTY_SEED ? seedEnv : 20260801;
  fc.assert(property, { numRuns, seed });
  console.log(`${label}: ${numRuns} cases`);
}

export async function checkAsync<Ts extends [unknown, ...unknown[]]>(
  label: string,
  property: fc.IAsyncProperty<Ts>,
  numRuns: number,
): Promise<void> {
  const seedEnv = Number(process.env.CAG_PROPERTY_SEED);
  const seed = Number.isFinite(seedEnv) && process.env.CAG_PROPERTY_SEED ? seedEnv : 20260801;
  await fc.assert(property, { numRuns, seed });
  console.log(`${label}: ${numRuns} cases`);
}

/** The zone of the round trips: one own account and one organisation. */
export const OWN = "111111111111";
export const ZONE: Zone = {
  accounts: [OWN],
  organizations: ["o-own0000000"],
  orgPaths: [],
  expressions: [],
  githubOrgs: [],
};

/** Token markers of model/symbolic.ts: they must never reach a report. */
export const TOKEN_MARKERS = /[\uE000\uE001]/;

export interface EvalOutcome {
  errors: string[];
  notes: string[];
}

/**
 * A host for the Terraform evaluator like a module instance: `var.*` and `local.*` come from the
 * given values (missing ones are unknown), files from `files`; other namespaces are unknown.
 */
export function evaluatorHost(
  vars: Record<string, unknown>,
  files: Record<string, string>,
  out: EvalOutcome,
): { host: Host; evaluator: Evaluator } {
  const run = new Run();
  let evaluator: Evaluator;
  const host: Host = {
    run,
    functions: {
      readFile(path) {
        const text = files[path];
        if (text === undefined || !Object.hasOwn(files, path))
          throw new FunctionError(`no such file ${path}`);
        return text;
      },
      fileExists: (path) => Object.hasOwn(files, path),
      renderTemplate: (text, tvars) =>
        evaluator.eval(parseTemplate(text), new Scope(new Map(Object.entries(tvars)))),
    },
    reference(root, steps, ev, node) {
      const name = steps[0]?.kind === "attr" ? steps[0].name : "";
      if (root === "var" || root === "local") {
        const key = `${root}.${name}`;
        return {
          value: Object.hasOwn(vars, key) ? fromJson(vars[key]) : new Unknown(key),
          used: 1,
        };
      }
      if (root === "path") return { value: ".", used: 1 };
      if (["data", "module", "each", "count", "self", "terraform"].includes(root))
        return { value: new Unknown(`${root}.${name}`), used: Math.min(steps.length, 2) };
      return { value: ev.fail(`unknown reference ${root}.${name}`, node), used: steps.length };
    },
    report: (m) => out.errors.push(m),
    note: (m) => out.notes.push(m),
  };
  evaluator = new Evaluator(host);
  return { host, evaluator };
}

/** A Terraform role named `name` trusting `principal` (an HCL expression), `meta` its first lines. */
export function trustRole(name: string, principal: string, meta = ""): string {
  return `resource "aws_iam_role" "${name}" {
${meta}  name = "${name}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = ${principal} } }]
  })
}
`;
}
