/**
 * The hostile corpus (fixtures/hostile/<case>/): each case is run through the built CLI in a
 * temporary copy (some cases are completed there: symbolic links, 50 MB files, bytes that git
 * might rewrite) and its expect.json is checked: exit code, bounded time (and a bounded heap),
 * the errors that must name their files, the principals found, and an inert comment.
 */
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/cli.js";
import { runCliTimed, snapshotDist, type TimedRun } from "./cli.js";
import { inertProblems } from "./markdown.js";

const CORPUS = join(ROOT, "fixtures", "hostile");
const TODAY = "2026-06-01";
const MAX_RSS_MB = 1536;

interface Expect {
  description: string;
  command: "audit" | "diff";
  setup?: string;
  exit: number;
  maxSeconds: number;
  verdict?: "pass" | "fail";
  stdoutEmpty?: boolean;
  stderr?: string[];
  errors?: { file: string; line?: number; message: string; blocking?: boolean }[];
  errorFiles?: string[];
  principals?: { id: string; classification: string }[];
  includesPrincipals?: { id: string; classification: string }[];
  absentPrincipals?: string[];
  principalCount?: number;
  classifications?: Record<string, number>;
  grants?: { id: string; file: string; line: number }[];
  approved?: string[];
  approvalIndex?: Record<string, number>;
  warnings?: string[];
  reasons?: string[];
  allowlistFile?: string | null;
  absentText?: string[];
  markdown?: { inert?: boolean; maxChars?: number; contains?: string[] };
  text?: string[];
  alsoWith?: { args: string[]; exit: number };
}

interface Report {
  verdict: string;
  reasons: string[];
  principals: { id: string; classification: string; approved: boolean; approval: { index: number } | null }[];
  grants: { principal: { id: string }; classification: string; resource: { file: string; line: number } }[];
  allowlist: { file: string | null; warnings: string[] };
  errors: { file: string; line?: number; message: string; blocking: boolean }[];
}

// --- Setups: what cannot (or should not) be committed ---------------------------------------

const utf8 = (s: string) => Buffer.from(s, "utf8");
const crlf = (s: string) => s.replace(/\n/g, "\r\n");
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

