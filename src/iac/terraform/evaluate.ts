/**
 * The expression evaluator. References to Terraform's namespaces (var., local., data., module.,
 * resources, each., count., path.) are resolved by the `Host` (a module instance); names bound by
 * for expressions, dynamic blocks and templatefile() live in a `Scope`.
 */
import { hasToken, renderText } from "../../model/symbolic.js";
import { type Expr, sourceOf, type TemplatePart } from "./ast.js";
import { refType } from "./attribute-types.js";
import type { Run } from "./decisions.js";
import {
  callFunction,
  type FunctionEnv,
  FunctionError,
  isKnownFunction,
  LimitationError,
  Unevaluated,
} from "./functions.js";
import { setOwn } from "./objects.js";
import {
  Comparison,
  ConversionError,
  deploySubject,
  type Exclusive,
  elementOf,
  equalValues,
  exactArithmetic,
  isExclusiveValue,
  isObject,
  isUnknownish,
  Junction,
  newObject,
  OtherValue,
  parseNumber,
  RefObject,
  residual,
  sortedKeys,
  toStringValue,
  typeName,
  Unknown,
  UnknownCollection,
  unknownOf,
  type Value,
} from "./values.js";

/**
 * How an error came about (Evaluator.fail). `impossible`: a lookup that fails for the values this
 * run chose. `nullValue`: a null where a value is needed (an attribute of a null, a null in a
 * template or a function argument): it comes of a choice that sets an input to null, which
 * Terraform would refuse, so it is impossible too. `limitation`: a limit of this analysis, not
 * an error Terraform would raise (try/can answer unknown).
 */
export interface Failure {
  /** The text the unresolved value is named by (default: the node's source). */
  readonly text?: string;
  readonly impossible?: boolean;
  readonly nullValue?: boolean;
  readonly limitation?: boolean;
}

export class EvaluationError extends Error {
  readonly limitation: boolean;
  readonly nullValue: boolean;
  readonly impossible: boolean;
  constructor(message: string, failure: Failure = {}) {
    super(message);
    this.limitation = failure.limitation ?? false;
    this.nullValue = failure.nullValue ?? false;
    this.impossible = failure.impossible ?? false;
  }
}

export type Step = { kind: "attr"; name: string; node: Expr } | { kind: "index"; key: Value; node: Expr };

export interface Host {
  readonly run: Run;
  readonly functions: FunctionEnv;
  /**
   * Resolve a reference that starts at a namespace name. The host consumes as many steps as it
   * needs (var.x: 1, data.T.N.attr: 3) and says how many; the evaluator applies the rest.
   */
  reference(root: string, steps: readonly Step[], ev: Evaluator, node: Expr): { value: Value; used: number };
  /** An error; `impossible` when it means the choices of this run cannot be deployed together. */
  report(message: string, impossible?: boolean): void;
  note(message: string): void;
}

export class Scope {
  constructor(
    private readonly vars: ReadonlyMap<string, Value>,
    private readonly parent: Scope | null = null,
  ) {}

  lookup(name: string): Value | undefined {
    if (this.vars.has(name)) return this.vars.get(name);
    return this.parent?.lookup(name);
  }

  has(name: string): boolean {
    return this.vars.has(name) || (this.parent?.has(name) ?? false);
  }

  with(vars: ReadonlyMap<string, Value>): Scope {
    return new Scope(vars, this);
  }
}

const EMPTY_SCOPE = new Scope(new Map());
const MAX_DEPTH = 400;
/**
 * Expression nodes one top-level evaluation (an argument of a block, a local value, an output)
 * may evaluate: nested `for` expressions over large ranges would otherwise run for minutes and
 * take gigabytes. Past it, the value is unresolved (with a note), never a hang.
 */
export const MAX_STEPS = 1_000_000;

/** Numbers Terraform holds exactly (512-bit) that a double cannot: above 2^53, or not finite. */
export function isExactNumber(n: number): boolean {
  return Number.isFinite(n) && (!Number.isInteger(n) || Number.isSafeInteger(n));
}

export class Evaluator {
  private inTry = 0;
  private depth = 0;
  private steps = 0;
  private exhausted = false;

