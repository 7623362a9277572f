/** Own-property helpers that are safe for keys such as "__proto__" coming from repository text. */

export function setOwn(obj: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

export function hasOwn(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}
