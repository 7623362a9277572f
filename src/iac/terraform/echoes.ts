/**
 * Attributes of managed resources that echo a value written elsewhere instead of identifying a
 * resource the configuration makes (design.md "Made by this configuration"): a principal built
 * from them is not the own account. One row per resource type: which attributes echo ("all", or
 * a list), and which of them carry the value of one of the resource's own arguments.
 */
export interface EchoRow {
  echoes: "all" | readonly string[];
  /** attribute -> the argument whose value it is (terraform_data.output is its input). */
  carries?: Readonly<Record<string, string>>;
}

export const ECHOING_RESOURCES: Readonly<Record<string, EchoRow>> = {
  terraform_data: { echoes: "all", carries: { output: "input", input: "input" } },
  null_resource: { echoes: "all", carries: { triggers: "triggers" } },
  random_id: { echoes: "all" },
  random_integer: { echoes: "all" },
  random_password: { echoes: "all" },
  random_pet: { echoes: "all" },
  random_shuffle: { echoes: "all", carries: { input: "input" } },
  random_string: { echoes: "all" },
  random_uuid: { echoes: "all" },
  time_static: { echoes: "all" },
  time_rotating: { echoes: "all" },
  time_offset: { echoes: "all" },
  local_file: { echoes: "all", carries: { content: "content" } },
  local_sensitive_file: { echoes: "all", carries: { content: "content" } },
  aws_ssm_parameter: {
    echoes: ["value", "insecure_value"],
    carries: { value: "value", insecure_value: "insecure_value" },
  },
  aws_secretsmanager_secret_version: {
    echoes: ["secret_string", "secret_binary"],
    carries: { secret_string: "secret_string", secret_binary: "secret_binary" },
  },
  aws_cloudformation_stack: { echoes: ["outputs", "parameters"], carries: { parameters: "parameters" } },
  aws_cloudformation_stack_set_instance: { echoes: ["outputs"] },
  aws_s3_object: { echoes: ["content", "body"], carries: { content: "content" } },
  aws_dynamodb_table_item: { echoes: ["item"], carries: { item: "item" } },
  aws_lambda_invocation: { echoes: ["result", "input"], carries: { input: "input" } },
};

/** The echo row of a resource type's attribute, or undefined when the attribute is an identity. */
export function echoOf(type: string, attribute: string | undefined): EchoRow | undefined {
  const row = Object.hasOwn(ECHOING_RESOURCES, type) ? ECHOING_RESOURCES[type] : undefined;
  if (!row) return undefined;
  if (row.echoes === "all") return row;
  return attribute !== undefined && row.echoes.includes(attribute) ? row : undefined;
}
