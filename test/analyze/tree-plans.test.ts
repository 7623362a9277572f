// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is Terraform or CloudFormation interpolation, written literally
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EMPTY_ALLOWLIST } from "../../src/allowlist/types.js";
import { discover, runAudit, runDiff } from "../../src/analyze/analyze.js";
import { looksLikePlan } from "../../src/iac/terraform-plan/index.js";
import type { Report } from "../../src/report/types.js";
import { directorySnapshot } from "../../src/sources/fs-snapshot.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const DIR = "fixtures/terraform-plan/in-tree";
const options = { allowlist: EMPTY_ALLOWLIST, today: "2026-12-01" };
const planOnly = () => directorySnapshot(`${DIR}/plan-only`);
const besideHcl = () => directorySnapshot(`${DIR}/beside-hcl`);

/** [change, classification, principal, file:line, unit, source] of each grant. */
const rows = (report: Report) =>
  report.grants.map((g) => [
    g.change,
    g.classification,
    g.principal.id,
    `${g.resource.file}:${g.resource.line}`,
    g.resource.unit,
    g.resource.source,
  ]);

describe("plan JSON files committed in the tree (terraform show -json)", () => {
  it("are recognised by their top-level keys, whatever the file is called", () => {
    const text = readFileSync(`${DIR}/plan-only/reviews/network-change.json`, "utf8");
    expect(looksLikePlan(text)).toBe(true);
    // A state (values, no planned_values or resource_changes), a plan quoted inside another
    // document, a plan without terraform_version: none is a plan.
    expect(looksLikePlan('{"format_version":"1.0","terraform_version":"1.7.5","values":{}}')).toBe(false);
    expect(looksLikePlan(`{"fixture": ${text}}`)).toBe(false);
    expect(looksLikePlan(`[${text}]`)).toBe(false);
    expect(looksLikePlan('{"format_version":"1.2","resource_changes":[],"x":"terraform_version"}')).toBe(
      false,
    );
    expect(looksLikePlan('{"resource_changes":[],"format_version":"1.2","terraform_version":"1.9.0"}')).toBe(
      true,
    );
    const { units } = discover(planOnly());
    expect(units.plans).toEqual(["reviews/network-change.json"]);
    expect(units.templates).toEqual([]);
  });

  it("a plan-only repository: grants point at the plan file, on the line of each resource change", async () => {
    const report = await runAudit(planOnly(), options);
    expect(rows(report)).toEqual([
      [
        "present",
        "external",
        "arn:aws:iam::210987654321:root",
        "reviews/network-change.json:36",
        "reviews/network-change.json",
        "terraform-plan",
      ],
      [
        "present",
        "external",
        "arn:aws:iam::333344445555:root",
        "reviews/network-change.json:60",
        "reviews/network-change.json",
        "terraform-plan",
      ],
      [
        "present",
        "external",
        "arn:aws:iam::666677778888:root",
        "reviews/network-change.json:60",
        "reviews/network-change.json",
        "terraform-plan",
      ],
    ]);
    expect(report.coverage?.files.plan).toBe(1);
    expect(report.coverage?.units).toMatchObject({ plans: 1, read: 1 });
    expect(report.coverage?.warnings).toEqual([]);
    expect(report.notes).toContain(
      "The plan reviews/network-change.json in the tree could not be tied to a Terraform root of the repository: its grants point at the plan file.",
    );
  });

  it("a plan beside its HCL is tied to the root: its grants point at the .tf lines, beside the HCL's", async () => {
    const report = await runAudit(besideHcl(), options);
    // The HCL cannot know the partner account; the plan of prod names it. A plan in the tree is
    // part of the reviewed commit, so it adds to what the HCL says and hides none of it.
    expect(rows(report)).toEqual([
      ["present", "external", "arn:aws:iam::444455556666:root", "main.tf:7", "", "terraform-plan"],
      ["present", "unresolved", "arn:aws:iam::${var.partner_account}:root", "main.tf:13", "", "terraform"],
    ]);
    expect(report.coverage?.files).toMatchObject({ terraform: 1, plan: 1 });
    expect(
      report.notes.some((n) =>
        n.startsWith('The plan plans/prod.json in the tree is tied to Terraform root "."'),
      ),
    ).toBe(true);
  });

  it("the same file given with --plan is read once, and its view replaces the root's HCL", async () => {
    const snapshot = besideHcl();
    const text = readFileSync(`${DIR}/beside-hcl/plans/prod.json`, "utf8");
    const report = await runAudit(snapshot, { ...options, plans: [{ file: "plans/prod.json", text }] });
    expect(rows(report)).toEqual([
      ["present", "external", "arn:aws:iam::444455556666:root", "main.tf:7", "", "terraform-plan"],
    ]);
    expect(report.coverage?.files.plan).toBe(1);
    expect(report.notes).toContain(
      'Terraform root "." is read from the plan plans/prod.json; its HCL is not used.',
    );
  });

  it("in a diff, a changed plan's own before/after is the diff for it", async () => {
    const head = planOnly();
    const base = memorySnapshot({
      "reviews/network-change.json": readFileSync(`${DIR}/network-change.base.json.txt`, "utf8"),
    });
    const report = await runDiff(base, head, options);
    expect(rows(report).map(([change, , principal, at]) => [change, principal, at])).toEqual([
      ["added", "arn:aws:iam::210987654321:root", "reviews/network-change.json:36"],
      ["added", "arn:aws:iam::666677778888:root", "reviews/network-change.json:60"],
      ["unchanged", "arn:aws:iam::333344445555:root", "reviews/network-change.json:60"],
    ]);
    expect(report.verdict).toBe("fail");
  });

  it("in a diff that does not touch a plan, the plan is not read (its changes are not this change's)", async () => {
    const files = {
      "main.tf": readFileSync(`${DIR}/beside-hcl/main.tf`, "utf8"),
      "plans/prod.json": readFileSync(`${DIR}/beside-hcl/plans/prod.json`, "utf8"),
    };
    const base = memorySnapshot(files);
    const head = memorySnapshot({ ...files, "main.tf": `${files["main.tf"]}\n# touched\n` });
    const report = await runDiff(base, head, options);
    expect(rows(report)).toEqual([
      ["unchanged", "unresolved", "arn:aws:iam::${var.partner_account}:root", "main.tf:13", "", "terraform"],
    ]);
    expect(report.coverage?.units).toMatchObject({ terraformRoots: 1, plans: 0, read: 1 });
  });

  it("a plan over the file size limit is an error naming the file and its size, not skipped in silence", async () => {
    const big = `{"format_version":"1.2","terraform_version":"1.7.5","resource_changes":[],"pad":"${"x".repeat(17 * 1024 * 1024)}"}`;
    const report = await runAudit(memorySnapshot({ "plans/huge.json": big }), options);
    expect(report.errors).toMatchObject([
      {
        file: "plans/huge.json",
        message: expect.stringMatching(/too large to analyse \(17\.0 MiB, limit 16 MiB\)/),
      },
    ]);
    expect(report.verdict).toBe("fail");
  });

  it("a committed plan's value known only after apply adds nothing where the HCL read the same resource", async () => {
    const plan = JSON.parse(readFileSync(`${DIR}/beside-hcl/plans/prod.json`, "utf8"));
    const change = plan.resource_changes[0].change;
    delete change.after.assume_role_policy;
    change.after_unknown.assume_role_policy = true;
    const hcl = readFileSync(`${DIR}/beside-hcl/main.tf`, "utf8").replace(
      "${var.partner_account}",
      "444455556666",
    );
    const report = await runAudit(
      memorySnapshot({ "main.tf": hcl, "plans/prod.json": JSON.stringify(plan, null, 2) }),
      options,
    );
    expect(rows(report)).toEqual([
      ["present", "external", "arn:aws:iam::444455556666:root", "main.tf:13", "", "terraform"],
    ]);
    // Without the HCL's view of that resource the plan's unknown stays, unresolved.
    const alone = await runAudit(
      memorySnapshot({ "plans/prod.json": JSON.stringify(plan, null, 2) }),
      options,
    );
    expect(rows(alone).map((r) => r[1])).toEqual(["unresolved"]);
  });

  it("a committed plan is tied only to a root of its own folder, above it or below it", async () => {
    const hcl = readFileSync(`${DIR}/beside-hcl/main.tf`, "utf8");
    const plan = readFileSync(`${DIR}/beside-hcl/plans/prod.json`, "utf8");
    // The same resources declared in an unrelated folder: another configuration (a test suite's
    // fixtures), so the plan's grants point at the plan itself.
    const elsewhere = await runAudit(
      memorySnapshot({ "infra/main.tf": hcl, "tests/fixtures/plan.json": plan }),
      options,
    );
    expect(
      rows(elsewhere)
        .filter((r) => r[5] === "terraform-plan")
        .map((r) => [r[3], r[4]]),
    ).toEqual([["tests/fixtures/plan.json:28", "tests/fixtures/plan.json"]]);
    const above = await runAudit(
      memorySnapshot({ "infra/main.tf": hcl, "infra/plans/plan.json": plan }),
      options,
    );
    expect(
      rows(above)
        .filter((r) => r[5] === "terraform-plan")
        .map((r) => [r[3], r[4]]),
    ).toEqual([["infra/main.tf:7", "infra"]]);
  });
});
