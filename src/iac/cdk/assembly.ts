/**
 * A CDK cloud assembly (cdk.out) as a whole (grant-model §7.1): manifest.json is validated, every
 * aws:cloudformation:stack artifact becomes a stack to read (its template file, stack name and
 * environment), Stage assemblies (cdk:cloud-assembly) are followed recursively, and asset
 * manifests tell which file a nested stack's TemplateURL names. Nothing outside the cdk.out folder
 * is ever read: a manifest that points there is an error, and so is a file it names that is
 * missing. Errors never stop the rest of the assembly from being read.
 */

import { hasToken } from "../../model/symbolic.js";
import type { AnalysisError } from "../../model/types.js";
import { readText } from "../../sources/text.js";
import type { TemplateCache } from "../cloudformation/load.js";
import { asString, field, type LNode } from "../cloudformation/located.js";
import { parseTemplateText } from "../cloudformation/parse.js";
import { relativePath } from "../cloudformation/template-paths.js";

/** Stage assemblies nested deeper than this are not followed (CDK apps rarely nest two). */
export const MAX_ASSEMBLY_DEPTH = 8;

export interface CdkStack {
  /** The artifact id in its manifest ("ProdStorage0EF194CB"). */
  artifactId: string;
  /** The unit of its records: the artifact ids of the enclosing Stage assemblies, then its own. */
  unit: string;
  /** The CloudFormation stack name (properties.stackName, else the artifact id). */
  stackName: string;
  displayName?: string;
  /** Repository path of the template. */
  templateFile: string;
  /** The environment's account when it is concrete (aws://555555555555/eu-west-1). */
  selfAccount?: string;
  region?: string;
  /** Logical id -> construct path, from the manifest's metadata (when the template has none). */
  constructPaths: Map<string, string>;
}

export interface CdkAssembly {
  /** The cdk.out folder (repository path; "" when the snapshot is the folder itself). */
  root: string;
  stacks: CdkStack[];
  /** Every *.nested.template.json inside the folder. */
  nestedTemplates: string[];
  /** Asset object key ("<hash>.json") -> repository path of the file it uploads. */
  assetObjects: Map<string, string>;
  errors: AnalysisError[];
  /** Manifests and asset manifests read. */
  files: string[];
}

const ACCOUNT = /^\d{12}$/;

function join(dir: string, name: string): string {
  return dir === "" ? name : `${dir}/${name}`;
}

function dirParts(dir: string): string[] {
  return dir === "" ? [] : dir.split("/");
}

function inside(root: string, path: string): boolean {
  return root === "" || path.startsWith(`${root}/`);
}

/** Read the assembly at `root` (the folder holding the top manifest.json). */
export function loadCdkAssembly(cache: TemplateCache, root: string): CdkAssembly {
  const assembly: CdkAssembly = {
    root,
    stacks: [],
    nestedTemplates: cache.snapshot.paths.filter(
      (p) => inside(root, p) && p.endsWith(".nested.template.json"),
    ),
    assetObjects: new Map(),
    errors: [],
    files: [],
  };
  new AssemblyReader(cache, assembly).read(root, "", 0, new Set());
  return assembly;
}

class AssemblyReader {
  constructor(
    private readonly cache: TemplateCache,
    private readonly assembly: CdkAssembly,
  ) {}

  private error(file: string, line: number | undefined, message: string): void {
    this.assembly.errors.push(line === undefined ? { file, message } : { file, line, message });
  }

  /**
   * A path named by the manifest in `dir`, if it stays inside the cdk.out folder; otherwise an
   * error naming the property, and undefined.
   */
  private resolvePath(
    manifest: string,
    dir: string,
    node: LNode | undefined,
    what: string,
  ): string | undefined {
    const text = asString(node);
    if (text === undefined || text === "") {
      this.error(manifest, node?.line, `${what} is missing or not a string`);
      return undefined;
    }
    const target = relativePath(dirParts(dir), text);
    if (target.kind !== "local" || !inside(this.assembly.root, target.path)) {
      this.error(
        manifest,
        node?.line,
        `${what} ${JSON.stringify(text)} points outside the cdk.out folder ${this.assembly.root || "."}: not read`,
      );
      return undefined;
    }
    return target.path;
  }

  read(dir: string, unitPrefix: string, depth: number, visited: Set<string>): void {
    const manifest = join(dir, "manifest.json");
    if (visited.has(dir)) {
      this.error(manifest, undefined, "this assembly is nested in itself: not read again");
      return;
    }
    visited.add(dir);
    this.assembly.files.push(manifest);
    const root = this.parse(manifest);
    if (!root) return;
    const version = field(root, "version");
    if (asString(version) === undefined) {
      this.error(
        manifest,
        version?.line ?? root.line,
        "manifest.json has no version: not a CDK cloud assembly manifest?",
      );
    }
    const artifacts = field(root, "artifacts");
    if (artifacts === undefined) return;
    if (artifacts.kind !== "map") {
      this.error(manifest, artifacts.line, "artifacts is not a mapping");
      return;
    }
    for (const { key: id, keyLine, value } of artifacts.entries) {
      const type = asString(field(value, "type"));
      if (value.kind !== "map" || type === undefined) {
        this.error(manifest, keyLine, `artifact ${id} has no type`);
        continue;
      }
      const properties = field(value, "properties");
      if (type === "aws:cloudformation:stack") this.stack(manifest, dir, id, value, unitPrefix);
      else if (type === "cdk:asset-manifest") this.assets(manifest, dir, id, properties);
      else if (type === "cdk:cloud-assembly") {
        const nested = this.resolvePath(
          manifest,
          dir,
          field(properties, "directoryName"),
          `artifact ${id}: directoryName`,
        );
        if (nested === undefined) continue;
        if (!this.cache.has(join(nested, "manifest.json"))) {
          this.error(manifest, keyLine, `artifact ${id}: the Stage assembly ${nested} has no manifest.json`);
        } else if (depth + 1 >= MAX_ASSEMBLY_DEPTH) {
          this.error(
            manifest,
            keyLine,
            `artifact ${id}: Stage assemblies nest deeper than ${MAX_ASSEMBLY_DEPTH} levels: not read`,
          );
        } else this.read(nested, `${unitPrefix}${id}/`, depth + 1, visited);
      }
      // cdk:tree, cdk:feature-flag-report and others carry no grants.
    }
  }

