import { globMatch } from "../model/glob.js";
import { jsonExact } from "../model/objects.js";
import {
  isWholeUnresolved,
  refResourceAddress,
  renderText,
  unresolvedExpressions,
} from "../model/symbolic.js";
import type { AnalysisError, Grant, ResourceRecord, ResourceRef, Zone } from "../model/types.js";
import { conditionOf, conditionPhrase, type RecordVariants, type VariantSpace } from "../model/variants.js";
import { analyzePolicy } from "../policy/index.js";
import type { IdentityProviderFact, PolicyAnalysis, PolicyContext, PolicyGrant } from "../policy/types.js";
import { identityProviders } from "./identity-providers.js";
import { valueAtPath, valuesAt } from "./paths.js";
import { withRoleAccess } from "./role-access.js";
import { SYNTHESIZERS } from "./synthesize.js";
import { type GrantRow, rowsFor } from "./table.js";

export interface Extraction {
  grants: Grant[];
  errors: AnalysisError[];
}

/** Every grant the resources carry, through the table of resource types. */
export function extractGrants(records: readonly ResourceRecord[], zone: Zone): Extraction {
  const grants: Grant[] = [];
  const errors: AnalysisError[] = [];
  const seen = new Map<string, Grant>();
  // The variants each conditional grant was found in, when its records say.
  const found = new Map<Grant, { space: string; variants: RecordVariants }>();
  // A resource's records share one variant space: it is written out once, not once per grant.
  const spaceTexts = new Map<VariantSpace, string>();
  const spaceText = (space: VariantSpace): string => {
    let text = spaceTexts.get(space);
    if (text === undefined) {
      text = JSON.stringify(space);
      spaceTexts.set(space, text);
    }
    return text;
  };
  const keysWithPolicyResource = policyResourceTargets(records);
  const constructPaths = constructPathsOf(records);
  const known: Known = {
    zone,
    providers: providersByUnit(records),
    analyses: new Map(),
    providerIds: new Map(),
  };
  for (const record of records) {
    if (isTrustedModuleCall(record, zone)) continue;
    for (const row of rowsFor(record.type)) {
      // A key whose policy an aws_kms_key_policy resource sets has that policy, not the default.
      if (
        row.synth === "kms-default-policy" &&
        keysWithPolicyResource.has(`${record.unit}\0${record.address}`)
      ) {
        if (row.policy === undefined) continue;
        const { synth: _, ...policyOnly } = row;
        for (const grant of grantsOfRow(record, policyOnly, known, errors)) push(grant, record);
        continue;
      }
      for (const grant of grantsOfRow(record, row, known, errors)) push(grant, record);
    }
  }
  for (const g of grants) {
    const r = g.resource;
    const path =
      r.target !== undefined && r.target !== r.address
        ? constructPaths.get(`${r.unit}\0${r.target}`)
        : undefined;
    if (path) r.targetConstructPath = path;
  }
  withRoleAccess(grants, records);
  return { grants, errors };

  function push(grant: Grant, record: ResourceRecord): void {
    const key = dedupeKey(grant);
    const first = seen.get(key);
    if (first) {
      if (!mergeVariants(first, record, found, spaceText)) mergeConditional(first, grant);
      return;
    }
    seen.set(key, grant);
    if (record.variants)
      found.set(grant, { space: spaceText(record.variants.space), variants: record.variants });
    grants.push(grant);
  }
}

/** The construct path of each CDK resource, by unit and logical id: allowlist scopes name targets by it. */
function constructPathsOf(records: readonly ResourceRecord[]): Map<string, string> {
  const paths = new Map<string, string>();
  for (const r of records) if (r.constructPath) paths.set(`${r.unit}\0${r.address}`, r.constructPath);
  return paths;
}

/**
 * The keys (unit and address) that an aws_kms_key_policy resource of the same unit names: a key of
 * the same name in another root is another key, whatever roots are read together.
 */
