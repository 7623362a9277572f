/**
 * One instance of a module (the root, or module.a["k"]) at evaluation time: the `Host` that
 * resolves var., local., data., module., resource and path. references, lazily and cached per
 * decision set (see decisions.ts).
 */
import { hasToken, renderText, SELF_REGION } from "../../model/symbolic.js";
import type { AnalysisError } from "../../model/types.js";
import { type Snapshot, tooLarge } from "../../sources/snapshot.js";
import { decodeExactText } from "../../sources/text.js";
import { type Expr, sourceOf } from "./ast.js";
import type { TerraformCache } from "./cache.js";
import { DataSources } from "./data-sources.js";
import { COLLAPSED, CycleError, Lazy, type Run } from "./decisions.js";
import { echoOf } from "./echoes.js";
import { type Evaluator, Evaluator as EvaluatorClass, type Host, Scope, type Step } from "./evaluate.js";
import { countInstances, forEachInstances, type InstanceKey, SINGLE } from "./expansion.js";
import { type FunctionEnv, FunctionError, LimitationError } from "./functions.js";
import { type HclBody, isRecord } from "./hcl.js";
import { sameStructure } from "./instance-bodies.js";
import { lineSpan } from "./line-values.js";
import type { BlockConfig, ModuleCallConfig, ModuleConfig, ProviderConfig } from "./modules.js";
import { setOwn } from "./objects.js";
import { opaqueOutput } from "./opaque/index.js";
import { type InputUse, type OpenChoice, openChoice, WORKSPACE } from "./open-inputs.js";
import { HclSyntaxError } from "./parser.js";
import { hasPath, relativeDir, resolveInRepo } from "./paths.js";
import type { TfBlock, TfTemplateSource } from "./tree.js";
import { convert, TypeConversionError, typeOf } from "./types.js";
import {
  compareStrings,
  isUnknownish,
  newObject,
  type ObjectValue,
  RefObject,
  residual,
  toStringValue,
  Unknown,
  type Value,
} from "./values.js";
import type { VariableValue } from "./variables.js";

/** State shared by all module instances of one root while it is read. */
export interface RootState {
  readonly snapshot: Snapshot;
  readonly cache: TerraformCache;
  readonly rootDir: string;
  readonly errors: AnalysisError[];
  readonly notes: Set<string>;
  readonly files: Set<string>;
  run: Run;
  location: { file: string; line: number };
  depth: number;
  /** How the code uses each open input (root variables with no committed value, the workspace). */
  readonly inputUses: ReadonlyMap<string, InputUse>;
  /** The values each open input can take, worked out once per root. */
  readonly openChoices: Map<string, OpenChoice>;
}

export type InputSource =
  | { kind: "root"; values: ReadonlyMap<string, VariableValue> }
  | { kind: "call"; caller: ModuleInstance; call: ModuleCallConfig; scope: Scope };

export type { InstanceKey } from "./expansion.js";

const MAX_LAZY_DEPTH = 120;

export class ModuleInstance implements Host {
  readonly ev: Evaluator;
  readonly data: DataSources;
  readonly functions: FunctionEnv;
  private readonly vars = new Map<string, Lazy<Value>>();
  private readonly locals = new Map<string, Lazy<Value>>();
  private readonly outputs = new Map<string, Lazy<Value>>();
  private readonly echoes = new Map<string, Lazy<Value>>();
  private readonly expansions = new Map<string, Lazy<InstanceKey[]>>();
  /**
   * The module instances called, by address, each with the count./each. values it binds (compared
   * by structure, as instance bodies are: a for_each over a value that depends on a choice binds
   * other values under the same key in another variant, and each gets a child of its own).
   */
  private readonly children = new Map<
    string,
    { bindings: ReadonlyMap<string, Value>; child: ModuleInstance }[]
  >();
  private readonly computing: string[] = [];

