/**
 * What a principal looks like outside a policy document: in an opaque module's inputs, in the
 * parameters passed to a template that cannot be seen. Only these shapes are principals there.
 */

/** IAM and STS ARNs (the account may be a token), 12-digit account ids, "*". */
export const PRINCIPAL_VALUE = /^(?:arn:aws[a-z-]*:(?:iam|sts)::[^:]*:.+|\d{12}|\*)$/;

/**
 * Terraform inputs named like principal lists: `*principal*`, `trusted_*`, `*_account_id(s)`, `*_role_arns`
 * (some character before the suffix: one `.` says it, where `.+` would retry every start).
 */
export const PRINCIPAL_INPUT = /principal|^trusted_|._account_ids?$|._role_arns$/i;

/**
 * Template parameters named like principals (CloudFormation writes them in PascalCase):
 * `*Principal*`, `Trusted*`, `*Account`, `*AccountId(s)`, `*Accounts`, `*RoleArn(s)`.
 */
export const PRINCIPAL_PARAMETER = /principal|^trusted|account(_?ids?|s)?$|role_?arns?$/i;
