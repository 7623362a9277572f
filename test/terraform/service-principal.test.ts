// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * data.aws_service_principal (terraform-aws-modules/eks writes its trust policies with it) names
 * an AWS service, as the provider builds the name: no lookup, so no unresolved principal where
 * the service and, for the few services that need it, the region are written.
 */
import { expect, it } from "vitest";
import { ownAccountGrants, principalRows, readFixture } from "./fixture.js";

it("names the service; the partition's suffix only where the provider uses one", async () => {
  const r = await readFixture("service-principal", "");
  expect(r.errors).toEqual([]);
  expect(principalRows(ownAccountGrants(r.resources).grants)).toEqual([
    ["ec2.amazonaws.com", "service"],
    ["logs.amazonaws.com.cn", "service"],
    ["${data.aws_service_principal.logs_chosen.name}", "unresolved"],
  ]);
});
