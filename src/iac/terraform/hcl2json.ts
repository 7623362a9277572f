// The only import of @cdktf/hcl2json. Loaded with a dynamic import from hcl.ts so that the WASM
// runtime starts only when there is HCL to parse (a bundle with code splitting gives a dynamic
// import of the package itself only its `default` export, see toolchain.md).
//
// The one piece of process state of the reader, and so an edge of the core: hcl2json's Go runtime
// is one per process and single-threaded, and calls go through it one at a time (a queue keeps
// them from interleaving inside the bridge), whichever run makes them.
import { parse as parseWithGo } from "@cdktf/hcl2json";

let queue: Promise<void> = Promise.resolve();

export function parse(filename: string, contents: string): Promise<Record<string, unknown>> {
  const turn = queue.then(() => parseWithGo(filename, contents));
  queue = turn.then(
    () => undefined,
    () => undefined,
  );
  return turn;
}
