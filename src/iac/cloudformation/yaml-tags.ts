/**
 * CloudFormation short-form tags for the `yaml` library. Each tag is registered for scalars,
 * sequences and mappings. Collections use node classes whose toJSON wraps the value in its long
 * form, so `toJS()` yields long-form JSON while the tree keeps its ranges (a `resolve` function on
 * collections would lose the lines inside them).
 */
import { type CollectionTag, type ScalarTag, YAMLMap, YAMLSeq } from "yaml";
import { lazyConstant } from "../../model/lazy.js";

/** Short-form tag name (without "!") -> long-form key. */
export const SHORT_FORMS: Readonly<Record<string, string>> = {
  Ref: "Ref",
  Condition: "Condition",
  Sub: "Fn::Sub",
  GetAtt: "Fn::GetAtt",
  If: "Fn::If",
  Join: "Fn::Join",
  Select: "Fn::Select",
  Split: "Fn::Split",
  FindInMap: "Fn::FindInMap",
  ImportValue: "Fn::ImportValue",
  Base64: "Fn::Base64",
  Cidr: "Fn::Cidr",
  GetAZs: "Fn::GetAZs",
  Equals: "Fn::Equals",
  And: "Fn::And",
  Or: "Fn::Or",
  Not: "Fn::Not",
  Transform: "Fn::Transform",
  ToJsonString: "Fn::ToJsonString",
  Length: "Fn::Length",
  // Rule functions: they only appear in a template's Rules section.
  Contains: "Fn::Contains",
  EachMemberEquals: "Fn::EachMemberEquals",
  EachMemberIn: "Fn::EachMemberIn",
  RefAll: "Fn::RefAll",
  ValueOf: "Fn::ValueOf",
  ValueOfAll: "Fn::ValueOfAll",
};

/** Long-form key of a short-form tag ("!Sub" -> "Fn::Sub"), or undefined for other tags. */
export function longFormOf(tag: string | undefined): string | undefined {
  if (!tag?.startsWith("!")) return undefined;
  return Object.hasOwn(SHORT_FORMS, tag.slice(1)) ? SHORT_FORMS[tag.slice(1)] : undefined;
}

/** Argument of a scalar short form: `!GetAtt A.B.C` is ["A", "B.C"] (split at the first dot). */
export function scalarArgument(longForm: string, text: string): unknown {
  if (longForm === "Fn::GetAtt") {
    const dot = text.indexOf(".");
    return dot < 0 ? [text] : [text.slice(0, dot), text.slice(dot + 1)];
  }
  return text;
}

type ToJSContext = Parameters<YAMLSeq["toJSON"]>[1];

/**
 * The tags, built on first use: their node classes extend yaml's, and the bundle loads yaml when
 * it is first used (scripts/build.mjs), so that a run without YAML does not load it at start-up.
 */
export const cfnTags = lazyConstant((): (ScalarTag | CollectionTag)[] => {
  class IntrinsicSeq extends YAMLSeq {
    override toJSON(arg?: unknown, ctx?: ToJSContext): unknown[] {
      const value = super.toJSON(arg, ctx);
      const key = longFormOf(this.tag);
      // The long form is an object; the base signature says array, but toJS passes it through as is.
      return (key ? { [key]: value } : value) as unknown[];
    }
  }

  class IntrinsicMap extends YAMLMap {
    // biome-ignore lint/suspicious/noExplicitAny: matches the base class signature
    override toJSON(arg?: unknown, ctx?: ToJSContext): any {
      const value: unknown = super.toJSON(arg, ctx);
      const key = longFormOf(this.tag);
      return key ? { [key]: value } : value;
    }
  }

  const tagsFor = (name: string, longForm: string): (ScalarTag | CollectionTag)[] => {
    const tag = `!${name}`;
    return [
      { tag, resolve: (text: string) => ({ [longForm]: scalarArgument(longForm, text) }) },
      { tag, collection: "seq", nodeClass: IntrinsicSeq },
      { tag, collection: "map", nodeClass: IntrinsicMap },
    ];
  };

  return Object.entries(SHORT_FORMS).flatMap(([name, longForm]) => tagsFor(name, longForm));
});
