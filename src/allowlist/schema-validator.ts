/**
 * The allowlist schema's validator, compiled by Ajv when the module loads. The bundle (scripts/build.mjs)
 * replaces this module with the same validator generated ahead of time by Ajv's standalone code
 * from the same schema and options, so a run of the action or the CLI neither compiles the schema
 * (~40 ms) nor loads Ajv's compiler.
 */
import { Ajv, type ValidateFunction } from "ajv";
import schema from "../../schema/allowlist.schema.json" with { type: "json" };

/** Ajv's options; scripts/build.mjs generates the bundled validator with the same ones. */
export const ALLOWLIST_AJV_OPTIONS = { allErrors: true, strict: false } as const;

/** Compiled when this module loads: only in src/ (tests), as the bundle replaces the module. */
const validator: ValidateFunction = new Ajv(ALLOWLIST_AJV_OPTIONS).compile(schema);

export function allowlistSchemaValidator(): ValidateFunction {
  return validator;
}
