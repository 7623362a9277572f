/** The CloudFormation template reader (also used for CDK synth output). */
export { MAX_VARIANTS } from "./choices.js";
export { looksLikeTemplate } from "./detect.js";
export { collectExports } from "./exports.js";
export { type NestedTemplate, nestedTemplatePath } from "./nested-stacks.js";
export { type ParametersFileResult, parseParametersFile } from "./parameters.js";
export { type ReadTemplateOptions, readTemplate } from "./read-template.js";
export type { ResolveOptions } from "./resolve.js";
