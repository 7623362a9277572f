import { extractGrants } from "../../src/grants/extract.js";
import { TERRAFORM_GRANT_TYPES } from "../../src/grants/table.js";
import { renderText } from "../../src/model/symbolic.js";
import { EMPTY_ZONE, type Grant, type Zone } from "../../src/model/types.js";
import { readFixture } from "./fixture.js";

/** A grant in a line: address, principal, classification, actions, input. */
export type Row = [string, string, string, string, string];

export function rowOf(g: Grant): Row {
  return [
    g.resource.address,
    renderText(g.principal.id),
    g.classification,
    g.actions.join(","),
    g.input ?? "-",
  ];
}

/** Read fixtures/terraform/modules/<name> and extract its grants. */
export async function moduleGrants(name: string, zone: Zone = EMPTY_ZONE) {
  const read = await readFixture("modules", name, { grantTypes: TERRAFORM_GRANT_TYPES });
  const { grants, errors } = extractGrants(read.resources, zone);
  return { read, grants, errors: [...read.errors, ...errors], rows: grants.map(rowOf) };
}
