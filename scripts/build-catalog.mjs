#!/usr/bin/env node
// Builds src/catalog/known-accounts.json, the account catalog shipped with the action, from
//   - the known_aws_accounts data set (a copy of its accounts.yaml lives in ../shared), and
//   - src/catalog/aws-service-accounts.json (hand-maintained, AWS-documented, per region).
// The runtime reads only the generated JSON; re-run this script after changing either input.
//
// Usage: node scripts/build-catalog.mjs [path/to/known-aws-accounts.yaml]
//          [--services path/to/aws-service-accounts.json] [--out path/to/known-accounts.json] [--check]
// --check writes nothing and exits 1 when the output would differ from the file at --out.

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The data-set version this catalog was built from. NOTICE names the same commit; when the copy in
// ../shared moves to a newer commit, update both (the SOURCE.md check below says so).
const DATASET = {
  name: "known_aws_accounts",
  repository: "https://github.com/fwdcloudsec/known_aws_accounts",
  file: "accounts.yaml",
  commit: "c2922afb0450f63bad28865ff0784cdaa3a8b4e4",
  date: "2025-09-17",
  licence: "Apache-2.0",
};
const DATASET_FILE_URL = `${DATASET.repository}/blob/${DATASET.commit}/${DATASET.file}`;

const ACCOUNT_ID = /^\d{12}$/;
const URL_PATTERN = /^https?:\/\/\S+$/;
const REGION = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;

function parseArgs(argv) {
  const opts = {
    yaml: path.resolve(repoRoot, "../shared/known-aws-accounts.yaml"),
    services: path.join(repoRoot, "src/catalog/aws-service-accounts.json"),
    out: path.join(repoRoot, "src/catalog/known-accounts.json"),
    check: false,
  };
  let positional = 0;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") opts.check = true;
    else if (arg === "--out" || arg === "--services") {
      const value = argv[++i];
      if (!value) throw new Error(`${arg} needs a path`);
      opts[arg.slice(2)] = path.resolve(value);
    } else if (arg.startsWith("--")) throw new Error(`unknown option ${arg}`);
    else if (positional++ === 0) opts.yaml = path.resolve(arg);
    else throw new Error(`unexpected argument ${arg}`);
  }
  return opts;
}

