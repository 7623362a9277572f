import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  accessLevelsOf,
  addReport,
  bySeverity,
  finishInventory,
  inventoryGrant,
  isRepositoryName,
  newInventory
} from "./chunk-CHXHJ43C.js";
import {
  VERSION,
  bound,
  code,
  fsReason,
  md,
  renderSarif,
  require_ucs2length,
  textWriter,
  writeBytes
} from "./chunk-IMQQHULC.js";
import {
  compareStrings,
  describeJsonError,
  parseJson
} from "./chunk-AVC32SKA.js";
import "./chunk-EVVZM25H.js";

// src/cli-merge.ts
import {
  closeSync,
  createReadStream,
  existsSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { finished } from "node:stream/promises";
import { parseArgs } from "node:util";

// src/merge/render.ts
function* jsonHead(head) {
  const { principals, ...rest } = head;
  const text = JSON.stringify(rest, null, 2);
  yield `${text.slice(0, text.lastIndexOf("}")).trimEnd()},
  "principals": [`;
  let first = true;
  for (const p of principals) {
    yield `${first ? "" : ","}
    ${JSON.stringify(p, null, 2).replace(/\n/g, "\n    ")}`;
    first = false;
  }
  yield `${first ? "" : "\n  "}],
  "grants": [`;
}
function jsonGrant(grant, first) {
  return `${first ? "" : ","}
    ${JSON.stringify(grant)}`;
}
function jsonTail(anyGrant) {
  return anyGrant ? "\n  ]\n}\n" : "]\n}\n";
}
var CSV_COLUMNS = [
  "repository",
  "principal",
  "principal_type",
  "account_id",
  "classification",
  "label",
  "approved",
  "resource_type",
  "resource",
  "target",
  "file",
  "line",
  "mechanism",
  "actions",
  "access_levels",
  "conditional"
];
function csvHeader() {
  return `${CSV_COLUMNS.join(",")}\r
`;
}
function csvRow(g) {
  const cells = {
    repository: g.repository,
    principal: g.principal.id,
    principal_type: g.principal.type,
    account_id: g.principal.accountId ?? "",
    classification: g.classification,
    label: g.label ?? "",
    approved: g.approved === void 0 ? "" : String(g.approved),
    resource_type: g.resource.type,
    resource: g.resource.address,
    target: g.resource.target ?? "",
    file: g.resource.file,
    line: String(g.resource.line),
    mechanism: g.mechanism,
    actions: g.actions.join(" "),
    access_levels: bySeverity(accessLevelsOf(g)).join("; "),
    conditional: g.conditional ?? ""
  };
  return `${CSV_COLUMNS.map((c) => csvCell(cells[c])).join(",")}\r
`;
}
function csvCell(value) {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
var HEADING = {
  public: "\u{1F310} public",
  unresolved: "\u2753 unresolved",
  federated: "\u{1FAAA} federated",
  external: "\u{1F3E2} external"
};
var MAX_ROWS = 50;
function renderInventoryMarkdown(head) {
  const t = head.totals;
  const out = ["## Cross-Account Guard: organisation inventory", ""];
  const classes = Object.entries(t.byClassification).map(([c, n]) => `${n} ${c}`).join(", ");
  out.push(
    `${t.repositories} repositories audited; ${t.principals} principals outside the zone of trust${classes ? ` (${classes})` : ""}, ${t.grants} grants; ${t.unapproved} principal\u2013repository pairs without an approval in ${t.repositoriesWithUnapproved} repositories; ${plural(t.expiredApprovals, "expired approval")}; ${plural(t.errors, "file")} that could not be analysed.`,
    ""
  );
  out.push("### Top principals", "");
  if (head.principals.length === 0) out.push("No principal outside the zone of trust.", "");
  else {
    out.push(
      "| Principal | Kind | Repositories | Not approved in | Access |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const p of head.principals.slice(0, MAX_ROWS)) out.push(principalRow(p));
    if (head.principals.length > MAX_ROWS)
      out.push("", `\u2026 and ${head.principals.length - MAX_ROWS} more principals (see the JSON inventory).`);
    out.push("");
  }
  const unapproved = head.repositories.filter((r) => r.unapproved > 0).sort((a, b) => b.unapproved - a.unapproved);
  out.push("### Repositories with unapproved access", "");
  if (unapproved.length === 0) out.push("None: every principal is approved.", "");
  else {
    out.push(
      "| Repository | Unapproved | Of which unresolved | Principals | Grants |",
      "| --- | --- | --- | --- | --- |"
    );
    for (const r of unapproved.slice(0, MAX_ROWS)) {
      out.push(
        `| ${code(r.repository, 140)} | ${r.unapproved} | ${r.unresolved} | ${r.principals} | ${r.grants} |`
      );
    }
    if (unapproved.length > MAX_ROWS)
      out.push("", `\u2026 and ${unapproved.length - MAX_ROWS} more repositories.`);
    out.push("");
  }
  out.push("### Expired approvals", "");
  if (head.expiredApprovals.length === 0) out.push("None.", "");
  else {
    for (const e of head.expiredApprovals.slice(0, MAX_ROWS)) {
      out.push(
        `- ${code(e.repository, 140)}: ${code(e.approval.principal)} expired on ${md(e.approval.expires ?? "?", 40)} (allowlist line ${e.approval.line})`
      );
    }
    if (head.expiredApprovals.length > MAX_ROWS)
      out.push(`- \u2026 and ${head.expiredApprovals.length - MAX_ROWS} more.`);
    out.push("");
  }
  const failing = head.repositories.filter((r) => r.errors > 0);
  if (failing.length > 0) {
    out.push(
      `<details><summary>Repositories with files that could not be analysed (${failing.length})</summary>`,
      ""
    );
    for (const r of failing.slice(0, MAX_ROWS)) out.push(`- ${code(r.repository, 140)}: ${r.errors} files`);
    out.push("", "</details>", "");
  }
  return out.join("\n");
}
function plural(n, what) {
  return `${n} ${what}${n === 1 ? "" : "s"}`;
}
function principalRow(p) {
  const who = `${code(p.id)}${p.label ? ` \u2014 ${md(p.label, 80)}` : ""}`;
  const repos = p.repositories.map((r) => code(r.repository, 100));
  const shown = repos.length > 5 ? `${repos.slice(0, 5).join(", ")} and ${repos.length - 5} more` : repos.join(", ");
  const levels = bySeverity(new Set(p.repositories.flatMap((r) => r.accessLevels ?? [])));
  const actions = new Set(p.repositories.flatMap((r) => r.actions));
  const access = levels.length > 0 ? md(levels.join(", "), 120) : `${plural(actions.size, "action")}${actions.size > 0 && actions.size <= 3 ? `: ${[...actions].map((a) => code(a, 60)).join(", ")}` : ""}`;
  return `| ${who} | ${HEADING[p.classification] ?? md(p.classification)} | ${p.repositoryCount}: ${shown} | ${p.unapprovedIn} | ${access} |`;
}
function sarifRun(run, repository) {
  const named = { ...run, automationDetails: { id: `cross-account-guard/${bound(repository, 200)}/` } };
  return JSON.stringify(named, null, 2).replace(/\n/g, "\n    ");
}

// src/report/schema-validator.ts
var validate = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/cross-account-guard/cross-account-guard/schema/report.schema.json", "title": "Cross-Account Guard report, schemaVersion 1", "description": "What `cross-account-guard --format json` prints and the action writes to report-file.", "type": "object", "required": ["schemaVersion", "mode", "verdict", "reasons", "summary", "principals", "grants", "allowlist", "errors", "notes"], "additionalProperties": false, "properties": { "schemaVersion": { "const": 1 }, "mode": { "enum": ["diff", "audit"] }, "verdict": { "enum": ["pass", "fail"] }, "reasons": { "type": "array", "items": { "type": "string" } }, "summary": { "type": "object", "additionalProperties": false, "required": ["newAccess", "unapproved", "unresolved", "removed", "grants"], "properties": { "newAccess": { "type": "integer", "minimum": 0, "description": "principals with new gated access (diff) or with gated access (audit)" }, "unapproved": { "type": "integer", "minimum": 0 }, "unresolved": { "type": "integer", "minimum": 0 }, "removed": { "type": "integer", "minimum": 0, "description": "gated grants the change removes" }, "grants": { "type": "integer", "minimum": 0, "description": "grants in the head (diff) or the repository (audit)" } } }, "principals": { "type": "array", "items": { "type": "object", "required": ["type", "id", "accountId", "classification", "approved", "approval", "grants"], "properties": { "type": { "$ref": "#/definitions/principalType" }, "id": { "type": "string" }, "accountId": { "type": ["string", "null"] }, "provider": { "description": "Federated principals: the identity provider as an approval may name it (OIDC issuer host, or saml-provider/NAME).", "type": "string" }, "classification": { "$ref": "#/definitions/classification" }, "label": { "type": "string" }, "labelKind": { "enum": ["aws-service", "vendor", "user"] }, "approved": { "type": "boolean" }, "approval": { "oneOf": [{ "type": "null" }, { "$ref": "#/definitions/approval" }] }, "pendingApproval": { "$ref": "#/definitions/approval" }, "expiredApproval": { "$ref": "#/definitions/approval" }, "grants": { "type": "array", "items": { "type": "string", "pattern": "^g[0-9]+$" } } } } }, "grants": { "type": "array", "items": { "type": "object", "required": ["id", "change", "principal", "classification", "mechanism", "resource", "actions", "conditions"], "properties": { "id": { "type": "string", "pattern": "^g[0-9]+$" }, "change": { "enum": ["added", "removed", "unchanged", "present"] }, "principal": { "type": "object", "required": ["type", "id", "accountId"], "properties": { "type": { "$ref": "#/definitions/principalType" }, "id": { "type": "string" }, "accountId": { "type": ["string", "null"] }, "provider": { "description": "Federated principals: the identity provider as an approval may name it (OIDC issuer host, or saml-provider/NAME).", "type": "string" } } }, "classification": { "$ref": "#/definitions/classification" }, "subkind": { "type": "string" }, "mechanism": { "type": "string" }, "label": { "type": "string" }, "approved": { "type": "boolean" }, "resource": { "type": "object", "required": ["source", "file", "line", "address", "type", "unit"], "properties": { "source": { "enum": ["terraform", "terraform-plan", "cloudformation", "cdk"] }, "file": { "type": "string" }, "line": { "type": "integer", "minimum": 1 }, "address": { "type": "string" }, "type": { "type": "string" }, "target": { "type": "string" }, "targetConstructPath": { "type": "string" }, "unit": { "type": "string" }, "stack": { "type": "string" }, "constructPath": { "type": "string" } } }, "actions": { "type": "array", "items": { "type": "string" } }, "notActions": { "type": "array", "items": { "type": "string" } }, "conditions": { "type": "object" }, "via": { "type": "string" }, "conditional": { "type": "string" }, "input": { "type": "string", "description": "the input of an opaque module call the grant was read from (empty: the call itself)" }, "unresolved": { "type": "array", "items": { "type": "string" } }, "notes": { "type": "array", "items": { "type": "string" } }, "widened": { "type": "array", "items": { "type": "string" }, "description": "added because the base grant had narrower conditions: each base condition the head drops or widens" }, "inputsChanged": { "type": "array", "items": { "type": "string" }, "description": "added because files an unresolved grant depends on changed (tfvars, variable declarations, module code, files read by functions) though its expression did not" }, "accessLevels": { "$ref": "#/definitions/accessLevels", "description": "what the grant's actions can do: known IAM actions per access level (wildcards and NotAction expanded)" }, "actionCount": { "type": "integer", "minimum": 0, "description": "known IAM actions the grant allows, plus one for each pattern that names no known action" }, "permissionsManagement": { "const": true, "description": "the grant, or the role it lets the principal assume, allows Permissions management actions (writing a trust, key or resource policy, grants): the most severe access" }, "roleAccess": { "$ref": "#/definitions/roleAccess" }, "roleWidenedFrom": { "$ref": "#/definitions/roleAccess", "description": "diff: the grant itself is unchanged, but the role it lets the principal assume can do more than before (this was its access): new access" } } } }, "allowlist": { "type": "object", "required": ["file", "expired", "unused", "warnings"], "properties": { "file": { "type": ["string", "null"] }, "expired": { "type": "array", "items": { "$ref": "#/definitions/approval" } }, "unused": { "type": "array", "items": { "$ref": "#/definitions/approval" } }, "warnings": { "type": "array", "items": { "type": "string" } } } }, "errors": { "type": "array", "items": { "type": "object", "required": ["file", "message", "blocking"], "properties": { "file": { "type": "string" }, "line": { "type": "integer" }, "message": { "type": "string" }, "blocking": { "type": "boolean" } } } }, "notes": { "type": "array", "items": { "type": "string" } }, "repository": { "type": "string", "minLength": 1, "maxLength": 200, "description": "the audited repository (owner/name), when the run knows it: the action always, the CLI with --repo-name. Added in schemaVersion 1 (additive); `merge` reads it." }, "coverage": { "type": "object", "description": "What was read: the IaC files discovery recognised in the analysed tree (the head of a diff) by kind, the units they form, what was left unread and why, and warnings of a check that reads nothing. Added in schemaVersion 1 (additive); always written by this version.", "additionalProperties": false, "required": ["files", "units", "skipped", "warnings"], "properties": { "files": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 }, "required": ["terraform", "tfvars", "plan", "cloudformation", "sam", "cdkAssemblies", "cdkStacks"], "properties": { "terraform": { "type": "integer", "minimum": 0, "description": ".tf and .tf.json files" }, "tfvars": { "type": "integer", "minimum": 0, "description": "tfvars files the Terraform reader loads: terraform.tfvars, *.auto.tfvars in a root, and those given" }, "plan": { "type": "integer", "minimum": 0, "description": "terraform show -json plans" }, "cloudformation": { "type": "integer", "minimum": 0, "description": "CloudFormation templates (SAM not included)" }, "sam": { "type": "integer", "minimum": 0, "description": "templates with the AWS::Serverless transform" }, "cdkAssemblies": { "type": "integer", "minimum": 0 }, "cdkStacks": { "type": "integer", "minimum": 0, "description": "stacks of the CDK assemblies" } } }, "units": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 }, "required": ["terraformRoots", "templates", "cdkAssemblies", "plans", "read"], "properties": { "terraformRoots": { "type": "integer", "minimum": 0 }, "templates": { "type": "integer", "minimum": 0 }, "cdkAssemblies": { "type": "integer", "minimum": 0 }, "plans": { "type": "integer", "minimum": 0 }, "read": { "type": "integer", "minimum": 0, "description": "units read by this run: a diff reads only the units its change can affect" } } }, "skipped": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["reason", "count", "items"], "properties": { "reason": { "type": "string", "description": "too-large, binary, unreadable, outside-paths, git-ignored, opaque-module, tfvars-not-loaded (more may be added)" }, "count": { "type": "integer", "minimum": 1 }, "items": { "type": "array", "description": "the first items, sorted: repository paths (a folder ends in /), or path:line and what", "items": { "type": "string" } } } } }, "warnings": { "type": "array", "description": "an include pattern that matches no file, a tree with no IaC at all: the action fails on them unless fail-on-empty is false", "items": { "type": "string" } } } } }, "definitions": { "accessLevels": { "type": "object", "additionalProperties": false, "properties": { "Permissions management": { "type": "integer", "minimum": 1 }, "Write": { "type": "integer", "minimum": 1 }, "Tagging": { "type": "integer", "minimum": 1 }, "Read": { "type": "integer", "minimum": 1 }, "List": { "type": "integer", "minimum": 1 }, "Unknown": { "type": "integer", "minimum": 1 } } }, "roleAccess": { "type": "object", "description": "a trust-policy grant: what the role lets whoever assumes it do (its inline policies, the policies attached to it in the same unit, AWS managed policies by name); Allow statements only, an upper bound", "additionalProperties": false, "required": ["levels", "actionCount", "policies", "actions"], "properties": { "levels": { "$ref": "#/definitions/accessLevels" }, "actionCount": { "type": "integer", "minimum": 0 }, "policies": { "type": "array", "items": { "type": "string" } }, "actions": { "type": "array", "items": { "type": "string" } }, "notActions": { "type": "array", "items": { "type": "string" } }, "managed": { "type": "array", "items": { "type": "string" } }, "unresolved": { "type": "array", "items": { "type": "string" } } } }, "principalType": { "enum": ["AWS", "Service", "Federated", "CanonicalUser", "Public"] }, "classification": { "enum": ["internal", "external", "public", "federated", "service", "unresolved"] }, "approval": { "type": "object", "required": ["index", "line", "principal", "reason", "approved_by"], "properties": { "index": { "type": "integer" }, "line": { "type": "integer" }, "principal": { "type": "string" }, "reason": { "type": "string" }, "approved_by": { "type": "string" }, "ticket": { "type": "string" }, "expires": { "type": "string" }, "resources": { "type": "array", "items": { "type": "string" } }, "actions": { "type": "array", "items": { "type": "string" } } } } } };
var schema12 = { "enum": ["AWS", "Service", "Federated", "CanonicalUser", "Public"] };
var schema13 = { "enum": ["internal", "external", "public", "federated", "service", "unresolved"] };
var func2 = Object.prototype.hasOwnProperty;
var func3 = require_ucs2length().default;
var pattern0 = new RegExp("^g[0-9]+$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.levels === void 0 && (missing0 = "levels") || data.actionCount === void 0 && (missing0 = "actionCount") || data.policies === void 0 && (missing0 = "policies") || data.actions === void 0 && (missing0 = "actions")) {
        validate11.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "levels" || key0 === "actionCount" || key0 === "policies" || key0 === "actions" || key0 === "notActions" || key0 === "managed" || key0 === "unresolved")) {
            validate11.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.levels !== void 0) {
            let data0 = data.levels;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
                const _errs5 = errors;
                for (const key1 in data0) {
                  if (!(key1 === "Permissions management" || key1 === "Write" || key1 === "Tagging" || key1 === "Read" || key1 === "List" || key1 === "Unknown")) {
                    validate11.errors = [{ instancePath: instancePath + "/levels", schemaPath: "#/definitions/accessLevels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                    return false;
                    break;
                  }
                }
                if (_errs5 === errors) {
                  if (data0["Permissions management"] !== void 0) {
                    let data1 = data0["Permissions management"];
                    const _errs6 = errors;
                    if (!(typeof data1 == "number" && (!(data1 % 1) && !isNaN(data1)))) {
                      validate11.errors = [{ instancePath: instancePath + "/levels/Permissions management", schemaPath: "#/definitions/accessLevels/properties/Permissions%20management/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                      return false;
                    }
                    if (errors === _errs6) {
                      if (typeof data1 == "number") {
                        if (data1 < 1 || isNaN(data1)) {
                          validate11.errors = [{ instancePath: instancePath + "/levels/Permissions management", schemaPath: "#/definitions/accessLevels/properties/Permissions%20management/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                          return false;
                        }
                      }
                    }
                    var valid2 = _errs6 === errors;
                  } else {
                    var valid2 = true;
                  }
                  if (valid2) {
                    if (data0.Write !== void 0) {
                      let data2 = data0.Write;
                      const _errs8 = errors;
                      if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)))) {
                        validate11.errors = [{ instancePath: instancePath + "/levels/Write", schemaPath: "#/definitions/accessLevels/properties/Write/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                        return false;
                      }
                      if (errors === _errs8) {
                        if (typeof data2 == "number") {
                          if (data2 < 1 || isNaN(data2)) {
                            validate11.errors = [{ instancePath: instancePath + "/levels/Write", schemaPath: "#/definitions/accessLevels/properties/Write/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                            return false;
                          }
                        }
                      }
                      var valid2 = _errs8 === errors;
                    } else {
                      var valid2 = true;
                    }
                    if (valid2) {
                      if (data0.Tagging !== void 0) {
                        let data3 = data0.Tagging;
                        const _errs10 = errors;
                        if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)))) {
                          validate11.errors = [{ instancePath: instancePath + "/levels/Tagging", schemaPath: "#/definitions/accessLevels/properties/Tagging/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                          return false;
                        }
                        if (errors === _errs10) {
                          if (typeof data3 == "number") {
                            if (data3 < 1 || isNaN(data3)) {
                              validate11.errors = [{ instancePath: instancePath + "/levels/Tagging", schemaPath: "#/definitions/accessLevels/properties/Tagging/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                              return false;
                            }
                          }
                        }
                        var valid2 = _errs10 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data0.Read !== void 0) {
                          let data4 = data0.Read;
                          const _errs12 = errors;
                          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)))) {
                            validate11.errors = [{ instancePath: instancePath + "/levels/Read", schemaPath: "#/definitions/accessLevels/properties/Read/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                            return false;
                          }
                          if (errors === _errs12) {
                            if (typeof data4 == "number") {
                              if (data4 < 1 || isNaN(data4)) {
                                validate11.errors = [{ instancePath: instancePath + "/levels/Read", schemaPath: "#/definitions/accessLevels/properties/Read/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                return false;
                              }
                            }
                          }
                          var valid2 = _errs12 === errors;
                        } else {
                          var valid2 = true;
                        }
                        if (valid2) {
                          if (data0.List !== void 0) {
                            let data5 = data0.List;
                            const _errs14 = errors;
                            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)))) {
                              validate11.errors = [{ instancePath: instancePath + "/levels/List", schemaPath: "#/definitions/accessLevels/properties/List/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                              return false;
                            }
                            if (errors === _errs14) {
                              if (typeof data5 == "number") {
                                if (data5 < 1 || isNaN(data5)) {
                                  validate11.errors = [{ instancePath: instancePath + "/levels/List", schemaPath: "#/definitions/accessLevels/properties/List/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                  return false;
                                }
                              }
                            }
                            var valid2 = _errs14 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data0.Unknown !== void 0) {
                              let data6 = data0.Unknown;
                              const _errs16 = errors;
                              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
                                validate11.errors = [{ instancePath: instancePath + "/levels/Unknown", schemaPath: "#/definitions/accessLevels/properties/Unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs16) {
                                if (typeof data6 == "number") {
                                  if (data6 < 1 || isNaN(data6)) {
                                    validate11.errors = [{ instancePath: instancePath + "/levels/Unknown", schemaPath: "#/definitions/accessLevels/properties/Unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                    return false;
                                  }
                                }
                              }
                              var valid2 = _errs16 === errors;
                            } else {
                              var valid2 = true;
                            }
                          }
                        }
                      }
                    }
                  }
                }
              } else {
                validate11.errors = [{ instancePath: instancePath + "/levels", schemaPath: "#/definitions/accessLevels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.actionCount !== void 0) {
              let data7 = data.actionCount;
              const _errs18 = errors;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
                validate11.errors = [{ instancePath: instancePath + "/actionCount", schemaPath: "#/properties/actionCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                return false;
              }
              if (errors === _errs18) {
                if (typeof data7 == "number") {
                  if (data7 < 0 || isNaN(data7)) {
                    validate11.errors = [{ instancePath: instancePath + "/actionCount", schemaPath: "#/properties/actionCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                    return false;
                  }
                }
              }
              var valid0 = _errs18 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.policies !== void 0) {
                let data8 = data.policies;
                const _errs20 = errors;
                if (errors === _errs20) {
                  if (Array.isArray(data8)) {
                    var valid3 = true;
                    const len0 = data8.length;
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs22 = errors;
                      if (typeof data8[i0] !== "string") {
                        validate11.errors = [{ instancePath: instancePath + "/policies/" + i0, schemaPath: "#/properties/policies/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                        return false;
                      }
                      var valid3 = _errs22 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate11.errors = [{ instancePath: instancePath + "/policies", schemaPath: "#/properties/policies/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                    return false;
                  }
                }
                var valid0 = _errs20 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.actions !== void 0) {
                  let data10 = data.actions;
                  const _errs24 = errors;
                  if (errors === _errs24) {
                    if (Array.isArray(data10)) {
                      var valid4 = true;
                      const len1 = data10.length;
                      for (let i1 = 0; i1 < len1; i1++) {
                        const _errs26 = errors;
                        if (typeof data10[i1] !== "string") {
                          validate11.errors = [{ instancePath: instancePath + "/actions/" + i1, schemaPath: "#/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid4 = _errs26 === errors;
                        if (!valid4) {
                          break;
                        }
                      }
                    } else {
                      validate11.errors = [{ instancePath: instancePath + "/actions", schemaPath: "#/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs24 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.notActions !== void 0) {
                    let data12 = data.notActions;
                    const _errs28 = errors;
                    if (errors === _errs28) {
                      if (Array.isArray(data12)) {
                        var valid5 = true;
                        const len2 = data12.length;
                        for (let i2 = 0; i2 < len2; i2++) {
                          const _errs30 = errors;
                          if (typeof data12[i2] !== "string") {
                            validate11.errors = [{ instancePath: instancePath + "/notActions/" + i2, schemaPath: "#/properties/notActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                            return false;
                          }
                          var valid5 = _errs30 === errors;
                          if (!valid5) {
                            break;
                          }
                        }
                      } else {
                        validate11.errors = [{ instancePath: instancePath + "/notActions", schemaPath: "#/properties/notActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs28 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.managed !== void 0) {
                      let data14 = data.managed;
                      const _errs32 = errors;
                      if (errors === _errs32) {
                        if (Array.isArray(data14)) {
                          var valid6 = true;
                          const len3 = data14.length;
                          for (let i3 = 0; i3 < len3; i3++) {
                            const _errs34 = errors;
                            if (typeof data14[i3] !== "string") {
                              validate11.errors = [{ instancePath: instancePath + "/managed/" + i3, schemaPath: "#/properties/managed/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                              return false;
                            }
                            var valid6 = _errs34 === errors;
                            if (!valid6) {
                              break;
                            }
                          }
                        } else {
                          validate11.errors = [{ instancePath: instancePath + "/managed", schemaPath: "#/properties/managed/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs32 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.unresolved !== void 0) {
                        let data16 = data.unresolved;
                        const _errs36 = errors;
                        if (errors === _errs36) {
                          if (Array.isArray(data16)) {
                            var valid7 = true;
                            const len4 = data16.length;
                            for (let i4 = 0; i4 < len4; i4++) {
                              const _errs38 = errors;
                              if (typeof data16[i4] !== "string") {
                                validate11.errors = [{ instancePath: instancePath + "/unresolved/" + i4, schemaPath: "#/properties/unresolved/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                return false;
                              }
                              var valid7 = _errs38 === errors;
                              if (!valid7) {
                                break;
                              }
                            }
                          } else {
                            validate11.errors = [{ instancePath: instancePath + "/unresolved", schemaPath: "#/properties/unresolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs36 === errors;
                      } else {
                        var valid0 = true;
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate11.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.schemaVersion === void 0 && (missing0 = "schemaVersion") || data.mode === void 0 && (missing0 = "mode") || data.verdict === void 0 && (missing0 = "verdict") || data.reasons === void 0 && (missing0 = "reasons") || data.summary === void 0 && (missing0 = "summary") || data.principals === void 0 && (missing0 = "principals") || data.grants === void 0 && (missing0 = "grants") || data.allowlist === void 0 && (missing0 = "allowlist") || data.errors === void 0 && (missing0 = "errors") || data.notes === void 0 && (missing0 = "notes")) {
        validate10.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!func2.call(schema11.properties, key0)) {
            validate10.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.schemaVersion !== void 0) {
            const _errs2 = errors;
            if (1 !== data.schemaVersion) {
              validate10.errors = [{ instancePath: instancePath + "/schemaVersion", schemaPath: "#/properties/schemaVersion/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.mode !== void 0) {
              let data1 = data.mode;
              const _errs3 = errors;
              if (!(data1 === "diff" || data1 === "audit")) {
                validate10.errors = [{ instancePath: instancePath + "/mode", schemaPath: "#/properties/mode/enum", keyword: "enum", params: { allowedValues: schema11.properties.mode.enum }, message: "must be equal to one of the allowed values" }];
                return false;
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.verdict !== void 0) {
                let data2 = data.verdict;
                const _errs4 = errors;
                if (!(data2 === "pass" || data2 === "fail")) {
                  validate10.errors = [{ instancePath: instancePath + "/verdict", schemaPath: "#/properties/verdict/enum", keyword: "enum", params: { allowedValues: schema11.properties.verdict.enum }, message: "must be equal to one of the allowed values" }];
                  return false;
                }
                var valid0 = _errs4 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.reasons !== void 0) {
                  let data3 = data.reasons;
                  const _errs5 = errors;
                  if (errors === _errs5) {
                    if (Array.isArray(data3)) {
                      var valid1 = true;
                      const len0 = data3.length;
                      for (let i0 = 0; i0 < len0; i0++) {
                        const _errs7 = errors;
                        if (typeof data3[i0] !== "string") {
                          validate10.errors = [{ instancePath: instancePath + "/reasons/" + i0, schemaPath: "#/properties/reasons/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                          return false;
                        }
                        var valid1 = _errs7 === errors;
                        if (!valid1) {
                          break;
                        }
                      }
                    } else {
                      validate10.errors = [{ instancePath: instancePath + "/reasons", schemaPath: "#/properties/reasons/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                      return false;
                    }
                  }
                  var valid0 = _errs5 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.summary !== void 0) {
                    let data5 = data.summary;
                    const _errs9 = errors;
                    if (errors === _errs9) {
                      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
                        let missing1;
                        if (data5.newAccess === void 0 && (missing1 = "newAccess") || data5.unapproved === void 0 && (missing1 = "unapproved") || data5.unresolved === void 0 && (missing1 = "unresolved") || data5.removed === void 0 && (missing1 = "removed") || data5.grants === void 0 && (missing1 = "grants")) {
                          validate10.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/required", keyword: "required", params: { missingProperty: missing1 }, message: "must have required property '" + missing1 + "'" }];
                          return false;
                        } else {
                          const _errs11 = errors;
                          for (const key1 in data5) {
                            if (!(key1 === "newAccess" || key1 === "unapproved" || key1 === "unresolved" || key1 === "removed" || key1 === "grants")) {
                              validate10.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                              return false;
                              break;
                            }
                          }
                          if (_errs11 === errors) {
                            if (data5.newAccess !== void 0) {
                              let data6 = data5.newAccess;
                              const _errs12 = errors;
                              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)))) {
                                validate10.errors = [{ instancePath: instancePath + "/summary/newAccess", schemaPath: "#/properties/summary/properties/newAccess/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                return false;
                              }
                              if (errors === _errs12) {
                                if (typeof data6 == "number") {
                                  if (data6 < 0 || isNaN(data6)) {
                                    validate10.errors = [{ instancePath: instancePath + "/summary/newAccess", schemaPath: "#/properties/summary/properties/newAccess/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                    return false;
                                  }
                                }
                              }
                              var valid2 = _errs12 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data5.unapproved !== void 0) {
                                let data7 = data5.unapproved;
                                const _errs14 = errors;
                                if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)))) {
                                  validate10.errors = [{ instancePath: instancePath + "/summary/unapproved", schemaPath: "#/properties/summary/properties/unapproved/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                  return false;
                                }
                                if (errors === _errs14) {
                                  if (typeof data7 == "number") {
                                    if (data7 < 0 || isNaN(data7)) {
                                      validate10.errors = [{ instancePath: instancePath + "/summary/unapproved", schemaPath: "#/properties/summary/properties/unapproved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                      return false;
                                    }
                                  }
                                }
                                var valid2 = _errs14 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data5.unresolved !== void 0) {
                                  let data8 = data5.unresolved;
                                  const _errs16 = errors;
                                  if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)))) {
                                    validate10.errors = [{ instancePath: instancePath + "/summary/unresolved", schemaPath: "#/properties/summary/properties/unresolved/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                    return false;
                                  }
                                  if (errors === _errs16) {
                                    if (typeof data8 == "number") {
                                      if (data8 < 0 || isNaN(data8)) {
                                        validate10.errors = [{ instancePath: instancePath + "/summary/unresolved", schemaPath: "#/properties/summary/properties/unresolved/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                        return false;
                                      }
                                    }
                                  }
                                  var valid2 = _errs16 === errors;
                                } else {
                                  var valid2 = true;
                                }
                                if (valid2) {
                                  if (data5.removed !== void 0) {
                                    let data9 = data5.removed;
                                    const _errs18 = errors;
                                    if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)))) {
                                      validate10.errors = [{ instancePath: instancePath + "/summary/removed", schemaPath: "#/properties/summary/properties/removed/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                      return false;
                                    }
                                    if (errors === _errs18) {
                                      if (typeof data9 == "number") {
                                        if (data9 < 0 || isNaN(data9)) {
                                          validate10.errors = [{ instancePath: instancePath + "/summary/removed", schemaPath: "#/properties/summary/properties/removed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                          return false;
                                        }
                                      }
                                    }
                                    var valid2 = _errs18 === errors;
                                  } else {
                                    var valid2 = true;
                                  }
                                  if (valid2) {
                                    if (data5.grants !== void 0) {
                                      let data10 = data5.grants;
                                      const _errs20 = errors;
                                      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)))) {
                                        validate10.errors = [{ instancePath: instancePath + "/summary/grants", schemaPath: "#/properties/summary/properties/grants/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                        return false;
                                      }
                                      if (errors === _errs20) {
                                        if (typeof data10 == "number") {
                                          if (data10 < 0 || isNaN(data10)) {
                                            validate10.errors = [{ instancePath: instancePath + "/summary/grants", schemaPath: "#/properties/summary/properties/grants/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                            return false;
                                          }
                                        }
                                      }
                                      var valid2 = _errs20 === errors;
                                    } else {
                                      var valid2 = true;
                                    }
                                  }
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [{ instancePath: instancePath + "/summary", schemaPath: "#/properties/summary/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                        return false;
                      }
                    }
                    var valid0 = _errs9 === errors;
                  } else {
                    var valid0 = true;
                  }
                  if (valid0) {
                    if (data.principals !== void 0) {
                      let data11 = data.principals;
                      const _errs22 = errors;
                      if (errors === _errs22) {
                        if (Array.isArray(data11)) {
                          var valid3 = true;
                          const len1 = data11.length;
                          for (let i1 = 0; i1 < len1; i1++) {
                            let data12 = data11[i1];
                            const _errs24 = errors;
                            if (errors === _errs24) {
                              if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
                                let missing2;
                                if (data12.type === void 0 && (missing2 = "type") || data12.id === void 0 && (missing2 = "id") || data12.accountId === void 0 && (missing2 = "accountId") || data12.classification === void 0 && (missing2 = "classification") || data12.approved === void 0 && (missing2 = "approved") || data12.approval === void 0 && (missing2 = "approval") || data12.grants === void 0 && (missing2 = "grants")) {
                                  validate10.errors = [{ instancePath: instancePath + "/principals/" + i1, schemaPath: "#/properties/principals/items/required", keyword: "required", params: { missingProperty: missing2 }, message: "must have required property '" + missing2 + "'" }];
                                  return false;
                                } else {
                                  if (data12.type !== void 0) {
                                    let data13 = data12.type;
                                    const _errs26 = errors;
                                    if (!(data13 === "AWS" || data13 === "Service" || data13 === "Federated" || data13 === "CanonicalUser" || data13 === "Public")) {
                                      validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/type", schemaPath: "#/definitions/principalType/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
                                      return false;
                                    }
                                    var valid4 = _errs26 === errors;
                                  } else {
                                    var valid4 = true;
                                  }
                                  if (valid4) {
                                    if (data12.id !== void 0) {
                                      const _errs28 = errors;
                                      if (typeof data12.id !== "string") {
                                        validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/id", schemaPath: "#/properties/principals/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                        return false;
                                      }
                                      var valid4 = _errs28 === errors;
                                    } else {
                                      var valid4 = true;
                                    }
                                    if (valid4) {
                                      if (data12.accountId !== void 0) {
                                        let data15 = data12.accountId;
                                        const _errs30 = errors;
                                        if (typeof data15 !== "string" && data15 !== null) {
                                          validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/accountId", schemaPath: "#/properties/principals/items/properties/accountId/type", keyword: "type", params: { type: schema11.properties.principals.items.properties.accountId.type }, message: "must be string,null" }];
                                          return false;
                                        }
                                        var valid4 = _errs30 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data12.provider !== void 0) {
                                          const _errs32 = errors;
                                          if (typeof data12.provider !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/provider", schemaPath: "#/properties/principals/items/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid4 = _errs32 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data12.classification !== void 0) {
                                            let data17 = data12.classification;
                                            const _errs34 = errors;
                                            if (!(data17 === "internal" || data17 === "external" || data17 === "public" || data17 === "federated" || data17 === "service" || data17 === "unresolved")) {
                                              validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid4 = _errs34 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data12.label !== void 0) {
                                              const _errs36 = errors;
                                              if (typeof data12.label !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/label", schemaPath: "#/properties/principals/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid4 = _errs36 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data12.labelKind !== void 0) {
                                                let data19 = data12.labelKind;
                                                const _errs38 = errors;
                                                if (!(data19 === "aws-service" || data19 === "vendor" || data19 === "user")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/labelKind", schemaPath: "#/properties/principals/items/properties/labelKind/enum", keyword: "enum", params: { allowedValues: schema11.properties.principals.items.properties.labelKind.enum }, message: "must be equal to one of the allowed values" }];
                                                  return false;
                                                }
                                                var valid4 = _errs38 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                              if (valid4) {
                                                if (data12.approved !== void 0) {
                                                  const _errs39 = errors;
                                                  if (typeof data12.approved !== "boolean") {
                                                    validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/approved", schemaPath: "#/properties/principals/items/properties/approved/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                    return false;
                                                  }
                                                  var valid4 = _errs39 === errors;
                                                } else {
                                                  var valid4 = true;
                                                }
                                                if (valid4) {
                                                  if (data12.approval !== void 0) {
                                                    let data21 = data12.approval;
                                                    const _errs41 = errors;
                                                    const _errs42 = errors;
                                                    let valid7 = false;
                                                    let passing0 = null;
                                                    const _errs43 = errors;
                                                    if (data21 !== null) {
                                                      const err0 = { instancePath: instancePath + "/principals/" + i1 + "/approval", schemaPath: "#/properties/principals/items/properties/approval/oneOf/0/type", keyword: "type", params: { type: "null" }, message: "must be null" };
                                                      if (vErrors === null) {
                                                        vErrors = [err0];
                                                      } else {
                                                        vErrors.push(err0);
                                                      }
                                                      errors++;
                                                    }
                                                    var _valid0 = _errs43 === errors;
                                                    if (_valid0) {
                                                      valid7 = true;
                                                      passing0 = 0;
                                                    }
                                                    const _errs45 = errors;
                                                    const _errs46 = errors;
                                                    if (errors === _errs46) {
                                                      if (data21 && typeof data21 == "object" && !Array.isArray(data21)) {
                                                        let missing3;
                                                        if (data21.index === void 0 && (missing3 = "index") || data21.line === void 0 && (missing3 = "line") || data21.principal === void 0 && (missing3 = "principal") || data21.reason === void 0 && (missing3 = "reason") || data21.approved_by === void 0 && (missing3 = "approved_by")) {
                                                          const err1 = { instancePath: instancePath + "/principals/" + i1 + "/approval", schemaPath: "#/definitions/approval/required", keyword: "required", params: { missingProperty: missing3 }, message: "must have required property '" + missing3 + "'" };
                                                          if (vErrors === null) {
                                                            vErrors = [err1];
                                                          } else {
                                                            vErrors.push(err1);
                                                          }
                                                          errors++;
                                                        } else {
                                                          if (data21.index !== void 0) {
                                                            let data22 = data21.index;
                                                            const _errs48 = errors;
                                                            if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)))) {
                                                              const err2 = { instancePath: instancePath + "/principals/" + i1 + "/approval/index", schemaPath: "#/definitions/approval/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                              if (vErrors === null) {
                                                                vErrors = [err2];
                                                              } else {
                                                                vErrors.push(err2);
                                                              }
                                                              errors++;
                                                            }
                                                            var valid9 = _errs48 === errors;
                                                          } else {
                                                            var valid9 = true;
                                                          }
                                                          if (valid9) {
                                                            if (data21.line !== void 0) {
                                                              let data23 = data21.line;
                                                              const _errs50 = errors;
                                                              if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)))) {
                                                                const err3 = { instancePath: instancePath + "/principals/" + i1 + "/approval/line", schemaPath: "#/definitions/approval/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                                                                if (vErrors === null) {
                                                                  vErrors = [err3];
                                                                } else {
                                                                  vErrors.push(err3);
                                                                }
                                                                errors++;
                                                              }
                                                              var valid9 = _errs50 === errors;
                                                            } else {
                                                              var valid9 = true;
                                                            }
                                                            if (valid9) {
                                                              if (data21.principal !== void 0) {
                                                                const _errs52 = errors;
                                                                if (typeof data21.principal !== "string") {
                                                                  const err4 = { instancePath: instancePath + "/principals/" + i1 + "/approval/principal", schemaPath: "#/definitions/approval/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                  if (vErrors === null) {
                                                                    vErrors = [err4];
                                                                  } else {
                                                                    vErrors.push(err4);
                                                                  }
                                                                  errors++;
                                                                }
                                                                var valid9 = _errs52 === errors;
                                                              } else {
                                                                var valid9 = true;
                                                              }
                                                              if (valid9) {
                                                                if (data21.reason !== void 0) {
                                                                  const _errs54 = errors;
                                                                  if (typeof data21.reason !== "string") {
                                                                    const err5 = { instancePath: instancePath + "/principals/" + i1 + "/approval/reason", schemaPath: "#/definitions/approval/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                    if (vErrors === null) {
                                                                      vErrors = [err5];
                                                                    } else {
                                                                      vErrors.push(err5);
                                                                    }
                                                                    errors++;
                                                                  }
                                                                  var valid9 = _errs54 === errors;
                                                                } else {
                                                                  var valid9 = true;
                                                                }
                                                                if (valid9) {
                                                                  if (data21.approved_by !== void 0) {
                                                                    const _errs56 = errors;
                                                                    if (typeof data21.approved_by !== "string") {
                                                                      const err6 = { instancePath: instancePath + "/principals/" + i1 + "/approval/approved_by", schemaPath: "#/definitions/approval/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                      if (vErrors === null) {
                                                                        vErrors = [err6];
                                                                      } else {
                                                                        vErrors.push(err6);
                                                                      }
                                                                      errors++;
                                                                    }
                                                                    var valid9 = _errs56 === errors;
                                                                  } else {
                                                                    var valid9 = true;
                                                                  }
                                                                  if (valid9) {
                                                                    if (data21.ticket !== void 0) {
                                                                      const _errs58 = errors;
                                                                      if (typeof data21.ticket !== "string") {
                                                                        const err7 = { instancePath: instancePath + "/principals/" + i1 + "/approval/ticket", schemaPath: "#/definitions/approval/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                        if (vErrors === null) {
                                                                          vErrors = [err7];
                                                                        } else {
                                                                          vErrors.push(err7);
                                                                        }
                                                                        errors++;
                                                                      }
                                                                      var valid9 = _errs58 === errors;
                                                                    } else {
                                                                      var valid9 = true;
                                                                    }
                                                                    if (valid9) {
                                                                      if (data21.expires !== void 0) {
                                                                        const _errs60 = errors;
                                                                        if (typeof data21.expires !== "string") {
                                                                          const err8 = { instancePath: instancePath + "/principals/" + i1 + "/approval/expires", schemaPath: "#/definitions/approval/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                          if (vErrors === null) {
                                                                            vErrors = [err8];
                                                                          } else {
                                                                            vErrors.push(err8);
                                                                          }
                                                                          errors++;
                                                                        }
                                                                        var valid9 = _errs60 === errors;
                                                                      } else {
                                                                        var valid9 = true;
                                                                      }
                                                                      if (valid9) {
                                                                        if (data21.resources !== void 0) {
                                                                          let data29 = data21.resources;
                                                                          const _errs62 = errors;
                                                                          if (errors === _errs62) {
                                                                            if (Array.isArray(data29)) {
                                                                              var valid10 = true;
                                                                              const len2 = data29.length;
                                                                              for (let i2 = 0; i2 < len2; i2++) {
                                                                                const _errs64 = errors;
                                                                                if (typeof data29[i2] !== "string") {
                                                                                  const err9 = { instancePath: instancePath + "/principals/" + i1 + "/approval/resources/" + i2, schemaPath: "#/definitions/approval/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                  if (vErrors === null) {
                                                                                    vErrors = [err9];
                                                                                  } else {
                                                                                    vErrors.push(err9);
                                                                                  }
                                                                                  errors++;
                                                                                }
                                                                                var valid10 = _errs64 === errors;
                                                                                if (!valid10) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              const err10 = { instancePath: instancePath + "/principals/" + i1 + "/approval/resources", schemaPath: "#/definitions/approval/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                              if (vErrors === null) {
                                                                                vErrors = [err10];
                                                                              } else {
                                                                                vErrors.push(err10);
                                                                              }
                                                                              errors++;
                                                                            }
                                                                          }
                                                                          var valid9 = _errs62 === errors;
                                                                        } else {
                                                                          var valid9 = true;
                                                                        }
                                                                        if (valid9) {
                                                                          if (data21.actions !== void 0) {
                                                                            let data31 = data21.actions;
                                                                            const _errs66 = errors;
                                                                            if (errors === _errs66) {
                                                                              if (Array.isArray(data31)) {
                                                                                var valid11 = true;
                                                                                const len3 = data31.length;
                                                                                for (let i3 = 0; i3 < len3; i3++) {
                                                                                  const _errs68 = errors;
                                                                                  if (typeof data31[i3] !== "string") {
                                                                                    const err11 = { instancePath: instancePath + "/principals/" + i1 + "/approval/actions/" + i3, schemaPath: "#/definitions/approval/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                                                                    if (vErrors === null) {
                                                                                      vErrors = [err11];
                                                                                    } else {
                                                                                      vErrors.push(err11);
                                                                                    }
                                                                                    errors++;
                                                                                  }
                                                                                  var valid11 = _errs68 === errors;
                                                                                  if (!valid11) {
                                                                                    break;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                const err12 = { instancePath: instancePath + "/principals/" + i1 + "/approval/actions", schemaPath: "#/definitions/approval/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" };
                                                                                if (vErrors === null) {
                                                                                  vErrors = [err12];
                                                                                } else {
                                                                                  vErrors.push(err12);
                                                                                }
                                                                                errors++;
                                                                              }
                                                                            }
                                                                            var valid9 = _errs66 === errors;
                                                                          } else {
                                                                            var valid9 = true;
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      } else {
                                                        const err13 = { instancePath: instancePath + "/principals/" + i1 + "/approval", schemaPath: "#/definitions/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" };
                                                        if (vErrors === null) {
                                                          vErrors = [err13];
                                                        } else {
                                                          vErrors.push(err13);
                                                        }
                                                        errors++;
                                                      }
                                                    }
                                                    var _valid0 = _errs45 === errors;
                                                    if (_valid0 && valid7) {
                                                      valid7 = false;
                                                      passing0 = [passing0, 1];
                                                    } else {
                                                      if (_valid0) {
                                                        valid7 = true;
                                                        passing0 = 1;
                                                      }
                                                    }
                                                    if (!valid7) {
                                                      const err14 = { instancePath: instancePath + "/principals/" + i1 + "/approval", schemaPath: "#/properties/principals/items/properties/approval/oneOf", keyword: "oneOf", params: { passingSchemas: passing0 }, message: "must match exactly one schema in oneOf" };
                                                      if (vErrors === null) {
                                                        vErrors = [err14];
                                                      } else {
                                                        vErrors.push(err14);
                                                      }
                                                      errors++;
                                                      validate10.errors = vErrors;
                                                      return false;
                                                    } else {
                                                      errors = _errs42;
                                                      if (vErrors !== null) {
                                                        if (_errs42) {
                                                          vErrors.length = _errs42;
                                                        } else {
                                                          vErrors = null;
                                                        }
                                                      }
                                                    }
                                                    var valid4 = _errs41 === errors;
                                                  } else {
                                                    var valid4 = true;
                                                  }
                                                  if (valid4) {
                                                    if (data12.pendingApproval !== void 0) {
                                                      let data33 = data12.pendingApproval;
                                                      const _errs70 = errors;
                                                      const _errs71 = errors;
                                                      if (errors === _errs71) {
                                                        if (data33 && typeof data33 == "object" && !Array.isArray(data33)) {
                                                          let missing4;
                                                          if (data33.index === void 0 && (missing4 = "index") || data33.line === void 0 && (missing4 = "line") || data33.principal === void 0 && (missing4 = "principal") || data33.reason === void 0 && (missing4 = "reason") || data33.approved_by === void 0 && (missing4 = "approved_by")) {
                                                            validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval", schemaPath: "#/definitions/approval/required", keyword: "required", params: { missingProperty: missing4 }, message: "must have required property '" + missing4 + "'" }];
                                                            return false;
                                                          } else {
                                                            if (data33.index !== void 0) {
                                                              let data34 = data33.index;
                                                              const _errs73 = errors;
                                                              if (!(typeof data34 == "number" && (!(data34 % 1) && !isNaN(data34)))) {
                                                                validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/index", schemaPath: "#/definitions/approval/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              var valid13 = _errs73 === errors;
                                                            } else {
                                                              var valid13 = true;
                                                            }
                                                            if (valid13) {
                                                              if (data33.line !== void 0) {
                                                                let data35 = data33.line;
                                                                const _errs75 = errors;
                                                                if (!(typeof data35 == "number" && (!(data35 % 1) && !isNaN(data35)))) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/line", schemaPath: "#/definitions/approval/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                var valid13 = _errs75 === errors;
                                                              } else {
                                                                var valid13 = true;
                                                              }
                                                              if (valid13) {
                                                                if (data33.principal !== void 0) {
                                                                  const _errs77 = errors;
                                                                  if (typeof data33.principal !== "string") {
                                                                    validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/principal", schemaPath: "#/definitions/approval/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid13 = _errs77 === errors;
                                                                } else {
                                                                  var valid13 = true;
                                                                }
                                                                if (valid13) {
                                                                  if (data33.reason !== void 0) {
                                                                    const _errs79 = errors;
                                                                    if (typeof data33.reason !== "string") {
                                                                      validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/reason", schemaPath: "#/definitions/approval/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid13 = _errs79 === errors;
                                                                  } else {
                                                                    var valid13 = true;
                                                                  }
                                                                  if (valid13) {
                                                                    if (data33.approved_by !== void 0) {
                                                                      const _errs81 = errors;
                                                                      if (typeof data33.approved_by !== "string") {
                                                                        validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/approved_by", schemaPath: "#/definitions/approval/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid13 = _errs81 === errors;
                                                                    } else {
                                                                      var valid13 = true;
                                                                    }
                                                                    if (valid13) {
                                                                      if (data33.ticket !== void 0) {
                                                                        const _errs83 = errors;
                                                                        if (typeof data33.ticket !== "string") {
                                                                          validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/ticket", schemaPath: "#/definitions/approval/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid13 = _errs83 === errors;
                                                                      } else {
                                                                        var valid13 = true;
                                                                      }
                                                                      if (valid13) {
                                                                        if (data33.expires !== void 0) {
                                                                          const _errs85 = errors;
                                                                          if (typeof data33.expires !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/expires", schemaPath: "#/definitions/approval/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid13 = _errs85 === errors;
                                                                        } else {
                                                                          var valid13 = true;
                                                                        }
                                                                        if (valid13) {
                                                                          if (data33.resources !== void 0) {
                                                                            let data41 = data33.resources;
                                                                            const _errs87 = errors;
                                                                            if (errors === _errs87) {
                                                                              if (Array.isArray(data41)) {
                                                                                var valid14 = true;
                                                                                const len4 = data41.length;
                                                                                for (let i4 = 0; i4 < len4; i4++) {
                                                                                  const _errs89 = errors;
                                                                                  if (typeof data41[i4] !== "string") {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/resources/" + i4, schemaPath: "#/definitions/approval/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                    return false;
                                                                                  }
                                                                                  var valid14 = _errs89 === errors;
                                                                                  if (!valid14) {
                                                                                    break;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/resources", schemaPath: "#/definitions/approval/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid13 = _errs87 === errors;
                                                                          } else {
                                                                            var valid13 = true;
                                                                          }
                                                                          if (valid13) {
                                                                            if (data33.actions !== void 0) {
                                                                              let data43 = data33.actions;
                                                                              const _errs91 = errors;
                                                                              if (errors === _errs91) {
                                                                                if (Array.isArray(data43)) {
                                                                                  var valid15 = true;
                                                                                  const len5 = data43.length;
                                                                                  for (let i5 = 0; i5 < len5; i5++) {
                                                                                    const _errs93 = errors;
                                                                                    if (typeof data43[i5] !== "string") {
                                                                                      validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/actions/" + i5, schemaPath: "#/definitions/approval/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid15 = _errs93 === errors;
                                                                                    if (!valid15) {
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval/actions", schemaPath: "#/definitions/approval/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid13 = _errs91 === errors;
                                                                            } else {
                                                                              var valid13 = true;
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/pendingApproval", schemaPath: "#/definitions/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid4 = _errs70 === errors;
                                                    } else {
                                                      var valid4 = true;
                                                    }
                                                    if (valid4) {
                                                      if (data12.expiredApproval !== void 0) {
                                                        let data45 = data12.expiredApproval;
                                                        const _errs95 = errors;
                                                        const _errs96 = errors;
                                                        if (errors === _errs96) {
                                                          if (data45 && typeof data45 == "object" && !Array.isArray(data45)) {
                                                            let missing5;
                                                            if (data45.index === void 0 && (missing5 = "index") || data45.line === void 0 && (missing5 = "line") || data45.principal === void 0 && (missing5 = "principal") || data45.reason === void 0 && (missing5 = "reason") || data45.approved_by === void 0 && (missing5 = "approved_by")) {
                                                              validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval", schemaPath: "#/definitions/approval/required", keyword: "required", params: { missingProperty: missing5 }, message: "must have required property '" + missing5 + "'" }];
                                                              return false;
                                                            } else {
                                                              if (data45.index !== void 0) {
                                                                let data46 = data45.index;
                                                                const _errs98 = errors;
                                                                if (!(typeof data46 == "number" && (!(data46 % 1) && !isNaN(data46)))) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/index", schemaPath: "#/definitions/approval/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                var valid17 = _errs98 === errors;
                                                              } else {
                                                                var valid17 = true;
                                                              }
                                                              if (valid17) {
                                                                if (data45.line !== void 0) {
                                                                  let data47 = data45.line;
                                                                  const _errs100 = errors;
                                                                  if (!(typeof data47 == "number" && (!(data47 % 1) && !isNaN(data47)))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/line", schemaPath: "#/definitions/approval/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  var valid17 = _errs100 === errors;
                                                                } else {
                                                                  var valid17 = true;
                                                                }
                                                                if (valid17) {
                                                                  if (data45.principal !== void 0) {
                                                                    const _errs102 = errors;
                                                                    if (typeof data45.principal !== "string") {
                                                                      validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/principal", schemaPath: "#/definitions/approval/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid17 = _errs102 === errors;
                                                                  } else {
                                                                    var valid17 = true;
                                                                  }
                                                                  if (valid17) {
                                                                    if (data45.reason !== void 0) {
                                                                      const _errs104 = errors;
                                                                      if (typeof data45.reason !== "string") {
                                                                        validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/reason", schemaPath: "#/definitions/approval/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid17 = _errs104 === errors;
                                                                    } else {
                                                                      var valid17 = true;
                                                                    }
                                                                    if (valid17) {
                                                                      if (data45.approved_by !== void 0) {
                                                                        const _errs106 = errors;
                                                                        if (typeof data45.approved_by !== "string") {
                                                                          validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/approved_by", schemaPath: "#/definitions/approval/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid17 = _errs106 === errors;
                                                                      } else {
                                                                        var valid17 = true;
                                                                      }
                                                                      if (valid17) {
                                                                        if (data45.ticket !== void 0) {
                                                                          const _errs108 = errors;
                                                                          if (typeof data45.ticket !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/ticket", schemaPath: "#/definitions/approval/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid17 = _errs108 === errors;
                                                                        } else {
                                                                          var valid17 = true;
                                                                        }
                                                                        if (valid17) {
                                                                          if (data45.expires !== void 0) {
                                                                            const _errs110 = errors;
                                                                            if (typeof data45.expires !== "string") {
                                                                              validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/expires", schemaPath: "#/definitions/approval/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid17 = _errs110 === errors;
                                                                          } else {
                                                                            var valid17 = true;
                                                                          }
                                                                          if (valid17) {
                                                                            if (data45.resources !== void 0) {
                                                                              let data53 = data45.resources;
                                                                              const _errs112 = errors;
                                                                              if (errors === _errs112) {
                                                                                if (Array.isArray(data53)) {
                                                                                  var valid18 = true;
                                                                                  const len6 = data53.length;
                                                                                  for (let i6 = 0; i6 < len6; i6++) {
                                                                                    const _errs114 = errors;
                                                                                    if (typeof data53[i6] !== "string") {
                                                                                      validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/resources/" + i6, schemaPath: "#/definitions/approval/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                      return false;
                                                                                    }
                                                                                    var valid18 = _errs114 === errors;
                                                                                    if (!valid18) {
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/resources", schemaPath: "#/definitions/approval/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid17 = _errs112 === errors;
                                                                            } else {
                                                                              var valid17 = true;
                                                                            }
                                                                            if (valid17) {
                                                                              if (data45.actions !== void 0) {
                                                                                let data55 = data45.actions;
                                                                                const _errs116 = errors;
                                                                                if (errors === _errs116) {
                                                                                  if (Array.isArray(data55)) {
                                                                                    var valid19 = true;
                                                                                    const len7 = data55.length;
                                                                                    for (let i7 = 0; i7 < len7; i7++) {
                                                                                      const _errs118 = errors;
                                                                                      if (typeof data55[i7] !== "string") {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/actions/" + i7, schemaPath: "#/definitions/approval/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                        return false;
                                                                                      }
                                                                                      var valid19 = _errs118 === errors;
                                                                                      if (!valid19) {
                                                                                        break;
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval/actions", schemaPath: "#/definitions/approval/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid17 = _errs116 === errors;
                                                                              } else {
                                                                                var valid17 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          } else {
                                                            validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/expiredApproval", schemaPath: "#/definitions/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid4 = _errs95 === errors;
                                                      } else {
                                                        var valid4 = true;
                                                      }
                                                      if (valid4) {
                                                        if (data12.grants !== void 0) {
                                                          let data57 = data12.grants;
                                                          const _errs120 = errors;
                                                          if (errors === _errs120) {
                                                            if (Array.isArray(data57)) {
                                                              var valid20 = true;
                                                              const len8 = data57.length;
                                                              for (let i8 = 0; i8 < len8; i8++) {
                                                                let data58 = data57[i8];
                                                                const _errs122 = errors;
                                                                if (errors === _errs122) {
                                                                  if (typeof data58 === "string") {
                                                                    if (!pattern0.test(data58)) {
                                                                      validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/grants/" + i8, schemaPath: "#/properties/principals/items/properties/grants/items/pattern", keyword: "pattern", params: { pattern: "^g[0-9]+$" }, message: 'must match pattern "^g[0-9]+$"' }];
                                                                      return false;
                                                                    }
                                                                  } else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/grants/" + i8, schemaPath: "#/properties/principals/items/properties/grants/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid20 = _errs122 === errors;
                                                                if (!valid20) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/principals/" + i1 + "/grants", schemaPath: "#/properties/principals/items/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid4 = _errs120 === errors;
                                                        } else {
                                                          var valid4 = true;
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/principals/" + i1, schemaPath: "#/properties/principals/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                return false;
                              }
                            }
                            var valid3 = _errs24 === errors;
                            if (!valid3) {
                              break;
                            }
                          }
                        } else {
                          validate10.errors = [{ instancePath: instancePath + "/principals", schemaPath: "#/properties/principals/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                          return false;
                        }
                      }
                      var valid0 = _errs22 === errors;
                    } else {
                      var valid0 = true;
                    }
                    if (valid0) {
                      if (data.grants !== void 0) {
                        let data59 = data.grants;
                        const _errs124 = errors;
                        if (errors === _errs124) {
                          if (Array.isArray(data59)) {
                            var valid21 = true;
                            const len9 = data59.length;
                            for (let i9 = 0; i9 < len9; i9++) {
                              let data60 = data59[i9];
                              const _errs126 = errors;
                              if (errors === _errs126) {
                                if (data60 && typeof data60 == "object" && !Array.isArray(data60)) {
                                  let missing6;
                                  if (data60.id === void 0 && (missing6 = "id") || data60.change === void 0 && (missing6 = "change") || data60.principal === void 0 && (missing6 = "principal") || data60.classification === void 0 && (missing6 = "classification") || data60.mechanism === void 0 && (missing6 = "mechanism") || data60.resource === void 0 && (missing6 = "resource") || data60.actions === void 0 && (missing6 = "actions") || data60.conditions === void 0 && (missing6 = "conditions")) {
                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9, schemaPath: "#/properties/grants/items/required", keyword: "required", params: { missingProperty: missing6 }, message: "must have required property '" + missing6 + "'" }];
                                    return false;
                                  } else {
                                    if (data60.id !== void 0) {
                                      let data61 = data60.id;
                                      const _errs128 = errors;
                                      if (errors === _errs128) {
                                        if (typeof data61 === "string") {
                                          if (!pattern0.test(data61)) {
                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/id", schemaPath: "#/properties/grants/items/properties/id/pattern", keyword: "pattern", params: { pattern: "^g[0-9]+$" }, message: 'must match pattern "^g[0-9]+$"' }];
                                            return false;
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/id", schemaPath: "#/properties/grants/items/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                          return false;
                                        }
                                      }
                                      var valid22 = _errs128 === errors;
                                    } else {
                                      var valid22 = true;
                                    }
                                    if (valid22) {
                                      if (data60.change !== void 0) {
                                        let data62 = data60.change;
                                        const _errs130 = errors;
                                        if (!(data62 === "added" || data62 === "removed" || data62 === "unchanged" || data62 === "present")) {
                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/change", schemaPath: "#/properties/grants/items/properties/change/enum", keyword: "enum", params: { allowedValues: schema11.properties.grants.items.properties.change.enum }, message: "must be equal to one of the allowed values" }];
                                          return false;
                                        }
                                        var valid22 = _errs130 === errors;
                                      } else {
                                        var valid22 = true;
                                      }
                                      if (valid22) {
                                        if (data60.principal !== void 0) {
                                          let data63 = data60.principal;
                                          const _errs131 = errors;
                                          if (errors === _errs131) {
                                            if (data63 && typeof data63 == "object" && !Array.isArray(data63)) {
                                              let missing7;
                                              if (data63.type === void 0 && (missing7 = "type") || data63.id === void 0 && (missing7 = "id") || data63.accountId === void 0 && (missing7 = "accountId")) {
                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/principal", schemaPath: "#/properties/grants/items/properties/principal/required", keyword: "required", params: { missingProperty: missing7 }, message: "must have required property '" + missing7 + "'" }];
                                                return false;
                                              } else {
                                                if (data63.type !== void 0) {
                                                  let data64 = data63.type;
                                                  const _errs133 = errors;
                                                  if (!(data64 === "AWS" || data64 === "Service" || data64 === "Federated" || data64 === "CanonicalUser" || data64 === "Public")) {
                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/principal/type", schemaPath: "#/definitions/principalType/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values" }];
                                                    return false;
                                                  }
                                                  var valid23 = _errs133 === errors;
                                                } else {
                                                  var valid23 = true;
                                                }
                                                if (valid23) {
                                                  if (data63.id !== void 0) {
                                                    const _errs135 = errors;
                                                    if (typeof data63.id !== "string") {
                                                      validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/principal/id", schemaPath: "#/properties/grants/items/properties/principal/properties/id/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                      return false;
                                                    }
                                                    var valid23 = _errs135 === errors;
                                                  } else {
                                                    var valid23 = true;
                                                  }
                                                  if (valid23) {
                                                    if (data63.accountId !== void 0) {
                                                      let data66 = data63.accountId;
                                                      const _errs137 = errors;
                                                      if (typeof data66 !== "string" && data66 !== null) {
                                                        validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/principal/accountId", schemaPath: "#/properties/grants/items/properties/principal/properties/accountId/type", keyword: "type", params: { type: schema11.properties.grants.items.properties.principal.properties.accountId.type }, message: "must be string,null" }];
                                                        return false;
                                                      }
                                                      var valid23 = _errs137 === errors;
                                                    } else {
                                                      var valid23 = true;
                                                    }
                                                    if (valid23) {
                                                      if (data63.provider !== void 0) {
                                                        const _errs139 = errors;
                                                        if (typeof data63.provider !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/principal/provider", schemaPath: "#/properties/grants/items/properties/principal/properties/provider/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid23 = _errs139 === errors;
                                                      } else {
                                                        var valid23 = true;
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/principal", schemaPath: "#/properties/grants/items/properties/principal/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid22 = _errs131 === errors;
                                        } else {
                                          var valid22 = true;
                                        }
                                        if (valid22) {
                                          if (data60.classification !== void 0) {
                                            let data68 = data60.classification;
                                            const _errs141 = errors;
                                            if (!(data68 === "internal" || data68 === "external" || data68 === "public" || data68 === "federated" || data68 === "service" || data68 === "unresolved")) {
                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/classification", schemaPath: "#/definitions/classification/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values" }];
                                              return false;
                                            }
                                            var valid22 = _errs141 === errors;
                                          } else {
                                            var valid22 = true;
                                          }
                                          if (valid22) {
                                            if (data60.subkind !== void 0) {
                                              const _errs143 = errors;
                                              if (typeof data60.subkind !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/subkind", schemaPath: "#/properties/grants/items/properties/subkind/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid22 = _errs143 === errors;
                                            } else {
                                              var valid22 = true;
                                            }
                                            if (valid22) {
                                              if (data60.mechanism !== void 0) {
                                                const _errs145 = errors;
                                                if (typeof data60.mechanism !== "string") {
                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/mechanism", schemaPath: "#/properties/grants/items/properties/mechanism/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                  return false;
                                                }
                                                var valid22 = _errs145 === errors;
                                              } else {
                                                var valid22 = true;
                                              }
                                              if (valid22) {
                                                if (data60.label !== void 0) {
                                                  const _errs147 = errors;
                                                  if (typeof data60.label !== "string") {
                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/label", schemaPath: "#/properties/grants/items/properties/label/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                    return false;
                                                  }
                                                  var valid22 = _errs147 === errors;
                                                } else {
                                                  var valid22 = true;
                                                }
                                                if (valid22) {
                                                  if (data60.approved !== void 0) {
                                                    const _errs149 = errors;
                                                    if (typeof data60.approved !== "boolean") {
                                                      validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/approved", schemaPath: "#/properties/grants/items/properties/approved/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                      return false;
                                                    }
                                                    var valid22 = _errs149 === errors;
                                                  } else {
                                                    var valid22 = true;
                                                  }
                                                  if (valid22) {
                                                    if (data60.resource !== void 0) {
                                                      let data73 = data60.resource;
                                                      const _errs151 = errors;
                                                      if (errors === _errs151) {
                                                        if (data73 && typeof data73 == "object" && !Array.isArray(data73)) {
                                                          let missing8;
                                                          if (data73.source === void 0 && (missing8 = "source") || data73.file === void 0 && (missing8 = "file") || data73.line === void 0 && (missing8 = "line") || data73.address === void 0 && (missing8 = "address") || data73.type === void 0 && (missing8 = "type") || data73.unit === void 0 && (missing8 = "unit")) {
                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource", schemaPath: "#/properties/grants/items/properties/resource/required", keyword: "required", params: { missingProperty: missing8 }, message: "must have required property '" + missing8 + "'" }];
                                                            return false;
                                                          } else {
                                                            if (data73.source !== void 0) {
                                                              let data74 = data73.source;
                                                              const _errs153 = errors;
                                                              if (!(data74 === "terraform" || data74 === "terraform-plan" || data74 === "cloudformation" || data74 === "cdk")) {
                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/source", schemaPath: "#/properties/grants/items/properties/resource/properties/source/enum", keyword: "enum", params: { allowedValues: schema11.properties.grants.items.properties.resource.properties.source.enum }, message: "must be equal to one of the allowed values" }];
                                                                return false;
                                                              }
                                                              var valid26 = _errs153 === errors;
                                                            } else {
                                                              var valid26 = true;
                                                            }
                                                            if (valid26) {
                                                              if (data73.file !== void 0) {
                                                                const _errs154 = errors;
                                                                if (typeof data73.file !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/file", schemaPath: "#/properties/grants/items/properties/resource/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid26 = _errs154 === errors;
                                                              } else {
                                                                var valid26 = true;
                                                              }
                                                              if (valid26) {
                                                                if (data73.line !== void 0) {
                                                                  let data76 = data73.line;
                                                                  const _errs156 = errors;
                                                                  if (!(typeof data76 == "number" && (!(data76 % 1) && !isNaN(data76)))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/line", schemaPath: "#/properties/grants/items/properties/resource/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs156) {
                                                                    if (typeof data76 == "number") {
                                                                      if (data76 < 1 || isNaN(data76)) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/line", schemaPath: "#/properties/grants/items/properties/resource/properties/line/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid26 = _errs156 === errors;
                                                                } else {
                                                                  var valid26 = true;
                                                                }
                                                                if (valid26) {
                                                                  if (data73.address !== void 0) {
                                                                    const _errs158 = errors;
                                                                    if (typeof data73.address !== "string") {
                                                                      validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/address", schemaPath: "#/properties/grants/items/properties/resource/properties/address/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                      return false;
                                                                    }
                                                                    var valid26 = _errs158 === errors;
                                                                  } else {
                                                                    var valid26 = true;
                                                                  }
                                                                  if (valid26) {
                                                                    if (data73.type !== void 0) {
                                                                      const _errs160 = errors;
                                                                      if (typeof data73.type !== "string") {
                                                                        validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/type", schemaPath: "#/properties/grants/items/properties/resource/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid26 = _errs160 === errors;
                                                                    } else {
                                                                      var valid26 = true;
                                                                    }
                                                                    if (valid26) {
                                                                      if (data73.target !== void 0) {
                                                                        const _errs162 = errors;
                                                                        if (typeof data73.target !== "string") {
                                                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/target", schemaPath: "#/properties/grants/items/properties/resource/properties/target/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid26 = _errs162 === errors;
                                                                      } else {
                                                                        var valid26 = true;
                                                                      }
                                                                      if (valid26) {
                                                                        if (data73.targetConstructPath !== void 0) {
                                                                          const _errs164 = errors;
                                                                          if (typeof data73.targetConstructPath !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/targetConstructPath", schemaPath: "#/properties/grants/items/properties/resource/properties/targetConstructPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid26 = _errs164 === errors;
                                                                        } else {
                                                                          var valid26 = true;
                                                                        }
                                                                        if (valid26) {
                                                                          if (data73.unit !== void 0) {
                                                                            const _errs166 = errors;
                                                                            if (typeof data73.unit !== "string") {
                                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/unit", schemaPath: "#/properties/grants/items/properties/resource/properties/unit/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid26 = _errs166 === errors;
                                                                          } else {
                                                                            var valid26 = true;
                                                                          }
                                                                          if (valid26) {
                                                                            if (data73.stack !== void 0) {
                                                                              const _errs168 = errors;
                                                                              if (typeof data73.stack !== "string") {
                                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/stack", schemaPath: "#/properties/grants/items/properties/resource/properties/stack/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                              var valid26 = _errs168 === errors;
                                                                            } else {
                                                                              var valid26 = true;
                                                                            }
                                                                            if (valid26) {
                                                                              if (data73.constructPath !== void 0) {
                                                                                const _errs170 = errors;
                                                                                if (typeof data73.constructPath !== "string") {
                                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource/constructPath", schemaPath: "#/properties/grants/items/properties/resource/properties/constructPath/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                                var valid26 = _errs170 === errors;
                                                                              } else {
                                                                                var valid26 = true;
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/resource", schemaPath: "#/properties/grants/items/properties/resource/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid22 = _errs151 === errors;
                                                    } else {
                                                      var valid22 = true;
                                                    }
                                                    if (valid22) {
                                                      if (data60.actions !== void 0) {
                                                        let data84 = data60.actions;
                                                        const _errs172 = errors;
                                                        if (errors === _errs172) {
                                                          if (Array.isArray(data84)) {
                                                            var valid27 = true;
                                                            const len10 = data84.length;
                                                            for (let i10 = 0; i10 < len10; i10++) {
                                                              const _errs174 = errors;
                                                              if (typeof data84[i10] !== "string") {
                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/actions/" + i10, schemaPath: "#/properties/grants/items/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid27 = _errs174 === errors;
                                                              if (!valid27) {
                                                                break;
                                                              }
                                                            }
                                                          } else {
                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/actions", schemaPath: "#/properties/grants/items/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                            return false;
                                                          }
                                                        }
                                                        var valid22 = _errs172 === errors;
                                                      } else {
                                                        var valid22 = true;
                                                      }
                                                      if (valid22) {
                                                        if (data60.notActions !== void 0) {
                                                          let data86 = data60.notActions;
                                                          const _errs176 = errors;
                                                          if (errors === _errs176) {
                                                            if (Array.isArray(data86)) {
                                                              var valid28 = true;
                                                              const len11 = data86.length;
                                                              for (let i11 = 0; i11 < len11; i11++) {
                                                                const _errs178 = errors;
                                                                if (typeof data86[i11] !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/notActions/" + i11, schemaPath: "#/properties/grants/items/properties/notActions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid28 = _errs178 === errors;
                                                                if (!valid28) {
                                                                  break;
                                                                }
                                                              }
                                                            } else {
                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/notActions", schemaPath: "#/properties/grants/items/properties/notActions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                              return false;
                                                            }
                                                          }
                                                          var valid22 = _errs176 === errors;
                                                        } else {
                                                          var valid22 = true;
                                                        }
                                                        if (valid22) {
                                                          if (data60.conditions !== void 0) {
                                                            let data88 = data60.conditions;
                                                            const _errs180 = errors;
                                                            if (!(data88 && typeof data88 == "object" && !Array.isArray(data88))) {
                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/conditions", schemaPath: "#/properties/grants/items/properties/conditions/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                              return false;
                                                            }
                                                            var valid22 = _errs180 === errors;
                                                          } else {
                                                            var valid22 = true;
                                                          }
                                                          if (valid22) {
                                                            if (data60.via !== void 0) {
                                                              const _errs182 = errors;
                                                              if (typeof data60.via !== "string") {
                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/via", schemaPath: "#/properties/grants/items/properties/via/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid22 = _errs182 === errors;
                                                            } else {
                                                              var valid22 = true;
                                                            }
                                                            if (valid22) {
                                                              if (data60.conditional !== void 0) {
                                                                const _errs184 = errors;
                                                                if (typeof data60.conditional !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/conditional", schemaPath: "#/properties/grants/items/properties/conditional/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid22 = _errs184 === errors;
                                                              } else {
                                                                var valid22 = true;
                                                              }
                                                              if (valid22) {
                                                                if (data60.input !== void 0) {
                                                                  const _errs186 = errors;
                                                                  if (typeof data60.input !== "string") {
                                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/input", schemaPath: "#/properties/grants/items/properties/input/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                    return false;
                                                                  }
                                                                  var valid22 = _errs186 === errors;
                                                                } else {
                                                                  var valid22 = true;
                                                                }
                                                                if (valid22) {
                                                                  if (data60.unresolved !== void 0) {
                                                                    let data92 = data60.unresolved;
                                                                    const _errs188 = errors;
                                                                    if (errors === _errs188) {
                                                                      if (Array.isArray(data92)) {
                                                                        var valid29 = true;
                                                                        const len12 = data92.length;
                                                                        for (let i12 = 0; i12 < len12; i12++) {
                                                                          const _errs190 = errors;
                                                                          if (typeof data92[i12] !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/unresolved/" + i12, schemaPath: "#/properties/grants/items/properties/unresolved/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid29 = _errs190 === errors;
                                                                          if (!valid29) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/unresolved", schemaPath: "#/properties/grants/items/properties/unresolved/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid22 = _errs188 === errors;
                                                                  } else {
                                                                    var valid22 = true;
                                                                  }
                                                                  if (valid22) {
                                                                    if (data60.notes !== void 0) {
                                                                      let data94 = data60.notes;
                                                                      const _errs192 = errors;
                                                                      if (errors === _errs192) {
                                                                        if (Array.isArray(data94)) {
                                                                          var valid30 = true;
                                                                          const len13 = data94.length;
                                                                          for (let i13 = 0; i13 < len13; i13++) {
                                                                            const _errs194 = errors;
                                                                            if (typeof data94[i13] !== "string") {
                                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/notes/" + i13, schemaPath: "#/properties/grants/items/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                              return false;
                                                                            }
                                                                            var valid30 = _errs194 === errors;
                                                                            if (!valid30) {
                                                                              break;
                                                                            }
                                                                          }
                                                                        } else {
                                                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/notes", schemaPath: "#/properties/grants/items/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                          return false;
                                                                        }
                                                                      }
                                                                      var valid22 = _errs192 === errors;
                                                                    } else {
                                                                      var valid22 = true;
                                                                    }
                                                                    if (valid22) {
                                                                      if (data60.widened !== void 0) {
                                                                        let data96 = data60.widened;
                                                                        const _errs196 = errors;
                                                                        if (errors === _errs196) {
                                                                          if (Array.isArray(data96)) {
                                                                            var valid31 = true;
                                                                            const len14 = data96.length;
                                                                            for (let i14 = 0; i14 < len14; i14++) {
                                                                              const _errs198 = errors;
                                                                              if (typeof data96[i14] !== "string") {
                                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/widened/" + i14, schemaPath: "#/properties/grants/items/properties/widened/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                return false;
                                                                              }
                                                                              var valid31 = _errs198 === errors;
                                                                              if (!valid31) {
                                                                                break;
                                                                              }
                                                                            }
                                                                          } else {
                                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/widened", schemaPath: "#/properties/grants/items/properties/widened/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                            return false;
                                                                          }
                                                                        }
                                                                        var valid22 = _errs196 === errors;
                                                                      } else {
                                                                        var valid22 = true;
                                                                      }
                                                                      if (valid22) {
                                                                        if (data60.inputsChanged !== void 0) {
                                                                          let data98 = data60.inputsChanged;
                                                                          const _errs200 = errors;
                                                                          if (errors === _errs200) {
                                                                            if (Array.isArray(data98)) {
                                                                              var valid32 = true;
                                                                              const len15 = data98.length;
                                                                              for (let i15 = 0; i15 < len15; i15++) {
                                                                                const _errs202 = errors;
                                                                                if (typeof data98[i15] !== "string") {
                                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/inputsChanged/" + i15, schemaPath: "#/properties/grants/items/properties/inputsChanged/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                                  return false;
                                                                                }
                                                                                var valid32 = _errs202 === errors;
                                                                                if (!valid32) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/inputsChanged", schemaPath: "#/properties/grants/items/properties/inputsChanged/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid22 = _errs200 === errors;
                                                                        } else {
                                                                          var valid22 = true;
                                                                        }
                                                                        if (valid22) {
                                                                          if (data60.accessLevels !== void 0) {
                                                                            let data100 = data60.accessLevels;
                                                                            const _errs204 = errors;
                                                                            const _errs205 = errors;
                                                                            if (errors === _errs205) {
                                                                              if (data100 && typeof data100 == "object" && !Array.isArray(data100)) {
                                                                                const _errs207 = errors;
                                                                                for (const key2 in data100) {
                                                                                  if (!(key2 === "Permissions management" || key2 === "Write" || key2 === "Tagging" || key2 === "Read" || key2 === "List" || key2 === "Unknown")) {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels", schemaPath: "#/definitions/accessLevels/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties" }];
                                                                                    return false;
                                                                                    break;
                                                                                  }
                                                                                }
                                                                                if (_errs207 === errors) {
                                                                                  if (data100["Permissions management"] !== void 0) {
                                                                                    let data101 = data100["Permissions management"];
                                                                                    const _errs208 = errors;
                                                                                    if (!(typeof data101 == "number" && (!(data101 % 1) && !isNaN(data101)))) {
                                                                                      validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Permissions management", schemaPath: "#/definitions/accessLevels/properties/Permissions%20management/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                      return false;
                                                                                    }
                                                                                    if (errors === _errs208) {
                                                                                      if (typeof data101 == "number") {
                                                                                        if (data101 < 1 || isNaN(data101)) {
                                                                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Permissions management", schemaPath: "#/definitions/accessLevels/properties/Permissions%20management/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                    var valid34 = _errs208 === errors;
                                                                                  } else {
                                                                                    var valid34 = true;
                                                                                  }
                                                                                  if (valid34) {
                                                                                    if (data100.Write !== void 0) {
                                                                                      let data102 = data100.Write;
                                                                                      const _errs210 = errors;
                                                                                      if (!(typeof data102 == "number" && (!(data102 % 1) && !isNaN(data102)))) {
                                                                                        validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Write", schemaPath: "#/definitions/accessLevels/properties/Write/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                        return false;
                                                                                      }
                                                                                      if (errors === _errs210) {
                                                                                        if (typeof data102 == "number") {
                                                                                          if (data102 < 1 || isNaN(data102)) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Write", schemaPath: "#/definitions/accessLevels/properties/Write/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                            return false;
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                      var valid34 = _errs210 === errors;
                                                                                    } else {
                                                                                      var valid34 = true;
                                                                                    }
                                                                                    if (valid34) {
                                                                                      if (data100.Tagging !== void 0) {
                                                                                        let data103 = data100.Tagging;
                                                                                        const _errs212 = errors;
                                                                                        if (!(typeof data103 == "number" && (!(data103 % 1) && !isNaN(data103)))) {
                                                                                          validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Tagging", schemaPath: "#/definitions/accessLevels/properties/Tagging/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                          return false;
                                                                                        }
                                                                                        if (errors === _errs212) {
                                                                                          if (typeof data103 == "number") {
                                                                                            if (data103 < 1 || isNaN(data103)) {
                                                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Tagging", schemaPath: "#/definitions/accessLevels/properties/Tagging/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                              return false;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                        var valid34 = _errs212 === errors;
                                                                                      } else {
                                                                                        var valid34 = true;
                                                                                      }
                                                                                      if (valid34) {
                                                                                        if (data100.Read !== void 0) {
                                                                                          let data104 = data100.Read;
                                                                                          const _errs214 = errors;
                                                                                          if (!(typeof data104 == "number" && (!(data104 % 1) && !isNaN(data104)))) {
                                                                                            validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Read", schemaPath: "#/definitions/accessLevels/properties/Read/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                            return false;
                                                                                          }
                                                                                          if (errors === _errs214) {
                                                                                            if (typeof data104 == "number") {
                                                                                              if (data104 < 1 || isNaN(data104)) {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Read", schemaPath: "#/definitions/accessLevels/properties/Read/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                return false;
                                                                                              }
                                                                                            }
                                                                                          }
                                                                                          var valid34 = _errs214 === errors;
                                                                                        } else {
                                                                                          var valid34 = true;
                                                                                        }
                                                                                        if (valid34) {
                                                                                          if (data100.List !== void 0) {
                                                                                            let data105 = data100.List;
                                                                                            const _errs216 = errors;
                                                                                            if (!(typeof data105 == "number" && (!(data105 % 1) && !isNaN(data105)))) {
                                                                                              validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/List", schemaPath: "#/definitions/accessLevels/properties/List/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                              return false;
                                                                                            }
                                                                                            if (errors === _errs216) {
                                                                                              if (typeof data105 == "number") {
                                                                                                if (data105 < 1 || isNaN(data105)) {
                                                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/List", schemaPath: "#/definitions/accessLevels/properties/List/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                  return false;
                                                                                                }
                                                                                              }
                                                                                            }
                                                                                            var valid34 = _errs216 === errors;
                                                                                          } else {
                                                                                            var valid34 = true;
                                                                                          }
                                                                                          if (valid34) {
                                                                                            if (data100.Unknown !== void 0) {
                                                                                              let data106 = data100.Unknown;
                                                                                              const _errs218 = errors;
                                                                                              if (!(typeof data106 == "number" && (!(data106 % 1) && !isNaN(data106)))) {
                                                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Unknown", schemaPath: "#/definitions/accessLevels/properties/Unknown/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                                return false;
                                                                                              }
                                                                                              if (errors === _errs218) {
                                                                                                if (typeof data106 == "number") {
                                                                                                  if (data106 < 1 || isNaN(data106)) {
                                                                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels/Unknown", schemaPath: "#/definitions/accessLevels/properties/Unknown/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                                                    return false;
                                                                                                  }
                                                                                                }
                                                                                              }
                                                                                              var valid34 = _errs218 === errors;
                                                                                            } else {
                                                                                              var valid34 = true;
                                                                                            }
                                                                                          }
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/accessLevels", schemaPath: "#/definitions/accessLevels/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid22 = _errs204 === errors;
                                                                          } else {
                                                                            var valid22 = true;
                                                                          }
                                                                          if (valid22) {
                                                                            if (data60.actionCount !== void 0) {
                                                                              let data107 = data60.actionCount;
                                                                              const _errs220 = errors;
                                                                              if (!(typeof data107 == "number" && (!(data107 % 1) && !isNaN(data107)))) {
                                                                                validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/actionCount", schemaPath: "#/properties/grants/items/properties/actionCount/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                                return false;
                                                                              }
                                                                              if (errors === _errs220) {
                                                                                if (typeof data107 == "number") {
                                                                                  if (data107 < 0 || isNaN(data107)) {
                                                                                    validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/actionCount", schemaPath: "#/properties/grants/items/properties/actionCount/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                              }
                                                                              var valid22 = _errs220 === errors;
                                                                            } else {
                                                                              var valid22 = true;
                                                                            }
                                                                            if (valid22) {
                                                                              if (data60.permissionsManagement !== void 0) {
                                                                                const _errs222 = errors;
                                                                                if (true !== data60.permissionsManagement) {
                                                                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9 + "/permissionsManagement", schemaPath: "#/properties/grants/items/properties/permissionsManagement/const", keyword: "const", params: { allowedValue: true }, message: "must be equal to constant" }];
                                                                                  return false;
                                                                                }
                                                                                var valid22 = _errs222 === errors;
                                                                              } else {
                                                                                var valid22 = true;
                                                                              }
                                                                              if (valid22) {
                                                                                if (data60.roleAccess !== void 0) {
                                                                                  const _errs223 = errors;
                                                                                  if (!validate11(data60.roleAccess, { instancePath: instancePath + "/grants/" + i9 + "/roleAccess", parentData: data60, parentDataProperty: "roleAccess", rootData })) {
                                                                                    vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                                                                                    errors = vErrors.length;
                                                                                  }
                                                                                  var valid22 = _errs223 === errors;
                                                                                } else {
                                                                                  var valid22 = true;
                                                                                }
                                                                                if (valid22) {
                                                                                  if (data60.roleWidenedFrom !== void 0) {
                                                                                    const _errs224 = errors;
                                                                                    if (!validate11(data60.roleWidenedFrom, { instancePath: instancePath + "/grants/" + i9 + "/roleWidenedFrom", parentData: data60, parentDataProperty: "roleWidenedFrom", rootData })) {
                                                                                      vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
                                                                                      errors = vErrors.length;
                                                                                    }
                                                                                    var valid22 = _errs224 === errors;
                                                                                  } else {
                                                                                    var valid22 = true;
                                                                                  }
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/grants/" + i9, schemaPath: "#/properties/grants/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                  return false;
                                }
                              }
                              var valid21 = _errs126 === errors;
                              if (!valid21) {
                                break;
                              }
                            }
                          } else {
                            validate10.errors = [{ instancePath: instancePath + "/grants", schemaPath: "#/properties/grants/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                            return false;
                          }
                        }
                        var valid0 = _errs124 === errors;
                      } else {
                        var valid0 = true;
                      }
                      if (valid0) {
                        if (data.allowlist !== void 0) {
                          let data111 = data.allowlist;
                          const _errs225 = errors;
                          if (errors === _errs225) {
                            if (data111 && typeof data111 == "object" && !Array.isArray(data111)) {
                              let missing9;
                              if (data111.file === void 0 && (missing9 = "file") || data111.expired === void 0 && (missing9 = "expired") || data111.unused === void 0 && (missing9 = "unused") || data111.warnings === void 0 && (missing9 = "warnings")) {
                                validate10.errors = [{ instancePath: instancePath + "/allowlist", schemaPath: "#/properties/allowlist/required", keyword: "required", params: { missingProperty: missing9 }, message: "must have required property '" + missing9 + "'" }];
                                return false;
                              } else {
                                if (data111.file !== void 0) {
                                  let data112 = data111.file;
                                  const _errs227 = errors;
                                  if (typeof data112 !== "string" && data112 !== null) {
                                    validate10.errors = [{ instancePath: instancePath + "/allowlist/file", schemaPath: "#/properties/allowlist/properties/file/type", keyword: "type", params: { type: schema11.properties.allowlist.properties.file.type }, message: "must be string,null" }];
                                    return false;
                                  }
                                  var valid35 = _errs227 === errors;
                                } else {
                                  var valid35 = true;
                                }
                                if (valid35) {
                                  if (data111.expired !== void 0) {
                                    let data113 = data111.expired;
                                    const _errs229 = errors;
                                    if (errors === _errs229) {
                                      if (Array.isArray(data113)) {
                                        var valid36 = true;
                                        const len16 = data113.length;
                                        for (let i16 = 0; i16 < len16; i16++) {
                                          let data114 = data113[i16];
                                          const _errs231 = errors;
                                          const _errs232 = errors;
                                          if (errors === _errs232) {
                                            if (data114 && typeof data114 == "object" && !Array.isArray(data114)) {
                                              let missing10;
                                              if (data114.index === void 0 && (missing10 = "index") || data114.line === void 0 && (missing10 = "line") || data114.principal === void 0 && (missing10 = "principal") || data114.reason === void 0 && (missing10 = "reason") || data114.approved_by === void 0 && (missing10 = "approved_by")) {
                                                validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16, schemaPath: "#/definitions/approval/required", keyword: "required", params: { missingProperty: missing10 }, message: "must have required property '" + missing10 + "'" }];
                                                return false;
                                              } else {
                                                if (data114.index !== void 0) {
                                                  let data115 = data114.index;
                                                  const _errs234 = errors;
                                                  if (!(typeof data115 == "number" && (!(data115 % 1) && !isNaN(data115)))) {
                                                    validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/index", schemaPath: "#/definitions/approval/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                    return false;
                                                  }
                                                  var valid38 = _errs234 === errors;
                                                } else {
                                                  var valid38 = true;
                                                }
                                                if (valid38) {
                                                  if (data114.line !== void 0) {
                                                    let data116 = data114.line;
                                                    const _errs236 = errors;
                                                    if (!(typeof data116 == "number" && (!(data116 % 1) && !isNaN(data116)))) {
                                                      validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/line", schemaPath: "#/definitions/approval/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                      return false;
                                                    }
                                                    var valid38 = _errs236 === errors;
                                                  } else {
                                                    var valid38 = true;
                                                  }
                                                  if (valid38) {
                                                    if (data114.principal !== void 0) {
                                                      const _errs238 = errors;
                                                      if (typeof data114.principal !== "string") {
                                                        validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/principal", schemaPath: "#/definitions/approval/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                        return false;
                                                      }
                                                      var valid38 = _errs238 === errors;
                                                    } else {
                                                      var valid38 = true;
                                                    }
                                                    if (valid38) {
                                                      if (data114.reason !== void 0) {
                                                        const _errs240 = errors;
                                                        if (typeof data114.reason !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/reason", schemaPath: "#/definitions/approval/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid38 = _errs240 === errors;
                                                      } else {
                                                        var valid38 = true;
                                                      }
                                                      if (valid38) {
                                                        if (data114.approved_by !== void 0) {
                                                          const _errs242 = errors;
                                                          if (typeof data114.approved_by !== "string") {
                                                            validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/approved_by", schemaPath: "#/definitions/approval/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid38 = _errs242 === errors;
                                                        } else {
                                                          var valid38 = true;
                                                        }
                                                        if (valid38) {
                                                          if (data114.ticket !== void 0) {
                                                            const _errs244 = errors;
                                                            if (typeof data114.ticket !== "string") {
                                                              validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/ticket", schemaPath: "#/definitions/approval/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid38 = _errs244 === errors;
                                                          } else {
                                                            var valid38 = true;
                                                          }
                                                          if (valid38) {
                                                            if (data114.expires !== void 0) {
                                                              const _errs246 = errors;
                                                              if (typeof data114.expires !== "string") {
                                                                validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/expires", schemaPath: "#/definitions/approval/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid38 = _errs246 === errors;
                                                            } else {
                                                              var valid38 = true;
                                                            }
                                                            if (valid38) {
                                                              if (data114.resources !== void 0) {
                                                                let data122 = data114.resources;
                                                                const _errs248 = errors;
                                                                if (errors === _errs248) {
                                                                  if (Array.isArray(data122)) {
                                                                    var valid39 = true;
                                                                    const len17 = data122.length;
                                                                    for (let i17 = 0; i17 < len17; i17++) {
                                                                      const _errs250 = errors;
                                                                      if (typeof data122[i17] !== "string") {
                                                                        validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/resources/" + i17, schemaPath: "#/definitions/approval/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                        return false;
                                                                      }
                                                                      var valid39 = _errs250 === errors;
                                                                      if (!valid39) {
                                                                        break;
                                                                      }
                                                                    }
                                                                  } else {
                                                                    validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/resources", schemaPath: "#/definitions/approval/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                    return false;
                                                                  }
                                                                }
                                                                var valid38 = _errs248 === errors;
                                                              } else {
                                                                var valid38 = true;
                                                              }
                                                              if (valid38) {
                                                                if (data114.actions !== void 0) {
                                                                  let data124 = data114.actions;
                                                                  const _errs252 = errors;
                                                                  if (errors === _errs252) {
                                                                    if (Array.isArray(data124)) {
                                                                      var valid40 = true;
                                                                      const len18 = data124.length;
                                                                      for (let i18 = 0; i18 < len18; i18++) {
                                                                        const _errs254 = errors;
                                                                        if (typeof data124[i18] !== "string") {
                                                                          validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/actions/" + i18, schemaPath: "#/definitions/approval/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid40 = _errs254 === errors;
                                                                        if (!valid40) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16 + "/actions", schemaPath: "#/definitions/approval/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid38 = _errs252 === errors;
                                                                } else {
                                                                  var valid38 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate10.errors = [{ instancePath: instancePath + "/allowlist/expired/" + i16, schemaPath: "#/definitions/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                              return false;
                                            }
                                          }
                                          var valid36 = _errs231 === errors;
                                          if (!valid36) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [{ instancePath: instancePath + "/allowlist/expired", schemaPath: "#/properties/allowlist/properties/expired/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                        return false;
                                      }
                                    }
                                    var valid35 = _errs229 === errors;
                                  } else {
                                    var valid35 = true;
                                  }
                                  if (valid35) {
                                    if (data111.unused !== void 0) {
                                      let data126 = data111.unused;
                                      const _errs256 = errors;
                                      if (errors === _errs256) {
                                        if (Array.isArray(data126)) {
                                          var valid41 = true;
                                          const len19 = data126.length;
                                          for (let i19 = 0; i19 < len19; i19++) {
                                            let data127 = data126[i19];
                                            const _errs258 = errors;
                                            const _errs259 = errors;
                                            if (errors === _errs259) {
                                              if (data127 && typeof data127 == "object" && !Array.isArray(data127)) {
                                                let missing11;
                                                if (data127.index === void 0 && (missing11 = "index") || data127.line === void 0 && (missing11 = "line") || data127.principal === void 0 && (missing11 = "principal") || data127.reason === void 0 && (missing11 = "reason") || data127.approved_by === void 0 && (missing11 = "approved_by")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19, schemaPath: "#/definitions/approval/required", keyword: "required", params: { missingProperty: missing11 }, message: "must have required property '" + missing11 + "'" }];
                                                  return false;
                                                } else {
                                                  if (data127.index !== void 0) {
                                                    let data128 = data127.index;
                                                    const _errs261 = errors;
                                                    if (!(typeof data128 == "number" && (!(data128 % 1) && !isNaN(data128)))) {
                                                      validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/index", schemaPath: "#/definitions/approval/properties/index/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                      return false;
                                                    }
                                                    var valid43 = _errs261 === errors;
                                                  } else {
                                                    var valid43 = true;
                                                  }
                                                  if (valid43) {
                                                    if (data127.line !== void 0) {
                                                      let data129 = data127.line;
                                                      const _errs263 = errors;
                                                      if (!(typeof data129 == "number" && (!(data129 % 1) && !isNaN(data129)))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/line", schemaPath: "#/definitions/approval/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      var valid43 = _errs263 === errors;
                                                    } else {
                                                      var valid43 = true;
                                                    }
                                                    if (valid43) {
                                                      if (data127.principal !== void 0) {
                                                        const _errs265 = errors;
                                                        if (typeof data127.principal !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/principal", schemaPath: "#/definitions/approval/properties/principal/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid43 = _errs265 === errors;
                                                      } else {
                                                        var valid43 = true;
                                                      }
                                                      if (valid43) {
                                                        if (data127.reason !== void 0) {
                                                          const _errs267 = errors;
                                                          if (typeof data127.reason !== "string") {
                                                            validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/reason", schemaPath: "#/definitions/approval/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                            return false;
                                                          }
                                                          var valid43 = _errs267 === errors;
                                                        } else {
                                                          var valid43 = true;
                                                        }
                                                        if (valid43) {
                                                          if (data127.approved_by !== void 0) {
                                                            const _errs269 = errors;
                                                            if (typeof data127.approved_by !== "string") {
                                                              validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/approved_by", schemaPath: "#/definitions/approval/properties/approved_by/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                              return false;
                                                            }
                                                            var valid43 = _errs269 === errors;
                                                          } else {
                                                            var valid43 = true;
                                                          }
                                                          if (valid43) {
                                                            if (data127.ticket !== void 0) {
                                                              const _errs271 = errors;
                                                              if (typeof data127.ticket !== "string") {
                                                                validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/ticket", schemaPath: "#/definitions/approval/properties/ticket/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                return false;
                                                              }
                                                              var valid43 = _errs271 === errors;
                                                            } else {
                                                              var valid43 = true;
                                                            }
                                                            if (valid43) {
                                                              if (data127.expires !== void 0) {
                                                                const _errs273 = errors;
                                                                if (typeof data127.expires !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/expires", schemaPath: "#/definitions/approval/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid43 = _errs273 === errors;
                                                              } else {
                                                                var valid43 = true;
                                                              }
                                                              if (valid43) {
                                                                if (data127.resources !== void 0) {
                                                                  let data135 = data127.resources;
                                                                  const _errs275 = errors;
                                                                  if (errors === _errs275) {
                                                                    if (Array.isArray(data135)) {
                                                                      var valid44 = true;
                                                                      const len20 = data135.length;
                                                                      for (let i20 = 0; i20 < len20; i20++) {
                                                                        const _errs277 = errors;
                                                                        if (typeof data135[i20] !== "string") {
                                                                          validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/resources/" + i20, schemaPath: "#/definitions/approval/properties/resources/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                          return false;
                                                                        }
                                                                        var valid44 = _errs277 === errors;
                                                                        if (!valid44) {
                                                                          break;
                                                                        }
                                                                      }
                                                                    } else {
                                                                      validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/resources", schemaPath: "#/definitions/approval/properties/resources/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                  var valid43 = _errs275 === errors;
                                                                } else {
                                                                  var valid43 = true;
                                                                }
                                                                if (valid43) {
                                                                  if (data127.actions !== void 0) {
                                                                    let data137 = data127.actions;
                                                                    const _errs279 = errors;
                                                                    if (errors === _errs279) {
                                                                      if (Array.isArray(data137)) {
                                                                        var valid45 = true;
                                                                        const len21 = data137.length;
                                                                        for (let i21 = 0; i21 < len21; i21++) {
                                                                          const _errs281 = errors;
                                                                          if (typeof data137[i21] !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/actions/" + i21, schemaPath: "#/definitions/approval/properties/actions/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid45 = _errs281 === errors;
                                                                          if (!valid45) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19 + "/actions", schemaPath: "#/definitions/approval/properties/actions/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid43 = _errs279 === errors;
                                                                  } else {
                                                                    var valid43 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/allowlist/unused/" + i19, schemaPath: "#/definitions/approval/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid41 = _errs258 === errors;
                                            if (!valid41) {
                                              break;
                                            }
                                          }
                                        } else {
                                          validate10.errors = [{ instancePath: instancePath + "/allowlist/unused", schemaPath: "#/properties/allowlist/properties/unused/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                          return false;
                                        }
                                      }
                                      var valid35 = _errs256 === errors;
                                    } else {
                                      var valid35 = true;
                                    }
                                    if (valid35) {
                                      if (data111.warnings !== void 0) {
                                        let data139 = data111.warnings;
                                        const _errs283 = errors;
                                        if (errors === _errs283) {
                                          if (Array.isArray(data139)) {
                                            var valid46 = true;
                                            const len22 = data139.length;
                                            for (let i22 = 0; i22 < len22; i22++) {
                                              const _errs285 = errors;
                                              if (typeof data139[i22] !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/allowlist/warnings/" + i22, schemaPath: "#/properties/allowlist/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid46 = _errs285 === errors;
                                              if (!valid46) {
                                                break;
                                              }
                                            }
                                          } else {
                                            validate10.errors = [{ instancePath: instancePath + "/allowlist/warnings", schemaPath: "#/properties/allowlist/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                            return false;
                                          }
                                        }
                                        var valid35 = _errs283 === errors;
                                      } else {
                                        var valid35 = true;
                                      }
                                    }
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [{ instancePath: instancePath + "/allowlist", schemaPath: "#/properties/allowlist/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                              return false;
                            }
                          }
                          var valid0 = _errs225 === errors;
                        } else {
                          var valid0 = true;
                        }
                        if (valid0) {
                          if (data.errors !== void 0) {
                            let data141 = data.errors;
                            const _errs287 = errors;
                            if (errors === _errs287) {
                              if (Array.isArray(data141)) {
                                var valid47 = true;
                                const len23 = data141.length;
                                for (let i23 = 0; i23 < len23; i23++) {
                                  let data142 = data141[i23];
                                  const _errs289 = errors;
                                  if (errors === _errs289) {
                                    if (data142 && typeof data142 == "object" && !Array.isArray(data142)) {
                                      let missing12;
                                      if (data142.file === void 0 && (missing12 = "file") || data142.message === void 0 && (missing12 = "message") || data142.blocking === void 0 && (missing12 = "blocking")) {
                                        validate10.errors = [{ instancePath: instancePath + "/errors/" + i23, schemaPath: "#/properties/errors/items/required", keyword: "required", params: { missingProperty: missing12 }, message: "must have required property '" + missing12 + "'" }];
                                        return false;
                                      } else {
                                        if (data142.file !== void 0) {
                                          const _errs291 = errors;
                                          if (typeof data142.file !== "string") {
                                            validate10.errors = [{ instancePath: instancePath + "/errors/" + i23 + "/file", schemaPath: "#/properties/errors/items/properties/file/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                            return false;
                                          }
                                          var valid48 = _errs291 === errors;
                                        } else {
                                          var valid48 = true;
                                        }
                                        if (valid48) {
                                          if (data142.line !== void 0) {
                                            let data144 = data142.line;
                                            const _errs293 = errors;
                                            if (!(typeof data144 == "number" && (!(data144 % 1) && !isNaN(data144)))) {
                                              validate10.errors = [{ instancePath: instancePath + "/errors/" + i23 + "/line", schemaPath: "#/properties/errors/items/properties/line/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                              return false;
                                            }
                                            var valid48 = _errs293 === errors;
                                          } else {
                                            var valid48 = true;
                                          }
                                          if (valid48) {
                                            if (data142.message !== void 0) {
                                              const _errs295 = errors;
                                              if (typeof data142.message !== "string") {
                                                validate10.errors = [{ instancePath: instancePath + "/errors/" + i23 + "/message", schemaPath: "#/properties/errors/items/properties/message/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                return false;
                                              }
                                              var valid48 = _errs295 === errors;
                                            } else {
                                              var valid48 = true;
                                            }
                                            if (valid48) {
                                              if (data142.blocking !== void 0) {
                                                const _errs297 = errors;
                                                if (typeof data142.blocking !== "boolean") {
                                                  validate10.errors = [{ instancePath: instancePath + "/errors/" + i23 + "/blocking", schemaPath: "#/properties/errors/items/properties/blocking/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                                                  return false;
                                                }
                                                var valid48 = _errs297 === errors;
                                              } else {
                                                var valid48 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/errors/" + i23, schemaPath: "#/properties/errors/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid47 = _errs289 === errors;
                                  if (!valid47) {
                                    break;
                                  }
                                }
                              } else {
                                validate10.errors = [{ instancePath: instancePath + "/errors", schemaPath: "#/properties/errors/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                return false;
                              }
                            }
                            var valid0 = _errs287 === errors;
                          } else {
                            var valid0 = true;
                          }
                          if (valid0) {
                            if (data.notes !== void 0) {
                              let data147 = data.notes;
                              const _errs299 = errors;
                              if (errors === _errs299) {
                                if (Array.isArray(data147)) {
                                  var valid49 = true;
                                  const len24 = data147.length;
                                  for (let i24 = 0; i24 < len24; i24++) {
                                    const _errs301 = errors;
                                    if (typeof data147[i24] !== "string") {
                                      validate10.errors = [{ instancePath: instancePath + "/notes/" + i24, schemaPath: "#/properties/notes/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                      return false;
                                    }
                                    var valid49 = _errs301 === errors;
                                    if (!valid49) {
                                      break;
                                    }
                                  }
                                } else {
                                  validate10.errors = [{ instancePath: instancePath + "/notes", schemaPath: "#/properties/notes/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                  return false;
                                }
                              }
                              var valid0 = _errs299 === errors;
                            } else {
                              var valid0 = true;
                            }
                            if (valid0) {
                              if (data.repository !== void 0) {
                                let data149 = data.repository;
                                const _errs303 = errors;
                                if (errors === _errs303) {
                                  if (typeof data149 === "string") {
                                    if (func3(data149) > 200) {
                                      validate10.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters" }];
                                      return false;
                                    } else {
                                      if (func3(data149) < 1) {
                                        validate10.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters" }];
                                        return false;
                                      }
                                    }
                                  } else {
                                    validate10.errors = [{ instancePath: instancePath + "/repository", schemaPath: "#/properties/repository/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                    return false;
                                  }
                                }
                                var valid0 = _errs303 === errors;
                              } else {
                                var valid0 = true;
                              }
                              if (valid0) {
                                if (data.coverage !== void 0) {
                                  let data150 = data.coverage;
                                  const _errs305 = errors;
                                  if (errors === _errs305) {
                                    if (data150 && typeof data150 == "object" && !Array.isArray(data150)) {
                                      let missing13;
                                      if (data150.files === void 0 && (missing13 = "files") || data150.units === void 0 && (missing13 = "units") || data150.skipped === void 0 && (missing13 = "skipped") || data150.warnings === void 0 && (missing13 = "warnings")) {
                                        validate10.errors = [{ instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/required", keyword: "required", params: { missingProperty: missing13 }, message: "must have required property '" + missing13 + "'" }];
                                        return false;
                                      } else {
                                        const _errs307 = errors;
                                        for (const key3 in data150) {
                                          if (!(key3 === "files" || key3 === "units" || key3 === "skipped" || key3 === "warnings")) {
                                            validate10.errors = [{ instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties" }];
                                            return false;
                                            break;
                                          }
                                        }
                                        if (_errs307 === errors) {
                                          if (data150.files !== void 0) {
                                            let data151 = data150.files;
                                            const _errs308 = errors;
                                            if (errors === _errs308) {
                                              if (data151 && typeof data151 == "object" && !Array.isArray(data151)) {
                                                let missing14;
                                                if (data151.terraform === void 0 && (missing14 = "terraform") || data151.tfvars === void 0 && (missing14 = "tfvars") || data151.plan === void 0 && (missing14 = "plan") || data151.cloudformation === void 0 && (missing14 = "cloudformation") || data151.sam === void 0 && (missing14 = "sam") || data151.cdkAssemblies === void 0 && (missing14 = "cdkAssemblies") || data151.cdkStacks === void 0 && (missing14 = "cdkStacks")) {
                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/files", schemaPath: "#/properties/coverage/properties/files/required", keyword: "required", params: { missingProperty: missing14 }, message: "must have required property '" + missing14 + "'" }];
                                                  return false;
                                                } else {
                                                  const _errs310 = errors;
                                                  for (const key4 in data151) {
                                                    if (!(key4 === "terraform" || key4 === "tfvars" || key4 === "plan" || key4 === "cloudformation" || key4 === "sam" || key4 === "cdkAssemblies" || key4 === "cdkStacks")) {
                                                      let data152 = data151[key4];
                                                      const _errs311 = errors;
                                                      if (!(typeof data152 == "number" && (!(data152 % 1) && !isNaN(data152)))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/coverage/files/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/coverage/properties/files/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs311) {
                                                        if (typeof data152 == "number") {
                                                          if (data152 < 0 || isNaN(data152)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/coverage/files/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/coverage/properties/files/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid51 = _errs311 === errors;
                                                      if (!valid51) {
                                                        break;
                                                      }
                                                    }
                                                  }
                                                  if (_errs310 === errors) {
                                                    if (data151.terraform !== void 0) {
                                                      let data153 = data151.terraform;
                                                      const _errs313 = errors;
                                                      if (!(typeof data153 == "number" && (!(data153 % 1) && !isNaN(data153)))) {
                                                        validate10.errors = [{ instancePath: instancePath + "/coverage/files/terraform", schemaPath: "#/properties/coverage/properties/files/properties/terraform/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                        return false;
                                                      }
                                                      if (errors === _errs313) {
                                                        if (typeof data153 == "number") {
                                                          if (data153 < 0 || isNaN(data153)) {
                                                            validate10.errors = [{ instancePath: instancePath + "/coverage/files/terraform", schemaPath: "#/properties/coverage/properties/files/properties/terraform/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                            return false;
                                                          }
                                                        }
                                                      }
                                                      var valid52 = _errs313 === errors;
                                                    } else {
                                                      var valid52 = true;
                                                    }
                                                    if (valid52) {
                                                      if (data151.tfvars !== void 0) {
                                                        let data154 = data151.tfvars;
                                                        const _errs315 = errors;
                                                        if (!(typeof data154 == "number" && (!(data154 % 1) && !isNaN(data154)))) {
                                                          validate10.errors = [{ instancePath: instancePath + "/coverage/files/tfvars", schemaPath: "#/properties/coverage/properties/files/properties/tfvars/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs315) {
                                                          if (typeof data154 == "number") {
                                                            if (data154 < 0 || isNaN(data154)) {
                                                              validate10.errors = [{ instancePath: instancePath + "/coverage/files/tfvars", schemaPath: "#/properties/coverage/properties/files/properties/tfvars/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid52 = _errs315 === errors;
                                                      } else {
                                                        var valid52 = true;
                                                      }
                                                      if (valid52) {
                                                        if (data151.plan !== void 0) {
                                                          let data155 = data151.plan;
                                                          const _errs317 = errors;
                                                          if (!(typeof data155 == "number" && (!(data155 % 1) && !isNaN(data155)))) {
                                                            validate10.errors = [{ instancePath: instancePath + "/coverage/files/plan", schemaPath: "#/properties/coverage/properties/files/properties/plan/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs317) {
                                                            if (typeof data155 == "number") {
                                                              if (data155 < 0 || isNaN(data155)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/coverage/files/plan", schemaPath: "#/properties/coverage/properties/files/properties/plan/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid52 = _errs317 === errors;
                                                        } else {
                                                          var valid52 = true;
                                                        }
                                                        if (valid52) {
                                                          if (data151.cloudformation !== void 0) {
                                                            let data156 = data151.cloudformation;
                                                            const _errs319 = errors;
                                                            if (!(typeof data156 == "number" && (!(data156 % 1) && !isNaN(data156)))) {
                                                              validate10.errors = [{ instancePath: instancePath + "/coverage/files/cloudformation", schemaPath: "#/properties/coverage/properties/files/properties/cloudformation/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs319) {
                                                              if (typeof data156 == "number") {
                                                                if (data156 < 0 || isNaN(data156)) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/files/cloudformation", schemaPath: "#/properties/coverage/properties/files/properties/cloudformation/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid52 = _errs319 === errors;
                                                          } else {
                                                            var valid52 = true;
                                                          }
                                                          if (valid52) {
                                                            if (data151.sam !== void 0) {
                                                              let data157 = data151.sam;
                                                              const _errs321 = errors;
                                                              if (!(typeof data157 == "number" && (!(data157 % 1) && !isNaN(data157)))) {
                                                                validate10.errors = [{ instancePath: instancePath + "/coverage/files/sam", schemaPath: "#/properties/coverage/properties/files/properties/sam/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs321) {
                                                                if (typeof data157 == "number") {
                                                                  if (data157 < 0 || isNaN(data157)) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/coverage/files/sam", schemaPath: "#/properties/coverage/properties/files/properties/sam/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid52 = _errs321 === errors;
                                                            } else {
                                                              var valid52 = true;
                                                            }
                                                            if (valid52) {
                                                              if (data151.cdkAssemblies !== void 0) {
                                                                let data158 = data151.cdkAssemblies;
                                                                const _errs323 = errors;
                                                                if (!(typeof data158 == "number" && (!(data158 % 1) && !isNaN(data158)))) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/files/cdkAssemblies", schemaPath: "#/properties/coverage/properties/files/properties/cdkAssemblies/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs323) {
                                                                  if (typeof data158 == "number") {
                                                                    if (data158 < 0 || isNaN(data158)) {
                                                                      validate10.errors = [{ instancePath: instancePath + "/coverage/files/cdkAssemblies", schemaPath: "#/properties/coverage/properties/files/properties/cdkAssemblies/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid52 = _errs323 === errors;
                                                              } else {
                                                                var valid52 = true;
                                                              }
                                                              if (valid52) {
                                                                if (data151.cdkStacks !== void 0) {
                                                                  let data159 = data151.cdkStacks;
                                                                  const _errs325 = errors;
                                                                  if (!(typeof data159 == "number" && (!(data159 % 1) && !isNaN(data159)))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/coverage/files/cdkStacks", schemaPath: "#/properties/coverage/properties/files/properties/cdkStacks/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs325) {
                                                                    if (typeof data159 == "number") {
                                                                      if (data159 < 0 || isNaN(data159)) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/coverage/files/cdkStacks", schemaPath: "#/properties/coverage/properties/files/properties/cdkStacks/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid52 = _errs325 === errors;
                                                                } else {
                                                                  var valid52 = true;
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              } else {
                                                validate10.errors = [{ instancePath: instancePath + "/coverage/files", schemaPath: "#/properties/coverage/properties/files/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                return false;
                                              }
                                            }
                                            var valid50 = _errs308 === errors;
                                          } else {
                                            var valid50 = true;
                                          }
                                          if (valid50) {
                                            if (data150.units !== void 0) {
                                              let data160 = data150.units;
                                              const _errs327 = errors;
                                              if (errors === _errs327) {
                                                if (data160 && typeof data160 == "object" && !Array.isArray(data160)) {
                                                  let missing15;
                                                  if (data160.terraformRoots === void 0 && (missing15 = "terraformRoots") || data160.templates === void 0 && (missing15 = "templates") || data160.cdkAssemblies === void 0 && (missing15 = "cdkAssemblies") || data160.plans === void 0 && (missing15 = "plans") || data160.read === void 0 && (missing15 = "read")) {
                                                    validate10.errors = [{ instancePath: instancePath + "/coverage/units", schemaPath: "#/properties/coverage/properties/units/required", keyword: "required", params: { missingProperty: missing15 }, message: "must have required property '" + missing15 + "'" }];
                                                    return false;
                                                  } else {
                                                    const _errs329 = errors;
                                                    for (const key5 in data160) {
                                                      if (!(key5 === "terraformRoots" || key5 === "templates" || key5 === "cdkAssemblies" || key5 === "plans" || key5 === "read")) {
                                                        let data161 = data160[key5];
                                                        const _errs330 = errors;
                                                        if (!(typeof data161 == "number" && (!(data161 % 1) && !isNaN(data161)))) {
                                                          validate10.errors = [{ instancePath: instancePath + "/coverage/units/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/coverage/properties/units/additionalProperties/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs330) {
                                                          if (typeof data161 == "number") {
                                                            if (data161 < 0 || isNaN(data161)) {
                                                              validate10.errors = [{ instancePath: instancePath + "/coverage/units/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/properties/coverage/properties/units/additionalProperties/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid53 = _errs330 === errors;
                                                        if (!valid53) {
                                                          break;
                                                        }
                                                      }
                                                    }
                                                    if (_errs329 === errors) {
                                                      if (data160.terraformRoots !== void 0) {
                                                        let data162 = data160.terraformRoots;
                                                        const _errs332 = errors;
                                                        if (!(typeof data162 == "number" && (!(data162 % 1) && !isNaN(data162)))) {
                                                          validate10.errors = [{ instancePath: instancePath + "/coverage/units/terraformRoots", schemaPath: "#/properties/coverage/properties/units/properties/terraformRoots/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                          return false;
                                                        }
                                                        if (errors === _errs332) {
                                                          if (typeof data162 == "number") {
                                                            if (data162 < 0 || isNaN(data162)) {
                                                              validate10.errors = [{ instancePath: instancePath + "/coverage/units/terraformRoots", schemaPath: "#/properties/coverage/properties/units/properties/terraformRoots/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                              return false;
                                                            }
                                                          }
                                                        }
                                                        var valid54 = _errs332 === errors;
                                                      } else {
                                                        var valid54 = true;
                                                      }
                                                      if (valid54) {
                                                        if (data160.templates !== void 0) {
                                                          let data163 = data160.templates;
                                                          const _errs334 = errors;
                                                          if (!(typeof data163 == "number" && (!(data163 % 1) && !isNaN(data163)))) {
                                                            validate10.errors = [{ instancePath: instancePath + "/coverage/units/templates", schemaPath: "#/properties/coverage/properties/units/properties/templates/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                            return false;
                                                          }
                                                          if (errors === _errs334) {
                                                            if (typeof data163 == "number") {
                                                              if (data163 < 0 || isNaN(data163)) {
                                                                validate10.errors = [{ instancePath: instancePath + "/coverage/units/templates", schemaPath: "#/properties/coverage/properties/units/properties/templates/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                return false;
                                                              }
                                                            }
                                                          }
                                                          var valid54 = _errs334 === errors;
                                                        } else {
                                                          var valid54 = true;
                                                        }
                                                        if (valid54) {
                                                          if (data160.cdkAssemblies !== void 0) {
                                                            let data164 = data160.cdkAssemblies;
                                                            const _errs336 = errors;
                                                            if (!(typeof data164 == "number" && (!(data164 % 1) && !isNaN(data164)))) {
                                                              validate10.errors = [{ instancePath: instancePath + "/coverage/units/cdkAssemblies", schemaPath: "#/properties/coverage/properties/units/properties/cdkAssemblies/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                              return false;
                                                            }
                                                            if (errors === _errs336) {
                                                              if (typeof data164 == "number") {
                                                                if (data164 < 0 || isNaN(data164)) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/units/cdkAssemblies", schemaPath: "#/properties/coverage/properties/units/properties/cdkAssemblies/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                  return false;
                                                                }
                                                              }
                                                            }
                                                            var valid54 = _errs336 === errors;
                                                          } else {
                                                            var valid54 = true;
                                                          }
                                                          if (valid54) {
                                                            if (data160.plans !== void 0) {
                                                              let data165 = data160.plans;
                                                              const _errs338 = errors;
                                                              if (!(typeof data165 == "number" && (!(data165 % 1) && !isNaN(data165)))) {
                                                                validate10.errors = [{ instancePath: instancePath + "/coverage/units/plans", schemaPath: "#/properties/coverage/properties/units/properties/plans/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                return false;
                                                              }
                                                              if (errors === _errs338) {
                                                                if (typeof data165 == "number") {
                                                                  if (data165 < 0 || isNaN(data165)) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/coverage/units/plans", schemaPath: "#/properties/coverage/properties/units/properties/plans/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                    return false;
                                                                  }
                                                                }
                                                              }
                                                              var valid54 = _errs338 === errors;
                                                            } else {
                                                              var valid54 = true;
                                                            }
                                                            if (valid54) {
                                                              if (data160.read !== void 0) {
                                                                let data166 = data160.read;
                                                                const _errs340 = errors;
                                                                if (!(typeof data166 == "number" && (!(data166 % 1) && !isNaN(data166)))) {
                                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/units/read", schemaPath: "#/properties/coverage/properties/units/properties/read/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                  return false;
                                                                }
                                                                if (errors === _errs340) {
                                                                  if (typeof data166 == "number") {
                                                                    if (data166 < 0 || isNaN(data166)) {
                                                                      validate10.errors = [{ instancePath: instancePath + "/coverage/units/read", schemaPath: "#/properties/coverage/properties/units/properties/read/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" }];
                                                                      return false;
                                                                    }
                                                                  }
                                                                }
                                                                var valid54 = _errs340 === errors;
                                                              } else {
                                                                var valid54 = true;
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/units", schemaPath: "#/properties/coverage/properties/units/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                  return false;
                                                }
                                              }
                                              var valid50 = _errs327 === errors;
                                            } else {
                                              var valid50 = true;
                                            }
                                            if (valid50) {
                                              if (data150.skipped !== void 0) {
                                                let data167 = data150.skipped;
                                                const _errs342 = errors;
                                                if (errors === _errs342) {
                                                  if (Array.isArray(data167)) {
                                                    var valid55 = true;
                                                    const len25 = data167.length;
                                                    for (let i25 = 0; i25 < len25; i25++) {
                                                      let data168 = data167[i25];
                                                      const _errs344 = errors;
                                                      if (errors === _errs344) {
                                                        if (data168 && typeof data168 == "object" && !Array.isArray(data168)) {
                                                          let missing16;
                                                          if (data168.reason === void 0 && (missing16 = "reason") || data168.count === void 0 && (missing16 = "count") || data168.items === void 0 && (missing16 = "items")) {
                                                            validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25, schemaPath: "#/properties/coverage/properties/skipped/items/required", keyword: "required", params: { missingProperty: missing16 }, message: "must have required property '" + missing16 + "'" }];
                                                            return false;
                                                          } else {
                                                            const _errs346 = errors;
                                                            for (const key6 in data168) {
                                                              if (!(key6 === "reason" || key6 === "count" || key6 === "items")) {
                                                                validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25, schemaPath: "#/properties/coverage/properties/skipped/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key6 }, message: "must NOT have additional properties" }];
                                                                return false;
                                                                break;
                                                              }
                                                            }
                                                            if (_errs346 === errors) {
                                                              if (data168.reason !== void 0) {
                                                                const _errs347 = errors;
                                                                if (typeof data168.reason !== "string") {
                                                                  validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25 + "/reason", schemaPath: "#/properties/coverage/properties/skipped/items/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                  return false;
                                                                }
                                                                var valid56 = _errs347 === errors;
                                                              } else {
                                                                var valid56 = true;
                                                              }
                                                              if (valid56) {
                                                                if (data168.count !== void 0) {
                                                                  let data170 = data168.count;
                                                                  const _errs349 = errors;
                                                                  if (!(typeof data170 == "number" && (!(data170 % 1) && !isNaN(data170)))) {
                                                                    validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25 + "/count", schemaPath: "#/properties/coverage/properties/skipped/items/properties/count/type", keyword: "type", params: { type: "integer" }, message: "must be integer" }];
                                                                    return false;
                                                                  }
                                                                  if (errors === _errs349) {
                                                                    if (typeof data170 == "number") {
                                                                      if (data170 < 1 || isNaN(data170)) {
                                                                        validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25 + "/count", schemaPath: "#/properties/coverage/properties/skipped/items/properties/count/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                  }
                                                                  var valid56 = _errs349 === errors;
                                                                } else {
                                                                  var valid56 = true;
                                                                }
                                                                if (valid56) {
                                                                  if (data168.items !== void 0) {
                                                                    let data171 = data168.items;
                                                                    const _errs351 = errors;
                                                                    if (errors === _errs351) {
                                                                      if (Array.isArray(data171)) {
                                                                        var valid57 = true;
                                                                        const len26 = data171.length;
                                                                        for (let i26 = 0; i26 < len26; i26++) {
                                                                          const _errs353 = errors;
                                                                          if (typeof data171[i26] !== "string") {
                                                                            validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25 + "/items/" + i26, schemaPath: "#/properties/coverage/properties/skipped/items/properties/items/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                                            return false;
                                                                          }
                                                                          var valid57 = _errs353 === errors;
                                                                          if (!valid57) {
                                                                            break;
                                                                          }
                                                                        }
                                                                      } else {
                                                                        validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25 + "/items", schemaPath: "#/properties/coverage/properties/skipped/items/properties/items/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                                        return false;
                                                                      }
                                                                    }
                                                                    var valid56 = _errs351 === errors;
                                                                  } else {
                                                                    var valid56 = true;
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        } else {
                                                          validate10.errors = [{ instancePath: instancePath + "/coverage/skipped/" + i25, schemaPath: "#/properties/coverage/properties/skipped/items/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                                          return false;
                                                        }
                                                      }
                                                      var valid55 = _errs344 === errors;
                                                      if (!valid55) {
                                                        break;
                                                      }
                                                    }
                                                  } else {
                                                    validate10.errors = [{ instancePath: instancePath + "/coverage/skipped", schemaPath: "#/properties/coverage/properties/skipped/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                    return false;
                                                  }
                                                }
                                                var valid50 = _errs342 === errors;
                                              } else {
                                                var valid50 = true;
                                              }
                                              if (valid50) {
                                                if (data150.warnings !== void 0) {
                                                  let data173 = data150.warnings;
                                                  const _errs355 = errors;
                                                  if (errors === _errs355) {
                                                    if (Array.isArray(data173)) {
                                                      var valid58 = true;
                                                      const len27 = data173.length;
                                                      for (let i27 = 0; i27 < len27; i27++) {
                                                        const _errs357 = errors;
                                                        if (typeof data173[i27] !== "string") {
                                                          validate10.errors = [{ instancePath: instancePath + "/coverage/warnings/" + i27, schemaPath: "#/properties/coverage/properties/warnings/items/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                                                          return false;
                                                        }
                                                        var valid58 = _errs357 === errors;
                                                        if (!valid58) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate10.errors = [{ instancePath: instancePath + "/coverage/warnings", schemaPath: "#/properties/coverage/properties/warnings/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                                                      return false;
                                                    }
                                                  }
                                                  var valid50 = _errs355 === errors;
                                                } else {
                                                  var valid50 = true;
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate10.errors = [{ instancePath: instancePath + "/coverage", schemaPath: "#/properties/coverage/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                                      return false;
                                    }
                                  }
                                  var valid0 = _errs305 === errors;
                                } else {
                                  var valid0 = true;
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
function reportSchemaValidator() {
  return validate;
}

// src/cli-merge.ts
var MERGE_USAGE = `Usage:
  cross-account-guard merge <report.json|dir|owner/name=report.json>... [--format json|markdown|sarif|csv] [--output <file>]

Combines audit reports (--format json) of many repositories into one inventory: per principal
outside the zone of trust, the repositories and resources it reaches and whether each repository
approved it, with organisation-wide totals. A folder stands for every .json file under it. Each
report names its repository (audit --repo-name owner/name, or the action's report-file); give
owner/name=report.json for one that does not. The same repository twice is refused.

Options:
  --format <f>   json (default: the inventory, schema/inventory.schema.json) | markdown (the job
                 summary: top principals, repositories with unapproved access, expired approvals)
                 | sarif (one run per repository) | csv (one row per grant)
  --output <f>   write to a file instead of stdout

Exit: 0 merged, 2 a report that is missing, invalid, of another schema version or a repeat.`;
var MergeError = class extends Error {
};
var MAX_REPORTS = 1e5;
var MAX_REPORT_BYTES = 512 * 1024 * 1024;
async function runMerge(argv, io) {
  try {
    return await merge(argv, io.stdout, io.cwd);
  } catch (err) {
    if (!(err instanceof MergeError) && !err.code?.startsWith("ERR_PARSE_ARGS"))
      throw err;
    io.stderr.write(`cross-account-guard merge: ${err.message}

${MERGE_USAGE}
`);
    return 2;
  }
}
async function merge(argv, out, cwd) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string", default: "json" },
      output: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    out.write(`${MERGE_USAGE}
`);
    return 0;
  }
  const format = values.format ?? "json";
  if (!["json", "markdown", "sarif", "csv"].includes(format))
    throw new MergeError(`unknown --format '${format}': expected json, markdown, sarif or csv`);
  if (positionals.length === 0) throw new MergeError("merge needs at least one report");
  const inputs = positionals.flatMap((arg) => expand(arg, cwd));
  if (inputs.length === 0) throw new MergeError(`no .json report found in ${positionals.join(", ")}`);
  if (inputs.length > MAX_REPORTS) throw new MergeError(`${inputs.length} reports: at most ${MAX_REPORTS}`);
  const scratchDir = mkdtempSync(join(tmpdir(), "cag-merge-"));
  const scratch = join(scratchDir, "body");
  const fd = openSync(scratch, "w");
  const inv = newInventory();
  const seen = /* @__PURE__ */ new Map();
  let anyItem = false;
  try {
    const toScratch = textWriter(fd);
    for (const input of inputs) {
      const report = readReport(input.file, cwd);
      const repository = input.repository ?? report.repository;
      if (!repository)
        throw new MergeError(
          `${input.file}: the report does not name its repository: write it with audit --repo-name owner/name, or give owner/name=${input.file}`
        );
      checkName(repository, input.file);
      const before = seen.get(repository);
      if (before)
        throw new MergeError(
          `${input.file} and ${before} are both reports of ${repository}: give each repository once`
        );
      seen.set(repository, input.file);
      const grants = addReport(inv, repository, report);
      let body = "";
      if (format === "json")
        for (const g of grants) body += jsonGrant(inventoryGrant(g, repository), !anyItem && body === "");
      else if (format === "csv") for (const g of grants) body += csvRow(inventoryGrant(g, repository));
      else if (format === "sarif") {
        const run = JSON.parse(renderSarif(report, VERSION)).runs[0];
        if (run) body = `${anyItem ? "," : ""}
    ${sarifRun(run, repository)}`;
      }
      if (body !== "") {
        anyItem = true;
        toScratch(body);
      }
    }
  } finally {
    closeSync(fd);
  }
  try {
    const head = finishInventory(inv);
    const target = values.output ? openOutput(resolve(cwd, values.output), values.output) : void 0;
    try {
      const toFile = target === void 0 ? void 0 : textWriter(target);
      const write = (text) => toFile === void 0 ? out.write(text) : toFile(text);
      if (format === "markdown") write(`${renderInventoryMarkdown(head)}
`);
      else {
        if (format === "json") for (const piece of jsonHead(head)) write(piece);
        else
          write(
            format === "csv" ? csvHeader() : `{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [`
          );
        await copyInto(scratch, target, out);
        write(
          format === "json" ? jsonTail(anyItem) : format === "csv" ? "" : anyItem ? "\n  ]\n}\n" : "]\n}\n"
        );
      }
    } finally {
      if (target !== void 0) closeSync(target);
    }
  } finally {
    rmSync(scratchDir, { recursive: true, force: true });
  }
  return 0;
}
function expand(arg, cwd) {
  const eq = arg.indexOf("=");
  const abs = resolve(cwd, arg);
  if (eq > 0 && !existsSync(abs)) return [{ repository: arg.slice(0, eq), file: arg.slice(eq + 1) }];
  if (existsSync(abs) && lstatSync(abs).isDirectory()) return jsonFilesUnder(arg, cwd);
  return [{ file: arg }];
}
function jsonFilesUnder(dir, cwd) {
  const found = [];
  const walk = (d, depth) => {
    if (depth > 8) return;
    for (const entry of readdirSync(resolve(cwd, d), { withFileTypes: true }).sort(
      (a, b) => compareStrings(a.name, b.name)
    )) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".json")) found.push({ file: path });
    }
  };
  walk(dir, 0);
  return found;
}
function readReport(file, cwd) {
  const abs = resolve(cwd, file);
  if (!existsSync(abs)) throw new MergeError(`${file}: no such file`);
  const stat = lstatSync(abs);
  if (!stat.isFile()) throw new MergeError(`${file}: not a file`);
  if (stat.size > MAX_REPORT_BYTES)
    throw new MergeError(`${file}: ${stat.size} bytes, larger than any report`);
  const parsed = parseJson(readFileSync(abs, "utf8"));
  if (!parsed.ok) throw new MergeError(`${file}: not JSON (${describeJsonError(parsed.error)})`);
  const data = parsed.value;
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new MergeError(`${file}: not a Cross-Account Guard report (not a JSON object)`);
  const obj = data;
  if (obj.kind === "inventory")
    throw new MergeError(`${file}: an inventory (the output of merge), not a report`);
  if (obj.schemaVersion !== 1)
    throw new MergeError(
      `${file}: report schemaVersion ${JSON.stringify(obj.schemaVersion ?? null)}; this version (${VERSION}) reads schemaVersion 1`
    );
  const validate2 = reportSchemaValidator();
  if (!validate2(data)) {
    const e = validate2.errors?.[0];
    throw new MergeError(
      `${file}: not a valid report: ${e ? `${e.instancePath || "/"} ${e.message ?? "is invalid"}` : "schema mismatch"}`
    );
  }
  if (obj.mode !== "audit")
    throw new MergeError(
      `${file}: a ${String(obj.mode)} report; merge takes audit reports (a whole repository's grants)`
    );
  return data;
}
function checkName(name, file) {
  if (!isRepositoryName(name))
    throw new MergeError(`${file}: repository name '${name.slice(0, 200)}' is not owner/name`);
}
function openOutput(path, shown) {
  try {
    return openSync(path, "w");
  } catch (e) {
    throw new MergeError(`cannot write --output '${shown}': ${fsReason(e)}`);
  }
}
async function copyInto(scratch, fd, out) {
  const stream = createReadStream(scratch, { highWaterMark: 1 << 20 });
  if (fd === void 0) {
    stream.pipe(out, { end: false });
    await finished(stream);
    return;
  }
  for await (const chunk of stream) writeBytes(fd, chunk);
}
export {
  MERGE_USAGE,
  MergeError,
  runMerge
};
