/**
 * Terraform's built-in functions, as far as policies use them. Arguments arrive evaluated;
 * an argument that is Unknown makes the result Unknown (naming the call) unless the function
 * can carry the unknown part inside its result (jsonencode, format, join, ...).
 */
import { createHash } from "node:crypto";
import { Composer, Parser } from "yaml";
import { lazyConstant } from "../../model/lazy.js";
import { hasToken, isWholeToken, isWholeUnresolved } from "../../model/symbolic.js";
import { refType } from "./attribute-types.js";
import {
  CidrError,
  formatAddress,
  formatPrefix,
  host,
  netmask,
  parsePrefix,
  subnet,
  subnets,
} from "./cidr.js";
import { formatDate, formatRfc3339, parseDuration, parseTimestamp, TimeError } from "./datetime.js";
import { parseJsonText } from "./hcl.js";
import { setOwn } from "./objects.js";
import { translateRe2 } from "./re2.js";
import { dedupe, toSet } from "./sets.js";
import {
  Comparison,
  ConversionError,
  compareStrings,
  deploySubject,
  elementOf as elementOfCollection,
  equalValues,
  exactArithmetic,
  formatNumber,
  fromJson,
  isExclusiveValue,
  isFaithful,
  isKnown,
  isObject,
  isUnknownish,
  newObject,
  type ObjectValue,
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
  type ValueType,
} from "./values.js";

/**
 * A call Terraform would reject. `fn`: the function the message already names (it starts with
 * `fn()`); callFunction names the function it called in a message without one. `nullValue`: the
 * cause is a null where a value is needed (see Evaluator.fail).
 */
export class FunctionError extends Error {
  readonly fn: string | undefined;
  readonly nullValue: boolean;
  constructor(message: string, options: { fn?: string; nullValue?: boolean } = {}) {
    super(message);
    this.fn = options.fn;
    this.nullValue = options.nullValue ?? false;
  }

  /** An error of function `fn`: the message is `fn(): reason`. */
  static in(fn: string, reason: string, options: { nullValue?: boolean } = {}): FunctionError {
    return new FunctionError(`${fn}(): ${reason}`, { ...options, fn });
  }
}

/**
 * An error of this analysis, not of the configuration: Terraform would give a value here (a file
 * outside the repository). try() and can() answer unknown.
 */
export class LimitationError extends FunctionError {}

/**
 * A result the evaluator deliberately leaves unknown (a clock, a random value, a file outside the
 * repository, a behaviour of Go it cannot reproduce): the Unknown names the call, `reason` says why.
 */
export class Unevaluated extends Unknown {
  constructor(
    text: string,
    readonly reason: string,
  ) {
    super(text);
  }
}

export interface FunctionEnv {
  /** The text of a file named as Terraform would resolve it; throws FunctionError when it cannot. */
  readFile(path: string): string;
  /** The bytes of a file (hashes, filebase64); throws like readFile. Without it those functions are unknown. */
  readBytes?(path: string): Uint8Array;
  /** Evaluate template text with the given variables. */
  renderTemplate(text: string, vars: ObjectValue, path: string): Value;
  /** Whether a file exists; null when it cannot be told (the path leaves the repository). */
  fileExists(path: string): boolean | null;
  /**
   * The files below a directory, as paths relative to it ("/"-separated); null when the
   * directory cannot be listed (it leaves the repository). Without it fileset() is unknown.
   */
  listFiles?(dir: string): string[] | null;
  /**
   * `read(text)`, remembered by text for the run (cache.ts): the plain value yamldecode's reader
   * gives, or the error it throws. Without it each call reads the text again.
   */
  yamlRead?(text: string, read: (text: string) => unknown): unknown;
}

interface FnDef {
  min: number;
  max?: number;
  /** The function handles Unknown arguments itself. */
  unknowns?: boolean;
  /** Strings with tokens (unknown parts) make the result unknown: the function cannot work around them. */
  opaque?: boolean;
  call(args: Value[], env: FunctionEnv, text: string): Value;
}

export function isKnownFunction(name: string): boolean {
  return FUNCTIONS.has(name);
}

/** Call a function; `text` names the call in an Unknown result. Throws FunctionError on misuse. */
export function callFunction(name: string, rawArgs: Value[], env: FunctionEnv, text: string): Value {
  const fn = FUNCTIONS.get(name);
  if (!fn) return new Unknown(text);
  if (rawArgs.length < fn.min || (fn.max !== undefined && rawArgs.length > fn.max)) {
    throw new FunctionError(
      `${name}() takes ${fn.min === fn.max ? fn.min : `${fn.min} or more`} arguments, got ${rawArgs.length}`,
      { fn: name },
    );
  }
  // An attribute of a resource is a string in the own account: pass it on as its token; one the
  // provider schema types as a list, set or map is an unknown collection keeping that token.
  const args = rawArgs.map((a) => (a instanceof RefObject && a.path !== "" ? refArgument(a) : a));
  const callText = () => `${name}(${rawArgs.map((a) => residual(a, 80)).join(", ")})`;
  const unknown = (): Unknown => unknownOf(callText(), resultType(name, args));
  if (!fn.unknowns && args.some((a) => a instanceof Unknown || a instanceof RefObject)) {
    const kept = keptElements(name, args, callText);
    if (kept !== undefined) return kept;
    return name === "contains" ? deployIn(args, unknown()) : unknown();
  }
  if (fn.opaque && args.some((a) => !isKnown(a))) return unknown();
  try {
    const result = fn.call(args, env, text);
    // A function that handles unknowns itself (coalesce, lookup) gives an unknown of its result type.
    return result instanceof Unknown && result.constructor === Unknown
      ? unknownOf(result.text, resultType(name, args))
      : result;
  } catch (e) {
    if (e instanceof UnknownShape) return unknown();
    if (e instanceof ConversionError) throw FunctionError.in(name, e.message, { nullValue: e.nullValue });
    if (e instanceof FunctionError && e.fn === undefined) {
      const Err = e instanceof LimitationError ? LimitationError : FunctionError;
      throw new Err(`${name}(): ${e.message}`, { fn: name, nullValue: e.nullValue });
    }
    throw e;
  }
}

const FUNCTIONS = new Map<string, FnDef>();

function def(names: string | string[], d: FnDef): void {
  for (const n of Array.isArray(names) ? names : [names]) FUNCTIONS.set(n, d);
}

// --- helpers ---------------------------------------------------------------------------------

/** Bounds that keep a hostile configuration from exhausting memory or time. */
const MAX_ELEMENTS = 100_000;
const MAX_WIDTH = 10_000;
const MAX_JSON = 16 * 1024 * 1024;

function bounded<T>(items: T[]): T[] {
  if (items.length > MAX_ELEMENTS)
    throw new FunctionError(`a list of more than ${MAX_ELEMENTS} elements is not evaluated`);
  return items;
}

function str(v: Value, what = "argument"): string {
  if (v === null) throw new FunctionError(`the ${what} must not be null`, { nullValue: true });
  return toStringValue(v);
}

/**
 * A value whose type is not known (an attribute of a resource or data source, passed on as its
 * token): a function that needs a list, a map or a number of it has an unknown result, never an
 * error Terraform would not raise.
 */
class UnknownShape extends Error {}

function shapeUnknown(v: Value): boolean {
  return (typeof v === "string" && hasToken(v)) || v instanceof Unknown;
}

function refArgument(ref: RefObject): Value {
  const type = refType(ref);
  return type?.k === "list" || type?.k === "set" || type?.k === "map"
    ? new UnknownCollection(residual(ref), type, ref)
    : ref.toToken();
}

/** Functions whose result holds only elements of their first argument (a list or set of them). */
const KEEPS_ELEMENTS: ReadonlySet<string> = new Set([
  "tolist",
  "toset",
  "sort",
  "reverse",
  "slice",
  "distinct",
  "compact",
]);
/**
 * Functions whose result is one element of their first argument, never null (element() of an
 * empty list is an error). Not one(): it gives null for an empty list, and a lookup may find
 * nothing, so whether it is null stays a question the deploy answers.
 */
const GIVES_ELEMENT: ReadonlySet<string> = new Set(["element"]);

/**
 * The result of a function over an attribute's unknown collection (data.aws_iam_roles.x.arns)
 * that keeps its elements, or gives one: they still name that attribute's elements (an identity
 * in the provider's account stays one), as a `for` over it does. Undefined for anything else.
 */