function policyResourceTargets(records: readonly ResourceRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const record of records) {
    if (record.type !== "aws_kms_key_policy") continue;
    for (const row of rowsFor(record.type))
      for (const target of targetsOf(record, row)) keys.add(`${record.unit}\0${target}`);
  }
  return keys;
}

/** The identity providers each unit declares: a policy is read with those of its own unit only. */
function providersByUnit(
  records: readonly ResourceRecord[],
): Map<string, Record<string, IdentityProviderFact>> {
  const byUnit = new Map<string, ResourceRecord[]>();
  for (const r of records) {
    const list = byUnit.get(r.unit);
    if (list) list.push(r);
    else byUnit.set(r.unit, [r]);
  }
  return new Map([...byUnit].map(([unit, list]) => [unit, identityProviders(list)]));
}

/** What every policy of the records is read with: the zone and the identity providers they declare. */
interface Known {
  zone: Zone;
  /** By unit. */
  providers: Map<string, Record<string, IdentityProviderFact>>;
  /**
   * The analysis of each policy text with each context, for this extraction only: many records
   * carry the same policy (a module's instances, a repeated data source), read once. Their
   * PolicyGrants are shared by the grants made of them, which nothing changes after extraction.
   */
  analyses: Map<string, PolicyAnalysis>;
  /** A number for each unit's providers object, so that a context's key need not write them out. */
  providerIds: Map<Record<string, IdentityProviderFact>, number>;
}

interface PolicySource {
  doc: unknown;
  /** Property path of the policy, or of each statement's principal for synthesized policies. */
  policyPath: string;
  principalPaths?: string[];
}

function policySources(record: ResourceRecord, row: GrantRow): PolicySource[] {
  const sources: PolicySource[] = [];
  if (row.policy) {
    for (const { value, path } of valuesAt(record.properties, row.policy)) {
      sources.push({ doc: row.statementOnly ? { Statement: value } : value, policyPath: path });
    }
  }
  if (row.synth) {
    const synthesized = SYNTHESIZERS[row.synth](row, record.properties);
    if (synthesized) {
      sources.push({ doc: synthesized.doc, policyPath: "", principalPaths: synthesized.principalPaths });
    }
  }
  return sources;
}

function grantsOfRow(record: ResourceRecord, row: GrantRow, known: Known, errors: AnalysisError[]): Grant[] {
  const targets = targetsOf(record, row);
  const out: Grant[] = [];
  for (const source of policySources(record, row)) {
    const policyGrants = analyzeSource(record, row, source, known, errors);
    for (const pg of policyGrants) {
      const line = lineOf(record, source, pg);
      for (const target of targets) out.push(toGrant(record, row, pg, line, target));
    }
  }
  return out;
}

function analyzeSource(
  record: ResourceRecord,
  row: GrantRow,
  source: PolicySource,
  known: Known,
  errors: AnalysisError[],
): PolicyGrant[] {
  const { zone } = known;
  const { doc } = source;
  if (typeof doc === "string" && doc.trim() === "") {
    // An empty optional policy is the service's default policy (no grant, or the row's synthesized
    // default); an empty required one is an error.
    if (!row.optionalPolicy) {
      const when = record.conditional ? conditionPhrase(record.conditional) : undefined;
      errors.push({
        file: record.file,
        line: record.pathLines?.[source.policyPath] ?? record.line,
        message:
          `${record.address} (${record.type}): ${source.policyPath.split("/").join(".")} is empty` +
          `${when ? ` (${when.lead} ${when.text})` : ""}, but the policy is required`,
      });
    }
    return [];
  }
  if (typeof doc === "string" && isWholeUnresolved(doc.trim())) {
    // The whole policy is an unknown value: whoever it admits cannot be known -> fail closed.
    const expr = unresolvedExpressions(doc);
    return [
      {
        principal: { type: "AWS", id: renderText(doc.trim()), accountId: null },
        classification:
          zone.expressions.length > 0 && expr.every((e) => zone.expressions.includes(e))
            ? "internal"
            : "unresolved",
        actions: ["*"],
        conditions: {},
        unresolved: expr,
        notes: ["policy document could not be resolved statically"],
        path: [],
      },
    ];
  }
  const ctx = {
    zone,
    trustPolicy: row.trust === true,
    ...(record.selfAccount ? { selfAccount: record.selfAccount } : {}),
    // Services through which any account's resources reach this one (issue 18 item 4).
    ...(row.anyAccountVia ? { anyAccountVia: row.anyAccountVia } : {}),
    identityProviders: known.providers.get(record.unit) ?? {},
  };
  const analysis = analyzeOnce(doc, ctx, known);
  for (const message of analysis.errors) {
    errors.push({
      file: record.file,
      line: record.pathLines?.[source.policyPath] ?? record.line,
      message: `${record.address} (${record.type}): ${message}`,
    });
  }
  return analysis.grants;
}

