/**
 * One resource change -> its before and after ResourceRecords: which side each action gives,
 * `after_unknown` as tokens, policies the configuration does not set, unknown policies read from
 * their data source (T18), the line of the resource block and the own account.
 */

import { rowsFor } from "../../grants/table.js";
import { isWholeUnresolved, unresolved } from "../../model/symbolic.js";
import type { ResourceRecord } from "../../model/types.js";
import { parseModuleAddress } from "./addresses.js";
import {
  type ConfigResource,
  configResource,
  expressionAt,
  isConfigured,
  moduleConfig,
  moduleDir,
  primaryReferences,
} from "./configuration.js";
import { policyFromDataSourceReference } from "./data-source-fallback.js";
import { type ModuleScope, ownResourceRef } from "./own-references.js";
import { isObject, type PlanDocument, type ResourceChange } from "./plan-document.js";
import type { SelfAccounts } from "./self-account.js";
import type { PlanReadOptions, ResourceLocation } from "./types.js";
import { type Path, renderPath, withUnknowns } from "./unknowns.js";

/** What every change of one plan shares. */
export interface PlanContext {
  file: string;
  unit: string;
  plan: PlanDocument;
  options: PlanReadOptions;
  root: string | undefined;
  self: SelfAccounts;
  notes: string[];
  /** The line of a resource change in the plan file, for grants that point at it. */
  changeLine?: (address: string) => number | undefined;
}

/** Which objects of a change exist before and after it. */
function sidesOf(actions: readonly string[]): {
  before: boolean;
  after: boolean;
  forgotten: boolean;
  known: boolean;
} {
  switch (actions.join(",")) {
    case "create":
      return { before: false, after: true, forgotten: false, known: true };
    case "delete":
      return { before: true, after: false, forgotten: false, known: true };
    case "update":
    case "no-op":
    case "delete,create":
    case "create,delete":
      return { before: true, after: true, forgotten: false, known: true };
    case "read":
      return { before: false, after: false, forgotten: false, known: true };
    case "forget":
      return { before: true, after: false, forgotten: true, known: true };
    case "create,forget":
      return { before: true, after: true, forgotten: true, known: true };
    default:
      return { before: true, after: true, forgotten: false, known: false };
  }
}

export function readChange(
  ctx: PlanContext,
  rc: ResourceChange,
): { before: ResourceRecord[]; after: ResourceRecord[] } {
  const reader = new ChangeReader(ctx, rc);
  const sides = sidesOf(rc.actions);
  const before: ResourceRecord[] = [];
  const after: ResourceRecord[] = [];
  if (!sides.known)
    ctx.notes.push(`${rc.address}: unknown plan actions [${rc.actions.join(", ")}], read as an update`);
  if (rc.deferred)
    ctx.notes.push(`${rc.address}: the change is deferred to a later plan; its values are read as planned`);
  if (sides.before && isObject(rc.before)) before.push(reader.record(reader.beforeProperties()));
  if (sides.forgotten && isObject(rc.before)) {
    // Removed from the state, not destroyed: its grants stay in the account.
    ctx.notes.push(`${rc.address}: forgotten by Terraform but not destroyed: its grants remain in AWS`);
    after.push(reader.record(reader.beforeProperties()));
  }
  if (sides.after && (rc.after !== undefined || rc.afterUnknown !== undefined)) {
    after.push(reader.record(reader.afterProperties()));
  }
  return { before, after };
}

/** Single-segment policy attributes and target attributes of a type, from the shared table. */
function tableAttributes(type: string): { policies: string[]; targets: Set<string> } {
  const rows = rowsFor(type);
  const single = (p: string | undefined): p is string => p !== undefined && !p.includes("/");
  return {
    policies: [...new Set(rows.map((r) => r.policy).filter(single))],
    targets: new Set(rows.map((r) => r.target).filter(single)),
  };
}

class ChangeReader {
  private readonly attrs: { policies: string[]; targets: Set<string> };
  private readonly scope: ModuleScope;
  private readonly config: ConfigResource | undefined;
  private readonly moduleDir: string | undefined;
  private location: ResourceLocation | undefined;

  constructor(
    private readonly ctx: PlanContext,
    private readonly rc: ResourceChange,
  ) {
    this.attrs = tableAttributes(rc.type);
    const steps = parseModuleAddress(rc.moduleAddress);
    const mod = steps ? moduleConfig(ctx.plan.configuration, steps) : undefined;
    this.scope = { moduleAddress: rc.moduleAddress, mod };
    this.config = configResource(mod, "managed", rc.type, rc.name);
    this.moduleDir = steps ? moduleDir(ctx.plan.configuration, ctx.root, steps) : undefined;
  }

