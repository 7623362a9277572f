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
 * `conditionOf` for many member sets of one space: the options of each choice and the
 * alternatives are gathered once, and a member set asked again (records of one resource often
 * exist in the same variants) is answered from the first time.
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
  const answered = new Map<string, string | undefined>();
  const prints = new Fingerprints();
  return (members) => {
    const chosen = [...new Set(members)].filter((i) => i >= 0 && i < space.runs.length);
    if (chosen.length === space.runs.length) return undefined;
    const asked = chosen.join(",");
    if (answered.has(asked)) return answered.get(asked);
    const simple = simplify(
      chosen.map((i) => alternatives[i] as Alternative),
      options,
      prints,
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

/** The same choices with the same labels, apart from choice `except`. */
function sameExcept(a: Alternative, b: Alternative, except?: string): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (k !== except && b.get(k) !== v) return false;
  return true;
}

/**
 * Fewer, shorter alternatives with the same meaning: alternatives that differ only in one choice
 * and together take every option of it drop that choice; one that contains another goes.
 * Alternatives are compared entry by entry (a member set has a few alternatives of up to a few
 * dozen choices with long texts: comparing them is cheaper than writing keys for them), and
 * found by a number summing their entries (`Fingerprints`), so that only alike ones are compared.
 */
function simplify(
  alts: Alternative[],
  options: ReadonlyMap<string, ReadonlySet<string>>,
  prints: Fingerprints,
): Alternative[] {
  const unique = (list: Alternative[]): Alternative[] => {
    const kept: Alternative[] = [];
    const byPrint = new Map<number, Alternative[]>();
    for (const a of list) {
      const p = prints.of(a);
      const alike = byPrint.get(p);
      if (!alike) byPrint.set(p, [a]);
      else if (alike.some((k) => sameExcept(k, a))) continue;
      else alike.push(a);
      kept.push(a);
    }
    return kept;
  };
  let out = unique(alts);
  const only = out.length === 1 ? out[0] : undefined;
  if (only) {
    // One alternative (the common case): what the passes below come to is dropping, in order,
    // each choice that has a single option.
    let merged = only;
    for (const [key, label] of only) {
      const all = options.get(key);
      if (all?.size !== 1 || !all.has(label)) continue;
      if (merged === only) merged = new Map(only);
      merged.delete(key);
    }
    return [merged];
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const key of new Set(out.flatMap((a) => [...a.keys()]))) {
      const all = options.get(key);
      if (!all) continue;
      // Groups of the alternatives holding the choice that agree on every other one, in order
      // (agreeing is an equivalence: an alternative joins the one group whose first it agrees with).
      const groups: Alternative[][] = [];
      const byPrint = new Map<number, Alternative[][]>();
      for (const a of out) {
        if (!a.has(key)) continue;
        const p = prints.without(a, key);
        const alike = byPrint.get(p);
        const group = alike?.find((g) => sameExcept(g[0] as Alternative, a, key));
        if (group) {
          group.push(a);
          continue;
        }
        const created = [a];
        groups.push(created);
        if (alike) alike.push(created);
        else byPrint.set(p, [created]);
      }
      for (const members of groups) {
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

/**
 * A number per alternative that equal alternatives share: the sum of a number per entry (key and
 * label), so the number without one entry is a subtraction. Different alternatives may share one:
 * it only narrows what is compared.
 */
class Fingerprints {
  private readonly ids = new Map<string, number>();
  /** Per alternative: its number, and the number of each of its entries by key. */
  private readonly known = new Map<Alternative, { sum: number; entries: Map<string, number> }>();

  private id(text: string): number {
    let i = this.ids.get(text);
    if (i === undefined) {
      i = this.ids.size + 1;
      this.ids.set(text, i);
    }
    return i;
  }

  private entry(key: string, label: string): number {
    // Mixed so that sums of different entries rarely meet (the numbers stay within 32 bits).
    let h = Math.imul(this.id(key), 0x9e3779b1) ^ Math.imul(this.id(label), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
    return (h ^ (h >>> 13)) >>> 0;
  }

  private numbers(a: Alternative): { sum: number; entries: Map<string, number> } {
    let n = this.known.get(a);
    if (n === undefined) {
      let sum = 0;
      const entries = new Map<string, number>();
      for (const [k, v] of a) {
        const e = this.entry(k, v);
        entries.set(k, e);
        sum = (sum + e) >>> 0;
      }
      n = { sum, entries };
      this.known.set(a, n);
    }
    return n;
  }

  of(a: Alternative): number {
    return this.numbers(a).sum;
  }

  /** The number of `a` without its entry for `key` (which it has). */
  without(a: Alternative, key: string): number {
    const n = this.numbers(a);
    return (n.sum - (n.entries.get(key) as number)) >>> 0;
  }
}

/** A or (A and B) is A. */
function absorb(alts: Alternative[]): Alternative[] {
  const within = (small: Alternative, big: Alternative): boolean => {
    if (small.size >= big.size) return false;
    for (const [k, v] of small) if (big.get(k) !== v) return false;
    return true;
  };
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