function keptElements(name: string, args: readonly Value[], callText: () => string): Value | undefined {
  const first = args[0];
  if (!(first instanceof UnknownCollection) || first.ref === undefined) return undefined;
  if (GIVES_ELEMENT.has(name)) return elementOfCollection(first, callText());
  if (KEEPS_ELEMENTS.has(name)) return unknownOf(callText(), resultType(name, args), first.ref);
  return undefined;
}

/** The element type of the first argument that is an unknown collection (any when none is). */
function elementOf(args: readonly Value[]): ValueType {
  for (const a of args) if (a instanceof UnknownCollection) return a.type.el;
  return { k: "any" };
}

/**
 * What a function gives when its result is unknown because an argument is: the collection
 * functions keep the kind Terraform's function signature gives (tolist: a list of the same
 * elements; keys: a list of strings); the others are plain unknowns (numbers, strings, bools).
 */
const RESULT_TYPES: Readonly<Record<string, (args: readonly Value[]) => ValueType>> = {
  tolist: (a) => ({ k: "list", el: elementOf(a) }),
  toset: (a) => ({ k: "set", el: elementOf(a) }),
  tomap: (a) => ({ k: "map", el: elementOf(a) }),
  sort: () => ({ k: "list", el: { k: "string" } }),
  reverse: (a) => ({ k: "list", el: elementOf(a) }),
  slice: (a) => ({ k: "list", el: elementOf(a) }),
  distinct: (a) => ({ k: "list", el: elementOf(a) }),
  compact: () => ({ k: "list", el: { k: "string" } }),
  concat: (a) => ({ k: "list", el: elementOf(a) }),
  flatten: () => ({ k: "list", el: { k: "any" } }),
  chunklist: (a) => ({ k: "list", el: { k: "list", el: elementOf(a) } }),
  keys: () => ({ k: "list", el: { k: "string" } }),
  values: (a) => ({ k: "list", el: elementOf(a) }),
  setunion: (a) => ({ k: "set", el: elementOf(a) }),
  setintersection: (a) => ({ k: "set", el: elementOf(a) }),
  setsubtract: (a) => ({ k: "set", el: elementOf(a) }),
  setproduct: () => ({ k: "list", el: { k: "list", el: { k: "any" } } }),
  merge: (a) => ({ k: "map", el: elementOf(a) }),
  zipmap: (a) => ({ k: "map", el: a[1] instanceof UnknownCollection ? a[1].type.el : { k: "any" } }),
  transpose: () => ({ k: "map", el: { k: "list", el: { k: "string" } } }),
  formatlist: () => ({ k: "list", el: { k: "string" } }),
  split: () => ({ k: "list", el: { k: "string" } }),
  regexall: () => ({ k: "list", el: { k: "any" } }),
  range: () => ({ k: "list", el: { k: "number" } }),
  fileset: () => ({ k: "set", el: { k: "string" } }),
  cidrsubnets: () => ({ k: "list", el: { k: "string" } }),
  one: (a) => elementOf(a),
  element: (a) => elementOf(a),
  lookup: (a) => elementOf(a),
  coalescelist: (a) => a.find((x) => x instanceof UnknownCollection)?.type ?? { k: "list", el: { k: "any" } },
  coalesce: (a) => a.find((x) => x instanceof UnknownCollection)?.type ?? { k: "any" },
  sensitive: (a) => (a[0] instanceof UnknownCollection ? a[0].type : { k: "any" }),
  nonsensitive: (a) => (a[0] instanceof UnknownCollection ? a[0].type : { k: "any" }),
};

function resultType(name: string, args: readonly Value[]): ValueType | null {
  return Object.hasOwn(RESULT_TYPES, name) ? RESULT_TYPES[name]!(args) : null;
}

function num(v: Value): number {
  if (typeof v === "number") return v;
  if (shapeUnknown(v)) throw new UnknownShape();
  const n = typeof v === "string" ? parseNumber(v) : null;
  if (n !== null) return n;
  throw new FunctionError(`a number is required, got ${typeName(v)}`, { nullValue: v === null });
}

function list(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (shapeUnknown(v)) throw new UnknownShape();
  throw new FunctionError(`a list is required, got ${typeName(v)}`, { nullValue: v === null });
}

function obj(v: Value): ObjectValue {
  if (isObject(v)) return v;
  if (shapeUnknown(v)) throw new UnknownShape();
  throw new FunctionError(`a map or object is required, got ${typeName(v)}`, { nullValue: v === null });
}

/** Run a text operation with every token replaced by an opaque stand-in, so it cannot be cut or changed. */
function masked<T>(s: string, fn: (text: string, unmask: (t: string) => string) => T): T {
  if (!hasToken(s)) return fn(s, (t) => t);
  const tokens: string[] = [];
  const text = s.replace(/\uE000[a-z][^\uE000\uE001]*\uE001/g, (m) => {
    tokens.push(m);
    return `\uE000${tokens.length - 1}\uE001`;
  });
  return fn(text, (t) => t.replace(/\uE000([0-9]+)\uE001/g, (_m, i: string) => tokens[Number(i)] ?? ""));
}

/**
 * `contains([literals], x)` where x is a function of the deploy's inputs: an Exclusive condition
 * (values.ts), else `fallback`.
 */
function deployIn(args: Value[], fallback: Unknown): Unknown {
  const [items, v] = args;
  if (!Array.isArray(items) || items.length === 0 || v === undefined) return fallback;
  const values: (string | number)[] = [];
  for (const x of items) {
    if (!isExclusiveValue(x)) return fallback;
    values.push(x);
  }
  const subject = deploySubject(v);
  return subject === undefined
    ? fallback
    : new Comparison(fallback.text, { subject, values, positive: true });
}

function contains(items: Value[], v: Value): boolean | Unknown {
  let unknown: Unknown | null = null;
  for (const item of items) {
    const eq = equalValues(item, v);
    if (eq === true) return true;
    if (eq instanceof Unknown) unknown = eq;
  }
  return unknown ?? false;
}

// --- encoding --------------------------------------------------------------------------------

/** Terraform's jsonencode: object keys sorted, <, > and & escaped as Go does; unknowns as token strings. */
export function jsonEncode(v: Value): string {
  const budget = { left: MAX_JSON };
  return encode(v, budget);
}

function encode(v: Value, budget: { left: number }): string {
  const out = encodeValue(v, budget);
  // Containers are counted through their elements (and one byte each for punctuation).
  budget.left -= Array.isArray(v) || isObject(v) ? 2 : out.length + 1;
  if (budget.left < 0) throw FunctionError.in("jsonencode", `the document is larger than ${MAX_JSON} bytes`);
  return out;
}

function encodeValue(v: Value, budget: { left: number }): string {
  if (v === null) return "null";
  if (v instanceof Unknown || v instanceof RefObject) return quoteJson(toStringValue(v));
  if (typeof v === "string") return quoteJson(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new FunctionError("cannot encode a non-finite number");
    return formatNumber(v);
  }
  if (typeof v === "boolean") return v ? "true" : "false";
  if (Array.isArray(v)) return `[${v.map((x) => encode(x, budget)).join(",")}]`;
  return `{${sortedKeys(v)
    .map((k) => `${quoteJson(k)}:${encode(v[k]!, budget)}`)
    .join(",")}}`;
}

