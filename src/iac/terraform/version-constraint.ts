/**
 * Terraform version constraints ("~> 5.0", ">= 4.2, < 6", "5.15.4") and the version ranges a
 * module signature covers ("v3 to v5", "0.x, 1.x"): whether a module call's `version` (or the
 * `?ref=` of a git source) can be satisfied by a version a signature was written for, and
 * whether a downloaded module's version satisfies a call. Pre-releases are compared by their
 * numbers only.
 */

/** major, minor, patch. */
export type Version = readonly [number, number, number];

interface Clause {
  op: "=" | "!=" | ">" | ">=" | "<" | "<=" | "~>";
  version: Version;
  /** How many parts were written ("~> 5.1" is 2): the pessimistic operator depends on it. */
  parts: number;
}

const VERSION = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-+][0-9A-Za-z.+-]*)?$/;

/** "v5.1.0", "5.1", "5" as a version (missing parts are 0), with the number of parts written. */
export function parseVersion(text: string): { version: Version; parts: number } | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  const parts = m[3] !== undefined ? 3 : m[2] !== undefined ? 2 : 1;
  return { version: [Number(m[1]), Number(m[2] ?? 0), Number(m[3] ?? 0)], parts };
}

/** A constraint as Terraform writes it, or null when it is not one. */
export function parseConstraint(text: string): Clause[] | null {
  const clauses: Clause[] = [];
  for (const piece of text.split(",")) {
    const m = /^\s*(~>|>=|<=|!=|=|>|<)?\s*(\S+)\s*$/.exec(piece);
    const parsed = m ? parseVersion(m[2]!) : null;
    if (!m || !parsed) return null;
    clauses.push({ op: (m[1] ?? "=") as Clause["op"], ...parsed });
  }
  return clauses.length > 0 ? clauses : null;
}

export function compareVersions(a: Version, b: Version): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/** Whether `version` satisfies every clause. */
export function satisfies(version: Version, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => {
    const cmp = compareVersions(version, c.version);
    switch (c.op) {
      case "=":
        return cmp === 0;
      case "!=":
        return cmp !== 0;
      case ">":
        return cmp > 0;
      case ">=":
        return cmp >= 0;
      case "<":
        return cmp < 0;
      case "<=":
        return cmp <= 0;
      case "~>":
        return cmp >= 0 && compareVersions(version, pessimisticLimit(c)) < 0;
    }
    return false;
  });
}

/** "~> 5.1.2" allows up to 5.2 (exclusive), "~> 5.1" and "~> 5" up to 6. */
function pessimisticLimit(c: Clause): Version {
  const [major, minor] = c.version;
  return c.parts === 3 ? [major, minor + 1, 0] : [major + 1, 0, 0];
}

/** Major version ranges (inclusive) of a `covers` text: "v3 to v5", "v4, v5", "0.x", "v0.x, v1". */
export function parseCovers(text: string): [number, number][] | null {
  const ranges: [number, number][] = [];
  for (const piece of text.split(",")) {
    const m = /^\s*v?(\d+)(?:\.x)?(?:\s+to\s+v?(\d+)(?:\.x)?)?\s*$/.exec(piece);
    if (!m) return null;
    const from = Number(m[1]);
    const to = m[2] !== undefined ? Number(m[2]) : from;
    if (to < from) return null;
    ranges.push([from, to]);
  }
  return ranges;
}

/**
 * Whether some version within the covered major ranges satisfies the constraint. The versions a
 * constraint allows form an interval (less the single versions "!=" rules out), so if any
 * covered version satisfies it, the lowest one does: the range's start, a version a clause
 * names, or the one just after it.
 */
export function coveredBy(clauses: readonly Clause[], covers: readonly [number, number][]): boolean {
  return covers.some(([from, to]) => {
    const candidates: Version[] = [[from, 0, 0]];
    for (const c of clauses) candidates.push(c.version, [c.version[0], c.version[1], c.version[2] + 1]);
    return candidates.some((v) => v[0] >= from && v[0] <= to && satisfies(v, clauses));
  });
}
