/**
 * T18 (grant-model §5.3): a policy attribute set to `data.aws_iam_policy_document.x.json` is
 * unknown in the plan when the data source is read only at apply time; its statements are still
 * in the plan (its change, planned_values or the prior state). This finds that data source and
 * rebuilds the policy, unknown parts named after what the configuration says they refer to.
 */

import { unresolved } from "../../model/symbolic.js";
import { keySuffix, resourceAddress } from "./addresses.js";
import {
  blockCount,
  type ConfigResource,
  configResource,
  expressionAt,
  primaryReferences,
} from "./configuration.js";
import { type ModuleScope, ownResourceRef } from "./own-references.js";
import { isObject, type Json, type JsonObject, type PlanDocument } from "./plan-document.js";
import { policyFromDataSource } from "./policy-document-data.js";
import { type Path, renderPath, withUnknowns } from "./unknowns.js";

const DATA_REF =
  /^data\.aws_iam_policy_document\.([A-Za-z_][A-Za-z0-9_-]*)(\[(?:\d+|"(?:[^"\\]|\\.)*")\])?(\.(?:json|minified_json))?$/;

/**
 * The policy text of the data source an unknown policy attribute refers to, or null when the
 * attribute is not exactly such a reference or the data source's statements are not known.
 */
export function policyFromDataSourceReference(
  plan: PlanDocument,
  scope: ModuleScope,
  config: ConfigResource,
  attribute: string,
  instanceKey: number | string | undefined,
): { text: string; dataAddress: string } | null {
  const expr = expressionAt(config.expressions, [attribute]);
  if (!expr) return null;
  const refs = primaryReferences(expr);
  if (refs.length !== 1) return null;
  const m = DATA_REF.exec(refs[0] as string);
  if (!m) return null;
  const name = m[1] as string;
  // `data.x.y[each.key].json`: Terraform lists `data.x.y` and `each.key` only.
  const dynamicIndex = expr.references.some((r) => /^(each\.(key|value)|count\.index)/.test(r));
  if (!m[3] && !dynamicIndex) return null;
  const key = m[2]
    ? (JSON.parse(m[2].slice(1, -1)) as number | string)
    : dynamicIndex
      ? instanceKey
      : undefined;
  const dataAddress = resourceAddress(
    scope.moduleAddress,
    `data.aws_iam_policy_document.${name}${keySuffix(key)}`,
  );
  const dataConfig = configResource(scope.mod, "data", "aws_iam_policy_document", name);
  const tokenFor = (raw: Json) => (path: Path) => dataToken(scope, dataAddress, dataConfig, raw, path);
  const found = dataValues(plan, dataAddress, tokenFor);
  if (!found) return null;
  const configured = dataConfig ? new Set(Object.keys(dataConfig.expressions)) : undefined;
  const doc = policyFromDataSource(found.values, tokenFor(found.raw), configured);
  return doc ? { text: JSON.stringify(doc), dataAddress } : null;
}

/** The data source's values: its change (unknowns as tokens), else planned_values, else the prior state. */
function dataValues(
  plan: PlanDocument,
  address: string,
  tokenFor: (raw: Json) => (path: Path) => string,
): { values: JsonObject; raw: Json } | null {
  const change = plan.resourceChanges.find((r) => r.mode === "data" && r.address === address);
  if (change && isObject(change.after)) {
    const merged = withUnknowns(change.after, change.afterUnknown, tokenFor(change.after));
    return isObject(merged) ? { values: merged, raw: change.after } : null;
  }
  const prior = plan.priorState?.values;
  for (const tree of [plan.plannedValues?.root_module, isObject(prior) ? prior.root_module : undefined]) {
    const values = findValues(tree, address);
    if (values) return { values, raw: values };
  }
  return null;
}

/** An unknown part of the data source: an own resource, else the configuration's references, else its path. */
function dataToken(
  scope: ModuleScope,
  address: string,
  config: ConfigResource | undefined,
  raw: Json,
  path: Path,
): string {
  if (config && configPathAligned(config.expressions, raw, path)) {
    const expr = expressionAt(config.expressions, path);
    if (expr) {
      const ref = ownResourceRef(expr, scope, config.providerConfigKey, false);
      if (ref) return ref;
      const refs = primaryReferences(expr);
      if (refs.length > 0) return unresolved(refs.join(", "));
    }
  }
  return unresolved(`${address}.${renderPath(path)} (known after apply)`);
}

const SET_BLOCKS = new Set(["principals", "not_principals", "condition"]);
const LIST_ATTRIBUTES = new Set([
  "identifiers",
  "values",
  "actions",
  "not_actions",
  "resources",
  "not_resources",
]);

/**
 * Whether a path through a data source's values points at the same block of its configuration:
 * list blocks must have as many blocks written as evaluated (no dynamic blocks), and set blocks
 * (principals, condition), whose order the plan does not keep, must be a single block.
 */
function configPathAligned(expressions: JsonObject, raw: Json, path: Path): boolean {
  for (let i = 1; i < path.length; i++) {
    const seg = path[i];
    const parent = path[i - 1];
    if (typeof seg !== "number" || typeof parent !== "string") continue;
    if (LIST_ATTRIBUTES.has(parent)) break;
    const prefix = path.slice(0, i);
    const written = blockCount(expressions, prefix);
    const evaluated = valueAt(raw, prefix);
    const count = Array.isArray(evaluated) ? evaluated.length : undefined;
    if (written === undefined || count === undefined || written !== count) return false;
    if (SET_BLOCKS.has(parent) && written !== 1) return false;
  }
  return true;
}

function valueAt(root: Json, path: Path): Json | undefined {
  let cur: Json | undefined = root;
  for (const seg of path) {
    if (typeof seg === "number") cur = Array.isArray(cur) ? cur[seg] : undefined;
    else cur = isObject(cur) ? cur[seg] : undefined;
  }
  return cur;
}

/** A resource's `values` in a values representation (planned_values, prior_state.values). */
function findValues(mod: Json | undefined, address: string, depth = 0): JsonObject | undefined {
  if (!isObject(mod) || depth > 32) return undefined;
  if (Array.isArray(mod.resources)) {
    for (const r of mod.resources) {
      if (isObject(r) && r.address === address && isObject(r.values)) return r.values;
    }
  }
  if (Array.isArray(mod.child_modules)) {
    for (const c of mod.child_modules) {
      const v = findValues(c, address, depth + 1);
      if (v) return v;
    }
  }
  return undefined;
}