  constructor(readonly host: Host) {}

  /** Evaluate with errors reported (not thrown), e.g. a local value computed from inside try(). */
  isolated<T>(fn: () => T): T {
    const saved = this.inTry;
    this.inTry = 0;
    try {
      return fn();
    } finally {
      this.inTry = saved;
    }
  }

  /**
   * An error: thrown inside try()/can(), otherwise reported; the value becomes unresolved.
   * An impossible one (a failed lookup, a null where a value is needed) means Terraform would
   * reject this run's choices: see read-root's variant merge.
   */
  fail(message: string, node: Expr, failure: Failure = {}): Value {
    // Past the budget, values are incomplete: their errors are not Terraform's (the note says why).
    if (this.exhausted) return new Unknown(failure.text ?? sourceOf(node));
    if (this.inTry > 0) throw new EvaluationError(message, failure);
    // Messages show values as written: a token's markers never reach the user.
    this.host.report(renderText(message), (failure.impossible ?? false) || (failure.nullValue ?? false));
    return new Unknown(failure.text ?? sourceOf(node));
  }

  eval(e: Expr, scope: Scope = EMPTY_SCOPE): Value {
    const top = this.depth === 0;
    if (top) {
      this.steps = 0;
      this.exhausted = false;
    }
    if (++this.steps > MAX_STEPS) {
      this.exhausted = true;
      return new Unknown(sourceOf(e));
    }
    if (++this.depth > MAX_DEPTH) {
      this.depth--;
      return this.fail("expression nested too deeply", e);
    }
    let v: Value;
    try {
      v = this.evalNode(e, scope);
    } finally {
      this.depth--;
    }
    if (this.exhausted) {
      // Every value computed past the budget (a local value cached on the way included) is
      // unresolved as a whole, never a partial list that a function would then misread.
      const text = sourceOf(e);
      if (top) {
        this.exhausted = false;
        this.host.note(
          `evaluating ${text.length > 80 ? `${text.slice(0, 79)}…` : text} took more than ${MAX_STEPS} steps; its value is unresolved`,
        );
      }
      return new Unknown(text);
    }
    return v;
  }

  private evalNode(e: Expr, scope: Scope): Value {
    switch (e.k) {
      case "lit":
        if (typeof e.value === "number" && !isExactNumber(e.value)) return this.inexact(sourceOf(e));
        return e.value;
      case "template":
        return this.template(e.parts, scope, e);
      case "var":
      case "attr":
      case "index":
        return this.traversal(e, scope);
      case "splat":
        return this.splat(e, scope);
      case "splatItem":
        return this.fail("a splat item outside a splat", e);
      case "call":
        return this.call(e, scope);
      case "tuple":
        return e.items.map((i) => this.eval(i, scope));
      case "object": {
        const out = newObject();
        for (const item of e.items) {
          const k = this.objectKey(this.eval(item.key, scope), item.key);
          if (k === null) continue;
          setOwn(out, k, this.eval(item.value, scope));
        }
        return out;
      }
      case "for":
        return this.forExpr(e, scope);
      case "cond": {
        const branch = this.condition(this.eval(e.cond, scope), e.cond);
        if (branch !== null) return this.eval(branch ? e.a : e.b, scope);
        // Not chosen (past the budget): two lists may each be the value, so every element of
        // either may be there (statements, principals); anything else stays unresolved.
        const a = this.eval(e.a, scope);
        const b = this.eval(e.b, scope);
        return Array.isArray(a) && Array.isArray(b) ? [...a, ...b] : new Unknown(sourceOf(e));
      }
      case "binary":
        return this.binary(e, scope);
      case "unary": {
        const x = this.eval(e.x, scope);
        if (isUnknownish(x)) {
          if (e.op === "!" && x instanceof Comparison)
            return new Comparison(negation(residual(x)), { ...x.exclusive, positive: !x.exclusive.positive });
          return new Unknown(e.op === "!" ? negation(residual(x)) : `${e.op}${residual(x)}`);
        }
        if (e.op === "!") {
          const b = asBool(x);
          return b === null
            ? this.fail(`operator ! needs a bool, got ${typeName(x)}`, e, { nullValue: x === null })
            : !b;
        }
        const n = asNumber(x);
        return n === null
          ? this.fail(`operator - needs a number, got ${typeName(x)}`, e, { nullValue: x === null })
          : -n;
      }
      case "paren":
        return this.eval(e.x, scope);
    }
  }

