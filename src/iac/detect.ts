import type { Snapshot } from "../sources/snapshot.js";
import { readText } from "../sources/text.js";
import { looksLikeTemplate } from "./cloudformation/detect.js";
import { looksLikePlan } from "./terraform-plan/index.js";

/**
 * Whether a YAML/JSON file is a CloudFormation template. A file that cannot even be read as text
 * counts as one: its error is then reported instead of the file being skipped (fail closed).
 */
export function isTemplateFile(snapshot: Snapshot, path: string): boolean {
  const read = readText(snapshot, path);
  if ("error" in read) return true;
  return looksLikeTemplate(path, read.text);
}

/**
 * Whether a JSON file is a `terraform show -json` plan (by content, whatever its name). A file
 * that cannot be read is not one: the template check then reports its error.
 */
export function isPlanFile(snapshot: Snapshot, path: string): boolean {
  const read = readText(snapshot, path);
  return "text" in read && looksLikePlan(read.text);
}
