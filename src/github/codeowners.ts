import type { Snapshot } from "../sources/snapshot.js";

/** Where GitHub looks for CODEOWNERS, in its order: the first one found is used. */
export const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

export interface Ownership {
  /** The CODEOWNERS file used, or null when there is none. */
  file: string | null;
  /** The owners of the path (the last matching rule wins; a rule without owners unowns it). */
  owners: string[];
}

export function ownersOf(snapshot: Snapshot, path: string): Ownership {
  for (const file of CODEOWNERS_PATHS) {
    const bytes = snapshot.read(file);
    if (bytes instanceof Uint8Array)
      return { file, owners: matchOwners(new TextDecoder().decode(bytes), path) };
  }
  return { file: null, owners: [] };
}

export function matchOwners(codeowners: string, path: string): string[] {
  let owners: string[] = [];
  for (const raw of codeowners.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const [pattern, ...rest] = line.split(/\s+/);
    if (pattern && patternToRegExp(pattern).test(path)) owners = rest;
  }
  return owners;
}

/** CODEOWNERS patterns follow .gitignore: `/` anchors, `*` stays in one folder, `**` crosses folders. */
export function patternToRegExp(pattern: string): RegExp {
  let p = pattern.replace(/\\#/g, "#");
  const dirOnly = p.endsWith("/");
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i]!;
    if (ch === "*" && p[i + 1] === "*") {
      const slash = p[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\-]/g, "\\$&");
  }
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${re}${dirOnly ? "/.*" : "(?:/.*)?"}$`);
}