function quoteJson(s: string): string {
  return JSON.stringify(s).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

def("jsonencode", { min: 1, max: 1, unknowns: true, call: ([v]) => jsonEncode(v!) });

/**
 * False when a parsed number may have lost digits Terraform keeps (it reads JSON numbers as
 * arbitrary-precision decimals): integers beyond 2^53, fractions of 16 or more significant digits.
 */
function numbersKept(v: unknown, depth = 0): boolean {
  if (typeof v === "number")
    return Number.isInteger(v)
      ? Number.isSafeInteger(v)
      : String(v).replace(/^-?0*\.?0*|\.|e.*$/g, "").length < 16;
  if (depth > 300) return true;
  if (Array.isArray(v)) return v.every((x) => numbersKept(x, depth + 1));
  if (v !== null && typeof v === "object") return Object.values(v).every((x) => numbersKept(x, depth + 1));
  return true;
}

def("jsondecode", {
  min: 1,
  max: 1,
  call([s], _env, call) {
    const text = str(s!);
    let parsed: unknown;
    try {
      parsed = parseJsonText(text);
    } catch (e) {
      // A text with unknown parts (a resource's config attribute) may be valid JSON once known.
      if (hasToken(text)) return new Unknown(call);
      throw FunctionError.in("jsondecode", `invalid JSON: ${(e as Error).message}`);
    }
    // The encoding of an unknown value (jsondecode(jsonencode(x)) with x unknown) is that unknown,
    // of any type, not the text of its token.
    if (typeof parsed === "string" && isWholeUnresolved(parsed)) return new Unknown(call);
    if (!numbersKept(parsed))
      return notReproduced(
        "jsondecode",
        [s!],
        "a number in the document has more digits than a double keeps",
      );
    return fromJson(parsed);
  },
});

def("base64encode", {
  min: 1,
  max: 1,
  call: ([s]) => {
    const bytes = new TextEncoder().encode(str(s!));
    let bin = "";
    for (const b of bytes) bin += String.fromCharCode(b);
    return btoa(bin);
  },
});
def("base64decode", {
  min: 1,
  max: 1,
  call: ([s]) => {
    try {
      // Go's StdEncoding: padding required, \r and \n ignored (atob alone is more lenient).
      const text = str(s!).replace(/[\r\n]/g, "");
      if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new Error("invalid");
      const bin = atob(text);
      return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    } catch {
      throw FunctionError.in("base64decode", "invalid base64 or not UTF-8");
    }
  },
});

// --- strings ---------------------------------------------------------------------------------

/** A result of Go's that this code does not reproduce: the function answers unknown. */
class NotReproduced extends Error {}

/** Go-style verbs as Terraform's format() knows them. */
function formatString(fmt: string, args: Value[]): string {
  let next = 0;
  return fmt.replace(
    /%([-+# 0]*)([0-9]+)?(?:\.([0-9]+))?([a-zA-Z%])/g,
    (_m, flags: string, width: string, prec, verb) => {
      if (verb === "%") return "%";
      if (next >= args.length) throw FunctionError.in("format", "not enough arguments for the format string");
      const v = args[next++]!;
      let out: string;
      switch (verb) {
        case "s":
          out = str(v);
          break;
        case "d": {
          if (v instanceof Unknown) {
            out = toStringValue(v);
            break;
          }
          const n = num(v);
          if (!Number.isInteger(n))
            throw FunctionError.in("format", `%d needs a whole number, got ${formatNumber(n)}`);
          out = formatNumber(n);
          break;
        }
        case "f": {
          if (v instanceof Unknown) {
            out = toStringValue(v);
            break;
          }
          const n = num(v);
          out = n.toFixed(prec === undefined ? 6 : Math.min(Number(prec), 100));
          // Go rounds ties to even, JavaScript's toFixed away from zero: only exact digits are sure.
          if (Number(out) !== n) throw new NotReproduced("Go rounds %f differently");
          break;
        }
        case "t":
          out = str(v);
          break;
        case "q": {
          // Go's %q (strconv.Quote) equals JSON quoting for printable ASCII only.
          const text = str(v);
          if (!/^[\x20-\x7e]*$/.test(text.replace(/\uE000[^\uE001]*\uE001/g, "")))
            throw new NotReproduced("Go's %q quotes non-ASCII text differently from JSON");
          out = JSON.stringify(text);
          break;
        }
        case "v":
          out = flags.includes("#")
            ? jsonEncode(v)
            : typeof v === "string"
              ? v
              : isObject(v) || Array.isArray(v)
                ? jsonEncode(v)
                : str(v);
          break;
        default:
          throw FunctionError.in("format", `unsupported verb %${verb}`);
      }
      if (width !== undefined && Number(width) > MAX_WIDTH)
        throw FunctionError.in("format", `width ${width} is too large`);
      if (width !== undefined && out.length < Number(width)) {
        const pad = (flags.includes("0") ? "0" : " ").repeat(Number(width) - out.length);
        out = flags.includes("-") ? out + pad : pad + out;
      }
      return out;
    },
  );
}

def("format", {
  min: 1,
  unknowns: true,
  call(args) {
    const [f, ...rest] = args;
    if (f instanceof Unknown) return f;
    try {
      return formatString(str(f!), rest);
    } catch (e) {
      if (e instanceof NotReproduced) return notReproduced("format", args, e.message);
      throw e;
    }
  },
});

def("formatlist", {
  min: 1,
  call([f, ...rest]) {
    const fmt = str(f!);
    const lengths = rest.filter(Array.isArray).map((l) => l.length);
    if (lengths.some((n) => n !== lengths[0]))
      throw FunctionError.in("formatlist", "list arguments differ in length");
    const n = lengths[0] ?? 1;
    const out: Value[] = [];
    bounded(new Array(Math.min(n, MAX_ELEMENTS + 1)));
    try {
      for (let i = 0; i < n; i++)
        out.push(
          formatString(
            fmt,
            rest.map((a) => (Array.isArray(a) ? a[i]! : a)),
          ),
        );
    } catch (e) {
      if (e instanceof NotReproduced) return notReproduced("formatlist", [f!, ...rest], e.message);
      throw e;
    }
    return out;
  },
});

def("join", {
  min: 2,
  call([sep, ...lists]) {
    const s = str(sep!);
    return lists
      .flatMap((l) => list(l))
      .map((v) => str(v, "list element"))
      .join(s);
  },
});

def("split", {
  min: 2,
  max: 2,
  call([sep, s]) {
    const separator = str(sep!);
    const text = str(s!);
    if (hasToken(separator)) return new Unknown(`split(${residual(separator)}, ${residual(text)})`);
    // Go's strings.Split with an empty separator splits into code points (not UTF-16 units).
    if (separator === "") return hasToken(text) ? new Unknown(`split("", ${residual(text)})`) : [...text];
    // A text that is wholly unknown (a CIDR block known only when Terraform runs) may hold any
    // number of separators: its elements are unknown, so is how many there are. Known parts
    // around an unknown one (an ARN with an unknown account) are split around it.
    if (isWholeToken(text))
      return new UnknownCollection(`split(${residual(separator)}, ${residual(text)})`, {
        k: "list",
        el: { k: "string" },
      });
    return masked(text, (t, unmask) => t.split(separator).map(unmask));
  },
});

/**
 * Whether a pattern has a repeated group that itself repeats or alternates (`(a+)+`, `((a+))+`,
 * `(a|aa)+`): the shapes that make a backtracking engine take exponential time. Escapes and
 * character classes are skipped; `?` and `{0,1}`/`{1}` after a group do not repeat it.
 */
function mayBacktrack(pattern: string): boolean {
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === "]") inClass = false;
      continue;
    }
    if (ch === "[") inClass = true;
    else if (ch === "(") stack.push(false);
    else if (ch === "|" && stack.length > 0) stack[stack.length - 1] = true;
    else if ((ch === "*" || ch === "+" || ch === "{") && stack.length > 0) stack[stack.length - 1] = true;
    else if (ch === ")") {
      const risky = stack.pop() ?? false;
      const next = pattern.slice(i + 1);
      const repeats = /^([*+]|\{\d*,\d*\}|\{([2-9]|\d{2,})\})/.test(next);
      if (risky && repeats) return true;
      if (risky && stack.length > 0) stack[stack.length - 1] = true;
    }
  }
  return false;
}

/**
 * A Terraform regular expression (RE2) as an equivalent JS RegExp (global, Unicode), or the
 * reason why not: the translation could differ from Go's reading, or the pattern could make a
 * backtracking engine stall (the caller answers unknown; Terraform itself would evaluate it).
 */
function regExp(pattern: string): RegExp | string {
  // JavaScript regular expressions backtrack (RE2 does not): refuse nested quantifiers, which
  // a configuration could use to stall the analysis.
  if (mayBacktrack(pattern) || pattern.length > 1000) {
    return `the regular expression ${JSON.stringify(pattern.slice(0, 80))} is too complex to evaluate safely`;
  }
  const t = translateRe2(pattern);
  if (t === null) return RE2_DIFFERS;
  try {
    return new RegExp(t.source, t.ignoreCase ? "giu" : "gu");
  } catch {
    return RE2_DIFFERS;
  }
}

function notReproduced(name: string, args: Value[], why: string): Unevaluated {
  return new Unevaluated(`${name}(${args.map((a) => residual(a, 80)).join(", ")})`, why);
}

const RE2_DIFFERS = "the regular expression may read differently in Go's RE2 than it can be evaluated here";

/** Matches as Go's FindAll gives them: an empty match right after a previous match is skipped. */
function goMatches(re: RegExp, text: string, limit = Number.POSITIVE_INFINITY): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= text.length && out.length < limit) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const end = m.index + m[0].length;
    let accept = true;
    if (end === pos) {
      if (m.index === prevEnd) accept = false;
      pos += pos < text.length ? (text.codePointAt(pos)! > 0xffff ? 2 : 1) : 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
    bounded(out);
  }
  return out;
}