  constructor(
    readonly state: RootState,
    readonly config: ModuleConfig,
    readonly address: string,
    readonly inputs: InputSource,
  ) {
    this.ev = new EvaluatorClass(this);
    this.data = new DataSources(this);
    this.functions = {
      readFile: (path) => this.readFile(path),
      readBytes: (path) => this.readBytes(path),
      fileExists: (path) => {
        const p = resolveInRepo(this.state.rootDir, path);
        return p === null ? null : hasPath(this.state.cache.pathIndex(this.state.snapshot.paths), p);
      },
      listFiles: (dir) => {
        const p = resolveInRepo(this.state.rootDir, dir);
        if (p === null) return null;
        const prefix = p === "" ? "" : `${p}/`;
        return this.state.snapshot.paths
          .filter((f) => f.startsWith(prefix))
          .map((f) => f.slice(prefix.length));
      },
      renderTemplate: (text, vars, path) => this.renderTemplate(text, vars, path),
      yamlRead: (text, read) => this.state.cache.yamlRead(text, read),
    };
  }

  get run(): Run {
    return this.state.run;
  }

  /** "module.a." for instances below the root, "" for the root. */
  get prefix(): string {
    return this.address === "" ? "" : `${this.address}.`;
  }

  report(message: string, impossible = false): void {
    const { file, line } = this.state.location;
    this.run.report({ file, line, message, ...(impossible ? { impossible } : {}) });
  }

  note(message: string): void {
    this.state.notes.add(message);
  }

  /**
   * Note that the evaluation read a declaration of this module (for the line map): only one
   * whose span holds a literal the line map can point at (line-values.ts).
   */
  touchDeclaration(decl: { file: string; start: number; end: number }): void {
    const span = lineSpan(this.state.cache, this.config.trees, decl);
    if (span !== null) this.run.touch(span);
  }

  at<T>(file: string, line: number, fn: () => T): T {
    const saved = this.state.location;
    this.state.location = { file, line };
    try {
      return fn();
    } finally {
      this.state.location = saved;
    }
  }

  // --- evaluation of hcl2json values -------------------------------------------------------

  /**
   * A value from hcl2json: strings are templates, objects attribute maps, arrays lists. `written`:
   * where the reader found this very string written (TfAttribute.template), so that it is parsed
   * from there, once, instead of from the string.
   */
  evalRaw(raw: unknown, scope: Scope = new Scope(new Map()), written?: TfTemplateSource): Value {
    if (typeof raw === "string") {
      if (!raw.includes("${") && !raw.includes("%{")) return raw;
      const parsed = written?.printed === raw ? this.state.cache.argument(written) : undefined;
      if (parsed !== undefined) return this.ev.eval(parsed, scope);
      const tmpl = this.state.cache.template(raw);
      if (tmpl instanceof HclSyntaxError) {
        this.report(`cannot parse the expression ${JSON.stringify(raw.slice(0, 200))}: ${tmpl.message}`);
        return new Unknown(raw.replace(/^\$\{([\s\S]*)\}$/, "$1"));
      }
      return this.ev.eval(tmpl, scope);
    }
    if (Array.isArray(raw)) return raw.map((x) => this.evalRaw(x, scope));
    if (isRecord(raw)) {
      const out = newObject();
      for (const [k, v] of Object.entries(raw)) {
        const key = k.includes("${") ? this.keyOf(this.evalRaw(k, scope)) : k;
        define(out, key, this.evalRaw(v, scope));
      }
      return out;
    }
    if (typeof raw === "number" || typeof raw === "boolean") return raw;
    return null;
  }

  private keyOf(v: Value): string {
    try {
      return toStringValue(v);
    } catch {
      return renderText(residual(v));
    }
  }

  /**
   * A block body: arguments evaluated (null ones dropped, as Terraform treats them as unset),
   * nested blocks as arrays of bodies, dynamic blocks expanded after the static ones.
   */
  evalBody(
    body: HclBody,
    scope: Scope,
    skip: ReadonlySet<string>,
    located?: TfBlock,
    file?: string,
  ): ObjectValue {
    const out = newObject();
    for (const [name, raw] of Object.entries(body)) {
      if (skip.has(name) || name === "dynamic") continue;
      const line = located ? argumentLine(located, name) : undefined;
      const compute = (): Value => {
        if (Array.isArray(raw) && raw.length > 0 && raw.every(isRecord)) {
          // Each nested block body with the located block that carries it (none for a body an
          // override file merged in, or one a scan did not find).
          return raw.map((b) =>
            this.evalBody(
              b,
              scope,
              EMPTY,
              located?.blocks.find((n) => n.body === b),
              file,
            ),
          );
        }
        return this.evalRaw(raw, scope, located && writtenArgument(located, body, name));
      };
      const v = file !== undefined && line !== undefined ? this.at(file, line, compute) : compute();
      if (v !== null) define(out, name, v);
    }
    const dynamic = body.dynamic;
    if (isRecord(dynamic)) {
      for (const [label, specs] of Object.entries(dynamic)) {
        const generated = Array.isArray(out[label]) ? [...(out[label] as Value[])] : [];
        for (const spec of Array.isArray(specs) ? specs.filter(isRecord) : [])
          generated.push(...this.dynamicBlocks(label, spec, scope, file));
        if (generated.length > 0) define(out, label, generated);
      }
    }
    return out;
  }

