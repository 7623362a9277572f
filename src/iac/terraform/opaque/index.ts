/**
 * A module call whose code is not in the repository (design.md, "Modules whose code is not in
 * the repository"): read by its signature when the module has one, else generically; when
 * neither finds anything the call itself is one unresolved grant (unless the allowlist trusts
 * its source, see src/grants/extract.ts). The note says how each call was read.
 */
import { type ModuleSignature, moduleSignature, signatureInputs } from "../../../grants/module-signatures.js";
import { renderText, unresolved } from "../../../model/symbolic.js";
import type { ResourceRecord } from "../../../model/types.js";
import type { Step } from "../evaluate.js";
import { RefObject } from "../values.js";
import { coveredBy, parseConstraint, parseCovers } from "../version-constraint.js";
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
  const constraint = versionOf(call);
  const ref = parsed?.ref ?? /[?&]ref=([^&]+)/.exec(source)?.[1];
  const version = constraint ?? ref;
  const name = `${call.address} (${source}${version ? ` ${version}` : ""})`;
  const at = `${call.file}:${call.line}: `;
  const found = parsed ? moduleSignature(parsed.module) : undefined;
  const fit = found ? versionFit(found, constraint, ref) : undefined;
  const signature = fit?.fits ? found : undefined;
  // A signature written for other versions is not used: the call is read generically instead.
  const uncovered = fit && !fit.fits ? `${fit.why}; ` : "";
  const caveat = fit?.fits && fit.why ? `; ${fit.why}` : "";
  if (signature) {
    const how = `signature ${signature.module} (checked against ${signature.checked}, covers ${signature.covers})`;
    if (signature.nothing)
      return {
        records: [],
        note: `${at}module ${name}: read by ${how}: grants nothing (${signature.nothing})${caveat}`,
      };
    const creates = signature.creates === undefined ? undefined : call.properties[signature.creates];
    if (creates === false || creates === "false")
      return {
        records: [],
        note: `${at}module ${name}: read by ${how}: creates nothing (${signature.creates} = false)${caveat}`,
      };
    const rows = signatureInputs(signature.module);
    const records = rows.flatMap((row) => signatureRecords(call, row, how));
    const used = [...new Set(records.map((r) => r.moduleInput?.input.split("/")[0]))].join(", ");
    const ignored = rows
      .filter((r) => r.when && call.properties[r.input] != null && !enabled(call, r))
      .map((r) => `${r.input} is ignored (${r.when?.input} is not true)`);
    const grants = records.length === 0 ? "no input that grants access is set" : `grants from ${used}`;
    return {
      records,
      note: `${at}module ${name}: read by ${how}: ${[grants, ...ignored].join("; ")}${caveat}`,
    };
  }
  const generic = genericFindings(call.properties);
  const none = uncovered || "no signature; ";
  if (generic.policies.length > 0 || generic.principals.length > 0) {
    const how = uncovered
      ? "the generic reading (no signature for this version)"
      : "the generic reading (no signature for this module)";
    const inputs = [...generic.policies, ...generic.principals].map(([p]) => p).join(", ");
    return {
      records: genericRecords(call, generic, how),
      note: `${at}module ${name}: ${none}read generically: policies or principals in ${inputs}`,
    };
  }
  const unread: ResourceRecord = {
    ...call,
    properties: { source, ...(version ? { version } : {}), unread: [unresolved(`module ${name}`)] },
    moduleInput: { input: "", how: "nothing found" },
  };
  return {
    records: [unread],
    note: `${at}module ${name}: ${uncovered ? uncovered : "no signature and "}nothing found generically; reported as one unresolved grant unless trusted.module-sources matches its source`,
  };
}

/**
 * Whether a signature may read a call of the version it asks for: its `version` constraint, else
 * the `?ref=` of a git source, must be satisfiable by a version the signature covers. A version
 * that cannot be read (an expression, a branch or commit as ref) does not rule the signature out,
 * and the note says so.
 */
function versionFit(
  signature: ModuleSignature,
  constraint: string | undefined,
  ref: string | undefined,
): { fits: boolean; why?: string } {
  const text = constraint ?? ref;
  if (text === undefined) return { fits: true };
  // A commit the signature was checked against ("checked: v4.2.0 (407e3db)") fits.
  const commits = [...signature.checked.matchAll(/\(([0-9a-f]{7,40})\)/g)].map((m) => m[1]!);
  if (constraint === undefined && /^[0-9a-f]{7,40}$/.test(text) && commits.some((c) => text.startsWith(c)))
    return { fits: true };
  const covers = parseCovers(signature.covers);
  // A tag ref may be spelled "tags/0.1.3" or "refs/tags/v1.2.0".
  const tag = ref?.replace(/^(?:refs\/)?tags\//, "");
  const clauses = constraint !== undefined ? parseConstraint(constraint) : parseConstraint(`=${tag}`);
  if (!clauses || !covers) {
    const what = constraint !== undefined ? `version ${JSON.stringify(text)}` : `ref ${JSON.stringify(text)}`;
    return {
      fits: true,
      why: `${what} is not a version number: the signature (covers ${signature.covers}) is assumed to fit`,
    };
  }
  if (coveredBy(clauses, covers)) return { fits: true };
  return {
    fits: false,
    why: `signature ${signature.module} (covers ${signature.covers}) does not cover version ${text}`,
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
  if (attr?.kind !== "attr") return null;
  let used = index ? 3 : 2;
  // An attribute of an object output ("karpenter.node_iam_role_arn"), where only it is an identity.
  const next = steps[used];
  const dotted = next?.kind === "attr" ? `${attr.name}.${next.name}` : undefined;
  const name = outputs.includes(attr.name) ? attr.name : dotted && outputs.includes(dotted) ? dotted : null;
  if (name === null) return null;
  if (name === dotted) used++;
  const at = index ? `${address}[${JSON.stringify(index.key)}]` : address;
  let value = new RefObject(at, name);
  // An element of a map or list output (eventbridge_rule_arns["x"]) is an identity too.
  for (let step = steps[used]; step?.kind === "index"; step = steps[++used]) {
    const key = step.key;
    if (typeof key !== "string" && typeof key !== "number") break;
    value = value.index(key);
  }
  return { value, used };
}
