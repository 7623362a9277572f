/** The Terraform HCL reader: root discovery and static evaluation of a root into ResourceRecords. */
export { createTerraformCache, TerraformCache } from "./cache.js";
export { type ReadTerraformOptions, readTerraformRoot } from "./read-root.js";
export {
  CALLER_NEEDLES,
  CALLER_SEARCH,
  relativeStrings,
  relativeStringsOfLines,
} from "./relative-strings.js";
export {
  affectedLayout,
  affectedLayouts,
  type CallerSearch,
  createLayoutMemo,
  findTerraformRoots,
  isLayoutFile,
  type LayoutMemo,
  mergeLayouts,
  moduleClosure,
  modulesAffectedBy,
  type TerraformLayout,
  type TerraformModuleCall,
  type TerraformModuleInfo,
  terraformLayout,
} from "./roots.js";