  private dynamicBlocks(label: string, spec: HclBody, scope: Scope, file?: string): Value[] {
    const iterator = typeof spec.iterator === "string" ? expressionText(spec.iterator) : label;
    const coll = this.evalRaw(spec.for_each, scope);
    const node: Expr = {
      k: "lit",
      value: null,
      src: String(spec.for_each),
      s: 0,
      e: String(spec.for_each).length,
    };
    const entries = this.ev.iterate(coll, node) ?? [];
    const content = Array.isArray(spec.content)
      ? spec.content.find(isRecord)
      : isRecord(spec.content)
        ? spec.content
        : undefined;
    if (!content) {
      this.report(`dynamic "${label}" has no content block`);
      return [];
    }
    return entries.map(([key, value]) => {
      const inner = scope.with(
        new Map([
          [
            iterator,
            newObject([
              ["key", key],
              ["value", value],
            ]),
          ],
        ]),
      );
      return this.evalBody(content, inner, EMPTY, undefined, file);
    });
  }

  // --- count / for_each ------------------------------------------------------------------

  /** The instances of a resource, data source or module call. */
  expand(cacheKey: string, block: BlockConfig, scope: Scope = new Scope(new Map())): InstanceKey[] {
    return this.lazy(this.expansions, cacheKey).get(this.run, () =>
      this.at(block.file, block.line, () =>
        this.ev.isolated(() => {
          const report = (m: string) => this.report(m);
          const written = (name: string) => writtenArgument(block.located, block.body, name);
          if (block.body.count !== undefined)
            return countInstances(this.evalRaw(block.body.count, scope, written("count")), report);
          if (block.body.for_each !== undefined)
            return forEachInstances(this.evalRaw(block.body.for_each, scope, written("for_each")), report);
          return [SINGLE];
        }),
      ),
    );
  }

  // --- references ------------------------------------------------------------------------

  reference(root: string, steps: readonly Step[], ev: Evaluator, node: Expr): { value: Value; used: number } {
    const attr0 = steps[0]?.kind === "attr" ? steps[0].name : undefined;
    switch (root) {
      case "var":
        if (attr0 === undefined) break;
        return { value: this.variable(attr0, node), used: 1 };
      case "local":
        if (attr0 === undefined) break;
        return { value: this.local(attr0, node), used: 1 };
      case "data":
        return this.data.reference(steps, node);
      case "module":
        if (attr0 === undefined) break;
        return this.moduleReference(attr0, steps, node);
      case "path":
        if (attr0 === "module") return { value: relativeDir(this.state.rootDir, this.config.dir), used: 1 };
        if (attr0 === "root" || attr0 === "cwd") return { value: ".", used: 1 };
        break;
      case "terraform":
        if (attr0 === "workspace") return { value: this.openInput(WORKSPACE, "default", ""), used: 1 };
        break;
      case "each":
      case "count":
      case "self":
        return {
          value: ev.fail(`${root}. is not available here (${sourceOf(node)})`, node),
          used: steps.length,
        };
      default:
        if (attr0 !== undefined) return this.resourceReference(root, attr0, steps, node);
    }
    return { value: ev.fail(`unknown reference ${sourceOf(node)}`, node), used: steps.length };
  }

  private variable(name: string, node: Expr): Value {
    const decl = this.config.variables.get(name);
    if (!decl)
      return this.ev.fail(`reference to undeclared input variable var.${name}`, node, {
        text: `${this.prefix}var.${name}`,
      });
    this.touchDeclaration(decl);
    return this.cached(this.vars, name, `var.${name}`, () => this.computeVariable(name, decl));
  }

