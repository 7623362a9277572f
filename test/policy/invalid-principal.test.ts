/**
 * Issue 20 item 6: whether a principal is invalid (and why) is a typed field of the normalised
 * principal, not something read back out of its notes. The notes are text for people: here they
 * are emptied on the way out of normalisation, and the decisions must not change.
 */
import { describe, expect, it, vi } from "vitest";
import { normalizePrincipal } from "../../src/policy/principal.js";
import { allow, analyze } from "./helpers.js";

vi.mock("../../src/policy/principal.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/policy/principal.js")>();
  return {
    ...real,
    normalizePrincipal: (...args: Parameters<typeof real.normalizePrincipal>) => ({
      ...real.normalizePrincipal(...args),
      notes: ["(notes are for people)"],
    }),
  };
});

describe("invalid principals carry their reason as data", () => {
  it.each([
    ["AWS", "foo", "not an account id or ARN"],
    ["AWS", "12345", "account id is not 12 digits"],
    ["AWS", "", "empty"],
    ["AWS", true, "not a string"],
    ["Service", "not a service", "not a service principal"],
    ["AWS", "arn:aws:iam::111111111111:saml-provider/x", "identity provider under AWS"],
    ["AWS", "arn:aws:s3:::bucket", "ARN of service s3"],
    ["AWS", "arn:aws:iam::*:root", "wildcard account"],
    ["Service", "*", ""],
  ])("%s %j is invalid: %s", (key, raw, reason) => {
    expect(normalizePrincipal(key, raw).invalidReason).toBe(reason);
  });

  it("a valid principal has no reason", () => {
    expect(normalizePrincipal("AWS", "222222222222").invalidReason).toBeUndefined();
    expect(normalizePrincipal("AWS", "arn:aws:iam::222222222222:role/r").invalidReason).toBeUndefined();
  });

  it("a malformed principal is still an error with its reason when the notes say nothing", () => {
    const r = analyze(allow({ AWS: "foo" }));
    expect(r.grants).toEqual([]);
    expect(r.errors).toEqual([
      'Statement[0]: malformed principal "foo" at Statement[0].Principal.AWS (not an account id or ARN): not an account id, ARN, service principal, "*" or canonical user; no grant',
    ]);
  });
});
