// biome-ignore-all lint/suspicious/noTemplateCurlyInString: "${…}" is HCL interpolation, written literally
/**
 * A local computed again under other choices decodes the same file again: yamldecode reads each
 * text once per run (cache.ts `yamlRead`), and the grants are those of reading it every time.
 */
import { expect, it } from "vitest";
import { extractGrants } from "../../src/grants/extract.js";
import { createTerraformCache } from "../../src/iac/terraform/cache.js";
import { readTerraformRoot } from "../../src/iac/terraform/index.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE } from "../../src/model/types.js";
import { memorySnapshot } from "../../src/sources/snapshot.js";

const FILES = {
  "main.tf": `locals {
  env  = trimprefix(terraform.workspace, "app-")
  acct = yamldecode(file("\${path.module}/accounts.yaml"))[local.env]
}

resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::\${local.acct}:root" } }]
  })
}
`,
  "accounts.yaml": "dev: '410000000001'\nprod: '410000000002'\n",
};

it("yamldecode of one text reads it once however often the local holding it is computed", async () => {
  const cache = createTerraformCache();
  const remember = cache.yamlRead.bind(cache);
  const texts: string[] = [];
  cache.yamlRead = (text, read) =>
    remember(text, (t) => {
      texts.push(t);
      return read(t);
    });
  let computed = 0;
  const counting = createTerraformCache();
  const rememberAll = counting.yamlRead.bind(counting);
  counting.yamlRead = (text, read) => {
    computed++;
    return rememberAll(text, read);
  };
  const r = await readTerraformRoot(memorySnapshot(FILES), "", {
    grantTypes: new Set(["aws_iam_role"]),
    cache,
  });
  await readTerraformRoot(memorySnapshot(FILES), "", {
    grantTypes: new Set(["aws_iam_role"]),
    cache: counting,
  });
  expect(r.errors).toEqual([]);
  // The local is computed once per workspace key (dev, prod, none): three decodes, one read.
  expect(computed).toBeGreaterThan(1);
  expect(texts).toEqual([FILES["accounts.yaml"]]);
  const principals = extractGrants(r.resources, EMPTY_ZONE).grants.map((g) => renderText(g.principal.id));
  expect(principals.sort()).toEqual(["arn:aws:iam::410000000001:root", "arn:aws:iam::410000000002:root"]);
});
