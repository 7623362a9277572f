// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub text is written with ${...}
import { describe, expect, test } from "vitest";
import { collectExports, readTemplate } from "../../src/iac/cloudformation/index.js";
import { resourceRef, unresolved } from "../../src/model/symbolic.js";
import { fixture, only } from "./helpers.js";

const FILES = ["exporter.yaml", "relay.json", "importer.yaml"];

describe("collectExports and Fn::ImportValue", () => {
  test("exports across templates, chained through imports; cycles and ambiguous names stay unknown", () => {
    const exports = collectExports(fixture("import-value"), FILES);
    expect(Object.fromEntries(exports)).toEqual({
      "shared-partner": "222222222222",
      "shared-role-arn": resourceRef("Role", "Arn"),
      relay: "222222222222",
      chained: "222222222222",
      dup: unresolved("Fn::ImportValue dup"),
      loop1: unresolved("Fn::ImportValue loop1"),
      loop2: unresolved("Fn::ImportValue loop2"),
    });
  });

  test("parameters per template change what is exported; a known stack name resolves Sub names", () => {
    const exports = collectExports(fixture("import-value"), FILES, (file) =>
      file === "exporter.yaml" ? { parameters: { Partner: "333333333333" }, stack: "Net" } : {},
    );
    expect(exports.get("shared-partner")).toBe("333333333333");
    expect(exports.get("chained")).toBe("333333333333");
    expect(exports.get("Net-x")).toBe("x");
  });

  test("the importing template resolves from the collected exports", () => {
    const snapshot = fixture("import-value");
    const exports = collectExports(snapshot, FILES);
    const result = readTemplate(snapshot, "importer.yaml", { exports });
    expect(result.errors).toEqual([]);
    const policy = only(result, "SecretPolicy").properties.ResourcePolicy as {
      Statement: { Principal: { AWS: unknown } }[];
    };
    expect(policy.Statement[0]?.Principal.AWS).toEqual([
      "222222222222",
      resourceRef("Role", "Arn"),
      "222222222222",
      unresolved("Fn::ImportValue dup"),
      unresolved("Fn::ImportValue not-exported"),
      unresolved("Fn::ImportValue ${AWS::StackName}-x"),
      unresolved("Fn::ImportValue loop1"),
    ]);
  });

  test("without exports every import is an unresolved token naming the export", () => {
    const result = readTemplate(fixture("import-value"), "importer.yaml");
    const policy = only(result, "SecretPolicy").properties.ResourcePolicy as {
      Statement: { Principal: { AWS: unknown[] } }[];
    };
    expect(policy.Statement[0]?.Principal.AWS[0]).toBe(unresolved("Fn::ImportValue shared-partner"));
  });

  test("unreadable files are skipped", () => {
    expect(collectExports(fixture("import-value"), ["missing.yaml"]).size).toBe(0);
  });
});