function write(path: string, content: string | Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** A file of `bytes` bytes: `head`, then filler, then `tail`; written in chunks. */
function writeBig(path: string, bytes: number, head: string, filler: string, tail: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, "w");
  try {
    writeSync(fd, head);
    const chunk = Buffer.from(filler.repeat(Math.ceil((1 << 20) / filler.length))).subarray(0, 1 << 20);
    let left = bytes - head.length - tail.length;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      writeSync(fd, chunk, 0, n);
      left -= n;
    }
    writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

const ROLE_TF = (acct: string) => `resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "${acct}" } }]
  })
}
`;

const SETUPS: Record<string, (dir: string) => void> = {
  "deep-nesting"(dir) {
    const n = 20_000;
    const repo = join(dir, "repo");
    const policy = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: "999988887777" }
            Action: sts:AssumeRole
      Tags: `;
    write(join(repo, "deep.yaml"), `${policy}${"[".repeat(n)}${"]".repeat(n)}\n`);
    write(
      join(repo, "deep.json"),
      `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"AWS::IAM::Role","Properties":{"Tags":${"[".repeat(n)}${"]".repeat(n)}}}}}`,
    );
    write(
      join(repo, "deep", "main.tf"),
      `resource "aws_iam_role" "r" {\n  name = "r"\n  tags = { x = ${"[".repeat(n)}${"]".repeat(n)} }\n}\n`,
    );
    write(
      join(repo, "heredoc", "main.tf"),
      `resource "aws_iam_role" "r" {\n  name = "r"\n  assume_role_policy = <<EOT\n{"Statement":[{"Effect":"Allow","Principal":{"AWS":"999988887777"},"Action":"sts:AssumeRole","Condition":${'{"a":'.repeat(n)}1${"}".repeat(n)}}]}\nEOT\n}\n`,
    );
  },

  "huge-file"(dir) {
    const repo = join(dir, "repo");
    const mb50 = 50 * 1024 * 1024;
    writeBig(
      join(repo, "big.template.json"),
      mb50,
      '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"AWS::IAM::Role","Properties":{"Description":"',
      "x",
      '"}}}}',
    );
    writeBig(join(repo, "big", "main.tf"), mb50, 'resource "aws_iam_role" "r" {\n  name = "', "y", '"\n}\n');
    writeBig(
      join(repo, "big.yaml"),
      17 * 1024 * 1024,
      'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  R:\n    Type: AWS::IAM::Role\n    Properties:\n      Description: "',
      "z",
      '"\n',
    );
  },

  "binary-and-invalid-utf8"(dir) {
    const repo = join(dir, "repo");
    write(
      join(repo, "binary", "main.tf"),
      Buffer.concat([utf8(ROLE_TF("999988887777")), Buffer.from([0, 1, 2, 0x7f, 0])]),
    );
    const template = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: "999988887777" }
            Action: sts:AssumeRole
`;
    write(join(repo, "bad.yaml"), Buffer.concat([utf8(template), Buffer.from([0xff, 0xfe, 0x0a])]));
    write(
      join(repo, "bad.json"),
      Buffer.concat([
        utf8(
          '{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"R":{"Type":"AWS::IAM::Role","Properties":{"Description":"',
        ),
        Buffer.from([0xc3, 0x28]),
        utf8('"}}}}'),
      ]),
    );
    // A UTF-16 surrogate encoded as if it were a code point (CESU-8): not UTF-8.
    write(
      join(repo, "surrogate", "main.tf"),
      Buffer.concat([utf8("# "), Buffer.from([0xed, 0xa0, 0x80]), utf8(`\n${ROLE_TF("999988887777")}`)]),
    );
  },

  "bom-crlf"(dir) {
    const repo = join(dir, "repo");
    const tf = `# A byte-order mark and CRLF line ends.
resource "aws_iam_role" "r" {
  name = "r"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "999988887777" }
    }]
  })
}
resource "aws_sqs_queue_policy" "q" {
  queue_url = "https://sqs.eu-west-1.amazonaws.com/111111111111/q"
  policy = <<EOT
{
  "Statement": [{
    "Effect": "Allow",
    "Action": "sqs:SendMessage",
    "Principal": { "AWS": "888877776666" },
    "Resource": "*"
  }]
}
EOT
}
`;
    const yaml = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Action: sts:AssumeRole
            Principal:
              AWS: "777766665555"
`;
    const json = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Topic": { "Type": "AWS::SNS::Topic" },
    "TopicPolicy": {
      "Type": "AWS::SNS::TopicPolicy",
      "Properties": {
        "Topics": [{ "Ref": "Topic" }],
        "PolicyDocument": {
          "Statement": [{
            "Effect": "Allow",
            "Action": "sns:Publish",
            "Principal": { "AWS": "arn:aws:iam::666655554444:role/reader" },
            "Resource": "*"
          }]
        }
      }
    }
  }
}
`;
    const allowlist = `trusted:
  accounts: ["111111111111"]
approvals:
  - principal: "999988887777"
    reason: "Vendor"
    approved_by: "@acme/security"
`;
    write(join(repo, "main.tf"), Buffer.concat([BOM, utf8(crlf(tf))]));
    write(join(repo, "template.yaml"), Buffer.concat([BOM, utf8(crlf(yaml))]));
    write(join(repo, "template.json"), Buffer.concat([BOM, utf8(crlf(json))]));
    write(join(repo, ".github", "cross-account-allowlist.yml"), Buffer.concat([BOM, utf8(crlf(allowlist))]));
  },

  "symlinks-outside"(dir) {
    const repo = join(dir, "repo");
    const outside = join(dir, "outside");
    symlinkSync("../../outside/main.tf", join(repo, "infra", "linked.tf"));
    symlinkSync(join(outside, "evil.json"), join(repo, "infra", "trust.json"));
    symlinkSync("../../outside", join(repo, "infra", "linkdir"));
    mkdirSync(join(repo, "templates"), { recursive: true });
    symlinkSync("../../outside/template.yaml", join(repo, "templates", "linked.yaml"));
    symlinkSync("real.json", join(repo, "infra", "inside.json"));
  },

  "many-principals"(dir) {
    const repo = join(dir, "repo");
    const roles = Array.from(
      { length: 5000 },
      (_, i) => `arn:aws:iam::${String(200000000000 + i).padStart(12, "0")}:role/reader-${i}`,
    );
    write(
      join(repo, "queue.json"),
      JSON.stringify(
        {
          AWSTemplateFormatVersion: "2010-09-09",
          Resources: {
            Queue: { Type: "AWS::SQS::Queue" },
            QueuePolicy: {
              Type: "AWS::SQS::QueuePolicy",
              Properties: {
                Queues: [{ Ref: "Queue" }],
                PolicyDocument: {
                  Statement: [
                    { Effect: "Allow", Principal: { AWS: roles }, Action: "sqs:SendMessage", Resource: "*" },
                  ],
                },
              },
            },
          },
        },
        null,
        1,
      ),
    );
    const accounts = Array.from({ length: 3000 }, (_, i) => `"${String(300000000000 + i)}"`);
    write(
      join(repo, "infra", "main.tf"),
      `resource "aws_iam_role" "many" {
  name = "many"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = [
      ${accounts.join(",\n      ")}
    ] } }]
  })
}
`,
    );
  },

  "markdown-injection"(dir) {
    // A file name is repository content too; some of these characters do not survive git on
    // every platform, so the file is made here.
    const name = "we|ird `<b>@acme/security</b>` [l](https:evil) ✅ approved\n# h";
    write(join(dir, "repo", name, "main.tf"), ROLE_TF("555566667777"));
  },
};

