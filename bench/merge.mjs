// `npm run bench:merge`: how long `merge` takes, and how much memory, for an organisation of
// REPORTS repositories with GRANTS gated grants each (default 1,000 x 500: issue 22's yardstick),
// generated here as valid audit reports whose principals overlap across repositories. Writes
// bench/merge-results.json. A benchmark, not a test: it fails only when merge fails.
//   node bench/merge.mjs [--reports N] [--grants N]
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { root, timed } from "./measure.mjs";

const { values } = parseArgs({
  options: { reports: { type: "string", default: "1000" }, grants: { type: "string", default: "500" } },
});
const REPORTS = Number(values.reports);
const GRANTS = Number(values.grants);

/** A deterministic stream of numbers, so every run merges the same organisation. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * One repository's audit report: GRANTS grants over 20-60 principals drawn from an organisation
 * pool of 3,000 accounts, the low-numbered ones (vendors, shared accounts) far more often.
 */
function report(index, next) {
  const principals = new Map();
  const grants = [];
  const own = Array.from({ length: 20 + Math.floor(next() * 40) }, () => {
    const account = String(100000000000 + Math.floor(3000 * next() ** 3)).padStart(12, "0");
    return { account, kind: next() };
  });
  for (let i = 0; i < GRANTS; i++) {
    const { account, kind } = own[Math.floor(next() * own.length)];
    const principal =
      kind < 0.02
        ? { type: "Public", id: "*", accountId: null, classification: "public" }
        : kind < 0.05
          ? { type: "AWS", id: `\${var.partner_${i % 7}}`, accountId: null, classification: "unresolved" }
          : {
              type: "AWS",
              id: `arn:aws:iam::${account}:root`,
              accountId: account,
              classification: "external",
            };
    const id = `g${i + 1}`;
    const approved = next() < 0.4;
    const p = principals.get(principal.id) ?? {
      type: principal.type,
      id: principal.id,
      accountId: principal.accountId,
      classification: principal.classification,
      approved,
      approval: approved
        ? { index: 0, line: 4, principal: principal.id, reason: "bench", approved_by: "@acme/security" }
        : null,
      grants: [],
    };
    p.grants.push(id);
    principals.set(principal.id, p);
    const file = `stacks/service-${i % 40}/main.tf`;
    grants.push({
      id,
      change: "present",
      principal: { type: principal.type, id: principal.id, accountId: principal.accountId },
      classification: principal.classification,
      mechanism: "resource-policy",
      resource: {
        source: "terraform",
        file,
        line: 10 + (i % 300),
        address: `aws_s3_bucket_policy.bucket_${i}`,
        type: "aws_s3_bucket_policy",
        target: `aws_s3_bucket.bucket_${i}`,
        unit: `stacks/service-${i % 40}`,
      },
      actions: ["s3:GetObject", "s3:ListBucket"],
      conditions: next() < 0.3 ? { StringEquals: { "aws:SourceVpce": "vpce-0123456789abcdef0" } } : {},
      approved: p.approved,
    });
  }
  const list = [...principals.values()];
  return {
    schemaVersion: 1,
    mode: "audit",
    verdict: list.some((p) => !p.approved) ? "fail" : "pass",
    reasons: [],
    summary: {
      newAccess: list.length,
      unapproved: list.filter((p) => !p.approved).length,
      unresolved: list.filter((p) => p.classification === "unresolved").length,
      removed: 0,
      grants: grants.length,
    },
    principals: list,
    grants,
    allowlist: { file: ".github/cross-account-allowlist.yml", expired: [], unused: [], warnings: [] },
    errors: [],
    notes: [],
    repository: `acme/repo-${String(index).padStart(5, "0")}`,
  };
}

const dir = mkdtempSync(join(tmpdir(), "cag-merge-bench-"));
try {
  const reports = join(dir, "reports");
  mkdirSync(reports);
  const next = random(22);
  let bytes = 0;
  for (let i = 0; i < REPORTS; i++) {
    const text = JSON.stringify(report(i, next), null, 2);
    bytes += text.length;
    writeFileSync(join(reports, `r${i}.json`), text);
  }
  const cli = join(root, "dist", "cli.js");
  const results = {};
  for (const format of ["json", "csv", "markdown"]) {
    const out = join(dir, `inventory.${format}`);
    const r = timed([cli, "merge", reports, "--format", format, "--output", out]);
    results[format] = {
      ms: Math.round(r.ms),
      peakMiB: Math.round(r.peakMiB),
      cpuMs: Math.round(r.cpuMs),
      outputMiB: Math.round(statSync(out).size / 2 ** 20),
    };
    process.stdout.write(`${format}: ${JSON.stringify(results[format])}\n`);
  }
  const summary = {
    machine: { cpus: cpus().length, node: process.version, load: loadavg()[0] },
    reports: REPORTS,
    grantsPerReport: GRANTS,
    inputMiB: Math.round(bytes / 2 ** 20),
    results,
  };
  writeFileSync(join(root, "bench", "merge-results.json"), `${JSON.stringify(summary, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
