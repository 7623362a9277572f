/**
 * Parameter files for templates (`--cfn-parameters`). Accepted forms:
 *   - CloudFormation CLI:   [{"ParameterKey": "K", "ParameterValue": "V"}, ...]
 *   - `deploy` overrides:   ["K=V", ...]
 *   - template configuration (CodePipeline): {"Parameters": {"K": "V", ...}}
 * JSON or YAML; values keep their source text (an unquoted 012345678901 stays 12 digits).
 */
import { field, type LNode, setOwn, toPlain } from "./located.js";
import { parseTemplateText } from "./parse.js";

/** `error` says what is wrong ("line 2: ..."); `line` is that line, when known. */
export type ParametersFileResult =
  | { parameters: Record<string, string | string[]> }
  | { error: string; line?: number };

function failure(line: number | undefined, message: string): { error: string; line?: number } {
  return line === undefined ? { error: message } : { error: `line ${line}: ${message}`, line };
}

const FORMS =
  'expected [{"ParameterKey": ..., "ParameterValue": ...}], ["Key=Value"] or {"Parameters": {"Key": "Value"}}';

export function parseParametersFile(text: string, file: string): ParametersFileResult {
  try {
    return readParameters(text, file);
  } catch (e) {
    return failure(undefined, `the parameters file could not be read: ${(e as Error).message}`);
  }
}

function readParameters(text: string, file: string): ParametersFileResult {
  const parsed = parseTemplateText(text, file);
  const first = parsed.errors[0];
  if (first) return failure(first.line, first.message);
  const root = parsed.root;
  if (!root) return failure(1, `the parameters file is empty; ${FORMS}`);
  const parameters: Record<string, string | string[]> = Object.create(null);
  if (root.kind === "seq") {
    for (const item of root.items) {
      const problem = addListItem(item, parameters);
      if (problem) return failure(item.line, problem);
    }
    return { parameters: { ...parameters } };
  }
  const section = root.kind === "map" ? field(root, "Parameters") : undefined;
  if (section?.kind === "map") {
    for (const e of section.entries) {
      const value = parameterValue(e.value);
      if (value === undefined) {
        return failure(e.keyLine, `parameter ${e.key}: the value is not a string or a list`);
      }
      setOwn(parameters, e.key, value);
    }
    return { parameters: { ...parameters } };
  }
  return failure(root.line, `not a parameters file: ${FORMS}`);
}

function addListItem(item: LNode, into: Record<string, string | string[]>): string | undefined {
  if (item.kind === "scalar" && typeof item.value === "string") {
    const eq = item.value.indexOf("=");
    if (eq <= 0) return `"${item.value}" is not Key=Value`;
    setOwn(into, item.value.slice(0, eq), item.value.slice(eq + 1));
    return undefined;
  }
  if (item.kind !== "map") return `an entry is not {"ParameterKey", "ParameterValue"}; ${FORMS}`;
  const key = field(item, "ParameterKey");
  if (key?.kind !== "scalar" || typeof key.value !== "string" || key.value === "") {
    return "an entry has no ParameterKey";
  }
  const valueNode = field(item, "ParameterValue");
  if (valueNode === undefined) {
    // UsePreviousValue: the deployed value, which a static reader cannot know.
    if (toPlain(field(item, "UsePreviousValue") ?? { kind: "scalar", value: false, line: 0 }) === true) {
      return undefined;
    }
    return `parameter ${key.value} has no ParameterValue`;
  }
  const value = parameterValue(valueNode);
  if (value === undefined) return `parameter ${key.value}: ParameterValue is not a string`;
  setOwn(into, key.value, value);
  return undefined;
}

function parameterValue(node: LNode): string | string[] | undefined {
  if (node.kind === "scalar") return node.value === null ? "" : String(node.value);
  if (node.kind === "seq" && node.items.every((i) => i.kind === "scalar")) {
    return node.items.map((i) => String(toPlain(i) ?? ""));
  }
  return undefined;
}
