/** Property paths ("a/b/*\/c") over resolved JSON values. */

export interface Located {
  value: unknown;
  /** The concrete path, "*" replaced by indexes. */
  path: string;
}

/** Every value at a path; "*" visits each element of a list (a single value counts as a list of one). */
export function valuesAt(root: unknown, path: string): Located[] {
  let frontier: Located[] = [{ value: root, path: "" }];
  for (const part of path.split("/")) {
    const next: Located[] = [];
    for (const { value, path: at } of frontier) {
      if (part === "*") {
        const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
        list.forEach((v, i) => {
          next.push({ value: v, path: join(at, String(i)) });
        });
      } else if (Array.isArray(value) && /^\d+$/.test(part)) {
        if (Number(part) < value.length) next.push({ value: value[Number(part)], path: join(at, part) });
      } else if (value !== null && typeof value === "object" && !Array.isArray(value)) {
        if (Object.hasOwn(value, part)) {
          next.push({ value: (value as Record<string, unknown>)[part], path: join(at, part) });
        }
      } else if (Array.isArray(value) && value.length === 1) {
        // Terraform nested blocks are lists of one object: "access_control_policy/grant" reads through.
        const only = value[0];
        if (only !== null && typeof only === "object" && Object.hasOwn(only, part)) {
          next.push({ value: (only as Record<string, unknown>)[part], path: join(join(at, "0"), part) });
        }
      }
    }
    frontier = next;
  }
  return frontier.filter((l) => l.value !== undefined && l.value !== null);
}

/** The first value at a path, or undefined. */
export function valueAt(root: unknown, path: string): unknown {
  return valuesAt(root, path)[0]?.value;
}

/** Read a value inside a JSON document along a path of keys and indexes. */
export function valueAtPath(root: unknown, path: readonly (string | number)[]): unknown {
  let cur: unknown = root;
  for (const key of path) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

function join(a: string, b: string): string {
  return a === "" ? b : `${a}/${b}`;
}
