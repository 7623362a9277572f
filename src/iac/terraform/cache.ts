/**
 * What may be shared between reads of several roots (and of the base and head snapshots):
 * parse results (each file's located tree) keyed by path and text, and parsed expressions keyed
 * by their text.
 */
import type { Expr } from "./ast.js";
import type { TreeOutcome } from "./hcl.js";
import { HclSyntaxError, parseTemplate } from "./parser.js";

export type ParsedSource = TreeOutcome;

export class TerraformCache {
  private readonly files = new Map<string, { text: string; parsed: Promise<ParsedSource> }[]>();
  private readonly templates = new Map<string, Expr | HclSyntaxError>();

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

  /** A string from hcl2json (or a template file) as a template expression. */
  template(text: string): Expr | HclSyntaxError {
    let t = this.templates.get(text);
    if (t === undefined) {
      try {
        t = parseTemplate(text);
      } catch (e) {
        t = e instanceof HclSyntaxError ? e : new HclSyntaxError(String(e), 0);
      }
      if (this.templates.size > 200_000) this.templates.clear();
      this.templates.set(text, t);
    }
    return t;
  }
}

export function createTerraformCache(): TerraformCache {
  return new TerraformCache();
}
