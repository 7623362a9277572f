import { isAwsServiceAccount } from "../catalog/index.js";
import type { Grant } from "../model/types.js";

/**
 * trusted.aws-service-accounts: an external grant to an AWS-owned account the catalog lists (ELB
 * log delivery and the like) counts as internal. The allowlist turns it on; the catalog alone
 * decides which accounts it covers (user-supplied names never do).
 */
export function trustServiceAccount(g: Grant): Grant {
  if (
    g.classification !== "external" ||
    !g.principal.accountId ||
    !isAwsServiceAccount(g.principal.accountId)
  )
    return g;
  return { ...g, classification: "internal", subkind: "aws-service-account" };
}
