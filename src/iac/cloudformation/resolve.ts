/**
 * Intrinsic resolution (grant-model §6.2): a located tree -> a resolved located tree whose strings
 * may carry symbolic tokens. Ref/GetAtt/pseudo parameters/parameters live here; the other
 * functions are in intrinsics.ts, condition evaluation in conditions.ts.
 */
import {
  hasToken,
  isWholeUnresolved,
  resourceRef,
  SELF_ACCOUNT,
  SELF_REGION,
  sanitizeText,
  unresolved,
} from "../../model/symbolic.js";
import type { AnalysisError } from "../../model/types.js";
import { evalConditionExpr } from "./conditions.js";
import {
  choicesOf,
  type DecidingParameter,
  decidingParameters,
  directParameter,
  PARTITION,
  type ParameterChoice,
  parameterKey,
} from "./deciding.js";
import { INTRINSICS } from "./intrinsics.js";
import { exprText, fromPlain, type LNode, relocate, type Scalar, scalar, toPlain } from "./located.js";
import { type Ctx, NO_VALUE, newCtx, type Resolved } from "./resolved.js";
import type { Template } from "./template.js";
import { splitOutsideTokens, tokenizeDynamicReferences } from "./text.js";

/** Expressions nested deeper than this are cut off (the parser already bounds the tree). */
export const MAX_RESOLVE_DEPTH = 512;

export interface ResolveOptions {
  /** Values given by the user (--cfn-parameters): untrusted text. */
  parameters?: Record<string, string | string[]>;
  /**
   * Values a parent template binds (nested stacks): already resolved, so they may carry tokens.
   * They take the place of `parameters` for the template.
   */
  boundParameters?: Record<string, unknown>;
  exports?: Map<string, unknown>;
  selfAccount?: string;
  stack?: string;
  /**
   * Prefix of this template's logical ids in resource references, when it is read as a nested
   * stack ("Network/"): a reference then names the resource the same way its record does.
   */
  refPrefix?: string;
  /** Reads the outputs of nested stacks (Fn::GetAtt [Stack, Outputs.X]); see nested-stacks.ts. */
  nested?: NestedStacks;
}

/** The outputs of a nested stack resource of a template, or undefined when they cannot be read. */
export interface NestedStacks {
  outputsOf(parent: Resolver, logicalId: string): ReadonlyMap<string, unknown> | undefined;
}

