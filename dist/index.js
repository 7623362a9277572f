import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  overlaySnapshot,
  parallelReader,
  parseAllowlist,
  terraformModuleMounts,
  withModuleMounts
} from "./chunk-RFHTMINJ.js";
import {
  EMPTY_ALLOWLIST,
  blocksCheck,
  decodeText,
  directorySnapshot,
  gitSnapshot,
  memorySnapshot,
  runAudit,
  runDiff
} from "./chunk-MW5I3E5H.js";
import {
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  VERSION,
  code,
  fsReason,
  isNotCommitted,
  md,
  principalWords,
  renderAllowlistInvalid,
  renderMarkdown,
  renderSarif,
  term
} from "./chunk-IMQQHULC.js";
import "./chunk-AVC32SKA.js";
import "./chunk-EVVZM25H.js";

// src/github/action.ts
import { tmpdir } from "node:os";
import { join as join3 } from "node:path";

// src/github/action-files.ts
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
var nodeFiles = {
  exists: (path) => existsSync(path),
  readFile: (path) => readFileSync(path),
  mkdir: (path) => {
    mkdirSync(path, { recursive: true });
  },
  writeFile: (path, text) => writeFileSync(path, text)
};

// src/github/codeowners.ts
var CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
function ownersOf(snapshot, path) {
  for (const file of CODEOWNERS_PATHS) {
    const bytes = snapshot.read(file);
    if (bytes instanceof Uint8Array)
      return { file, owners: matchOwners(new TextDecoder().decode(bytes), path) };
  }
  return { file: null, owners: [] };
}
function matchOwners(codeowners, path) {
  let owners = [];
  for (const raw of codeowners.split(/\r?\n/)) {
    const line = raw.replace(/(^|\s)#.*$/, "").trim();
    if (!line) continue;
    const [pattern, ...rest] = line.split(/\s+/);
    if (pattern && patternToRegExp(pattern).test(path)) owners = rest;
  }
  return owners;
}
function patternToRegExp(pattern) {
  let p = pattern.replace(/\\#/g, "#");
  const dirOnly = p.endsWith("/");
  if (dirOnly) p = p.slice(0, -1);
  const anchored = p.startsWith("/") || p.includes("/");
  p = p.replace(/^\/+/, "");
  let re = "";
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === "*" && p[i + 1] === "*") {
      const slash = p[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (ch === "*") re += "[^/]*";
    else if (ch === "?") re += "[^/]";
    else re += ch.replace(/[.+^${}()|[\]\\-]/g, "\\$&");
  }
  return new RegExp(`^${anchored ? "" : "(?:.*/)?"}${re}${dirOnly ? "/.*" : "(?:/.*)?"}$`);
}

// src/github/allowlist-source.ts
var AllowlistInvalid = class extends Error {
  constructor(message, errors, title = "invalid allowlist") {
    super(message);
    this.errors = errors;
    this.title = title;
  }
  errors;
  title;
};
function readAllowlistAt(snapshot, path, where) {
  const bytes = snapshot.read(path);
  if (!(bytes instanceof Uint8Array)) return { allowlist: { ...EMPTY_ALLOWLIST }, text: null };
  const text = new TextDecoder().decode(bytes);
  const parsed = parseAllowlist(path, text);
  if ("errors" in parsed) {
    const lines = parsed.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`);
    throw new AllowlistInvalid(`invalid allowlist at ${where}
${lines.join("\n")}`, parsed.errors);
  }
  return { allowlist: parsed.allowlist, text };
}
function chooseDiffAllowlist(input) {
  const { path } = input;
  const notes = [];
  const warnings = [];
  const changed = input.base.text !== input.head.text;
  if (input.base.text !== null && input.head.text === null) {
    const message = `this change deletes the allowlist. Its approvals and trusted accounts would be gone once the change is merged. Restore ${path}; to empty it on purpose, commit an empty file instead of deleting it; to move it, change the action's \`allowlist\` input in the same change.`;
    throw new AllowlistInvalid(
      `the allowlist ${path} is deleted by this change
${path}: ${message}`,
      [{ file: path, message }],
      "allowlist deleted"
    );
  }
  if (input.ref === "head") {
    notes.push(`The allowlist is read from the head of this change (allowlist-ref: head).`);
    const owners = ownersOf(input.baseSnapshot, path);
    if (owners.owners.length === 0) {
      warnings.push(
        owners.file ? `${owners.file} does not assign an owner to ${path}: with allowlist-ref: head, anyone who can push to a pull request can approve external access.` : `No CODEOWNERS file covers ${path}: with allowlist-ref: head, anyone who can push to a pull request can approve external access.`
      );
    }
    if (changed) notes.push(`This change edits the allowlist (${path}).`);
    return { allowlist: input.head.allowlist, notes: [...notes, ...warnings], warnings };
  }
  if (!changed) return { allowlist: input.base.allowlist, notes, warnings };
  if (input.approverReview) {
    const r = input.approverReview;
    notes.push(
      `This pull request edits the allowlist (${path}); its approvals count: approved by ${r.login}${r.as !== r.login ? ` (${r.as})` : ""} at the head commit.`
    );
    return { allowlist: input.head.allowlist, notes, warnings };
  }
  const who = input.approvers.length > 0 ? `once one of the approvers (${input.approvers.map(approverName).join(", ")}) approves the pull request at its head commit, or once it is merged` : "only once it is merged, because no approvers are configured: merge the allowlist change first in a pull request of its own, or set the action's approvers input so that an approver's review of this pull request counts";
  notes.push(
    `This change edits the allowlist (${path}): the approvals it adds are pending and count ${who}.`
  );
  if (input.reviewsError)
    notes.push(
      `The pull request's reviews could not be read (${input.reviewsError}): its approvals stay pending.`
    );
  return { allowlist: input.base.allowlist, pending: input.head.allowlist, notes, warnings };
}
function approverName(a) {
  return a.kind === "user" ? a.login : `${a.org}/${a.slug}`;
}

// src/github/log.ts
function runnerLog(runner) {
  return {
    info: (m) => runner.info(term(m, 4e3)),
    warning: (m) => runner.warning(term(m, 4e3)),
    debug: (m) => runner.debug(term(m, 4e3))
  };
}
function describeApiError(err) {
  const e = err;
  if (e.timedOut) return e.message ?? "the GitHub API did not answer in time";
  const message = e.response?.data?.message ?? e.message ?? String(err);
  return e.status ? `HTTP ${e.status}: ${message}` : message;
}
function apiStatus(err) {
  const s = err.status;
  return typeof s === "number" ? s : void 0;
}
function explainWriteFailure(err, isFork) {
  const status = apiStatus(err);
  const text = describeApiError(err);
  if ((status === 403 || status === 429) && /rate limit/i.test(text)) {
    return `${text} \u2014 GitHub's rate limit did not clear within the bounded retries. The verdict, annotations and job summary are unaffected.`;
  }
  if (status === 403 || status === 404) {
    const why = isFork ? "the pull request comes from a fork, and GitHub gives such runs a read-only token" : "the token cannot write to pull requests (the workflow needs `permissions: pull-requests: write`)";
    return `${text} \u2014 ${why}. The verdict, annotations and job summary are unaffected.`;
  }
  return `${text}. The verdict, annotations and job summary are unaffected.`;
}

// src/github/approvers.ts
async function findApproverReview(client, pr, headSha, approvers, log) {
  const reviews = await client.paginate(client.rest.pulls.listReviews, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100
  });
  const latest = /* @__PURE__ */ new Map();
  for (const r of reviews) {
    if (!r.user || !["APPROVED", "CHANGES_REQUESTED", "DISMISSED"].includes(r.state)) continue;
    latest.set(r.user.login.toLowerCase(), r);
  }
  const approving = [...latest.entries()].filter(([, r]) => r.state === "APPROVED" && r.commit_id === headSha).map(([, r]) => r.user.login).sort();
  for (const login of approving) {
    const user = approvers.find((a) => a.kind === "user" && a.login === login.toLowerCase());
    if (user) return { login, as: login };
  }
  for (const a of approvers) {
    if (a.kind !== "team") continue;
    for (const login of approving) {
      if (await isTeamMember(client, a, login, log)) return { login, as: `${a.org}/${a.slug}` };
    }
  }
  return null;
}
async function isTeamMember(client, team, login, log) {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({
      org: team.org,
      team_slug: team.slug,
      username: login
    });
    return data.state === "active";
  } catch (err) {
    if (apiStatus(err) === 404) return false;
    log.warning(
      `cannot check whether ${login} is in team ${team.org}/${team.slug} (${describeApiError(err)}): team approvers need a token that can read the organization's teams (members: read).`
    );
    return false;
  }
}

