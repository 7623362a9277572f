// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is the rendered form of symbolic tokens, asserted literally
/**
 * "Made by this configuration" (design.md; issue 16 item 4): only attributes that identify a
 * resource the configuration makes name the own account. Attributes that echo a value written
 * elsewhere carry that value (terraform_data.output, aws_ssm_parameter.value, data.aws_arn's
 * parts) or stay unresolved (random_shuffle.result), so an outside account passed through them
 * is not called internal.
 */
import { expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { fixtureSnapshot, GRANT_TYPES, ownAccountGrants, principalRows } from "./fixture.js";

it("principals passed through echoing attributes keep their account; identities stay own", async () => {
  const r = await readTerraformRoot(fixtureSnapshot("echoes"), "", { grantTypes: GRANT_TYPES });
  expect(r.errors).toEqual([]);
  expect(principalRows(ownAccountGrants(r.resources).grants)).toEqual([
    ["arn:aws:iam::999900001111:root", "external"],
    ["${random_shuffle.pick.result[0]}", "unresolved"],
    ["arn:aws:iam::999900004444:root", "external"],
    ["arn:aws:iam::999900005555:root", "external"],
    ["${aws_iam_role.own.arn}", "internal"],
  ]);
});

it("a provider that assumes a role in another account decides the account, also when handed to a module", async () => {
  const r = await readTerraformRoot(fixtureSnapshot("providers"), "", { grantTypes: GRANT_TYPES });
  expect(r.errors).toEqual([]);
  const ex = extractGrants(r.resources, { ...EMPTY_ZONE, accounts: ["111111111111"] });
  expect(ex.grants.map((g) => [renderText(g.principal.id), g.classification, g.resource.address])).toEqual([
    // A role made in the partner's account is not ours: who it is cannot be called internal.
    ["${aws_iam_role.in_partner (in account 343434343434).arn}", "unresolved", "aws_iam_role.ours"],
    // A role whose account no file decides: named by the configuration the caller hands down.
    [
      "${module.vendor_side.aws_iam_role.made (in the account of provider aws.vendor).arn}",
      "unresolved",
      "module.vendor_side.aws_sqs_queue.outbox",
    ],
    ["arn:aws:iam::${own-account}:root", "internal", "module.own_side.aws_sqs_queue.inbox"],
    ["arn:aws:iam::343434343434:root", "external", "module.partner_side.aws_sqs_queue.inbox"],
  ]);
});
