// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation and the rendered form of symbolic tokens, asserted literally
import { describe, expect, it } from "vitest";
import { renderPolicyDocument } from "../../src/iac/terraform/policy-document.js";
import { unresolved } from "../../src/model/symbolic.js";

const render = (props: Record<string, unknown>) => {
  const errors: string[] = [];
  const out = renderPolicyDocument(props, (m) => errors.push(m));
  return { doc: out.document, json: out.json, minified: out.minified, errors };
};

describe("aws_iam_policy_document rendering (grant-model §5.1)", () => {
  it("merges principals of one type, ORs conditions with the same test and variable, single values as strings", () => {
    const { doc } = render({
      statement: [
        {
          actions: ["sqs:SendMessage"],
          principals: [
            { type: "AWS", identifiers: ["arn:aws:iam::222222222222:root"] },
            { type: "AWS", identifiers: ["333333333333"] },
            { type: "Service", identifiers: ["sns.amazonaws.com"] },
          ],
          condition: [
            { test: "StringEquals", variable: "aws:PrincipalOrgID", values: ["o-own0000000"] },
            { test: "StringEquals", variable: "aws:PrincipalOrgID", values: ["o-other00000"] },
          ],
        },
      ],
    });
    expect(doc).toEqual({
      Version: "2012-10-17",
      Statement: [
        {
          Effect: "Allow",
          Action: "sqs:SendMessage",
          Principal: {
            AWS: ["arn:aws:iam::222222222222:root", "333333333333"],
            Service: "sns.amazonaws.com",
          },
          Condition: { StringEquals: { "aws:PrincipalOrgID": ["o-own0000000", "o-other00000"] } },
        },
      ],
    });
  });

  it("sorts sets in reverse, rewrites &{ to ${ and distinguishes * from AWS *", () => {
    const { doc } = render({
      version: "2012-10-17",
      policy_id: "p1",
      statement: [
        {
          sid: "A",
          actions: ["s3:GetObject", "s3:ListBucket", "s3:GetObject"],
          resources: ["arn:aws:s3:::b/&{aws:username}/*"],
          principals: [{ type: "*", identifiers: ["*"] }],
        },
        {
          sid: "B",
          not_actions: ["iam:*"],
          not_resources: ["*"],
          not_principals: [{ type: "AWS", identifiers: ["*"] }],
          effect: "Deny",
        },
      ],
    });
    expect(doc).toEqual({
      Version: "2012-10-17",
      Id: "p1",
      Statement: [
        {
          Sid: "A",
          Effect: "Allow",
          Action: ["s3:ListBucket", "s3:GetObject"],
          Resource: "arn:aws:s3:::b/${aws:username}/*",
          Principal: "*",
        },
        { Sid: "B", Effect: "Deny", NotAction: "iam:*", NotResource: "*", NotPrincipal: { AWS: "*" } },
      ],
    });
  });

  it("merges source documents first, replaces by Sid with inline statements, then applies overrides", () => {
    const source = JSON.stringify({
      Statement: [
        { Sid: "Public", Effect: "Allow", Principal: "*", Action: "s3:GetObject", Resource: "*" },
        { Effect: "Allow", Principal: { AWS: "111111111111" }, Action: "s3:PutObject", Resource: "*" },
      ],
    });
    const override = JSON.stringify({
      Statement: {
        Sid: "Partner",
        Effect: "Deny",
        Principal: { AWS: "222222222222" },
        Action: "*",
        Resource: "*",
      },
    });
    const { doc, errors } = render({
      source_policy_documents: [source, ""],
      statement: [
        {
          sid: "Public",
          actions: ["s3:GetObject"],
          principals: [{ type: "AWS", identifiers: ["arn:aws:iam::333333333333:root"] }],
        },
        {
          sid: "Partner",
          actions: ["s3:GetObject"],
          principals: [{ type: "AWS", identifiers: ["222222222222"] }],
        },
      ],
      override_json: override,
    });
    expect(errors).toEqual([]);
    expect((doc.Statement as { Sid?: string; Effect: string }[]).map((s) => [s.Sid, s.Effect])).toEqual([
      ["Public", "Allow"],
      [undefined, "Allow"],
      ["Partner", "Deny"],
    ]);
    expect((doc.Statement as { Principal: unknown }[])[0]?.Principal).toEqual({
      AWS: "arn:aws:iam::333333333333:root",
    });
  });

  it("reports duplicate Sids across sources and unusable source documents", () => {
    const s = JSON.stringify({ Statement: [{ Sid: "X", Effect: "Allow" }] });
    const { errors, doc } = render({
      source_policy_documents: [s, s, "{not json", "\uE000uvar.extra\uE001"],
    });
    expect(errors).toEqual([
      'duplicate Sid "X" in source_policy_documents',
      expect.stringMatching(/^source_policy_documents\[2\] is not valid JSON/),
    ]);
    // A document not known statically is not dropped: its statements are that expression, so a
    // resource or trust policy gets an unresolved grant naming it.
    expect((doc.Statement as Record<string, unknown>[])[1]).toEqual({
      Sid: "\uE000uvar.extra\uE001",
      Effect: "Allow",
      Principal: { AWS: "\uE000uvar.extra\uE001" },
      Action: "\uE000uvar.extra\uE001",
      Resource: "\uE000uvar.extra\uE001",
    });
  });

  it("renders .json indented and .minified_json compact, escaping <, > and & like Go", () => {
    const { json, minified } = render({
      statement: [
        {
          actions: ["s3:GetObject"],
          condition: [{ test: "StringLike", variable: "s3:prefix", values: ["a&b"] }],
        },
      ],
    });
    expect(minified).toBe(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Condition":{"StringLike":{"s3:prefix":"a\\u0026b"}}}]}',
    );
    expect(json.split("\n").slice(0, 3)).toEqual(["{", '  "Version": "2012-10-17",', '  "Statement": [']);
  });
});

describe("statements of an open input: which of a pair is set is not known", () => {
  const u = (text: string) => unresolved(text);
  it("a counterpart not known at all is left out: Terraform accepts only one of each pair", () => {
    const { doc } = render({
      statement: [
        {
          actions: ["sts:AssumeRole"],
          not_actions: u("var.s.not_actions"),
          principals: [{ type: u("var.s.principals.type"), identifiers: u("var.s.principals.identifiers") }],
          not_principals: [
            { type: u("var.s.not_principals.type"), identifiers: u("var.s.not_principals.identifiers") },
          ],
        },
      ],
    });
    const st = (doc.Statement as Record<string, unknown>[])[0]!;
    expect(Object.keys(st).sort()).toEqual(["Action", "Effect", "Principal"]);
    expect(st.Action).toBe("sts:AssumeRole");
  });

  it("with both not known, the positive form stays; with both known, both stay (the policy reader reports it)", () => {
    const both = render({ statement: [{ actions: u("var.a"), not_actions: u("var.n"), resources: ["*"] }] });
    expect(Object.keys((both.doc.Statement as Record<string, unknown>[])[0]!).sort()).toEqual([
      "Action",
      "Effect",
      "Resource",
    ]);
    const known = render({ statement: [{ actions: ["s3:GetObject"], not_actions: ["s3:PutObject"] }] });
    expect(Object.keys((known.doc.Statement as Record<string, unknown>[])[0]!).sort()).toEqual([
      "Action",
      "Effect",
      "NotAction",
    ]);
  });
});
