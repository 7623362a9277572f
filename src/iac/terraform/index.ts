/** The Terraform HCL reader: root discovery and static evaluation of a root into ResourceRecords. */
export { createTerraformCache, TerraformCache } from "./cache.js";
export { type ReadTerraformOptions, readTerraformRoot } from "./read-root.js";
export {
  affectedLayout,
  affectedLayouts,
  createLayoutMemo,
  findTerraformRoots,
  isLayoutFile,
  type LayoutMemo,
  mergeLayouts,
  moduleClosure,
  modulesAffectedBy,
  relativeStrings,
  type TerraformLayout,
  type TerraformModuleCall,
  type TerraformModuleInfo,
  terraformLayout,
} from "./roots.js";
