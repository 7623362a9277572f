/**
 * Unknown conditions and lazy values.
 *
 * When a condition cannot be decided statically (`var.enabled ? a : b` without a value for
 * var.enabled), evaluation takes one branch and records the decision; the driver
 * (`enumerateVariants`) then re-runs the evaluation with the other branch forced, so each
 * combination of decisions yields one variant of the resource. Decisions are keyed by the
 * condition's residual text, so the same unknown condition takes the same branch everywhere in
 * one variant.
 *
 * Lazily computed values (locals, variables, module outputs, policy documents) remember which
 * decisions they depended on, and which source spans they read, so a cached value is reused only
 * under the same decisions and replays what it read.
 */

export interface Trace {
  decisions: Map<string, boolean>;
  descriptions: Map<string, string>;
  touched: Set<string>;
}

export class Run {
  readonly taken = new Map<string, boolean>();
  /** Decisions taken in this run that were not forced, in order. */
  readonly fresh: string[] = [];
  readonly descriptions = new Map<string, string>();
  private traces: Trace[] = [];

  constructor(readonly forced: ReadonlyMap<string, boolean> = new Map()) {}

  /** The branch of an unknown condition in this run (true unless forced otherwise). */
  decide(key: string, description: string): boolean {
    let v = this.taken.get(key);
    if (v === undefined) {
      v = this.forced.get(key);
      if (v === undefined) {
        v = true;
        this.fresh.push(key);
      }
      this.taken.set(key, v);
      if (!this.descriptions.has(key)) this.descriptions.set(key, description);
    }
    const text = this.descriptions.get(key) ?? description;
    for (const t of this.traces) {
      t.decisions.set(key, v);
      t.descriptions.set(key, text);
    }
    return v;
  }

  /** The branch `decide` would give, without deciding. */
  peek(key: string): boolean {
    return this.taken.get(key) ?? this.forced.get(key) ?? true;
  }

  /** Note that the current evaluation read a source span (for the line map). */
  touch(span: string): void {
    for (const t of this.traces) t.touched.add(span);
  }

  traced<T>(fn: () => T): { value: T; trace: Trace } {
    const trace: Trace = { decisions: new Map(), descriptions: new Map(), touched: new Set() };
    this.traces.push(trace);
    try {
      return { value: fn(), trace };
    } finally {
      this.traces.pop();
    }
  }
}

export class CycleError extends Error {}

/** A lazily computed value, cached per set of decisions it depended on. */
export class Lazy<T> {
  private entries: { trace: Trace; value: T }[] = [];
  private busy = false;

  get(run: Run, compute: () => T): T {
    for (const e of this.entries) {
      let fits = true;
      for (const [k, v] of e.trace.decisions) {
        if (run.peek(k) !== v) {
          fits = false;
          break;
        }
      }
      if (!fits) continue;
      for (const [k] of e.trace.decisions) run.decide(k, e.trace.descriptions.get(k) ?? k);
      for (const s of e.trace.touched) run.touch(s);
      return e.value;
    }
    if (this.busy) throw new CycleError("cycle");
    this.busy = true;
    try {
      const { value, trace } = run.traced(compute);
      this.entries.push({ trace, value });
      return value;
    } finally {
      this.busy = false;
    }
  }
}

export interface Variant<T> {
  value: T;
  /** The decisions of this variant, with their descriptions; empty when nothing was undecidable. */
  decisions: { key: string; description: string; branch: boolean }[];
}

/**
 * Evaluate `fn` once per combination of undecidable conditions it meets (depth-first, each
 * fresh decision forked to its false branch). Stops after `limit` variants; `truncated` says so.
 */
export function enumerateVariants<T>(
  fn: (run: Run) => T,
  limit: number,
): { variants: Variant<T>[]; truncated: boolean } {
  const variants: Variant<T>[] = [];
  const pending: Map<string, boolean>[] = [new Map()];
  while (pending.length > 0) {
    if (variants.length >= limit) return { variants, truncated: true };
    const forced = pending.pop()!;
    const run = new Run(forced);
    const value = fn(run);
    variants.push({
      value,
      decisions: [...run.taken].map(([key, branch]) => ({
        key,
        description: run.descriptions.get(key) || key,
        branch,
      })),
    });
    const forks: Map<string, boolean>[] = [];
    const prefix = new Map(forced);
    for (const key of run.fresh) {
      const fork = new Map(prefix);
      fork.set(key, false);
      forks.push(fork);
      prefix.set(key, run.taken.get(key)!);
    }
    // Depth-first in source order: the fork of the first decision is explored last.
    pending.push(...forks);
  }
  return { variants, truncated: false };
}
