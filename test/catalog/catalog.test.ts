import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  catalogDataset,
  catalogEntries,
  catalogEntry,
  isAwsServiceAccount,
  lookupAccount,
} from "../../src/catalog/index.js";
import raw from "../../src/catalog/known-accounts.json" with { type: "json" };

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const script = path.join(repoRoot, "scripts/build-catalog.mjs");
const committed = path.join(repoRoot, "src/catalog/known-accounts.json");
const sharedYaml = path.resolve(repoRoot, "../shared/known-aws-accounts.yaml");

const work = mkdtempSync(path.join(tmpdir(), "catalog-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

describe("the shipped catalog", () => {
  const entries = raw.entries as Array<Record<string, unknown>>;

  it("has no duplicate account ids", () => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(String(e.accountId), (seen.get(String(e.accountId)) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
    expect(catalogEntries()).toHaveLength(entries.length);
  });

  it("holds only well-formed entries", () => {
    const malformed = entries.filter(
      (e) =>
        typeof e.accountId !== "string" ||
        !/^\d{12}$/.test(e.accountId) ||
        typeof e.name !== "string" ||
        e.name.trim() === "" ||
        (e.kind !== "aws-service" && e.kind !== "vendor") ||
        typeof e.source !== "string" ||
        !/^https?:\/\/\S+$/.test(e.source) ||
        typeof e.retrieved !== "string" ||
        !isValidDate(e.retrieved) ||
        (e.region !== undefined &&
          (typeof e.region !== "string" || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(e.region))),
    );
    expect(malformed).toEqual([]);
  });

  it("has both AWS service accounts and vendors", () => {
    const kinds = new Set(entries.map((e) => e.kind));
    expect(kinds).toEqual(new Set(["aws-service", "vendor"]));
  });

  it("names the data set version that NOTICE names", () => {
    const notice = readFileSync(path.join(repoRoot, "NOTICE"), "utf8");
    expect(notice).toContain(catalogDataset.commit);
    expect(notice).toContain(catalogDataset.repository);
    expect(existsSync(path.join(repoRoot, "src/catalog/known-accounts.LICENSE"))).toBe(true);
  });
});

describe("lookupAccount", () => {
  it("labels the Elastic Load Balancing log delivery account with its region", () => {
    expect(lookupAccount("127311923021")).toEqual({
      label: "AWS Elastic Load Balancing log delivery (us-east-1)",
      kind: "aws-service",
    });
    expect(catalogEntry("127311923021")?.region).toBe("us-east-1");
    expect(isAwsServiceAccount("127311923021")).toBe(true);
  });

  it("keeps the region-specific entry where the data set lists the same account", () => {
    // 156460612806 is in the data set's "ELB logs" list and in the hand-maintained table.
    expect(lookupAccount("156460612806")?.label).toBe("AWS Elastic Load Balancing log delivery (eu-west-1)");
    expect(lookupAccount("193672423079")?.label).toBe("AWS Redshift audit logging (us-east-1)");
  });

  it("labels a SaaS vendor as a vendor", () => {
    expect(lookupAccount("464622532012")).toEqual({ label: "Datadog", kind: "vendor" });
    expect(isAwsServiceAccount("464622532012")).toBe(false);
  });

  it("lets a user-supplied name win over the catalog", () => {
    const names = { "464622532012": "Our Datadog org", "123456789012": "Acme shared services" };
    expect(lookupAccount("464622532012", names)).toEqual({ label: "Our Datadog org", kind: "user" });
    expect(lookupAccount("123456789012", names)).toEqual({ label: "Acme shared services", kind: "user" });
  });

  it("does not make a user-named account an AWS service account", () => {
    expect(lookupAccount("127311923021", { "127311923021": "ALB logs" })?.kind).toBe("user");
    expect(isAwsServiceAccount("127311923021")).toBe(true);
    expect(isAwsServiceAccount("123456789012")).toBe(false);
  });

  it("ignores blank user names and inherited keys", () => {
    expect(lookupAccount("464622532012", { "464622532012": "  " })?.kind).toBe("vendor");
    expect(lookupAccount("toString", {})).toBeNull();
  });

  it("returns null for an unknown account", () => {
    expect(lookupAccount("123456789012")).toBeNull();
    expect(lookupAccount("")).toBeNull();
  });
});

describe("scripts/build-catalog.mjs", () => {
  const haveShared = existsSync(sharedYaml);
  if (!haveShared) {
    console.warn(
      `catalog drift check skipped: ${sharedYaml} is not present (CI has ../shared beside the repo)`,
    );
  }

  it.skipIf(!haveShared)(
    `rebuilds exactly the committed known-accounts.json${haveShared ? "" : " [skipped: ../shared/known-aws-accounts.yaml not found]"}`,
    () => {
      const out = path.join(work, "known-accounts.json");
      execFileSync(process.execPath, [script, sharedYaml, "--out", out], { cwd: repoRoot, stdio: "pipe" });
      expect(readFileSync(out, "utf8")).toBe(readFileSync(committed, "utf8"));
    },
  );

  it("fails on an account the data set and the AWS table disagree about", () => {
    const yaml = path.join(work, "conflict.yaml");
    writeFileSync(
      yaml,
      "- name: 'Some vendor'\n  source: ['https://vendor.example/docs']\n  accounts: ['127311923021']\n",
    );
    const run = spawnSync(process.execPath, [script, yaml, "--out", path.join(work, "conflict.json")], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("127311923021");
    expect(existsSync(path.join(work, "conflict.json"))).toBe(false);
  });

  it("fails on an unquoted account id and on one id with two owners", () => {
    const yaml = path.join(work, "bad.yaml");
    writeFileSync(
      yaml,
      [
        "- name: 'A'",
        "  accounts: ['111122223333']",
        "- name: 'B'",
        "  accounts: ['111122223333', 12345678901]",
        "",
      ].join("\n"),
    );
    const run = spawnSync(process.execPath, [script, yaml, "--out", path.join(work, "bad.json")], {
      cwd: repoRoot,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("12345678901");
    expect(run.stderr).toContain('both "A" (vendor) and "B" (vendor)');
  });

  it("merges a vendor list with the AWS table and skips disabled entries", () => {
    const yaml = path.join(work, "ok.yaml");
    writeFileSync(
      yaml,
      [
        "- name: 'ELB logs'",
        "  type: 'aws'",
        "  source: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/enable-access-logs.html']",
        "  accounts: ['127311923021']",
        "- name: 'Acme'",
        "  accounts: ['222233334444']",
        "- name: 'Gone'",
        "  source: ['https://gone.example']",
        "  accounts: ['333344445555']",
        "  enabled: false",
        "",
      ].join("\n"),
    );
    const out = path.join(work, "ok.json");
    execFileSync(process.execPath, [script, yaml, "--out", out], { cwd: repoRoot, stdio: "pipe" });
    const built = JSON.parse(readFileSync(out, "utf8")) as { entries: Array<Record<string, string>> };
    const ids = built.entries.map((e) => e.accountId);
    expect(ids).not.toContain("333344445555");
    expect(ids.filter((id) => id === "127311923021")).toHaveLength(1);
    expect(built.entries.find((e) => e.accountId === "127311923021")?.region).toBe("us-east-1");
    // An entry without a link keeps the data set's own file as its source.
    expect(built.entries.find((e) => e.accountId === "222233334444")).toMatchObject({
      name: "Acme",
      kind: "vendor",
      retrieved: "2025-09-17",
      source: expect.stringContaining("github.com/fwdcloudsec/known_aws_accounts/blob/"),
    });
  });
});