function isValidDate(text) {
  if (typeof text !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

// The SOURCE.md beside the yaml names the commit the copy was taken from.
function checkDatasetVersion(yamlPath, errors) {
  const sourceMd = yamlPath.replace(/\.ya?ml$/, ".SOURCE.md");
  if (sourceMd === yamlPath || !existsSync(sourceMd)) return;
  const text = readFileSync(sourceMd, "utf8");
  const commit = /commit\s+([0-9a-f]{40})/.exec(text)?.[1];
  if (commit && commit !== DATASET.commit) {
    errors.push(
      `${sourceMd} names commit ${commit}, but this script pins ${DATASET.commit}: ` +
        "update DATASET (commit and date) in scripts/build-catalog.mjs and the commit in NOTICE",
    );
  }
}

function readServiceAccounts(file, errors) {
  const where = path.relative(repoRoot, file) || file;
  let doc;
  try {
    doc = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    errors.push(`${where}: ${err.message}`);
    return [];
  }
  if (!Array.isArray(doc?.groups)) {
    errors.push(`${where}: expected an object with a "groups" array`);
    return [];
  }
  const entries = [];
  doc.groups.forEach((group, index) => {
    const at = `${where}: groups[${index}]`;
    if (typeof group?.service !== "string" || group.service.trim() === "") {
      errors.push(`${at}: "service" must be a non-empty string`);
      return;
    }
    if (typeof group.source !== "string" || !URL_PATTERN.test(group.source)) {
      errors.push(`${at} (${group.service}): "source" must be an http(s) URL`);
    }
    if (!isValidDate(group.retrieved)) {
      errors.push(`${at} (${group.service}): "retrieved" must be a date YYYY-MM-DD`);
    }
    const datasetNames = group.datasetNames ?? [];
    if (!Array.isArray(datasetNames) || datasetNames.some((n) => typeof n !== "string")) {
      errors.push(`${at} (${group.service}): "datasetNames" must be an array of strings`);
    }
    if (group.accounts === null || typeof group.accounts !== "object" || Array.isArray(group.accounts)) {
      errors.push(`${at} (${group.service}): "accounts" must map region -> account id`);
      return;
    }
    for (const [region, accountId] of Object.entries(group.accounts)) {
      if (!REGION.test(region)) errors.push(`${at} (${group.service}): "${region}" is not a region code`);
      if (typeof accountId !== "string" || !ACCOUNT_ID.test(accountId)) {
        errors.push(`${at} (${group.service}, ${region}): account id must be a 12-digit string`);
        continue;
      }
      entries.push({
        accountId,
        name: `${group.service.trim()} (${region})`,
        kind: "aws-service",
        region,
        source: group.source,
        retrieved: group.retrieved,
        datasetNames: Array.isArray(datasetNames) ? datasetNames : [],
      });
    }
  });
  return entries;
}

function awsLabel(name) {
  return /^(AWS|Amazon)\b/.test(name) ? name : `AWS ${name}`;
}

function readDataset(file, errors) {
  const where = path.basename(file);
  let doc;
  try {
    doc = parse(readFileSync(file, "utf8"));
  } catch (err) {
    errors.push(`${where}: ${err.message}`);
    return { entries: [], disabled: 0 };
  }
  if (!Array.isArray(doc)) {
    errors.push(`${where}: expected a list of vendors`);
    return { entries: [], disabled: 0 };
  }
  const entries = [];
  let disabled = 0;
  doc.forEach((vendor, index) => {
    const at = `${where}: item ${index + 1}`;
    if (typeof vendor?.name !== "string" || vendor.name.trim() === "") {
      errors.push(`${at}: "name" must be a non-empty string`);
      return;
    }
    const name = vendor.name.trim();
    // Upstream marks entries it no longer vouches for with `enabled: false`.
    if (vendor.enabled === false) {
      disabled++;
      return;
    }
    if (vendor.type !== undefined && vendor.type !== "aws") {
      errors.push(`${at} (${name}): unknown type ${JSON.stringify(vendor.type)}`);
      return;
    }
    const kind = vendor.type === "aws" ? "aws-service" : "vendor";
    const sources = (Array.isArray(vendor.source) ? vendor.source : [vendor.source])
      .filter((s) => typeof s === "string")
      .map((s) => s.trim());
    // Entries without a usable link keep the data set itself as their source.
    const source = sources.find((s) => URL_PATTERN.test(s)) ?? DATASET_FILE_URL;
    if (!Array.isArray(vendor.accounts)) {
      errors.push(`${at} (${name}): "accounts" must be a list`);
      return;
    }
    for (const accountId of vendor.accounts) {
      // An unquoted id is read as a number and would lose leading zeros: insist on strings.
      if (typeof accountId !== "string" || !ACCOUNT_ID.test(accountId)) {
        errors.push(
          `${at} (${name}): account id ${JSON.stringify(accountId)} is not a quoted 12-digit string`,
        );
        continue;
      }
      entries.push({
        accountId,
        name: kind === "aws-service" ? awsLabel(name) : name,
        kind,
        source,
        retrieved: DATASET.date,
        datasetName: name,
      });
    }
  });
  return { entries, disabled };
}

function mergeCatalog(serviceEntries, datasetEntries, errors) {
  const byId = new Map();
  for (const entry of serviceEntries) {
    const existing = byId.get(entry.accountId);
    if (existing) {
      errors.push(
        `aws-service-accounts.json lists ${entry.accountId} twice: "${existing.name}" and "${entry.name}"`,
      );
      continue;
    }
    byId.set(entry.accountId, entry);
  }
  const fromDataset = new Map();
  for (const entry of datasetEntries) {
    const service = byId.get(entry.accountId);
    if (service && !fromDataset.has(entry.accountId)) {
      // The region-specific entry replaces the data set's, but only where the group says the two
      // describe the same thing; anything else is a contradiction a person has to resolve.
      if (entry.kind !== "aws-service" || !service.datasetNames.includes(entry.datasetName)) {
        errors.push(
          `${entry.accountId}: the data set says "${entry.name}" (${entry.kind}) but ` +
            `aws-service-accounts.json says "${service.name}"; resolve it (add "${entry.datasetName}" to the ` +
            `group's datasetNames if they are the same service)`,
        );
      }
      continue;
    }
    const earlier = fromDataset.get(entry.accountId);
    if (earlier) {
      if (earlier.name !== entry.name || earlier.kind !== entry.kind) {
        errors.push(
          `${entry.accountId}: the data set lists it as both "${earlier.name}" (${earlier.kind}) and "${entry.name}" (${entry.kind})`,
        );
      }
      continue;
    }
    fromDataset.set(entry.accountId, entry);
    byId.set(entry.accountId, entry);
  }
  return [...byId.values()]
    .sort((a, b) => (a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0))
    .map(({ accountId, name, kind, region, source, retrieved }) =>
      region === undefined
        ? { accountId, name, kind, source, retrieved }
        : { accountId, name, kind, region, source, retrieved },
    );
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const errors = [];
  if (!existsSync(opts.yaml)) {
    console.error(`build-catalog: ${opts.yaml} not found (pass the path to known-aws-accounts.yaml)`);
    process.exit(2);
  }
  checkDatasetVersion(opts.yaml, errors);
  const serviceEntries = readServiceAccounts(opts.services, errors);
  const { entries: datasetEntries, disabled } = readDataset(opts.yaml, errors);
  const entries = mergeCatalog(serviceEntries, datasetEntries, errors);
  if (errors.length > 0) {
    for (const e of errors) console.error(`build-catalog: ${e}`);
    process.exit(1);
  }

  const catalog = {
    $comment:
      "Generated by scripts/build-catalog.mjs from the data set below and aws-service-accounts.json; do not edit by hand.",
    dataset: { ...DATASET, notice: "NOTICE", licenceFile: "src/catalog/known-accounts.LICENSE" },
    entries,
  };
  const text = `${JSON.stringify(catalog, null, 2)}\n`;
  const counts = entries.reduce((acc, e) => {
    acc[e.kind] = (acc[e.kind] ?? 0) + 1;
    return acc;
  }, {});
  const summary = `${entries.length} accounts (${Object.entries(counts)
    .map(([k, n]) => `${n} ${k}`)
    .join(", ")}; ${disabled} disabled data-set entries skipped)`;

  if (opts.check) {
    const current = existsSync(opts.out) ? readFileSync(opts.out, "utf8") : "";
    if (current !== text) {
      console.error(`build-catalog: ${opts.out} is out of date; run node scripts/build-catalog.mjs`);
      process.exit(1);
    }
    console.log(`build-catalog: ${path.relative(repoRoot, opts.out)} is up to date, ${summary}`);
    return;
  }
  writeFileSync(opts.out, text);
  console.log(`build-catalog: wrote ${path.relative(repoRoot, opts.out)}, ${summary}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (err) {
    console.error(`build-catalog: ${err.message}`);
    process.exit(2);
  }
}
