/**
 * Open inputs (design.md "What the code decides, and what the deploy decides"): a root variable
 * that no committed file sets, and `terraform.workspace`, are chosen by the deploy. Where such an
 * input decides whether a grant exists or which value applies, every value it can take counts.
 *
 * This file finds, by reading the code (no evaluation), the values the code itself names for each
 * open input: literals it is compared with (`var.env == "prod"`, `contains([...], var.env)`), keys
 * of the maps it indexes (`local.accounts[var.env]`, `lookup(local.m, var.env)`), whether it is
 * used as a bool or as a count. Inputs passed unchanged into local modules (`env = var.env`) or
 * aliased by a local (`local.env = var.env`) are followed there.
 */
import { renderText } from "../../model/symbolic.js";
import type { Expr, LiteralValue, TemplatePart } from "./ast.js";
import type { TerraformCache } from "./cache.js";
import { type HclBody, isRecord } from "./hcl.js";
import type { ModuleConfig } from "./modules.js";
import type { TfBlock, TfTemplateSource } from "./tree.js";
import { isObject, OtherValue, toJson, Unknown, type Value } from "./values.js";

/** How the code uses one open input (keyed "var.NAME" of the root, or "terraform.workspace"). */
export interface InputUse {
  /** Literals it is compared with (==, !=, contains()). */
  literals: LiteralValue[];
  /** Keys of maps it indexes. */
  keys: string[];
  /** Literals of its own validation's `contains([...], var.x)`: the values it may take, exactly. */
  allowed: LiteralValue[] | null;
  /** Used as a condition (`var.x ? a : b`, `count = var.x ? 1 : 0`). */
  bool: boolean;
  /** Used as a count on its own (`count = var.n`). */
  counted: boolean;
}

export const WORKSPACE = "terraform.workspace";
const MAX_MODULE_DEPTH = 16;

/** The uses of every open input of a root; `open` are the root variables with no committed value. */
export function scanInputUses(
  root: ModuleConfig,
  open: readonly string[],
  cache: TerraformCache,
): Map<string, InputUse> {
  const uses = new Map<string, InputUse>();
  const aliases = new Map<string, string>(open.map((n) => [`var.${n}`, `var.${n}`]));
  scanModule(root, aliases, cache, uses, 0, new Set());
  return uses;
}

/**
 * One thing the code of a module says of an input, in the order the scan finds them: what
 * scanning a module's own code adds to the uses, kept per module and aliases (the modules many
 * roots call are scanned once, then replayed into each root's uses).
 */
export type InputUseNote =
  | { target: string; kind: "literals"; values: LiteralValue[] }
  | { target: string; kind: "keys"; values: string[] }
  | { target: string; kind: "allowed"; values: LiteralValue[] }
  | { target: string; kind: "bool" | "counted" };

function applyNote(uses: Map<string, InputUse>, note: InputUseNote): void {
  const use = useOf(uses, note.target);
  switch (note.kind) {
    case "literals":
      use.literals.push(...note.values);
      return;
    case "keys":
      use.keys.push(...note.values);
      return;
    case "allowed":
      use.allowed = [...(use.allowed ?? []), ...note.values];
      return;
    case "bool":
      use.bool = true;
      return;
    case "counted":
      use.counted = true;
      return;
  }
}

function useOf(uses: Map<string, InputUse>, key: string): InputUse {
  let u = uses.get(key);
  if (!u) {
    u = { literals: [], keys: [], allowed: null, bool: false, counted: false };
    uses.set(key, u);
  }
  return u;
}

function scanModule(
  config: ModuleConfig,
  inputAliases: ReadonlyMap<string, string>,
  cache: TerraformCache,
  uses: Map<string, InputUse>,
  depth: number,
  seen: Set<string>,
): void {
  const signature = `${config.dir}|${[...inputAliases].join(",")}`;
  if (depth > MAX_MODULE_DEPTH || seen.has(signature)) return;
  seen.add(signature);
  const aliases = new Map(inputAliases);
  aliases.set(WORKSPACE, WORKSPACE);
  // A local that is the input itself (`env = var.env`) stands for it.
  for (const local of config.locals.values()) {
    const ref = wholeReference(local.raw);
    const target = ref === undefined ? undefined : aliases.get(ref);
    if (target !== undefined) aliases.set(`local.${local.name}`, target);
  }
  for (const note of ownNotes(config, aliases, signature, cache)) applyNote(uses, note);
  for (const call of config.calls.values()) {
    if (call.target.kind !== "local" && call.target.kind !== "downloaded") continue;
    const child = new Map<string, string>();
    for (const [arg, raw] of Object.entries(call.body)) {
      const ref = wholeReference(raw);
      const target = ref === undefined ? undefined : aliases.get(ref);
      if (target !== undefined) child.set(`var.${arg}`, target);
    }
    scanModule(call.target.config, child, cache, uses, depth + 1, seen);
  }
}

