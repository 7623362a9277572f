// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is CloudFormation Sub, written literally
/**
 * Open parameters (design.md, "What the code decides, and what the deploy decides"): a parameter
 * that --cfn-parameters does not give and that decides a condition, an Fn::If, a resource
 * Condition or a mapping key counts with every value the template names; its Default is a guess.
 * Given values decide exactly.
 */
import { describe, expect, test } from "vitest";
import { parseParametersFile, readTemplate } from "../../src/iac/cloudformation/index.js";
import { conditionPhrase } from "../../src/model/variants.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";
import { fixtureFiles, grantsOf, read, variants } from "./helpers.js";

type Parameters = Record<string, string | string[]>;

/** Grants as [address, principal, conditional] rows, for hand-written expectations. */
function rows(name: string, parameters?: Parameters): unknown[][] {
  const result = read(name, "template.yaml", parameters ? { parameters } : {});
  expect(result.errors).toEqual([]);
  const { grants, errors } = grantsOf(result);
  expect(errors).toEqual([]);
  for (const g of grants) expect(g.classification).toBe("external");
  return grants.map((g) => [g.resource.address, g.principal.id, g.conditional]);
}

const US = "arn:aws:iam::464622532012:root";
const AP1 = "arn:aws:iam::417141415827:root";
const US_OR_EU = 'DatadogSite = "datadoghq.com" or DatadogSite = "datadoghq.eu"';

describe("Fn::If and a resource Condition over defaulted parameters", () => {
  test("the branch only a non-default AllowedValues entry reaches is reported, conditional on it", () => {
    expect(rows("open-if")).toEqual([
      ["IntegrationRole", US, `when ${US_OR_EU}`],
      ["IntegrationRole", AP1, 'when DatadogSite = "ap1.datadoghq.com"'],
      // EnableAudit defaults to "false": the Condition (built from two conditions) still counts.
      ["AuditRole", "arn:aws:iam::999999999999:root", `when EnableAudit = "true" and (${US_OR_EU})`],
    ]);
  });

  test("with --cfn-parameters the choice is exact and the other branches are not reported", () => {
    const parsed = parseParametersFile(fixtureFiles("open-if")["params.json"] ?? "", "params.json");
    if (!("parameters" in parsed)) throw new Error(parsed.error);
    expect(rows("open-if", parsed.parameters)).toEqual([
      ["IntegrationRole", US, undefined],
      ["AuditRole", "arn:aws:iam::999999999999:root", undefined],
    ]);
    expect(rows("open-if", { DatadogSite: "ap1.datadoghq.com", EnableAudit: "true" })).toEqual([
      ["IntegrationRole", AP1, undefined],
    ]);
    const result = read("open-if", "template.yaml", {
      parameters: { DatadogSite: "ap1.datadoghq.com", EnableAudit: "true" },
    });
    expect(result.notes).toEqual([
      "template.yaml: AuditRole is not created (condition AuditOutsideAP1 is false)",
    ]);
  });

  test("the Rules section (rule functions in short form) is read without error", () => {
    expect(read("open-if").errors).toEqual([]);
  });
});

describe("Fn::FindInMap keyed by parameters", () => {
  test("every key counts: the row only a non-default value reaches, and the DefaultValue for other values", () => {
    expect(rows("open-find-in-map")).toEqual([
      ["BucketPolicy", US, `when ${US_OR_EU}`],
      ["BucketPolicy", AP1, 'when DatadogSite = "ap1.datadoghq.com"'],
      ["QueuePolicy", "arn:aws:iam::222222222222:root", 'when Stage = "prod"'],
      ["QueuePolicy", "arn:aws:iam::333333333333:root", 'when Stage = "dev"'],
      ["QueuePolicy", "arn:aws:iam::777777777777:root", "when Stage is another value"],
    ]);
  });

  test("given values pick one row; a value the mapping lacks takes the DefaultValue", () => {
    expect(rows("open-find-in-map", { DatadogSite: "ap1.datadoghq.com", Stage: "qa" })).toEqual([
      ["BucketPolicy", AP1, undefined],
      ["QueuePolicy", "arn:aws:iam::777777777777:root", undefined],
    ]);
  });
});