/** Attributes whose value is data rather than the identity of a resource in the own account. */
function isOpaqueAttribute(type: string, attribute: string): boolean {
  if (type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource") return true;
  if (type === "AWS::CloudFormation::Stack") return attribute.startsWith("Outputs.");
  if (type === "AWS::SSM::Parameter") return attribute === "Value";
  if (type === "AWS::CloudFormation::WaitCondition") return attribute === "Data";
  return false;
}

/** Resource types that deploy another template (nested stacks, SAM nested applications). */
export function isNestedStackType(type: string): boolean {
  return type === "AWS::CloudFormation::Stack" || type === "AWS::Serverless::Application";
}

/**
 * Custom resources whose Ref is data the handler returns. CDK's OpenIdConnectProvider is the
 * exception: its handler creates an IAM OIDC provider in the deploying account and returns its ARN.
 */
function isCustomType(type: string): boolean {
  if (type === "Custom::AWSCDKOpenIdConnectProvider") return false;
  return type.startsWith("Custom::") || type === "AWS::CloudFormation::CustomResource";
}

export class Resolver {
  private readonly errorMap = new Map<string, AnalysisError>();
  private readonly paramValues = new Map<string, unknown>();
  private readonly paramStack: string[] = [];
  private decidingMemo: Map<string, DecidingParameter> | undefined;
  private readonly choiceMemo = new Map<string, ParameterChoice | null>();

  constructor(
    readonly template: Template,
    readonly options: ResolveOptions,
  ) {}

  get errors(): AnalysisError[] {
    return [...this.errorMap.values()];
  }

  error(line: number, message: string): void {
    const key = `${line}\u0000${message}`;
    if (!this.errorMap.has(key)) this.errorMap.set(key, { file: this.template.file, line, message });
  }

  /** A reference to a resource of this template (own account). */
  private ref_(logicalId: string, attribute: string): string {
    return resourceRef((this.options.refPrefix ?? "") + logicalId, attribute);
  }

  /** A token for a value that cannot be known, at a line. */
  unknown(expression: string, line: number): LNode {
    return scalar(unresolved(expression), line);
  }

  resolve(node: LNode, ctx: Ctx, depth = 0): Resolved {
    if (depth > MAX_RESOLVE_DEPTH) {
      this.error(node.line, `expression nested deeper than ${MAX_RESOLVE_DEPTH} levels`);
      return this.unknown("expression nested too deeply", node.line);
    }
    if (node.kind === "scalar") {
      if (typeof node.value !== "string") return node;
      const out = scalar(tokenizeDynamicReferences(node.value), node.line);
      if (node.textLine !== undefined) out.textLine = node.textLine;
      return out;
    }
    if (node.kind === "seq") {
      const items: LNode[] = [];
      for (const item of node.items) {
        const r = this.resolve(item, ctx, depth + 1);
        if (r !== NO_VALUE) items.push(r);
      }
      return { kind: "seq", items, line: node.line };
    }
    const only = node.entries.length === 1 ? node.entries[0] : undefined;
    if (only && (only.key === "Ref" || only.key.startsWith("Fn::"))) {
      return this.intrinsic(only.key, only.value, node, ctx, depth + 1);
    }
    const entries = [];
    for (const e of node.entries) {
      const r = this.resolve(e.value, ctx, depth + 1);
      if (r !== NO_VALUE) entries.push({ key: e.key, keyLine: e.keyLine, value: r });
    }
    return { kind: "map", entries, line: node.line };
  }

  private intrinsic(fn: string, arg: LNode, node: LNode, ctx: Ctx, depth: number): Resolved {
    if (fn === "Ref") return this.ref(arg, node.line, ctx, depth);
    if (fn === "Fn::GetAtt") return this.getAtt(arg, node.line, ctx, depth);
    if (fn === "Fn::Equals" || fn === "Fn::And" || fn === "Fn::Or" || fn === "Fn::Not") {
      const v = evalConditionExpr(this, node, ctx, depth);
      return v === null ? this.unknown(exprText(node), node.line) : scalar(v, node.line);
    }
    const impl = Object.hasOwn(INTRINSICS, fn) ? INTRINSICS[fn] : undefined;
    if (impl) return impl(this, arg, node, ctx, depth);
    this.error(node.line, `unsupported intrinsic function ${fn}`);
    return this.unknown(exprText(node), node.line);
  }

  /** Text of a resolved scalar; undefined for lists, maps and AWS::NoValue. */
  text(r: Resolved): string | undefined {
    if (r === NO_VALUE || r.kind !== "scalar") return undefined;
    return r.value === null ? "" : String(r.value);
  }

  /** A name given literally (or computed without unknown parts), else undefined after an error. */
  literalName(node: LNode, what: string, ctx: Ctx, depth: number): string | undefined {
    const text = this.text(node.kind === "scalar" ? node : this.resolve(node, ctx, depth + 1));
    if (text === undefined || text === "" || hasToken(text)) {
      this.error(node.line, `${what} must be a literal name, found ${exprText(node)}`);
      return undefined;
    }
    return text;
  }

  private ref(arg: LNode, line: number, ctx: Ctx, depth: number): Resolved {
    const name = this.literalName(arg, "Ref", ctx, depth);
    if (name === undefined) return this.unknown(`Ref ${exprText(arg)}`, line);
    return this.refName(name, line, ctx);
  }

  /** Value of `Ref: name` (also `${name}` in Fn::Sub). */
  refName(name: string, line: number, ctx: Ctx): Resolved {
    if (name.startsWith("AWS::")) return this.pseudo(name, line, ctx);
    if (this.template.parameters.has(name)) return this.parameter(name, line, ctx);
    const resource = this.template.resources.get(name);
    if (resource) {
      if (isCustomType(resource.type)) return this.unknown(`Ref ${name}`, line);
      return scalar(this.ref_(name, "Ref"), line);
    }
    if (generatesResources(this.template)) {
      // A transform (SAM) generates resources the template does not declare: still own resources.
      return scalar(this.ref_(name, "Ref"), line);
    }
    this.error(line, `Ref to ${name}, which is neither a parameter nor a resource of this template`);
    return this.unknown(`Ref ${name}`, line);
  }

  private pseudo(name: string, line: number, ctx: Ctx): Resolved {
    switch (name) {
      case "AWS::AccountId":
        return scalar(this.options.selfAccount ?? SELF_ACCOUNT, line);
      case "AWS::Partition":
        return this.partition(line, ctx);
      case "AWS::Region":
        return scalar(SELF_REGION, line);
      case "AWS::URLSuffix":
        return scalar("amazonaws.com", line);
      case "AWS::NoValue":
        return NO_VALUE;
      case "AWS::StackName":
        return this.options.stack ? scalar(this.options.stack, line) : this.unknown(name, line);
      case "AWS::StackId":
      case "AWS::NotificationARNs":
        return this.unknown(name, line);
      default:
        this.error(line, `unknown pseudo parameter ${name}`);
        return this.unknown(`Ref ${name}`, line);
    }
  }

  /** "aws", or one variant per partition the template names where the partition decides something. */
  private partition(line: number, ctx: Ctx): Resolved {
    this.decidingMemo ??= decidingParameters(this.template);
    const deciding = this.decidingMemo.get(PARTITION);
    const splits = ctx.run !== null && (ctx.splits?.has(PARTITION) ?? true);
    if (!ctx.run || !splits || !deciding || deciding.literals.length < 2) return scalar("aws", line);
    const labels = deciding.literals.map((v) => `${PARTITION} = ${JSON.stringify(v)}`);
    const option = ctx.run.choose({ key: parameterKey(PARTITION), labels });
    const value = option === null ? undefined : deciding.literals[option];
    return value === undefined ? this.unknown(`Ref ${PARTITION}`, line) : scalar(value, line);
  }

  private parameter(name: string, line: number, ctx: Ctx): Resolved {
    const splits = ctx.run !== null && (ctx.splits?.has(name) ?? true);
    const choice = splits ? this.parameterChoice(name, line, ctx) : undefined;
    if (ctx.run && choice) {
      // One joint choice per variant, also inside Fn::Equals (frozen only stops Fn::If splits).
      const option = ctx.run.choose({ key: parameterKey(name), labels: choice.labels });
      const value = option === null ? undefined : choice.values[option];
      return fromPlain(value === undefined ? unresolved(`Ref ${name}`) : value, line);
    }
    let value = this.paramValues.get(name);
    if (value === undefined) {
      value = this.parameterValue(name, line, ctx);
      this.paramValues.set(name, value);
    }
    return fromPlain(value, line);
  }

  /** Given by --cfn-parameters or bound by a parent stack: a fact. Otherwise the deployer picks it. */
  isOpen(name: string): boolean {
    if (this.options.boundParameters) return false;
    const given = this.options.parameters;
    return !given || !Object.hasOwn(given, name);
  }

  /**
   * The values an open parameter that decides something can take (design.md: a default never
   * removes a grant); undefined for any other parameter, whose Default is just its value.
   */
  private parameterChoice(name: string, line: number, ctx: Ctx): ParameterChoice | undefined {
    const known = this.choiceMemo.get(name);
    if (known !== undefined) return known ?? undefined;
    this.decidingMemo ??= decidingParameters(this.template);
    const deciding = this.decidingMemo.get(name);
    const def = this.template.parameters.get(name);
    let choice: ParameterChoice | null = null;
    if (deciding && def && this.isOpen(name)) {
      const base = this.paramValues.get(name) ?? this.parameterValue(name, line, ctx);
      this.paramValues.set(name, base);
      choice = choicesOf(name, def.type, def.allowedValues, base, deciding);
    }
    this.choiceMemo.set(name, choice);
    return choice ?? undefined;
  }

  /** The parameter a mapping key is exactly, when this variant chose its value. */
  chosenParameter(node: LNode, ctx: Ctx): string | undefined {
    const name = directParameter(node);
    if (name === undefined || !this.choiceMemo.get(name)) return undefined;
    const option = ctx.run?.decision(parameterKey(name));
    return typeof option === "number" ? name : undefined;
  }

  /**
   * The values a text is known not to be: the template's named values, when the text is an open
   * parameter for which this variant took "any other value".
   */
  namedValuesExcluded(text: string | undefined, ctx: Ctx): string[] | undefined {
    if (text === undefined || !isWholeUnresolved(text)) return undefined;
    for (const [name, choice] of this.choiceMemo) {
      if (!choice || choice.other === undefined || text !== unresolved(`Ref ${name}`)) continue;
      return ctx.run?.decision(parameterKey(name)) === choice.other ? choice.named : undefined;
    }
    return undefined;
  }

  private parameterValue(name: string, line: number, ctx: Ctx): unknown {
    const def = this.template.parameters.get(name);
    if (!def) return unresolved(`Ref ${name}`);
    const token = unresolved(`Ref ${name}`);
    // The value (and the Default) of an SSM parameter type is the name of an SSM parameter.
    if (def.type.startsWith("AWS::SSM::Parameter::Value<")) return token;
    const isList = def.type === "CommaDelimitedList" || def.type.startsWith("List<");
    const bound = this.options.boundParameters;
    // Own properties only: a parameter named "__proto__" or "constructor" must not read
    // Object.prototype from the options object.
    const given = this.options.parameters;
    const supplied = bound || !given || !Object.hasOwn(given, name) ? undefined : given[name];
    let raw: unknown;
    if (bound && Object.hasOwn(bound, name)) raw = bound[name];
    else if (supplied !== undefined)
      raw = Array.isArray(supplied) ? supplied.map(sanitizeText) : sanitizeText(supplied);
    else if (def.default !== undefined) {
      if (this.paramStack.includes(name)) {
        const cycle = [...this.paramStack.slice(this.paramStack.indexOf(name)), name].join(" -> ");
        this.error(line, `circular reference between parameters: ${cycle}`);
        return token;
      }
      this.paramStack.push(name);
      try {
        const r = this.resolve(def.default, { ...newCtx(null), conditionMemo: ctx.conditionMemo }, 1);
        raw = r === NO_VALUE ? undefined : toPlain(r);
      } finally {
        this.paramStack.pop();
      }
    }
    if (raw === undefined) return token;
    // An empty Default supplies no value (the deploy must give one): where the parameter only
    // supplies a value (an account in an ARN) it is unresolved, named, not an empty account.
    if (raw === "" && supplied === undefined && !(bound && Object.hasOwn(bound, name))) return token;
    // A value that is wholly unknown (a parent's unresolved parameter) stays that one token.
    if (typeof raw === "string" && isWholeUnresolved(raw)) return raw;
    return isList ? listValue(raw) : scalarText(raw);
  }

  private getAtt(arg: LNode, line: number, ctx: Ctx, depth: number): Resolved {
    let parts: LNode[];
    if (arg.kind === "seq") parts = arg.items;
    else if (arg.kind === "scalar" && typeof arg.value === "string") {
      const dot = arg.value.indexOf(".");
      parts =
        dot < 0
          ? [arg]
          : [scalar(arg.value.slice(0, dot), arg.line), scalar(arg.value.slice(dot + 1), arg.line)];
    } else parts = [];
    const [first, ...rest] = parts;
    if (!first || rest.length === 0) {
      this.error(line, `Fn::GetAtt needs [LogicalId, Attribute], found ${exprText(arg)}`);
      return this.unknown(`Fn::GetAtt ${exprText(arg)}`, line);
    }
    const logicalId = this.literalName(first, "Fn::GetAtt logical id", ctx, depth);
    const attrs = rest.map((p) => this.text(p.kind === "scalar" ? p : this.resolve(p, ctx, depth + 1)));
    const attribute = attrs.every((a) => a !== undefined) ? attrs.join(".") : undefined;
    const expression = `Fn::GetAtt ${logicalId ?? exprText(first)}.${attribute ?? "?"}`;
    if (logicalId === undefined || attribute === undefined || attribute === "" || hasToken(attribute)) {
      return this.unknown(expression, line);
    }
    const resource = this.template.resources.get(logicalId);
    if (!resource) {
      if (generatesResources(this.template)) return scalar(this.ref_(logicalId, attribute), line);
      this.error(line, `Fn::GetAtt of ${logicalId}, which is not a resource of this template`);
      return this.unknown(expression, line);
    }
    if (isNestedStackType(resource.type) && attribute.startsWith("Outputs.")) {
      const outputs = this.stackOutputs(logicalId);
      const name = attribute.slice("Outputs.".length);
      if (outputs?.has(name)) return fromPlain(outputs.get(name), line);
      if (outputs)
        this.error(line, `Fn::GetAtt ${logicalId}.${attribute}: the nested template has no output ${name}`);
      return this.unknown(expression, line);
    }
    if (isOpaqueAttribute(resource.type, attribute)) return this.unknown(expression, line);
    return scalar(this.ref_(logicalId, attribute), line);
  }

  private readonly outputsMemo = new Map<string, ReadonlyMap<string, unknown> | undefined | "reading">();

  /** Outputs of a nested stack of this template, once; undefined when not readable or circular. */
  private stackOutputs(logicalId: string): ReadonlyMap<string, unknown> | undefined {
    const known = this.outputsMemo.get(logicalId);
    if (known === "reading") {
      this.error(
        this.template.resources.get(logicalId)?.line ?? 1,
        `circular reference: the parameters of nested stack ${logicalId} depend on its own outputs`,
      );
      return undefined;
    }
    if (this.outputsMemo.has(logicalId)) return known;
    this.outputsMemo.set(logicalId, "reading");
    const outputs = this.options.nested?.outputsOf(this, logicalId);
    this.outputsMemo.set(logicalId, outputs);
    return outputs;
  }

  /** A value read from elsewhere in the template (a mapping), resolved and placed at `line`. */
  resolveAt(node: LNode, line: number, ctx: Ctx, depth: number): Resolved {
    const r = this.resolve(node, ctx, depth + 1);
    return r === NO_VALUE ? r : relocate(r, line);
  }
}

/** A transform other than LanguageExtensions (SAM, a macro) may add resources the template does not list. */
function generatesResources(template: Template): boolean {
  return template.transforms.some((t) => t !== "AWS::LanguageExtensions");
}

function scalarText(raw: unknown): Scalar {
  if (Array.isArray(raw)) return raw.map((v) => String(v ?? "")).join(",");
  if (raw === null || typeof raw === "object") return JSON.stringify(raw);
  return String(raw);
}

function listValue(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map((v) => (typeof v === "string" ? v : JSON.stringify(v)));
  return splitOutsideTokens(String(raw), ",").map((s) => s.trim());
}
