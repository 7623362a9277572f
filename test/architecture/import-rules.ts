// The import rules that docs/ARCHITECTURE.md states (the block after `<!-- import-rules -->`), and
// the check of an import graph against them. Pure: the test hands in the graph and the text.
import { builtinModules } from "node:module";
import type { SourceFacts } from "./import-graph.js";

export type Kind = "core" | "edge" | "entry";

/** One row: a unit (a folder "report/", a file "cli.ts", files "sources/{snapshot,text}.ts") and what it may import. */
export interface Rule {
  unit: string;
  kind: Kind;
  /** Units, with the word `core` already expanded to every core unit. */
  mayImport: string[];
}

export interface ImportRules {
  rules: Map<string, Rule>;
  /** Packages and node: modules the core never imports; one ending in "/" is a prefix. */
  coreNeverImports: string[];
}

/** An allowance the target layout does not have, while another branch still moves code. */
export interface Transitional {
  unit: string;
  kind: Kind;
  mayImport: string[];
  /** What removes it. */
  until: string;
}

export const RULES_MARKER = "<!-- import-rules -->";
const NEVER = "core never imports:";

/** Reads the rules block of the architecture document; throws naming the line it cannot read. */
export function parseImportRules(markdown: string, docName: string): ImportRules {
  const start = markdown.indexOf(RULES_MARKER);
  if (start < 0) throw new Error(`${docName}: no "${RULES_MARKER}" block`);
  const lines = markdown.slice(start).split("\n");
  const open = lines.findIndex((l) => l.startsWith("```"));
  const close = lines.findIndex((l, i) => i > open && l.startsWith("```"));
  if (open < 0 || close < 0) throw new Error(`${docName}: the import rules are not in a fenced block`);
  const rows: { unit: string; kind: Kind; words: string[] }[] = [];
  let coreNeverImports: string[] = [];
  for (const raw of lines.slice(open + 1, close)) {
    const line = raw.replace(/#.*$/, "").trim();
    if (line === "" || line.startsWith("unit ")) continue;
    if (line.startsWith(NEVER)) {
      coreNeverImports = line.slice(NEVER.length).trim().split(/\s+/);
      continue;
    }
    const last = rows.at(-1);
    if (/^\s/.test(raw) && last !== undefined) {
      last.words.push(...line.split(/\s+/).filter((w) => w !== "-")); // a row continued
      continue;
    }
    const [unit, kind, ...words] = line.split(/\s+/);
    if (unit === undefined || (kind !== "core" && kind !== "edge" && kind !== "entry")) {
      throw new Error(
        `${docName}: cannot read the import rule "${raw.trim()}" (unit, core|edge|entry, imports)`,
      );
    }
    rows.push({ unit, kind, words: words.filter((w) => w !== "-") });
  }
  if (rows.length === 0) throw new Error(`${docName}: the import rules block has no rows`);
  const units = new Set(rows.map((r) => r.unit));
  for (const { unit, words } of rows) {
    const unknown = words.filter((w) => w !== "core" && !units.has(w));
    if (unknown.length > 0)
      throw new Error(`${docName}: ${unit} may import ${unknown.join(" ")}, which has no row`);
  }
  return { rules: expand(rows), coreNeverImports };
}

function expand(rows: { unit: string; kind: Kind; words: string[] }[]): Map<string, Rule> {
  const core = rows.filter((r) => r.kind === "core").map((r) => r.unit);
  const rules = new Map<string, Rule>();
  for (const { unit, kind, words } of rows) {
    const mayImport = words.flatMap((w) => (w === "core" ? core.filter((c) => c !== unit) : [w]));
    rules.set(unit, { unit, kind, mayImport: [...new Set(mayImport)] });
  }
  return rules;
}

/**
 * The unit a file (relative to src/) belongs to: the row that names it ("cli.ts", or
 * "sources/{snapshot,text}.ts" for several files of a folder), else its top folder ("report/").
 */
export function unitOf(file: string, rules: Map<string, Rule>): string {
  if (rules.has(file)) return file;
  for (const unit of rules.keys()) if (unit.includes("{") && filesOf(unit).includes(file)) return unit;
  const slash = file.indexOf("/");
  return slash < 0 ? file : file.slice(0, slash + 1);
}

/** "sources/{snapshot,text}.ts" -> ["sources/snapshot.ts", "sources/text.ts"]. */
function filesOf(unit: string): string[] {
  const m = /^(.*)\{([^}]*)\}(.*)$/.exec(unit);
  return m ? m[2]!.split(",").map((name) => `${m[1]}${name}${m[3]}`) : [unit];
}

