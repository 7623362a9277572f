/**
 * Enumerating the variants of a resource whose value depends on unknown choices (an open
 * parameter that decides something, Fn::If with an unknown condition, Fn::FindInMap with an
 * unknown key).
 *
 * Resolution runs once per variant. A run asks `choose(key, options)` at each choice point; the
 * first run takes option 0 everywhere and queues the other options as prefixes of decisions for
 * later runs, so every combination is visited once. A key decided earlier in a run returns the
 * same option again (two Fn::If on one condition agree). Past the variant budget, a new choice
 * point is "collapsed": the caller puts an unresolved token naming it in its place.
 */

export const MAX_VARIANTS = 32;

export interface Decision {
  key: string;
  /** The chosen option's index, or null when the choice point was collapsed. */
  option: number | null;
  /** "Fn::If IsProd=false": what the variant assumed; absent when collapsed. */
  label?: string;
}

export interface ChoicePoint {
  key: string;
  /** One label per option, e.g. ["IsProd is true", "IsProd is false"]. */
  labels: string[];
}

export class Run {
  private pos = 0;
  readonly trace: Decision[] = [];
  private readonly decided = new Map<string, number | null>();
  /** Set when the choices of this run cannot be deployed together (a mapping key that is absent). */
  impossible = false;

  constructor(
    private readonly prefix: readonly Decision[],
    private readonly enumerator: VariantEnumerator,
    preset: ReadonlyMap<string, number> = new Map(),
  ) {
    for (const [k, v] of preset) this.decided.set(k, v);
  }

  /** Option already taken for a key in this run (preset or chosen), undefined if none yet. */
  decision(key: string): number | null | undefined {
    return this.decided.get(key);
  }

  /** The option to take at a choice point, or null: collapsed, use an unresolved token. */
  choose(point: ChoicePoint): number | null {
    const known = this.decided.get(point.key);
    if (known !== undefined) return known;
    let decision: Decision;
    const replay = this.prefix[this.pos];
    if (replay !== undefined) {
      decision = replay;
      this.pos++;
    } else if (point.labels.length <= 1) {
      decision = { key: point.key, option: point.labels.length === 1 ? 0 : null };
    } else if (this.enumerator.reserve(point.labels.length - 1)) {
      for (let i = 1; i < point.labels.length; i++) {
        this.enumerator.queue([...this.trace, { key: point.key, option: i, label: point.labels[i] ?? "" }]);
      }
      decision = { key: point.key, option: 0, label: point.labels[0] ?? "" };
    } else {
      this.enumerator.collapsed = true;
      decision = { key: point.key, option: null };
    }
    this.trace.push(decision);
    this.decided.set(point.key, decision.option);
    return decision.option;
  }

  /** The decisions of this variant that carry a label, in order. */
  labelled(): Decision[] {
    return this.trace.filter((d) => d.label && d.option !== null);
  }

  /** This variant is no deploy: its records are dropped (never an error). */
  ruleOut(): void {
    this.impossible = true;
  }
}

export class VariantEnumerator {
  private planned = 1;
  private readonly pending: Decision[][] = [];
  /** Set when some choice point could not be split within the budget. */
  collapsed = false;

  constructor(private readonly max = MAX_VARIANTS) {}

  reserve(extra: number): boolean {
    if (this.planned + extra > this.max) return false;
    this.planned += extra;
    return true;
  }

  queue(prefix: Decision[]): void {
    this.pending.push(prefix);
  }

  /** Run `body` once per variant; it gets a fresh Run each time. */
  each<T>(body: (run: Run) => T, preset?: ReadonlyMap<string, number>): { run: Run; result: T }[] {
    const out: { run: Run; result: T }[] = [];
    let prefix: Decision[] | undefined = [];
    while (prefix !== undefined) {
      const run = new Run(prefix, this, preset);
      out.push({ run, result: body(run) });
      prefix = this.pending.shift();
    }
    return out;
  }
}
