/** The IAM policy core: grammar, principal normalisation, narrowing, classification (grant-model §1-§3). */

export { ASSUME_ACTIONS, trustAdmits } from "./actions.js";
export { analyzePolicy } from "./analyze.js";
export { type PolicyJson, parsePolicyJson } from "./json.js";
export {
  detectPrincipalKey,
  type NormalizeContext,
  type NormalizedPrincipal,
  normalizePrincipal,
  type PrincipalKind,
} from "./principal.js";
export type { PolicyAnalysis, PolicyContext, PolicyGrant } from "./types.js";
