/** The CDK synth output reader (cdk.out cloud assemblies). */
export { type CdkAssembly, type CdkStack, loadCdkAssembly, MAX_ASSEMBLY_DEPTH } from "./assembly.js";
export { cdkNestedLocator, type ReadAssemblyOptions, readCdkAssembly } from "./read-assembly.js";
