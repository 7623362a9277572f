/**
 * The plan's `configuration` section: the module tree as written (module calls with their
 * `source`, resources with their unevaluated expressions). It tells which arguments the
 * configuration sets, what an unknown value refers to, and where each module's files are.
 */

import { compareStrings } from "../../model/objects.js";
import type { ModuleStep } from "./addresses.js";
import { isObject, type Json, type JsonObject } from "./plan-document.js";

export interface ConfigResource {
  mode: "managed" | "data";
  type: string;
  name: string;
  /** The block-expressions representation of the resource's arguments. */
  expressions: JsonObject;
  providerConfigKey: string;
}

/** The configuration of the module that a module instance address (steps) names. */
export function moduleConfig(
  configuration: JsonObject | undefined,
  steps: readonly ModuleStep[],
): JsonObject | undefined {
  let mod: Json | undefined = configuration?.root_module;
  for (const step of steps) {
    if (!isObject(mod)) return undefined;
    const calls = mod.module_calls;
    const call = isObject(calls) ? calls[step.call] : undefined;
    mod = isObject(call) ? call.module : undefined;
  }
  return isObject(mod) ? mod : undefined;
}

export function configResource(
  mod: JsonObject | undefined,
  mode: "managed" | "data",
  type: string,
  name: string,
): ConfigResource | undefined {
  const list = mod?.resources;
  if (!Array.isArray(list)) return undefined;
  for (const r of list) {
    if (!isObject(r) || r.type !== type || r.name !== name) continue;
    if ((r.mode ?? "managed") !== mode) continue;
    return {
      mode,
      type,
      name,
      expressions: isObject(r.expressions) ? r.expressions : {},
      providerConfigKey: typeof r.provider_config_key === "string" ? r.provider_config_key : "aws",
    };
  }
  return undefined;
}

/** Every managed resource of the configuration, with the module calls leading to it. */
export function allConfigResources(
  configuration: JsonObject | undefined,
): { steps: ModuleStep[]; resource: ConfigResource }[] {
  const out: { steps: ModuleStep[]; resource: ConfigResource }[] = [];
  const walk = (mod: Json | undefined, steps: ModuleStep[], depth: number) => {
    if (!isObject(mod) || depth > 32) return;
    if (Array.isArray(mod.resources)) {
      for (const r of mod.resources) {
        if (!isObject(r) || typeof r.type !== "string" || typeof r.name !== "string") continue;
        const resource = configResource(mod, r.mode === "data" ? "data" : "managed", r.type, r.name);
        if (resource?.mode === "managed") out.push({ steps, resource });
      }
    }
    const calls = mod.module_calls;
    if (!isObject(calls)) return;
    for (const [call, value] of Object.entries(calls).sort(([a], [b]) => compareStrings(a, b))) {
      if (isObject(value)) walk(value.module, [...steps, { call }], depth + 1);
    }
  };
  walk(configuration?.root_module, [], 0);
  return out;
}

/**
 * The repository directory of a module: the root's directory plus each call's local `source`
 * (`./x`, `../x`). Undefined for registry or git sources, or when the root is unknown.
 */
export function moduleDir(
  configuration: JsonObject | undefined,
  root: string | undefined,
  steps: readonly ModuleStep[],
): string | undefined {
  if (root === undefined) return undefined;
  let dir: string | undefined = root;
  let mod: Json | undefined = configuration?.root_module;
  for (const step of steps) {
    if (!isObject(mod)) return undefined;
    const calls = mod.module_calls;
    const call = isObject(calls) ? calls[step.call] : undefined;
    if (!isObject(call)) return undefined;
    const source = call.source;
    if (typeof source !== "string" || !/^\.\.?\//.test(source)) return undefined;
    dir = joinDir(dir, source);
    if (dir === undefined) return undefined;
    mod = call.module;
  }
  return dir;
}

/** Join a relative path to a repository directory; undefined when it leaves the repository. */
export function joinDir(dir: string, relative: string): string | undefined {
  const parts = dir === "" ? [] : dir.split("/");
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join("/");
}

/** An expression representation: `{constant_value}` or `{references: [...]}`. */
export interface Expression {
  constantValue?: Json;
  references: string[];
}

function asExpression(v: Json | undefined): Expression | undefined {
  if (!isObject(v)) return undefined;
  if (!("references" in v) && !("constant_value" in v)) return undefined;
  const refs = Array.isArray(v.references)
    ? v.references.filter((r): r is string => typeof r === "string")
    : [];
  return "constant_value" in v
    ? { constantValue: v.constant_value as Json, references: refs }
    : { references: refs };
}

/**
 * The expression that sets the value at a path of a resource's arguments (attribute names and
 * block indexes). A path inside an attribute's value returns the attribute's expression.
 */
export function expressionAt(
  expressions: JsonObject | undefined,
  path: readonly (string | number)[],
): Expression | undefined {
  let cur: Json | undefined = expressions;
  for (const seg of path) {
    const expr = asExpression(cur);
    if (expr) return expr;
    if (typeof seg === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (Array.isArray(cur) && cur.length === 1) cur = cur[0];
      if (!isObject(cur)) return undefined;
      cur = cur[seg];
    }
  }
  return asExpression(cur);
}

/** Whether the configuration writes a top-level argument of the resource. */
export function isConfigured(resource: ConfigResource, attribute: string): boolean {
  return Object.hasOwn(resource.expressions, attribute);
}

/** Number of blocks written at a path (e.g. principals blocks of one statement), or undefined. */
export function blockCount(
  expressions: JsonObject | undefined,
  path: readonly (string | number)[],
): number | undefined {
  let cur: Json | undefined = expressions;
  for (const seg of path) {
    if (typeof seg === "number") {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[seg];
    } else {
      if (!isObject(cur)) return undefined;
      cur = cur[seg];
    }
  }
  return Array.isArray(cur) ? cur.length : undefined;
}

const INSTANCE_REFS = /^(each\.(key|value)|count\.index|self)(\.|\[|$)/;

/**
 * The references of an expression that matter: Terraform lists each multi-step reference with
 * its implied prefixes (`aws_iam_role.a.arn`, `aws_iam_role.a`); keep only the longest, and drop
 * `each.*`, `count.index` and `self`.
 */
export function primaryReferences(expr: Expression): string[] {
  const refs = [...new Set(expr.references)].filter((r) => !INSTANCE_REFS.test(r));
  return refs
    .filter((r) => !refs.some((o) => o !== r && (o.startsWith(`${r}.`) || o.startsWith(`${r}[`))))
    .sort();
}

const MANAGED_ATTR_REF = /^([a-z][a-z0-9_]*\.[A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]+\])?\.([a-z_][a-z0-9_]*)$/;

/**
 * A reference to one attribute of a managed resource of the same module
 * (`aws_iam_role.ci.arn`, `aws_s3_bucket.b[0].id`), split; null for anything else.
 */
export function managedAttributeRef(
  ref: string,
): { resource: string; key: string; attribute: string } | null {
  if (/^(var|local|module|data|path|terraform)\./.test(ref)) return null;
  const m = MANAGED_ATTR_REF.exec(ref);
  if (!m) return null;
  return { resource: m[1] as string, key: m[2] ?? "", attribute: m[3] as string };
}
