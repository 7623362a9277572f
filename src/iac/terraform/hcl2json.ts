// The only import of @cdktf/hcl2json. Loaded with a dynamic import from hcl.ts so that the WASM
// runtime starts only when there is HCL to parse (a bundle with code splitting gives a dynamic
// import of the package itself only its `default` export, see toolchain.md).
export { parse } from "@cdktf/hcl2json";
