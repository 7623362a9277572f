import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { extractGrants } from "../../src/grants/extract.js";
import {
  createTerraformCache,
  type ReadTerraformOptions,
  readTerraformRoot,
} from "../../src/iac/terraform/index.js";
import { renderText, renderValue } from "../../src/model/symbolic.js";
import { EMPTY_ZONE, type Grant, type ReaderResult, type ResourceRecord } from "../../src/model/types.js";
import { memorySnapshot, type Snapshot } from "../../src/sources/snapshot.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/terraform/", import.meta.url));

/** Every file under fixtures/terraform/<name>, as a snapshot rooted at that folder. */
export function fixtureSnapshot(name: string): Snapshot {
  const base = join(FIXTURES, name);
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(base, full).split("\\").join("/")] = readFileSync(full);
    }
  };
  walk(base);
  return memorySnapshot(files);
}

/** The resource types the fixtures exercise (the lead's table decides the real set). */
export const GRANT_TYPES: ReadonlySet<string> = new Set([
  "aws_iam_role",
  "aws_s3_bucket_policy",
  "aws_s3_bucket_acl",
  "aws_sqs_queue",
  "aws_sqs_queue_policy",
  "aws_sns_topic_policy",
  "aws_kms_key",
  "aws_kms_grant",
  "aws_lambda_permission",
  "aws_ram_principal_association",
  "aws_glacier_vault",
]);

const cache = createTerraformCache();

export async function readFixture(
  name: string,
  root: string,
  options: Partial<ReadTerraformOptions> = {},
): Promise<ReaderResult & { byAddress: (address: string, conditional?: string) => ResourceRecord }> {
  const result = await readTerraformRoot(fixtureSnapshot(name), root, {
    grantTypes: GRANT_TYPES,
    cache,
    ...options,
  });
  return {
    ...result,
    byAddress(address, conditional) {
      const found = result.resources.filter(
        (r) => r.address === address && (conditional === undefined || r.conditional?.includes(conditional)),
      );
      if (found.length !== 1) throw new Error(`expected one record ${address}, found ${found.length}`);
      return found[0]!;
    },
  };
}

/** A policy property parsed and rendered for reading: tokens as ${...}. */
export function policyOf(record: ResourceRecord, key = "policy"): unknown {
  const text = record.properties[key];
  if (typeof text !== "string") throw new Error(`${record.address}.${key} is not a string`);
  return renderValue(JSON.parse(text));
}

/** The grants the records make, with 111111111111 as the own account (the fixtures' convention). */
export function ownAccountGrants(resources: readonly ResourceRecord[]): ReturnType<typeof extractGrants> {
  return extractGrants(resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
}

/** Each grant as [principal (rendered), classification]. */
export function principalRows(grants: readonly Grant[]): [string, string][] {
  return grants.map((g) => [renderText(g.principal.id), g.classification]);
}