// src/github/config.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
var ConfigError = class extends Error {
};
var DEFAULT_ALLOWLIST = ".github/cross-account-allowlist.yml";
function readConfig(env, dirs) {
  const input = (name) => (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
  const runner = readRunner(env, dirs);
  const inWorkspace = (name, value) => repoPath(name, value, runner.workspace);
  const allowlist = inWorkspace("allowlist", input("allowlist") || DEFAULT_ALLOWLIST);
  const config = {
    token: input("github-token"),
    allowlist,
    allowlistRef: oneOf("allowlist-ref", input("allowlist-ref") || "base", ["base", "head"]),
    approvers: list(input("approvers")).map(parseApprover),
    mode: oneOf("mode", input("mode") || "auto", ["auto", "diff", "audit"]),
    include: list(input("paths")),
    exclude: list(input("exclude")),
    terraformPlan: list(input("terraform-plan")).map((p) => inWorkspace("terraform-plan", p)),
    tfvars: list(input("tfvars")).map((p) => inWorkspace("tfvars", p)),
    comment: bool("comment", input("comment"), true),
    reviewComments: bool("review-comments", input("review-comments"), true),
    failOnUnresolved: bool("fail-on-unresolved", input("fail-on-unresolved"), true),
    failOnEmpty: bool("fail-on-empty", input("fail-on-empty"), true),
    runner
  };
  const cdkOut = input("cdk-out");
  const cdkOutBase = input("cdk-out-base");
  if (cdkOut) config.cdkOut = inWorkspace("cdk-out", cdkOut);
  if (cdkOutBase) config.cdkOutBase = inWorkspace("cdk-out-base", cdkOutBase);
  if (cdkOutBase && !cdkOut)
    throw new ConfigError("Input 'cdk-out-base' needs 'cdk-out' (the head's synth output) as well.");
  const modules = input("terraform-modules");
  if (modules !== "" && !["false", "False", "FALSE"].includes(modules)) {
    config.terraformModules = ["true", "True", "TRUE"].includes(modules) ? "all" : list(modules).map((r) => r === "." || r === "./" ? "" : inWorkspace("terraform-modules", r));
  }
  const sarif = input("sarif-file");
  if (sarif) config.sarifFile = isAbsolute(sarif) ? sarif : resolve(runner.workspace, sarif);
  return config;
}
function readRunner(env, dirs) {
  const required = (name) => {
    const v = env[name]?.trim();
    if (!v) throw new ConfigError(`${name} is not set: this action runs inside a GitHub Actions job.`);
    return v;
  };
  const repository = required("GITHUB_REPOSITORY");
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec(repository);
  if (!m) throw new ConfigError(`Invalid GITHUB_REPOSITORY '${repository}'. Expected format {owner}/{repo}.`);
  const runner = {
    eventName: required("GITHUB_EVENT_NAME"),
    eventPath: resolve(dirs.cwd, required("GITHUB_EVENT_PATH")),
    owner: m[1],
    repo: m[2],
    workspace: resolve(dirs.cwd, env.GITHUB_WORKSPACE?.trim() || "."),
    apiUrl: (env.GITHUB_API_URL?.trim() || "https://api.github.com").replace(/\/+$/, ""),
    serverUrl: (env.GITHUB_SERVER_URL?.trim() || "https://github.com").replace(/\/+$/, ""),
    runnerTemp: resolve(dirs.cwd, env.RUNNER_TEMP?.trim() || dirs.tmpdir)
  };
  const sha2 = env.GITHUB_SHA?.trim();
  if (sha2) runner.sha = sha2;
  return runner;
}
function list(value) {
  return value.split(/[\n,]/).map((s) => s.trim()).filter((s) => s.length > 0 && !s.startsWith("#"));
}
function oneOf(name, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new ConfigError(`Invalid input '${name}': '${value}'. Expected one of: ${allowed.join(", ")}.`);
}
function bool(name, value, fallback) {
  if (value === "") return fallback;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  throw new ConfigError(`Invalid input '${name}': '${value}'. Expected true or false.`);
}
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
var TEAM = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9][A-Za-z0-9._-]*)$/;
function parseApprover(raw) {
  const s = raw.replace(/^@/, "");
  const team = TEAM.exec(s);
  if (team) return { kind: "team", org: team[1].toLowerCase(), slug: team[2].toLowerCase() };
  if (LOGIN.test(s)) return { kind: "user", login: s.toLowerCase() };
  throw new ConfigError(
    `Invalid approver '${raw}'. Expected a GitHub user (alice or @alice) or a team slug (org/team or @org/team).`
  );
}
function repoPath(name, value, workspace) {
  const rel = relative(workspace, resolve(workspace, value)).split(sep).join("/");
  if (rel === "" || rel === ".." || rel.startsWith("../") || isAbsolute(rel)) {
    throw new ConfigError(
      `Invalid input '${name}': '${value}'. Expected a path inside the repository (GITHUB_WORKSPACE).`
    );
  }
  return rel;
}