  record(properties: Record<string, unknown>): ResourceRecord {
    const loc = this.locate();
    const r: ResourceRecord = {
      source: "terraform-plan",
      type: this.rc.type,
      address: this.rc.address,
      file: loc.file,
      line: loc.line,
      unit: this.ctx.unit,
      properties,
    };
    if (loc.valueLines && Object.keys(loc.valueLines).length > 0) r.valueLines = loc.valueLines;
    const self = this.ctx.self.forProvider(this.config?.providerConfigKey ?? "aws");
    if (self) r.selfAccount = self;
    return r;
  }

  private locate(): ResourceLocation {
    if (!this.location) {
      const found = this.ctx.options.findResourceLine?.(this.rc.moduleAddress, this.rc.type, this.rc.name, {
        moduleDir: this.moduleDir,
        mode: "managed",
      });
      this.location = found ?? { file: this.ctx.file, line: this.ctx.changeLine?.(this.rc.address) ?? 1 };
    }
    return this.location;
  }

  beforeProperties(): Record<string, unknown> {
    return this.finish(isObject(this.rc.before) ? { ...this.rc.before } : {}, false);
  }

  afterProperties(): Record<string, unknown> {
    const { after, afterUnknown } = this.rc;
    if (afterUnknown === true) {
      // The whole object is unknown: each policy it may carry is unresolved.
      const token = unresolved(`${this.rc.address} (known after apply)`);
      return Object.fromEntries(this.attrs.policies.map((p) => [p, token]));
    }
    const merged = withUnknowns(after ?? {}, afterUnknown, (path) => this.unknownToken(path));
    return this.finish(isObject(merged) ? merged : {}, true);
  }

  /**
   * Policy attributes: "" (no policy) and computed ones the configuration does not set are
   * dropped; unknown ones are read from their data source when they refer to one.
   */
  private finish(props: Record<string, unknown>, after: boolean): Record<string, unknown> {
    for (const attr of this.attrs.policies) {
      const value = props[attr];
      if (value === undefined || value === null) continue;
      if (value === "") {
        delete props[attr];
        continue;
      }
      if (this.config && !isConfigured(this.config, attr)) {
        delete props[attr];
        this.noteOnce(
          `${this.rc.address}.${attr} is not set in the configuration: the provider computes it (e.g. from a separate policy resource or an AWS default), so it is not read as a grant of this resource`,
        );
        continue;
      }
      const unknownTree = this.rc.afterUnknown;
      const unknown = isObject(unknownTree) && unknownTree[attr] === true;
      if (after && unknown && typeof value === "string" && isWholeUnresolved(value)) {
        props[attr] = this.unknownPolicy(attr, value);
      }
    }
    return props;
  }

  /** An unknown policy: its data source's statements (T18), else it stays one unresolved token. */
  private unknownPolicy(attr: string, token: string): string {
    const fallback = this.config
      ? policyFromDataSourceReference(this.ctx.plan, this.scope, this.config, attr, this.rc.index)
      : null;
    if (fallback) {
      this.noteOnce(
        `${this.rc.address}.${attr} is known only after apply: its statements were read from ${fallback.dataAddress} in the plan`,
      );
      return fallback.text;
    }
    const expr = this.config ? expressionAt(this.config.expressions, [attr]) : undefined;
    const refs = expr ? primaryReferences(expr) : [];
    const because = refs.length > 0 ? ` (it depends on ${refs.join(", ")})` : "";
    this.noteOnce(
      `${this.rc.address}.${attr} is known only after apply${because}: the principals it admits are unresolved`,
    );
    return token;
  }

  private noteOnce(note: string): void {
    if (!this.ctx.notes.includes(note)) this.ctx.notes.push(note);
  }

  /** The token for a value of this resource known only after apply. */
  private unknownToken(path: Path): string {
    const first = path[0];
    const top = path.length === 1 && typeof first === "string" ? first : undefined;
    const isPolicy = top !== undefined && this.attrs.policies.includes(top);
    if (this.config && !isPolicy) {
      const expr = expressionAt(this.config.expressions, path);
      const isTarget = top !== undefined && this.attrs.targets.has(top);
      const ref = expr ? ownResourceRef(expr, this.scope, this.config.providerConfigKey, isTarget) : null;
      if (ref) return ref;
    }
    return unresolved(`${this.rc.address}.${renderPath(path)} (known after apply)`);
  }
}