/**
 * analyzePolicy, once for each policy document and context of the extraction: a policy text as it
 * is, a document object (CloudFormation's, a synthesized one) as its JSON text when that says all
 * of it (nothing undefined, no class instance); any other is analysed each time.
 */
function analyzeOnce(doc: unknown, ctx: PolicyContext, known: Known): PolicyAnalysis {
  const text = typeof doc === "string" ? `s${doc}` : jsonExact(doc) ? `o${JSON.stringify(doc)}` : undefined;
  if (text === undefined) return analyzePolicy(doc, ctx);
  const providers = ctx.identityProviders ?? {};
  let providerId = known.providerIds.get(providers);
  if (providerId === undefined) {
    providerId = known.providerIds.size;
    known.providerIds.set(providers, providerId);
  }
  // The zone is the extraction's own; the JSON part ends where the document's text begins.
  const key =
    JSON.stringify([ctx.trustPolicy, ctx.selfAccount ?? null, ctx.anyAccountVia ?? null, providerId]) + text;
  let analysis = known.analyses.get(key);
  if (analysis === undefined) {
    analysis = analyzePolicy(doc, ctx);
    known.analyses.set(key, analysis);
  }
  return analysis;
}

function targetsOf(record: ResourceRecord, row: GrantRow): string[] {
  if (!row.target) return [record.address];
  const values = valuesAt(record.properties, row.target);
  if (values.length === 0) return [record.address];
  return [...new Set(values.map(({ value }) => targetName(value)))];
}

function targetName(value: unknown): string {
  if (typeof value !== "string") return renderText(JSON.stringify(value) ?? "");
  return refResourceAddress(value) ?? renderText(value);
}

/**
 * The line of a grant's principal: the exact property path when the reader knows it; else the
 * line where the literal principal text stands; else the policy property's line; else the
 * resource's first line.
 */
function lineOf(record: ResourceRecord, source: PolicySource, pg: PolicyGrant): number {
  const pathLines = record.pathLines ?? {};
  let full: string;
  if (source.principalPaths) {
    const statementIndex = typeof pg.path[1] === "number" ? pg.path[1] : 0;
    full = source.principalPaths[statementIndex] ?? "";
  } else {
    // The policy's path and the grant's path below it, empty parts left out.
    full = source.policyPath;
    for (const part of pg.path) {
      const text = String(part);
      if (text !== "") full = full === "" ? text : `${full}/${text}`;
    }
  }
  const exact = pathLines[full];
  if (exact !== undefined) return exact;
  const valueLines = record.valueLines;
  if (valueLines) {
    const raw = valueAtPath(source.doc, pg.path);
    const { id, accountId } = pg.principal;
    const rendered = typeof raw === "string" ? renderText(raw) : undefined;
    for (const c of [typeof raw === "string" ? raw : undefined, rendered, id, accountId]) {
      const line = c ? valueLines[c] : undefined;
      if (line !== undefined) return line;
    }
  }
  // The nearest enclosing path with a line.
  for (let i = full.lastIndexOf("/"); i >= 0; i = i === 0 ? -1 : full.lastIndexOf("/", i - 1)) {
    const line = pathLines[full.slice(0, i)];
    if (line !== undefined) return line;
  }
  return record.line;
}

