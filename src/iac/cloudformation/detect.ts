/**
 * Is a file a CloudFormation template? Used by discovery on every candidate file, so it is cheap:
 * a name and text check first, a parse only when the text says "maybe". A file that clearly
 * means to be a template but does not parse still counts, so the reader reports why (fail closed).
 */
import { parseJson } from "../../model/json.js";
import { asString, field } from "./located.js";
import { looksLikeJson, parseTemplateText } from "./parse.js";

const TEMPLATE_EXTENSION = /\.(ya?ml|json|template|cfn)$/i;
const YAML_VERSION_KEY = /^["']?AWSTemplateFormatVersion["']?[ \t]*:/m;
const JSON_VERSION_KEY = /"AWSTemplateFormatVersion"\s*:/;
const YAML_RESOURCES_KEY = /^["']?Resources["']?[ \t]*:/m;
const YAML_TRANSFORM_KEY = /^["']?Transform["']?[ \t]*:/m;
const RESOURCE_TYPE = /["']?Type["']?\s*:\s*["']?(?:AWS|Custom)::/;
const CFN_TYPE = /^(?:AWS|Custom)::/;

export function looksLikeTemplate(path: string, text: string): boolean {
  try {
    if (!TEMPLATE_EXTENSION.test(path)) return false;
    if (!text.includes("AWSTemplateFormatVersion") && !text.includes("Resources")) return false;
    const json = looksLikeJson(path, text);
    if (!json && YAML_VERSION_KEY.test(text)) return true;
    if (json) return jsonLooksLikeTemplate(text);
    if (!YAML_RESOURCES_KEY.test(text)) return false;
    if (!RESOURCE_TYPE.test(text) && !YAML_TRANSFORM_KEY.test(text)) return false;
    return parsedLooksLikeTemplate(path, text);
  } catch {
    return false;
  }
}

function jsonLooksLikeTemplate(text: string): boolean {
  const parsed = parseJson(text);
  // Broken JSON that reads like a template is still one: the reader reports the syntax error.
  if (!parsed.ok) return JSON_VERSION_KEY.test(text) || RESOURCE_TYPE.test(text);
  const value = parsed.value;
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const top = value as Record<string, unknown>;
  if ("AWSTemplateFormatVersion" in top) return true;
  const resources = top.Resources;
  // A macro (Transform) may read Resources written in its own shape: the reader says so.
  if (top.Transform !== undefined && resources !== undefined) return true;
  if (resources === null || typeof resources !== "object" || Array.isArray(resources)) return false;
  return Object.values(resources).some(
    (r) => r !== null && typeof r === "object" && CFN_TYPE.test(String((r as Record<string, unknown>).Type)),
  );
}

function parsedLooksLikeTemplate(path: string, text: string): boolean {
  const { root } = parseTemplateText(text, path);
  // Unparsable text with a top-level Resources key and an AWS type: a broken template.
  if (root === null) return true;
  const resources = field(root, "Resources");
  // A macro (Transform) may read Resources written in its own shape: the reader says so.
  if (resources !== undefined && field(root, "Transform") !== undefined) return true;
  if (resources?.kind !== "map") return false;
  return resources.entries.some((e) => CFN_TYPE.test(asString(field(e.value, "Type")) ?? ""));
}