// src/github/event.ts
var EventError = class extends Error {
};
var PR_EVENTS = ["pull_request", "pull_request_target", "pull_request_review"];
var AUDIT_EVENTS = ["workflow_dispatch", "schedule"];
var SUPPORTED = [...PR_EVENTS, "push", "merge_group", ...AUDIT_EVENTS];
var ZERO_SHA = /^0+$/;
var SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function resolveEvent(eventName, payload, options) {
  const p = payload ?? {};
  const diff = diffOf(eventName, p);
  if (options.mode === "diff") {
    if (diff === null) {
      throw new EventError(
        `mode 'diff' needs a base commit, and the '${eventName}' event has none. Use mode 'audit', or run on ${SUPPORTED.slice(0, 5).join(", ")}.`
      );
    }
    return diff;
  }
  if (options.mode === "audit" || diff === null && AUDIT_EVENTS.includes(eventName)) {
    if (diff?.mode === "skip") return diff;
    const headSha = diff?.mode === "diff" ? diff.headSha : options.sha;
    if (!headSha || !SHA.test(headSha)) {
      throw new EventError(
        `cannot tell which commit to audit: GITHUB_SHA is '${options.sha ?? ""}', expected a commit SHA.`
      );
    }
    const target = {
      mode: "audit",
      headSha,
      isFork: diff?.mode === "diff" && diff.isFork,
      description: ""
    };
    if (diff?.mode === "diff" && diff.prNumber !== void 0) target.prNumber = diff.prNumber;
    if (diff?.mode === "diff" && diff.headRef) target.headRef = diff.headRef;
    target.description = `audit of ${headSha.slice(0, 7)} (${eventName})`;
    return target;
  }
  if (diff === null) {
    throw new EventError(
      `the '${eventName}' event is not supported. Supported events: ${SUPPORTED.join(", ")}; or set mode: audit to audit the commit of any event.`
    );
  }
  return diff;
}
function diffOf(eventName, p) {
  if (PR_EVENTS.includes(eventName)) {
    const pr = obj(p.pull_request, `the ${eventName} payload has no pull_request`);
    const number = pr.number;
    if (typeof number !== "number" || !Number.isInteger(number) || number <= 0) {
      throw new EventError(`the ${eventName} payload has no pull request number`);
    }
    const base = obj(pr.base, "pull_request.base is missing");
    const head = obj(pr.head, "pull_request.head is missing");
    const baseSha = sha(base.sha, "pull_request.base.sha");
    const headSha = sha(head.sha, "pull_request.head.sha");
    const baseRepo = repoName(base.repo);
    const headRepo = repoName(head.repo);
    return {
      mode: "diff",
      baseSha,
      headSha,
      prNumber: number,
      // A deleted fork has no head repository: treat it as a fork.
      isFork: headRepo === null || baseRepo === null || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
      headRef: `refs/pull/${number}/head`,
      description: `pull request #${number}: ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}`
    };
  }
  if (eventName === "push") {
    const after = typeof p.after === "string" ? p.after : "";
    if (p.deleted === true || ZERO_SHA.test(after))
      return { mode: "skip", reason: "the push deleted a branch or tag" };
    const headSha = sha(p.after, "push payload 'after'");
    const before = typeof p.before === "string" ? p.before : "";
    const baseSha = before === "" || ZERO_SHA.test(before) ? null : sha(before, "push payload 'before'");
    return {
      mode: "diff",
      baseSha,
      headSha,
      isFork: false,
      description: `push: ${baseSha ? baseSha.slice(0, 7) : "(new branch: parent)"}..${headSha.slice(0, 7)}`
    };
  }
  if (eventName === "merge_group") {
    const group = obj(p.merge_group, "the merge_group payload has no merge_group");
    const baseSha = sha(group.base_sha, "merge_group.base_sha");
    const headSha = sha(group.head_sha, "merge_group.head_sha");
    return {
      mode: "diff",
      baseSha,
      headSha,
      isFork: false,
      description: `merge group: ${baseSha.slice(0, 7)}..${headSha.slice(0, 7)}`
    };
  }
  return null;
}
function obj(v, message) {
  if (v === null || typeof v !== "object" || Array.isArray(v)) throw new EventError(message);
  return v;
}
function sha(v, what) {
  if (typeof v !== "string" || !SHA.test(v))
    throw new EventError(`${what} is '${String(v)}', expected a commit SHA`);
  return v;
}
function repoName(v) {
  if (v === null || typeof v !== "object") return null;
  const name = v.full_name;
  return typeof name === "string" ? name : null;
}

