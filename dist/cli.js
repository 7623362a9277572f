#!/usr/bin/env node
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
  decodeText,
  directorySnapshot,
  gitSnapshot,
  isGitRef,
  parseParametersFile,
  repositoryRoot,
  resolveCommit,
  runAudit,
  runDiff
} from "./chunk-MW5I3E5H.js";
import {
  isRepositoryName
} from "./chunk-CHXHJ43C.js";
import {
  SKIP_LABEL,
  VERSION,
  accessPhrase,
  coverageSummary,
  fsReason,
  principalWords,
  renderMarkdown,
  renderSarif,
  roleAccessPhrase,
  term,
  writeChunks
} from "./chunk-IMQQHULC.js";
import {
  conditionPhrase
} from "./chunk-AVC32SKA.js";
import "./chunk-EVVZM25H.js";

// src/cli/run.ts
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/report/text.ts
function renderText(report) {
  const lines = [];
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  const warnings = report.coverage?.warnings ?? [];
  const warned = warnings.length > 0 ? `, WITH ${warnings.length} WARNING${warnings.length === 1 ? "" : "S"}` : "";
  lines.push(`Cross-Account Guard ${report.mode}: ${report.verdict.toUpperCase()}${warned}`);
  for (const w of warnings) if (!report.reasons.includes(w)) lines.push(`warning: ${term(w)}`);
  for (const r of report.reasons) lines.push(`  ${term(r)}`);
  const s = report.summary;
  lines.push(
    `  ${s.newAccess} principal(s) with ${report.mode === "diff" ? "new " : ""}gated access, ${s.unapproved} unapproved, ${s.unresolved} unresolved; ${s.removed} gated grant(s) removed; ${s.grants} grant(s) in total`
  );
  for (const p of report.principals) {
    lines.push("");
    const label = p.label ? ` \u2014 ${term(p.label)}` : "";
    const state = p.approved ? `approved (${term(p.approval?.reason ?? "")})` : p.pendingApproval ? "PENDING (approval added by this change)" : "NOT APPROVED";
    lines.push(
      `${report.mode === "diff" ? "NEW " : ""}${term(p.id)}${label}  [${p.classification}]  ${state}`
    );
    const grants = p.grants.map((id) => byId.get(id)).filter((g) => g !== void 0);
    const words = principalWords(p, grants);
    lines.push(`  ${term(words.heading)}`);
    if (!p.approved && !p.pendingApproval) lines.push(`  gated: ${term(words.why)}`);
    if (!p.approved && words.hint) lines.push(`  to resolve: ${term(words.hint, 1e3)}`);
    for (const g of grants) lines.push(`    ${grantLine(g)}`);
  }
  const removed = report.grants.filter(
    (g) => g.change === "removed" && g.classification !== "internal" && g.classification !== "service"
  );
  if (removed.length > 0) {
    lines.push("", "Removed access:");
    for (const g of removed) lines.push(`    ${term(g.principal.id)}  ${grantLine(g)}`);
  }
  if (report.allowlist.expired.length > 0) {
    lines.push("", "Expired approvals:");
    for (const a of report.allowlist.expired)
      lines.push(`    line ${a.line}: ${term(a.principal)} (expired ${a.expires})`);
  }
  if (report.allowlist.unused.length > 0) {
    lines.push("", "Approvals that match nothing:");
    for (const a of report.allowlist.unused) lines.push(`    line ${a.line}: ${term(a.principal)}`);
  }
  for (const w of report.allowlist.warnings) lines.push(`warning: allowlist: ${term(w)}`);
  if (report.errors.length > 0) {
    lines.push("", "Errors:");
    for (const e of report.errors) {
      lines.push(
        `    ${term(e.file)}${e.line ? `:${e.line}` : ""}: ${term(e.message)}${e.blocking ? "" : " (unchanged file)"}`
      );
    }
  }
  for (const n of report.notes) lines.push(`note: ${term(n)}`);
  if (report.coverage) lines.push(...coverageLines(report.coverage));
  return `${lines.join("\n")}
`;
}
function coverageLines(c) {
  const lines = ["", `Read: ${coverageSummary(c)}`];
  for (const s of c.skipped) {
    lines.push(`Skipped (${SKIP_LABEL[s.reason]}): ${s.count}`);
    for (const item of s.items) lines.push(`    ${term(item)}`);
    if (s.count > s.items.length) lines.push(`    \u2026 and ${s.count - s.items.length} more`);
  }
  return lines;
}
function grantLine(g) {
  const r = g.resource;
  const target = r.target && r.target !== r.address ? ` -> ${term(r.target)}` : "";
  const actions = g.notActions?.length ? `all but ${g.notActions.join(", ")}` : g.actions.join(", ");
  const via = g.via ? ` via ${term(g.via)}` : "";
  const phrase = g.conditional ? conditionPhrase(g.conditional) : void 0;
  const cond = phrase ? ` (${phrase.lead} ${term(phrase.text)})` : "";
  const where = `${term(r.file)}:${r.line}`;
  const why = [
    ...g.widened?.length ? [`weakened: ${g.widened.join("; ")}`] : [],
    ...g.inputsChanged?.length ? [`inputs changed: ${g.inputsChanged.join(", ")}`] : []
  ];
  const because = why.length > 0 ? `  [${term(why.join("; "), 400)}]` : "";
  const access = g.accessLevels ? `${accessPhrase(g.accessLevels, g.actionCount)}: ` : "";
  const role = g.roleAccess ? `; the role can: ${term(roleAccessPhrase(g.roleAccess), 300)}` : "";
  const widened = g.roleWidenedFrom ? ` (widened by this change; it could: ${accessPhrase(g.roleWidenedFrom.levels, g.roleWidenedFrom.actionCount)})` : "";
  return `${where}  ${term(r.constructPath ?? r.address)}${target}  ${access}${term(actions, 200)}${role}${widened}${via}${cond}${because}`;
}

