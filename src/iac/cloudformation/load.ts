/**
 * Loading a template file: read, parse, index. A `TemplateCache` loads each file of a snapshot
 * once for a whole analysis (exports, nested stacks and the template's own read all need it); the
 * loaded template is never modified.
 */
import type { AnalysisError } from "../../model/types.js";
import type { Snapshot } from "../../sources/snapshot.js";
import { readText } from "../../sources/text.js";
import { field } from "./located.js";
import { parseTemplateText } from "./parse.js";
import { indexTemplate, namesMacro, type Template } from "./template.js";

/** A parsed and indexed template, or the errors that prevented it. */
export interface LoadedTemplate {
  template: Template | null;
  errors: AnalysisError[];
  /** What the report should say about the template that is not an error (nothing to deploy). */
  notes?: string[];
}

export function loadTemplate(snapshot: Snapshot, file: string): LoadedTemplate {
  const read = readText(snapshot, file);
  if ("error" in read) return { template: null, errors: [{ file, message: read.error }] };
  try {
    return loadTemplateText(read.text, file);
  } catch (e) {
    // A bug must not pass for a clean template: report it against the file.
    return {
      template: null,
      errors: [{ file, message: `internal error while parsing: ${(e as Error).message}` }],
    };
  }
}

export function loadTemplateText(text: string, file: string): LoadedTemplate {
  const parsed = parseTemplateText(text, file);
  const errors = [...parsed.errors];
  if (parsed.root === null) {
    if (errors.length === 0) errors.push({ file, line: 1, message: "the template is empty" });
    return { template: null, errors };
  }
  if (parsed.root.kind !== "map") {
    errors.push({
      file,
      line: parsed.root.line,
      message: "the template is not a mapping (object) at the top level",
    });
    return { template: null, errors };
  }
  const template = indexTemplate(parsed.root, file, errors);
  // Nothing to deploy (a CDK stack with no resources, as every integration-test snapshot has): the
  // CDK toolkit skips such a stack, so it is a note, not a failing error.
  const resources = field(parsed.root, "Resources");
  // A macro reads Resources in a shape of its own: what it makes is reported where it is (unseen.ts).
  if (template.resourceEntries.length === 0 && !(resources && namesMacro(parsed.root))) {
    const section = resources ? "an empty Resources section" : "no Resources section";
    return { template, errors, notes: [`${file}: the template has ${section}: nothing to deploy`] };
  }
  return { template, errors };
}

/** Each template of one snapshot loaded once. */
export class TemplateCache {
  private readonly loaded = new Map<string, LoadedTemplate>();
  private paths: ReadonlySet<string> | undefined;
  private readonly texts = new Map<string, string | null>();

  constructor(readonly snapshot: Snapshot) {}

  load(file: string): LoadedTemplate {
    let t = this.loaded.get(file);
    if (!t) {
      t = loadTemplate(this.snapshot, file);
      this.loaded.set(file, t);
    }
    return t;
  }

  /**
   * Whether the file's text contains `needle`: a cheap test before parsing (exports, nested
   * stacks). An unreadable file counts as mentioning it, so its error is reported.
   */
  mentions(file: string, needle: string): boolean {
    const known = this.loaded.get(file);
    if (known && !known.template) return true;
    let text = this.texts.get(file);
    if (text === undefined) {
      const read = readText(this.snapshot, file);
      text = "text" in read ? read.text : null;
      this.texts.set(file, text);
    }
    return text === null || text.includes(needle);
  }

  /** Whether the snapshot holds the file. */
  has(file: string): boolean {
    this.paths ??= new Set(this.snapshot.paths);
    return this.paths.has(file);
  }
}
