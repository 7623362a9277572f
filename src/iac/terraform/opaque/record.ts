/** Records for what an opaque module call makes: inner resources of a signature, or the call itself. */
import { rowsFor } from "../../../grants/table.js";
import { resourceRef } from "../../../model/symbolic.js";
import type { ResourceRecord } from "../../../model/types.js";

export type Props = Record<string, unknown>;

/** The inner resource `type.name` of a call, with the input it came from and how the call was read. */
export function innerRecord(
  call: ResourceRecord,
  becomes: string,
  suffix: string,
  properties: Props,
  input: string,
  how: string,
): ResourceRecord {
  const type = innerType(becomes);
  const line = inputLine(call, input);
  const pathLines: Record<string, number> = {};
  for (const k of Object.keys(properties)) pathLines[k] = line;
  // Lines inside the input (a policy object written in HCL) keep their own lines.
  const policy = policyPath(type);
  for (const [p, l] of Object.entries(call.pathLines ?? {})) {
    if (policy && p.startsWith(`${input}/`)) pathLines[`${policy}${p.slice(input.length)}`] = l;
  }
  const record: ResourceRecord = {
    ...call,
    type: becomes === "module" ? "module" : type,
    address: becomes === "module" ? call.address : `${call.address}.${becomes}${suffix}`,
    line,
    properties,
    pathLines,
    moduleInput: { input, how },
  };
  return record;
}

/** The line of an input path of the call ("allowed_triggers/s3"), else of the nearest enclosing one. */
export function inputLine(call: ResourceRecord, input: string): number {
  const lines = call.pathLines ?? {};
  for (let p = input; p !== ""; p = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "") {
    const line = lines[p];
    if (line !== undefined) return line;
  }
  return call.line;
}

/** Where the grant table reads the policy of a resource type. */
export function policyPath(type: string): string | undefined {
  // A row that also synthesizes a default (KMS's default key policy) still reads its policy there.
  return rowsFor(type).find((r) => r.policy && !r.statementOnly)?.policy;
}

/** The property naming what the inner resource protects: the module call itself (own account). */
export function withTarget(type: string, call: ResourceRecord, props: Props): Props {
  const target = rowsFor(type).find((r) => r.target)?.target;
  if (target && !Object.hasOwn(props, target)) props[target] = resourceRef(call.address, "");
  return props;
}

/** The resource type of an inner address ("aws_kms_key" of "module.kms.aws_kms_key.this"). */
export function innerType(becomes: string): string {
  const parts = becomes.split(".");
  return parts[parts.length - 2] ?? becomes;
}
