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
 * and a member set asked again (records of one resource often exist in the same variants) is
 * answered from the first time.
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
  const answered = new Map<string, string | undefined>();
  return (members) => {
    const chosen = [...new Set(members)].filter((i) => i >= 0 && i < space.runs.length);
    if (chosen.length === space.runs.length) return undefined;
    const asked = chosen.join(",");
    if (answered.has(asked)) return answered.get(asked);
    const simple = simplify(
      chosen.map((i) => new Map(space.runs[i])),
      options,
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
 * Fewer, shorter alternatives with the same meaning: alternatives that differ only in one choice
 * and together take every option of it drop that choice; one that contains another goes.
 * Alternatives are compared by a canonical key (choice and label numbered once per call, in
 * choice order): the same grouping as comparing their sorted entries, without re-sorting and
 * re-serialising every alternative for every choice on every pass.
 */
function simplify(alts: Alternative[], options: ReadonlyMap<string, ReadonlySet<string>>): Alternative[] {
  const ids = new Map<string, number>();
  const id = (text: string): number => {
    let n = ids.get(text);
    if (n === undefined) {
      n = ids.size;
      ids.set(text, n);
    }
    return n;
  };
  const entries = new Map<Alternative, [number, number][]>();
  const canonical = (a: Alternative): [number, number][] => {
    let e = entries.get(a);
    if (!e) {
      e = [...a].map(([k, v]): [number, number] => [id(`k${k}`), id(`v${v}`)]).sort(([x], [y]) => x - y);
      entries.set(a, e);
    }
    return e;
  };
  const signature = (a: Alternative, without?: number): string => {
    let s = "";
    for (const [k, v] of canonical(a)) if (k !== without) s += `${k}:${v},`;
    return s;
  };
  const unique = (list: Alternative[]): Alternative[] => {
    const seen = new Set<string>();
    return list.filter((a) => {
      const s = signature(a);
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
      const keyId = id(`k${key}`);
      const byRest = new Map<string, Alternative[]>();
      for (const a of out) {
        if (!a.has(key)) continue;
        const rest = signature(a, keyId);
        const group = byRest.get(rest);
        if (group) group.push(a);
        else byRest.set(rest, [a]);
      }
      for (const members of byRest.values()) {
        if (!all || members.length < all.size) continue;
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
