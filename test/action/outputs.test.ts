// The `new-access` output must fit in a step output (GitHub: at most 1 MB): a large audit lists
// thousands of principals, and an output over the limit fails the step. Annotations stop at
// GitHub's per-step limits (10 errors, 10 warnings), the summary first, most severe next.
import { describe, expect, it } from "vitest";
import { MAX_OUTPUT_CHARS, newAccessJson, planAnnotations } from "../../src/github/outputs.js";
import type { Report } from "../../src/report/types.js";

function reportWith(principals: number): Report {
  const grants = Array.from({ length: principals }, (_, i) => ({
    id: `g${i + 1}`,
    resource: { file: `envs/r${i}/main.tf`, line: 3, address: "aws_iam_role.r", type: "aws_iam_role" },
    actions: ["sts:AssumeRole"],
  }));
  return {
    mode: "audit",
    verdict: principals > 0 ? "fail" : "pass",
    reasons: principals > 0 ? [`${principals} principals with external access not approved`] : [],
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
  it("the summary first, then one per unapproved principal while there are few", () => {
    const plan = planAnnotations(reportWith(3), true);
    expect(plan.map((a) => a.level)).toEqual(["error", "error", "error", "error"]);
    expect(plan[0]!.message).toBe("Cross-Account Guard: 3 principals with external access not approved.");
    expect(plan[0]!.properties).toEqual({});
    expect(plan[1]!.message).toBe(
      "Existing external access for arn:aws:iam::100000000000:root on aws_iam_role.r: not approved: account 100000000000 is not in trusted.accounts.",
    );
    expect(plan[1]!.properties).toMatchObject({ file: "envs/r0/main.tf", startLine: 3 });
  });

  it("stay within 10 errors: the summary says how many findings are not annotated", () => {
    const plan = planAnnotations(reportWith(130), true);
    expect(plan.filter((a) => a.level === "error")).toHaveLength(10);
    expect(plan).toHaveLength(10);
    expect(plan[0]!.message).toContain("121 more findings are not annotated");
    expect(plan[0]!.message).toContain("GitHub shows 10 errors and 10 warnings per step");
    expect(plan[1]!.message).toContain("arn:aws:iam::100000000000:root");
  });

  it("most severe first: public, unresolved, federated before external; warnings after errors, at most 10", () => {
    const r = reportWith(14);
    const kinds = ["external", "public", "unresolved", "federated"];
    r.principals.forEach((p, i) => {
      p.classification = kinds[i % 4] as never;
    });
    // The report sorts its principals by severity; the annotations keep that order.
    r.principals.sort((a, b) => severity(a.classification) - severity(b.classification));
    r.errors = Array.from({ length: 12 }, (_, i) => ({
      file: `old${i}.tf`,
      message: "bad",
      blocking: false,
    }));
    const plan = planAnnotations(r, false);
    expect(plan.filter((a) => a.level === "error")).toHaveLength(10);
    expect(plan.filter((a) => a.level === "warning")).toHaveLength(10);
    const kindsShown = plan
      .slice(1)
      .map((a) => /^Existing (\w+) access/.exec(a.message)?.[1] ?? a.properties.title);
    // Unresolved principals are warnings with fail-on-unresolved off: they lead the warnings.
    expect(kindsShown.slice(0, 9)).toEqual([
      ...Array(4).fill("public"),
      ...Array(3).fill("federated"),
      ...Array(2).fill("external"),
    ]);
    expect(kindsShown.slice(9, 13)).toEqual([
      ...Array(3).fill("unresolved"),
      "Cross-Account Guard: file not analysed",
    ]);
  });

  it("a grant in a synthesized cdk-out gets no file: its construct path is named instead", () => {
    const r = reportWith(1);
    Object.assign(r.grants[0]!.resource, {
      file: "cdk.out/App.template.json",
      address: "VendorRole1A2B3C4D",
      constructPath: "App/VendorRole",
    });
    const [, finding] = planAnnotations(r, true, ["cdk.out"]);
    expect(finding!.properties.file).toBeUndefined();
    expect(finding!.message).toContain("on App/VendorRole:");
    const [, committed] = planAnnotations(r, true, []);
    expect(committed!.properties.file).toBe("cdk.out/App.template.json");
  });
});

function severity(c: string): number {
  return ["public", "unresolved", "federated", "external"].indexOf(c);
}
