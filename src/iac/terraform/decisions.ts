/**
 * Choices that the code does not decide, and lazy values.
 *
 * Two kinds of choice point meet an evaluation: a condition that cannot be decided statically
 * (`data.x.y ? a : b`: two options, true and false) and an open input (a root variable with no
 * committed value, `terraform.workspace`: one option per value it can take, design.md "What the
 * code decides"). Evaluation takes option 0 the first time it meets a choice and records it; the
 * driver (`enumerateVariants`) re-runs the evaluation with each other option forced, so every
 * combination yields one variant. Choices are keyed (a condition by its residual text, an input
 * by its name), so one run takes one option per key everywhere: `local.is_prod` and
 * `local.is_prod == true` never disagree.
 *
 * Lazily computed values (locals, variables, module outputs, policy documents) remember which
 * choices they depended on, which source spans they read and which errors they raised, so a
 * cached value is reused only under the same choices and replays what it read and raised.
 */
import type { AnalysisError } from "../../model/types.js";
import type { Exclusive } from "./values.js";

/** The option a collapsed choice takes: none, the value stays unresolved (past the budget). */
export const COLLAPSED = -1;

/** An error met during a run; `impossible` errors mean that combination of choices cannot deploy. */
export interface RunError extends AnalysisError {
  impossible?: boolean;
}

export interface Trace {
  decisions: Map<string, number>;
  /**
   * Source spans read, and the traces of the values read (whose spans this one read too), in the
   * order first read: `spansRead` lists them. A value read again adds its trace, not a copy of
   * every span it read, so a chain of cached values costs one entry per value, not its closure.
   */
  touched: Set<string | Trace>;
  /** A set: a value read many times replays its errors once. */
  errors: Set<RunError>;
  /** `spansReadIn`'s answers, by file. */
  spansIn?: Map<string, readonly string[]>;
}

export interface ChoiceLabels {
  /** What the choice is about, for messages ("var.env", "data.x.enabled ? … : …"). */
  description: string;
  /** One label per option, as a reviewer reads it ("var.env = \"prod\""). */
  labels: readonly string[];
  /** A condition (option 0: true) on a deploy's inputs (one value per deploy): it may follow from others. */
  exclusive?: Exclusive;
}

/**
 * What a run's choices say of one Exclusive subject: the values it may still take (null: any)
 * and those it does not take. Values are typed ("s:prod", "n:1"): "1" == 1 is false in Terraform.
 */
interface SubjectState {
  allowed: Set<string> | null;
  excluded: Set<string>;
}

export class Run {
  readonly taken = new Map<string, number>();
  /** Choices taken in this run that were not forced, in order, with their number of options. */
  readonly fresh: { key: string; options: number }[] = [];
  readonly described = new Map<string, ChoiceLabels>();
  readonly errors = new Set<RunError>();
  /**
   * The innermost trace being recorded. Only it is written to; it passes what it recorded to the
   * one around it when it ends (`traced`), so a choice or a span costs one write however deeply
   * values nest, and every trace still ends with all it depended on.
   */
  private current: Trace | undefined;
  /** By subject: what this run's Exclusive choices say of it. */
  private readonly subjects = new Map<string, SubjectState>();
  /**
   * A forced option that the run's other choices rule out (another variant forked it before an
   * Exclusive condition it now follows from was taken): no deploy makes this combination.
   */
  contradictory = false;

  /**
   * @param forced options decided before the run (other variants' forks)
   * @param collapse when set, every choice not forced is collapsed: its value stays unresolved
   */
  constructor(
    readonly forced: ReadonlyMap<string, number> = new Map(),
    readonly collapse = false,
  ) {}

  /** The option taken at a choice point with `options` options (COLLAPSED: leave it unresolved). */
  choose(key: string, options: number, labels: ChoiceLabels): number {
    let v = this.taken.get(key);
    if (v === undefined) {
      const exclusive = labels.exclusive;
      const follows = exclusive ? followsFrom(this.subjects, exclusive) : undefined;
      v = this.forced.get(key);
      if (v !== undefined) {
        if (follows !== undefined && follows !== v) this.contradictory = true;
      } else if (follows !== undefined) {
        // Decided by the choices taken: not a choice of its own, no variant forks on it.
        v = follows;
      } else if (this.collapse && options > 1) v = COLLAPSED;
      else {
        v = 0;
        if (options > 1) this.fresh.push({ key, options });
      }
      this.taken.set(key, v);
      if (!this.described.has(key)) this.described.set(key, labels);
      if (exclusive && v !== COLLAPSED) narrowIn(this.subjects, exclusive, v === 0);
    }
    this.current?.decisions.set(key, v);
    return v;
  }

  /** The branch of an unknown condition: true, false, or null when collapsed. */
  decide(key: string, description: string, exclusive?: Exclusive): boolean | null {
    const v = this.choose(key, 2, {
      description,
      labels: [`${description} is true`, `${description} is false`],
      ...(exclusive ? { exclusive } : {}),
    });
    return v === COLLAPSED ? null : v === 0;
  }

