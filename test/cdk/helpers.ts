import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { discoverUnits } from "../../src/discover/discover.js";
import { type Extraction, extractGrants } from "../../src/grants/extract.js";
import { isTemplateFile } from "../../src/iac/detect.js";
import { readUnits, type UnitsRead } from "../../src/iac/read-units.js";
import { EMPTY_ZONE, type Grant, type Zone } from "../../src/model/types.js";
import { memorySnapshot, type Snapshot } from "../../src/sources/snapshot.js";

export const CDK_FIXTURES = join(import.meta.dirname, "../../fixtures/cdk");

/** The files of fixtures/cdk/<app>/cdk.out, keyed as `<mount>/<path>` (mount "" for the folder itself). */
export function cdkOutFiles(app: string, mount = "cdk.out"): Record<string, string> {
  const root = join(CDK_FIXTURES, app, "cdk.out");
  const files: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const rel = relative(root, path).split("\\").join("/");
        files[mount === "" ? rel : `${mount}/${rel}`] = readFileSync(path, "utf8");
      }
    }
  };
  walk(root);
  return files;
}

export function cdkSnapshot(app: string, extra: Record<string, string> = {}): Snapshot {
  return memorySnapshot({ ...cdkOutFiles(app), ...extra });
}

/** Discover and read a snapshot the way the pipeline does. */
export async function readSnapshot(snapshot: Snapshot): Promise<UnitsRead> {
  const units = discoverUnits(
    snapshot.paths,
    (p) => isTemplateFile(snapshot, p),
    () => [],
  );
  return readUnits(snapshot, units, {});
}

export const ZONE: Zone = { ...EMPTY_ZONE, accounts: ["111111111111"], organizations: ["o-own0000000"] };

export function grantsOf(read: UnitsRead, zone: Zone = ZONE): Extraction {
  return extractGrants(read.resources, zone);
}

/** What the CDK tests assert for each grant. */
export function view(g: Grant) {
  return {
    principal: g.principal.id,
    classification: g.classification,
    constructPath: g.resource.constructPath,
    stack: g.resource.stack,
    unit: g.resource.unit,
    file: g.resource.file,
    line: g.resource.line,
    address: g.resource.address,
    type: g.resource.type,
    actions: g.actions,
  };
}