  /** A number this evaluator cannot hold as Terraform does: unresolved, with a note. */
  private inexact(text: string, op?: string): Value {
    this.host.note(
      op === undefined
        ? `${text} is a number beyond 2^53, which is not evaluated exactly; it is unresolved`
        : `${text}: Terraform's arbitrary-precision arithmetic may give another number than this evaluator; it is unresolved`,
    );
    return new Unknown(text);
  }

  private objectKey(k: Value, node: Expr): string | null {
    if (typeof k === "string") return k;
    if (typeof k === "number" || typeof k === "boolean") return toStringValue(k);
    if (k instanceof Unknown || k instanceof RefObject) return toStringValue(k);
    this.fail(`an object key must be a string, got ${typeName(k)}`, node, { nullValue: k === null });
    return null;
  }

  /**
   * A boolean condition; an unknown one is decided by the current run (one variant per
   * branch). Null when the value is not a bool at all.
   */
  condition(v: Value, node: Expr): boolean | null {
    if (v instanceof Junction) {
      // Part by part, as Terraform would evaluate it once the parts are known.
      const left = this.condition(v.left, node);
      if (left === (v.op === "||")) return left;
      const right = this.condition(v.right, node);
      if (left === null) return right === (v.op === "||") ? right : null;
      return right;
    }
    if (isUnknownish(v)) {
      // `!x` and `x` are one choice: a run that takes x's true branch takes !x's false one.
      const { text, negated } = canonicalCondition(residual(v, 400));
      // The condition `text` (not negated) as an Exclusive one, when it is.
      const exclusive =
        v instanceof Comparison ? { ...v.exclusive, positive: v.exclusive.positive !== negated } : undefined;
      const branch = this.host.run.decide(
        text,
        text.length > 120 ? `${text.slice(0, 119)}…` : text,
        exclusive,
      );
      return branch === null ? null : branch !== negated;
    }
    const b = asBool(v);
    if (b === null)
      this.fail(`a condition must be a bool, got ${typeName(v)}`, node, { nullValue: v === null });
    return b;
  }

  private traversal(e: Expr, scope: Scope): Value {
    const steps: Expr[] = [];
    let base = e;
    while (base.k === "attr" || base.k === "index") {
      steps.unshift(base);
      base = base.obj;
    }
    if (base.k !== "var") {
      let v = this.eval(base, scope);
      for (const s of steps) v = this.step(v, s, scope);
      return v;
    }
    const local = scope.lookup(base.name);
    if (local !== undefined) {
      let v = local;
      for (const s of steps) v = this.step(v, s, scope);
      return v;
    }
    const resolved: Step[] = steps.map((s) =>
      s.k === "attr"
        ? { kind: "attr", name: s.name, node: s }
        : { kind: "index", key: this.eval((s as Expr & { k: "index" }).key, scope), node: s },
    );
    const { value, used } = this.host.reference(base.name, resolved, this, e);
    let v = value;
    for (const s of resolved.slice(used))
      v = s.kind === "attr" ? this.attr(v, s.name, s.node) : this.index(v, s.key, s.node);
    return v;
  }

  private step(v: Value, s: Expr, scope: Scope): Value {
    if (s.k === "attr") return this.attr(v, s.name, s);
    if (s.k === "index") return this.index(v, this.eval(s.key, scope), s);
    return this.fail("internal: not a traversal", s);
  }

