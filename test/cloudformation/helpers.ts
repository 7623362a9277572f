import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { type Extraction, extractGrants } from "../../src/grants/extract.js";
import { type ReadTemplateOptions, readTemplate } from "../../src/iac/cloudformation/index.js";
import {
  EMPTY_ZONE,
  type Grant,
  type ReaderResult,
  type ResourceRecord,
  type Zone,
} from "../../src/model/types.js";
import { memorySnapshot, type Snapshot } from "../../src/sources/snapshot.js";
export const FIXTURES = join(import.meta.dirname, "../../fixtures/cloudformation");

/** Every file of fixtures/cloudformation/<name>, keyed by its path relative to that folder. */
export function fixtureFiles(name: string): Record<string, string> {
  const root = join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(root, path).split("\\").join("/")] = readFileSync(path, "utf8");
    }
  };
  walk(root);
  return files;
}

export function fixture(name: string): Snapshot {
  return memorySnapshot(fixtureFiles(name));
}

export function read(name: string, file = "template.yaml", options: ReadTemplateOptions = {}): ReaderResult {
  return readTemplate(fixture(name), file, options);
}

/** The only record of a logical id (fails when there are variants). */
export function only(result: ReaderResult, address: string): ResourceRecord {
  const records = result.resources.filter((r) => r.address === address);
  if (records.length !== 1) throw new Error(`${address}: expected one record, found ${records.length}`);
  return records[0] as ResourceRecord;
}

export function variants(result: ReaderResult, address: string): ResourceRecord[] {
  return result.resources.filter((r) => r.address === address);
}

/** Tags as a Key -> Value object, for compact assertions. */
export function tags(record: ResourceRecord): Record<string, unknown> {
  const list = (record.properties.Tags ?? []) as { Key: string; Value?: unknown }[];
  return Object.fromEntries(list.map((t) => [t.Key, t.Value]));
}

/** The statements of a policy property given as an object. */
export function statements(record: ResourceRecord | undefined, property: string): Record<string, unknown>[] {
  const doc = record?.properties[property] as { Statement?: Record<string, unknown>[] } | undefined;
  return doc?.Statement ?? [];
}

/** Zone of the grant tests: own account 111111111111, own organization o-own0000000. */
export const TEST_ZONE: Zone = {
  ...EMPTY_ZONE,
  accounts: ["111111111111"],
  organizations: ["o-own0000000"],
};

/** A compact row per grant: address, principal id, classification, line (sorted as extracted). */
export interface GrantRowView {
  address: string;
  principal: string;
  classification: string;
  line: number;
  actions?: string[];
  target?: string;
}

export function grantsOf(result: ReaderResult, zone: Zone = TEST_ZONE): Extraction {
  return extractGrants(result.resources, zone);
}

export function grantRows(grants: readonly Grant[]): GrantRowView[] {
  return grants.map((g) => ({
    address: g.resource.address,
    principal: g.principal.id,
    classification: g.classification,
    line: g.resource.line,
  }));
}
