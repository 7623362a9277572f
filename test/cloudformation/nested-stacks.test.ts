// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub text is written with ${...}
import { describe, expect, test } from "vitest";
import { resourceRef } from "../../src/model/symbolic.js";
import { grantRows, grantsOf, only, read } from "./helpers.js";

describe("nested stacks: parameters bound from the parent, outputs read back", () => {
  const result = read("nested-stack", "infra/parent.yaml");

  test("each nested resource is read once per stack resource, its address prefixed by the stack's", () => {
    expect(result.resources.map((r) => [r.address, r.file, r.line, r.unit])).toEqual([
      ["Local", "infra/parent.yaml", 7, "infra/parent.yaml"],
      ["Missing", "infra/parent.yaml", 13, "infra/parent.yaml"],
      ["Escapes", "infra/parent.yaml", 17, "infra/parent.yaml"],
      ["Absolute", "infra/parent.yaml", 21, "infra/parent.yaml"],
      ["Remote", "infra/parent.yaml", 25, "infra/parent.yaml"],
      ["VendorStack", "infra/parent.yaml", 29, "infra/parent.yaml"],
      ["Bucket", "infra/parent.yaml", 35, "infra/parent.yaml"],
      ["BucketPolicy", "infra/parent.yaml", 37, "infra/parent.yaml"],
      ["Local/Role", "infra/children/child.yaml", 6, "infra/parent.yaml"],
      ["Local/Grand", "infra/children/child.yaml", 14, "infra/parent.yaml"],
      ["Local/Grand/Topic", "infra/grand/grandchild.yaml", 9, "infra/parent.yaml"],
      ["Local/Grand/TopicPolicy", "infra/grand/grandchild.yaml", 11, "infra/parent.yaml"],
      ["VendorStack/Role", "infra/children/child.yaml", 6, "infra/parent.yaml"],
      ["VendorStack/Grand", "infra/children/child.yaml", 14, "infra/parent.yaml"],
      ["VendorStack/Grand/Topic", "infra/grand/grandchild.yaml", 9, "infra/parent.yaml"],
      ["VendorStack/Grand/TopicPolicy", "infra/grand/grandchild.yaml", 11, "infra/parent.yaml"],
    ]);
    // References inside a nested stack name its resources the way their records do.
    expect(only(result, "Local/Grand/TopicPolicy").properties.Topics).toEqual([
      resourceRef("Local/Grand/Topic", "Ref"),
    ]);
  });

  test("grants: parent parameters (literal, Ref with Default) reach children and grandchildren; outputs reach the parent", () => {
    const { grants, errors } = grantsOf(result);
    expect(errors).toEqual([]);
    expect(
      grants.map((g) => [
        g.resource.file,
        g.resource.address,
        g.resource.target,
        g.principal.id,
        g.classification,
        g.resource.line,
      ]),
    ).toEqual([
      // Nested stacks whose template is not in the repository: unresolved, never dropped.
      [
        "infra/parent.yaml",
        "Missing",
        "Missing",
        "${TemplateURL children/missing.yaml (not in the repository)}",
        "unresolved",
        16,
      ],
      [
        "infra/parent.yaml",
        "Escapes",
        "Escapes",
        "${TemplateURL ../../../etc/passwd (outside the repository)}",
        "unresolved",
        20,
      ],
      [
        "infra/parent.yaml",
        "Absolute",
        "Absolute",
        "${TemplateURL /etc/passwd (outside the repository)}",
        "unresolved",
        24,
      ],
      [
        "infra/parent.yaml",
        "Remote",
        "Remote",
        "${TemplateURL https://s3.amazonaws.com/bucket/child.yaml}",
        "unresolved",
        28,
      ],
      ["infra/parent.yaml", "BucketPolicy", "Bucket", "${Local/Role.Arn}", "internal", 46],
      ["infra/parent.yaml", "BucketPolicy", "Bucket", "arn:aws:iam::333333333333:root", "external", 47],
      [
        "infra/children/child.yaml",
        "Local/Role",
        "Local/Role",
        "arn:aws:iam::222222222222:root",
        "external",
        12,
      ],
      [
        "infra/grand/grandchild.yaml",
        "Local/Grand/TopicPolicy",
        "Local/Grand/Topic",
        "arn:aws:iam::222222222222:root",
        "external",
        20,
      ],
      [
        "infra/grand/grandchild.yaml",
        "Local/Grand/TopicPolicy",
        "Local/Grand/Topic",
        "arn:aws:iam::444444444444:root",
        "external",
        21,
      ],
      [
        "infra/children/child.yaml",
        "VendorStack/Role",
        "VendorStack/Role",
        "arn:aws:iam::333333333333:root",
        "external",
        12,
      ],
      [
        "infra/grand/grandchild.yaml",
        "VendorStack/Grand/TopicPolicy",
        "VendorStack/Grand/Topic",
        "arn:aws:iam::333333333333:root",
        "external",
        20,
      ],
      [
        "infra/grand/grandchild.yaml",
        "VendorStack/Grand/TopicPolicy",
        "VendorStack/Grand/Topic",
        "arn:aws:iam::444444444444:root",
        "external",
        21,
      ],
    ]);
  });

  test("--cfn-parameters reach the parent and, through it, the children", () => {
    const r = read("nested-stack", "infra/parent.yaml", {
      parameters: { Vendor: "888888888888", Partner: "999999999999" },
    });
    const rows = grantRows(grantsOf(r).grants).filter(
      (g) => g.address.startsWith("VendorStack/Role") || g.address.startsWith("Local/Role"),
    );
    expect(rows.map((g) => [g.address, g.principal])).toEqual([
      ["Local/Role", "arn:aws:iam::222222222222:root"],
      ["VendorStack/Role", "arn:aws:iam::888888888888:root"],
    ]);
  });

  test("SAM nested applications with a local Location are read like nested stacks", () => {
    const r = read("nested-stack", "infra/sam-app.yaml");
    expect(r.errors).toEqual([]);
    expect(grantRows(grantsOf(r).grants)).toEqual([
      // An application from the Serverless Application Repository cannot be seen.
      {
        address: "FromRepository",
        classification: "unresolved",
        line: 13,
        principal: "${Location arn:aws:serverlessrepo:us-east-1:123456789012:applications/x@1.0.0}",
      },
      {
        address: "Shared/Role",
        principal: "arn:aws:iam::666666666666:root",
        classification: "external",
        line: 12,
      },
      {
        address: "Shared/Grand/TopicPolicy",
        principal: "arn:aws:iam::666666666666:root",
        classification: "external",
        line: 20,
      },
      {
        address: "Shared/Grand/TopicPolicy",
        principal: "arn:aws:iam::444444444444:root",
        classification: "external",
        line: 21,
      },
    ]);
  });

  test("a template that includes itself, and parameters fed by the stack's own outputs, are errors; the rest is read", () => {
    const r = read("nested-cycle", "a.yaml");
    expect(r.errors).toEqual([
      {
        file: "a.yaml",
        line: 19,
        message: "circular reference: the parameters of nested stack Self depend on its own outputs",
      },
      {
        file: "b.yaml",
        line: 3,
        message: "nested stack A includes a.yaml, which includes it again: not followed",
      },
    ]);
    expect(grantRows(grantsOf(r).grants)).toEqual([
      {
        address: "QueuePolicy",
        principal: "${Fn::GetAtt Self.Outputs.Who}",
        classification: "unresolved",
        line: 16,
      },
      {
        address: "B/Role",
        principal: "arn:aws:iam::777777777777:root",
        classification: "external",
        line: 13,
      },
    ]);
  });
});