  attr(v: Value, name: string, node: Expr): Value {
    if (v instanceof Unknown) return new Unknown(`${v.text}.${name}`);
    if (v instanceof RefObject) return v.attr(name);
    if (isObject(v)) {
      if (Object.hasOwn(v, name)) return v[name]!;
      // In a run that chose the deploy's inputs, the object may be the settings of that workspace or
      // environment: Terraform refuses the one whose settings lack the attribute, so no deploy makes
      // this run.
      return this.fail(`this object has no attribute "${name}" (${sourceOf(node)})`, node, {
        impossible: this.host.run.tookExclusive,
      });
    }
    return this.fail(`cannot read attribute "${name}" of a ${typeName(v)} (${sourceOf(node)})`, node, {
      nullValue: v === null,
    });
  }

  index(v: Value, key: Value, node: Expr): Value {
    if (v instanceof UnknownCollection) return elementOf(v, `${v.text}[${residual(key, 80)}]`, key);
    if (v instanceof Unknown) return new Unknown(`${v.text}[${residual(key, 80)}]`);
    if (v instanceof RefObject) {
      if (typeof key === "string" || typeof key === "number") return v.index(key);
      return new Unknown(`${residual(v)}[${residual(key, 80)}]`);
    }
    if (key instanceof OtherValue && isObject(v) && !Object.keys(v).some(hasToken)) {
      // "Another value" of an open input is none of the keys the code writes: Terraform would refuse it.
      return this.fail(`no element for ${key.text} other than the keys written (${sourceOf(node)})`, node, {
        impossible: true,
      });
    }
    if (isUnknownish(key)) {
      const picked = isObject(v) ? this.deployKey(v, key, node) : undefined;
      return picked ? picked.value : new Unknown(sourceOf(node));
    }
    if (Array.isArray(v)) {
      const i = asNumber(key);
      if (i === null || !Number.isInteger(i))
        return this.fail(`a list index must be a whole number (${sourceOf(node)})`, node);
      if (i < 0 || i >= v.length)
        return this.fail(`index ${i} is out of range for a list of ${v.length} (${sourceOf(node)})`, node, {
          impossible: true,
        });
      return v[i]!;
    }
    if (isObject(v)) {
      const k = typeof key === "number" ? toStringValue(key) : key;
      if (typeof k === "string" && Object.hasOwn(v, k)) return v[k]!;
      // An object built over an unknown collection has keys that are not known: any key may be there.
      if (Object.keys(v).some(hasToken)) return new Unknown(sourceOf(node));
      return this.fail(`no element with key ${JSON.stringify(k)} (${sourceOf(node)})`, node, {
        impossible: true,
        nullValue: k === null,
      });
    }
    return this.fail(`cannot index a ${typeName(v)} (${sourceOf(node)})`, node, { nullValue: v === null });
  }

  /**
   * A map of written keys indexed by a function of the deploy's inputs (`local.settings[local.env]`,
   * env from the workspace or a root variable): a deploy picks one key, or none, which Terraform
   * refuses. Each key is a condition of the run (`key == "prod"`, the one a comparison in the code
   * would take), so the value is known in each variant. Undefined when not so (a key not known, a
   * collapsed run, more keys than are worth a variant each).
   */
  private deployKey(v: Record<string, Value>, key: Value, node: Expr): { value: Value } | undefined {
    const keys = Object.keys(v);
    if (keys.length === 0 || keys.length > MAX_DEPLOY_KEYS || keys.some(hasToken)) return undefined;
    const subject = deploySubject(key);
    if (subject === undefined) return undefined;
    for (const k of keys) {
      const is = new Comparison(`${subject} == ${residual(k)}`, { subject, values: [k], positive: true });
      const holds = this.condition(is, node);
      if (holds === null) return undefined;
      if (holds) return { value: v[k]! };
    }
    return {
      value: this.fail(`no element for ${subject} other than the keys written (${sourceOf(node)})`, node, {
        impossible: true,
      }),
    };
  }