/**
 * What a module's own code (not the modules it calls) says of the inputs `aliases` name, in
 * order: scanned once per merged module and aliases (`TerraformCache.inputUseNotes`).
 */
function ownNotes(
  config: ModuleConfig,
  aliases: ReadonlyMap<string, string>,
  signature: string,
  cache: TerraformCache,
): readonly InputUseNote[] {
  // Every load of one merged module (each root that calls it) shares its trees.
  let bySignature = cache.inputUseNotes.get(config.trees);
  if (!bySignature) {
    bySignature = new Map();
    cache.inputUseNotes.set(config.trees, bySignature);
  }
  const known = bySignature.get(signature);
  if (known) return known;
  const notes: InputUseNote[] = [];
  const scanner = new Scanner(config, aliases, cache, notes);
  for (const [name, decl] of config.variables) {
    const own = aliases.get(`var.${name}`);
    const validations = Array.isArray(decl.body.validation) ? decl.body.validation.filter(isRecord) : [];
    for (const v of validations) scanner.raw(v.condition, own);
  }
  for (const local of config.locals.values()) scanner.raw(local.raw, undefined, 0, local.template);
  for (const block of [...config.resources.values(), ...config.data.values(), ...config.calls.values()]) {
    const counted = wholeReference(block.body.count);
    const target = counted === undefined ? undefined : aliases.get(counted);
    if (target !== undefined) notes.push({ target, kind: "counted" });
    scanner.body(block.body, block.located);
  }
  for (const output of config.outputs.values()) scanner.body(output.body, output.located);
  bySignature.set(signature, notes);
  return notes;
}

/** "var.x" when the raw value is exactly one reference `${var.x}`. */
function wholeReference(raw: unknown): string | undefined {
  if (typeof raw !== "string") return undefined;
  const m = /^\$\{\s*((?:var|local)\.[A-Za-z_][\w-]*|terraform\.workspace)\s*\}$/.exec(raw);
  return m?.[1];
}

class Scanner {
  /** Text that may name an input: only such expressions are parsed (most name none). */
  private readonly mentions: RegExp;

