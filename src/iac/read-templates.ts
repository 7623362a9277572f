import type { Units } from "../discover/discover.js";
import type { ReaderResult } from "../model/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { type CdkAssembly, loadCdkAssembly, readCdkAssembly } from "./cdk/index.js";
import {
  collectExports,
  nestedParents,
  outermostTemplates,
  type ResolveOptions,
  readTemplate,
  TemplateCache,
} from "./cloudformation/index.js";

/**
 * The CloudFormation templates and CDK assemblies of `units`, read: each template's and each
 * assembly's result, in that order. Loaded by readUnits when there is one to read.
 */
export function readTemplateUnits(
  snapshot: Snapshot,
  units: Units,
  parameters: Record<string, string | string[]>,
): ReaderResult[] {
  const read: ReaderResult[] = [];
  // CloudFormation and CDK: one template cache. Exports (Fn::ImportValue) and nested stacks are
  // resolved across every template and assembly of the snapshot, even when this call reads a
  // share of them (a worker's partition, the units a change affects).
  const cache = new TemplateCache(snapshot);
  const family = units.cloudformation ?? { templates: units.templates, cdkAssemblies: units.cdkAssemblies };
  const assemblies = new Map<string, CdkAssembly>(
    [...new Set([...family.cdkAssemblies, ...units.cdkAssemblies])].map((dir) => [
      dir,
      loadCdkAssembly(cache, dir),
    ]),
  );
  const allTemplates = [...new Set([...family.templates, ...units.templates])];
  const templateOptions = new Map<string, Omit<ResolveOptions, "exports">>();
  for (const file of allTemplates) templateOptions.set(file, { parameters });
  for (const a of assemblies.values()) {
    for (const s of a.stacks) {
      templateOptions.set(s.templateFile, {
        stack: s.stackName,
        ...(s.selfAccount ? { selfAccount: s.selfAccount } : {}),
      });
    }
  }
  const exports = collectExports(
    snapshot,
    [...templateOptions.keys()],
    (f) => templateOptions.get(f) ?? {},
    cache,
  );
  // A template another one includes as a nested stack is read through its parent.
  const parents = nestedParents(cache, allTemplates, () => ({ parameters }));
  for (const file of outermostTemplates(units.templates, parents)) {
    const r = readTemplate(snapshot, file, {
      parameters,
      exports,
      unit: file,
      source: "cloudformation",
      cache,
    });
    read.push(r);
  }
  for (const dir of units.cdkAssemblies) {
    const assembly = assemblies.get(dir);
    if (!assembly) continue;
    read.push(readCdkAssembly(assembly, { cache, exports }));
  }
  return read;
}
