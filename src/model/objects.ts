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