/** Violations of the rules by the graph, one sentence each, naming the files and the rule. */
export function checkImports(
  facts: Map<string, SourceFacts>,
  doc: ImportRules,
  transitional: Transitional[] = [],
  docName = "docs/ARCHITECTURE.md",
): string[] {
  const rules = withTransitional(doc.rules, transitional);
  const temporary = new Set(transitional.flatMap((t) => t.mayImport.map((to) => `${t.unit} ${to}`)));
  const used = new Set<string>();
  const out: string[] = [];
  const unitEdges: UnitEdge[] = [];
  for (const [file, { imports, ambient }] of facts) {
    const from = unitOf(file, rules);
    const rule = rules.get(from);
    if (rule === undefined) {
      out.push(`src/${file}: ${from} has no row in the import rules of ${docName}; add one`);
      continue;
    }
    for (const edge of imports) {
      const where = `src/${file}:${edge.line}`;
      if (edge.computed) {
        out.push(`${where} imports a computed specifier (${edge.specifier}), which no rule can check`);
        continue;
      }
      if (edge.target === undefined) {
        const name = moduleName(edge.specifier);
        if (rule.kind === "core" && doc.coreNeverImports.some((n) => matches(n, name))) {
          out.push(
            `${where} imports ${name}: ${from} is core, and the core never imports ${name} (${docName}, import rules)`,
          );
        }
        continue;
      }
      if (edge.target.startsWith("../")) continue; // data outside src/: schema/, package.json
      const to = unitOf(edge.target, rules);
      if (to === from) continue;
      used.add(`${from} ${to}`);
      unitEdges.push({ from, to, file, target: edge.target, temporary: temporary.has(`${from} ${to}`) });
      if (!rule.mayImport.includes(to)) {
        const allowed = rule.mayImport.length > 0 ? rule.mayImport.join(" ") : "nothing";
        out.push(
          `${where} imports src/${edge.target}: ${from} may import ${allowed} (${docName}, import rules), not ${to}`,
        );
      }
    }
    if (rule.kind === "core") {
      for (const use of ambient) {
        out.push(
          `src/${file}:${use.line} uses ${use.name}: ${from} is core, which reads no environment and no network (${docName})`,
        );
      }
    }
  }
  for (const t of transitional) {
    for (const to of t.mayImport) {
      if (!used.has(`${t.unit} ${to}`)) {
        out.push(
          `the transitional allowance ${t.unit} -> ${to} (until ${t.until}) is no longer used: delete it from TRANSITIONAL`,
        );
      }
    }
  }
  out.push(...folderCycles(unitEdges.filter((e) => !e.temporary)));
  return out;
}

function withTransitional(rules: Map<string, Rule>, transitional: Transitional[]): Map<string, Rule> {
  const merged = new Map(rules);
  for (const t of transitional) {
    const rule = merged.get(t.unit);
    merged.set(t.unit, {
      unit: t.unit,
      kind: rule?.kind ?? t.kind,
      mayImport: [...(rule?.mayImport ?? []), ...t.mayImport],
    });
  }
  return merged;
}

function moduleName(specifier: string): string {
  return builtinModules.includes(specifier) ? `node:${specifier}` : specifier;
}

function matches(rule: string, name: string): boolean {
  return rule.endsWith("/") ? name.startsWith(rule) : name === rule || name.startsWith(`${rule}/`);
}

interface UnitEdge {
  from: string;
  to: string;
  file: string;
  target: string;
  temporary: boolean;
}

/** One sentence per folder cycle in the actual imports, with the file that makes each step. */
function folderCycles(edges: UnitEdge[]): string[] {
  const byPair = new Map<string, UnitEdge>();
  for (const e of edges) if (!byPair.has(`${e.from} ${e.to}`)) byPair.set(`${e.from} ${e.to}`, e);
  return cycles(edges.map((e) => [e.from, e.to])).map((cycle) => {
    const steps = cycle.slice(0, -1).map((from, i) => byPair.get(`${from} ${cycle[i + 1]}`)!);
    const why = steps.map((s) => `src/${s.file} imports src/${s.target}`).join("; ");
    return `folder cycle: ${cycle.join(" -> ")} (${why})`;
  });
}

/** The cycles the rules themselves allow (a unit that may import, through others, itself). */
export function ruleCycles(rules: Map<string, Rule>): string[] {
  const pairs = [...rules.values()].flatMap((r) => r.mayImport.map((to): [string, string] => [r.unit, to]));
  return cycles(pairs).map((cycle) => `the import rules allow a cycle: ${cycle.join(" -> ")}`);
}

/** One cycle per strongly connected component of more than one node (Tarjan), as a closed path. */
export function cycles(pairs: [string, string][]): string[][] {
  const next = new Map<string, string[]>();
  for (const [a, b] of pairs) {
    if (a === b) continue;
    const list = next.get(a) ?? [];
    if (!list.includes(b)) list.push(b);
    next.set(a, list);
  }
  for (const list of next.values()) list.sort();
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const connect = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of [...next.keys()].sort()) if (!index.has(v)) connect(v);
  return components.map((component) => closedPath(component, next));
}

/** A shortest path from the component's first node back to it, inside the component. */
function closedPath(component: string[], next: Map<string, string[]>): string[] {
  const inside = new Set(component);
  const start = component[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const v = queue.shift()!;
    for (const w of next.get(v) ?? []) {
      if (!inside.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let u = v; u !== start; u = previous.get(u)!) path.unshift(u);
        path.unshift(start);
        return path;
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [...component, start];
}