// src/github/outputs.ts
import { dirname, join } from "node:path";
var MAX_SUMMARY_CHARS = 25e4;
var MAX_OUTPUT_CHARS = 34e4;
function newAccessJson(report, maxChars = MAX_OUTPUT_CHARS) {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const parts = [];
  let length = 2;
  for (const p of report.principals) {
    const part = JSON.stringify({
      id: p.id,
      type: p.type,
      accountId: p.accountId,
      classification: p.classification,
      ...p.label ? { label: p.label } : {},
      approved: p.approved,
      pending: p.pendingApproval !== void 0,
      grants: grantsOf(p, byId).map((g) => ({
        file: g.resource.file,
        line: g.resource.line,
        address: g.resource.address,
        type: g.resource.type,
        actions: g.actions
      }))
    });
    const added = part.length + (parts.length > 0 ? 1 : 0);
    if (length + added > maxChars) break;
    parts.push(part);
    length += added;
  }
  return { json: `[${parts.join(",")}]`, included: parts.length, total: report.principals.length };
}
function writeReportFile(report, runnerTemp, files) {
  const file = join(runnerTemp, "cross-account-guard", "report.json");
  writeText(files, file, `${JSON.stringify(report, null, 2)}
`, "the report file (report-file output)");
  return file;
}
function writeSarifFile(report, file, files, notCommitted = []) {
  writeText(files, file, renderSarif(report, VERSION, { notCommitted }), "the SARIF file (sarif-file input)");
}
function writeText(files, file, text, what) {
  try {
    files.mkdir(dirname(file));
    files.writeFile(file, text);
  } catch (err) {
    throw new Error(`cannot write ${what} ${file}: ${fsReason(err)}`);
  }
}
function setOutputs(runner, report, reportFile) {
  runner.setOutput("verdict", report.verdict);
  const access2 = newAccessJson(report);
  if (access2.included < access2.total)
    runner.warning(
      `The new-access output lists ${access2.included} of ${access2.total} principals (a step output holds at most 1 MB); all of them are in the report file (report-file output).`
    );
  runner.setOutput("new-access", access2.json);
  runner.setOutput("unapproved-count", String(report.summary.unapproved));
  runner.setOutput("report-file", reportFile);
}
var MAX_ERROR_ANNOTATIONS = 10;
var MAX_WARNING_ANNOTATIONS = 10;
function planAnnotations(report, failOnUnresolved, notCommitted = []) {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const scope = report.mode === "diff" ? "New" : "Existing";
  const errors = [];
  const warnings = [];
  const add = (a) => (a.level === "error" ? errors : warnings).push(a);
  for (const p of report.principals.filter((p2) => !p2.approved)) {
    const g = grantsOf(p, byId)[0];
    const where = g && !isNotCommitted(g.resource.file, { notCommitted }) ? { file: g.resource.file, startLine: Math.max(1, g.resource.line) } : {};
    const words = principalWords(p, grantsOf(p, byId));
    const state = p.pendingApproval ? "its approval is pending (added by this change)" : `not approved: ${words.hint ?? words.why}`;
    const on = g ? ` on ${g.resource.constructPath ?? g.resource.address}` : "";
    const message = term(
      `${scope} ${p.classification} access for ${p.id}${p.label ? ` (${p.label})` : ""}${on}: ${state}.`,
      1e3
    );
    const level = blocksCheck(p.approved, p.classification, failOnUnresolved) ? "error" : "warning";
    add({
      level,
      message,
      properties: { title: "Cross-Account Guard", ...where }
    });
  }
  for (const e of report.errors) {
    add({
      level: e.blocking ? "error" : "warning",
      message: term(e.message, 1e3),
      properties: {
        title: "Cross-Account Guard: file not analysed",
        file: e.file,
        ...e.line ? { startLine: e.line } : {}
      }
    });
  }
  for (const w of report.coverage?.warnings ?? []) {
    add({
      level: report.reasons.includes(w) ? "error" : "warning",
      message: term(w, 1e3),
      properties: { title: "Cross-Account Guard: nothing checked" }
    });
  }
  const file = report.allowlist.file;
  for (const a of report.allowlist.expired) {
    add({
      level: "warning",
      message: term(`Approval of ${a.principal} expired on ${a.expires ?? "?"}.`, 500),
      properties: {
        title: "Cross-Account Guard: expired approval",
        ...file ? { file, startLine: a.line } : {}
      }
    });
  }
  const summary2 = report.verdict === "fail" ? MAX_ERROR_ANNOTATIONS - 1 : MAX_ERROR_ANNOTATIONS;
  const shownErrors = errors.slice(0, summary2);
  const shownWarnings = warnings.slice(0, MAX_WARNING_ANNOTATIONS);
  const left = errors.length - shownErrors.length + warnings.length - shownWarnings.length;
  const more = left > 0 ? ` ${left} more finding${left === 1 ? " is" : "s are"} not annotated (GitHub shows 10 errors and 10 warnings per step): the job summary and the report file list them all.` : "";
  const out = [];
  if (report.verdict === "fail") {
    out.push({
      level: "error",
      message: term(`Cross-Account Guard: ${report.reasons.join("; ")}.${more}`, 4e3),
      properties: {}
    });
  } else if (more) {
    out.push({ level: "notice", message: `Cross-Account Guard:${more}`, properties: {} });
  }
  return [...out, ...shownErrors, ...shownWarnings];
}
function annotate(runner, report, failOnUnresolved, notCommitted = []) {
  for (const a of planAnnotations(report, failOnUnresolved, notCommitted)) {
    if (a.level === "error") runner.error(a.message, a.properties);
    else if (a.level === "warning") runner.warning(a.message, a.properties);
    else runner.notice(a.message, a.properties);
  }
}
function grantsOf(p, byId) {
  return p.grants.map((id) => byId.get(id)).filter((g) => g !== void 0);
}

// src/github/comment.ts
async function upsertStickyComment(client, pr, body, options) {
  if (body.length > MAX_COMMENT_CHARS)
    throw new Error(`comment body is ${body.length} characters, over GitHub's limit`);
  const existing = await findStickyComment(client, pr, options.botLogin);
  if (existing) {
    if (existing.body === body) return { action: "unchanged", url: existing.html_url };
    try {
      const { data: data2 } = await client.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: existing.id,
        body
      });
      return { action: "updated", url: data2.html_url };
    } catch (err) {
      if (apiStatus(err) !== 404) throw err;
      const { data: data2 } = await client.rest.issues.createComment({
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        body
      });
      return {
        action: "created",
        url: data2.html_url,
        why: `the earlier comment ${existing.id} was gone when it was to be edited (HTTP 404)`
      };
    }
  }
  if (!options.create)
    return { action: "none", why: "no new external access and no earlier comment to update" };
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body
  });
  return { action: "created", url: data.html_url };
}
async function findStickyComment(client, pr, botLogin) {
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100
  });
  for await (const page of pages) {
    const found = page.data.find(
      (c) => c.user?.login.toLowerCase() === botLogin.toLowerCase() && (c.body ?? "").includes(COMMENT_MARKER)
    );
    if (found) return found;
  }
  return void 0;
}

// src/github/identity.ts
var WORKFLOW_BOT = "github-actions[bot]";
async function tokenLogin(client, log) {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    log.debug(`GET /user: ${describeApiError(err)}; writing as ${WORKFLOW_BOT}`);
    return WORKFLOW_BOT;
  }
}

