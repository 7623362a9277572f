import { describe, expect, it } from "vitest";
import { MODULE_SIGNATURES } from "../../src/grants/module-signatures.js";
import {
  coveredBy,
  parseConstraint,
  parseCovers,
  parseVersion,
  satisfies,
} from "../../src/iac/terraform/version-constraint.js";

const ok = (version: string, constraint: string) =>
  satisfies(parseVersion(version)!.version, parseConstraint(constraint)!);
const covered = (constraint: string, covers: string) =>
  coveredBy(parseConstraint(constraint)!, parseCovers(covers)!);

describe("Terraform version constraints", () => {
  it("reads the operators as Terraform does, the pessimistic one by the parts written", () => {
    expect(ok("5.15.4", "5.15.4")).toBe(true);
    expect(ok("v5.15.4", "= 5.15.4")).toBe(true);
    expect(ok("5.15.5", "5.15.4")).toBe(false);
    expect(ok("5.9.0", "~> 5.1")).toBe(true);
    expect(ok("6.0.0", "~> 5.1")).toBe(false);
    expect(ok("5.1.9", "~> 5.1.2")).toBe(true);
    expect(ok("5.2.0", "~> 5.1.2")).toBe(false);
    expect(ok("5.1.1", "~> 5.1.2")).toBe(false);
    expect(ok("4.9.9", ">= 4.2, < 5")).toBe(true);
    expect(ok("5.0.0", ">= 4.2, < 5")).toBe(false);
    expect(ok("4.2.0", "> 4.2")).toBe(false);
    expect(ok("4.2.0", "!= 4.2.0")).toBe(false);
    expect(parseConstraint("latest")).toBeNull();
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the rendered form of a symbolic value, asserted literally
    expect(parseConstraint("${var.version}")).toBeNull();
  });

  it("a constraint is covered when some version of the covered majors satisfies it", () => {
    expect(covered("~> 4.1", "v3 to v5")).toBe(true);
    expect(covered("~> 2.0", "v3 to v5")).toBe(false);
    expect(covered(">= 2.0, < 4.0", "v3 to v5")).toBe(true);
    expect(covered(">= 2.0, < 3.0", "v3 to v5")).toBe(false);
    expect(covered(">= 6.0", "v3 to v5")).toBe(false);
    expect(covered(">= 3.0", "v4, v5")).toBe(true);
    expect(covered("0.25.0", "0.x")).toBe(true);
    expect(covered("1.0.0", "0.x")).toBe(false);
    expect(covered("~> 1.2", "v0.x, v1")).toBe(true);
    expect(covered("3.19.0", "v5, v6")).toBe(false);
    expect(covered("> 4.99.0, != 5.0.0", "v5")).toBe(true);
  });

  it("every signature's covers text is read", () => {
    for (const s of MODULE_SIGNATURES)
      expect(parseCovers(s.covers), `${s.module}: ${s.covers}`).not.toBeNull();
  });
});
