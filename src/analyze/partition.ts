import type { Units } from "../discover/discover.js";

/**
 * Split units into `parts` groups of about equal work for parallel reading. Work is estimated
 * by the number of files a unit reads; Terraform roots stay in path order inside a group, so
 * roots that share modules tend to land together and parse them once.
 */
export function partitionUnits(units: Units, parts: number, weightOf: (unit: string) => number): Units[] {
  const groups: Units[] = Array.from({ length: Math.max(1, parts) }, () => ({
    templates: [],
    terraformRoots: [],
    cdkAssemblies: [],
    terraformFiles: units.terraformFiles,
  }));
  const load = groups.map(() => 0);
  const items: { kind: "templates" | "terraformRoots" | "cdkAssemblies"; unit: string; weight: number }[] = [
    ...units.terraformRoots.map((unit) => ({
      kind: "terraformRoots" as const,
      unit,
      weight: weightOf(unit),
    })),
    ...units.cdkAssemblies.map((unit) => ({ kind: "cdkAssemblies" as const, unit, weight: weightOf(unit) })),
    ...units.templates.map((unit) => ({ kind: "templates" as const, unit, weight: weightOf(unit) })),
  ];
  // Contiguous chunks of roots (module sharing), then the rest greedily onto the lightest group.
  const roots = items.filter((i) => i.kind === "terraformRoots");
  const total = roots.reduce((s, i) => s + i.weight, 0);
  let g = 0;
  let acc = 0;
  for (const item of roots) {
    if (acc >= ((g + 1) * total) / groups.length && g < groups.length - 1) g++;
    groups[g]!.terraformRoots.push(item.unit);
    load[g]! += item.weight;
    acc += item.weight;
  }
  for (const item of items.filter((i) => i.kind !== "terraformRoots").sort((a, b) => b.weight - a.weight)) {
    const lightest = load.indexOf(Math.min(...load));
    groups[lightest]![item.kind].push(item.unit);
    load[lightest]! += item.weight;
  }
  return groups.filter((u) => u.templates.length + u.terraformRoots.length + u.cdkAssemblies.length > 0);
}