  constructor(
    private readonly config: ModuleConfig,
    private readonly aliases: ReadonlyMap<string, string>,
    private readonly cache: TerraformCache,
    private readonly notes: InputUseNote[],
  ) {
    const names = [...aliases.keys()].map((k) => k.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&"));
    this.mentions = new RegExp(`(?:${names.join("|")})(?![\\w-])`);
  }

  /**
   * Every expression inside an hcl2json value; `validating`: the input whose validation this is;
   * `written`: where the reader found this very string written (parsed from there).
   */
  raw(raw: unknown, validating?: string, depth = 0, written?: TfTemplateSource): void {
    if (depth > 64) return;
    if (typeof raw === "string") {
      if ((!raw.includes("${") && !raw.includes("%{")) || !this.mentions.test(raw)) return;
      const expr =
        (written?.printed === raw ? this.cache.argument(written) : undefined) ?? this.cache.template(raw);
      if (expr instanceof Error) return;
      this.expr(expr, validating, 0);
      return;
    }
    if (Array.isArray(raw)) for (const x of raw) this.raw(x, validating, depth + 1);
    else if (isRecord(raw))
      for (const [k, v] of Object.entries(raw)) {
        this.raw(k, validating, depth + 1);
        this.raw(v, validating, depth + 1);
      }
  }

  /**
   * A block's body as `raw` scans it, with its arguments as the reader parsed them where it did
   * and its nested blocks likewise (found by their bodies, tree.ts).
   */
  body(body: HclBody, located: TfBlock | undefined, depth = 0): void {
    if (depth > 64) return;
    if (located === undefined || located.body !== body) {
      this.raw(body, undefined, depth);
      return;
    }
    for (const [k, v] of Object.entries(body)) {
      this.raw(k, undefined, depth + 1);
      if (Array.isArray(v)) {
        if (depth + 1 > 64) continue;
        for (const x of v) {
          const nested = isRecord(x) ? located.blocks.find((b) => b.body === x) : undefined;
          if (nested !== undefined) this.body(x as HclBody, nested, depth + 2);
          else this.raw(x, undefined, depth + 2);
        }
      } else {
        const written =
          typeof v === "string" ? located.attributes.find((a) => a.name === k)?.template : undefined;
        this.raw(v, undefined, depth + 1, written);
      }
    }
  }

  private input(e: Expr): string | undefined {
    if (e.k === "paren") return this.input(e.x);
    if (e.k === "template" && e.parts.length === 1 && e.parts[0]!.k === "interp")
      return this.input(e.parts[0]!.expr);
    if (e.k !== "attr" || e.obj.k !== "var") return undefined;
    return this.aliases.get(`${e.obj.name}.${e.name}`);
  }

  private expr(e: Expr, validating: string | undefined, depth: number): void {
    if (depth > 200) return;
    const next = (x: Expr) => this.expr(x, validating, depth + 1);
    switch (e.k) {
      case "binary":
        if (e.op === "==" || e.op === "!=") {
          this.compared(e.l, e.r);
          this.compared(e.r, e.l);
        }
        next(e.l);
        next(e.r);
        return;
      case "cond": {
        const target = this.input(e.cond);
        if (target !== undefined) this.notes.push({ target, kind: "bool" });
        next(e.cond);
        next(e.a);
        next(e.b);
        return;
      }
      case "unary": {
        const target = this.input(e.x);
        if (target !== undefined && e.op === "!") this.notes.push({ target, kind: "bool" });
        next(e.x);
        return;
      }
      case "index": {
        const target = this.input(e.key);
        if (target !== undefined) this.indexed(target, e.obj);
        next(e.obj);
        next(e.key);
        return;
      }
      case "call": {
        const target = e.args[1] ? this.input(e.args[1]) : undefined;
        if (target !== undefined && e.name === "lookup" && e.args[0]) this.indexed(target, e.args[0]);
        if (target !== undefined && e.name === "contains" && e.args[0]?.k === "tuple") {
          const values = e.args[0].items.map(literalOf).filter((v) => v !== undefined);
          this.notes.push({ target, kind: validating === target ? "allowed" : "literals", values });
        }
        for (const a of e.args) next(a);
        return;
      }
      case "template":
        this.parts(e.parts, validating, depth);
        return;
      case "attr":
      case "paren":
        next(e.k === "attr" ? e.obj : e.x);
        return;
      case "splat":
        next(e.obj);
        return;
      case "tuple":
        for (const i of e.items) next(i);
        return;
      case "object":
        for (const i of e.items) {
          next(i.key);
          next(i.value);
        }
        return;
      case "for":
        // `for k, v in M : … if k == var.x`: the input picks keys of M, like an index.
        if (e.cond?.k === "binary" && (e.cond.op === "==" || e.cond.op === "!=")) {
          for (const [side, other] of [
            [e.cond.l, e.cond.r],
            [e.cond.r, e.cond.l],
          ] as const) {
            const target = this.input(other);
            if (target === undefined || side.k !== "var") continue;
            if (side.name === e.keyVar) this.indexed(target, e.coll);
            else if (side.name === e.valVar) this.listed(target, e.coll);
          }
        }
        next(e.coll);
        if (e.keyExpr) next(e.keyExpr);
        next(e.valExpr);
        if (e.cond) next(e.cond);
        return;
      default:
        return;
    }
  }

  private parts(parts: readonly TemplatePart[], validating: string | undefined, depth: number): void {
    for (const p of parts) {
      if (p.k === "interp") this.expr(p.expr, validating, depth + 1);
      else if (p.k === "if") {
        const target = this.input(p.cond);
        if (target !== undefined) this.notes.push({ target, kind: "bool" });
        this.expr(p.cond, validating, depth + 1);
        this.parts(p.then, validating, depth + 1);
        this.parts(p.else, validating, depth + 1);
      } else if (p.k === "for") {
        this.expr(p.coll, validating, depth + 1);
        this.parts(p.body, validating, depth + 1);
      }
    }
  }

  private compared(side: Expr, other: Expr): void {
    const target = this.input(side);
    const value = literalOf(other);
    if (target !== undefined && value !== undefined)
      this.notes.push({ target, kind: "literals", values: [value] });
  }

  /** The keys of a map indexed by an input, when the code writes them (a literal, a local or a default). */
  private indexed(target: string, map: Expr): void {
    const keys = this.literalKeys(map);
    if (keys) this.notes.push({ target, kind: "keys", values: keys });
  }

  /** The values of a collection an input is compared with element by element, when the code writes them. */
  private listed(target: string, coll: Expr): void {
    const raw = this.literalCollection(coll);
    const values = Array.isArray(raw) ? raw : isRecord(raw) ? Object.values(raw) : [];
    const literals = values.filter(
      (v): v is LiteralValue => v === null || ["string", "number", "boolean"].includes(typeof v),
    );
    this.notes.push({
      target,
      kind: "literals",
      values: literals.filter((v) => typeof v !== "string" || !v.includes("${")),
    });
  }

  private literalCollection(coll: Expr): unknown {
    if (coll.k === "tuple") return coll.items.map(literalOf);
    return this.written(coll);
  }

  private literalKeys(map: Expr): string[] | undefined {
    if (map.k === "paren") return this.literalKeys(map.x);
    if (map.k === "object") {
      const keys = map.items.map((i) => literalOf(i.key)).filter((k) => typeof k === "string");
      return keys as string[];
    }
    const raw = this.written(map);
    return isRecord(raw) ? Object.keys(raw).filter((k) => !k.includes("${")) : undefined;
  }

  /** What the code writes for `local.x` (its value) or `var.x` (its default), as hcl2json gives it. */
  private written(e: Expr): unknown {
    if (e.k !== "attr" || e.obj.k !== "var") return undefined;
    if (e.obj.name === "local") return this.config.locals.get(e.name)?.raw;
    if (e.obj.name === "var") return this.config.variables.get(e.name)?.body.default;
    return undefined;
  }
}

/** The value of a literal expression (a plain string template included), else undefined. */
function literalOf(e: Expr): LiteralValue | undefined {
  if (e.k === "lit") return e.value;
  if (e.k === "paren") return literalOf(e.x);
  if (e.k === "template" && e.parts.every((p) => p.k === "text"))
    return e.parts.map((p) => (p.k === "text" ? p.text : "")).join("");
  return undefined;
}

/** The values one open input can take, in order (its default first), with a label for each. */
export interface OpenChoice {
  values: Value[];
  labels: string[];
}

/**
 * The values that count for an open input: its default (a guess, so never alone where the input
 * decides something), both truth values of a bool, the literals it is compared with, the keys of
 * the maps it indexes, 1 for a count whose default is 0, and "another value" (unresolved) where
 * only comparisons name values and none of them is left out. A collection whose default is
 * empty stands for collections with elements nobody named: one unresolved element.
 */
export function openChoice(
  name: string,
  def: Value | undefined,
  type: string,
  use: InputUse | undefined,
): OpenChoice {
  const values: Value[] = [];
  const labels: string[] = [];
  const seen = new Set<string>();
  const add = (v: Value, label: string): void => {
    const k = keyOf(v);
    if (seen.has(k)) return;
    seen.add(k);
    values.push(v);
    labels.push(label);
  };
  const other = new Unknown(name);
  if (def !== undefined) {
    if (Array.isArray(def) && def.length === 0 && !/^(map|object)\b/.test(type))
      add([new Unknown(`${name}[*]`)], `${name} has elements`);
    else if ((Array.isArray(def) && def.length === 0) || (isObject(def) && Object.keys(def).length === 0))
      add(other, `${name} is not empty`);
    else if ((def === "" || def === null) && !use?.literals.includes(def))
      // An empty or null default supplies no value: what the deploy gives is unknown, and named
      // (unless the code tests for it, `var.x != null`: then both count).
      add(other, `${name} is any value`);
    else add(def, `${name} = ${show(def)}`);
  }
  const bool = type === "bool" || typeof def === "boolean" || (use?.bool === true && def === undefined);
  if (bool) {
    add(true, `${name} = true`);
    add(false, `${name} = false`);
  }
  if (use?.allowed) {
    for (const v of use.allowed) add(v, `${name} = ${show(v)}`);
  } else if (use) {
    for (const v of use.literals) add(v, `${name} = ${show(v)}`);
    for (const k of use.keys) add(k, `${name} = ${show(k)}`);
    if (use.counted && (def === undefined || def === 0 || def === "0")) add(1, `${name} = 1`);
    const literals = use.literals.map(keyOf);
    if (!bool && literals.length > 0 && (def === undefined || literals.includes(keyOf(def))))
      add(new OtherValue(name, new Set(use.literals)), `${name} is another value`);
  }
  // "default" is only the workspace Terraform starts in: any name the pipeline selects counts.
  if (name === WORKSPACE) add(new OtherValue(name, new Set(use?.literals ?? [])), `${name} is another value`);
  if (values.length === 0) add(other, `${name} is any value`);
  return { values, labels };
}

function keyOf(v: Value): string {
  if (v instanceof Unknown) return `?${v.text}`;
  try {
    return JSON.stringify(toJson(v));
  } catch {
    return String(v);
  }
}

function show(v: Value): string {
  const text = keyOf(v);
  return renderText(text.length > 80 ? `${text.slice(0, 79)}…` : text);
}
