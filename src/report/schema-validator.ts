/**
 * The report schema's validator (schema/report.schema.json), for `merge`, which reads reports
 * written by other runs. Compiled by Ajv when the module loads; the bundle (scripts/build.mjs) replaces this
 * module with the validator Ajv generates ahead of time from the same schema and options, as it
 * does for the allowlist's.
 */
import { Ajv, type ValidateFunction } from "ajv";
import schema from "../../schema/report.schema.json" with { type: "json" };

/** Ajv's options; scripts/build.mjs generates the bundled validator with the same ones. */
export const REPORT_AJV_OPTIONS = { allErrors: false, strict: false } as const;

/** Compiled when this module loads: only in src/ (tests), as the bundle replaces the module. */
const validator: ValidateFunction = new Ajv(REPORT_AJV_OPTIONS).compile(schema);

export function reportSchemaValidator(): ValidateFunction {
  return validator;
}
