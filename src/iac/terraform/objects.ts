/** Own-property helpers that are safe for keys such as "__proto__" coming from repository text. */

export { setOwn } from "../../model/objects.js";

export function hasOwn(obj: object, key: string): boolean {
  return Object.hasOwn(obj, key);
}
