/**
 * A module call whose code is not in the repository (design.md, "Modules whose code is not in
 * the repository"): read by its signature when the module has one, else generically; when
 * neither finds anything the call itself is one unresolved grant (unless the allowlist trusts
 * its source, see src/grants/extract.ts). The note says how each call was read.
 */
import { moduleSignature, signatureInputs } from "../../../grants/module-signatures.js";
import { renderText, unresolved } from "../../../model/symbolic.js";
import type { ResourceRecord } from "../../../model/types.js";
import type { Step } from "../evaluate.js";
import { RefObject } from "../values.js";
import { genericFindings, genericRecords } from "./generic.js";
import { enabled, signatureRecords } from "./signature.js";
import { moduleSource } from "./source.js";

export interface OpaqueRead {
  records: ResourceRecord[];
  note: string;
}

/** `call` is the call as a record: its evaluated inputs as properties, plus `source` (and `version`). */
export function readOpaqueCall(call: ResourceRecord): OpaqueRead {
  const source = String(call.properties.source ?? "");
  const parsed = moduleSource(source);
  const version = versionOf(call) ?? parsed?.ref ?? /[?&]ref=([^&]+)/.exec(source)?.[1];
  const name = `${call.address} (${source}${version ? ` ${version}` : ""})`;
  const at = `${call.file}:${call.line}: `;
  const signature = parsed ? moduleSignature(parsed.module) : undefined;
  if (signature) {
    const how = `signature ${signature.module} (checked against ${signature.checked}, covers ${signature.covers})`;
    if (signature.nothing)
      return {
        records: [],
        note: `${at}module ${name}: read by ${how}: grants nothing (${signature.nothing})`,
      };
    const rows = signatureInputs(signature.module);
    const records = rows.flatMap((row) => signatureRecords(call, row, how));
    const used = [...new Set(records.map((r) => r.moduleInput?.input.split("/")[0]))].join(", ");
    const ignored = rows
      .filter((r) => r.when && call.properties[r.input] != null && !enabled(call, r))
      .map((r) => `${r.input} is ignored (${r.when?.input} is not true)`);
    const found = records.length === 0 ? "no input that grants access is set" : `grants from ${used}`;
    return { records, note: `${at}module ${name}: read by ${how}: ${[found, ...ignored].join("; ")}` };
  }
  const found = genericFindings(call.properties);
  if (found.policies.length > 0 || found.principals.length > 0) {
    const how = "the generic reading (no signature for this module)";
    const inputs = [...found.policies, ...found.principals].map(([p]) => p).join(", ");
    return {
      records: genericRecords(call, found, how),
      note: `${at}module ${name}: no signature; read generically: policies or principals in ${inputs}`,
    };
  }
  const unread: ResourceRecord = {
    ...call,
    properties: { source, ...(version ? { version } : {}), unread: [unresolved(`module ${name}`)] },
    moduleInput: { input: "", how: "nothing found" },
  };
  return {
    records: [unread],
    note: `${at}module ${name}: no signature and nothing found generically; reported as one unresolved grant unless trusted.module-sources matches its source`,
  };
}

function versionOf(call: ResourceRecord): string | undefined {
  const v = call.properties.version;
  return typeof v === "string" && v !== "" ? renderText(v) : undefined;
}

/**
 * `module.<call>.<output>` of an opaque call whose signature marks the output as an identity of a
 * resource the module creates (design.md, "Made by this configuration"): a reference into the
 * own account. `steps` follow `module.<call>`: an instance index first when the call is expanded.
 */
export function opaqueOutput(
  source: string,
  address: string,
  steps: readonly Step[],
): { value: RefObject; used: number } | null {
  const parsed = moduleSource(source);
  const outputs = parsed ? moduleSignature(parsed.module)?.outputs : undefined;
  if (!outputs) return null;
  const first = steps[1];
  const index = first?.kind === "index" ? first : undefined;
  const attr = steps[index ? 2 : 1];
  if (attr?.kind !== "attr" || !outputs.includes(attr.name)) return null;
  const at = index ? `${address}[${JSON.stringify(index.key)}]` : address;
  let value = new RefObject(at, attr.name);
  let used = index ? 3 : 2;
  // An element of a map or list output (eventbridge_rule_arns["x"]) is an identity too.
  for (let step = steps[used]; step?.kind === "index"; step = steps[++used]) {
    const key = step.key;
    if (typeof key !== "string" && typeof key !== "number") break;
    value = value.index(key);
  }
  return { value, used };
}
