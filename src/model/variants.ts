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
  return conditionsIn(space)(members);
}

/**
 * `conditionOf` for many member sets of one space: the options of each choice are gathered once,
 * the alternatives and their canonical keys are shared by every member set, and a member set asked
 * again (records of one resource often exist in the same variants) is answered from the first time.
 */
export function conditionsIn(space: VariantSpace): (members: Iterable<number>) => string | undefined {
  const options = new Map<string, Set<string>>();
  for (const run of space.runs) {
    for (const [key, label] of run) {
      const set = options.get(key) ?? new Set<string>();
      set.add(label);
      options.set(key, set);
    }
  }
  // One alternative per run, shared by every member set asked (simplify never changes one).
  const alternatives: Alternative[] = space.runs.map((run) => new Map(run));
  const keys = new CanonicalKeys();
  const answered = new Map<string, string | undefined>();
  return (members) => {
    const chosen = [...new Set(members)].filter((i) => i >= 0 && i < space.runs.length);
    if (chosen.length === space.runs.length) return undefined;
    const asked = chosen.join(",");
    if (answered.has(asked)) return answered.get(asked);
    const simple = simplify(
      chosen.map((i) => alternatives[i] as Alternative),
      options,
      keys,
    );
    const answer = simple.length === 0 || simple.some((a) => a.size === 0) ? undefined : describe(simple);
    answered.set(asked, answer);
    return answer;
  };
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
 * Alternatives compared by a canonical key: each choice and label numbered once (per space), an
 * alternative's entries in choice order, written "choice:label,". Two alternatives with the same
 * entries have the same key, whatever order their choices were taken in. The key without one
 * choice (what `simplify` groups by) is kept per alternative and choice, so a pass over the same
 * alternatives does not write them again.
 */
class CanonicalKeys {
  private readonly ids = new Map<string, number>();
  private readonly entries = new Map<Alternative, [number, number][]>();
  private readonly written = new Map<Alternative, Map<number, string>>();

  id(text: string): number {
    let n = this.ids.get(text);
    if (n === undefined) {
      n = this.ids.size;
      this.ids.set(text, n);
    }
    return n;
  }

  /** The alternative's key without choice `without` (-1: the whole key). */
  signature(a: Alternative, without = -1): string {
    let byChoice = this.written.get(a);
    if (!byChoice) {
      byChoice = new Map();
      this.written.set(a, byChoice);
    }
    let s = byChoice.get(without);
    if (s === undefined) {
      s = "";
      for (const [k, v] of this.canonical(a)) if (k !== without) s += `${k}:${v},`;
      byChoice.set(without, s);
    }
    return s;
  }

  private canonical(a: Alternative): [number, number][] {
    let e = this.entries.get(a);
    if (!e) {
      e = [...a]
        .map(([k, v]): [number, number] => [this.id(`k${k}`), this.id(`v${v}`)])
        .sort(([x], [y]) => x - y);
      this.entries.set(a, e);
    }
    return e;
  }
}

/**
 * Fewer, shorter alternatives with the same meaning: alternatives that differ only in one choice
 * and together take every option of it drop that choice; one that contains another goes.
 * Alternatives are compared by their canonical key (`CanonicalKeys`): the same grouping as
 * comparing their sorted entries.
 */
function simplify(
  alts: Alternative[],
  options: ReadonlyMap<string, ReadonlySet<string>>,
  keys: CanonicalKeys,
): Alternative[] {
  const unique = (list: Alternative[]): Alternative[] => {
    const seen = new Set<string>();
    return list.filter((a) => {
      const s = keys.signature(a);
      if (seen.has(s)) return false;
      seen.add(s);
      return true;
    });
  };
  let out = unique(alts);
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of new Set(out.flatMap((a) => [...a.keys()]))) {
      const all = options.get(key);
      // A group can take every option only if the alternatives holding the choice are that many.
      if (!all) continue;
      const keyId = keys.id(`k${key}`);
      const byRest = new Map<string, Alternative[]>();
      for (const a of out) {
        if (!a.has(key)) continue;
        const rest = keys.signature(a, keyId);
        const group = byRest.get(rest);
        if (group) group.push(a);
        else byRest.set(rest, [a]);
      }
      for (const members of byRest.values()) {
        if (members.length < all.size) continue;
        const taken = new Set(members.map((m) => m.get(key)));
        if ([...all].some((o) => !taken.has(o))) continue;
        const merged = new Map(members[0]);
        merged.delete(key);
        const at = out.indexOf(members[0] as Alternative);
        const gone = new Set(members);
        out = out.filter((a) => !gone.has(a));
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