// src/github/review-plan.ts
import { createHash } from "node:crypto";
var INLINE_MARKER_PREFIX = "<!-- cross-account-guard:inline:v1:";
var INLINE_MARKER = /<!-- cross-account-guard:inline:v1:([0-9a-f]{16}) -->/g;
var MAX_INLINE_COMMENTS = 30;
function planInlineComments(report, added, lineText) {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const spots = /* @__PURE__ */ new Map();
  for (const p of report.principals) {
    if (p.approved) continue;
    for (const id of p.grants) {
      const g = byId.get(id);
      if (g?.change !== "added") continue;
      const key = JSON.stringify([p.id, g.resource.file, g.resource.line]);
      const spot = spots.get(key) ?? { p, file: g.resource.file, line: g.resource.line, grants: [] };
      spot.grants.push(g);
      spots.set(key, spot);
    }
  }
  const comments = [];
  const notInline = [];
  const seen = /* @__PURE__ */ new Set();
  for (const { p, file, line, grants } of spots.values()) {
    if (line < 1 || !added(file).has(line)) {
      notInline.push({ principal: p.id, file, line, why: "not a line this pull request adds" });
      continue;
    }
    const fingerprint = fingerprintOf(p.id, file, lineText(file, line) ?? String(line));
    if (seen.has(fingerprint)) continue;
    seen.add(fingerprint);
    if (comments.length >= MAX_INLINE_COMMENTS) {
      notInline.push({
        principal: p.id,
        file,
        line,
        why: `more than ${MAX_INLINE_COMMENTS} inline comments`
      });
      continue;
    }
    comments.push({
      path: file,
      line,
      fingerprint,
      principal: p.id,
      body: inlineBody(p, grants, fingerprint)
    });
  }
  return { comments, notInline };
}
function fingerprintOf(principal, file, text) {
  return createHash("sha256").update(JSON.stringify([principal, file, text.trim()])).digest("hex").slice(0, 16);
}
function fingerprintsIn(body) {
  return [...body.matchAll(INLINE_MARKER)].map((m) => m[1]);
}
var CLASS = {
  public: "\u{1F310} public access",
  unresolved: "\u2753 an unresolved principal",
  federated: "\u{1FAAA} federated access",
  external: "\u{1F3E2} external access"
};
function inlineBody(p, grants, fingerprint) {
  const who = `${code(p.id, 200)}${p.label ? ` (${md(p.label, 120)})` : ""}`;
  const resources = [
    ...new Set(grants.map((g) => code(g.resource.constructPath ?? g.resource.address, 160)))
  ].join(", ");
  const actions = [...new Set(grants.flatMap((g) => g.actions))].slice(0, 8).map((a) => code(a, 80));
  const state = p.pendingApproval ? "\u23F3 Its approval is added by this pull request and counts once an approver approves the pull request." : "\u274C Not approved: add an allowlist entry (the summary comment has one ready to paste) or remove the grant.";
  return [
    `${INLINE_MARKER_PREFIX}${fingerprint} -->`,
    `**Cross-Account Guard**: new ${CLASS[p.classification] ?? md(p.classification)} for ${who}`,
    "",
    `on ${resources}${actions.length > 0 ? ` (${actions.join(", ")})` : ""}.`,
    "",
    state
  ].join("\n");
}
function notInlineSection(items) {
  if (items.length === 0) return "";
  const lines = [`<details><summary>Not commented inline (${items.length})</summary>`, ""];
  for (const i of items.slice(0, 50)) {
    lines.push(`- ${code(i.principal, 200)} \u2014 ${code(`${i.file}:${i.line}`, 200)}: ${md(i.why)}`);
  }
  if (items.length > 50) lines.push(`- \u2026 and ${items.length - 50} more.`);
  lines.push("", "</details>", "", "");
  return lines.join("\n");
}

// src/github/review.ts
async function postInlineReview(client, pr, headSha, comments, botLogin) {
  if (comments.length === 0) return { posted: [], alreadyThere: 0, rejected: [] };
  const existing = await existingFingerprints(client, pr, botLogin);
  const fresh = comments.filter((c) => !existing.has(c.fingerprint));
  const alreadyThere = comments.length - fresh.length;
  if (fresh.length === 0) return { posted: [], alreadyThere, rejected: [] };
  try {
    await client.rest.pulls.createReview({
      owner: pr.owner,
      repo: pr.repo,
      pull_number: pr.number,
      commit_id: headSha,
      event: "COMMENT",
      body: `**Cross-Account Guard**: ${fresh.length} line${fresh.length === 1 ? "" : "s"} of this pull request add external access that is not approved. The summary comment has the details.`,
      comments: fresh.map((c) => ({ path: c.path, line: c.line, side: "RIGHT", body: c.body }))
    });
    return { posted: fresh, alreadyThere, rejected: [] };
  } catch (err) {
    if (apiStatus(err) !== 422) throw err;
    const why = `GitHub refused the review (${describeApiError(err)})`;
    return {
      posted: [],
      alreadyThere,
      rejected: fresh.map((c) => ({ principal: c.principal, file: c.path, line: c.line, why }))
    };
  }
}
async function existingFingerprints(client, pr, botLogin) {
  const all = await client.paginate(client.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100
  });
  const mine = all.filter((c) => c.user?.login.toLowerCase() === botLogin.toLowerCase());
  return new Set(mine.flatMap((c) => fingerprintsIn(c.body)));
}

// src/github/pull-request.ts
async function writeToPullRequest(report, w) {
  const { log } = w;
  let login;
  try {
    login = await tokenLogin(w.client, log);
  } catch (err) {
    log.warning(`No PR comment: ${describeApiError(err)}`);
    return w.inline?.notInline ?? [];
  }
  const notInline = [...w.inline?.notInline ?? []];
  if (w.inline) {
    try {
      const r = await postInlineReview(w.client, w.pr, w.headSha, w.inline.comments, login);
      log.info(
        `Review comments: ${r.posted.length} posted, ${r.alreadyThere} already there, ${r.rejected.length + w.inline.notInline.length} in the sticky comment instead`
      );
      if (r.rejected.length > 0)
        log.warning(`${r.rejected[0].why}: those lines are listed in the sticky comment instead`);
      notInline.push(...r.rejected);
    } catch (err) {
      log.warning(`No review comments: ${explainWriteFailure(err, w.isFork)}`);
      notInline.push(
        ...w.inline.comments.map((c) => ({
          principal: c.principal,
          file: c.path,
          line: c.line,
          why: "the review could not be posted"
        }))
      );
    }
  }
  if (w.comment) {
    try {
      const body = stickyBody(report, w.markdown, notInline, MAX_COMMENT_CHARS);
      const create = report.principals.length > 0 || report.verdict === "fail";
      const r = await upsertStickyComment(w.client, w.pr, body, { botLogin: login, create });
      if (r.action === "none") log.info(`No PR comment: ${r.why}`);
      else if (r.action !== "unchanged" && r.why) log.warning(`PR comment ${r.action}: ${r.url} (${r.why})`);
      else log.info(`PR comment ${r.action}: ${r.url}`);
    } catch (err) {
      log.warning(`No PR comment: ${explainWriteFailure(err, w.isFork)}`);
    }
  }
  return notInline;
}
function stickyBody(report, options, notInline, max) {
  const section = notInlineSection(notInline);
  const markdown = renderMarkdown(report, { ...options, maxChars: max - section.length - 1 });
  if (!section) return markdown;
  const footer = markdown.lastIndexOf("\n<sub>");
  return footer < 0 ? `${markdown}
${section}` : `${markdown.slice(0, footer + 1)}${section}${markdown.slice(footer + 1)}`;
}
async function writeStickyComment(body, w) {
  try {
    const login = await tokenLogin(w.client, w.log);
    const r = await upsertStickyComment(w.client, w.pr, body, { botLogin: login, create: true });
    if (r.action === "none") w.log.info(`No PR comment: ${r.why}`);
    else w.log.info(`PR comment ${r.action}: ${r.url}`);
  } catch (err) {
    w.log.warning(`No PR comment: ${explainWriteFailure(err, w.isFork)}`);
  }
}

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/github/runner.ts
var coreRunner = {
  info: (message) => info(message),
  debug: (message) => debug(message),
  error: (message, properties) => error(message, properties),
  warning: (message, properties) => warning(message, properties),
  notice: (message, properties) => notice(message, properties),
  setOutput: (name, value) => setOutput(name, value),
  async appendSummary(markdown) {
    await summary.addRaw(markdown, true).write();
  }
};

