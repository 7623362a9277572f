/**
 * The evaluated body of each instance of a resource (or of an opaque module call), kept like a
 * local value (decisions.ts `Lazy`): once per set of choices its evaluation met.
 *
 * A resource is evaluated once per variant of the open inputs and undecided conditions its
 * evaluation meets (read-root.ts), but its body usually reads few of them: the variants that
 * agree on what the body read share one evaluation, and replay what it recorded (choices, spans,
 * errors) as a local value read again does.
 *
 * Instances are told apart by address and by the count./each. values they bind, compared by
 * structure, not by identity: a for_each over a value that depends on another choice is expanded
 * again in each variant, into new but often equal instances. Equal bindings and equal choices give
 * an equal evaluation: the body sees nothing else of the instance.
 */
import { Lazy, type Run } from "./decisions.js";
import type { Value } from "./values.js";

export class InstanceBodies<T> {
  private readonly byAddress = new Map<string, { bindings: ReadonlyMap<string, Value>; lazy: Lazy<T> }[]>();

  /** The body of the instance at `address` binding `bindings`, under the run's choices. */
  get(run: Run, address: string, bindings: ReadonlyMap<string, Value>, compute: () => T): T {
    let known = this.byAddress.get(address);
    if (!known) {
      known = [];
      this.byAddress.set(address, known);
    }
    let entry = known.find((e) => e.bindings === bindings || sameStructure(e.bindings, bindings));
    if (!entry) {
      entry = { bindings, lazy: new Lazy<T>() };
      known.push(entry);
    }
    return entry.lazy.get(run, compute);
  }
}

/**
 * Equal in everything an evaluation can see: the same primitives, the same kinds of object
 * (prototype) with the same own properties in the same order, the same elements of arrays, sets
 * and maps in the same order.
 */
export function sameStructure(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameStructure(a[i], other[i])) return false;
    return true;
  }
  if (a instanceof Map || a instanceof Set) {
    const other = b as Map<unknown, unknown> | Set<unknown>;
    if (a.size !== other.size) return false;
    const left = [...a.entries()];
    const right = [...other.entries()];
    return left.every(([k, v], i) => sameStructure(k, right[i]?.[0]) && sameStructure(v, right[i]?.[1]));
  }
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== otherKeys[i]) return false;
    if (!sameStructure((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
