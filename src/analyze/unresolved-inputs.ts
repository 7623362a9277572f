/**
 * What an unresolved grant depends on besides its own expression (design.md "New external
 * access": an unresolved grant is new when the content it depends on changed). Terraform only:
 * the tfvars files its root loads; in its own module folder, the declaration of each variable,
 * local and module call its expression names; the code of the modules whose outputs it reads; for
 * a grant inside a called module, the call blocks on the way to it (whose arguments are its
 * inputs); and files its module's code names (read through file(), templatefile(), fileset()).
 * Other edits of the same files do not count: re-approving every unresolved grant of a root on
 * any change would teach people to approve without reading.
 */

import { autoVarFiles, type PathIndex, pathIndex } from "../iac/terraform/paths.js";
import { scanHcl } from "../iac/terraform/positions.js";
import { moduleClosure, type TerraformLayout } from "../iac/terraform/roots.js";
import type { Grant } from "../model/types.js";
import type { Snapshot } from "../sources/snapshot.js";
import { textOf } from "../sources/text.js";
import { namedOutside } from "./file-references.js";

export interface DiffSides {
  base: Snapshot;
  head: Snapshot;
  baseLayout: TerraformLayout;
  headLayout: TerraformLayout;
  /** Files the change adds, modifies or deletes. */
  changed: readonly string[];
  /** --tfvars files, loaded by every root. */
  tfvars?: readonly string[];
}

/** For a head grant: the changed files it depends on besides its own expression. */
export function changedInputs(sides: DiffSides): (g: Grant) => string[] {
  const closures = new Map<string, Set<string>>();
  const closureOf = (root: string) => {
    let dirs = closures.get(root);
    if (!dirs) {
      dirs = new Set([...moduleClosure(sides.baseLayout, root), ...moduleClosure(sides.headLayout, root)]);
      closures.set(root, dirs);
    }
    return dirs;
  };
  const tfvarsOfRoot = new Map<string, Set<string>>();
  let paths: { base: PathIndex; head: PathIndex } | undefined;
  const tfvarsOf = (root: string) => {
    let files = tfvarsOfRoot.get(root);
    if (!files) {
      paths ??= { base: pathIndex(sides.base.paths), head: pathIndex(sides.head.paths) };
      files = new Set([
        ...autoVarFiles(paths.base, root),
        ...autoVarFiles(paths.head, root),
        ...(sides.tfvars ?? []),
      ]);
      tfvarsOfRoot.set(root, files);
    }
    return files;
  };
  const named = fileNamesInModuleCode(sides.head);
  const scans = new Map<string, ReturnType<typeof scanHcl>>();
  const scan = (side: "base" | "head", path: string) => {
    const key = `${side}\0${path}`;
    let scanned = scans.get(key);
    if (!scanned) {
      scanned = scanHcl(textOf(sides[side], path));
      scans.set(key, scanned);
    }
    return scanned;
  };
  return (g) => {
    // A module-input grant is known by its call's source, version, input and conditions already
    // (design.md, modules 3 and 5); a plan says its own values.
    if (g.resource.source !== "terraform" || g.input !== undefined || sides.changed.length === 0) return [];
    const root = g.resource.unit;
    const dir = dirOf(g.resource.file);
    const dirs = closureOf(root);
    const names = referencedNames(g);
    // The folders of the modules whose outputs the expression reads, and what they call.
    const outputDirs = calledDirs(dir, names.modules);
    // The calls that lead to the grant's module: their arguments are its inputs.
    const chain: Names = { variables: [], locals: [], modules: moduleChain(g.resource.address) };
    const out: string[] = [];
    for (const p of sides.changed) {
      if (/\.tfvars(\.json)?$/.test(p)) {
        if (tfvarsOf(root).has(p)) out.push(p);
        continue;
      }
      const pDir = dirOf(p);
      if (/\.tf(\.json)?$/.test(p)) {
        if (!dirs.has(pDir)) continue;
        const depends =
          pDir === dir
            ? declarationChanged(p, names)
            : outputDirs.has(pDir) || (chain.modules.length > 0 && declarationChanged(p, chain));
        if (depends) out.push(p);
        continue;
      }
      if (named(dir, p)) out.push(p);
    }
    return out;
  };

  /** The folders of the named module calls of `dir`, in either snapshot, with what they call in turn. */
  function calledDirs(dir: string, calls: readonly string[]): Set<string> {
    const out = new Set<string>();
    if (calls.length === 0) return out;
    for (const layout of [sides.baseLayout, sides.headLayout]) {
      const module = layout.modules.find((m) => m.dir === dir);
      for (const c of module?.calls ?? []) {
        if (c.dir === null || !calls.includes(c.name)) continue;
        for (const d of moduleClosure(layout, c.dir)) out.add(d);
      }
    }
    return out;
  }

  /** Whether a changed file declares a named variable, local or module call differently. */
  function declarationChanged(path: string, names: Names): boolean {
    if (names.variables.length + names.locals.length + names.modules.length === 0) return false;
    if (path.endsWith(".json")) return true; // .tf.json: not scanned here; a change may be anywhere
    const before = declarations(textOf(sides.base, path), scan("base", path), names);
    const after = declarations(textOf(sides.head, path), scan("head", path), names);
    return before !== after;
  }
}