  /** Whether the run has taken an Exclusive condition: it stands for some values of the deploy's inputs only. */
  get tookExclusive(): boolean {
    return this.subjects.size > 0;
  }

  /** The option `choose` would give, without choosing. */
  peek(key: string): number {
    return this.taken.get(key) ?? this.forced.get(key) ?? (this.collapse ? COLLAPSED : 0);
  }

  /**
   * Whether replaying choices `keys` (with their `labels`) in this run would take `options`: what
   * `choose` would give each, in order, an Exclusive one after those before it.
   */
  fits(
    keys: readonly string[],
    options: readonly number[],
    labels: ReadonlyMap<string, ChoiceLabels>,
  ): boolean {
    let scratch: Map<string, SubjectState> | undefined;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] as string;
      let v = this.taken.get(key);
      const untaken = v === undefined;
      const exclusive = untaken ? labels.get(key)?.exclusive : undefined;
      v ??= this.forced.get(key);
      if (v === undefined) {
        const follows = exclusive ? followsFrom(scratch ?? this.subjects, exclusive) : undefined;
        v = follows ?? (this.collapse ? COLLAPSED : 0);
      }
      if (v !== options[i]) return false;
      // What an Exclusive choice says of its subject matters to the choices after it only.
      if (exclusive && v !== COLLAPSED && i < keys.length - 1) {
        scratch ??= copyStates(this.subjects);
        narrowIn(scratch, exclusive, v === 0);
      }
    }
    return true;
  }

  /** Note that the current evaluation read a source span (for the line map). */
  touch(span: string): void {
    this.current?.touched.add(span);
  }

  /** Note that the current evaluation read a value whose computation recorded `trace` (one that read no span adds none). */
  private include(trace: Trace): void {
    if (trace.touched.size > 0) this.current?.touched.add(trace);
  }

  /** An error met while evaluating: kept with the run, and with every value being computed. */
  report(error: RunError): void {
    this.errors.add(error);
    this.current?.errors.add(error);
  }

  /**
   * Replay what a cached value's computation recorded, as if it were computed again here: its
   * choices (taken in this run if they were not yet), its spans and its errors.
   */
  replay(trace: Trace, labels: ReadonlyMap<string, ChoiceLabels>): void {
    for (const [k, v] of trace.decisions) {
      // Taken already in this run (most are, once a run is under way): choose would only note it.
      const taken = this.taken.get(k);
      if (taken !== undefined) {
        this.current?.decisions.set(k, taken);
        continue;
      }
      const l = labels.get(k) ?? { description: k, labels: [] };
      this.choose(k, Math.max(v + 1, l.labels.length), l);
    }
    this.include(trace);
    for (const err of trace.errors) this.report(err);
  }

  /** The choices this run took, in the order it took them (collapsed ones left out). */
  choices(): Choice[] {
    const out: Choice[] = [];
    for (const [key, option] of this.taken) {
      if (option === COLLAPSED) continue;
      const label = this.described.get(key)?.labels[option];
      if (label) out.push({ key, option, label });
    }
    return out;
  }

  traced<T>(fn: () => T): { value: T; trace: Trace } {
    const trace: Trace = { decisions: new Map(), touched: new Set(), errors: new Set() };
    const outer = this.current;
    this.current = trace;
    try {
      return { value: fn(), trace };
    } finally {
      this.current = outer;
      // What the inner trace recorded, the outer one recorded too, in the same order: its choices
      // and errors not yet there are appended in the order the inner one met them.
      if (outer) {
        for (const [k, v] of trace.decisions) outer.decisions.set(k, v);
        if (trace.touched.size > 0) outer.touched.add(trace);
        for (const err of trace.errors) outer.errors.add(err);
      }
    }
  }
}

/**
 * The spans a trace read in one file ("file#start#end", tree.ts spanKey), those of the values it
 * read included, each once, in the order first read. A trace is complete once read (values and
 * records are traced to their end first), so the answer is kept with it for the next record that
 * reads the same value.
 */
export function spansReadIn(trace: Trace, file: string): readonly string[] {
  const known = trace.spansIn?.get(file);
  if (known) return known;
  const prefix = `${file}#`;
  const found = new Set<string>();
  for (const x of trace.touched) {
    if (typeof x === "string") {
      if (x.startsWith(prefix)) found.add(x);
    } else {
      for (const s of spansReadIn(x, file)) found.add(s);
    }
  }
  const spans = found.size > 0 ? [...found] : NO_SPANS;
  trace.spansIn ??= new Map();
  trace.spansIn.set(file, spans);
  return spans;
}

const NO_SPANS: readonly string[] = Object.freeze([]);

export class CycleError extends Error {}

/** A lazily computed value, cached per set of choices it depended on. */
export class Lazy<T> {
  /** One per set of choices computed under; `keys`/`options`: the trace's choices as arrays, to check fast. */
  private entries: {
    trace: Trace;
    value: T;
    labels: Map<string, ChoiceLabels>;
    keys: string[];
    options: number[];
    /** Some choice is an Exclusive condition: `Run.fits` decides, in order. */
    exclusive: boolean;
  }[] = [];
  private busy = false;