  private computeVariable(name: string, decl: BlockConfig): Value {
    const input = this.inputs;
    let value: Value | undefined;
    if (input.kind === "root") {
      const committed = input.values.get(name);
      if (committed === undefined) {
        // Open: the deploy chooses (design.md); the default is one guess among the values that count.
        const def = Object.hasOwn(decl.body, "default")
          ? this.at(decl.file, decl.line, () =>
              this.evalRaw(decl.body.default, undefined, writtenArgument(decl.located, decl.body, "default")),
            )
          : undefined;
        const type = typeof decl.body.type === "string" ? expressionText(decl.body.type) : "";
        return this.convertToType(this.openInput(`var.${name}`, def, type), decl);
      }
      value = committed.value;
    } else if (Object.hasOwn(input.call.body, name)) {
      const line = input.call.located.attributes.find((a) => a.name === name)?.line ?? input.call.line;
      value = input.caller.at(input.call.file, line, () =>
        input.caller.ev.isolated(() =>
          input.caller.evalRaw(
            input.call.body[name],
            input.scope,
            writtenArgument(input.call.located, input.call.body, name),
          ),
        ),
      );
    }
    // nullable = false: a null given is the default, as if nothing were given (Terraform refuses
    // it where there is no default, below).
    if (value === null && Object.hasOwn(decl.body, "nullable") && this.notNullable(decl)) {
      if (!Object.hasOwn(decl.body, "default")) {
        this.at(decl.file, decl.line, () =>
          this.report(`variable "${name}": the value is null, which nullable = false does not allow`),
        );
        return new Unknown(`${this.prefix}var.${name}`);
      }
      value = undefined;
    }
    if (value === undefined && Object.hasOwn(decl.body, "default")) {
      value = this.at(decl.file, decl.line, () =>
        this.evalRaw(decl.body.default, undefined, writtenArgument(decl.located, decl.body, "default")),
      );
    }
    if (value === undefined) {
      if (input.kind === "root") return new Unknown(`var.${name}`);
      input.caller.at(input.call.file, input.call.line, () =>
        input.caller.report(`module "${input.call.name}": the required variable "${name}" is not set`),
      );
      return new Unknown(`${this.prefix}var.${name}`);
    }
    return this.convertToType(value, decl);
  }

  /** Whether a variable says `nullable = false` (a literal: Terraform allows nothing else there). */
  private notNullable(decl: BlockConfig): boolean {
    return this.at(decl.file, decl.line, () => this.evalRaw(decl.body.nullable)) === false;
  }

  /** A variable's value converted to its declared type, as Terraform does (an error where it would refuse). */
  private convertToType(value: Value, decl: BlockConfig): Value {
    const raw = decl.body.type;
    if (typeof raw !== "string") return value;
    const expr = this.state.cache.template(raw.includes("${") ? raw : `\${${raw}}`);
    const type = expr instanceof HclSyntaxError ? null : typeOf(expr);
    if (!type) return value;
    try {
      return convert(value, type, (e) => this.ev.eval(e));
    } catch (e) {
      if (!(e instanceof TypeConversionError)) throw e;
      this.at(decl.file, decl.line, () =>
        this.report(`variable "${decl.located.labels[0] ?? ""}": ${e.message}`),
      );
      return value;
    }
  }

  /** The value an open input takes in this run: one choice per input, the same everywhere. */
  private openInput(key: string, def: Value | undefined, type: string): Value {
    let choice = this.state.openChoices.get(key);
    if (!choice) {
      choice = openChoice(key, def, type, this.state.inputUses.get(key));
      this.state.openChoices.set(key, choice);
    }
    if (choice.values.length === 1) return choice.values[0]!;
    const option = this.run.choose(key, choice.values.length, { description: key, labels: choice.labels });
    return option === COLLAPSED ? new Unknown(key) : choice.values[option]!;
  }

  private local(name: string, node: Expr): Value {
    const decl = this.config.locals.get(name);
    if (!decl)
      return this.ev.fail(`reference to undeclared local value local.${name}`, node, {
        text: `${this.prefix}local.${name}`,
      });
    this.touchDeclaration(decl);
    return this.cached(this.locals, name, `local.${name}`, () =>
      this.at(decl.file, decl.line, () => this.evalRaw(decl.raw, undefined, decl.template)),
    );
  }

