/**
 * Variant conditions in words (src/model/variants.ts): the shared, memoised simplification gives
 * exactly the words of the plain algorithm it replaced (kept below as the reference), for any
 * space of runs and any member sets asked one after another of the same space.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditionOf, conditionsIn, type VariantSpace } from "../../src/model/variants.js";

describe("variant conditions", () => {
  it("say a member set in words, the common choice first", () => {
    const space: VariantSpace = {
      runs: [
        [
          ["env", 'var.env = "dev"'],
          ["x", "x is true"],
        ],
        [
          ["env", 'var.env = "dev"'],
          ["x", "x is false"],
        ],
        [
          ["env", 'var.env = "prod"'],
          ["x", "x is true"],
        ],
        [
          ["env", 'var.env = "prod"'],
          ["x", "x is false"],
        ],
      ],
    };
    expect(conditionOf(space, [0, 1])).toBe('when var.env = "dev"');
    expect(conditionOf(space, [0, 2])).toBe("when x is true");
    expect(conditionOf(space, [0, 3])).toBe(
      'when var.env = "dev" and x is true or var.env = "prod" and x is false',
    );
    expect(conditionOf(space, [0, 1, 2, 3])).toBeUndefined();
  });

  it("give the reference algorithm's words for any space and sequence of member sets", () => {
    const keys = ["a", "b", "c", "d"];
    const run = fc.array(fc.tuple(fc.constantFrom(...keys), fc.integer({ min: 0, max: 2 })), {
      maxLength: 4,
    });
    const space = fc.array(run, { minLength: 1, maxLength: 12 }).map(
      (runs): VariantSpace => ({
        runs: runs.map((choices) => {
          const seen = new Map<string, string>();
          for (const [k, o] of choices) if (!seen.has(k)) seen.set(k, `${k} = "${o}"`);
          return [...seen];
        }),
      }),
    );
    fc.assert(
      fc.property(
        space,
        fc.array(fc.array(fc.nat(13), { maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        (s, asks) => {
          const answer = conditionsIn(s);
          const reference = referenceConditionsIn(s);
          for (const members of asks) expect(answer(members)).toBe(reference(members));
        },
      ),
      { numRuns: 3000, seed: 20261207 },
    );
  });
});

// --- the reference: simplify as it was before its keys were shared between member sets ---------

/** One alternative: choice key -> label, in the order the variant decided. */
type Alternative = Map<string, string>;

/**
 * `conditionOf` for many member sets of one space: the options of each choice are gathered once,
 * and a member set asked again (records of one resource often exist in the same variants) is
 * answered from the first time.
 */
function referenceConditionsIn(space: VariantSpace): (members: Iterable<number>) => string | undefined {
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
    const answer =
      simple.length === 0 || simple.some((a) => a.size === 0) ? undefined : referenceDescribe(simple);
    answered.set(asked, answer);
    return answer;
  };
}

/** "when A = \"x\" and B is true or A = \"y\""; what every alternative says comes first, once. */
function referenceDescribe(alts: Alternative[]): string {
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
