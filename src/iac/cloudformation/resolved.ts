/** What resolution yields, and the state of one resolution pass. */
import type { Run } from "./choices.js";
import type { LNode } from "./located.js";

/** `Ref: AWS::NoValue`: the enclosing property or list element disappears. */
export const NO_VALUE: unique symbol = Symbol("AWS::NoValue");
export type Resolved = LNode | typeof NO_VALUE;

/** State of one resolution pass (one variant of one resource, or a constant evaluation). */
export interface Ctx {
  /** Choice points consult and extend this run; null: a pass without variants. */
  run: Run | null;
  /** When set, unknown choices are not split: they become unresolved tokens. */
  frozen: boolean;
  conditionMemo: Map<string, boolean>;
  conditionStack: string[];
  /**
   * Unknown mapping keys already chosen in this variant, by their resolved text: a second
   * Fn::FindInMap keyed by the same Ref AWS::Region takes the same region.
   */
  mapKeys: Map<string, string>;
  /**
   * The open parameters that may split this pass into variants (the resource's deciding ones,
   * parametersDeciding); any other parameter takes its Default. Absent: every deciding one.
   */
  splits?: ReadonlySet<string>;
}

export function newCtx(run: Run | null): Ctx {
  return { run, frozen: run === null, conditionMemo: new Map(), conditionStack: [], mapKeys: new Map() };
}