  /** A lazy value with cycle and depth checks; errors inside it are reported, not thrown. */
  private cached(map: Map<string, Lazy<Value>>, key: string, label: string, compute: () => Value): Value {
    if (this.state.depth > MAX_LAZY_DEPTH) {
      this.report(`references nested deeper than ${MAX_LAZY_DEPTH} levels at ${this.prefix}${label}`);
      return new Unknown(`${this.prefix}${label}`);
    }
    try {
      return this.lazy(map, key).get(this.run, () => {
        this.computing.push(label);
        this.state.depth++;
        try {
          return this.ev.isolated(compute);
        } finally {
          this.state.depth--;
          this.computing.pop();
        }
      });
    } catch (e) {
      if (!(e instanceof CycleError)) throw e;
      const from = this.computing.indexOf(label);
      const path = [...this.computing.slice(Math.max(from, 0)), label].join(" -> ");
      this.report(`cycle between values: ${path}`);
      return new Unknown(`${this.prefix}${label}`);
    }
  }

  private lazy<T>(map: Map<string, Lazy<T>>, key: string): Lazy<T> {
    let l = map.get(key);
    if (!l) {
      l = new Lazy<T>();
      map.set(key, l);
    }
    return l;
  }

  // --- modules -----------------------------------------------------------------------------

  private moduleReference(name: string, steps: readonly Step[], node: Expr): { value: Value; used: number } {
    const call = this.config.calls.get(name);
    if (!call)
      return {
        value: this.ev.fail(`reference to undeclared module module.${name}`, node, {
          text: `${this.prefix}module.${name}`,
        }),
        used: 1,
      };
    const address = `${this.prefix}module.${name}`;
    if (call.target.kind === "opaque" || call.target.kind === "broken")
      return opaqueOutput(call.source, address, steps) ?? { value: new Unknown(address), used: 1 };
    const instances = this.callInstances(call);
    const expanded = call.body.count !== undefined || call.body.for_each !== undefined;
    let child: ModuleInstance | undefined;
    let used = 1;
    if (!expanded) {
      child = instances[0]?.child;
    } else {
      const idx = steps[1];
      if (idx?.kind !== "index") {
        const all = instances.map((i) => i.child.allOutputs());
        if (call.body.count !== undefined) return { value: all, used: 1 };
        return {
          value: newObject(
            instances.map(
              (i, n) => [String(i.key.key ?? new Unknown(`${address}[*]`).toToken()), all[n]!] as const,
            ),
          ),
          used: 1,
        };
      }
      used = 2;
      if (isUnknownish(idx.key))
        return { value: new Unknown(`${address}[${residual(idx.key, 80)}]`), used: 2 };
      child = (
        instances.find((i) => i.key.key !== null && String(i.key.key) === String(idx.key)) ??
        instances.find((i) => i.key.key === null)
      )?.child;
      if (!child)
        return {
          value: this.ev.fail(`module.${name} has no instance ${residual(idx.key)}`, node, {
            impossible: true,
          }),
          used: steps.length,
        };
    }
    if (!child) return { value: new Unknown(address), used: 1 };
    const out = steps[used];
    if (out?.kind !== "attr") return { value: child.allOutputs(), used };
    return { value: child.output(out.name, node, this), used: used + 1 };
  }

  /** The instances of a module call under the current decisions. */
  callInstances(call: ModuleCallConfig): { key: InstanceKey; child: ModuleInstance }[] {
    if (call.target.kind !== "local" && call.target.kind !== "downloaded") return [];
    const config = call.target.config;
    return this.expand(`module.${call.name}`, call).map((key) => {
      const address = `${this.prefix}module.${call.name}${key.suffix}`;
      let known = this.children.get(address);
      if (!known) {
        known = [];
        this.children.set(address, known);
      }
      let entry = known.find((e) => e.bindings === key.bindings || sameStructure(e.bindings, key.bindings));
      if (!entry) {
        const child = new ModuleInstance(this.state, config, address, {
          kind: "call",
          caller: this,
          call,
          scope: new Scope(key.bindings),
        });
        entry = { bindings: key.bindings, child };
        known.push(entry);
      }
      return { key, child: entry.child };
    });
  }