function toGrant(
  record: ResourceRecord,
  row: GrantRow,
  pg: PolicyGrant,
  line: number,
  target: string,
): Grant {
  const resource: ResourceRef = {
    source: record.source,
    file: record.file,
    line,
    address: record.address,
    type: record.type,
    target,
    unit: record.unit,
    ...(record.stack ? { stack: record.stack } : {}),
    ...(record.constructPath ? { constructPath: record.constructPath } : {}),
  };
  const grant: Grant = {
    // accountId is a 12-digit account or null: an unknown account is never shown as one.
    principal: {
      ...pg.principal,
      accountId: /^\d{12}$/.test(pg.principal.accountId ?? "") ? pg.principal.accountId : null,
    },
    classification: pg.classification,
    mechanism: row.mechanism,
    resource,
    // The analysis's own arrays and objects, shared by every grant of every record that carries the
    // same policy (analyzeOnce): nothing after extraction changes them in place.
    actions: pg.actions,
    conditions: pg.conditions,
  };
  if (pg.subkind) grant.subkind = pg.subkind;
  if (pg.notActions?.length) grant.notActions = pg.notActions;
  if (pg.via) grant.via = pg.via;
  if (record.conditional) grant.conditional = record.conditional;
  if (pg.unresolved?.length) grant.unresolved = pg.unresolved;
  const notes = [...(pg.notes ?? [])];
  if (record.moduleInput) {
    const { input, how } = record.moduleInput;
    grant.input = input;
    notes.push(
      input === ""
        ? "an opaque module call: its code is not in the repository, it has no signature and no input showed what it grants"
        : `from input ${input} of an opaque module, read by ${how}`,
    );
  }
  if (notes.length > 0) grant.notes = notes;
  return grant;
}

/** A call of an opaque module where nothing was found, whose source trusted.module-sources matches. */
function isTrustedModuleCall(record: ResourceRecord, zone: Zone): boolean {
  if (record.type !== "module" || record.properties.unread === undefined) return false;
  const source = record.properties.source;
  return typeof source === "string" && (zone.moduleSources ?? []).some((g) => globMatch(g, source));
}

/**
 * The same grant in several records of one resource's variants exists in all of their variants:
 * its condition is said again for them together (none when they are every variant). False when
 * the records do not say which variants they come from.
 */
function mergeVariants(
  kept: Grant,
  record: ResourceRecord,
  found: Map<Grant, { space: string; variants: RecordVariants }>,
  spaceText: (space: VariantSpace) => string,
): boolean {
  const known = found.get(kept);
  if (kept.conditional === undefined) return true;
  if (!known || !record.variants || spaceText(record.variants.space) !== known.space) return false;
  const members = [...new Set([...known.variants.members, ...record.variants.members])];
  known.variants = { space: known.variants.space, members };
  const conditional = conditionOf(known.variants.space, members);
  if (conditional) kept.conditional = conditional;
  else delete kept.conditional;
  return true;
}

/**
 * The same grant from several variants of a resource (Fn::If, ternaries) exists under each of
 * their conditions: an unconditional one wins, otherwise the conditions are listed together.
 */
function mergeConditional(kept: Grant, again: Grant): void {
  if (kept.conditional === undefined) return;
  if (again.conditional === undefined) {
    delete kept.conditional;
    return;
  }
  const parts = new Set(kept.conditional.split(" | "));
  if (!parts.has(again.conditional)) kept.conditional = `${kept.conditional} | ${again.conditional}`;
}

function dedupeKey(g: Grant): string {
  return JSON.stringify([
    g.resource.unit,
    g.resource.file,
    g.resource.address,
    g.resource.target,
    g.mechanism,
    g.principal.id,
    g.classification,
    g.actions,
    g.notActions ?? [],
    g.via ?? "",
    g.conditions,
    g.input ?? "",
  ]);
}
