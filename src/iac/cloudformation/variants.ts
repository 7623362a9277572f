/**
 * The records of a resource from its variants: variants with the same properties are one record,
 * and the record says in words under which choices it exists ("when Env = \"dev\" or ..."). A
 * record that every variant produces identically has no condition.
 */
import type { Decision } from "./choices.js";

export interface VariantValue<T> {
  /** The labelled decisions of the variant (Run.labelled()). */
  decisions: Decision[];
  /** Identity of the value: variants with equal keys are one record. */
  key: string;
  value: T;
}

/** One alternative: choice key -> label, in the order the variant decided. */
type Alternative = Map<string, string>;

/**
 * `dropped`: the decisions of variants that produce no record (a false Condition, a mapping
 * key the deploy would not find); they count as variants where the record does not exist.
 */
export function collapseVariants<T>(
  variants: VariantValue<T>[],
  dropped: Decision[][],
): { value: T; conditional?: string }[] {
  const options = new Map<string, Set<string>>();
  for (const decisions of [...variants.map((v) => v.decisions), ...dropped]) {
    for (const d of decisions) {
      const set = options.get(d.key) ?? new Set<string>();
      set.add(d.label ?? "");
      options.set(d.key, set);
    }
  }
  const total = variants.length + dropped.length;
  const groups = new Map<string, { value: T; alts: Alternative[] }>();
  for (const v of variants) {
    const alt = new Map(v.decisions.map((d) => [d.key, d.label ?? ""]));
    const group = groups.get(v.key);
    if (group) group.alts.push(alt);
    else groups.set(v.key, { value: v.value, alts: [alt] });
  }
  return [...groups.values()].map(({ value, alts }) => {
    if (alts.length === total) return { value };
    const simple = simplify(alts, options);
    if (simple.some((a) => a.size === 0)) return { value };
    return { value, conditional: describe(simple) };
  });
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

/** Both conditions at once (a nested stack's and its resource's), either possibly absent. */
export function bothConditions(outer: string | undefined, inner: string | undefined): string | undefined {
  const parts = [outer, inner].filter((c): c is string => c !== undefined && c !== "");
  if (parts.length < 2) return parts[0];
  const bare = parts.map((c) => (c.startsWith("when ") ? c.slice(5) : c));
  return `when ${bare.map((c) => (c.includes(" or ") ? `(${c})` : c)).join(" and ")}`;
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
