/** The Terraform plan JSON reader (`terraform show -json PLANFILE`, grant-model §5.3). */

export { looksLikePlan } from "./detect.js";
export { inferRoot, resourceLocator } from "./locate.js";
export { readPlan } from "./read-plan.js";
export type {
  FindResourceLine,
  LocateContext,
  PlanReadOptions,
  PlanResult,
  ResourceLocation,
} from "./types.js";
