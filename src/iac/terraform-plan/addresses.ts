/** Terraform module instance addresses: `module.a["k"].module.b[0]`. */

export interface ModuleStep {
  /** The module call's name. */
  call: string;
  /** The instance key, when the call uses count or for_each. */
  key?: number | string;
}

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_-]*/;

/** The steps of a module instance address ("" = the root module); null when it does not parse. */
export function parseModuleAddress(address: string): ModuleStep[] | null {
  const steps: ModuleStep[] = [];
  let rest = address;
  while (rest !== "") {
    if (steps.length > 0) {
      if (!rest.startsWith(".")) return null;
      rest = rest.slice(1);
    }
    if (!rest.startsWith("module.")) return null;
    rest = rest.slice("module.".length);
    const name = NAME_RE.exec(rest);
    if (!name) return null;
    const step: ModuleStep = { call: name[0] };
    rest = rest.slice(name[0].length);
    if (rest.startsWith("[")) {
      const key = readKey(rest);
      if (!key) return null;
      step.key = key.value;
      rest = rest.slice(key.length);
    }
    steps.push(step);
  }
  return steps;
}

/** `[0]` or `["text"]` at the start of the text: the key and how many characters it took. */
function readKey(text: string): { value: number | string; length: number } | null {
  const num = /^\[(\d+)\]/.exec(text);
  if (num) return { value: Number(num[1]), length: num[0].length };
  if (!text.startsWith('["')) return null;
  let i = 2;
  while (i < text.length) {
    const c = text[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === '"') break;
    i++;
  }
  if (text[i + 1] !== "]") return null;
  try {
    const value = JSON.parse(text.slice(1, i + 1)) as unknown;
    return typeof value === "string" ? { value, length: i + 2 } : null;
  } catch {
    return null;
  }
}

/** The instance key written as in an address: `[0]`, `["k"]`, or "" without a key. */
export function keySuffix(key: number | string | undefined): string {
  if (key === undefined) return "";
  return typeof key === "number" ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

/** A resource address inside a module instance. */
export function resourceAddress(moduleAddress: string, local: string): string {
  return moduleAddress === "" ? local : `${moduleAddress}.${local}`;
}