// src/github/snapshots.ts
import { existsSync as existsSync3, statSync } from "node:fs";
import { join as join2 } from "node:path";

// src/sources/git-commits.ts
import { execFileSync } from "node:child_process";
function git(repo, args) {
  try {
    return execFileSync("git", ["-C", repo, ...args], {
      maxBuffer: 512 * 1024 * 1024,
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8"
    });
  } catch (err) {
    const e = err;
    const detail = (e.stderr || e.message).trim().split("\n").slice(-3).join(" / ");
    throw new Error(`git ${args.slice(0, 2).join(" ")} failed: ${detail}`);
  }
}
function isGitRepository(dir) {
  try {
    return git(dir, ["rev-parse", "--is-inside-work-tree"]).trim() === "true";
  } catch {
    return false;
  }
}
function checkoutState(dir, sha2) {
  try {
    const out = git(dir, ["rev-parse", "--is-inside-work-tree", "--verify", "--quiet", `${sha2}^{commit}`]);
    return out.startsWith("true\n") ? "present" : "not-a-checkout";
  } catch {
    return isGitRepository(dir) ? "missing" : "not-a-checkout";
  }
}
function hasCommit(repo, sha2) {
  try {
    git(repo, ["cat-file", "-e", `${sha2}^{commit}`]);
    return true;
  } catch {
    return false;
  }
}
function ensureCommit(repo, sha2, ref) {
  if (hasCommit(repo, sha2)) return null;
  const attempts = [sha2, ...ref ? [ref] : []];
  const failures = [];
  for (const what of attempts) {
    try {
      git(repo, ["fetch", "--no-tags", "--no-recurse-submodules", "--depth=1", "origin", what]);
      if (hasCommit(repo, sha2))
        return `fetched ${sha2.slice(0, 7)} from origin (${what === sha2 ? "by SHA" : what})`;
    } catch (err) {
      failures.push(err.message);
    }
  }
  throw new Error(
    `commit ${sha2} is not in the checkout and could not be fetched (${failures.join("; ") || "not found after fetch"}). Check out with actions/checkout and fetch-depth: 0.`
  );
}
function firstParent(repo, sha2) {
  const m = /^parent ([0-9a-f]+)$/m.exec(git(repo, ["cat-file", "commit", sha2]).split("\n\n")[0] ?? "");
  return m ? m[1] : null;
}

// src/sources/git-diff.ts
function changedPaths(repo, base, head) {
  const args = base ? ["diff", "--name-status", "-M", "-z", "--no-ext-diff", base, head] : ["show", "--name-status", "-M", "-z", "--no-ext-diff", "--format=", head];
  return parseNameStatus(git(repo, args));
}
function parseNameStatus(out) {
  const fields = out.split("\0");
  const result = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++]?.trim();
    if (!status) continue;
    const letter = status[0];
    if (letter === "R" || letter === "C") {
      const oldPath = fields[i++];
      const path = fields[i++];
      result.push({ status: letter, path, oldPath });
    } else {
      result.push({ status: letter, path: fields[i++] });
    }
  }
  return result;
}
function addedLines(repo, base, head, path, oldPath) {
  const from = base ? mergeBase(repo, base, head) ?? base : null;
  const pathspec = ["--", `:(literal)${path}`, ...oldPath ? [`:(literal)${oldPath}`] : []];
  const out = from ? git(repo, ["diff", "-U0", "-M", "--no-color", "--no-ext-diff", from, head, ...pathspec]) : git(repo, ["show", "-U0", "-M", "--no-color", "--no-ext-diff", "--format=", head, ...pathspec]);
  return parseAddedLines(out);
}
function parseAddedLines(diff) {
  const lines = /* @__PURE__ */ new Set();
  for (const m of diff.matchAll(/^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/gm)) {
    const start = Number(m[1]);
    const count = m[2] === void 0 ? 1 : Number(m[2]);
    for (let i = 0; i < count; i++) lines.add(start + i);
  }
  return lines;
}
function mergeBase(repo, a, b) {
  try {
    return git(repo, ["merge-base", a, b]).trim() || null;
  } catch {
    return null;
  }
}

