/**
 * Set `key` as an ordinary own property of an object built from repository text. Keys are
 * untrusted: `out[key] = v` with the key "__proto__" would replace the prototype and the entry
 * would vanish (a Principal key lost without a word). defineProperty keeps it a key like any
 * other, which later stages see and report; every other key takes plain assignment, the fast path.
 */
export function setOwn<T>(out: Record<string, T>, key: string, value: NoInfer<T>): void {
  if (key === "__proto__")
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** Code-unit order of two strings: the same on every machine, whatever its locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether JSON.parse(JSON.stringify(v)) gives back what a structured clone would: only plain
 * objects and arrays (no holes), strings, booleans, null and finite numbers other than -0. No
 * undefined anywhere: JSON drops such a property, which a renderer could tell apart.
 */
export function jsonExact(v: unknown): boolean {
  switch (typeof v) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(v) && !Object.is(v, -0);
    case "object": {
      if (v === null) return true;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!(i in v) || !jsonExact(v[i])) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const k in v) if (!jsonExact((v as Record<string, unknown>)[k])) return false;
      return true;
    }
    default:
      return false;
  }
}
