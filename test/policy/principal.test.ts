// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/** grant-model §2.1-§2.8: principal shapes and normalisation. */
import { describe, expect, it } from "vitest";
import { resourceRef, SELF_ACCOUNT, SELF_REGION, unresolved } from "../../src/model/symbolic.js";
import { detectPrincipalKey, normalizePrincipal } from "../../src/policy/index.js";
import { allow, analyze, brief, ctx, grants, only, policy } from "./helpers.js";

describe("§2.1 shapes of the Principal element", () => {
  it('"Principal": "*" is public; the path ends at Principal', () => {
    const g = only(allow("*"));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "anonymous",
    });
    expect(g.path).toEqual(["Statement", 0, "Principal"]);
  });

  it('{"AWS": "*"} is public too', () => {
    const g = only(allow({ AWS: "*" }));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "anonymous",
    });
    expect(g.path).toEqual(["Statement", 0, "Principal", "AWS"]);
  });

  it('{"AWS": ["*", "123456789012"]} is still public (each value is a grant)', () => {
    const gs = grants(allow({ AWS: ["*", "123456789012"] }));
    expect(gs.map((g) => [g.principal.id, g.classification, g.path])).toEqual([
      ["*", "public", ["Statement", 0, "Principal", "AWS", 0]],
      ["arn:aws:iam::123456789012:root", "external", ["Statement", 0, "Principal", "AWS", 1]],
    ]);
  });

  it('{"AWS": "123456789012"} is the account, written as its root ARN', () => {
    expect(brief(only(allow({ AWS: "123456789012" })))).toEqual({
      type: "AWS",
      id: "arn:aws:iam::123456789012:root",
      accountId: "123456789012",
      classification: "external",
      subkind: "account",
    });
  });

  it("several keys are a union: one grant per value", () => {
    const gs = grants(allow({ AWS: ["222222222222", "333333333333"], Service: "sqs.amazonaws.com" }));
    expect(gs.map((g) => [g.principal.type, g.principal.id, g.classification])).toEqual([
      ["AWS", "arn:aws:iam::222222222222:root", "external"],
      ["AWS", "arn:aws:iam::333333333333:root", "external"],
      ["Service", "sqs.amazonaws.com", "service"],
    ]);
  });

  it.each([
    ["an empty object", {}],
    ["an empty array", []],
    ["an object of empty arrays", { AWS: [] }],
  ])("%s grants nothing and is noted", (_name, principal) => {
    const r = analyze(allow(principal));
    expect(r.grants).toEqual([]);
    expect(r.notes).toEqual(["Statement[0] has an empty Principal; no grant"]);
  });

  it("a missing Principal grants nothing and is noted", () => {
    const r = analyze(policy({ Effect: "Allow", Action: "s3:GetObject", Resource: "*" }));
    expect(r.grants).toEqual([]);
    expect(r.notes).toEqual(["Statement[0] has no Principal; no grant"]);
  });

  it('a top-level array ["*"] is public (fail closed)', () => {
    const g = only(allow(["*"]));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "*",
      accountId: null,
      classification: "public",
      subkind: "anonymous",
    });
    expect(g.path).toEqual(["Statement", 0, "Principal", 0]);
  });

  it("a bare account and its root ARN are one principal (deduplicated)", () => {
    const gs = grants(allow({ AWS: ["123456789012", "arn:aws:iam::123456789012:root"] }));
    expect(gs).toHaveLength(1);
    expect(gs[0]!.principal.id).toBe("arn:aws:iam::123456789012:root");
  });

  it("a partial wildcard in a role ARN is invalid but the literal account still classifies", () => {
    const g = only(allow({ AWS: "arn:aws:iam::123456789012:role/*" }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::123456789012:role/*",
      accountId: "123456789012",
      classification: "external",
      subkind: "role",
    });
    expect(g.notes).toContain("invalidPrincipal:wildcard in principal ARN");
  });

  it("arn:aws:iam::*:root is public/authenticated-any-account and invalid (T33)", () => {
    const g = only(allow({ AWS: "arn:aws:iam::*:root" }));
    expect(brief(g)).toEqual({
      type: "Public",
      id: "arn:aws:iam::*:root",
      accountId: null,
      classification: "public",
      subkind: "authenticated-any-account",
    });
    expect(g.notes).toContain("invalidPrincipal:wildcard account");
  });

  it.each(["aws", "Aws", "AWS "])("key %j in another casing is unresolved with a note", (key) => {
    const g = only(allow({ [key]: "222222222222" }));
    expect(g.classification).toBe("unresolved");
    expect(g.principal.id).toBe("arn:aws:iam::222222222222:root");
    expect(g.notes).toContain(`principalKeyCase:${key}`);
  });

  it("an unknown key is unresolved with a note", () => {
    const g = only(allow({ Everyone: "222222222222" }));
    expect(g.classification).toBe("unresolved");
    expect(g.notes).toContain("unknownPrincipalKey:Everyone");
  });
});

describe("§2.2 AWS principal forms", () => {
  const rows: [string, string, string, string | null, string, string][] = [
    // written, id, type, accountId, classification, subkind
    ["123456789012", "arn:aws:iam::123456789012:root", "AWS", "123456789012", "external", "account"],
    [
      "arn:aws:iam::123456789012:root",
      "arn:aws:iam::123456789012:root",
      "AWS",
      "123456789012",
      "external",
      "account",
    ],
    [
      "arn:aws:iam::123456789012:role/name",
      "arn:aws:iam::123456789012:role/name",
      "AWS",
      "123456789012",
      "external",
      "role",
    ],
    [
      "arn:aws:iam::123456789012:role/path/to/name",
      "arn:aws:iam::123456789012:role/path/to/name",
      "AWS",
      "123456789012",
      "external",
      "role",
    ],
    [
      "arn:aws:iam::123456789012:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk",
      "arn:aws:iam::123456789012:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk",
      "AWS",
      "123456789012",
      "external",
      "role",
    ],
    [
      "arn:aws:iam::123456789012:user/name",
      "arn:aws:iam::123456789012:user/name",
      "AWS",
      "123456789012",
      "external",
      "user",
    ],
    [
      "arn:aws:sts::123456789012:assumed-role/role-name/session-name",
      "arn:aws:sts::123456789012:assumed-role/role-name/session-name",
      "AWS",
      "123456789012",
      "external",
      "session",
    ],
    [
      "arn:aws:sts::123456789012:federated-user/name",
      "arn:aws:sts::123456789012:federated-user/name",
      "AWS",
      "123456789012",
      "external",
      "session",
    ],
    [
      "arn:aws:iam::123456789012:group/admins",
      "arn:aws:iam::123456789012:group/admins",
      "AWS",
      "123456789012",
      "external",
      "group",
    ],
    [
      "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2ABCDEF",
      "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E2ABCDEF",
      "AWS",
      null,
      "external",
      "aws-owned-account",
    ],
    ["AROAEXAMPLEID1234567", "AROAEXAMPLEID1234567", "AWS", null, "unresolved", "unique-id"],
    ["AIDAEXAMPLEID1234567", "AIDAEXAMPLEID1234567", "AWS", null, "unresolved", "unique-id"],
    ["*", "*", "Public", null, "public", "anonymous"],
    [
      "arn:aws:iam::111111111111:role/own",
      "arn:aws:iam::111111111111:role/own",
      "AWS",
      "111111111111",
      "internal",
      "zone-account",
    ],
    [
      "  arn:aws:iam::123456789012:role/x  ",
      "arn:aws:iam::123456789012:role/x",
      "AWS",
      "123456789012",
      "external",
      "role",
    ],
    ["127311923021", "arn:aws:iam::127311923021:root", "AWS", "127311923021", "external", "account"],
  ];
  it.each(rows)("%s", (written, id, type, accountId, classification, subkind) => {
    expect(brief(only(allow({ AWS: written })))).toEqual({ type, id, accountId, classification, subkind });
  });

  it("a group principal is noted", () => {
    expect(only(allow({ AWS: "arn:aws:iam::123456789012:group/admins" })).notes).toContain("groupPrincipal");
  });

  it("a role name (e.g. !Ref of a role) is a malformed principal: a policy error, no grant (issue 18 item 5)", () => {
    const r = analyze(allow({ AWS: "MyRole" }));
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual([
      'Statement[0]: malformed principal "MyRole" at Statement[0].Principal.AWS (not an account id or ARN): not an account id, ARN, service principal, "*" or canonical user; no grant',
    ]);
  });

  it("a unique principal id is noted", () => {
    expect(only(allow({ AWS: "AROAEXAMPLEID1234567" })).notes).toContain("uniquePrincipalId");
  });

  describe("partitions: (partition, account) pairs are compared", () => {
    it.each([
      ["arn:aws-cn:iam::111111111111:root", "external"],
      ["arn:aws-us-gov:iam::111111111111:role/x", "external"],
      ["arn:aws-iso-b:iam::111111111111:root", "external"],
      ["arn:aws:iam::111111111111:root", "internal"],
    ])("%s is %s for a zone in the aws partition", (arn, classification) => {
      expect(only(allow({ AWS: arn })).classification).toBe(classification);
    });

    it("a bare account takes the context partition", () => {
      const g = only(allow({ AWS: "111111111111" }), ctx({ partition: "aws-cn" }));
      expect([g.principal.id, g.classification]).toEqual(["arn:aws-cn:iam::111111111111:root", "internal"]);
    });

    it("a zone entry may name its partition", () => {
      const g = only(
        allow({ AWS: "arn:aws-cn:iam::333333333333:root" }),
        ctx({}, { accounts: ["aws-cn:333333333333"] }),
      );
      expect(g.classification).toBe("internal");
    });
  });
});

describe("symbolic values in principals", () => {
  it("the own account (SELF_ACCOUNT) is internal/self-account", () => {
    expect(brief(only(allow({ AWS: SELF_ACCOUNT })))).toEqual({
      type: "AWS",
      id: "arn:aws:iam::${own-account}:root",
      accountId: "${own-account}",
      classification: "internal",
      subkind: "self-account",
    });
  });

  it("an ARN whose account field is SELF_ACCOUNT is internal, rendered without raw tokens", () => {
    const g = only(allow({ AWS: `arn:aws:iam::${SELF_ACCOUNT}:role/deploy` }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::${own-account}:role/deploy",
      accountId: "${own-account}",
      classification: "internal",
      subkind: "self-account",
    });
  });

  it("the stated own account number replaces the token and is internal", () => {
    const g = only(allow({ AWS: `arn:aws:iam::${SELF_ACCOUNT}:root` }), ctx({ selfAccount: "555555555555" }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::555555555555:root",
      accountId: "555555555555",
      classification: "internal",
      subkind: "self-account",
    });
    const literal = only(allow({ AWS: "555555555555" }), ctx({ selfAccount: "555555555555" }));
    expect([literal.classification, literal.subkind]).toEqual(["internal", "self-account"]);
  });

  it("a whole resourceRef token is the own account (self-resource)", () => {
    expect(brief(only(allow({ AWS: resourceRef("DeployRole", "Arn") })))).toEqual({
      type: "AWS",
      id: "${DeployRole.Arn}",
      accountId: "${own-account}",
      classification: "internal",
      subkind: "self-resource",
    });
  });

  it("an unresolved account field is unresolved, the id keeps the expression text", () => {
    const g = only(allow({ AWS: `arn:aws:iam::${unresolved("var.partner")}:root` }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:aws:iam::${var.partner}:root",
      accountId: "${var.partner}",
      classification: "unresolved",
      subkind: "account",
    });
    expect(g.unresolved).toEqual(["var.partner"]);
  });

  it("a wholly unresolved principal is unresolved", () => {
    const g = only(allow({ AWS: unresolved("var.partner") }));
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "${var.partner}",
      accountId: null,
      classification: "unresolved",
      subkind: undefined,
    });
    expect(g.unresolved).toEqual(["var.partner"]);
  });

  it("partial resolution: a literal account classifies even when other fields are unresolved", () => {
    const g = only(
      allow({ AWS: `arn:${unresolved("AWS::Partition")}:iam::222222222222:role/${unresolved("var.name")}` }),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "arn:${AWS::Partition}:iam::222222222222:role/${var.name}",
      accountId: "222222222222",
      classification: "external",
      subkind: "role",
    });
    expect(g.unresolved).toBeUndefined();
  });

  it("a symbolic partition on a root ARN is normalised to the default partition", () => {
    const g = only(allow({ AWS: `arn:${unresolved("AWS::Partition")}:iam::222222222222:root` }));
    expect(g.principal.id).toBe("arn:aws:iam::222222222222:root");
  });

  it("expressions listed in zone.expressions are internal/trusted-expression", () => {
    const c = ctx({}, { expressions: ["var.ops_account_id"] });
    const whole = only(allow({ AWS: unresolved("var.ops_account_id") }), c);
    expect([whole.classification, whole.subkind, whole.principal.id]).toEqual([
      "internal",
      "trusted-expression",
      "${var.ops_account_id}",
    ]);
    const arn = only(allow({ AWS: `arn:aws:iam::${unresolved("var.ops_account_id")}:role/x` }), c);
    expect([arn.classification, arn.subkind]).toEqual(["internal", "trusted-expression"]);
    const mixed = only(
      allow({ AWS: `arn:aws:iam::${unresolved("var.ops_account_id")}${unresolved("var.x")}:root` }),
      c,
    );
    expect(mixed.classification).toBe("unresolved");
  });

  it("a ${...} entry in zone.expressions matches too", () => {
    const g = only(allow({ AWS: unresolved("var.ops") }), ctx({}, { expressions: ["${var.ops}"] }));
    expect(g.classification).toBe("internal");
  });
});

describe("§2.3 service principals", () => {
  it.each([
    "lambda.amazonaws.com",
    "s3.amazonaws.com",
    "events.amazonaws.com",
    "logs.us-east-1.amazonaws.com",
    "ec2.amazonaws.com.cn",
    "logdelivery.elasticloadbalancing.amazonaws.com",
    "delivery.logs.amazonaws.com",
    "alexa-appkit.amazon.com",
  ])("%s is a service principal", (name) => {
    const g = only(allow({ Service: name }));
    expect(brief(g)).toEqual({
      type: "Service",
      id: name,
      accountId: null,
      classification: "service",
      subkind: "service",
    });
  });

  it("a region token inside a service name is rendered", () => {
    const g = only(allow({ Service: `logs.${SELF_REGION}.amazonaws.com` }));
    expect([g.principal.id, g.classification]).toEqual(["logs.${region}.amazonaws.com", "service"]);
  });

  it.each(["amazonaws.com.evil.example", "notaservice", "s3amazonaws.com"])(
    "%s is not a service principal",
    (name) => {
      // A policy error, not a principal to approve (issue 18 item 5).
      const r = analyze(allow({ Service: name }));
      expect(r.grants).toEqual([]);
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]).toContain(`malformed principal "${name}"`);
      expect(r.errors[0]).toContain("(not a service principal)");
    },
  );

  it("the strict detection rule for bare strings", () => {
    expect(detectPrincipalKey("*")).toBe("*");
    expect(detectPrincipalKey("123456789012")).toBe("AWS");
    expect(detectPrincipalKey(123456789012)).toBe("AWS");
    expect(detectPrincipalKey("arn:aws:iam::123456789012:role/x")).toBe("AWS");
    expect(detectPrincipalKey("arn:aws:iam::123456789012:oidc-provider/x.example")).toBe("Federated");
    expect(detectPrincipalKey("s3.amazonaws.com")).toBe("Service");
    expect(detectPrincipalKey("logs.eu-west-1.amazonaws.com")).toBe("Service");
    expect(detectPrincipalKey("alexa-appkit.amazon.com")).toBe("Service");
    expect(detectPrincipalKey("accounts.google.com")).toBe("Federated");
    expect(detectPrincipalKey("amazonaws")).toBe("AWS");
    expect(detectPrincipalKey("79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be")).toBe(
      "CanonicalUser",
    );
  });

  it("rolesanywhere.amazonaws.com in a trust policy is federated", () => {
    const g = only(
      policy({
        Effect: "Allow",
        Principal: { Service: "rolesanywhere.amazonaws.com" },
        Action: "sts:AssumeRole",
      }),
      ctx({ trustPolicy: true }),
    );
    expect([g.classification, g.subkind]).toEqual(["federated", "roles-anywhere"]);
  });

  it("a service principal in a trust policy without Source* carries confusedDeputyRisk too", () => {
    const g = only(
      policy({ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }),
      ctx({ trustPolicy: true }),
    );
    expect([g.classification, g.notes]).toEqual(["service", ["confusedDeputyRisk"]]);
  });

  it("aws:SourceArn naming an own resource keeps a service internal (T27)", () => {
    const g = only(
      allow(
        { Service: "apigateway.amazonaws.com" },
        { ArnLike: { "aws:SourceArn": resourceRef("Api", "Arn") } },
      ),
    );
    expect([g.classification, g.subkind, g.via]).toEqual([
      "service",
      "source-narrowed",
      "apigateway.amazonaws.com",
    ]);
  });

  it("aws:SourceArn of another account's resource: external via the service", () => {
    const g = only(
      allow(
        { Service: "sns.amazonaws.com" },
        { ArnLike: { "aws:SourceArn": "arn:aws:sns:us-east-1:222222222222:topic" } },
      ),
    );
    expect([g.principal.id, g.classification, g.via]).toEqual([
      "arn:aws:iam::222222222222:root",
      "external",
      "sns.amazonaws.com",
    ]);
  });

  it("an unresolved aws:SourceAccount makes a service grant unresolved", () => {
    const g = only(
      allow(
        { Service: "s3.amazonaws.com" },
        { StringEquals: { "aws:SourceAccount": unresolved("var.src") } },
      ),
    );
    expect([g.principal.id, g.classification, g.unresolved, g.via]).toEqual([
      "arn:aws:iam::${var.src}:root",
      "unresolved",
      ["var.src"],
      "s3.amazonaws.com",
    ]);
  });

  it("aws:SourceAccount with IfExists does not narrow a service", () => {
    const g = only(
      allow(
        { Service: "s3.amazonaws.com" },
        { StringEqualsIfExists: { "aws:SourceAccount": "222222222222" } },
      ),
    );
    expect([g.classification, g.notes]).toEqual([
      "service",
      [
        "confusedDeputyRisk",
        "notNarrowing:StringEqualsIfExists aws:SourceAccount (the key is absent for some callers)",
      ],
    ]);
  });

  it("lambda:EventSourceToken narrows to an external party with unknown account", () => {
    const g = only(
      allow(
        { Service: "alexa-appkit.amazon.com" },
        { StringEquals: { "lambda:EventSourceToken": "amzn1.ask.skill.1" } },
      ),
    );
    expect(brief(g)).toEqual({
      type: "AWS",
      id: "lambda:EventSourceToken=amzn1.ask.skill.1",
      accountId: null,
      classification: "external",
      subkind: "event-source-token",
    });
    expect(g.via).toBe("alexa-appkit.amazon.com");
  });

  it("Bool aws:PrincipalIsAWSService true restricts * to AWS services", () => {
    const g = only(allow("*", { Bool: { "aws:PrincipalIsAWSService": "true" } }));
    expect(brief(g)).toEqual({
      type: "Service",
      id: "*",
      accountId: null,
      classification: "service",
      subkind: "any-service",
    });
  });
});

describe("§2.4 federated principals", () => {
  const trustCtx = ctx({ trustPolicy: true });
  const fed = (
    principal: string,
    condition?: Record<string, unknown>,
    action = "sts:AssumeRoleWithWebIdentity",
  ) =>
    policy({
      Effect: "Allow",
      Principal: { Federated: principal },
      Action: action,
      ...(condition ? { Condition: condition } : {}),
    });

  it("a SAML provider in a zone account is federated (gated) unless trusted.identity-providers names it", () => {
    const doc = fed(
      "arn:aws:iam::111111111111:saml-provider/Okta",
      { StringEquals: { "SAML:aud": "https://signin.aws.amazon.com/saml" } },
      "sts:AssumeRoleWithSAML",
    );
    expect(brief(only(doc, trustCtx))).toEqual({
      type: "Federated",
      id: "arn:aws:iam::111111111111:saml-provider/Okta",
      accountId: "111111111111",
      classification: "federated",
      subkind: "saml",
    });
    expect(only(doc, trustCtx).principal.provider).toBe("saml-provider/Okta");
    for (const entry of ["saml-provider/Okta", "okta", "arn:aws:iam::111111111111:saml-provider/*"]) {
      const trusted = only(doc, ctx({ trustPolicy: true }, { identityProviders: [entry] }));
      expect([entry, trusted.classification, trusted.subkind]).toEqual([
        entry,
        "internal",
        "federated-same-account",
      ]);
    }
    expect(
      only(doc, ctx({ trustPolicy: true }, { identityProviders: ["saml-provider/Other"] })).classification,
    ).toBe("federated");
  });

  it("a provider ARN in an account outside the zone is external", () => {
    const g = only(
      fed("arn:aws:iam::222222222222:saml-provider/Okta", undefined, "sts:AssumeRoleWithSAML"),
      trustCtx,
    );
    expect([g.classification, g.subkind, g.principal.accountId]).toEqual([
      "external",
      "federated",
      "222222222222",
    ]);
  });

  it("a provider with an unresolved account is unresolved", () => {
    const g = only(
      fed(
        `arn:aws:iam::${unresolved("var.idp_account")}:saml-provider/Okta`,
        undefined,
        "sts:AssumeRoleWithSAML",
      ),
      trustCtx,
    );
    expect([g.classification, g.unresolved]).toEqual(["unresolved", ["var.idp_account"]]);
  });

  it("a provider's users assume a role through its own STS action only: otherwise no grant, a note", () => {
    const github = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    const r = analyze(fed(github, undefined, "sts:AssumeRoleWithSAML"), trustCtx);
    expect(r.grants).toEqual([]);
    expect(r.notes).toContainEqual(expect.stringContaining("allows no sts:AssumeRoleWithWebIdentity"));
    expect(analyze(fed("arn:aws:iam::111111111111:saml-provider/Okta"), trustCtx).grants).toEqual([]);
    // sts:* and NotAction that spares it still admit.
    expect(only(fed(github, undefined, "sts:*"), trustCtx).classification).toBe("public");
  });

  it("an EKS IRSA provider in a zone account is federated per service account; internal when trusted", () => {
    const provider =
      "arn:aws:iam::111111111111:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE";
    const doc = fed(provider, {
      StringEquals: {
        "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub":
          "system:serviceaccount:ns:name",
      },
    });
    const g = only(doc, trustCtx);
    expect([g.classification, g.subkind, g.principal.id]).toEqual([
      "federated",
      "oidc",
      `${provider}#system:serviceaccount:ns:name`,
    ]);
    const trusted = only(
      doc,
      ctx({ trustPolicy: true }, { identityProviders: ["oidc.eks.us-east-1.amazonaws.com/id/*"] }),
    );
    expect([trusted.classification, trusted.subkind, trusted.principal.id]).toEqual([
      "internal",
      "federated-same-account",
      provider,
    ]);
    // Another cluster's provider with no sub condition: every pod of that cluster gets in.
    const other = only(fed(provider.replace("EXAMPLED5", "OTHERCL5")), trustCtx);
    expect([other.classification, other.principal.id]).toEqual([
      "federated",
      provider.replace("EXAMPLED5", "OTHERCL5"),
    ]);
  });

  it("GitHub OIDC: one grant per sub pattern; sub * and repo:* are public", () => {
    const provider = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    const gs = grants(
      fed(provider, {
        StringLike: {
          "token.actions.githubusercontent.com:sub": [
            "repo:acme/app:ref:refs/heads/main",
            "repo:other/*",
            "repo:*",
            "*",
          ],
        },
      }),
      ctx({ trustPolicy: true }, { githubOrgs: ["ACME"] }),
    );
    expect(gs.map((g) => [g.principal.id.slice(provider.length), g.classification, g.subkind])).toEqual([
      ["#repo:acme/app:ref:refs/heads/main", "internal", "github-org"],
      ["#repo:other/*", "federated", "github-oidc"],
      ["#repo:*", "public", "github-any-repo"],
      ["#*", "public", "github-any-repo"],
    ]);
  });

  it("GitHub OIDC: an owner with a wildcard is public; a negated sub does not narrow", () => {
    const provider = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    expect(
      only(
        fed(provider, { StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme*" } }),
        trustCtx,
      ).classification,
    ).toBe("public");
    const neg = only(
      fed(provider, { StringNotLike: { "token.actions.githubusercontent.com:sub": "repo:evil/*" } }),
      trustCtx,
    );
    expect([neg.principal.id, neg.classification]).toEqual([provider, "public"]);
  });

  it("an unknown provider reference: a positive condition on GitHub's sub key admits only GitHub tokens (T28)", () => {
    const g = only(
      fed(resourceRef("GithubOidc", "Ref"), {
        StringLike: { "token.actions.githubusercontent.com:sub": "repo:acme/*" },
      }),
      trustCtx,
    );
    expect(brief(g)).toEqual({
      type: "Federated",
      id: "${GithubOidc.Ref}#repo:acme/*",
      accountId: "${own-account}",
      classification: "federated",
      subkind: "github-oidc",
    });
  });

  it("a provider whose issuer is an input: unknown, unless a positive GitHub claim admits only GitHub tokens", () => {
    const provider = `arn:aws:iam::111111111111:oidc-provider/${unresolved("var.github_provider")}`;
    const bare = only(fed(provider), trustCtx);
    expect([bare.classification, bare.subkind, bare.notes]).toEqual([
      "federated",
      "oidc",
      expect.arrayContaining(["federatedProviderUnknown"]),
    ]);
    const anyRepo = only(
      fed(provider, { StringLike: { "token.actions.githubusercontent.com:sub": "repo:*" } }),
      trustCtx,
    );
    expect([anyRepo.classification, anyRepo.principal.provider, anyRepo.notes]).toEqual([
      "public",
      undefined,
      expect.arrayContaining(["federatedProviderFromKeys:token.actions.githubusercontent.com"]),
    ]);
    // An IfExists condition is no requirement: the provider stays unknown.
    const ifExists = only(
      fed(provider, { StringLikeIfExists: { "token.actions.githubusercontent.com:sub": "repo:acme/*" } }),
      trustCtx,
    );
    expect([ifExists.classification, ifExists.principal.id]).toEqual([
      "federated",
      "arn:aws:iam::111111111111:oidc-provider/${var.github_provider}",
    ]);
  });

  it("an unresolved sub pattern is unresolved", () => {
    const provider = "arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com";
    const g = only(
      fed(provider, { StringLike: { "token.actions.githubusercontent.com:sub": unresolved("var.subject") } }),
      trustCtx,
    );
    expect([g.principal.id, g.classification, g.unresolved]).toEqual([
      `${provider}#\${var.subject}`,
      "unresolved",
      ["var.subject"],
    ]);
  });

  it("Terraform Cloud without a sub condition is public, with one it is federated", () => {
    const provider = "arn:aws:iam::111111111111:oidc-provider/app.terraform.io";
    expect(only(fed(provider), trustCtx).classification).toBe("public");
    const g = only(
      fed(provider, {
        StringLike: { "app.terraform.io:sub": "organization:acme:project:*:workspace:*:run_phase:*" },
      }),
      trustCtx,
    );
    expect(g.classification).toBe("federated");
  });

  it("cognito-identity.amazonaws.com: aud narrows to federated; amr unauthenticated or no aud is public", () => {
    const aud = { StringEquals: { "cognito-identity.amazonaws.com:aud": "us-east-1:pool-id" } };
    expect(brief(only(fed("cognito-identity.amazonaws.com", aud), trustCtx))).toEqual({
      type: "Federated",
      id: "cognito-identity.amazonaws.com#us-east-1:pool-id",
      accountId: null,
      classification: "federated",
      subkind: "cognito",
    });
    const guest = only(
      fed("cognito-identity.amazonaws.com", {
        ...aud,
        "ForAnyValue:StringLike": { "cognito-identity.amazonaws.com:amr": "unauthenticated" },
      }),
      trustCtx,
    );
    expect([guest.classification, guest.subkind]).toEqual(["public", "cognito-unauthenticated"]);
    expect(only(fed("cognito-identity.amazonaws.com"), trustCtx).classification).toBe("public");
  });

  it.each([
    ["accounts.google.com", "accounts.google.com:aud"],
    ["graph.facebook.com", "graph.facebook.com:app_id"],
    ["www.amazon.com", "www.amazon.com:app_id"],
  ])("%s: public without %s, federated with it", (provider, key) => {
    expect(only(fed(provider), trustCtx).classification).toBe("public");
    const g = only(fed(provider, { StringEquals: { [key]: "app-1" } }), trustCtx);
    expect([g.principal.id, g.classification, g.subkind]).toEqual([
      `${provider}#app-1`,
      "federated",
      "web-identity",
    ]);
  });
});

describe("§2.6 CanonicalUser", () => {
  const id = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be";
  it("is external with an unknown account", () => {
    expect(brief(only(allow({ CanonicalUser: id })))).toEqual({
      type: "CanonicalUser",
      id,
      accountId: null,
      classification: "external",
      subkind: "canonical-user",
    });
  });
  it("is internal when listed as an own canonical id", () => {
    expect(only(allow({ CanonicalUser: id }), ctx({ ownCanonicalUserIds: [id] })).classification).toBe(
      "internal",
    );
  });
  it("is internal when something the configuration makes or looks up names it; an origin access identity made here too", () => {
    // data.aws_canonical_user_id.current.id; an OAI's S3CanonicalUserId, and its ARN built from its id.
    const own = resourceRef("data.aws_canonical_user_id.current", "id");
    const oai = resourceRef("EdgeIdentity", "S3CanonicalUserId");
    const oaiArn = `arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity ${resourceRef("EdgeIdentity", "")}`;
    const statement = (principal: unknown) => ({
      Effect: "Allow",
      Principal: principal,
      Action: "s3:GetObject",
      Resource: "*",
    });
    const doc = {
      Statement: [
        statement({ CanonicalUser: own }),
        statement({ CanonicalUser: oai }),
        statement({ AWS: oaiArn }),
      ],
    };
    expect(grants(doc).map((g) => [g.classification, g.subkind])).toEqual([
      ["internal", "own-canonical-user"],
      ["internal", "own-canonical-user"],
      ["internal", "self-resource"],
    ]);
    // Another identity's id written out stays CloudFront's, external (line 201 above); an
    // unknown value stays unresolved.
    expect(only(allow({ CanonicalUser: unresolved("var.reader") })).classification).toBe("unresolved");
  });
});

describe("§2.8 type and encoding traps", () => {
  it("a numeric account id is accepted and stringified (numericAccount)", () => {
    const g = only(allow({ AWS: 901234567812 }));
    expect([g.principal.id, g.principal.accountId, g.classification]).toEqual([
      "arn:aws:iam::901234567812:root",
      "901234567812",
      "external",
    ]);
    expect(g.notes).toContain("numericAccount");
  });

  it("a number that is not 12 digits is never padded: a malformed principal (policy error)", () => {
    const r = analyze(allow({ AWS: 12345678901 }));
    expect(r.grants).toEqual([]);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain('malformed principal "12345678901"');
    expect(r.errors[0]).toContain("(account id is not 12 digits)");
  });

  it("a 12-digit string with a leading zero stays as written", () => {
    expect(only(allow({ AWS: "012345678901" })).principal.id).toBe("arn:aws:iam::012345678901:root");
  });

  it("a numeric account id in a condition is accepted", () => {
    const g = only(
      allow({ Service: "s3.amazonaws.com" }, { StringEquals: { "aws:SourceAccount": 901234567812 } }),
    );
    expect([g.principal.id, g.classification]).toEqual(["arn:aws:iam::901234567812:root", "external"]);
  });

  it("whitespace around a principal is trimmed, inner spaces are kept", () => {
    const g = only(allow({ AWS: " arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E1 \n" }));
    expect(g.principal.id).toBe("arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E1");
  });

  it("non-string principal values are malformed principals (policy errors)", () => {
    const r = analyze(allow({ AWS: true }));
    expect(r.grants).toEqual([]);
    expect(r.errors[0]).toContain('malformed principal "true"');
  });

  it("a malformed principal beside a valid one: an error for it, the grant for the other", () => {
    const r = analyze(allow({ AWS: ["foo", "222222222222"] }));
    expect(r.grants.map((g) => [g.principal.id, g.classification])).toEqual([
      ["arn:aws:iam::222222222222:root", "external"],
    ]);
    expect(r.errors).toEqual([
      'Statement[0]: malformed principal "foo" at Statement[0].Principal.AWS[0] (not an account id or ARN): not an account id, ARN, service principal, "*" or canonical user; no grant',
    ]);
  });

  it("a principal with an unresolved part is never malformed: it stays unresolved", () => {
    const g = only(allow({ AWS: `${unresolved("var.role_name")}` }));
    expect(g.classification).toBe("unresolved");
  });
});

describe("normalizePrincipal", () => {
  it("returns kind, account, partition and unresolved expressions", () => {
    expect(normalizePrincipal("AWS", "arn:aws-cn:iam::123456789012:role/x")).toEqual({
      principal: { type: "AWS", id: "arn:aws-cn:iam::123456789012:role/x", accountId: "123456789012" },
      kind: "role",
      account: "123456789012",
      partition: "aws-cn",
      unresolved: [],
      accountField: "123456789012",
      notes: [],
    });
    const u = normalizePrincipal("AWS", `arn:aws:iam::${unresolved("var.x")}:root`);
    expect([u.principal.id, u.kind, u.account, u.unresolved]).toEqual([
      "arn:aws:iam::${var.x}:root",
      "account",
      "${var.x}",
      ["var.x"],
    ]);
    expect(normalizePrincipal("*", "*").principal).toEqual({ type: "Public", id: "*", accountId: null });
    expect(normalizePrincipal("auto", "s3.amazonaws.com").kind).toBe("service");
    expect(normalizePrincipal("Service", "*")).toMatchObject({ kind: "public", invalid: true });
  });

  it("never puts a raw token into id or accountId", () => {
    for (const v of [
      SELF_ACCOUNT,
      resourceRef("R", "Arn"),
      unresolved("var.x"),
      `arn:aws:iam::${SELF_ACCOUNT}:role/${unresolved("v")}`,
    ]) {
      for (const key of ["AWS", "Federated", "Service", "CanonicalUser"]) {
        const p = normalizePrincipal(key, v).principal;
        expect(p.id).not.toMatch(/[\uE000\uE001]/);
        expect(p.accountId ?? "").not.toMatch(/[\uE000\uE001]/);
      }
    }
  });
});

describe("paths", () => {
  it("Statement as a single object has no index", () => {
    const g = only({ Statement: { Effect: "Allow", Principal: { AWS: ["222222222222"] }, Action: "s3:*" } });
    expect(g.path).toEqual(["Statement", "Principal", "AWS", 0]);
    const single = only({
      Statement: { Effect: "Allow", Principal: { AWS: "222222222222" }, Action: "s3:*" },
    });
    expect(single.path).toEqual(["Statement", "Principal", "AWS"]);
  });

  it("every grant points at its principal value", () => {
    const gs = grants({
      Statement: [
        { Effect: "Allow", Principal: "*", Action: "s3:GetObject" },
        {
          Effect: "Allow",
          Principal: { AWS: ["222222222222", "333333333333"], Service: "s3.amazonaws.com" },
          Action: "s3:*",
        },
      ],
    });
    expect(gs.map((g) => g.path)).toEqual([
      ["Statement", 0, "Principal"],
      ["Statement", 1, "Principal", "AWS", 0],
      ["Statement", 1, "Principal", "AWS", 1],
      ["Statement", 1, "Principal", "Service"],
    ]);
  });
});