// src/github/snapshots.ts
function diffSnapshots(config, target, log) {
  const repo = config.runner.workspace;
  const state = checkoutState(repo, target.headSha);
  if (state === "not-a-checkout") {
    throw new Error(
      `${repo} is not a git checkout: run actions/checkout (with fetch-depth: 0) before this action.`
    );
  }
  if (state === "missing") {
    const fetched = ensureCommit(repo, target.headSha, target.headRef);
    if (fetched) log.info(`Head: ${fetched}`);
  }
  let baseSha = target.baseSha;
  if (baseSha === null) {
    baseSha = firstParent(repo, target.headSha);
    log.info(
      baseSha ? `New branch: comparing with the parent commit ${baseSha.slice(0, 7)}` : "Root commit: everything is new"
    );
  }
  if (baseSha) {
    const fetchedBase = ensureCommit(repo, baseSha);
    if (fetchedBase) log.info(`Base: ${fetchedBase}`);
  }
  const modules = moduleMounts(config, log);
  const fullBase = withModuleMounts(
    withCdkOut(baseSha ? gitSnapshot(repo, baseSha) : memorySnapshot({}), config, "base", log),
    modules
  );
  const fullHead = withModuleMounts(
    withCdkOut(gitSnapshot(repo, target.headSha), config, "head", log),
    modules
  );
  const changes = changedPaths(repo, baseSha, target.headSha);
  const mount = config.cdkOut ? `${config.cdkOut}/` : null;
  const mounted = mount ? [...fullBase.paths, ...fullHead.paths].filter((p) => p.startsWith(mount)) : [];
  const changedFiles = [
    .../* @__PURE__ */ new Set([...changes.flatMap((c) => c.oldPath ? [c.path, c.oldPath] : [c.path]), ...mounted])
  ].sort();
  log.info(`${changes.length} file(s) changed${mount ? `; ${config.cdkOut} (cdk-out) is always read` : ""}`);
  return {
    base: fullBase,
    head: fullHead,
    changedFiles,
    fullBase,
    fullHead,
    baseSha,
    changes
  };
}
function auditSnapshot(config, target, log) {
  const repo = config.runner.workspace;
  let snapshot = tryGitSnapshot(repo, target.headSha);
  if (!snapshot) {
    const state = checkoutState(repo, target.headSha);
    if (state === "not-a-checkout") {
      log.warning(`${repo} is not a git checkout: auditing the files on disk.`);
      return { snapshot: withCdkOut(directorySnapshot(repo), config, "head", log), fromGit: false };
    }
    const fetched = ensureCommit(repo, target.headSha, target.headRef);
    if (fetched) log.info(`Audited commit: ${fetched}`);
    snapshot = gitSnapshot(repo, target.headSha);
  }
  return {
    snapshot: withModuleMounts(withCdkOut(snapshot, config, "head", log), moduleMounts(config, log)),
    fromGit: true
  };
}
function moduleMounts(config, log) {
  if (!config.terraformModules) return [];
  const mounts = terraformModuleMounts(
    config.runner.workspace,
    config.terraformModules,
    (m) => log.warning(m)
  );
  log.info(
    mounts.length > 0 ? `terraform-modules: mounted ${mounts.map((m) => m.mount).join(", ")}` : "terraform-modules: no .terraform/modules folder with a modules.json found: run terraform init -backend=false in each root first"
  );
  return mounts;
}
function tryGitSnapshot(repo, sha2) {
  try {
    return gitSnapshot(repo, sha2);
  } catch {
    return void 0;
  }
}
function withCdkOut(snapshot, config, side, log) {
  if (!config.cdkOut) return snapshot;
  const dir = side === "head" ? config.cdkOut : config.cdkOutBase;
  if (!dir) {
    log.warning(
      `cdk-out is set without cdk-out-base: the base is read from what is committed at ${config.cdkOut}, so grants of the synth output may count as new. Synthesize the base into cdk-out-base.`
    );
    return snapshot;
  }
  const abs = join2(config.runner.workspace, dir);
  if (!existsSync3(abs) || !statSync(abs).isDirectory()) {
    throw new Error(
      `cdk-out${side === "base" ? "-base" : ""} '${dir}' is not a directory: run cdk synth before this action.`
    );
  }
  return overlaySnapshot(snapshot, config.cdkOut, directorySnapshot(abs));
}
function headLines(repo, s, headSha) {
  const added = /* @__PURE__ */ new Map();
  const texts = /* @__PURE__ */ new Map();
  return {
    added(file) {
      let set = added.get(file);
      if (!set) {
        const renamedFrom = s.changes.find((c) => c.path === file)?.oldPath;
        set = addedLines(repo, s.baseSha, headSha, file, renamedFrom);
        added.set(file, set);
      }
      return set;
    },
    text(file, line) {
      let lines = texts.get(file);
      if (!lines) {
        const bytes = s.fullHead.read(file);
        lines = bytes instanceof Uint8Array ? new TextDecoder().decode(bytes).split(/\r?\n/) : [];
        texts.set(file, lines);
      }
      return lines[line - 1];
    }
  };
}