/** Go's Regexp.Expand of a replacement template: $1, ${1}, $name, ${name}, $$. */
function expandTemplate(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(?:\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))?/g, (whole, braced, bare) => {
    if (whole === "$$") return "$";
    const name: string | undefined = braced ?? bare;
    if (name === undefined) return "$";
    if (/^[0-9]+$/.test(name)) return m[Number(name)] ?? "";
    return m.groups?.[name] ?? "";
  });
}

/** Go's strings.Replace(s, "", r, -1): r before every code point and at the end. */
function replaceEmpty(text: string, replacement: string): string {
  return replacement + [...text].map((c) => c + replacement).join("");
}

def("replace", {
  min: 3,
  max: 3,
  call([s, sub, rep], _env) {
    const needle = str(sub!);
    const replacement = str(rep!);
    const subject = str(s!);
    // An unknown part of the search string could match anything, or make it a pattern.
    if (hasToken(needle))
      return new Unknown(`replace(${[s!, sub!, rep!].map((a) => residual(a, 80)).join(", ")})`);
    if (needle.length > 1 && needle.startsWith("/") && needle.endsWith("/")) {
      const re = regExp(needle.slice(1, -1));
      if (typeof re === "string") return notReproduced("replace", [s!, sub!, rep!], re);
      if (hasToken(subject) || hasToken(replacement))
        return new Unknown(`replace(${[s!, sub!, rep!].map((a) => residual(a, 80)).join(", ")})`);
      let out = "";
      let last = 0;
      for (const m of goMatches(re, subject)) {
        out += subject.slice(last, m.index) + expandTemplate(replacement, m);
        last = m.index + m[0].length;
      }
      return out + subject.slice(last);
    }
    if (needle === "") {
      if (hasToken(subject)) return notReproduced("replace", [s!, sub!, rep!], "a token cannot be cut");
      return replaceEmpty(subject, replacement);
    }
    return masked(subject, (text, unmask) => unmask(text.split(needle).join(replacement)));
  },
});

function regexMatch(m: RegExpMatchArray): Value {
  const named = m.groups ? Object.keys(m.groups).length : 0;
  if (named > 0 && named < m.length - 1)
    throw new FunctionError("the pattern must use either only named or only unnamed capture groups");
  if (m.groups && named > 0) {
    return newObject(Object.entries(m.groups).map(([k, v]) => [k, v ?? null] as const));
  }
  if (m.length > 1) return m.slice(1).map((g) => g ?? null);
  return m[0];
}

def("regex", {
  min: 2,
  max: 2,
  call([p, s]) {
    const text = str(s!);
    if (hasToken(text) || hasToken(str(p!))) return new Unknown(`regex(${residual(p!)}, ${residual(text)})`);
    const re = regExp(str(p!));
    if (typeof re === "string") return notReproduced("regex", [p!, s!], re);
    const m = goMatches(re, text, 1)[0];
    if (!m) throw FunctionError.in("regex", "the pattern did not match");
    return regexMatch(m);
  },
});

def("regexall", {
  min: 2,
  max: 2,
  call([p, s]) {
    const text = str(s!);
    if (hasToken(text) || hasToken(str(p!)))
      return new Unknown(`regexall(${residual(p!)}, ${residual(text)})`);
    const re = regExp(str(p!));
    if (typeof re === "string") return notReproduced("regexall", [p!, s!], re);
    return goMatches(re, text).map(regexMatch);
  },
});

const stringFn = (name: string, fn: (s: string) => string | null, why: string, opaque = false): void =>
  def(name, {
    min: 1,
    max: 1,
    opaque,
    call([s]) {
      const out = masked(str(s!), (t, unmask) => {
        const r = fn(t);
        return r === null ? null : unmask(r);
      });
      return out ?? notReproduced(name, [s!], why);
    },
  });

/**
 * Go's unicode.ToUpper/ToLower/ToTitle map one code point to one code point. JavaScript's
 * mapping is the same where it gives one code point; where it gives more (ß → SS, İ → i̇),
 * Go keeps the character or maps it by a rule not at hand here: unknown.
 */
function mapRunes(s: string, fn: (c: string) => string): string | null {
  if (/^[\x00-\x7f]*$/.test(s)) return fn(s);
  let out = "";
  for (const c of s) {
    const m = fn(c);
    if ([...m].length !== 1) return null;
    out += m;
  }
  return out;
}

/** Title-case digraphs (ǅ, ǈ, ǋ, ǲ) and the like: ToTitle differs from ToUpper. */
const TITLE_DIFFERS = /[\u01c4-\u01cc\u01f1-\u01f3\u10d0-\u10ff\u1f80-\u1faf\u1fb3\u1fc3\u1ff3]/u;

/** Go's unicode.IsSpace. */
const GO_SPACE = "\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000";
const IS_SPACE = new RegExp(`^[${GO_SPACE}]$`, "u");

/** Go's strings.TrimSpace, in linear time (a regular expression `\s+$` is quadratic on long runs). */
function goTrimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && IS_SPACE.test(s[a]!)) a++;
  while (b > a && IS_SPACE.test(s[b - 1]!)) b--;
  return s.slice(a, b);
}

/** Go's strings.Title (cty's title()): a letter after a separator becomes title case. */
function goTitle(s: string): string | null {
  const isSeparator = (c: string): boolean => {
    if (c <= "\x7f") return !/[0-9A-Za-z_]/.test(c);
    if (/[\p{L}\p{Nd}]/u.test(c)) return false;
    return IS_SPACE.test(c);
  };
  let prev = " ";
  let out = "";
  for (const c of s) {
    if (isSeparator(prev)) {
      if (TITLE_DIFFERS.test(c)) return null;
      const t = c.toUpperCase();
      if ([...t].length !== 1) return null;
      out += t;
    } else out += c;
    prev = c;
  }
  return out;
}

const CASE_DIFFERS = "Go maps this character's case one code point at a time, differently from JavaScript";

stringFn("lower", (s) => mapRunes(s, (c) => c.toLowerCase()), CASE_DIFFERS);
stringFn("upper", (s) => mapRunes(s, (c) => c.toUpperCase()), CASE_DIFFERS);
stringFn("title", goTitle, CASE_DIFFERS, true);
stringFn("trimspace", goTrimSpace, "");
// cty: (?:\r\n?|\n)*\z — a lone CR is a line ending too.
// Every trailing run of CR and LF is such a sequence: drop them all (a loop, linear in time).
stringFn(
  "chomp",
  (s) => {
    let end = s.length;
    while (end > 0 && (s[end - 1] === "\n" || s[end - 1] === "\r")) end--;
    return s.slice(0, end);
  },
  "",
);
stringFn("strrev", (s) => graphemes(s).reverse().join(""), "", true);

/** Built on first use: ICU's segmenter costs ~5-13 ms at start-up, and most runs never need it. */
const segmenter = lazyConstant(() => new Intl.Segmenter("en", { granularity: "grapheme" }));

/** The characters of a string as Terraform counts them: grapheme clusters (Unicode UAX #29). */
function graphemes(s: string): string[] {
  // ASCII is one character per code unit, except CR LF (one cluster).
  if (/^[\x00-\x7f]*$/.test(s) && !s.includes("\r\n")) return s.split("");
  return Array.from(segmenter().segment(s), (x) => x.segment);
}

def("trim", {
  min: 2,
  max: 2,
  call([s, chars]) {
    const set = new Set(str(chars!));
    return masked(str(s!), (t, unmask) => {
      let a = 0;
      let b = t.length;
      while (a < b && set.has(t[a]!)) a++;
      while (b > a && set.has(t[b - 1]!)) b--;
      return unmask(t.slice(a, b));
    });
  },
});
/** The known text before the first token and after the last one (whole text when there is none). */
function knownEnds(t: string): { head: string; tail: string; whole: boolean } {
  const open = t.indexOf("\uE000");
  if (open < 0) return { head: t, tail: t, whole: true };
  return { head: t.slice(0, open), tail: t.slice(t.lastIndexOf("\uE001") + 1), whole: false };
}
const unknownCall = (name: string, args: Value[]): Unknown =>
  new Unknown(`${name}(${args.map((a) => residual(a, 80)).join(", ")})`);

