// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** Document-level shapes: Statement forms, element casing, unreadable parts. */
import { describe, expect, it } from "vitest";
import { resourceRef } from "../../src/model/symbolic.js";
import { allow, analyze, brief, only, policy } from "./helpers.js";

describe("document shapes", () => {
  it("a policy without Statement is an error", () => {
    expect(analyze({ Version: "2012-10-17" })).toEqual({
      grants: [],
      errors: ["policy has no Statement element"],
    });
  });

  it("a bare statement (no Statement element) is read as one statement and reported", () => {
    const r = analyze({ Effect: "Allow", Principal: { AWS: "222222222222" }, Action: "s3:*" });
    expect(r.grants.map((g) => [g.principal.id, g.path])).toEqual([
      ["arn:aws:iam::222222222222:root", ["Principal", "AWS"]],
    ]);
    expect(r.errors).toEqual([
      "policy has no Statement element; the document was read as a single statement",
    ]);
  });

  it("statements that are not objects are reported and skipped", () => {
    const r = analyze({ Statement: ["x", null, { Effect: "Allow", Principal: "*", Action: "s3:*" }] });
    expect(r.grants.map((g) => g.path)).toEqual([["Statement", 2, "Principal"]]);
    expect(r.errors).toEqual([
      "Statement[0] is not an object; ignored",
      "Statement[1] is not an object; ignored",
    ]);
  });

  it("Statement that is neither object nor array is an error", () => {
    expect(analyze({ Statement: "x" }).errors).toEqual(["Statement is neither an object nor an array"]);
  });

  it("an element in other casing is read and reported (fail closed)", () => {
    const r = analyze({
      Statement: [{ effect: "Allow", principal: { AWS: "222222222222" }, action: "s3:*" }],
    });
    expect(r.grants.map((g) => [g.principal.id, g.path])).toEqual([
      ["arn:aws:iam::222222222222:root", ["Statement", 0, "principal", "AWS"]],
    ]);
    expect(r.errors).toEqual([
      'element "effect" in Statement[0] should be written "Effect"; read as Effect',
      'element "principal" in Statement[0] should be written "Principal"; read as Principal',
      'element "action" in Statement[0] should be written "Action"; read as Action',
    ]);
  });

  it("a Condition that is not an object is reported and narrows nothing", () => {
    const r = analyze(policy({ Effect: "Allow", Principal: "*", Action: "s3:*", Condition: "x" }));
    expect(r.grants.map((g) => [g.classification, g.conditions])).toEqual([["public", {}]]);
    expect(r.errors).toEqual([
      "Condition at Statement[0].Condition is not an object; ignored (no narrowing)",
    ]);
  });

  it("a principal value that is an object is reported and skipped", () => {
    const r = analyze(allow({ AWS: { Ref: "X" } }));
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual([
      "principal at Statement[0].Principal.AWS in Statement[0] is an object; ignored",
    ]);
  });

  it("Principal and NotPrincipal together: both are read, reported", () => {
    const r = analyze(
      policy({
        Effect: "Allow",
        Principal: { AWS: "222222222222" },
        NotPrincipal: { AWS: "333333333333" },
        Action: "s3:*",
      }),
    );
    expect(r.grants.map((g) => g.classification)).toEqual(["public", "external"]);
    expect(r.errors).toEqual(["Statement[0] has both Principal and NotPrincipal"]);
  });

  it("each grant names its statement", () => {
    const r = analyze({
      Statement: [
        { Sid: "A", Effect: "Allow", Principal: "*", Action: "s3:*" },
        { Effect: "Allow", Principal: "*", Action: "s3:*" },
      ],
    });
    expect(r.grants.map((g) => g.statement)).toEqual(["A", "#1"]);
  });

  it("T27: * with aws:SourceArn naming a resource of the same unit is internal", () => {
    const g = only(
      allow("*", { ArnLike: { "AWS:SourceArn": resourceRef("Api", "Arn") } }, "lambda:InvokeFunction"),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::${own-account}:root",
      accountId: "${own-account}",
      classification: "internal",
      subkind: "source-narrowed",
    });
    expect(g.conditions).toEqual({ ArnLike: { "AWS:SourceArn": "${Api.Arn}" } });
  });

  it("zone lists given as numbers are read as account ids", () => {
    const g = only(allow({ AWS: "222222222222" }), {
      zone: {
        accounts: [222222222222 as unknown as string],
        organizations: [],
        orgPaths: [],
        expressions: [],
        githubOrgs: [],
      },
      trustPolicy: false,
    });
    expect(g.classification).toBe("internal");
  });
});
