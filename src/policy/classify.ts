/**
 * Classification of one principal of one Allow statement against the zone of trust, combined with
 * the statement's identity constraints (grant-model §3.5 `combine`, design.md "Narrowed
 * principals"). One principal may yield several outcomes: a `*` narrowed to several organizations
 * is one grant per organization.
 */

import type { Principal } from "../model/types.js";
import { ACCOUNT_RE, splitArn } from "./arn.js";
import type { ConstraintValue, Dim } from "./condition-values.js";
import { allInside, type ConditionSummary, type Constraint, SOURCE_DIMS, tightest } from "./conditions.js";
import { federatedOutcomes, isFederatedKind } from "./federated.js";
import { type Outcome, outcome } from "./outcome.js";
import { type NormalizedPrincipal, PUBLIC_PRINCIPAL } from "./principal.js";
import type { PolicyContext } from "./types.js";
import { accountStatus, allTrusted, defaultPartition } from "./zone.js";

export interface ClassifyResult {
  outcomes: Outcome[];
  /** Set when the grant cannot take effect (its own condition excludes the principal). */
  dropped?: string;
}

/** Sub-kind of an internal grant narrowed by a constraint of this dimension. */
function insideSubkind(c: Constraint, cs: ConditionSummary): string {
  switch (c.dim) {
    case "org":
    case "sourceOrg":
      return "org-narrowed";
    case "orgPath":
    case "sourceOrgPath":
      return "ou-narrowed";
    case "account":
      return c.keyLower === "kms:calleraccount" && cs.viaService
        ? "aws-managed-key-pattern"
        : "account-narrowed";
    case "principalArn":
      return "arn-narrowed";
    default:
      return "source-narrowed";
  }
}

/** Sub-kind of an external grant reported as a constraint value. */
function outsideSubkind(dim: Dim, v: ConstraintValue): string {
  switch (dim) {
    case "org":
    case "sourceOrg":
      return "org";
    case "orgPath":
    case "sourceOrgPath":
      return "ou";
    case "principalArn": {
      const res = splitArn(v.principal.id)?.resource ?? "";
      if (res === "root") return "account";
      if (res.startsWith("role/")) return "role";
      if (res.startsWith("user/")) return "user";
      if (res.startsWith("assumed-role/") || res.startsWith("federated-user/")) return "session";
      return "account";
    }
    case "userId":
      return v.account !== undefined ? "account" : "identity";
    case "eventSourceToken":
      return "event-source-token";
    default:
      return "account";
  }
}

/**
 * The unresolved expressions of the constraints (but `except`). An unknown resource owner does not
 * count when some constraint is fully determinate: that one bounds the caller already.
 */
function unresolvedOf(cs: readonly Constraint[], except?: Constraint): string[] {
  const determinate = cs.some((c) => c.values.every((v) => v.status !== "unresolved"));
  const out: string[] = [];
  for (const c of cs) {
    if (c === except) continue;
    for (const v of c.values) {
      if (v.status === "unresolved" && !(v.ownerUnknown && determinate)) out.push(...v.expressions);
    }
  }
  return out;
}

/** The constraints that bound the caller of a principal of this base kind. */
function applicable(cs: ConditionSummary, signed: boolean, sourceOnly: boolean): Constraint[] {
  return cs.constraints.filter((c) => (signed || !c.signedOnly) && (!sourceOnly || SOURCE_DIMS.has(c.dim)));
}

export function classifyPrincipal(
  np: NormalizedPrincipal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  opts: { notPrincipal?: boolean } = {},
): ClassifyResult {
  const notes = [...np.notes];
  if (cs.externalId) notes.push("externalId");
  if (np.forceUnresolved) {
    return {
      outcomes: [
        outcome(ctx, np.principal, "unresolved", { subkind: np.kind, unresolved: np.unresolved, notes }),
      ],
    };
  }
  if (opts.notPrincipal) {
    return { outcomes: publicOutcomes({ ...PUBLIC_PRINCIPAL }, "not-principal", cs, ctx, notes) };
  }
  switch (np.kind) {
    case "public":
      return {
        outcomes: publicOutcomes(
          np.principal,
          np.principal.id === "*" ? "anonymous" : "authenticated-any-account",
          cs,
          ctx,
          notes,
        ),
      };
    case "service":
      if (ctx.trustPolicy && np.principal.id.toLowerCase() === "rolesanywhere.amazonaws.com") {
        // IAM Roles Anywhere admits X.509 identities from outside AWS (§2.5).
        return { outcomes: [outcome(ctx, np.principal, "federated", { subkind: "roles-anywhere", notes })] };
      }
      return { outcomes: serviceOutcomes(np.principal, cs, ctx, notes) };
    case "canonical-user":
      return { outcomes: canonicalOutcomes(np, cs, ctx, notes) };
    case "unresolved":
    case "unique-id":
    case "invalid":
      return { outcomes: unresolvedOutcomes(np, cs, ctx, notes) };
    default:
      if (isFederatedKind(np.kind)) return { outcomes: federatedOutcomes(np, cs, ctx, notes) };
      return accountOutcomes(np, cs, ctx, notes);
  }
}