  private parse(file: string): (LNode & { kind: "map" }) | undefined {
    const read = readText(this.cache.snapshot, file);
    if ("error" in read) {
      this.error(file, undefined, read.error);
      return undefined;
    }
    const parsed = parseTemplateText(read.text, file);
    // A manifest is JSON: text that is not (the parser then reads it as YAML) is not used at all.
    const syntax = parsed.syntaxError;
    if (parsed.format === "json" && syntax) {
      this.assembly.errors.push({ ...syntax, message: `${syntax.message}; the file is not read` });
      return undefined;
    }
    for (const e of parsed.errors) this.assembly.errors.push(e);
    if (parsed.root === null) {
      if (parsed.errors.length === 0) this.error(file, 1, "the file is empty");
      return undefined;
    }
    if (parsed.root.kind !== "map") {
      this.error(file, parsed.root.line, "the file is not a JSON object");
      return undefined;
    }
    return parsed.root;
  }

  private stack(manifest: string, dir: string, id: string, artifact: LNode, unitPrefix: string): void {
    const properties = field(artifact, "properties");
    const templateNode = field(properties, "templateFile");
    const templateFile = this.resolvePath(manifest, dir, templateNode, `artifact ${id}: templateFile`);
    if (templateFile === undefined) return;
    if (!this.cache.has(templateFile)) {
      this.error(
        manifest,
        templateNode?.line,
        `artifact ${id}: the template file ${templateFile} is missing from the cdk.out folder`,
      );
      return;
    }
    const stack: CdkStack = {
      artifactId: id,
      unit: `${unitPrefix}${id}`,
      stackName: asString(field(properties, "stackName")) ?? id,
      templateFile,
      constructPaths: new Map(),
    };
    const displayName = asString(field(artifact, "displayName"));
    if (displayName) stack.displayName = displayName;
    const env = asString(field(artifact, "environment"));
    const m = env === undefined ? null : /^aws:\/\/([^/]*)\/(.*)$/.exec(env);
    if (m) {
      if (ACCOUNT.test(m[1] ?? "")) stack.selfAccount = m[1];
      if (m[2] && m[2] !== "unknown-region") stack.region = m[2];
    } else if (env !== undefined) {
      this.error(
        manifest,
        field(artifact, "environment")?.line,
        `artifact ${id}: environment ${JSON.stringify(env)} is not aws://ACCOUNT/REGION`,
      );
    }
    this.metadata(stack, field(artifact, "metadata"));
    const extra = asString(field(artifact, "additionalMetadataFile"));
    if (extra !== undefined) {
      const target = relativePath(dirParts(dir), extra);
      // Optional: synth outputs are often committed without it; the template has the paths too.
      if (target.kind === "local" && inside(this.assembly.root, target.path) && this.cache.has(target.path)) {
        const root = this.parse(target.path);
        if (root) this.metadata(stack, root);
      }
    }
    this.assembly.stacks.push(stack);
  }

  /** Construct path -> entries; an aws:cdk:logicalId entry links a logical id to its path. */
  private metadata(stack: CdkStack, node: LNode | undefined): void {
    if (node?.kind !== "map") return;
    for (const { key: path, value } of node.entries) {
      if (value.kind !== "seq") continue;
      for (const entry of value.items) {
        if (asString(field(entry, "type")) !== "aws:cdk:logicalId") continue;
        const logicalId = asString(field(entry, "data"));
        if (logicalId) stack.constructPaths.set(logicalId, path.replace(/^\//, ""));
      }
    }
  }

  private assets(manifest: string, dir: string, id: string, properties: LNode | undefined): void {
    const file = this.resolvePath(manifest, dir, field(properties, "file"), `artifact ${id}: file`);
    if (file === undefined || !this.cache.has(file)) return;
    this.assembly.files.push(file);
    const root = this.parse(file);
    const files = field(root, "files");
    if (files?.kind !== "map") return;
    for (const { value } of files.entries) {
      const source = asString(field(field(value, "source"), "path"));
      if (source === undefined) continue;
      const target = relativePath(dirParts(dir), source);
      if (target.kind !== "local" || !inside(this.assembly.root, target.path)) continue;
      const destinations = field(value, "destinations");
      if (destinations?.kind !== "map") continue;
      for (const d of destinations.entries) {
        const key = asString(field(d.value, "objectKey"));
        if (key !== undefined && !hasToken(key)) this.assembly.assetObjects.set(key, target.path);
      }
    }
  }
}
