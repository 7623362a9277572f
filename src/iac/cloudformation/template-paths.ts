/**
 * Where a nested or referenced template lies, from a path relative to its parent's folder. Pure
 * path arithmetic: discovery and coverage use it without loading the template reader.
 */
import { hasToken } from "../../model/symbolic.js";

export type NestedTemplate =
  | { kind: "local"; path: string }
  | { kind: "outside"; url: string }
  | { kind: "remote"; url: string }
  /** The template should be there and is not (a CDK nested stack missing from cdk.out). */
  | { kind: "error"; message: string }
  | { kind: "unknown" };

/** Where a TemplateURL points, relative to the parent template's file. */
export function nestedTemplatePath(parentFile: string, templateUrl: unknown): NestedTemplate {
  if (typeof templateUrl !== "string" || templateUrl === "" || hasToken(templateUrl))
    return { kind: "unknown" };
  if (/^[a-z][a-z0-9+.-]*:/i.test(templateUrl)) return { kind: "remote", url: templateUrl };
  return relativePath(parentFile.split("/").slice(0, -1), templateUrl);
}

/** `relative` from the folder `base` (path parts); "outside" when it leaves the root. */
export function relativePath(base: readonly string[], relative: string): NestedTemplate {
  if (relative.startsWith("/") || relative.startsWith("\\") || relative.includes("\\")) {
    return { kind: "outside", url: relative };
  }
  const parts = [...base];
  for (const part of relative.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (parts.length === 0) return { kind: "outside", url: relative };
      parts.pop();
    } else parts.push(part);
  }
  return parts.length === 0 ? { kind: "unknown" } : { kind: "local", path: parts.join("/") };
}