/** `*` (and NotPrincipal + Allow): public unless a constraint bounds the caller (§3.5 PUBLIC). */
function publicOutcomes(
  principal: Principal,
  defaultSubkind: string,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  if (cs.serviceOnly) {
    // Bool aws:PrincipalIsAWSService true: only AWS service principals can use the statement.
    return serviceOutcomes({ type: "Service", id: "*", accountId: null }, cs, ctx, [
      ...notes,
      "principalIsAWSService",
    ]);
  }
  const cons = applicable(cs, false, false);
  const inside = cons.filter(allInside);
  if (inside.length > 0) {
    const c = tightest(inside)!;
    return c.values.map((v) =>
      outcome(ctx, v.principal, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: v.path }),
    );
  }
  if (cons.length === 0) {
    return [
      outcome(ctx, principal, "public", {
        subkind: cs.network ? "network-restricted" : defaultSubkind,
        notes,
      }),
    ];
  }
  return perValue(tightest(cons)!, cons, cs, ctx, notes);
}

/** One outcome per value of the reported constraint, each classified (OR of values). */
function perValue(
  t: Constraint,
  cons: Constraint[],
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
  via?: string,
  serviceOnInside?: Principal,
): Outcome[] {
  const others = unresolvedOf(cons, t);
  const viaExtra = via !== undefined ? { via } : {};
  return t.values.map((v) => {
    const base = { notes, conditionPath: v.path, ...viaExtra };
    if (v.status === "inside") {
      if (serviceOnInside)
        return outcome(ctx, serviceOnInside, "service", { ...base, subkind: "source-narrowed" });
      return outcome(ctx, v.principal, "internal", { ...base, subkind: insideSubkind(t, cs) });
    }
    if (v.status === "unresolved") {
      return outcome(ctx, v.principal, "unresolved", { ...base, unresolved: [...v.expressions, ...others] });
    }
    const extraNotes =
      via !== undefined && v.status === "outside" ? [...notes, "serviceActsForExternalAccount"] : notes;
    if (others.length > 0) {
      return outcome(ctx, v.principal, "unresolved", { ...base, notes: extraNotes, unresolved: others });
    }
    return outcome(ctx, v.principal, "external", {
      ...base,
      notes: extraNotes,
      subkind: outsideSubkind(t.dim, v),
    });
  });
}

/** Whether the grant table says any account's resources reach this resource through the service. */
function actsForAnyAccount(service: string, ctx: PolicyContext): boolean {
  if (service === "*") return false;
  const list = ctx.anyAccountVia ?? [];
  const id = service.toLowerCase();
  return list.some((s) => s === "*" || s.toLowerCase() === id);
}

/** AWS service principals: `service`, or the external account a Source* condition names (§2.5). */
function serviceOutcomes(
  principal: Principal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const src = applicable(cs, false, true);
  if (src.length === 0 && actsForAnyAccount(principal.id, ctx) && cs.constraints.length === 0) {
    // A service with no source account/ARN/org condition where the grant table says another
    // account's resources of that service can use it: a Lambda permission (another account's SNS
    // topic, S3 bucket, … can invoke the function,
    // https://docs.aws.amazon.com/lambda/latest/dg/permissions-function-services.html), an S3
    // bucket notifying an SNS topic (docs/confused-deputy.md;
    // https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html): public through it.
    return [
      outcome(ctx, { type: "Service", id: `${principal.id} from any account`, accountId: null }, "public", {
        subkind: "any-account-via-service",
        via: principal.id,
        notes: [...notes, "confusedDeputyRisk"],
      }),
    ];
  }
  if (src.length === 0) {
    const subkind = principal.id === "*" ? "any-service" : "service";
    return [outcome(ctx, principal, "service", { subkind, notes: [...notes, "confusedDeputyRisk"] })];
  }
  const via = principal.id;
  const inside = src.filter(allInside);
  if (inside.length > 0) {
    return [outcome(ctx, principal, "service", { subkind: "source-narrowed", via, notes })];
  }
  return perValue(tightest(src)!, src, cs, ctx, notes, via, principal);
}

