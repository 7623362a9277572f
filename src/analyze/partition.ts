import type { Units } from "../discover/discover.js";

/**
 * The smallest Terraform chunk, as a share of one worker's work: when the last chunks are this
 * small, the workers finish within about that much of each other.
 */
const SMALLEST_CHUNK = 1 / 16;

/**
 * Split units into chunks for `workers` threads that each take the next chunk when done with
 * one (so a slow thread or a heavy root does not leave the other idle). Work is estimated by
 * `weightOf` (the files a unit reads).
 *
 * CloudFormation templates and CDK assemblies come first, in at most one chunk per worker; each
 * of these chunks carries the whole family (`Units.cloudformation`) so that exports and nested
 * stacks resolve across all of them. Terraform roots follow in path order, in contiguous runs
 * of shrinking size (roots of one folder tend to call the same modules, which a worker then
 * parses once); a Terraform chunk carries no CloudFormation family, as it reads none.
 */
export function chunkUnits(units: Units, workers: number, weightOf: (unit: string) => number): Units[] {
  const n = Math.max(1, workers);
  const family = units.cloudformation ?? { templates: units.templates, cdkAssemblies: units.cdkAssemblies };
  const chunks: Units[] = [];

  const cfnItems = [
    ...units.cdkAssemblies.map((unit, order) => ({
      kind: "cdkAssemblies" as const,
      unit,
      order,
      weight: weightOf(unit),
    })),
    ...units.templates.map((unit, order) => ({
      kind: "templates" as const,
      unit,
      order,
      weight: weightOf(unit),
    })),
  ];
  if (cfnItems.length > 0) {
    const groups = Array.from({ length: Math.min(n, cfnItems.length) }, () => ({
      load: 0,
      items: [] as typeof cfnItems,
    }));
    for (const item of [...cfnItems].sort((a, b) => b.weight - a.weight)) {
      const lightest = groups.reduce((min, g) => (g.load < min.load ? g : min));
      lightest.items.push(item);
      lightest.load += item.weight;
    }
    for (const g of groups) {
      const of = (kind: "templates" | "cdkAssemblies") =>
        g.items
          .filter((i) => i.kind === kind)
          .sort((a, b) => a.order - b.order)
          .map((i) => i.unit);
      chunks.push({
        templates: of("templates"),
        terraformRoots: [],
        cdkAssemblies: of("cdkAssemblies"),
        terraformFiles: units.terraformFiles,
        cloudformation: family,
      });
    }
  }

  const roots = units.terraformRoots.map((unit) => ({ unit, weight: Math.max(1, weightOf(unit)) }));
  let remaining = roots.reduce((s, r) => s + r.weight, 0);
  const smallest = (remaining / n) * SMALLEST_CHUNK;
  let current: string[] = [];
  let load = 0;
  let target = 0;
  const flush = () => {
    if (current.length === 0) return;
    chunks.push({
      templates: [],
      terraformRoots: current,
      cdkAssemblies: [],
      terraformFiles: units.terraformFiles,
      cloudformation: { templates: [], cdkAssemblies: [] },
    });
    remaining -= load;
    current = [];
    load = 0;
  };
  // Guided sizes: each chunk a share of what is left, so the first are large (fewer messages)
  // and the last small (the workers finish together).
  for (const r of roots) {
    if (current.length === 0) target = Math.max(smallest, remaining / (2 * n));
    current.push(r.unit);
    load += r.weight;
    if (load >= target) flush();
  }
  flush();
  return chunks;
}
