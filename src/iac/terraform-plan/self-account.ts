/**
 * The own account, as the plan states it. A plan holds every value Terraform could read, so
 * `data.aws_caller_identity.x.account_id` is a literal account number there, not the symbolic
 * own account the HCL reader sees. Records carry that number as `selfAccount` (internal like
 * SELF), per provider configuration: an aliased provider may deploy into another account.
 */

import { parseModuleAddress } from "./addresses.js";
import { configResource, moduleConfig } from "./configuration.js";
import { isObject, type Json, type PlanDocument } from "./plan-document.js";

const ACCOUNT_RE = /^\d{12}$/;

export interface SelfAccounts {
  /** The own account for a resource of the given provider configuration key, when known. */
  forProvider(providerConfigKey: string): string | undefined;
}

interface Identity {
  moduleAddress: string;
  name: string;
  account: string;
}

export function selfAccounts(plan: PlanDocument): SelfAccounts {
  const identities: Identity[] = [];
  const add = (moduleAddress: string, r: Json) => {
    if (!isObject(r) || r.mode !== "data" || r.type !== "aws_caller_identity" || typeof r.name !== "string")
      return;
    const values = isObject(r.values) ? r.values : isObject(r.after) ? r.after : undefined;
    const account = values?.account_id;
    if (typeof account === "string" && ACCOUNT_RE.test(account))
      identities.push({ moduleAddress, name: r.name, account });
  };
  const walk = (mod: Json | undefined, depth: number) => {
    if (!isObject(mod) || depth > 32) return;
    const address = typeof mod.address === "string" ? mod.address : "";
    if (Array.isArray(mod.resources)) for (const r of mod.resources) add(address, r);
    if (Array.isArray(mod.child_modules)) for (const c of mod.child_modules) walk(c, depth + 1);
  };
  const prior = plan.priorState?.values;
  walk(isObject(prior) ? prior.root_module : undefined, 0);
  walk(plan.plannedValues?.root_module, 0);
  for (const rc of plan.resourceChanges) {
    if (rc.mode === "data" && rc.type === "aws_caller_identity") {
      add(rc.moduleAddress, { mode: "data", type: rc.type, name: rc.name, after: rc.after ?? null });
    }
  }

  const byKey = new Map<string, Set<string>>();
  for (const id of identities) {
    const steps = parseModuleAddress(id.moduleAddress) ?? [];
    const key =
      configResource(moduleConfig(plan.configuration, steps), "data", "aws_caller_identity", id.name)
        ?.providerConfigKey ?? "aws";
    const set = byKey.get(key) ?? new Set<string>();
    set.add(id.account);
    byKey.set(key, set);
  }
  const defaults = new Set<string>();
  for (const [key, accounts] of byKey) if (!isAliased(key)) for (const a of accounts) defaults.add(a);

  return {
    forProvider(providerConfigKey) {
      const own = byKey.get(providerConfigKey);
      if (own?.size === 1) return [...own][0];
      if (own && own.size > 1) return undefined;
      if (!isAliased(providerConfigKey) && defaults.size === 1) return [...defaults][0];
      return undefined;
    },
  };
}

/** `aws.prod`, `module.x:aws.prod`: a provider configuration with an alias. */
function isAliased(key: string): boolean {
  return key.slice(key.lastIndexOf(":") + 1).includes(".");
}