// With unknown parts in the string, the answer is given only where its known start (or end)
// decides it; an unknown part in the prefix, suffix or substring leaves it unknown.
def("startswith", {
  min: 2,
  max: 2,
  call(args) {
    const x = str(args[1]!);
    const { head, whole } = knownEnds(str(args[0]!));
    if (hasToken(x)) return unknownCall("startswith", args);
    if (whole || head.length >= x.length) return head.startsWith(x);
    return x.startsWith(head) ? unknownCall("startswith", args) : false;
  },
});
def("endswith", {
  min: 2,
  max: 2,
  call(args) {
    const x = str(args[1]!);
    const { tail, whole } = knownEnds(str(args[0]!));
    if (hasToken(x)) return unknownCall("endswith", args);
    if (whole || tail.length >= x.length) return tail.endsWith(x);
    return x.endsWith(tail) ? unknownCall("endswith", args) : false;
  },
});
def("strcontains", {
  min: 2,
  max: 2,
  call(args) {
    const t = str(args[0]!);
    const x = str(args[1]!);
    if (hasToken(x)) return unknownCall("strcontains", args);
    if (!hasToken(t)) return t.includes(x);
    return t.split(/\uE000[^\uE001]*\uE001/).some((part) => part.includes(x))
      ? true
      : unknownCall("strcontains", args);
  },
});
def("trimprefix", {
  min: 2,
  max: 2,
  call(args) {
    const t = str(args[0]!);
    const x = str(args[1]!);
    const { head, whole } = knownEnds(t);
    if (hasToken(x) || (!whole && head.length < x.length && x.startsWith(head)))
      return unknownCall("trimprefix", args);
    return t.startsWith(x) ? t.slice(x.length) : t;
  },
});
def("trimsuffix", {
  min: 2,
  max: 2,
  call(args) {
    const t = str(args[0]!);
    const x = str(args[1]!);
    const { tail, whole } = knownEnds(t);
    if (hasToken(x) || (!whole && tail.length < x.length && x.endsWith(tail)))
      return unknownCall("trimsuffix", args);
    return x !== "" && t.endsWith(x) ? t.slice(0, -x.length) : t;
  },
});
def("substr", {
  min: 3,
  max: 3,
  call([s, o, l]) {
    const text = str(s!);
    if (hasToken(text)) return new Unknown(`substr(${residual(text)}, ${residual(o!)}, ${residual(l!)})`);
    const chars = graphemes(text);
    let off = num(o!);
    if (off < 0) off += chars.length;
    const len = num(l!);
    return chars.slice(off, len < 0 ? undefined : off + len).join("");
  },
});

// --- type conversion -------------------------------------------------------------------------

def("tostring", { min: 1, max: 1, call: ([v]) => (v === null ? null : str(v!)) });
def("tonumber", { min: 1, max: 1, call: ([v]) => (v === null ? null : num(v!)) });
def("tobool", {
  min: 1,
  max: 1,
  call([v]) {
    if (v === null || typeof v === "boolean") return v ?? null;
    if (v === "true" || v === "false") return v === "true";
    throw FunctionError.in("tobool", `cannot convert ${typeName(v!)} to bool`);
  },
});
def("tolist", { min: 1, max: 1, call: ([v]) => list(v!) });
def("toset", { min: 1, max: 1, call: ([v]) => toSet(list(v!)) });
def("tomap", { min: 1, max: 1, call: ([v]) => obj(v!) });

// --- collections -----------------------------------------------------------------------------

def("length", {
  min: 1,
  max: 1,
  call([v]) {
    if (typeof v === "string")
      return hasToken(v) ? new Unknown(`length(${residual(v)})`) : graphemes(v).length;
    if (Array.isArray(v)) return v.length;
    return Object.keys(obj(v!)).length;
  },
});
def("keys", { min: 1, max: 1, call: ([v]) => sortedKeys(obj(v!)) });
def("values", {
  min: 1,
  max: 1,
  call: ([v]) => {
    const o = obj(v!);
    return sortedKeys(o).map((k) => o[k]!);
  },
});
def("concat", { min: 1, call: (args) => bounded(args.flatMap((a) => list(a))) });
def("flatten", {
  min: 1,
  max: 1,
  call([v]) {
    const out: Value[] = [];
    const walk = (x: Value, depth: number): void => {
      if (depth > 100) throw FunctionError.in("flatten", "nested too deeply");
      if (Array.isArray(x)) for (const y of x) walk(y, depth + 1);
      else out.push(x);
    };
    for (const x of list(v!)) walk(x, 0);
    return bounded(out);
  },
});
def("merge", {
  min: 0,
  call(args) {
    const out = newObject();
    for (const a of args) {
      if (a === null) continue;
      const o = obj(a);
      for (const [k, v] of Object.entries(o)) setOwn(out, k, v);
    }
    return out;
  },
});
def("distinct", { min: 1, max: 1, call: ([v]) => dedupe(list(v!)) });
def("compact", { min: 1, max: 1, call: ([v]) => list(v!).filter((x) => x !== null && x !== "") });
def("lookup", {
  min: 2,
  max: 3,
  unknowns: true,
  call([m, k, d]) {
    // An open input's "another value" is none of the keys of a map the code writes out.
    if (k instanceof OtherValue && d !== undefined && isObject(m) && !Object.keys(m).some(hasToken)) return d;
    if (m instanceof Unknown || m instanceof RefObject || k instanceof Unknown || k instanceof RefObject) {
      return new Unknown(`lookup(${residual(m!)}, ${residual(k!)})`);
    }
    const o = obj(m!);
    const name = str(k!);
    if (hasToken(name)) return new Unknown(`lookup(${residual(m!)}, ${residual(name)})`);
    if (Object.hasOwn(o, name)) return o[name]!;
    if (d === undefined) throw FunctionError.in("lookup", `the map has no key ${JSON.stringify(name)}`);
    return d;
  },
});
def("element", {
  min: 2,
  max: 2,
  call([l, i]) {
    const items = list(l!);
    if (items.length === 0) throw FunctionError.in("element", "the list is empty");
    const n = Math.trunc(num(i!));
    if (n < 0) throw FunctionError.in("element", "negative index");
    return items[n % items.length]!;
  },
});
def("index", {
  min: 2,
  max: 2,
  call([l, v]) {
    const items = list(l!);
    for (let i = 0; i < items.length; i++) {
      const eq = equalValues(items[i]!, v!);
      if (eq instanceof Unknown) return new Unknown(`index(${residual(l!)}, ${residual(v!)})`);
      if (eq) return i;
    }
    throw FunctionError.in("index", "the value is not in the list");
  },
});
def("contains", { min: 2, max: 2, call: ([l, v]) => contains(list(l!), v!) });
def("coalesce", {
  min: 1,
  unknowns: true,
  call(args) {
    for (const a of args) {
      if (a instanceof Unknown || a instanceof RefObject)
        return new Unknown(`coalesce(${args.map((x) => residual(x, 80)).join(", ")})`);
      if (a !== null && a !== "") return a;
    }
    // No argument has a value ("" counts as none, as null does): a null where a value is needed.
    throw FunctionError.in("coalesce", "no non-null, non-empty argument", { nullValue: true });
  },
});
def("coalescelist", {
  min: 1,
  unknowns: true,
  call(args) {
    for (const a of args) {
      if (a instanceof Unknown || a instanceof RefObject)
        return new Unknown(`coalescelist(${args.map((x) => residual(x, 80)).join(", ")})`);
      // A null argument is passed over (go-cty's CoalesceListFunc allows null and skips it).
      if (a === null) continue;
      if (list(a).length > 0) return a;
    }
    return [];
  },
});
def("slice", {
  min: 3,
  max: 3,
  call: ([l, a, b]) => list(l!).slice(num(a!), num(b!)),
});
def("reverse", { min: 1, max: 1, call: ([l]) => [...list(l!)].reverse() });
def("sort", {
  min: 1,
  max: 1,
  call([l]) {
    const items = list(l!).map((v) => str(v, "list element"));
    return items.sort(compareStrings);
  },
});
def("range", {
  min: 1,
  max: 3,
  call(args) {
    const n = args.map(num);
    const [start, end, step] =
      n.length === 1 ? [0, n[0]!, 1] : [n[0]!, n[1]!, n[2] ?? (n[0]! <= n[1]! ? 1 : -1)];
    if (step === 0) throw FunctionError.in("range", "step must not be zero");
    const out: number[] = [];
    for (let i: number | null = start; step > 0 ? i < end : i > end; ) {
      out.push(i);
      if (out.length > 1024) throw FunctionError.in("range", "more than 1024 elements");
      // Terraform adds the step with arbitrary precision: range(0, 1, 0.1) has 0.3, not 0.30000000000000004.
      i = exactArithmetic("+", i, step);
      if (i === null)
        return notReproduced("range", args, "Terraform's arbitrary-precision steps may give other numbers");
    }
    return out;
  },
});
def("zipmap", {
  min: 2,
  max: 2,
  call([k, v]) {
    const ks = list(k!);
    const vs = list(v!);
    if (ks.length !== vs.length) throw FunctionError.in("zipmap", "the lists differ in length");
    return newObject(ks.map((x, i) => [str(x, "key"), vs[i]!] as const));
  },
});
def("setunion", { min: 1, call: (args) => toSet(args.flatMap((a) => list(a))) });
def("setintersection", {
  min: 1,
  call([first, ...rest]) {
    return toSet(list(first!).filter((v) => rest.every((r) => contains(list(r), v) === true)));
  },
});
def("setsubtract", {
  min: 2,
  max: 2,
  call: ([a, b]) => toSet(list(a!).filter((v) => contains(list(b!), v) !== true)),
});
def("setproduct", {
  min: 1,
  call(args) {
    let out: Value[][] = [[]];
    for (const a of args) out = bounded(out.flatMap((prefix) => list(a).map((v) => [...prefix, v])));
    return out;
  },
});
def("one", {
  min: 1,
  max: 1,
  call([l]) {
    const items = list(l!);
    if (items.length > 1) throw FunctionError.in("one", "the list has more than one element");
    return items[0] ?? null;
  },
});
def("chunklist", {
  min: 2,
  max: 2,
  call([l, n]) {
    const items = list(l!);
    const size = num(n!);
    if (size <= 0) return [items];
    const out: Value[] = [];
    for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
    return out;
  },
});
def("alltrue", { min: 1, max: 1, call: ([l]) => list(l!).every((v) => v === true || v === "true") });
def("anytrue", { min: 1, max: 1, call: ([l]) => list(l!).some((v) => v === true || v === "true") });
def("sum", {
  min: 1,
  max: 1,
  call([l]) {
    const items = list(l!);
    if (items.length === 0) throw FunctionError.in("sum", "the list is empty");
    let total: number | null = num(items[0]!);
    for (const v of items.slice(1)) {
      total = exactArithmetic("+", total, num(v));
      if (total === null)
        return notReproduced(
          "sum",
          [l!],
          "Terraform's arbitrary-precision arithmetic may give another number",
        );
    }
    return total;
  },
});
def("min", { min: 1, call: (args) => Math.min(...args.map(num)) });
def("max", { min: 1, call: (args) => Math.max(...args.map(num)) });
def("abs", { min: 1, max: 1, call: ([v]) => Math.abs(num(v!)) });
def("ceil", { min: 1, max: 1, call: ([v]) => Math.ceil(num(v!)) });
def("floor", { min: 1, max: 1, call: ([v]) => Math.floor(num(v!)) });

