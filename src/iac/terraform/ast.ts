/**
 * The syntax tree of the HCL expression language. `s`/`e` are offsets into `src`, the text the
 * node was parsed from (an hcl2json expression string, a template file), for messages and for
 * naming unresolved values.
 */

interface Span {
  src: string;
  s: number;
  e: number;
}

export type LiteralValue = string | number | boolean | null;

export type Expr =
  | (Span & { k: "lit"; value: LiteralValue })
  | (Span & { k: "template"; parts: TemplatePart[] })
  | (Span & { k: "var"; name: string })
  | (Span & { k: "attr"; obj: Expr; name: string })
  | (Span & { k: "index"; obj: Expr; key: Expr })
  | (Span & { k: "splat"; obj: Expr; each: Expr })
  | (Span & { k: "splatItem" })
  | (Span & { k: "call"; name: string; args: Expr[]; expand: boolean })
  | (Span & { k: "tuple"; items: Expr[] })
  | (Span & { k: "object"; items: ObjectItem[] })
  | (Span & ForExpr)
  | (Span & { k: "cond"; cond: Expr; a: Expr; b: Expr })
  | (Span & { k: "binary"; op: BinaryOp; l: Expr; r: Expr })
  | (Span & { k: "unary"; op: "!" | "-"; x: Expr })
  | (Span & { k: "paren"; x: Expr });

export interface ForExpr {
  k: "for";
  keyVar: string | null;
  valVar: string;
  coll: Expr;
  keyExpr: Expr | null;
  valExpr: Expr;
  cond: Expr | null;
  group: boolean;
  object: boolean;
}

export interface ObjectItem {
  /** A bare identifier key is a literal string; any other key is an expression. */
  key: Expr;
  value: Expr;
}

export type BinaryOp = "||" | "&&" | "==" | "!=" | "<" | ">" | "<=" | ">=" | "+" | "-" | "*" | "/" | "%";

export type TemplatePart =
  | { k: "text"; text: string }
  | { k: "interp"; expr: Expr }
  | { k: "if"; cond: Expr; then: TemplatePart[]; else: TemplatePart[] }
  | { k: "for"; keyVar: string | null; valVar: string; coll: Expr; body: TemplatePart[] };

export function sourceOf(node: Expr): string {
  return node.src.slice(node.s, node.e).trim();
}
