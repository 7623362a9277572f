/**
 * CDK synth output -> ResourceRecord[]: every stack of a cloud assembly read as a CloudFormation
 * template (source "cdk"), with its stack name, its environment's account as the own account,
 * its unit (artifact id with the Stage prefix) and each resource's construct path. Nested stacks
 * are read through their parent (parameters bound, outputs read back); a nested template that no
 * stack claims is read on its own so that its grants are still reported (fail closed).
 */

import { hasToken } from "../../model/symbolic.js";
import type { ReaderResult, ResourceRecord } from "../../model/types.js";
import {
  type NestedLocator,
  type NestedTemplate,
  readTemplate,
  relativePath,
  type TemplateCache,
} from "../cloudformation/index.js";
import type { CdkAssembly, CdkStack } from "./assembly.js";

export interface ReadAssemblyOptions {
  cache: TemplateCache;
  /** Fn::ImportValue: exports of every template and stack of the repository. */
  exports?: Map<string, unknown>;
}

function inside(root: string, path: string): boolean {
  return root === "" || path.startsWith(`${root}/`);
}

/**
 * Where a nested stack's template is in a cdk.out: the `aws:asset:path` metadata CDK writes on
 * the stack resource, else the asset whose object key ends the TemplateURL. Never outside the
 * folder; a template the assembly does not hold is an error (the synth output is incomplete).
 */
export function cdkNestedLocator(assembly: CdkAssembly, cache: TemplateCache): NestedLocator {
  return (parent, resource, properties): NestedTemplate => {
    if (resource.type !== "AWS::CloudFormation::Stack") return { kind: "unknown" };
    const dir = parent.file.split("/").slice(0, -1);
    const metadata = resource.node.entries.find((e) => e.key === "Metadata")?.value;
    const assetPath =
      metadata?.kind === "map" ? metadata.entries.find((e) => e.key === "aws:asset:path")?.value : undefined;
    let path: string | undefined;
    let named: string | undefined;
    if (assetPath?.kind === "scalar" && typeof assetPath.value === "string") {
      named = assetPath.value;
      const target = relativePath(dir, assetPath.value);
      if (target.kind !== "local" || !inside(assembly.root, target.path)) {
        return { kind: "outside", url: assetPath.value };
      }
      path = target.path;
    } else {
      const url = typeof properties.TemplateURL === "string" ? properties.TemplateURL : "";
      const key = url.slice(url.lastIndexOf("/") + 1);
      if (key !== "" && !hasToken(key)) {
        named = key;
        path = assembly.assetObjects.get(key);
      }
    }
    if (path !== undefined && cache.has(path)) return { kind: "local", path };
    return {
      kind: "error",
      message:
        named === undefined
          ? "its template cannot be found in the cdk.out folder (no aws:asset:path metadata, no asset object key)"
          : `its template ${path ?? named} is missing from the cdk.out folder`,
    };
  };
}

/** Every stack of the assembly, then the nested templates no stack read. */
export function readCdkAssembly(assembly: CdkAssembly, options: ReadAssemblyOptions): ReaderResult {
  const result: ReaderResult = {
    resources: [],
    errors: [...assembly.errors],
    files: [...assembly.files],
  };
  const notes: string[] = [];
  const locate = cdkNestedLocator(assembly, options.cache);
  const read = new Set<string>();
  for (const stack of assembly.stacks) {
    const r = readTemplate(options.cache.snapshot, stack.templateFile, {
      source: "cdk",
      unit: stack.unit,
      stack: stack.stackName,
      cache: options.cache,
      locate,
      ...(stack.selfAccount ? { selfAccount: stack.selfAccount } : {}),
      ...(options.exports ? { exports: options.exports } : {}),
    });
    add(result, r, notes, read);
    for (const record of r.resources) withConstructPath(record, stack);
  }
  for (const file of assembly.nestedTemplates) {
    if (read.has(file)) continue;
    notes.push(
      `${file}: no stack of the assembly names this nested template; read on its own, its parameters unresolved`,
    );
    const r = readTemplate(options.cache.snapshot, file, {
      source: "cdk",
      unit: file.slice(assembly.root === "" ? 0 : assembly.root.length + 1),
      cache: options.cache,
      locate,
      ...(options.exports ? { exports: options.exports } : {}),
    });
    add(result, r, notes, read);
  }
  if (notes.length > 0) result.notes = notes;
  return result;
}

function add(into: ReaderResult, r: ReaderResult, notes: string[], read: Set<string>): void {
  into.resources.push(...r.resources);
  into.errors.push(...r.errors);
  for (const f of r.files) {
    read.add(f);
    if (!into.files.includes(f)) into.files.push(f);
  }
  if (r.notes) notes.push(...r.notes);
}

/** Resources of a template without aws:cdk:path metadata take the manifest's construct path. */
function withConstructPath(record: ResourceRecord, stack: CdkStack): void {
  if (record.constructPath) return;
  const path = stack.constructPaths.get(record.address);
  if (path) record.constructPath = path;
}