  private splat(e: Expr & { k: "splat" }, scope: Scope): Value {
    const v = this.eval(e.obj, scope);
    if (v === null) return [];
    if (v instanceof UnknownCollection && e.each.k === "splatItem") return v;
    if (v instanceof Unknown)
      return unknownOf(`${v.text}[*]${chainText(e.each)}`, { k: "list", el: { k: "any" } });
    // A resource attribute the provider schema types as a collection is that collection, not
    // one value to wrap in a list: `data.aws_subnets.x.ids[*]` is the list of ids.
    const type = v instanceof RefObject ? refType(v) : null;
    if (v instanceof RefObject && (type?.k === "list" || type?.k === "set" || type?.k === "map")) {
      if (e.each.k === "splatItem") return new UnknownCollection(`${residual(v)}[*]`, type, v);
      const each = this.splatEach(e.each, v.index("*"), scope);
      return new UnknownCollection(
        `${residual(v)}[*]${chainText(e.each)}`,
        { k: "list", el: each instanceof UnknownCollection ? each.type : { k: "any" } },
        each instanceof RefObject ? each : undefined,
      );
    }
    const items = Array.isArray(v) ? v : [v];
    return items.map((item) => this.splatEach(e.each, item, scope));
  }

  private splatEach(each: Expr, item: Value, scope: Scope): Value {
    if (each.k === "splatItem") return item;
    if (each.k === "attr") return this.attr(this.splatEach(each.obj, item, scope), each.name, each);
    if (each.k === "index")
      return this.index(this.splatEach(each.obj, item, scope), this.eval(each.key, scope), each);
    return this.fail("internal: unexpected splat traversal", each);
  }

  private call(e: Expr & { k: "call" }, scope: Scope): Value {
    if (e.name === "try" || e.name === "can") return this.tryCall(e, scope);
    if (e.name === "convert") return this.convert(e, scope);
    if (!isKnownFunction(e.name)) {
      this.host.note(`function ${e.name}() is not evaluated statically; its result is unresolved`);
      return new Unknown(sourceOf(e));
    }
    let args = e.args.map((a) => this.eval(a, scope));
    if (e.expand) {
      const last = args[args.length - 1];
      if (last instanceof Unknown || last instanceof RefObject) return new Unknown(sourceOf(e));
      if (!Array.isArray(last)) return this.fail(`the ... argument of ${e.name}() must be a list`, e);
      args = [...args.slice(0, -1), ...last];
    }
    let result: Value;
    try {
      result = callFunction(e.name, args, this.host.functions, sourceOf(e));
    } catch (err) {
      if (err instanceof LimitationError) return this.fail(err.message, e, { limitation: true });
      if (err instanceof FunctionError || err instanceof ConversionError)
        return this.fail(err.message, e, { nullValue: err.nullValue });
      throw err;
    }
    if (result instanceof Unevaluated) {
      this.host.note(
        `function ${e.name}() is not evaluated statically (${result.reason}); its result is unresolved`,
      );
    } else if (typeof result === "number" && !isExactNumber(result)) {
      return this.inexact(sourceOf(e));
    }
    return result;
  }

  /**
   * convert(value, type): the type is an expression Terraform does not evaluate. Primitive types
   * and collections of them are converted as tostring()/tolist()/… do; other types stay unresolved.
   */
  private convert(e: Expr & { k: "call" }, scope: Scope): Value {
    if (e.args.length !== 2) return this.fail(`convert() takes 2 arguments, got ${e.args.length}`, e);
    const v = this.eval(e.args[0]!, scope);
    const type = sourceOf(e.args[1]!).replace(/\s+/g, "");
    if (type === "any") return v;
    const m = /^(?:(list|set|map)\((string|number|bool|any)\)|(string|number|bool))$/.exec(type) ?? null;
    if (m === null) {
      const why = "its type constraint is not evaluated";
      this.host.note(`function convert() is not evaluated statically (${why}); its result is unresolved`);
      return new Unknown(sourceOf(e));
    }
    const call = (name: string, x: Value): Value => {
      try {
        return callFunction(name, [x], this.host.functions, sourceOf(e));
      } catch (err) {
        if (err instanceof FunctionError || err instanceof ConversionError)
          return this.fail(`convert(): ${err.message}`, e, { nullValue: err.nullValue });
        throw err;
      }
    };
    const elemType = m[2] ?? m[3]!;
    const elem = (x: Value): Value => (elemType === "any" ? x : call(`to${elemType}`, x));
    if (m[1] === undefined) return elem(v);
    if (m[1] === "map") {
      const o = call("tomap", v);
      return isObject(o) ? newObject(Object.keys(o).map((k) => [k, elem(o[k]!)] as const)) : o;
    }
    const l = call("tolist", v);
    if (!Array.isArray(l)) return l;
    const items = l.map(elem);
    return m[1] === "set" ? call("toset", items) : items;
  }