// --- files -----------------------------------------------------------------------------------

def("file", {
  min: 1,
  max: 1,
  call([p], env) {
    const path = str(p!);
    return hasToken(path) ? new Unknown(`file(${residual(path)})`) : env.readFile(path);
  },
});
def("fileexists", {
  min: 1,
  max: 1,
  opaque: true,
  call(args, env) {
    const exists = env.fileExists(str(args[0]!));
    return (
      exists ?? notReproduced("fileexists", args, "the path leaves the repository, so it cannot be checked")
    );
  },
});
def("templatefile", {
  min: 2,
  max: 2,
  unknowns: true,
  call([p, vars], env) {
    if (p instanceof Unknown || p instanceof RefObject) return new Unknown(`templatefile(${residual(p)}, …)`);
    const path = str(p!);
    if (hasToken(path)) return new Unknown(`templatefile(${residual(path)}, …)`);
    const text = env.readFile(path);
    if (vars instanceof Unknown || vars instanceof RefObject)
      return new Unknown(`templatefile(${JSON.stringify(path)}, ${residual(vars)})`);
    return env.renderTemplate(text, obj(vars!), path);
  },
});

// --- the AWS provider's functions ------------------------------------------------------------

def("provider::aws::arn_parse", {
  min: 1,
  max: 1,
  call([a]) {
    return masked(str(a!), (text, unmask) => {
      const parts = text.split(":");
      if (parts.length < 6 || parts[0] !== "arn")
        throw FunctionError.in("arn_parse", `not an ARN: ${JSON.stringify(a)}`);
      const [, partition, service, region, account, ...resource] = parts.map(unmask);
      return newObject([
        ["partition", partition!],
        ["service", service!],
        ["region", region!],
        ["account_id", account!],
        ["resource", resource.join(":")],
      ]);
    });
  },
});
def("provider::aws::arn_build", {
  min: 5,
  max: 5,
  unknowns: true,
  call: (args) => `arn:${args.map((a) => str(a)).join(":")}`,
});

// --- numbers ---------------------------------------------------------------------------------

/** A number Terraform would hold exactly (512-bit floats) but a double cannot: unknown. */
function exactNumber(name: string, args: Value[], n: number): Value {
  if (!Number.isFinite(n) || (Number.isInteger(n) && !Number.isSafeInteger(n)))
    return notReproduced(name, args, "the number is larger than 2^53, where this evaluator loses precision");
  // A fraction computed in doubles (log, pow) is written by Terraform with all its binary digits.
  if (!isFaithful(n)) return notReproduced(name, args, "Terraform writes this fraction with more digits");
  return n;
}