  output(name: string, node: Expr, caller: ModuleInstance): Value {
    const decl = this.config.outputs.get(name);
    if (!decl) return caller.ev.fail(`module ${this.address} has no output "${name}"`, node);
    return this.cached(this.outputs, name, `output.${name}`, () =>
      this.at(decl.file, decl.line, () =>
        this.evalRaw(decl.body.value, undefined, writtenArgument(decl.located, decl.body, "value")),
      ),
    );
  }

  private allOutputs(): Value {
    const node: Expr = { k: "var", name: this.address, src: this.address, s: 0, e: this.address.length };
    return newObject(
      [...this.config.outputs.keys()]
        .sort(compareStrings)
        .map((n) => [n, this.output(n, node, this)] as const),
    );
  }

  // --- providers ---------------------------------------------------------------------------

  /**
   * The block of an AWS provider configuration ("aws", "aws.partner") as this module sees it, and
   * the module instance that declares it: a module call's `providers = { aws = aws.partner }` hands
   * the caller's configuration down, and a module without the configuration uses its caller's.
   * No block: none is written (the environment configures the provider). `ref`: the configuration's
   * name where it is declared.
   */
  private providerBlock(ref: string, depth = 0): { mi: ModuleInstance; ref: string; block?: ProviderConfig } {
    const alias = ref.startsWith("aws.") ? ref.slice(4) : null;
    const block = this.config.providers.find((p) => p.name === "aws" && p.alias === alias);
    if (this.inputs.kind === "call" && !block && depth < 64) {
      const mapped = providerMapping(this.inputs.call.body.providers, ref);
      return this.inputs.caller.providerBlock(mapped ?? ref, depth + 1);
    }
    return { mi: this, ref, ...(block ? { block } : {}) };
  }

  /**
   * The account of a provider configuration as this module sees it: null for the own account,
   * else the account its assume_role names (unknown when that is not known).
   */
  providerAccount(name: string): Value | null {
    const { mi, ref, block: own } = this.providerBlock(name);
    // The default configuration is the deploying account's, whoever configures it.
    if (!ref.startsWith("aws.") || !own) return null;
    const assume = Array.isArray(own.body.assume_role) ? own.body.assume_role.find(isRecord) : undefined;
    if (!assume) {
      // Other credentials (a named profile, keys, web identity) may be another account's.
      const credentials = [
        "profile",
        "access_key",
        "shared_credentials_files",
        "assume_role_with_web_identity",
      ];
      return credentials.some((k) => own.body[k] !== undefined)
        ? new Unknown(`the account of provider ${ref}`)
        : null;
    }
    const arn = mi.at(own.file, own.line, () => mi.evalRaw(assume.role_arn));
    const account =
      typeof arn === "string" && !hasToken(arn) ? /^arn:[^:]*:iam::([0-9]{12}):/.exec(arn)?.[1] : undefined;
    return account ?? new Unknown(`the account of provider ${ref}`);
  }

  /**
   * The region of a provider configuration as this module sees it: its `region` argument, else
   * the deploy's region (SELF_REGION: the environment decides it).
   */
  providerRegion(ref: string): Value {
    const { mi, block } = this.providerBlock(ref);
    if (block?.body.region === undefined) return SELF_REGION;
    return mi.at(block.file, block.line, () => mi.evalRaw(block.body.region));
  }

  /** The provider configuration a block names (`provider = aws.x`), "aws" by default. */
  providerOf(body: HclBody): string {
    return typeof body.provider === "string" ? expressionText(body.provider) : "aws";
  }

  // --- managed resources -------------------------------------------------------------------