  get(run: Run, compute: () => T): T {
    for (const e of this.entries) {
      let fits = true;
      if (e.exclusive) fits = run.fits(e.keys, e.options, e.labels);
      else {
        for (let i = 0; i < e.keys.length; i++) {
          if (run.peek(e.keys[i] as string) !== e.options[i]) {
            fits = false;
            break;
          }
        }
      }
      if (!fits) continue;
      run.replay(e.trace, e.labels);
      return e.value;
    }
    if (this.busy) throw new CycleError("cycle");
    this.busy = true;
    try {
      const { value, trace } = run.traced(compute);
      // A combination no deploy makes (its run is dropped) is no value to reuse.
      if (run.contradictory) return value;
      const labels = new Map<string, ChoiceLabels>();
      let exclusive = false;
      for (const k of trace.decisions.keys()) {
        const l = run.described.get(k);
        if (l) labels.set(k, l);
        if (l?.exclusive) exclusive = true;
      }
      this.entries.push({
        trace,
        value,
        labels,
        keys: [...trace.decisions.keys()],
        options: [...trace.decisions.values()],
        exclusive,
      });
      return value;
    } finally {
      this.busy = false;
    }
  }
}

export interface Choice {
  key: string;
  option: number;
  label: string;
}

export interface Variant<T> {
  value: T;
  /** The choices of this variant; empty when nothing was left open. */
  choices: Choice[];
  errors: RunError[];
  /** The variant that stands for the combinations past the budget (choices left unresolved). */
  collapsed?: boolean;
}

/**
 * Evaluate `fn` once per combination of choices it meets, each fresh choice forked to its other
 * options. Breadth-first: the combinations that change one choice come before those that change
 * two, so within the budget every choice is tried on its own first. Past `limit` variants, one
 * more run leaves every choice unresolved, so the combinations not enumerated are still covered
 * (by unresolved values naming the choices, and lists that hold the elements of both branches).
 */
export function enumerateVariants<T>(fn: (run: Run) => T, limit: number): { variants: Variant<T>[] } {
  const variants: Variant<T>[] = [];
  const pending: Map<string, number>[] = [new Map()];
  while (pending.length > 0) {
    if (variants.length >= limit) {
      const run = new Run(new Map(), true);
      const value = fn(run);
      variants.push({ value, choices: run.choices(), errors: [...run.errors], collapsed: true });
      return { variants };
    }
    const forced = pending.shift()!;
    const run = new Run(forced);
    const value = fn(run);
    // A combination no deploy makes: neither a variant nor the root of others.
    if (run.contradictory) continue;
    variants.push({ value, choices: run.choices(), errors: [...run.errors] });
    const forks: Map<string, number>[] = [];
    const prefix = new Map(forced);
    for (const { key, options } of run.fresh) {
      for (let o = 1; o < options; o++) {
        const fork = new Map(prefix);
        fork.set(key, o);
        forks.push(fork);
      }
      prefix.set(key, run.taken.get(key)!);
    }
    pending.push(...forks);
  }
  return { variants };
}

/** The option (0: true, 1: false) an Exclusive condition takes given `states`; undefined: open. */
function followsFrom(states: ReadonlyMap<string, SubjectState>, c: Exclusive): number | undefined {
  const state = states.get(c.subject);
  if (!state) return undefined;
  const values = new Set(c.values.map(typedValue));
  let among: boolean | undefined;
  if (state.allowed) {
    const possible = [...state.allowed].filter((x) => !state.excluded.has(x));
    if (possible.length === 0) return undefined;
    if (possible.every((x) => values.has(x))) among = true;
    else if (possible.every((x) => !values.has(x))) among = false;
  } else if ([...values].every((x) => state.excluded.has(x))) among = false;
  if (among === undefined) return undefined;
  return among === c.positive ? 0 : 1;
}

/** Record in `states` what an Exclusive condition taken `holds` says of its subject. */
function narrowIn(states: Map<string, SubjectState>, c: Exclusive, holds: boolean): void {
  let state = states.get(c.subject);
  if (!state) {
    state = { allowed: null, excluded: new Set() };
    states.set(c.subject, state);
  }
  const values = c.values.map(typedValue);
  if (holds === c.positive) {
    const inside = new Set(values);
    state.allowed = new Set(state.allowed ? [...state.allowed].filter((x) => inside.has(x)) : values);
  } else for (const x of values) state.excluded.add(x);
}

function copyStates(states: ReadonlyMap<string, SubjectState>): Map<string, SubjectState> {
  const out = new Map<string, SubjectState>();
  for (const [k, s] of states)
    out.set(k, { allowed: s.allowed ? new Set(s.allowed) : null, excluded: new Set(s.excluded) });
  return out;
}

function typedValue(v: string | number): string {
  return typeof v === "number" ? `n:${v}` : `s:${v}`;
}