// --- The run --------------------------------------------------------------------------------

const cases = readdirSync(CORPUS, { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(join(CORPUS, e.name, "expect.json")))
  .map((e) => e.name)
  .sort();

let tmp: string;
let cli: string;
const timings: string[] = [];

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "cag-hostile-"));
  cli = snapshotDist(tmp);
});

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  console.log(`hostile corpus: ${timings.length} cases\n  ${timings.join("\n  ")}`);
});

function argsFor(dir: string, e: Expect, format: string, extra: string[] = []): string[] {
  const common = ["--format", format, "--today", TODAY, ...extra];
  if (e.command === "audit") return ["audit", join(dir, "repo"), ...common];
  return ["diff", "--base", join(dir, "base"), "--head", join(dir, "head"), ...common];
}

function sortById<T extends { id: string }>(list: T[]): T[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

describe("hostile corpus through the CLI", () => {
  it("has cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  for (const name of cases) {
    const e = JSON.parse(readFileSync(join(CORPUS, name, "expect.json"), "utf8")) as Expect;
    it(`${name}: ${e.description.slice(0, 90)}…`, () => {
      const dir = join(tmp, name);
      cpSync(join(CORPUS, name), dir, { recursive: true });
      if (e.setup) {
        const setup = SETUPS[e.setup];
        if (!setup) throw new Error(`unknown setup ${e.setup}`);
        setup(dir);
      }
      const limit = e.maxSeconds;
      const run: TimedRun = runCliTimed(argsFor(dir, e, "json"), limit + 30, cli);
      timings.push(
        `${name}: exit ${run.status}, ${run.seconds.toFixed(2)} s${run.maxRssMb ? `, ${run.maxRssMb} MiB peak` : ""}`,
      );
      const context = `${name}\nstderr: ${run.stderr.slice(0, 2000)}\nstdout: ${run.stdout.slice(0, 2000)}`;
      expect(run.signal, context).toBeNull();
      expect(run.seconds, context).toBeLessThan(limit);
      // Bounded memory: the heap is capped (cli.ts); the whole process, WASM included, stays well below.
      if (run.maxRssMb !== undefined) expect(run.maxRssMb, context).toBeLessThan(MAX_RSS_MB);
      expect(run.status, context).toBe(e.exit);
      expect(run.stderr, context).not.toMatch(/internal error|Maximum call stack|heap out of memory/i);
      for (const re of e.stderr ?? []) expect(run.stderr, context).toMatch(new RegExp(re));
      if (e.stdoutEmpty) {
        expect(run.stdout, context).toBe("");
        return;
      }
      const report = JSON.parse(run.stdout) as Report;
      const all = `${run.stdout}\n${run.stderr}`;
      for (const t of e.absentText ?? []) expect(all, `${name}: "${t}" was read`).not.toContain(t);
      if (e.verdict) expect(report.verdict, context).toBe(e.verdict);
      expect(report.verdict).toBe(e.exit === 0 ? "pass" : "fail");

      for (const want of e.errors ?? []) {
        expect(
          report.errors.some(
            (x) =>
              x.file === want.file &&
              (want.line === undefined || x.line === want.line) &&
              new RegExp(want.message).test(x.message) &&
              (want.blocking === undefined || x.blocking === want.blocking),
          ),
          `${name}: no error ${JSON.stringify(want)} in ${JSON.stringify(report.errors, null, 1)}`,
        ).toBe(true);
      }
      if (e.errorFiles)
        expect([...new Set(report.errors.map((x) => x.file))].sort(), context).toEqual(e.errorFiles);

      const found = report.principals.map((p) => ({ id: p.id, classification: p.classification }));
      if (e.principals) expect(sortById(found)).toEqual(sortById(e.principals));
      for (const p of e.includesPrincipals ?? []) expect(found).toContainEqual(p);
      for (const id of e.absentPrincipals ?? []) expect(found.map((p) => p.id)).not.toContain(id);
      if (e.principalCount !== undefined) expect(found.length).toBe(e.principalCount);
      for (const [c, n] of Object.entries(e.classifications ?? {}))
        expect(found.filter((p) => p.classification === c).length, `${name}: ${c}`).toBe(n);
      for (const g of e.grants ?? []) {
        expect(
          report.grants.map((x) => ({ id: x.principal.id, file: x.resource.file, line: x.resource.line })),
        ).toContainEqual(g);
      }
      if (e.approved)
        expect(
          report.principals
            .filter((p) => p.approved)
            .map((p) => p.id)
            .sort(),
        ).toEqual([...e.approved].sort());
      for (const [id, index] of Object.entries(e.approvalIndex ?? {}))
        expect(report.principals.find((p) => p.id === id)?.approval?.index).toBe(index);
      for (const w of e.warnings ?? [])
        expect(
          report.allowlist.warnings.some((x) => new RegExp(w).test(x)),
          `${name}: warning ${w}`,
        ).toBe(true);
      for (const r of e.reasons ?? []) expect(report.reasons).toContain(r);
      if (e.allowlistFile !== undefined) expect(report.allowlist.file).toBe(e.allowlistFile);

      if (e.markdown) {
        const md = runCliTimed(argsFor(dir, e, "markdown"), limit + 30, cli);
        expect(md.status).toBe(e.exit);
        expect(md.seconds).toBeLessThan(limit);
        const body = md.stdout.replace(/\n$/, "");
        expect(body.length).toBeLessThanOrEqual(e.markdown.maxChars ?? 65_536);
        if (e.markdown.inert !== false) expect(inertProblems(body), body.slice(0, 4000)).toEqual([]);
        for (const c of e.markdown.contains ?? []) expect(body).toContain(c);
      }
      if (e.text) {
        const text = runCliTimed(argsFor(dir, e, "text"), limit + 30, cli);
        expect(text.status).toBe(e.exit);
        for (const c of e.text) expect(text.stdout).toContain(c);
      }
      if (e.alsoWith) {
        const again = runCliTimed(argsFor(dir, e, "json", e.alsoWith.args), limit + 30, cli);
        expect(again.status, again.stderr).toBe(e.alsoWith.exit);
      }
      // A temporary copy with 50 MB files is removed at once.
      rmSync(dir, { recursive: true, force: true });
    });
  }
});
