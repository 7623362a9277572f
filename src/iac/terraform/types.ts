/**
 * Type constraints of variables (`type = object({ a = optional(string, "x") })`) and the
 * conversion Terraform applies to a value given for them: optional attributes become null or
 * their default at any depth, extra object attributes are dropped, primitives convert
 * (string <-> number <-> bool as Terraform allows), sets are sorted and de-duplicated. A value
 * that Terraform would refuse is an error; an unknown value stays unknown.
 */
import { hasToken } from "../../model/symbolic.js";
import type { Expr } from "./ast.js";
import { setOwn } from "./objects.js";
import { toSet } from "./sets.js";
import { formatNumber, isObject, newObject, RefObject, typeName, Unknown, type Value } from "./values.js";

export type TypeConstraint =
  | { k: "any" }
  | { k: "string" | "number" | "bool" }
  | { k: "list" | "set" | "map"; el: TypeConstraint }
  | { k: "object"; attrs: Map<string, { type: TypeConstraint; optional: boolean; default?: Expr }> }
  | { k: "tuple"; items: TypeConstraint[] };

const ANY: TypeConstraint = { k: "any" };

/** The constraint an expression writes, or null when it is not one we can read (then: any). */
export function typeOf(e: Expr): TypeConstraint | null {
  if (e.k === "paren") return typeOf(e.x);
  if (e.k === "template" && e.parts.length === 1 && e.parts[0]!.k === "interp")
    return typeOf(e.parts[0]!.expr);
  if (e.k === "var") {
    if (e.name === "string" || e.name === "number" || e.name === "bool") return { k: e.name };
    if (e.name === "any") return ANY;
    return null;
  }
  if (e.k !== "call") return null;
  const [a] = e.args;
  switch (e.name) {
    case "list":
    case "set":
    case "map": {
      const el = a ? typeOf(a) : ANY;
      return el ? { k: e.name, el } : null;
    }
    case "tuple": {
      if (a?.k !== "tuple") return null;
      const items = a.items.map(typeOf);
      return items.every((t) => t !== null) ? { k: "tuple", items: items as TypeConstraint[] } : null;
    }
    case "object": {
      if (a?.k !== "object") return null;
      const attrs = new Map<string, { type: TypeConstraint; optional: boolean; default?: Expr }>();
      for (const item of a.items) {
        const name = item.key.k === "lit" ? item.key.value : item.key.k === "var" ? item.key.name : null;
        if (typeof name !== "string") return null;
        const v = item.value;
        if (v.k === "call" && v.name === "optional" && v.args[0]) {
          const t = typeOf(v.args[0]);
          if (!t) return null;
          attrs.set(name, { type: t, optional: true, ...(v.args[1] ? { default: v.args[1] } : {}) });
        } else {
          const t = typeOf(v);
          if (!t) return null;
          attrs.set(name, { type: t, optional: false });
        }
      }
      return { k: "object", attrs };
    }
    default:
      return null;
  }
}

export class TypeConversionError extends Error {}

/**
 * Convert a value to a constraint as Terraform does for a variable. `evalDefault` evaluates an
 * optional attribute's default expression (a literal).
 */
export function convert(v: Value, t: TypeConstraint, evalDefault: (e: Expr) => Value, path = ""): Value {
  if (v === null || v instanceof Unknown || v instanceof RefObject) return v;
  const where = path === "" ? "" : ` at ${path}`;
  const fail = (what: string): never => {
    throw new TypeConversionError(`${what} required${where}, got ${typeName(v)}`);
  };
  switch (t.k) {
    case "any":
      return v;
    case "string":
      if (typeof v === "string") return v;
      if (typeof v === "number") return formatNumber(v);
      if (typeof v === "boolean") return v ? "true" : "false";
      return fail("a string");
    case "number":
      if (typeof v === "number") return v;
      if (typeof v === "string") {
        if (hasToken(v)) return v;
        if (/^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
      }
      return fail("a number");
    case "bool":
      if (typeof v === "boolean") return v;
      if (v === "true" || v === "false") return v === "true";
      if (typeof v === "string" && hasToken(v)) return v;
      return fail("a bool");
    case "list":
    case "set": {
      if (!Array.isArray(v)) return fail(`a ${t.k}`);
      const items = v.map((x, i) => convert(x, t.el, evalDefault, `${path}[${i}]`));
      return t.k === "set" ? toSet(items) : items;
    }
    case "tuple": {
      if (!Array.isArray(v)) return fail("a tuple");
      if (v.length !== t.items.length)
        throw new TypeConversionError(
          `a tuple of ${t.items.length} elements required${where}, got ${v.length}`,
        );
      return v.map((x, i) => convert(x, t.items[i]!, evalDefault, `${path}[${i}]`));
    }
    case "map": {
      if (!isObject(v)) return fail("a map");
      return newObject(
        Object.keys(v).map((k) => [k, convert(v[k]!, t.el, evalDefault, `${path}["${k}"]`)] as const),
      );
    }
    case "object": {
      if (!isObject(v)) return fail("an object");
      const out = newObject();
      for (const [name, attr] of t.attrs) {
        const at = path === "" ? name : `${path}.${name}`;
        if (Object.hasOwn(v, name) && v[name] !== null) {
          setOwn(out, name, convert(v[name]!, attr.type, evalDefault, at));
        } else if (attr.optional) {
          setOwn(
            out,
            name,
            attr.default ? convert(evalDefault(attr.default), attr.type, evalDefault, at) : null,
          );
        } else if (Object.hasOwn(v, name)) {
          setOwn(out, name, null);
        } else {
          throw new TypeConversionError(`attribute "${name}" is required${where}`);
        }
      }
      return out;
    }
  }
}
