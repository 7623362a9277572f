/**
 * A record that only some variants of a resource produce, said in words ("when Env = \"dev\" or
 * ..."). The readers enumerate variants (one joint choice per open input); a record, and a grant
 * found in several records of one resource, exists in a set of them: `conditionOf` says which.
 */

/** Every variant of one resource: its labelled choices as [choice key, label] pairs, in order. */
export interface VariantSpace {
  runs: [string, string][][];
}

/** Which variants of its resource give a record (indexes into `space.runs`). */
export interface RecordVariants {
  space: VariantSpace;
  members: number[];
}

/** One alternative: choice key -> label, in the order the variant decided. */
type Alternative = Map<string, string>;

/** The condition under which the `members` of a space exist; undefined when they are all of it. */
export function conditionOf(space: VariantSpace, members: Iterable<number>): string | undefined {
  const chosen = [...new Set(members)].filter((i) => i >= 0 && i < space.runs.length);
  if (chosen.length === space.runs.length) return undefined;
  const options = new Map<string, Set<string>>();
  for (const run of space.runs) {
    for (const [key, label] of run) {
      const set = options.get(key) ?? new Set<string>();
      set.add(label);
      options.set(key, set);
    }
  }
  const simple = simplify(
    chosen.map((i) => new Map(space.runs[i])),
    options,
  );
  if (simple.length === 0 || simple.some((a) => a.size === 0)) return undefined;
  return describe(simple);
}

/** "when A = \"x\" and B is true or A = \"y\""; what every alternative says comes first, once. */
function describe(alts: Alternative[]): string {
  const first = alts.length > 1 ? (alts[0] ?? new Map<string, string>()) : new Map<string, string>();
  const common = [...first].filter(([k, v]) => alts.every((a) => a.get(k) === v));
  const rest = alts.map((a) => [...a].filter(([k]) => !common.some(([c]) => c === k)).map(([, v]) => v));
  const either = rest.map((labels) => labels.join(" and ")).join(" or ");
  if (common.length === 0) return `when ${either}`;
  return `when ${common.map(([, v]) => v).join(" and ")} and (${either})`;
}

/**
 * Fewer, shorter alternatives with the same meaning: alternatives that differ only in one choice
 * and together take every option of it drop that choice; one that contains another goes.
 */
function simplify(alts: Alternative[], options: ReadonlyMap<string, ReadonlySet<string>>): Alternative[] {
  let out = unique(alts);
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of new Set(out.flatMap((a) => [...a.keys()]))) {
      const all = options.get(key);
      const byRest = new Map<string, Alternative[]>();
      for (const a of out) {
        if (!a.has(key)) continue;
        const rest = signature(a, key);
        byRest.set(rest, [...(byRest.get(rest) ?? []), a]);
      }
      for (const members of byRest.values()) {
        const taken = new Set(members.map((m) => m.get(key)));
        if (!all || [...all].some((o) => !taken.has(o))) continue;
        const merged = new Map(members[0]);
        merged.delete(key);
        const at = out.indexOf(members[0] as Alternative);
        out = out.filter((a) => !members.includes(a));
        out.splice(Math.min(at, out.length), 0, merged);
        changed = true;
        break;
      }
      if (changed) break;
    }
    out = absorb(unique(out));
  }
  return out;
}

function signature(a: Alternative, without?: string): string {
  return JSON.stringify(
    [...a].filter(([k]) => k !== without).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)),
  );
}

function unique(alts: Alternative[]): Alternative[] {
  const seen = new Set<string>();
  return alts.filter((a) => {
    const s = signature(a);
    if (seen.has(s)) return false;
    seen.add(s);
    return true;
  });
}

/** A or (A and B) is A. */
function absorb(alts: Alternative[]): Alternative[] {
  const within = (small: Alternative, big: Alternative): boolean =>
    small.size < big.size && [...small].every(([k, v]) => big.get(k) === v);
  return alts.filter((a) => !alts.some((b) => within(b, a)));
}

/**
 * A grant's `conditional` for a reader. CloudFormation says it in words already ("when Env =
 * \"dev\""); the grant dedupe joins the conditions of one grant found in several records with
 * " | ", which reads as "or". Other readers' conditions are expressions: "only if <expression>".
 */
export function conditionPhrase(conditional: string): { lead: string; text: string } {
  const parts = conditional.split(" | ");
  if (!parts.every((p) => p.startsWith("when "))) return { lead: "only if", text: conditional };
  const bare = parts.map((p) => p.slice("when ".length));
  const text =
    bare.length === 1 ? (bare[0] ?? "") : bare.map((b) => (b.includes(" or ") ? `(${b})` : b)).join(" or ");
  return { lead: "when", text };
}