describe("one grant in several records of a resource", () => {
  test("says when it exists for those records together; in every variant, it is unconditional", () => {
    const { grants } = grantsOf(read("conditions"));
    // Role gives five records (its tags differ); the trust in 222222222222 is in those with Trusted = "yes".
    expect(grants.find((g) => g.principal.accountId === "222222222222")?.conditional).toBe(
      'when Trusted = "yes"',
    );
    const service = grants.filter(
      (g) => g.resource.address === "Role" && g.principal.id === "lambda.amazonaws.com",
    );
    expect(service.map((g) => g.conditional)).toEqual([undefined]);
  });
});

describe("reports", () => {
  test("a condition in words reads as it is; the dedupe's alternatives read as or; others stay expressions", () => {
    expect(conditionPhrase('when DatadogSite = "ap1.datadoghq.com"')).toEqual({
      lead: "when",
      text: 'DatadogSite = "ap1.datadoghq.com"',
    });
    expect(conditionPhrase('when A = "x" | when B = "y" or B = "z"')).toEqual({
      lead: "when",
      text: 'A = "x" or (B = "y" or B = "z")',
    });
    expect(conditionPhrase("var.enabled (true branch)")).toEqual({
      lead: "only if",
      text: "var.enabled (true branch)",
    });
  });
});

/** One template given as text (YAML), read like a fixture. */
function readText(text: string, parameters?: Parameters) {
  return readTemplate(memorySnapshot({ "t.yaml": text }), "t.yaml", parameters ? { parameters } : {});
}

const ROLE = (principal: string) => `
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: ${principal} }
            Action: sts:AssumeRole`;

describe("choices", () => {
  test('a parameter compared with "" also takes another value: the non-empty branch is reached', () => {
    const result = readText(`
Parameters:
  Partner: { Type: String, Default: "" }
Conditions:
  HasPartner: !Not [!Equals [!Ref Partner, ""]]
Resources:${ROLE('!If [HasPartner, !Ref Partner, "arn:aws:iam::222222222222:root"]')}
`);
    expect(
      variants(result, "Role").map((r) => [
        r.conditional,
        JSON.stringify(r.properties).includes("Ref Partner"),
      ]),
    ).toEqual([
      ['when Partner = ""', false],
      ["when Partner is another value", true],
    ]);
  });

  test("an empty Default supplies no value: an account built from it is unresolved, naming the parameter", () => {
    const result = readText(`
Parameters:
  CustomAccount: { Type: String, Default: "" }
Resources:${ROLE('!Sub "arn:aws:iam::${CustomAccount}:root"')}
`);
    expect(result.errors).toEqual([]);
    expect(grantsOf(result).grants.map((g) => [g.principal.id, g.classification])).toEqual([
      ["arn:aws:iam::${Ref CustomAccount}:root", "unresolved"],
    ]);
  });

  test("an unconditional rule restricts a parameter like AllowedValues; a rule under a RuleCondition does not", () => {
    const template = (ruleCondition: string) => `
Parameters:
  Env: { Type: String, Default: dev }
Rules:
  ProdOnly:${ruleCondition}
    Assertions:
      - Assert: !Contains [[prod], !Ref Env]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:${ROLE('!If [IsProd, "333333333333", "444444444444"]')}
`;
    const principals = (text: string) =>
      grantsOf(readText(text)).grants.map((g) => [g.principal.accountId, g.conditional]);
    expect(principals(template(""))).toEqual([["333333333333", undefined]]);
    expect(principals(template("\n    RuleCondition: !Equals [!Ref AWS::Region, us-east-1]"))).toEqual([
      ["444444444444", 'when Env = "dev" or Env is another value'],
      ["333333333333", 'when Env = "prod"'],
    ]);
  });

  test("a second-level mapping key from a parameter without a Default covers every key of that level", () => {
    const result = readText(`
Parameters:
  Tier: { Type: String }
Mappings:
  Accounts:
    prod: { gold: "333333333333", silver: "444444444444" }
    dev: { gold: "555555555555" }
Resources:${ROLE("!FindInMap [Accounts, prod, !Ref Tier]")}
`);
    expect(result.errors).toEqual([]);
    expect(grantsOf(result).grants.map((g) => [g.principal.accountId, g.conditional])).toEqual([
      ["333333333333", 'when Tier = "gold"'],
      ["444444444444", 'when Tier = "silver"'],
    ]);
  });

  test("a resource that only uses a deciding parameter as a value takes its Default there, undivided", () => {
    const result = readText(`
Parameters:
  Partner: { Type: String, Default: "123456789012" }
Conditions:
  HasPartner: !Not [!Equals [!Ref Partner, ""]]
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Condition: HasPartner${ROLE("!Ref Partner")}
`);
    expect(result.resources.map((r) => [r.address, r.conditional])).toEqual([
      ["Topic", 'when Partner = "123456789012" or Partner is another value'],
      ["Role", undefined],
    ]);
    expect(grantsOf(result).grants.map((g) => g.principal.id)).toEqual(["arn:aws:iam::123456789012:root"]);
  });

  test("one choice per parameter in a variant: its Ref in a value agrees with the condition", () => {
    const result = readText(`
Parameters:
  Account: { Type: String, Default: "555555555555", AllowedValues: ["555555555555", "666666666666"] }
Conditions:
  IsFirst: !Equals [!Ref Account, "555555555555"]
Resources:${ROLE('!If [IsFirst, !Sub "arn:aws:iam::${Account}:root", !Join ["", ["arn:aws:iam::", !Ref Account, ":user/x"]]]')}
`);
    expect(grantsOf(result).grants.map((g) => [g.principal.id, g.conditional])).toEqual([
      ["arn:aws:iam::555555555555:root", 'when Account = "555555555555"'],
      ["arn:aws:iam::666666666666:user/x", 'when Account = "666666666666"'],
    ]);
  });
});

