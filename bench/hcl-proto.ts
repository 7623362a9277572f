// A prototype of a dedicated HCL parser, for measurement only (bench/hcl2json-cost.mjs): the
// structure of a file (blocks, labels, arguments, with positions) from the reader's own position
// scanner, and every argument's expression parsed into the reader's AST by its own Pratt parser.
// That is the work a parser written here would do; what it lacks (diagnostics as good as
// hcl2json's, every corner of the grammar) costs little time. Not used by the product.
import type { Expr } from "../src/iac/terraform/ast.js";
import { parseExpression } from "../src/iac/terraform/parser.js";
import { scanHcl } from "../src/iac/terraform/positions.js";
import type { TfAttribute as ScannedAttribute, TfBlock as ScannedBlock } from "../src/iac/terraform/tree.js";

export interface ProtoBody {
  attributes: { name: string; line: number; value: Expr | null }[];
  blocks: { type: string; labels: string[]; line: number; body: ProtoBody }[];
}

export interface ProtoResult {
  body: ProtoBody;
  /** Arguments whose expression the prototype could not parse (left null). */
  failures: number;
}

export function parseHclProto(text: string): ProtoResult {
  const scan = scanHcl(text);
  let failures = 0;
  const attribute = (a: ScannedAttribute) => {
    let eq = a.start + a.name.length;
    while (eq < a.end && text[eq] !== "=") eq++;
    let value: Expr | null = null;
    try {
      value = parseExpression(text.slice(eq + 1, a.end));
    } catch {
      failures++;
    }
    return { name: a.name, line: a.line, value };
  };
  const body = (attributes: ScannedAttribute[], blocks: ScannedBlock[]): ProtoBody => ({
    attributes: attributes.map(attribute),
    blocks: blocks.map((b) => ({
      type: b.type,
      labels: b.labels,
      line: b.line,
      body: body(b.attributes, b.blocks),
    })),
  });
  return { body: body(scan.attributes, scan.blocks), failures };
}