  private tryCall(e: Expr & { k: "call" }, scope: Scope): Value {
    if (e.args.length === 0) return this.fail(`${e.name}() needs an argument`, e);
    if (e.name === "can") {
      this.inTry++;
      try {
        const v = this.eval(e.args[0]!, scope);
        return v instanceof Unknown ? new Unknown(sourceOf(e)) : true;
      } catch (err) {
        // A limit of this analysis (a file outside the repository) is
        // not a failure: the answer is unknown, so both branches that depend on it are reported
        // (a PR must not pick one by writing such a regex or path).
        if (err instanceof EvaluationError && err.limitation) {
          this.host.note(`${e.name}() cannot be decided here (${err.message}); its result is unresolved`);
          return new Unknown(sourceOf(e));
        }
        if (err instanceof EvaluationError) return false;
        throw err;
      } finally {
        this.inTry--;
      }
    }
    const errors: EvaluationError[] = [];
    for (const arg of e.args) {
      this.inTry++;
      try {
        return this.eval(arg, scope);
      } catch (err) {
        if (!(err instanceof EvaluationError)) throw err;
        if (err.limitation) {
          // Terraform may succeed where this analysis cannot tell: the result is not the next argument.
          this.host.note(`try() cannot be decided here (${err.message}); its result is unresolved`);
          return new Unknown(sourceOf(e));
        }
        errors.push(err);
      } finally {
        this.inTry--;
      }
    }
    return this.fail(
      `no argument of try() could be evaluated: ${errors.map((x) => x.message).join("; ")}`,
      e,
      {
        nullValue: errors.some((x) => x.nullValue),
        // Every argument fails as Terraform would for this combination: no deploy makes it.
        impossible: errors.length > 0 && errors.every((x) => x.impossible),
      },
    );
  }

  private forExpr(e: Expr & { k: "for" }, scope: Scope): Value {
    const coll = this.eval(e.coll, scope);
    const entries = this.iterate(coll, e.coll);
    if (entries === null) return e.object ? newObject() : [];
    const list: Value[] = [];
    const obj = newObject();
    const grouped = new Map<string, Value[]>();
    for (const [k, v] of entries) {
      const vars = new Map<string, Value>([[e.valVar, v]]);
      if (e.keyVar !== null) vars.set(e.keyVar, k);
      const inner = scope.with(vars);
      if (e.cond) {
        const c = this.eval(e.cond, inner);
        // An unknown filter keeps the element: a grant is never dropped on a guess.
        if (!isUnknownish(c)) {
          const b = asBool(c);
          if (b === null) {
            this.fail(`the "if" clause of a for expression must be a bool, got ${typeName(c)}`, e.cond, {
              nullValue: c === null,
            });
            continue;
          }
          if (!b) continue;
        }
      }
      if (!e.object) {
        list.push(this.eval(e.valExpr, inner));
        continue;
      }
      const key = this.objectKey(this.eval(e.keyExpr!, inner), e.keyExpr!);
      if (key === null) continue;
      const value = this.eval(e.valExpr, inner);
      if (e.group) {
        const g = grouped.get(key) ?? [];
        g.push(value);
        grouped.set(key, g);
      } else if (Object.hasOwn(obj, key)) {
        // Two unknown elements (of an unknown collection) with keys not known statically are not
        // known to be equal: Terraform has no error to give before they are known. Known
        // elements that all map to one key (`"${var.p}" => x`) are a duplicate for any value.
        if (!hasToken(key) || !isUnknownish(v))
          this.fail(`duplicate key ${JSON.stringify(key)} in a for expression (use ... to group)`, e);
      } else {
        setOwn(obj, key, value);
      }
    }
    if (!e.object) return list;
    if (e.group) return newObject([...grouped]);
    return obj;
  }