describe("AWS::Partition decides like an open parameter", () => {
  test("a mapping keyed by the partition and a condition on it: every partition the template names", () => {
    expect(rows("open-partition")).toEqual([
      ["IntegrationRole", "arn:aws:iam::410120250101:root", 'when AWS::Partition = "aws"'],
      ["IntegrationRole", "arn:aws-us-gov:iam::520230360202:root", 'when AWS::Partition = "aws-us-gov"'],
      ["IntegrationRole", "arn:aws-cn:iam::630340470303:root", 'when AWS::Partition = "aws-cn"'],
      ["AuditRole", "arn:aws-us-gov:iam::740450580404:root", 'when AWS::Partition = "aws-us-gov"'],
      // Only an ARN built from it: the partition decides nothing, one grant.
      ["OwnRole", "arn:aws:iam::850560690505:root", undefined],
    ]);
  });
});

describe("AWS::Region where a condition or a mapping key reads it", () => {
  test("a resource only deployed in one region is still reported, and a mapping keyed by region gives every entry", () => {
    const template = `AWSTemplateFormatVersion: "2010-09-09"
Mappings:
  Collector:
    us-east-1: { Account: "111122223333" }
    eu-west-1: { Account: "444455556666" }
Conditions:
  InFrankfurt: !Equals [!Ref AWS::Region, eu-central-1]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Action: sts:AssumeRole
            Principal: { AWS: !Sub ["arn:aws:iam::\${A}:root", { A: !FindInMap [Collector, !Ref AWS::Region, Account] }] }
  FrankfurtRole:
    Type: AWS::IAM::Role
    Condition: InFrankfurt
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Action: sts:AssumeRole
            Principal: { AWS: "arn:aws:iam::777788889999:root" }
`;
    const result = readTemplate(memorySnapshot({ "t.yaml": template }), "t.yaml", {});
    expect(result.errors).toEqual([]);
    const { grants } = grantsOf(result);
    expect(grants.map((g) => [g.resource.address, g.principal.id])).toEqual([
      ["Role", "arn:aws:iam::111122223333:root"],
      ["Role", "arn:aws:iam::444455556666:root"],
      ["FrankfurtRole", "arn:aws:iam::777788889999:root"],
    ]);
  });
});
