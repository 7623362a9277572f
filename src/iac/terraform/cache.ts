/**
 * What may be shared between reads of several roots (and of the base and head snapshots):
 * parse results (each file's located tree) keyed by path and text, parsed expressions keyed by
 * their text, merged modules, and indexes built once from immutable inputs (a snapshot's path
 * list, a file's tree). One cache per run (or per worker thread), created by whoever starts the
 * run and passed down.
 */
import type { Expr } from "./ast.js";
import type { TreeOutcome } from "./hcl.js";
import type { ModuleConfig, ModuleMemo } from "./modules.js";
import type { InputUseNote } from "./open-inputs.js";
import { HclSyntaxError, parseTemplate, parseTemplateAt } from "./parser.js";
import { type PathIndex, pathIndex } from "./paths.js";
import type { TfFile, TfTemplateSource } from "./tree.js";

export type ParsedSource = TreeOutcome;

export class TerraformCache {
  private readonly files = new Map<string, { text: string; parsed: Promise<ParsedSource> }[]>();
  private readonly templates = new Map<string, Expr | HclSyntaxError>();
  private readonly pathIndexes = new WeakMap<readonly string[], PathIndex>();
  /** A directory's merged configuration, by the parses it was made from (modules.ts loadModule). */
  readonly modules = new Map<string, ModuleMemo>();
  /** Per file tree: the principal-like literals of a span, by "start#end" (read-root.ts). */
  readonly spanIndexes = new WeakMap<TfFile, Map<string, Map<string, number>>>();
  /** Per declaration: the span key noted when it is read, or null (line-values.ts lineSpan). */
  readonly lineSpans = new WeakMap<object, string | null>();
  /**
   * Per merged module (its trees, shared by every load of the merge) and aliases: what its own
   * code says of the open inputs (open-inputs.ts).
   */
  readonly inputUseNotes = new WeakMap<ModuleConfig["trees"], Map<string, readonly InputUseNote[]>>();

  /** A path list's index (files by directory, and as a set), built once per list. */
  pathIndex(paths: readonly string[]): PathIndex {
    let index = this.pathIndexes.get(paths);
    if (!index) {
      index = pathIndex(paths);
      this.pathIndexes.set(paths, index);
    }
    return index;
  }

  /** Parse a file once per distinct text. */
  source(
    path: string,
    text: string,
    parse: (path: string, text: string) => Promise<TreeOutcome>,
  ): Promise<ParsedSource> {
    const versions = this.files.get(path) ?? [];
    const hit = versions.find((v) => v.text === text);
    if (hit) return hit.parsed;
    const parsed = parse(path, text);
    versions.push({ text, parsed });
    this.files.set(path, versions);
    return parsed;
  }

  /**
   * A natively read argument's value as a template: parsed from where it is written the first
   * time its text is met (a template parses the same wherever it is written, so one parse per
   * distinct text, shared with `template`); undefined where it must be parsed from its printed
   * string (`template`, which then gives the error).
   */
  argument(source: TfTemplateSource): Expr | undefined {
    const known = this.templates.get(source.printed);
    if (known !== undefined) return known instanceof HclSyntaxError ? undefined : known;
    const parsed = parseTemplateAt(source);
    if (parsed !== undefined) this.remember(source.printed, parsed);
    return parsed;
  }

  /** A string from hcl2json (or a template file) as a template expression. */
  template(text: string): Expr | HclSyntaxError {
    let t = this.templates.get(text);
    if (t === undefined) {
      try {
        t = parseTemplate(text);
      } catch (e) {
        t = e instanceof HclSyntaxError ? e : new HclSyntaxError(String(e), 0);
      }
      this.remember(text, t);
    }
    return t;
  }

  private remember(text: string, t: Expr | HclSyntaxError): void {
    if (this.templates.size > 200_000) this.templates.clear();
    this.templates.set(text, t);
  }

  /**
   * What yamldecode's reader made of each text (functions.ts `FunctionEnv.yamlRead`): a local
   * computed again under other choices decodes the same file again (mpe: 10 of 13 calls, 250 ms of
   * one thread's 430). Kept up to `MAX_DECODED_CHARS` of text.
   */
  private readonly yamlReads = new Map<string, { value: unknown } | { error: unknown }>();
  private yamlChars = 0;

  yamlRead(text: string, read: (text: string) => unknown): unknown {
    let known = this.yamlReads.get(text);
    if (known === undefined) {
      try {
        known = { value: read(text) };
      } catch (e) {
        known = { error: e };
      }
      if (this.yamlChars + text.length > MAX_DECODED_CHARS) {
        this.yamlReads.clear();
        this.yamlChars = 0;
      }
      this.yamlReads.set(text, known);
      this.yamlChars += text.length;
    }
    if ("error" in known) throw known.error;
    return known.value;
  }
}

const MAX_DECODED_CHARS = 64 * 1024 * 1024;

export function createTerraformCache(): TerraformCache {
  return new TerraformCache();
}
