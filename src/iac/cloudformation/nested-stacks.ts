/**
 * Nested stacks (AWS::CloudFormation::Stack) whose TemplateURL is a local path before packaging.
 * Only paths that stay inside the repository are considered; nothing is followed yet (binding the
 * child's parameters is a later step), the reader only notes them.
 */
import { hasToken } from "../../model/symbolic.js";

export type NestedTemplate =
  | { kind: "local"; path: string }
  | { kind: "outside"; url: string }
  | { kind: "remote"; url: string }
  | { kind: "unknown" };

/** Where a TemplateURL points, relative to the parent template's file. */
export function nestedTemplatePath(parentFile: string, templateUrl: unknown): NestedTemplate {
  if (typeof templateUrl !== "string" || templateUrl === "" || hasToken(templateUrl))
    return { kind: "unknown" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(templateUrl)) return { kind: "remote", url: templateUrl };
  if (templateUrl.startsWith("/") || templateUrl.startsWith("\\") || templateUrl.includes("\\")) {
    return { kind: "outside", url: templateUrl };
  }
  const parts = parentFile.split("/").slice(0, -1);
  for (const part of templateUrl.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return { kind: "outside", url: templateUrl };
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? { kind: "unknown" } : { kind: "local", path: parts.join("/") };
}
