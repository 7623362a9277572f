// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
import { expect, it } from "vitest";
import { renderText, unresolvedExpressions } from "../../src/model/symbolic.js";
import type { ResourceRecord } from "../../src/model/types.js";
import { readFixture } from "./fixture.js";

/**
 * Principal values of a record: Principal/NotPrincipal of its policy documents (JSON text, or the
 * objects an opaque module's signature builds) and its principal arguments.
 */
function principalsOf(record: ResourceRecord): string[] {
  const out: string[] = [];
  const addAll = (v: unknown): void => {
    if (typeof v === "string") out.push(v);
    else if (Array.isArray(v)) v.forEach(addAll);
    else if (v !== null && typeof v === "object") Object.values(v).forEach(addAll);
  };
  for (const [key, value] of Object.entries(record.properties)) {
    const isDoc = value !== null && typeof value === "object" && Object.hasOwn(value, "Statement");
    if (isDoc || (typeof value === "string" && value.trimStart().startsWith("{"))) {
      const doc = (isDoc ? value : JSON.parse(value as string)) as { Statement?: unknown };
      const statements = Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement];
      for (const s of statements as Record<string, unknown>[]) {
        if (s?.Effect === "Allow") addAll(s.Principal);
      }
    } else if (["principal", "grantee_principal", "retiring_principal", "principals"].includes(key)) {
      addAll(value);
    } else if (key === "access_control_policy") {
      for (const acp of value as { grant: { grantee: Record<string, string>[] }[] }[]) {
        for (const g of acp.grant) out.push(g.grantee[0]?.id ?? g.grantee[0]?.uri ?? "");
      }
    }
  }
  return out;
}

it("resolves the principals of the fixtures (all but the deliberately unknown ones)", async () => {
  const roots: [string, string, string[]][] = [
    ["platform", "envs/prod", ["envs/prod/extra.tfvars"]],
    ["platform", "envs/staging", []],
    ["policies", "", []],
    ["conditionals", "", []],
    ["downloaded", "live", []],
    ["downloaded", "json", []],
  ];
  const all: string[] = [];
  for (const [fixture, root, tfvars] of roots) {
    const r = await readFixture(fixture, root, { tfvars });
    expect(r.errors).toEqual([]);
    for (const record of r.resources) all.push(...principalsOf(record));
  }
  const unresolved = all.filter((p) => unresolvedExpressions(p).length > 0).map(renderText);
  expect(all).toHaveLength(43);
  // What stays unresolved is what cannot be known from the repository: a variable no file sets,
  // and the organization data source (own organization, for the grants stage to decide).
  expect(unresolved.sort()).toEqual([
    "${data.aws_organizations_organization.this.arn}",
    "arn:aws:iam::${var.ops_account_id}:root",
  ]);
  expect(((all.length - unresolved.length) / all.length).toFixed(3)).toBe("0.953");
});