/** The module call names on the way to a resource: module.a["k"].module.b.aws_x.y gives a, b. */
function moduleChain(address: string): string[] {
  return [...address.matchAll(/(?:^|\.)module\.([A-Za-z_][A-Za-z0-9_-]*)/g)].map((m) => m[1]!);
}

interface Names {
  variables: string[];
  locals: string[];
  modules: string[];
}

/** The variables, locals and modules the grant's principal and unresolved expressions name. */
function referencedNames(g: Grant): Names {
  const text = [g.principal.id, ...(g.unresolved ?? [])].join("\n");
  const pick = (kind: string) => [
    ...new Set(
      [...text.matchAll(new RegExp(`\\b${kind}\\.([A-Za-z_][A-Za-z0-9_-]*)`, "g"))].map((m) => m[1]!),
    ),
  ];
  return { variables: pick("var"), locals: pick("local"), modules: pick("module") };
}

/** The text of each declaration of the named variables, locals and module calls in one file, in order. */
function declarations(text: string, scanned: ReturnType<typeof scanHcl>, names: Names): string {
  const parts: string[] = [];
  for (const block of scanned.blocks) {
    const label = block.labels[0] ?? "";
    if (
      (block.type === "variable" && names.variables.includes(label)) ||
      (block.type === "module" && names.modules.includes(label))
    ) {
      parts.push(text.slice(block.start, block.end));
    } else if (block.type === "locals") {
      for (const a of block.attributes)
        if (names.locals.includes(a.name)) parts.push(text.slice(a.start, a.end));
    }
  }
  // Layout (alignment, line breaks) is no change of content.
  return JSON.stringify(parts.map((part) => part.replace(/\s+/g, " ")));
}

/**
 * Whether the module code of a folder names a changed file's name (file(), templatefile(),
 * fileset()): each folder's Terraform text is read once.
 */
function fileNamesInModuleCode(snapshot: Snapshot): (dir: string, changed: string) => boolean {
  let byDir: Map<string, string[]> | undefined;
  const answers = new Map<string, boolean>();
  return (dir, changed) => {
    const name = changed.slice(changed.lastIndexOf("/") + 1);
    const key = `${dir}\0${name}`;
    let answer = answers.get(key);
    if (answer === undefined) {
      if (!byDir) {
        byDir = new Map();
        for (const p of snapshot.paths) {
          if (!/\.tf(\.json)?$/.test(p)) continue;
          const list = byDir.get(dirOf(p));
          if (list) list.push(p);
          else byDir.set(dirOf(p), [p]);
        }
      }
      answer = (byDir.get(dir) ?? []).some((p) => namedOutside(textOf(snapshot, p), name));
      answers.set(key, answer);
    }
    return answer;
  };
}

function dirOf(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