  /** Key/value pairs of a collection; one unresolved pair for an unknown collection. */
  iterate(coll: Value, node: Expr): [Value, Value][] | null {
    if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
    if (isObject(coll)) return sortedKeys(coll).map((k) => [k, coll[k]!]);
    if (coll instanceof UnknownCollection) return [[new Unknown(coll.text), elementOf(coll, coll.text)]];
    if (coll instanceof Unknown) return [[new Unknown(coll.text), new Unknown(coll.text)]];
    if (coll instanceof RefObject) {
      // An element of a collection-typed attribute that is a collection itself keeps its type.
      const type = refType(coll);
      const el = type?.k === "list" || type?.k === "set" || type?.k === "map" ? type.el : null;
      const inner = el?.k === "list" || el?.k === "set" || el?.k === "map";
      return [[new Unknown(residual(coll)), inner ? unknownOf(residual(coll), el, coll) : coll]];
    }
    this.fail(`cannot iterate over a ${typeName(coll)} (${sourceOf(node)})`, node, {
      nullValue: coll === null,
    });
    return null;
  }

  private binary(e: Expr & { k: "binary" }, scope: Scope): Value {
    const l = this.eval(e.l, scope);
    if (e.op === "&&" || e.op === "||") {
      const lb = this.boolOrUnknown(l, e.l);
      if (lb === false && e.op === "&&") return false;
      if (lb === true && e.op === "||") return true;
      const r = this.eval(e.r, scope);
      const rb = this.boolOrUnknown(r, e.r);
      if (lb instanceof Unknown || rb instanceof Unknown) {
        if (rb === false && e.op === "&&") return false;
        if (rb === true && e.op === "||") return true;
        const text = `${residual(l)} ${e.op} ${residual(r)}`;
        const decomposable = (x: Value) => x instanceof Comparison || x instanceof Junction;
        // Only when both are unknown: a known side was decided above, or is the whole value.
        return lb instanceof Unknown && rb instanceof Unknown && (decomposable(l) || decomposable(r))
          ? new Junction(text, e.op, l, r)
          : new Unknown(text);
      }
      return rb;
    }
    const r = this.eval(e.r, scope);
    if (e.op === "==" || e.op === "!=") {
      const eq = equalValues(l, r);
      if (eq instanceof Unknown) {
        // `x == true` is x and `x == false` is !x: the same choice as `x ? … : …`.
        const literal = typeof l === "boolean" ? l : typeof r === "boolean" ? r : null;
        const other = typeof l === "boolean" ? r : l;
        if (literal !== null && isUnknownish(other)) {
          const same = literal === (e.op === "==");
          return new Unknown(same ? residual(other) : negation(residual(other)));
        }
        const text = `${residual(l)} ${e.op} ${residual(r)}`;
        const exclusive = comparedWith(l, r) ?? comparedWith(r, l);
        return exclusive
          ? new Comparison(text, { ...exclusive, positive: e.op === "==" })
          : new Unknown(text);
      }
      return e.op === "==" ? eq : !eq;
    }
    if (isUnknownish(l) || isUnknownish(r)) return new Unknown(`${residual(l)} ${e.op} ${residual(r)}`);
    const a = asNumber(l);
    const b = asNumber(r);
    if (a === null || b === null)
      return this.fail(`operator ${e.op} needs numbers, got ${typeName(l)} and ${typeName(r)}`, e, {
        nullValue: l === null || r === null,
      });
    switch (e.op) {
      case "<":
        return a < b;
      case ">":
        return a > b;
      case "<=":
        return a <= b;
      case ">=":
        return a >= b;
      case "+":
      case "-":
      case "*":
        return this.arith(e.op, a, b, e);
      case "/":
        return b === 0 ? this.fail("division by zero", e) : this.arith("/", a, b, e);
      case "%":
        if (b === 0) return this.fail("modulo by zero", e);
        return Number.isSafeInteger(a) && Number.isSafeInteger(b) ? a % b : this.inexact(sourceOf(e), e.op);
    }
  }

