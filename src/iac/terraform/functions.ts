/**
 * Terraform's built-in functions, as far as policies use them. Arguments arrive evaluated;
 * an argument that is Unknown makes the result Unknown (naming the call) unless the function
 * can carry the unknown part inside its result (jsonencode, format, join, ...).
 */
import { hasToken } from "../../model/symbolic.js";
import { parseJsonText } from "./hcl.js";
import { setOwn } from "./objects.js";
import {
  ConversionError,
  compareStrings,
  equalValues,
  formatNumber,
  fromJson,
  isObject,
  newObject,
  type ObjectValue,
  OtherValue,
  RefObject,
  residual,
  sortedKeys,
  toStringValue,
  typeName,
  Unknown,
  type Value,
} from "./values.js";

export class FunctionError extends Error {}

export interface FunctionEnv {
  /** The text of a file named as Terraform would resolve it; throws FunctionError when it cannot. */
  readFile(path: string): string;
  /** Evaluate template text with the given variables. */
  renderTemplate(text: string, vars: ObjectValue, path: string): Value;
  fileExists(path: string): boolean;
}

interface FnDef {
  min: number;
  max?: number;
  /** The function handles Unknown arguments itself. */
  unknowns?: boolean;
  call(args: Value[], env: FunctionEnv): Value;
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
    );
  }
  // An attribute of a resource is a string in the own account: pass it on as its token.
  const args = rawArgs.map((a) => (a instanceof RefObject && a.path !== "" ? a.toToken() : a));
  if (!fn.unknowns && args.some((a) => a instanceof Unknown || a instanceof RefObject)) {
    return new Unknown(`${name}(${args.map((a) => residual(a, 80)).join(", ")})`);
  }
  try {
    return fn.call(args, env);
  } catch (e) {
    if (e instanceof UnknownShape)
      return new Unknown(`${name}(${rawArgs.map((a) => residual(a, 80)).join(", ")})`);
    if (e instanceof ConversionError) throw new FunctionError(`${name}(): ${e.message}`);
    if (
      e instanceof FunctionError &&
      !e.message.startsWith(`${name}()`) &&
      !/^[a-z:_]+\(\)/.test(e.message)
    ) {
      throw new FunctionError(`${name}(): ${e.message}`);
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
  if (v === null) throw new FunctionError(`the ${what} must not be null`);
  return toStringValue(v);
}

/**
 * A value whose type is not known (an attribute of a resource or data source, passed on as its
 * token): a function that needs a list, a map or a number of it has an unknown result, never an
 * error Terraform would not raise.
 */
class UnknownShape extends Error {}

function shapeUnknown(v: Value): boolean {
  return typeof v === "string" && hasToken(v);
}

function num(v: Value): number {
  if (typeof v === "number") return v;
  if (shapeUnknown(v)) throw new UnknownShape();
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  throw new FunctionError(`a number is required, got ${typeName(v)}`);
}

function list(v: Value): Value[] {
  if (Array.isArray(v)) return v;
  if (shapeUnknown(v)) throw new UnknownShape();
  throw new FunctionError(`a list is required, got ${typeName(v)}`);
}

function obj(v: Value): ObjectValue {
  if (isObject(v)) return v;
  if (shapeUnknown(v)) throw new UnknownShape();
  throw new FunctionError(`a map or object is required, got ${typeName(v)}`);
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

function key(v: Value): string {
  return v instanceof Unknown
    ? `?${v.text}`
    : JSON.stringify(v, (_k, x) => (x instanceof RefObject ? x.toToken() : x));
}

function dedupe(items: Value[]): Value[] {
  const seen = new Set<string>();
  return items.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function toSet(items: Value[]): Value[] {
  const out = dedupe(items);
  if (out.every((v) => typeof v === "string")) return (out as string[]).sort(compareStrings);
  if (out.every((v) => typeof v === "number")) return (out as number[]).sort((a, b) => a - b);
  return out;
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
  if (budget.left < 0) throw new FunctionError(`jsonencode(): the document is larger than ${MAX_JSON} bytes`);
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

def("jsondecode", {
  min: 1,
  max: 1,
  call([s]) {
    const text = str(s!);
    try {
      return fromJson(parseJsonText(text));
    } catch (e) {
      throw new FunctionError(`jsondecode(): invalid JSON: ${(e as Error).message}`);
    }
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
      const bin = atob(str(s!));
      return new TextDecoder("utf-8", { fatal: true }).decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
    } catch {
      throw new FunctionError("base64decode(): invalid base64 or not UTF-8");
    }
  },
});

// --- strings ---------------------------------------------------------------------------------

/** Go-style verbs as Terraform's format() knows them. */
function formatString(fmt: string, args: Value[]): string {
  let next = 0;
  return fmt.replace(
    /%([-+# 0]*)([0-9]+)?(?:\.([0-9]+))?([a-zA-Z%])/g,
    (_m, flags: string, width: string, prec, verb) => {
      if (verb === "%") return "%";
      if (next >= args.length)
        throw new FunctionError("format(): not enough arguments for the format string");
      const v = args[next++]!;
      let out: string;
      switch (verb) {
        case "s":
          out = str(v);
          break;
        case "d":
          out = v instanceof Unknown ? toStringValue(v) : formatNumber(Math.trunc(num(v)));
          break;
        case "f":
          out =
            v instanceof Unknown ? toStringValue(v) : num(v).toFixed(prec === undefined ? 6 : Number(prec));
          break;
        case "t":
          out = str(v);
          break;
        case "q":
          out = JSON.stringify(str(v));
          break;
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
          throw new FunctionError(`format(): unsupported verb %${verb}`);
      }
      if (width !== undefined && Number(width) > MAX_WIDTH)
        throw new FunctionError(`format(): width ${width} is too large`);
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
  call: ([f, ...rest]) => (f instanceof Unknown ? f : formatString(str(f!), rest)),
});

def("formatlist", {
  min: 1,
  call([f, ...rest]) {
    const fmt = str(f!);
    const lengths = rest.filter(Array.isArray).map((l) => l.length);
    if (lengths.some((n) => n !== lengths[0]))
      throw new FunctionError("formatlist(): list arguments differ in length");
    const n = lengths[0] ?? 1;
    const out: Value[] = [];
    bounded(new Array(Math.min(n, MAX_ELEMENTS + 1)));
    for (let i = 0; i < n; i++)
      out.push(
        formatString(
          fmt,
          rest.map((a) => (Array.isArray(a) ? a[i]! : a)),
        ),
      );
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
  call: ([sep, s]) => masked(str(s!), (text, unmask) => text.split(str(sep!)).map(unmask)),
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

/** A Terraform regular expression (RE2) as a JS RegExp. */
function regExp(pattern: string, flags = ""): RegExp {
  // JavaScript regular expressions backtrack (RE2 does not): refuse nested quantifiers, which
  // a configuration could use to stall the analysis.
  if (mayBacktrack(pattern) || pattern.length > 1000) {
    throw new FunctionError(
      `the regular expression ${JSON.stringify(pattern.slice(0, 80))} is too complex to evaluate safely`,
    );
  }
  try {
    return new RegExp(pattern.replace(/\(\?P</g, "(?<"), flags);
  } catch (e) {
    throw new FunctionError(`invalid regular expression ${JSON.stringify(pattern)}: ${(e as Error).message}`);
  }
}

def("replace", {
  min: 3,
  max: 3,
  call([s, sub, rep]) {
    const needle = str(sub!);
    const replacement = str(rep!);
    return masked(str(s!), (text, unmask) => {
      if (needle.length > 1 && needle.startsWith("/") && needle.endsWith("/")) {
        return unmask(text.replace(regExp(needle.slice(1, -1), "g"), replacement));
      }
      return unmask(text.split(needle).join(replacement));
    });
  },
});

function regexMatch(m: RegExpMatchArray): Value {
  if (m.groups && Object.keys(m.groups).length > 0) {
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
    if (hasToken(text)) return new Unknown(`regex(${residual(p!)}, ${residual(text)})`);
    const m = text.match(regExp(str(p!)));
    if (!m) throw new FunctionError("regex(): the pattern did not match");
    return regexMatch(m);
  },
});

def("regexall", {
  min: 2,
  max: 2,
  call([p, s]) {
    const text = str(s!);
    if (hasToken(text)) return new Unknown(`regexall(${residual(p!)}, ${residual(text)})`);
    return [...text.matchAll(regExp(str(p!), "g"))].map(regexMatch);
  },
});

const stringFn = (name: string, fn: (s: string) => string): void =>
  def(name, { min: 1, max: 1, call: ([s]) => masked(str(s!), (t, unmask) => unmask(fn(t))) });

stringFn("lower", (s) => s.toLowerCase());
stringFn("upper", (s) => s.toUpperCase());
stringFn("trimspace", (s) => s.trim());
stringFn("chomp", (s) => s.replace(/(\r?\n)+$/, ""));
stringFn("title", (s) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase()));

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
def("trimprefix", {
  min: 2,
  max: 2,
  call: ([s, p]) => {
    const t = str(s!);
    const x = str(p!);
    return t.startsWith(x) ? t.slice(x.length) : t;
  },
});
def("trimsuffix", {
  min: 2,
  max: 2,
  call: ([s, p]) => {
    const t = str(s!);
    const x = str(p!);
    return x !== "" && t.endsWith(x) ? t.slice(0, -x.length) : t;
  },
});
def("startswith", { min: 2, max: 2, call: ([s, p]) => str(s!).startsWith(str(p!)) });
def("endswith", { min: 2, max: 2, call: ([s, p]) => str(s!).endsWith(str(p!)) });
def("strcontains", { min: 2, max: 2, call: ([s, p]) => str(s!).includes(str(p!)) });
def("substr", {
  min: 3,
  max: 3,
  call([s, o, l]) {
    const text = str(s!);
    if (hasToken(text)) return new Unknown(`substr(${residual(text)}, ${residual(o!)}, ${residual(l!)})`);
    const chars = [...text];
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
    throw new FunctionError(`tobool(): cannot convert ${typeName(v!)} to bool`);
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
    if (typeof v === "string") return hasToken(v) ? new Unknown(`length(${residual(v)})`) : [...v].length;
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
      if (depth > 100) throw new FunctionError("flatten(): nested too deeply");
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
    if (d === undefined) throw new FunctionError(`lookup(): the map has no key ${JSON.stringify(name)}`);
    return d;
  },
});
def("element", {
  min: 2,
  max: 2,
  call([l, i]) {
    const items = list(l!);
    if (items.length === 0) throw new FunctionError("element(): the list is empty");
    const n = Math.trunc(num(i!));
    if (n < 0) throw new FunctionError("element(): negative index");
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
    throw new FunctionError("index(): the value is not in the list");
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
    throw new FunctionError("coalesce(): no non-null, non-empty argument");
  },
});
def("coalescelist", {
  min: 1,
  unknowns: true,
  call(args) {
    for (const a of args) {
      if (a instanceof Unknown || a instanceof RefObject)
        return new Unknown(`coalescelist(${args.map((x) => residual(x, 80)).join(", ")})`);
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
    if (step === 0) throw new FunctionError("range(): step must not be zero");
    const out: number[] = [];
    for (let i = start; step > 0 ? i < end : i > end; i += step) {
      out.push(i);
      if (out.length > 1024) throw new FunctionError("range(): more than 1024 elements");
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
    if (ks.length !== vs.length) throw new FunctionError("zipmap(): the lists differ in length");
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
    if (items.length > 1) throw new FunctionError("one(): the list has more than one element");
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
def("sum", { min: 1, max: 1, call: ([l]) => list(l!).reduce<number>((a, v) => a + num(v), 0) });
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
def("fileexists", { min: 1, max: 1, call: ([p], env) => env.fileExists(str(p!)) });
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
        throw new FunctionError(`arn_parse(): not an ARN: ${JSON.stringify(a)}`);
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

// Functions whose result cannot be known statically.
for (const name of ["uuid", "timestamp", "bcrypt", "plantimestamp", "uuidv5"]) {
  def(name, {
    min: 0,
    unknowns: true,
    call: (args) => new Unknown(`${name}(${args.map((a) => residual(a, 40)).join(", ")})`),
  });
}
