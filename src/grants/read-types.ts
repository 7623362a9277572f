import { TERRAFORM_IDENTITY_PROVIDER_TYPES } from "./identity-providers.js";
import { ROLE_PERMISSION_TERRAFORM_TYPES } from "./role-access.js";
import { TERRAFORM_GRANT_TYPES } from "./table.js";

/**
 * Terraform resource types the readers evaluate: those that carry grants, the identity providers
 * (federated principals are known by their provider) and those holding a role's permissions
 * (what a trusted principal can do through the role).
 */
export const TERRAFORM_READ_TYPES: ReadonlySet<string> = new Set([
  ...TERRAFORM_GRANT_TYPES,
  ...TERRAFORM_IDENTITY_PROVIDER_TYPES,
  ...ROLE_PERMISSION_TERRAFORM_TYPES,
]);
