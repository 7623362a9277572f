import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CLI } from "../helpers/cli.js";

/**
 * Same input, same output: the order of a report does not depend on the machine's locale. A
 * Swedish collation sorts "ä" after "z", an English one beside "a"; the report sorts by one fixed
 * collation. Run as real processes, as a user's shell would start them.
 */
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "cag-locale-"));
  mkdirSync(dir, { recursive: true });
  const role = (account: string) => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::${account}:root" }
            Action: sts:AssumeRole
`;
  // Broken templates (errors sorted by file) and roles (grants sorted by file) under names whose
  // order differs between the two locales.
  for (const name of ["ärende", "zeta", "avtal"]) {
    writeFileSync(join(dir, `${name}.yaml`), role(name === "zeta" ? "222222222222" : "333333333333"));
    writeFileSync(join(dir, `${name}-broken.yaml`), 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n');
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function audit(lang: string): string {
  const r = spawnSync(process.execPath, [CLI, "audit", dir, "--format", "json", "--today", "2026-12-01"], {
    encoding: "utf8",
    env: { ...process.env, LANG: lang, LC_ALL: lang },
  });
  expect(r.status, r.stderr).toBe(1);
  return r.stdout;
}

it("gives the same bytes under a Swedish and an English locale", () => {
  const sv = audit("sv_SE.UTF-8");
  const en = audit("en_US.UTF-8");
  expect(sv).toBe(en);
  // The check can fail: the files are in the English order, "ärende" beside "avtal", before "zeta".
  const files = [...new Set((JSON.parse(en).errors as { file: string }[]).map((e) => e.file))];
  expect(files).toEqual(["ärende-broken.yaml", "avtal-broken.yaml", "zeta-broken.yaml"]);
});
