// The `new-access` output must fit in a step output (GitHub: at most 1 MB): a large audit lists
// thousands of principals, and an output over the limit fails the step. Annotations stop at
// MAX_ANNOTATIONS per kind (GitHub keeps 50 per job) with one line saying how many more.
import { afterEach, describe, expect, it, vi } from "vitest";
import { annotate, MAX_ANNOTATIONS, MAX_OUTPUT_CHARS, newAccessJson } from "../../src/github/outputs.js";
import type { Report } from "../../src/report/types.js";

function reportWith(principals: number): Report {
  const grants = Array.from({ length: principals }, (_, i) => ({
    id: `g${i + 1}`,
    resource: { file: `envs/r${i}/main.tf`, line: 3, address: "aws_iam_role.r", type: "aws_iam_role" },
    actions: ["sts:AssumeRole"],
  }));
  return {
    mode: "audit",
    errors: [],
    allowlist: { file: null, expired: [], unused: [], warnings: [] },
    grants,
    principals: grants.map((g, i) => ({
      id: `arn:aws:iam::${String(100000000000 + i)}:root`,
      type: "AWS",
      accountId: String(100000000000 + i),
      classification: "external",
      approved: false,
      grants: [g.id],
    })),
  } as unknown as Report;
}

describe("the new-access output", () => {
  it("lists every principal when they fit", () => {
    const out = newAccessJson(reportWith(3));
    expect(out.included).toBe(3);
    expect(out.total).toBe(3);
    expect(JSON.parse(out.json)).toHaveLength(3);
    expect(JSON.parse(out.json)[0]).toEqual({
      id: "arn:aws:iam::100000000000:root",
      type: "AWS",
      accountId: "100000000000",
      classification: "external",
      approved: false,
      pending: false,
      grants: [
        {
          file: "envs/r0/main.tf",
          line: 3,
          address: "aws_iam_role.r",
          type: "aws_iam_role",
          actions: ["sts:AssumeRole"],
        },
      ],
    });
  });

  it("stops at the size limit with valid JSON, the first principals in report order", () => {
    const out = newAccessJson(reportWith(10_000));
    expect(out.total).toBe(10_000);
    expect(out.included).toBeGreaterThan(1000);
    expect(out.included).toBeLessThan(10_000);
    expect(out.json.length).toBeLessThanOrEqual(MAX_OUTPUT_CHARS);
    const list = JSON.parse(out.json) as { id: string }[];
    expect(list).toHaveLength(out.included);
    expect(list.at(-1)!.id).toBe(`arn:aws:iam::${String(100000000000 + out.included - 1)}:root`);
  });

  it("is an empty list when not even one principal fits", () => {
    expect(newAccessJson(reportWith(2), 10)).toEqual({ json: "[]", included: 0, total: 2 });
  });
});

describe("annotations", () => {
  const written: string[] = [];
  afterEach(() => {
    written.length = 0;
    vi.restoreAllMocks();
  });
  const capture = () =>
    vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });

  it("one per unapproved principal while there are few", () => {
    capture();
    annotate(reportWith(3), true);
    expect(written.filter((l) => l.startsWith("::error"))).toHaveLength(3);
    expect(written.some((l) => l.includes("more principals"))).toBe(false);
  });

  it("stop at the limit, then one line says how many more and where they are", () => {
    capture();
    annotate(reportWith(MAX_ANNOTATIONS + 120), true);
    expect(written.filter((l) => l.startsWith("::error"))).toHaveLength(MAX_ANNOTATIONS);
    const more = written.filter((l) => l.startsWith("::warning"));
    expect(more).toHaveLength(1);
    expect(more[0]).toContain("120 more principals without approval are not annotated");
    expect(more[0]).toContain("report-file");
  });
});