def("log", {
  min: 2,
  max: 2,
  call: (args) => exactNumber("log", args, Math.log(num(args[0]!)) / Math.log(num(args[1]!))),
});
def("pow", { min: 2, max: 2, call: (args) => exactNumber("pow", args, num(args[0]!) ** num(args[1]!)) });
def("signum", { min: 1, max: 1, call: ([v]) => Math.sign(num(v!)) || 0 });
def("parseint", {
  min: 2,
  max: 2,
  call(args) {
    const text = str(args[0]!);
    const base = num(args[1]!);
    if (!Number.isInteger(base) || base < 2 || base > 62)
      throw FunctionError.in("parseint", "the base must be a whole number between 2 and 62");
    const digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const m = /^([+-]?)(.+)$/s.exec(text);
    let n = 0n;
    for (const c of m?.[2] ?? "") {
      let d = digits.indexOf(base <= 36 ? c.toLowerCase() : c);
      if (d < 0 || d >= base) d = -1;
      if (d < 0)
        throw FunctionError.in("parseint", `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
      n = n * BigInt(base) + BigInt(d);
    }
    if (!m)
      throw FunctionError.in("parseint", `cannot parse ${JSON.stringify(text)} as a base ${base} integer`);
    const v = Number(m[1] === "-" ? -n : n);
    return exactNumber("parseint", args, v);
  },
});

// --- more strings ----------------------------------------------------------------------------

def("indent", {
  min: 2,
  max: 2,
  call: ([n, s]) =>
    str(s!)
      .split("\n")
      .join(`\n${" ".repeat(Math.min(Math.max(0, num(n!)), MAX_WIDTH))}`),
});
def("templatestring", {
  min: 2,
  max: 2,
  unknowns: true,
  call([t, vars], env, text) {
    if (isUnknownish(t!)) return new Unknown(text);
    if (vars instanceof Unknown || vars instanceof RefObject) return new Unknown(text);
    return env.renderTemplate(str(t!), obj(vars!), "templatestring()");
  },
});

// --- more collections ------------------------------------------------------------------------

for (const [name, instead] of [
  ["list", "[ ... ]"],
  ["map", "{ ... }"],
] as const) {
  def(name, {
    min: 0,
    unknowns: true,
    call: () => {
      throw new FunctionError(
        `${name}() is no longer available in Terraform; write ${instead} (or tolist/tomap) instead`,
        { fn: name },
      );
    },
  });
}
def("matchkeys", {
  min: 3,
  max: 3,
  call([values, keys, search]) {
    const vs = list(values!);
    const ks = list(keys!);
    if (vs.length !== ks.length)
      throw FunctionError.in("matchkeys", "the values and keys lists differ in length");
    const set = list(search!);
    const out: Value[] = [];
    for (let i = 0; i < ks.length; i++) {
      const hit = contains(set, ks[i]!);
      if (hit instanceof Unknown)
        return new Unknown(`matchkeys(${residual(values!)}, ${residual(keys!)}, …)`);
      if (hit) out.push(vs[i]!);
    }
    return out;
  },
});
def("transpose", {
  min: 1,
  max: 1,
  opaque: true,
  call([m]) {
    const o = obj(m!);
    const out = new Map<string, string[]>();
    for (const k of sortedKeys(o)) {
      for (const v of list(o[k]!)) {
        const key = str(v, "list element");
        out.set(key, [...(out.get(key) ?? []), k]);
      }
    }
    return newObject([...out]);
  },
});

// --- more encodings --------------------------------------------------------------------------

function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}
function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
function digest(alg: string, bytes: Uint8Array): Buffer {
  return createHash(alg).update(bytes).digest();
}

def("urlencode", {
  min: 1,
  max: 1,
  opaque: true,
  call([s]) {
    let out = "";
    for (const b of utf8(str(s!))) {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
      else if (c === " ") out += "+";
      else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    }
    return out;
  },
});

const TEXT_ENCODINGS: Record<string, "utf-8" | "utf-16le" | "utf-16be"> = {
  "utf-8": "utf-8",
  "utf-16le": "utf-16le",
  "utf-16be": "utf-16be",
};
def("textencodebase64", {
  min: 2,
  max: 2,
  opaque: true,
  call(args) {
    const text = str(args[0]!);
    const enc = TEXT_ENCODINGS[str(args[1]!).toLowerCase()];
    if (enc === undefined)
      return notReproduced("textencodebase64", args, "only UTF-8 and UTF-16 encodings are evaluated");
    if (enc === "utf-8") return base64(utf8(text));
    const buf = Buffer.from(text, "utf16le");
    if (enc === "utf-16be") buf.swap16();
    return buf.toString("base64");
  },
});
def("textdecodebase64", {
  min: 2,
  max: 2,
  opaque: true,
  call(args) {
    const enc = TEXT_ENCODINGS[str(args[1]!).toLowerCase()];
    if (enc === undefined)
      return notReproduced("textdecodebase64", args, "only UTF-8 and UTF-16 encodings are evaluated");
    const b64 = str(args[0]!);
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64) || b64.length % 4 !== 0)
      throw FunctionError.in("textdecodebase64", "invalid base64");
    try {
      return new TextDecoder(enc, { fatal: true }).decode(Buffer.from(b64, "base64"));
    } catch {
      return notReproduced("textdecodebase64", args, "the bytes are not valid in that encoding");
    }
  },
});
def("base64gzip", {
  min: 1,
  max: 1,
  call: (args) => notReproduced("base64gzip", args, "Go's gzip output cannot be reproduced byte for byte"),
});

/** Go's encoding/csv reading as csvdecode() uses it: header row, then one object per row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text[i] === "\n" || (text[i] === "\r" && text[i + 1] === "\n")) {
      i += text[i] === "\r" ? 2 : 1; // empty lines are skipped
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field = "";
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= n) throw FunctionError.in("csvdecode", 'extraneous or missing " in quoted field');
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (text[i] === "\r" && text[i + 1] === "\n") {
            field += "\n";
            i += 2;
            continue;
          }
          field += text[i++];
        }
        if (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n"))
          throw FunctionError.in("csvdecode", 'extraneous or missing " in quoted field');
      } else {
        while (i < n && text[i] !== "," && text[i] !== "\n" && !(text[i] === "\r" && text[i + 1] === "\n")) {
          if (text[i] === '"') throw FunctionError.in("csvdecode", 'bare " in non-quoted field');
          field += text[i++];
        }
      }
      row.push(field);
      if (text[i] === ",") {
        i++;
        continue;
      }
      if (text[i] === "\r") i++;
      if (text[i] === "\n") i++;
      break;
    }
    rows.push(row);
    bounded(rows);
  }
  return rows;
}
def("csvdecode", {
  min: 1,
  max: 1,
  opaque: true,
  call([s]) {
    const [header, ...rows] = parseCsv(str(s!));
    if (!header) throw FunctionError.in("csvdecode", "missing header line");
    return rows.map((r, i) => {
      if (r.length !== header.length)
        throw FunctionError.in("csvdecode", `line ${i + 2}: wrong number of fields`);
      return newObject(header.map((h, j) => [h, r[j]!] as const));
    });
  },
});

/**
 * A parsed YAML value, or undefined when YAML 1.1 and 1.2 read it differently (or it is not plain
 * data). The text is tokenised once: the versions differ in how tokens are composed into values
 * (tags, scalar forms), not in the tokens, and tokenising is most of the cost (parseAllDocuments
 * for each version tokenised it twice).
 */
function yamlValue(text: string): unknown {
  const tokens = [...new Parser().parse(text)];
  const read = (version: "1.1" | "1.2"): { ok: true; value: unknown } | { ok: false } => {
    const docs = [...new Composer({ version, uniqueKeys: true, prettyErrors: false }).compose(tokens)];
    if (docs.length > 1) return { ok: false };
    const doc = docs[0];
    if (doc === undefined) return { ok: true, value: null };
    if (doc.errors.length > 0) throw FunctionError.in("yamldecode", doc.errors[0]!.message.split("\n")[0]!);
    if (doc.warnings.length > 0) return { ok: false };
    return { ok: true, value: doc.toJS({ maxAliasCount: 1000 }) };
  };
  const a = read("1.2");
  const b = read("1.1");
  if (!a.ok || !b.ok) return undefined;
  const plain = (v: unknown): boolean =>
    v === null ||
    typeof v === "string" ||
    typeof v === "boolean" ||
    (typeof v === "number" && Number.isFinite(v) && numbersKept(v)) ||
    (Array.isArray(v) && v.every(plain)) ||
    (Object.getPrototypeOf(v) === Object.prototype && Object.values(v as object).every(plain));
  if (!plain(a.value) || JSON.stringify(a.value) !== JSON.stringify(b.value)) return undefined;
  return a.value;
}
def("yamldecode", {
  min: 1,
  max: 1,
  opaque: true,
  call(args, env) {
    const text = str(args[0]!);
    if (text.length > MAX_JSON)
      throw FunctionError.in("yamldecode", `the document is larger than ${MAX_JSON} bytes`);
    const v = env.yamlRead ? env.yamlRead(text, yamlValue) : yamlValue(text);
    if (v === undefined)
      return notReproduced(
        "yamldecode",
        args,
        "the document uses YAML that Terraform's decoder may read differently (YAML 1.1 forms, tags, several documents, large numbers)",
      );
    return fromJson(v);
  },
});
def("yamlencode", {
  min: 1,
  max: 1,
  call: (args) => notReproduced("yamlencode", args, "Terraform's YAML layout is not reproduced"),
});

// --- hashes ----------------------------------------------------------------------------------

for (const [name, alg, enc] of [
  ["md5", "md5", "hex"],
  ["sha1", "sha1", "hex"],
  ["sha256", "sha256", "hex"],
  ["sha512", "sha512", "hex"],
  ["base64sha256", "sha256", "base64"],
  ["base64sha512", "sha512", "base64"],
] as const) {
  def(name, { min: 1, max: 1, opaque: true, call: ([s]) => digest(alg, utf8(str(s!))).toString(enc) });
}

const UUID_NAMESPACES: Record<string, string> = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
};
def("uuidv5", {
  min: 2,
  max: 2,
  opaque: true,
  call([ns, name]) {
    const nsText = str(ns!);
    const id = UUID_NAMESPACES[nsText] ?? nsText;
    if (!/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/.test(id))
      throw FunctionError.in(
        "uuidv5",
        `the namespace must be dns, url, oid, x500 or a UUID, got ${JSON.stringify(nsText)}`,
      );
    const h = createHash("sha1")
      .update(Buffer.from(id.replace(/-/g, ""), "hex"))
      .update(utf8(str(name!)))
      .digest()
      .subarray(0, 16);
    h[6] = (h[6]! & 0x0f) | 0x50;
    h[8] = (h[8]! & 0x3f) | 0x80;
    const x = h.toString("hex");
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  },
});

// --- files, paths ----------------------------------------------------------------------------

/** Go's path.Clean. */
function cleanPath(p: string): string {
  if (p === "") return ".";
  const rooted = p.startsWith("/");
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") {
      if (out.length > 0 && out[out.length - 1] !== "..") out.pop();
      else if (!rooted) out.push("..");
      continue;
    }
    out.push(seg);
  }
  const body = out.join("/");
  return rooted ? `/${body}` : body === "" ? "." : body;
}
def("basename", {
  min: 1,
  max: 1,
  opaque: true,
  call([p]) {
    let s = str(p!);
    while (s.endsWith("/")) s = s.slice(0, -1);
    if (s === "") return str(p!) === "" ? "." : "/";
    return s.slice(s.lastIndexOf("/") + 1);
  },
});
def("dirname", {
  min: 1,
  max: 1,
  opaque: true,
  call([p]) {
    const s = str(p!);
    return cleanPath(s.slice(0, s.lastIndexOf("/") + 1));
  },
});
def("pathexpand", {
  min: 1,
  max: 1,
  opaque: true,
  call: (args) =>
    str(args[0]!).startsWith("~")
      ? notReproduced(
          "pathexpand",
          args,
          "the home directory of the machine that runs Terraform is not known",
        )
      : str(args[0]!),
});
def("abspath", {
  min: 1,
  max: 1,
  call: (args) => notReproduced("abspath", args, "the directory Terraform runs in is not known"),
});

/** Read a file's bytes; a file outside the repository is unknown (Terraform could read it). */
function fileBytes(name: string, args: Value[], env: FunctionEnv): Uint8Array | Unevaluated {
  const path = str(args[0]!);
  if (!env.readBytes) return notReproduced(name, args, "files cannot be read here");
  try {
    return env.readBytes(path);
  } catch (e) {
    if (e instanceof LimitationError) return notReproduced(name, args, e.message);
    throw e;
  }
}
for (const [name, alg, enc] of [
  ["filebase64", null, "base64"],
  ["filemd5", "md5", "hex"],
  ["filesha1", "sha1", "hex"],
  ["filesha256", "sha256", "hex"],
  ["filesha512", "sha512", "hex"],
  ["filebase64sha256", "sha256", "base64"],
  ["filebase64sha512", "sha512", "base64"],
] as const) {
  def(name, {
    min: 1,
    max: 1,
    opaque: true,
    call(args, env) {
      const bytes = fileBytes(name, args, env);
      if (bytes instanceof Unevaluated) return bytes;
      return alg === null ? base64(bytes) : digest(alg, bytes).toString(enc);
    },
  });
}

/** A glob of Terraform's fileset() (doublestar): `*`, `**`, `?`, `[…]`, `{a,b}`; null when unsure. */
function globRegExp(pattern: string): RegExp | null {
  // Many wildcards make a backtracking match slow (O(n^k)): leave such patterns unknown.
  if ((pattern.match(/[*?]/g) ?? []).length > 8 || pattern.length > 500) return null;
  let out = "";
  let i = 0;
  let braces = 0;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === "*" && pattern[i + 1] === "*") {
      const atStart = i === 0 || pattern[i - 1] === "/";
      const atEnd = i + 2 === pattern.length || pattern[i + 2] === "/";
      if (!atStart || !atEnd) return null;
      if (pattern[i + 2] === "/") {
        out += "(?:[^/]*/)*";
        i += 3;
      } else {
        out += ".*";
        i += 2;
      }
      continue;
    }
    i++;
    if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      braces++;
      out += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      out += ")";
    } else if (c === "," && braces > 0) out += "|";
    else if (c === "[" || c === "\\") return null;
    else out += c.replace(/[.+^$()|\]{}]/g, "\\$&");
  }
  if (braces !== 0) return null;
  return new RegExp(`^${out}$`, "su");
}
def("fileset", {
  min: 2,
  max: 2,
  opaque: true,
  call(args, env) {
    const dir = str(args[0]!);
    const re = globRegExp(str(args[1]!));
    if (re === null) return notReproduced("fileset", args, "the pattern uses glob syntax not evaluated here");
    const files = env.listFiles?.(dir) ?? null;
    if (files === null)
      return notReproduced("fileset", args, "the directory cannot be listed (it leaves the repository)");
    return toSet(files.filter((f) => re.test(f)));
  },
});

// --- dates -----------------------------------------------------------------------------------

function timeCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof TimeError) throw new FunctionError(e.message);
    throw e;
  }
}
def("formatdate", {
  min: 2,
  max: 2,
  opaque: true,
  call: (args) =>
    timeCall(
      () =>
        formatDate(str(args[0]!), parseTimestamp(str(args[1]!))) ??
        notReproduced("formatdate", args, "the format has a sequence whose Go result is not certain here"),
    ),
});
def("timeadd", {
  min: 2,
  max: 2,
  opaque: true,
  call: (args) =>
    timeCall(() => {
      const t = parseTimestamp(str(args[0]!));
      return formatRfc3339({ ...t, ns: t.ns + parseDuration(str(args[1]!)) });
    }),
});
def("timecmp", {
  min: 2,
  max: 2,
  opaque: true,
  call: (args) =>
    timeCall(() => {
      const a = parseTimestamp(str(args[0]!)).ns;
      const b = parseTimestamp(str(args[1]!)).ns;
      return a < b ? -1 : a > b ? 1 : 0;
    }),
});

// --- IP networks -----------------------------------------------------------------------------

function cidrCall(name: string, args: Value[], fn: () => string | string[] | null): Value {
  try {
    const r = fn();
    if (r === null || (Array.isArray(r) && r.some((x) => x === null)))
      return notReproduced(name, args, "Go prints an IPv4-mapped IPv6 address in a form not reproduced here");
    return r;
  } catch (e) {
    if (e instanceof CidrError) throw FunctionError.in(name, e.message);
    throw e;
  }
}
function bigNum(v: Value): bigint {
  const n = num(v);
  if (!Number.isSafeInteger(n)) throw new FunctionError(`a whole number is required, got ${formatNumber(n)}`);
  return BigInt(n);
}
def("cidrhost", {
  min: 2,
  max: 2,
  opaque: true,
  call: (args) =>
    cidrCall("cidrhost", args, () => {
      const p = parsePrefix(str(args[0]!));
      return formatAddress(p.v6, host(p, bigNum(args[1]!)));
    }),
});
def("cidrnetmask", {
  min: 1,
  max: 1,
  opaque: true,
  call: (args) => cidrCall("cidrnetmask", args, () => netmask(parsePrefix(str(args[0]!)))),
});
def("cidrsubnet", {
  min: 3,
  max: 3,
  opaque: true,
  call: (args) =>
    cidrCall("cidrsubnet", args, () =>
      formatPrefix(subnet(parsePrefix(str(args[0]!)), num(args[1]!), bigNum(args[2]!))),
    ),
});
def("cidrsubnets", {
  min: 1,
  opaque: true,
  call: (args) =>
    cidrCall("cidrsubnets", args, () => {
      const out = subnets(parsePrefix(str(args[0]!)), args.slice(1).map(num)).map(formatPrefix);
      return out.some((x) => x === null) ? null : (out as string[]);
    }),
});

// --- sensitivity, ephemerality, types ---------------------------------------------------------

// This analysis does not track sensitivity: the value passes through unchanged.
def(["sensitive", "nonsensitive"], { min: 1, max: 1, unknowns: true, call: ([v]) => v! });
// Terraform gives null for an ephemeral value (an ephemeral variable, resource or output) and the
// value itself otherwise; which values are ephemeral is not tracked here, so only null is sure.
def("ephemeralasnull", {
  min: 1,
  max: 1,
  unknowns: true,
  call: (args) =>
    args[0] === null
      ? null
      : notReproduced("ephemeralasnull", args, "which values are ephemeral is not tracked"),
});
def("issensitive", {
  min: 1,
  max: 1,
  unknowns: true,
  call: (args) => notReproduced("issensitive", args, "sensitivity is not tracked by this analysis"),
});
// convert(value, type) takes a type expression, not a value: the evaluator handles it (evaluate.ts).
def("convert", {
  min: 2,
  max: 2,
  unknowns: true,
  call: (args) => notReproduced("convert", args, "its type constraint is not evaluated"),
});
def("type", {
  min: 1,
  max: 1,
  unknowns: true,
  call: () => {
    throw new FunctionError("type() is only available in terraform console", { fn: "type" });
  },
});

def("provider::aws::trim_iam_role_path", {
  min: 1,
  max: 1,
  call([a]) {
    // The role name is the last segment of the resource part "role/<path>/<name>".
    return masked(str(a!), (text, unmask) => {
      const m = /^arn:[^:]*:iam::[^:]*:role\/(?:.*\/)?([^/]+)$/.exec(text);
      if (!m) throw FunctionError.in("trim_iam_role_path", `not an IAM role ARN: ${JSON.stringify(a)}`);
      return unmask(`${text.slice(0, text.indexOf(":role/") + 6)}${m[1]}`);
    });
  },
});

// Functions whose result cannot be known statically.
const UNKNOWABLE: [string, string][] = [
  ["uuid", "a random value"],
  ["timestamp", "the time of the run"],
  ["plantimestamp", "the time of the plan"],
  ["bcrypt", "a salted, random hash"],
  ["rsadecrypt", "decryption with a private key is not evaluated"],
  ["provider::aws::user_agent", "the provider's user agent is not evaluated"],
  ["provider::terraform::encode_tfvars", "Terraform's tfvars layout is not reproduced"],
  ["provider::terraform::decode_tfvars", "tfvars text given at run time is not evaluated"],
  ["provider::terraform::encode_expr", "Terraform's expression layout is not reproduced"],
];
for (const [name, why] of UNKNOWABLE) {
  def(name, { min: 0, unknowns: true, call: (args) => notReproduced(name, args, why) });
}
