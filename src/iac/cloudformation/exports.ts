/**
 * Outputs.*.Export.Name across templates, so Fn::ImportValue resolves (CDK cross-stack
 * references). An export may import another export; values settle over a few passes, and a
 * cycle or an ambiguous name stays an unresolved token.
 */
import { hasToken, unresolved } from "../../model/symbolic.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { evalCondition } from "./conditions.js";
import { expandForEach } from "./foreach.js";
import { TemplateCache } from "./load.js";
import { asString, field, toPlain } from "./located.js";
import { type ResolveOptions, Resolver } from "./resolve.js";
import { NO_VALUE, newCtx } from "./resolved.js";
import type { Template } from "./template.js";

const MAX_PASSES = 8;

/**
 * Export name -> resolved value. `optionsFor` gives the parameters (and own account) of each
 * template; exports are read with the values known so far, until nothing changes.
 */
export function collectExports(
  snapshot: Snapshot,
  files: readonly string[],
  optionsFor: (file: string) => Omit<ResolveOptions, "exports"> = () => ({}),
  cache: TemplateCache = new TemplateCache(snapshot),
): Map<string, unknown> {
  const templates: Template[] = [];
  for (const file of files) {
    if (!cache.mentions(file, "Export")) continue;
    const { template } = cache.load(file);
    if (!template) continue;
    // Outputs written with Fn::ForEach export one name per element.
    const expanded = expandForEach(template, optionsFor(file)).template;
    if (expanded.outputs.length > 0) templates.push(expanded);
  }
  try {
    return settle(templates, optionsFor);
  } catch {
    // readTemplate reports the file's problems; exports are a best effort.
    return new Map();
  }
}

function settle(
  templates: readonly Template[],
  optionsFor: (file: string) => Omit<ResolveOptions, "exports">,
): Map<string, unknown> {
  let exports = new Map<string, unknown>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = exportsOnce(templates, exports, optionsFor);
    if (sameExports(next, exports)) return exports;
    exports = next;
  }
  // Still changing: exports that import each other in a cycle. They cannot be known.
  const next = exportsOnce(templates, exports, optionsFor);
  for (const [name, value] of next) {
    if (JSON.stringify(exports.get(name)) !== JSON.stringify(value)) {
      next.set(name, unresolved(`Fn::ImportValue ${name}`));
    }
  }
  return next;
}

function exportsOnce(
  templates: readonly Template[],
  known: Map<string, unknown>,
  optionsFor: (file: string) => Omit<ResolveOptions, "exports">,
): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const ambiguous = new Set<string>();
  for (const template of templates) {
    const resolver = new Resolver(template, { ...optionsFor(template.file), exports: known });
    for (const output of template.outputs) {
      const nameNode = field(field(output.value, "Export"), "Name");
      const valueNode = field(output.value, "Value");
      if (!nameNode || !valueNode) continue;
      const ctx = newCtx(null);
      const condition = asString(field(output.value, "Condition"));
      if (condition !== undefined) {
        const holds = evalCondition(resolver, condition, ctx, output.keyLine);
        if (holds === false) continue;
        if (holds === null) ctx.conditionMemo.set(condition, true);
      }
      const name = resolver.text(resolver.resolve(nameNode, ctx));
      if (name === undefined || name === "" || hasToken(name)) continue;
      const resolved = resolver.resolve(valueNode, ctx);
      const value = resolved === NO_VALUE ? unresolved(`Fn::ImportValue ${name}`) : toPlain(resolved);
      if (out.has(name) && JSON.stringify(out.get(name)) !== JSON.stringify(value)) ambiguous.add(name);
      else out.set(name, value);
    }
  }
  // Two templates exporting one name differently (stacks for different accounts or regions).
  for (const name of ambiguous) out.set(name, unresolved(`Fn::ImportValue ${name}`));
  return out;
}

function sameExports(a: Map<string, unknown>, b: Map<string, unknown>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.has(k) || JSON.stringify(b.get(k)) !== JSON.stringify(v)) return false;
  return true;
}