// src/github/action.ts
async function run(options = {}) {
  const env = options.env ?? process.env;
  const runner = options.runner ?? coreRunner;
  const log = options.log ?? runnerLog(runner);
  const files = options.files ?? nodeFiles;
  const step = { runner, env, options, log, files };
  let checking;
  try {
    const config = readConfig(env, { cwd: options.cwd ?? process.cwd(), tmpdir: options.tmpdir ?? tmpdir() });
    trustWorkspace(env, config.runner.workspace);
    const target = resolveTarget(config, files);
    if (target.mode === "skip") {
      log.info(`Nothing to check: ${target.reason}.`);
      runner.setOutput("verdict", "pass");
      runner.setOutput("new-access", "[]");
      runner.setOutput("unapproved-count", "0");
      return 0;
    }
    checking = { config, target };
    const analysed = await analyse(config, target, step);
    return await deliver(config, analysed, step);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const failure = `Cross-Account Guard: ${message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ").slice(0, 4e3)}`;
    if (err instanceof AllowlistInvalid) {
      runner.error(failure);
      for (const e of err.errors.slice(0, MAX_ERROR_ANNOTATIONS - 1)) {
        runner.error(term(e.message, 1e3), {
          title: `Cross-Account Guard: ${err.title}`,
          file: e.file,
          ...e.line ? { startLine: e.line } : {}
        });
      }
      if (checking) await reportInvalidAllowlist(checking.config, checking.target, err, step);
      return 1;
    }
    if (!(err instanceof ConfigError) && err instanceof Error) log.debug(String(err.stack));
    runner.error(failure);
    return 1;
  }
}
function resolveTarget(config, files) {
  const payload = readPayload(config.runner.eventPath, files);
  return resolveEvent(config.runner.eventName, payload, { mode: config.mode, ...shaOf(config) });
}
async function reportInvalidAllowlist(config, target, err, step) {
  const { log } = step;
  const markdown = markdownOptions(config, target);
  try {
    if (target.prNumber !== void 0 && config.comment) {
      const client = await clientOf(config, step);
      if (client) {
        const { owner, repo } = config.runner;
        const body = renderAllowlistInvalid(err.title, err.errors, {
          ...markdown,
          maxChars: MAX_COMMENT_CHARS
        });
        await writeStickyComment(body, {
          client,
          pr: { owner, repo, number: target.prNumber },
          isFork: target.isFork,
          log
        });
      }
    }
  } catch (e) {
    log.warning(`No PR comment: ${e.message}`);
  } finally {
    try {
      await step.runner.appendSummary(
        renderAllowlistInvalid(err.title, err.errors, { ...markdown, maxChars: MAX_SUMMARY_CHARS })
      );
    } catch (e) {
      log.warning(`No job summary: ${e.message}`);
    }
  }
}
async function analyse(config, target, step) {
  const { options, log } = step;
  const plans = config.terraformPlan.map((file) => readPlanFile(config.runner.workspace, file, step.files));
  log.info(`Cross-Account Guard: ${target.description}`);
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const common = {
    include: config.include,
    exclude: config.exclude,
    ...config.tfvars.length > 0 ? { tfvars: config.tfvars } : {},
    ...plans.length > 0 ? { plans } : {},
    today,
    failOnUnresolved: config.failOnUnresolved,
    // A gate that reads nothing must not look green: a failing check unless fail-on-empty: false.
    failOnEmpty: config.failOnEmpty
  };
  if (target.mode === "audit") {
    const { snapshot, fromGit } = auditSnapshot(config, target, log);
    const { allowlist } = readAllowlistAt(snapshot, config.allowlist, `${target.headSha.slice(0, 7)}`);
    const source = !config.cdkOut && !config.terraformModules && fromGit ? { kind: "git", repo: config.runner.workspace, ref: target.headSha } : void 0;
    const reader = parallelReader(
      source ? { head: source } : {},
      ...options.threads === void 0 ? [] : [options.threads]
    );
    const report = await runAudit(snapshot, { ...common, allowlist, reader });
    return { report, target };
  }
  return analyseDiff(config, target, await clientOf(config, step), common, step);
}
async function analyseDiff(config, target, client, common, step) {
  const { log } = step;
  const s = diffSnapshots(config, target, log);
  const baseWhere = `the base commit ${s.baseSha?.slice(0, 7) ?? "(none)"}`;
  const base = readAllowlistAt(s.fullBase, config.allowlist, baseWhere);
  const head = readAllowlistAt(s.fullHead, config.allowlist, `the head commit ${target.headSha.slice(0, 7)}`);
  const asked = await askApprovers(config, target, client, base.text !== head.text, log);
  const choice = chooseDiffAllowlist({
    path: config.allowlist,
    ref: config.allowlistRef,
    base,
    head,
    baseSnapshot: s.fullBase,
    approvers: config.approvers,
    ...asked
  });
  for (const w of choice.warnings) {
    step.runner.warning(term(w, 1e3), { title: "Cross-Account Guard: allowlist", file: config.allowlist });
  }
  const report = await runDiff(s.base, s.head, {
    ...common,
    changedFiles: s.changedFiles,
    allowlist: choice.allowlist,
    ...choice.pending ? { pendingAllowlist: choice.pending } : {},
    notes: choice.notes
  });
  return { report, target, lines: headLines(config.runner.workspace, s, target.headSha) };
}
async function deliver(config, a, step) {
  const { runner: steps, log } = step;
  const { report, target } = a;
  const { runner } = config;
  const markdown = markdownOptions(config, target);
  let notInline = [];
  try {
    const reportFile = writeReportFile(
      { ...report, repository: `${runner.owner}/${runner.repo}` },
      runner.runnerTemp,
      step.files
    );
    setOutputs(steps, report, reportFile);
    if (config.sarifFile) {
      writeSarifFile(report, config.sarifFile, step.files, markdown.notCommitted);
      log.info(`SARIF written to ${config.sarifFile}`);
    }
    annotate(steps, report, config.failOnUnresolved, markdown.notCommitted ?? []);
    const client = target.prNumber !== void 0 ? await clientOf(config, step) : null;
    if (target.prNumber !== void 0 && client && (config.comment || config.reviewComments)) {
      const inline = config.reviewComments && target.mode === "diff" && a.lines ? planInlineComments(report, a.lines.added, a.lines.text) : null;
      notInline = await writeToPullRequest(report, {
        client,
        pr: { owner: runner.owner, repo: runner.repo, number: target.prNumber },
        headSha: target.headSha,
        isFork: target.isFork,
        comment: config.comment,
        inline,
        markdown,
        log
      });
    } else if (target.prNumber !== void 0 && !client) {
      log.warning("No PR comment: the github-token input is empty.");
    }
  } finally {
    try {
      await steps.appendSummary(stickyBody(report, markdown, notInline, MAX_SUMMARY_CHARS));
    } catch (err) {
      log.warning(`No job summary: ${err.message}`);
    }
    const s = report.summary;
    log.info(
      `Verdict: ${report.verdict} \u2014 ${s.newAccess} principal(s) with ${report.mode === "diff" ? "new " : ""}gated access, ${s.unapproved} not approved, ${report.errors.filter((e) => e.blocking).length} blocking error(s)`
    );
  }
  return report.verdict === "fail" ? 1 : 0;
}
function markdownOptions(config, target) {
  const { runner } = config;
  return {
    linkBase: `${runner.serverUrl}/${runner.owner}/${runner.repo}/blob/${target.headSha}/`,
    commit: target.headSha,
    approval: {
      file: config.allowlist,
      ref: config.allowlistRef,
      approvers: config.approvers.map(approverName)
    },
    notCommitted: config.cdkOut ? [config.cdkOut] : []
  };
}
async function askApprovers(config, target, client, allowlistChanged, log) {
  if (config.allowlistRef !== "base" || !allowlistChanged || config.approvers.length === 0 || target.prNumber === void 0) {
    return {};
  }
  if (!client) return { reviewsError: "the github-token input is empty" };
  try {
    const pr = { owner: config.runner.owner, repo: config.runner.repo, number: target.prNumber };
    const review = await findApproverReview(client, pr, target.headSha, config.approvers, log);
    log.info(
      review ? `Allowlist change approved by ${review.login} (${review.as})` : "No approver has approved the head commit yet"
    );
    return { approverReview: review };
  } catch (err) {
    const why = describeApiError(err);
    log.warning(`Cannot read the pull request's reviews (${why}): approvals added by it stay pending.`);
    return { reviewsError: why };
  }
}
var clients = /* @__PURE__ */ new WeakMap();
function clientOf(config, step) {
  const { options, log } = step;
  let client = clients.get(config);
  if (!client) {
    const { token } = config;
    client = token ? import("./chunk-2DKOGC2A.js").then(
      ({ apiTimeoutFrom, createClient }) => createClient({
        token,
        apiUrl: config.runner.apiUrl,
        log,
        timeoutMs: apiTimeoutFrom(step.env),
        ...options.fetch ? { fetch: options.fetch } : {}
      })
    ) : Promise.resolve(null);
    clients.set(config, client);
  }
  return client;
}
function readPayload(path, files) {
  const why = (reason) => new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${reason}`);
  if (!files.exists(path)) throw why("the file does not exist");
  let text;
  try {
    text = new TextDecoder().decode(files.readFile(path));
  } catch (err) {
    throw why(fsReason(err));
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw why(err.message);
  }
}
function shaOf(config) {
  return config.runner.sha ? { sha: config.runner.sha } : {};
}
function trustWorkspace(env, workspace) {
  if (env.GIT_CONFIG_COUNT !== void 0) return;
  env.GIT_CONFIG_COUNT = "1";
  env.GIT_CONFIG_KEY_0 = "safe.directory";
  env.GIT_CONFIG_VALUE_0 = workspace;
}
function readPlanFile(workspace, file, files) {
  const abs = join3(workspace, file);
  if (!files.exists(abs))
    throw new ConfigError(`Input 'terraform-plan': ${file} does not exist in the workspace.`);
  let bytes;
  try {
    bytes = files.readFile(abs);
  } catch (err) {
    throw new ConfigError(`Input 'terraform-plan': ${file}: ${fsReason(err)}`);
  }
  const decoded = decodeText(bytes);
  if ("error" in decoded) throw new ConfigError(`Input 'terraform-plan': ${file}: ${decoded.error}`);
  return { file, text: decoded.text };
}

// src/main.ts
process.exitCode = await run();
