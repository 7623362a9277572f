// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** grant-model §3.8: NotAction, trust-policy actions, empty actions; output form of actions. */
import { describe, expect, it } from "vitest";
import { unresolved } from "../../src/model/symbolic.js";
import { trustAdmits } from "../../src/policy/index.js";
import { analyze, ctx, only, policy } from "./helpers.js";

const trustCtx = ctx({ trustPolicy: true });
const role = { AWS: "arn:aws:iam::222222222222:role/ci" };

describe("trust policies admit only sts:AssumeRole*", () => {
  it.each([
    ["sts:AssumeRole"],
    ["sts:AssumeRoleWithSAML"],
    ["sts:AssumeRoleWithWebIdentity"],
    ["sts:*"],
    ["*"],
    ["sts:AssumeRole*"],
    ["STS:assumerole"],
    [["sts:AssumeRole", "sts:TagSession"]],
  ])("%j admits", (action) => {
    const g = only(policy({ Effect: "Allow", Principal: role, Action: action }), trustCtx);
    expect([g.principal.id, g.classification]).toEqual(["arn:aws:iam::222222222222:role/ci", "external"]);
  });

  it.each([
    ["sts:TagSession"],
    ["sts:SetSourceIdentity"],
    ["sts:SetContext"],
    [["sts:TagSession", "sts:SetSourceIdentity"]],
    ["s3:*"],
  ])("%j alone admits no one: no grant, an info note", (action) => {
    const r = analyze(policy({ Sid: "Tags", Effect: "Allow", Principal: role, Action: action }), trustCtx);
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.notes).toEqual([
      "trust-without-assume:Tags (Statement[0] (Tags) allows no sts:AssumeRole* action; no grant)",
    ]);
  });

  it("NotAction in a trust policy admits unless it excludes every assume action", () => {
    expect(trustAdmits(null, ["sts:TagSession"])).toBe(true);
    expect(trustAdmits(null, ["sts:AssumeRole*"])).toBe(false);
    expect(trustAdmits(null, ["sts:*"])).toBe(false);
    expect(trustAdmits(null, ["sts:AssumeRole"])).toBe(true);
  });

  it("an unresolved action admits (fail closed)", () => {
    expect(trustAdmits([unresolved("var.action")], null)).toBe(true);
  });

  it("outside trust policies, any action grants", () => {
    const g = only(policy({ Effect: "Allow", Principal: role, Action: "sts:TagSession" }));
    expect(g.actions).toEqual(["sts:TagSession"]);
  });
});

describe("Action / NotAction", () => {
  it("actions are unique and sorted", () => {
    const g = only(
      policy({
        Effect: "Allow",
        Principal: role,
        Action: ["s3:PutObject", "s3:GetObject", "s3:PutObject", "kms:Decrypt"],
      }),
    );
    expect(g.actions).toEqual(["kms:Decrypt", "s3:GetObject", "s3:PutObject"]);
  });

  it("Allow + NotAction is a grant with notActions, flagged broadActions", () => {
    const g = only(policy({ Effect: "Allow", Principal: role, NotAction: ["s3:DeleteBucket", "iam:*"] }));
    expect([g.actions, g.notActions]).toEqual([[], ["iam:*", "s3:DeleteBucket"]]);
    expect(g.notes).toContain("broadActions");
  });

  it("a statement without Action or NotAction is an error and no grant", () => {
    const r = analyze(policy({ Sid: "NoAction", Effect: "Allow", Principal: role }));
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual(["Statement[0] (NoAction) has no Action or NotAction; no grant"]);
  });

  it("an empty Action list is an error and no grant", () => {
    const r = analyze(policy({ Effect: "Allow", Principal: role, Action: [] }));
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual(["Statement[0] has an empty Action; no grant"]);
  });

  it("non-string actions are reported and skipped", () => {
    const r = analyze(policy({ Effect: "Allow", Principal: role, Action: ["s3:GetObject", 7] }));
    expect(r.grants.map((g) => g.actions)).toEqual([["s3:GetObject"]]);
    expect(r.errors).toEqual(["Action of Statement[0] holds a value that is not a string; ignored"]);
  });

  it("actions with tokens are rendered", () => {
    const g = only(policy({ Effect: "Allow", Principal: role, Action: `s3:${unresolved("var.verb")}` }));
    expect(g.actions).toEqual(["s3:${var.verb}"]);
  });
});

describe("Effect", () => {
  it("Deny never grants", () => {
    expect(analyze(policy({ Effect: "Deny", Principal: "*", Action: "*" })).grants).toEqual([]);
  });

  it("a missing or unknown Effect is read as Allow (fail closed) and reported", () => {
    const missing = analyze(policy({ Principal: role, Action: "s3:*" }));
    expect(missing.grants).toHaveLength(1);
    expect(missing.errors).toEqual(["Statement[0] has no Effect; read as Allow (fail closed)"]);
    const odd = analyze(policy({ Effect: "Permit", Principal: role, Action: "s3:*" }));
    expect(odd.grants).toHaveLength(1);
    expect(odd.errors).toEqual([
      'Effect of Statement[0] is not "Allow" or "Deny"; read as Allow (fail closed)',
    ]);
  });

  it("an unresolved Effect is read as Allow and carries the expression", () => {
    const r = analyze(policy({ Effect: unresolved("var.effect"), Principal: role, Action: "s3:*" }));
    expect(r.grants[0]?.unresolved).toEqual(["var.effect"]);
    expect(r.grants[0]?.notes).toContain("effectUnresolved");
    // An open input decides it: the grant says so; the document is not in error.
    expect(r.errors).toEqual([]);
    expect(r.notes).toContain("Effect of Statement[0] is not known statically; read as Allow (fail closed)");
  });
});