// src/cli/run.ts
var USAGE = `Usage:
  cross-account-guard diff  --base <dir|git-ref> --head <dir|git-ref> [--repo <dir>] [options]
  cross-account-guard audit [<dir>] [options]
  cross-account-guard merge <report.json|dir>... [--format json|markdown|sarif|csv] [--output <file>]

Where:
  <git-ref>                 a commit of the repository: its whole tree, whatever folder you run from
  <dir>                     files on disk; in a git working tree, minus what git ignores (build
                            output, a local cdk.out): --head . is the working tree as your next
                            commit would hold it, untracked files included. Against a <git-ref>,
                            a folder inside the repository stands for its whole working tree;
                            two folders (--base old --head new) are compared as they are.
  audit [<dir>]             default: the repository's working tree (the root git finds from the
                            current folder); a folder given is audited on its own, its paths
                            still named from the repository root
  --repo <dir>              the git repository the revisions belong to (any folder in it; default:
                            the one holding the current folder). Paths in reports are relative to
                            its root, and the allowlist is looked up there.

Options:
  --allowlist <file>        allowlist YAML (default: .github/cross-account-allowlist.yml at the
                            repository root, or in the head)
  --format <f>              text (default) | json | markdown | sarif
  --output <file>           write the report to a file instead of stdout
  --plan <plan.json>        terraform show -json output (repeatable)
  --tfvars <file>           extra tfvars file, relative to the analysed tree's root (repeatable)
  --cfn-parameters <file>   CloudFormation parameter values (repeatable)
  --cdk-out <dir>           the head's (or the audited tree's) cdk synth output, read as if it were
                            in the tree (at its own path when it lies inside it, else at cdk.out)
  --cdk-out-base <dir>      diff: the base's cdk synth output, mounted at the same path
  --terraform-modules       read revisions with the working tree's .terraform/modules folders
                            (after terraform init -backend=false) mounted in, as a folder is read;
                            a call whose source or version differs from what modules.json lists
                            is read by its signature instead
  --include <glob>          analyse only matching paths (repeatable); a pattern that matches no
                            file is a warning in the report
  --exclude <glob>          skip matching paths (repeatable)
  --no-fail-on-unresolved   report unresolved principals without failing on them
  --today <YYYY-MM-DD>      date used for approval expiry (default: today, UTC)
  --repo-name <owner/name>  name the repository in the JSON report (\`repository\`), for merge
  --version, --help

Every report says what it read (files per kind, units) and what it skipped and why; a tree in
which no IaC file is found is a warning, not a silent pass.

Exit: 0 pass, 1 fail, 2 usage error, invalid allowlist or internal error.`;
var UsageError = class extends Error {
};
var DEFAULT_ALLOWLIST = ".github/cross-account-allowlist.yml";
async function runCli(argv, io) {
  try {
    return await runCommand(argv, io);
  } catch (err) {
    io.stderr.write(errorMessage(err, io.env));
    return 2;
  }
}
async function runCommand(argv, io) {
  if (argv[0] === "merge") return (await import("./chunk-XHIITGLA.js")).runMerge(argv.slice(1), io);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: "string" },
      head: { type: "string" },
      repo: { type: "string" },
      allowlist: { type: "string" },
      format: { type: "string", default: "text" },
      output: { type: "string" },
      plan: { type: "string", multiple: true },
      tfvars: { type: "string", multiple: true },
      "cfn-parameters": { type: "string", multiple: true },
      "cdk-out": { type: "string" },
      "cdk-out-base": { type: "string" },
      "terraform-modules": { type: "boolean" },
      include: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      "no-fail-on-unresolved": { type: "boolean" },
      today: { type: "string" },
      "repo-name": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" }
    }
  });
  if (values.help) {
    io.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (values.version) {
    io.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const format = values.format ?? "text";
  if (!["text", "json", "markdown", "sarif"].includes(format)) {
    throw new UsageError(`unknown --format '${format}': expected text, json, markdown or sarif`);
  }
  const today = values.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!isCalendarDate(today)) throw new UsageError(`--today must be a date as YYYY-MM-DD, got '${today}'`);
  const asked = resolve(io.cwd, values.repo ?? ".");
  if (values.repo !== void 0 && !(existsSync(asked) && statSync(asked).isDirectory()))
    throw new UsageError(`--repo '${values.repo}' is not a directory`);
  const gitRoot = repositoryRoot(asked);
  const repo = gitRoot ?? asked;
  const common = {
    ...values.include ? { include: values.include } : {},
    ...values.exclude ? { exclude: values.exclude } : {},
    ...values.tfvars ? { tfvars: values.tfvars } : {},
    ...cfnParameters(io, values["cfn-parameters"] ?? []),
    today,
    failOnUnresolved: !values["no-fail-on-unresolved"]
  };
  const plans = (values.plan ?? []).map((f) => readPlanFile(io, f, repo));
  const modules = values["terraform-modules"] ? moduleMounts(io, gitRoot) : [];
  if (plans.length > 0) Object.assign(common, { plans });
  let report;
  let commit;
  if (command === "diff") {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    if (!values.base || !values.head) throw new UsageError("diff needs --base and --head");
    const cdk = cdkOut(io, values["cdk-out"], values["cdk-out-base"]);
    if (cdk && !cdk.base) {
      io.stderr.write(
        "cross-account-guard: --cdk-out without --cdk-out-base: the base is read without a synth output, so grants of the assembly may count as new\n"
      );
    }
    const baseIsDir = isDirectory(io, values.base);
    const headIsDir = isDirectory(io, values.head);
    const workingTree = baseIsDir !== headIsDir ? gitRoot : void 0;
    const openedHead = withModules(openSnapshot(io, values.head, repo, "--head", workingTree), modules);
    const mount = cdk ? cdkMount(cdk.head, openedHead.dir ?? repo) : "";
    const head = withCdkOut(openedHead, cdk?.head, mount);
    const base = withCdkOut(
      withModules(openSnapshot(io, values.base, repo, "--base", workingTree), modules),
      cdk?.base,
      mount
    );
    const allowlist = loadAllowlist(io, values.allowlist, head, void 0);
    if (openedHead.source?.kind === "git") commit = openedHead.source.ref;
    const sides = cfnParametersBySide(io, values["cfn-parameters"] ?? [], repo, base.snapshot, head.snapshot);
    const diffOptions = { ...common, ...sides };
    const reader = parallelReader(sources({ base, head }), ...threads(io));
    report = await runDiff(base.snapshot, head.snapshot, { ...diffOptions, allowlist, reader });
  } else if (command === "audit") {
    if (rest.length > 1) throw new UsageError(`unexpected argument '${rest[1]}'`);
    if (values["cdk-out-base"]) throw new UsageError("--cdk-out-base is for diff; audit takes --cdk-out");
    const cdk = cdkOut(io, values["cdk-out"], void 0);
    const opened = withModules(
      openSnapshot(io, rest[0] ?? repo, repo, "audit directory", void 0, gitRoot),
      modules
    );
    const mountAt = (dir) => {
      const rel = cdkMount(dir, opened.dir ?? repo);
      return opened.at ? `${opened.at}/${rel}` : rel;
    };
    const target = cdk ? withCdkOut(opened, cdk.head, mountAt(cdk.head)) : opened;
    const allowlist = loadAllowlist(io, values.allowlist, target, gitRoot);
    if (opened.source?.kind === "git") commit = opened.source.ref;
    const auditOptions = opened.at ? inFolder(common, opened.at, target.snapshot) : common;
    const reader = parallelReader(sources({ head: target }), ...threads(io));
    report = await runAudit(target.snapshot, { ...auditOptions, allowlist, reader });
  } else {
    throw new UsageError(command ? `unknown command '${command}'` : "missing command: diff or audit");
  }
  const repoName = values["repo-name"];
  if (repoName !== void 0) {
    if (!isRepositoryName(repoName))
      throw new UsageError(`--repo-name '${repoName.slice(0, 200)}' is not owner/name`);
    report.repository = repoName;
  }
  const pieces = format === "json" ? [JSON.stringify(report, null, 2), "\n"] : format === "markdown" ? [renderMarkdown(report, commit ? { commit } : {}), "\n"] : format === "sarif" ? [renderSarif(report, VERSION)] : [renderText(report)];
  if (values.output) writeOutput(resolve(io.cwd, values.output), values.output, pieces);
  else io.stdout.write(pieces.join(""));
  return report.verdict === "pass" ? 0 : 1;
}
function isCalendarDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}
function threads(io) {
  return io.threads === void 0 ? [] : [io.threads];
}
function writeOutput(path, shown, pieces) {
  try {
    writeChunks(path, pieces);
  } catch (err) {
    throw new FileError(`cannot write --output '${shown}': ${fsReason(err)}`);
  }
}
function sources(sides) {
  return {
    ...sides.base?.source ? { base: sides.base.source } : {},
    ...sides.head?.source ? { head: sides.head.source } : {}
  };
}
function isDirectory(io, spec) {
  const abs = resolve(io.cwd, spec);
  return existsSync(abs) && statSync(abs).isDirectory();
}
function openSnapshot(io, spec, repo, what, workingTree, repositoryRoot2) {
  let abs = resolve(io.cwd, spec);
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    if (workingTree && isInside(realpathSync(abs), workingTree) && realpathSync(abs) !== workingTree) {
      io.stderr.write(
        `cross-account-guard: ${what} '${spec}' lies in the repository at ${workingTree}: its whole working tree is compared (narrow it with --include)
`
      );
      abs = workingTree;
    }
    const real = realpathSync(abs);
    const root = repositoryRoot2 ? realpathSync(repositoryRoot2) : void 0;
    const at = root && real !== root && isInside(real, root) ? relative(root, real).split(sep).join("/") : void 0;
    return {
      snapshot: directorySnapshot(abs, { gitIgnore: true, ...at ? { at } : {} }),
      source: { kind: "dir", root: abs, gitIgnore: true, ...at ? { at } : {} },
      dir: abs,
      ...at ? { at } : {}
    };
  }
  if (isGitRef(repo, spec)) {
    const ref = resolveCommit(repo, spec);
    return { snapshot: gitSnapshot(repo, ref), source: { kind: "git", repo, ref } };
  }
  throw new UsageError(`${what} '${spec}' is neither a directory nor a git revision in ${repo}`);
}
function cdkOut(io, head, base) {
  if (base && !head) throw new UsageError("--cdk-out-base needs --cdk-out (the head's synth output) as well");
  if (!head) return void 0;
  for (const [flag, dir] of [
    ["--cdk-out", head],
    ["--cdk-out-base", base]
  ]) {
    const abs = dir === void 0 ? void 0 : resolve(io.cwd, dir);
    if (abs !== void 0 && !(existsSync(abs) && statSync(abs).isDirectory())) {
      throw new UsageError(`${flag} '${dir}' is not a directory: run cdk synth first`);
    }
  }
  return { head: resolve(io.cwd, head), ...base ? { base: resolve(io.cwd, base) } : {} };
}
function cdkMount(dir, root) {
  const rel = relative(root, dir);
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return "cdk.out";
  return rel.split(sep).join("/");
}
function withCdkOut(opened, dir, mount) {
  if (!dir) return opened;
  return {
    snapshot: overlaySnapshot(opened.snapshot, mount, directorySnapshot(dir)),
    ...opened.dir ? { dir: opened.dir } : {},
    ...opened.at ? { at: opened.at } : {}
  };
}
function moduleMounts(io, gitRoot) {
  if (!gitRoot || !existsSync(join(gitRoot, ".git")))
    throw new UsageError(
      "--terraform-modules needs a git working tree (not a bare repository) to take .terraform/modules from"
    );
  const mounts = terraformModuleMounts(gitRoot, "all", (m) => io.stderr.write(`cross-account-guard: ${m}
`));
  if (mounts.length === 0)
    io.stderr.write(
      "cross-account-guard: --terraform-modules: no .terraform/modules folder with a modules.json in the working tree: run terraform init -backend=false in each root first\n"
    );
  return mounts;
}
function withModules(opened, mounts) {
  if (mounts.length === 0 || opened.dir) return opened;
  return { snapshot: withModuleMounts(opened.snapshot, mounts) };
}
function isInside(path, root) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function loadAllowlist(io, file, head, gitRoot) {
  let path = file ? resolve(io.cwd, file) : void 0;
  let text;
  if (path) {
    if (!existsSync(path)) throw new AllowlistError(`${file}: allowlist file not found`);
    if (statSync(path).isDirectory())
      throw new FileError(`--allowlist '${file}' is a directory: give the allowlist YAML file`);
    text = readUserFile("--allowlist", file, path);
  } else {
    const own = head.at ? head.snapshot.read(`${head.at}/${DEFAULT_ALLOWLIST}`) : void 0;
    const bytes = own instanceof Uint8Array ? own : head.snapshot.read(DEFAULT_ALLOWLIST);
    if (bytes instanceof Uint8Array) {
      text = new TextDecoder().decode(bytes);
    } else {
      const atRoot = gitRoot && head.dir && isInside(realpathSync(head.dir), gitRoot) ? join(gitRoot, DEFAULT_ALLOWLIST) : void 0;
      if (!atRoot || !existsSync(atRoot)) return { ...EMPTY_ALLOWLIST };
      text = readFileSync(atRoot, "utf8");
    }
    path = DEFAULT_ALLOWLIST;
  }
  const shown = file ?? DEFAULT_ALLOWLIST;
  const parsed = parseAllowlist(shown, text);
  if ("errors" in parsed) {
    throw new AllowlistError(
      parsed.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ""}: ${e.message}`).join("\n")
    );
  }
  return parsed.allowlist;
}
function cfnParameters(io, files) {
  if (files.length === 0) return {};
  const merged = {};
  for (const f of files) {
    const abs = resolve(io.cwd, f);
    if (!existsSync(abs)) throw new UsageError(`--cfn-parameters file '${f}' not found`);
    const parsed = parseParametersFile(readUserFile("--cfn-parameters", f, abs), f);
    if ("error" in parsed) throw new UsageError(`${f}: ${parsed.error}`);
    Object.assign(merged, parsed.parameters);
  }
  return { cfnParameters: merged };
}
function cfnParametersBySide(io, files, repo, base, head) {
  const inTree = files.map((f) => relative(repo, resolve(io.cwd, f)).split(sep).join("/")).filter((rel) => !rel.startsWith("..") && !isAbsolute(rel) && head.paths.includes(rel));
  if (inTree.length === 0) return {};
  const valuesIn = (snapshot, strict) => {
    const merged = {};
    for (const f of files) {
      const rel = relative(repo, resolve(io.cwd, f)).split(sep).join("/");
      let text;
      if (inTree.includes(rel)) {
        const bytes = snapshot.read(rel);
        if (!(bytes instanceof Uint8Array)) continue;
        const decoded = decodeText(bytes);
        if ("error" in decoded && !strict) continue;
        if ("error" in decoded) throw new UsageError(`${f}: ${decoded.error}`);
        text = decoded.text;
      } else text = readFileSync(resolve(io.cwd, f), "utf8");
      const parsed = parseParametersFile(text, f);
      if ("error" in parsed && !strict) continue;
      if ("error" in parsed) throw new UsageError(`${f}: ${parsed.error}`);
      Object.assign(merged, parsed.parameters);
    }
    return merged;
  };
  return {
    cfnParameterFiles: inTree,
    cfnParameters: valuesIn(head, true),
    baseCfnParameters: valuesIn(base, false)
  };
}
function inFolder(options, at, snapshot) {
  const fromRoot = (p) => p.startsWith(`${at}/`) ? p : `${at}/${p.replace(/^\.\//, "")}`;
  const out = { ...options };
  if (options.include) out.include = options.include.map(fromRoot);
  if (options.exclude) out.exclude = options.exclude.map(fromRoot);
  if (options.tfvars)
    out.tfvars = options.tfvars.map(
      (t) => snapshot.paths.includes(t) || !snapshot.paths.includes(fromRoot(t)) ? t : fromRoot(t)
    );
  return out;
}
function readPlanFile(io, file, repo) {
  const abs = resolve(io.cwd, file);
  if (!existsSync(abs)) throw new UsageError(`--plan file '${file}' not found`);
  if (statSync(abs).isDirectory())
    throw new UsageError(`--plan '${file}' is a directory: give the file terraform show -json wrote`);
  const decoded = decodeText(readUserBytes("--plan", file, abs));
  if ("error" in decoded) throw new UsageError(`--plan file '${file}': ${decoded.error}`);
  const rel = relative(repo, abs);
  const name = rel.startsWith("..") || isAbsolute(rel) ? file : rel.split(sep).join("/");
  return { file: name, text: decoded.text };
}
var AllowlistError = class extends Error {
};
var FileError = class extends Error {
};
function readUserBytes(flag, shown, path) {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new FileError(`cannot read ${flag} '${shown}': ${fsReason(err)}`);
  }
}
function readUserFile(flag, shown, path) {
  return readUserBytes(flag, shown, path).toString("utf8");
}
function parseArgsMessage(err) {
  const option = /'(-[^' ]*)/.exec(err.message)?.[1];
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return `unknown option '${option ?? err.message}'`;
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return option ? `option '${option}' needs a value` : `an option is missing its value`;
    default:
      return err.message;
  }
}
function errorMessage(err, env) {
  if (err.code?.startsWith("ERR_PARSE_ARGS"))
    return `cross-account-guard: ${parseArgsMessage(err)}
${HELP_POINTER}
`;
  if (err instanceof UsageError) return `cross-account-guard: ${err.message}
${HELP_POINTER}
`;
  if (err instanceof AllowlistError) return `cross-account-guard: invalid allowlist
${err.message}
`;
  if (err instanceof FileError) return `cross-account-guard: ${err.message}
`;
  if (typeof err.path === "string") {
    const e = err;
    return `cross-account-guard: cannot use '${e.path}': ${fsReason(e)}
`;
  }
  const internal = `cross-account-guard: internal error: ${err.message}
`;
  return env.CAG_DEBUG ? `${internal}${err.stack}
` : internal;
}
var HELP_POINTER = "Run 'cross-account-guard --help' for the commands and options.";

// src/cli.ts
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw err;
});
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd()
});