  private resourceReference(
    type: string,
    name: string,
    steps: readonly Step[],
    node: Expr,
  ): { value: Value; used: number } {
    const decl = this.config.resources.get(`${type}.${name}`);
    if (!decl)
      return {
        value: this.ev.fail(`reference to undeclared resource ${type}.${name}`, node, {
          text: `${this.prefix}${type}.${name}`,
        }),
        used: 1,
      };
    const address = `${this.prefix}${type}.${name}`;
    const expanded = decl.body.count !== undefined || decl.body.for_each !== undefined;
    const attr = steps[1]?.kind === "attr" ? steps[1].name : undefined;
    const echo = echoOf(type, attr);
    if (echo) {
      // Not an identity: the value written elsewhere, or unknown -- never the own account.
      const arg = attr !== undefined ? echo.carries?.[attr] : undefined;
      if (!expanded && attr !== undefined && arg !== undefined && Object.hasOwn(decl.body, arg)) {
        const value = this.cached(this.echoes, `${type}.${name}.${arg}`, `${type}.${name}.${arg}`, () =>
          this.at(decl.file, decl.line, () => this.evalRaw(decl.body[arg])),
        );
        return { value, used: 2 };
      }
      return { value: new Unknown(address), used: 1 };
    }
    const account = this.providerAccount(this.providerOf(decl.body));
    if (account !== null) {
      // Made through a provider that assumes a role in another account: it lives there, not here.
      const where = typeof account === "string" ? `account ${account}` : residual(account);
      return { value: new Unknown(`${address} (in ${where})`), used: 1 };
    }
    const ref = new RefObject(address, "");
    if (!expanded) return { value: ref, used: 1 };
    const keys = this.expand(`${type}.${name}`, decl);
    if (keys.some((k) => k.key === null)) return { value: ref, used: 1 };
    if (decl.body.count !== undefined) return { value: keys.map((k) => ref.index(k.key!)), used: 1 };
    return { value: newObject(keys.map((k) => [String(k.key), ref.index(k.key!)] as const)), used: 1 };
  }

  // --- files -------------------------------------------------------------------------------

  /** The repository path of a file named in the configuration; a LimitationError when it leaves the repository. */
  private repoPath(path: string): string {
    const p = resolveInRepo(this.state.rootDir, path);
    if (p === null) {
      const from = this.state.rootDir === "" ? "the repository root" : this.state.rootDir;
      throw new LimitationError(
        `refusing to read ${JSON.stringify(path)} (relative to ${from}): the path leaves the repository`,
      );
    }
    this.state.files.add(p);
    return p;
  }

  /** file() and templatefile(): the bytes as they are, CRLF included (md5(file(x)) is filemd5(x)). */
  private readFile(path: string): string {
    const p = this.repoPath(path);
    const bytes = this.state.snapshot.read(p);
    const r = bytes instanceof Uint8Array ? decodeExactText(bytes) : bytes;
    if ("error" in r) throw new FunctionError(`cannot read ${p}: ${r.error}`);
    return r.text;
  }

  private readBytes(path: string): Uint8Array {
    const p = this.repoPath(path);
    const r = this.state.snapshot.read(p);
    if (!(r instanceof Uint8Array)) throw new FunctionError(`cannot read ${p}: ${r.error}`);
    const large = tooLarge(r.byteLength);
    if (large) throw new FunctionError(`cannot read ${p}: ${large.error}`);
    return r;
  }

  private renderTemplate(text: string, vars: ObjectValue, path: string): Value {
    const tmpl = this.state.cache.template(text);
    if (tmpl instanceof HclSyntaxError) throw new FunctionError(`template ${path}: ${tmpl.message}`);
    const scope = new Scope(new Map(Object.keys(vars).map((k) => [k, vars[k]!] as const)));
    if (tmpl.k === "template") return this.ev.template(tmpl.parts, scope, tmpl);
    return this.ev.eval(tmpl, scope);
  }
}

const EMPTY: ReadonlySet<string> = new Set();

/** The line of an argument of a block, else of its first nested block of that type. */
/** Where a block's argument was written, when `body` is that block's own (not an override's merge). */
function writtenArgument(located: TfBlock, body: HclBody, name: string): TfTemplateSource | undefined {
  if (located.body !== body) return undefined;
  for (const a of located.attributes) if (a.name === name) return a.template;
  return undefined;
}

function argumentLine(located: TfBlock, name: string): number | undefined {
  for (const a of located.attributes) if (a.name === name) return a.line;
  for (const b of located.blocks) if (b.type === name) return b.line;
  return undefined;
}

function define(obj: ObjectValue, key: string, value: Value): void {
  setOwn(obj, key, value);
}

/** The caller's provider configuration that a module call's `providers` map hands to `ref`. */
function providerMapping(raw: unknown, ref: string): string | undefined {
  if (!isRecord(raw)) return undefined;
  const value = Object.hasOwn(raw, ref) ? raw[ref] : undefined;
  return typeof value === "string" ? expressionText(value) : undefined;
}

/** The expression an hcl2json argument holds, without its "${" "}" wrapper ("aws.partner"). */
function expressionText(raw: string): string {
  return raw.replace(/^\$\{\s*|\s*\}$/g, "");
}
