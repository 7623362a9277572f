/**
 * Unknown values that the configuration shows to be an attribute of a resource it declares
 * itself. The HCL reader treats `aws_iam_role.ci.arn` as the own account (a resourceRef token);
 * the plan reader does the same when the configuration's expression is exactly that reference.
 */

import { resourceRef } from "../../model/symbolic.js";
import { resourceAddress } from "./addresses.js";
import { configResource, type Expression, managedAttributeRef, primaryReferences } from "./configuration.js";
import type { JsonObject } from "./plan-document.js";

/** The module an expression belongs to. */
export interface ModuleScope {
  /** Module instance address ("" = root). */
  moduleAddress: string;
  /** The module's configuration (`configuration...module`). */
  mod: JsonObject | undefined;
}

/**
 * A resourceRef token when the expression is exactly one attribute of a managed resource of the
 * same module and provider configuration; else null. Only `arn` counts unless `anyAttribute`
 * (targets): another attribute, such as a role name, could sit inside a foreign account's ARN.
 */
export function ownResourceRef(
  expr: Expression,
  scope: ModuleScope,
  providerKey: string,
  anyAttribute: boolean,
): string | null {
  const refs = primaryReferences(expr);
  if (refs.length !== 1) return null;
  const m = managedAttributeRef(refs[0] as string);
  if (!m || (m.attribute !== "arn" && !anyAttribute)) return null;
  const [type = "", name = ""] = m.resource.split(".");
  const target = configResource(scope.mod, "managed", type, name);
  if (!target || target.providerConfigKey !== providerKey) return null;
  return resourceRef(resourceAddress(scope.moduleAddress, `${m.resource}${m.key}`), m.attribute);
}
