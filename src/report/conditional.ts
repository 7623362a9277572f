/**
 * A grant's `conditional` for a reader. CloudFormation says it in words already ("when Env =
 * \"dev\""); the grant dedupe joins the conditions of one grant found in several records with
 * " | ", which reads as "or". Other readers' conditions are expressions: "only if <expression>".
 */
export function conditionPhrase(conditional: string): { lead: string; text: string } {
  const parts = conditional.split(" | ");
  if (!parts.every((p) => p.startsWith("when "))) return { lead: "only if", text: conditional };
  const bare = parts.map((p) => p.slice("when ".length));
  const text =
    bare.length === 1 ? (bare[0] ?? "") : bare.map((b) => (b.includes(" or ") ? `(${b})` : b)).join(" or ");
  return { lead: "when", text };
}