  /** Arithmetic Terraform (arbitrary precision) and doubles agree on; otherwise unresolved. */
  private arith(op: "+" | "-" | "*" | "/", a: number, b: number, e: Expr): Value {
    return exactArithmetic(op, a, b) ?? this.inexact(sourceOf(e), op);
  }

  private boolOrUnknown(v: Value, node: Expr): boolean | Unknown {
    if (isUnknownish(v)) return new Unknown(residual(v));
    const b = asBool(v);
    if (b === null) {
      this.fail(`a logical operator needs a bool, got ${typeName(v)}`, node, { nullValue: v === null });
      return new Unknown(sourceOf(node));
    }
    return b;
  }

  /** A template: a single interpolation keeps its value's type, anything else is a string. */
  template(parts: readonly TemplatePart[], scope: Scope, node: Expr): Value {
    if (parts.length === 1 && parts[0]!.k === "interp") return this.eval(parts[0]!.expr, scope);
    return this.render(parts, scope, node);
  }

  private render(parts: readonly TemplatePart[], scope: Scope, node: Expr): string {
    let out = "";
    for (const p of parts) {
      if (p.k === "text") {
        out += p.text;
      } else if (p.k === "interp") {
        const v = this.eval(p.expr, scope);
        try {
          out += toStringValue(v);
        } catch (err) {
          if (!(err instanceof ConversionError)) throw err;
          const message = `${err.message} in a template (${sourceOf(p.expr)})`;
          out += toStringValue(this.fail(message, p.expr, { nullValue: err.nullValue }));
        }
      } else if (p.k === "if") {
        const b = this.condition(this.eval(p.cond, scope), p.cond);
        out += this.render(b === false ? p.else : p.then, scope, node);
      } else {
        const entries = this.iterate(this.eval(p.coll, scope), p.coll) ?? [];
        for (const [k, v] of entries) {
          const vars = new Map<string, Value>([[p.valVar, v]]);
          if (p.keyVar !== null) vars.set(p.keyVar, k);
          out += this.render(p.body, scope.with(vars), node);
        }
      }
    }
    return out;
  }
}

/**
 * `subject` compared with `literal` is an Exclusive condition (values.ts) when the subject is a
 * function of the deploy's inputs and the literal one it can name.
 */
function comparedWith(subject: Value, literal: Value): Omit<Exclusive, "positive"> | undefined {
  if (!isExclusiveValue(literal)) return undefined;
  const text = deploySubject(subject);
  return text === undefined ? undefined : { subject: text, values: [literal] };
}

/** A map indexed by a function of the deploy's inputs with more keys than this stays unknown. */
const MAX_DEPLOY_KEYS = 16;

/** `!x`, with parentheses when x is more than one operand. */
function negation(text: string): string {
  return /^[\w.[\]"*-]+$/.test(text) || isWrapped(text) ? `!${text}` : `!(${text})`;
}

/** True when the whole text is one parenthesised group. */
function isWrapped(text: string): boolean {
  if (!text.startsWith("(") || !text.endsWith(")")) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") depth++;
    else if (text[i] === ")" && --depth === 0 && i < text.length - 1) return false;
  }
  return depth === 0;
}

/** A condition's text without its negations and outer parentheses, and whether it was negated. */
export function canonicalCondition(text: string): { text: string; negated: boolean } {
  let t = text.trim();
  let negated = false;
  for (;;) {
    if (isWrapped(t)) t = t.slice(1, -1).trim();
    else if (t.startsWith("!") && (isWrapped(t.slice(1)) || /^![\w.[\]"*-]+$/.test(t))) {
      t = t.slice(1).trim();
      negated = !negated;
    } else return { text: t, negated };
  }
}

export function asBool(v: Value): boolean | null {
  if (typeof v === "boolean") return v;
  if (v === "true") return true;
  if (v === "false") return false;
  return null;
}

function asNumber(v: Value): number | null {
  if (typeof v === "number") return v;
  if (typeof v === "string") return parseNumber(v);
  return null;
}

function chainText(e: Expr): string {
  if (e.k === "attr") return `${chainText(e.obj)}.${e.name}`;
  if (e.k === "index") return `${chainText(e.obj)}[${sourceOf(e.key)}]`;
  return "";
}
