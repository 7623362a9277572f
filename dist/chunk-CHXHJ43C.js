import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  GATED,
  LEVEL_NAMES,
  compareStrings
} from "./chunk-AVC32SKA.js";

// src/merge/inventory.ts
function newInventory() {
  return { repositories: [], principals: /* @__PURE__ */ new Map(), expired: [], errors: [], grantCount: 0 };
}
var SEVERITY = { public: 0, unresolved: 1, federated: 2, external: 3 };
function addReport(inv, repository, report) {
  const ids = /* @__PURE__ */ new Map();
  const grants = [];
  const byOldId = /* @__PURE__ */ new Map();
  for (const g of report.grants) {
    if (!GATED.has(g.classification)) continue;
    const id = `g${++inv.grantCount}`;
    ids.set(g.id, id);
    byOldId.set(g.id, g);
    grants.push({ grant: g, id });
  }
  for (const p of report.principals) {
    const key = `${p.classification}\0${p.type}\0${p.id}`;
    let acc = inv.principals.get(key);
    if (!acc) {
      acc = {
        row: {
          type: p.type,
          id: p.id,
          accountId: p.accountId,
          classification: p.classification,
          ...p.label !== void 0 ? { label: p.label } : {},
          ...p.labelKind !== void 0 ? { labelKind: p.labelKind } : {}
        },
        repositories: []
      };
      inv.principals.set(key, acc);
    }
    if (acc.row.label === void 0 && p.label !== void 0) acc.row.label = p.label;
    const resources = /* @__PURE__ */ new Set();
    const actions = /* @__PURE__ */ new Set();
    const levels = /* @__PURE__ */ new Set();
    const mine = [];
    for (const old of p.grants) {
      const g = byOldId.get(old);
      const id = ids.get(old);
      if (!g || !id) continue;
      mine.push(id);
      resources.add(`${g.resource.unit}:${g.resource.target ?? g.resource.address}`);
      for (const a of g.actions) actions.add(a);
      for (const level of accessLevelsOf(g)) levels.add(level);
    }
    acc.repositories.push({
      repository,
      approved: p.approved,
      approval: p.approval,
      ...p.pendingApproval ? { pendingApproval: p.pendingApproval } : {},
      ...p.expiredApproval ? { expiredApproval: p.expiredApproval } : {},
      resources: [...resources].sort(compareStrings),
      actions: [...actions].sort(compareStrings),
      ...levels.size > 0 ? { accessLevels: bySeverity(levels) } : {},
      grants: mine
    });
  }
  inv.repositories.push({
    repository,
    verdict: report.verdict,
    principals: report.principals.length,
    unapproved: report.principals.filter((p) => !p.approved).length,
    unresolved: report.principals.filter((p) => p.classification === "unresolved").length,
    grants: grants.length,
    expiredApprovals: report.allowlist.expired.length,
    errors: report.errors.length
  });
  for (const approval of report.allowlist.expired) inv.expired.push({ repository, approval });
  for (const e of report.errors) {
    inv.errors.push({
      repository,
      file: e.file,
      ...e.line !== void 0 ? { line: e.line } : {},
      message: e.message
    });
  }
  return grants;
}
function inventoryGrant(n, repository) {
  return { ...n.grant, id: n.id, repository };
}
function bySeverity(levels) {
  const rank = (l) => {
    const i = LEVEL_NAMES.indexOf(l);
    return i < 0 ? LEVEL_NAMES.length : i;
  };
  return [...levels].sort((a, b) => rank(a) - rank(b) || compareStrings(a, b));
}
function accessLevelsOf(g) {
  return g.accessLevels ? Object.keys(g.accessLevels) : [];
}
function finishInventory(inv) {
  const principals = [...inv.principals.values()].map(({ row, repositories: repositories2 }) => {
    repositories2.sort((a, b) => compareStrings(a.repository, b.repository));
    return {
      ...row,
      repositoryCount: repositories2.length,
      unapprovedIn: repositories2.filter((r) => !r.approved).length,
      repositories: repositories2
    };
  });
  principals.sort(
    (a, b) => (SEVERITY[a.classification] ?? 9) - (SEVERITY[b.classification] ?? 9) || b.unapprovedIn - a.unapprovedIn || b.repositoryCount - a.repositoryCount || compareStrings(a.id, b.id)
  );
  const repositories = [...inv.repositories].sort((a, b) => compareStrings(a.repository, b.repository));
  const byClassification = {};
  for (const p of principals)
    byClassification[p.classification] = (byClassification[p.classification] ?? 0) + 1;
  return {
    schemaVersion: 1,
    kind: "inventory",
    totals: {
      repositories: repositories.length,
      repositoriesWithUnapproved: repositories.filter((r) => r.unapproved > 0).length,
      principals: principals.length,
      byClassification,
      unapproved: principals.reduce((n, p) => n + p.unapprovedIn, 0),
      grants: inv.grantCount,
      expiredApprovals: inv.expired.length,
      errors: inv.errors.length
    },
    repositories,
    principals,
    expiredApprovals: [...inv.expired].sort(
      (a, b) => compareStrings(a.repository, b.repository) || a.approval.index - b.approval.index
    ),
    errors: [...inv.errors].sort(
      (a, b) => compareStrings(a.repository, b.repository) || compareStrings(a.file, b.file)
    )
  };
}
function isRepositoryName(name) {
  return name.length <= 200 && /^[A-Za-z0-9_.-]+(\/[A-Za-z0-9_.-]+)+$/.test(name) && !name.split("/").some((part) => part === "." || part === "..");
}

export {
  newInventory,
  addReport,
  inventoryGrant,
  bySeverity,
  accessLevelsOf,
  finishInventory,
  isRepositoryName
};