/** Accounts, roles, users, sessions, groups, AWS-owned accounts, own resources (§3.5 ACCOUNT). */
function accountOutcomes(
  np: NormalizedPrincipal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): ClassifyResult {
  const p = np.principal;
  if (np.self) {
    return {
      outcomes: [
        outcome(ctx, p, "internal", {
          subkind: np.kind === "self-resource" ? "self-resource" : "self-account",
          notes,
        }),
      ],
    };
  }
  const partition = np.partition ?? defaultPartition(ctx);
  const st =
    np.kind === "aws-owned" || np.accountField === undefined
      ? ({ status: "outside", account: np.account ?? "" } as const)
      : accountStatus(np.accountField, partition, ctx);
  if (st.status === "inside") return { outcomes: [outcome(ctx, p, "internal", { subkind: st.kind, notes })] };

  const cons = applicable(cs, true, false);
  const inside = cons.filter(allInside);
  if (inside.length > 0) {
    const c = tightest(inside)!;
    return {
      outcomes: [
        outcome(ctx, p, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: c.path }),
      ],
    };
  }
  if (st.status === "outside" && ACCOUNT_RE.test(st.account)) {
    for (const c of cons) {
      if (c.dim !== "account" && c.dim !== "principalArn") continue;
      const literal = c.values.every((v) => v.account !== undefined);
      if (literal && !c.values.some((v) => v.account === st.account && v.partition === partition)) {
        const admitted = c.values.map((v) => v.account).join(", ");
        return { outcomes: [], dropped: `contradictory:${c.key} admits only ${admitted}` };
      }
    }
  }
  const unresolved = unresolvedOf(cons);
  if (st.status === "unresolved") {
    return {
      outcomes: [
        outcome(ctx, p, "unresolved", {
          subkind: np.kind,
          unresolved: [...np.unresolved, ...unresolved],
          notes,
        }),
      ],
    };
  }
  if (st.status !== "outside") {
    return { outcomes: [outcome(ctx, p, "unresolved", { subkind: "invalid", unresolved, notes })] };
  }
  if (unresolved.length > 0) {
    return { outcomes: [outcome(ctx, p, "unresolved", { subkind: externalKind(np), unresolved, notes })] };
  }
  return { outcomes: [outcome(ctx, p, "external", { subkind: externalKind(np), notes })] };
}

function externalKind(np: NormalizedPrincipal): string {
  switch (np.kind) {
    case "aws-owned":
      return "aws-owned-account";
    case "iam-other":
    case "saml-provider":
    case "oidc-provider":
      return "account";
    default:
      return np.kind;
  }
}

/** Principals whose account is unknown: internal only when a constraint or trusted expressions bound them. */
function unresolvedOutcomes(
  np: NormalizedPrincipal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  if (np.kind === "unresolved" && allTrusted(np.unresolved, ctx.zone)) {
    return [outcome(ctx, np.principal, "internal", { subkind: "trusted-expression", notes })];
  }
  const cons = applicable(cs, true, false);
  const inside = cons.filter(allInside);
  if (inside.length > 0) {
    const c = tightest(inside)!;
    return [
      outcome(ctx, np.principal, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: c.path }),
    ];
  }
  const subkind = np.kind === "unresolved" ? undefined : np.kind;
  return [
    outcome(ctx, np.principal, "unresolved", {
      ...(subkind ? { subkind } : {}),
      unresolved: [...np.unresolved, ...unresolvedOf(cons)],
      notes,
    }),
  ];
}

/** S3 canonical user ids (§2.6): external, account unknown, unless listed as own. */
function canonicalOutcomes(
  np: NormalizedPrincipal,
  cs: ConditionSummary,
  ctx: PolicyContext,
  notes: string[],
): Outcome[] {
  const own = (ctx.ownCanonicalUserIds ?? []).map((s) => String(s).toLowerCase());
  if (np.self || own.includes(np.principal.id.toLowerCase())) {
    return [outcome(ctx, np.principal, "internal", { subkind: "own-canonical-user", notes })];
  }
  const cons = applicable(cs, true, false);
  const inside = cons.filter(allInside);
  if (inside.length > 0) {
    const c = tightest(inside)!;
    return [
      outcome(ctx, np.principal, "internal", { subkind: insideSubkind(c, cs), notes, conditionPath: c.path }),
    ];
  }
  const unresolved = unresolvedOf(cons);
  if (unresolved.length > 0) {
    return [outcome(ctx, np.principal, "unresolved", { subkind: "canonical-user", unresolved, notes })];
  }
  return [outcome(ctx, np.principal, "external", { subkind: "canonical-user", notes })];
}
