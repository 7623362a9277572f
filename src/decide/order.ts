import type { ChangedGrant } from "../diff/diff.js";
import { lazyConstant } from "../model/lazy.js";
import type { AnalysisError } from "../model/types.js";

/**
 * The one order of the report's strings, whatever the machine's locale: "same input, same output"
 * (a Swedish locale sorts "ä" after "z", an English one beside "a"). A collator is immutable; it is
 * built on first use (ICU's setup is ~8 ms, and a run with nothing to sort never needs it).
 * The order is decided here, not in report/, because decisions depend on it: the verdict names the
 * first principals and files, and a principal shows the approval of its first grant.
 */
const collator = lazyConstant(() => new Intl.Collator("en"));

const CHANGE_ORDER = { added: 0, present: 1, unchanged: 2, removed: 3 } as const;

/** Ranks in the collator's order of the strings a report sorts by (see localeRanks). */
export interface SortRanks {
  file: Map<string, number>;
  address: Map<string, number>;
  principal: Map<string, number>;
  actions: Map<string, number>;
  target: Map<string, number>;
}

export function sortRanks(list: readonly ChangedGrant[]): SortRanks {
  const compare = (a: string, b: string) => collator().compare(a, b);
  return {
    file: localeRanks(
      list.map((c) => c.grant.resource.file),
      compare,
    ),
    address: localeRanks(
      list.map((c) => c.grant.resource.address),
      compare,
    ),
    principal: localeRanks(
      list.map((c) => c.grant.principal.id),
      compare,
    ),
    actions: localeRanks(
      list.map((c) => c.grant.actions.join(",")),
      compare,
    ),
    target: localeRanks(
      list.map((c) => c.grant.resource.target ?? ""),
      compare,
    ),
  };
}

/**
 * The grants in report order: by change, file, line, address, principal, actions and target,
 * each string compared with the collator. Each string is ranked once among its distinct values
 * (a few thousand files, fewer addresses) and the grants are sorted by the ranks: the order is
 * the same, without a collator comparison for every comparison of two grants.
 */
export function sortChanged(list: readonly ChangedGrant[], ranks: SortRanks): ChangedGrant[] {
  const keyed = list.map((c) => {
    const g = c.grant;
    return {
      c,
      order: CHANGE_ORDER[c.change],
      file: ranks.file.get(g.resource.file)!,
      line: g.resource.line,
      address: ranks.address.get(g.resource.address)!,
      principal: ranks.principal.get(g.principal.id)!,
      actions: ranks.actions.get(g.actions.join(","))!,
      target: ranks.target.get(g.resource.target ?? "")!,
    };
  });
  // Array.prototype.sort is stable: grants that compare equal keep their order.
  keyed.sort(
    (a, b) =>
      a.order - b.order ||
      a.file - b.file ||
      a.line - b.line ||
      a.address - b.address ||
      a.principal - b.principal ||
      a.actions - b.actions ||
      a.target - b.target,
  );
  return keyed.map((k) => k.c);
}

/** Errors in report order: by file, line, then message. */
export function compareErrors(a: AnalysisError, b: AnalysisError): number {
  const { compare } = collator();
  return compare(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || compare(a.message, b.message);
}

/**
 * Each string's rank in the collator's order; strings the collator finds equal share a rank, so
 * comparing ranks gives the sign the collator gives.
 */
function localeRanks(
  values: readonly string[],
  compare: (a: string, b: string) => number,
): Map<string, number> {
  const unique = [...new Set(values)].sort(compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  for (let i = 0; i < unique.length; i++) {
    if (i > 0 && compare(unique[i - 1]!, unique[i]!) !== 0) rank++;
    ranks.set(unique[i]!, rank);
  }
  return ranks;
}
