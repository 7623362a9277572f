/** The CloudFormation template reader (also used for CDK synth output). */
export { MAX_VARIANTS } from "./choices.js";
export { looksLikeTemplate } from "./detect.js";
export { collectExports } from "./exports.js";
export { expandForEach, hasForEach } from "./foreach.js";
export { type LoadedTemplate, loadTemplate, TemplateCache } from "./load.js";
export {
  type NestedLocator,
  nestedParents,
  outermostTemplates,
  templateUrlLocator,
} from "./nested-stacks.js";
export { type ParametersFileResult, parseParametersFile } from "./parameters.js";
export { type ReadTemplateOptions, readTemplate } from "./read-template.js";
export { isNestedStackType, type ResolveOptions } from "./resolve.js";
export type { ResourceDef, Template } from "./template.js";
export { type NestedTemplate, nestedTemplatePath, relativePath } from "./template-paths.js";
