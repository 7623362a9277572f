// biome-ignore-all lint/suspicious/noTemplateCurlyInString: rendered tokens are written ${...}
import { describe, expect, test } from "vitest";
import { grantsOf, read } from "./helpers.js";

/**
 * Each grant of a template points at the line of its principal: the list item that holds a Ref,
 * Fn::If branch, Fn::FindInMap or Fn::ImportValue; the line inside a literal !Sub block; the
 * policy property when the principal is computed into a one-line string; the resource when the
 * policy is CloudFormation's default. The same template in YAML and JSON.
 */
const YAML = [
  ["Role", "arn:aws:iam::222222222222:root", "external", 23],
  ["Role", "arn:aws:iam::555555555555:root", "external", 24],
  ["Role", "arn:aws:iam::333333333333:root", "external", 25],
  ["Role", "${Fn::ImportValue vendor-account}", "unresolved", 26],
  ["Role", "arn:aws:iam::666666666666:root", "external", 24],
  ["Role", "arn:aws:iam::444444444444:root", "external", 25],
  ["TopicPolicy", "arn:aws:iam::222222222222:root", "external", 38],
  ["TopicPolicy", "arn:aws:iam::777777777777:root", "external", 43],
  ["Key", "arn:aws:iam::${own-account}:root", "internal", 48],
];

const JSON_LINES = [
  ["Role", "arn:aws:iam::222222222222:root", "external", 42],
  ["Role", "arn:aws:iam::555555555555:root", "external", 48],
  ["Role", "arn:aws:iam::333333333333:root", "external", 52],
  ["Role", "${Fn::ImportValue vendor-account}", "unresolved", 61],
  ["Role", "arn:aws:iam::666666666666:root", "external", 49],
  ["Role", "arn:aws:iam::444444444444:root", "external", 52],
  // A one-line Fn::Sub string: a literal account at the string's line, a computed one at the property.
  ["TopicPolicy", "arn:aws:iam::222222222222:root", "external", 83],
  ["TopicPolicy", "arn:aws:iam::777777777777:root", "external", 84],
  ["Key", "arn:aws:iam::${own-account}:root", "internal", 88],
];

describe("grant lines, YAML and JSON alike", () => {
  test.each([
    ["template.yaml", YAML],
    ["template.json", JSON_LINES],
  ])("%s", (file, expected) => {
    const result = read("grant-lines", file);
    expect(result.errors).toEqual([]);
    const { grants, errors } = grantsOf(result);
    expect(errors).toEqual([]);
    expect(
      grants.map((g) => [g.resource.address, g.principal.id, g.classification, g.resource.line]),
    ).toEqual(expected);
    // Both branches of Fn::If on an open parameter are reported, each labelled with its value.
    expect(grants.find((g) => g.principal.accountId === "555555555555")?.conditional).toContain(
      'Env = "prod"',
    );
    expect(grants.find((g) => g.principal.accountId === "666666666666")?.conditional).toContain(
      "Env is another value",
    );
    expect(grants.find((g) => g.principal.accountId === "444444444444")?.conditional).toContain(
      'AWS::Region = "eu-west-1"',
    );
  });
});
