#!/usr/bin/env node
import { createRequire as __cagCreateRequire } from "node:module";
import { fileURLToPath as __cagFileURLToPath } from "node:url";
import { dirname as __cagDirname } from "node:path";
const require = __cagCreateRequire(import.meta.url);
const __filename = __cagFileURLToPath(import.meta.url);
const __dirname = __cagDirname(__filename);
import {
  EMPTY_ALLOWLIST,
  VERSION,
  parseAllowlist,
  renderMarkdown,
  renderSarif,
  term
} from "./chunk-MRGPIUWJ.js";
import {
  analyzeUnits,
  decodeText,
  directorySnapshot,
  gitSnapshot,
  isGitRef,
  parseParametersFile,
  resolveCommit,
  runAudit,
  runDiff
} from "./chunk-RBXLV6E7.js";
import "./chunk-EVVZM25H.js";

// src/cli.ts
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";

// src/github/worker-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/analyze/partition.ts
function partitionUnits(units, parts, weightOf) {
  const groups = Array.from({ length: Math.max(1, parts) }, () => ({
    templates: [],
    terraformRoots: [],
    cdkAssemblies: [],
    terraformFiles: units.terraformFiles
  }));
  const load = groups.map(() => 0);
  const items = [
    ...units.terraformRoots.map((unit) => ({ kind: "terraformRoots", unit, weight: weightOf(unit) })),
    ...units.cdkAssemblies.map((unit) => ({ kind: "cdkAssemblies", unit, weight: weightOf(unit) })),
    ...units.templates.map((unit) => ({ kind: "templates", unit, weight: weightOf(unit) }))
  ];
  const roots = items.filter((i) => i.kind === "terraformRoots");
  const total = roots.reduce((s, i) => s + i.weight, 0);
  let g = 0;
  let acc = 0;
  for (const item of roots) {
    if (acc >= (g + 1) * total / groups.length && g < groups.length - 1) g++;
    groups[g].terraformRoots.push(item.unit);
    load[g] += item.weight;
    acc += item.weight;
  }
  for (const item of items.filter((i) => i.kind !== "terraformRoots").sort((a, b) => b.weight - a.weight)) {
    const lightest = load.indexOf(Math.min(...load));
    groups[lightest][item.kind].push(item.unit);
    load[lightest] += item.weight;
  }
  return groups.filter((u) => u.templates.length + u.terraformRoots.length + u.cdkAssemblies.length > 0);
}

// src/github/worker-pool.ts
var MIN_UNITS_FOR_WORKERS = 24;
function parallelRunner(sources, allowlist, options, max = availableParallelism()) {
  return async (snapshot, side, units) => {
    const source = sources[side];
    const count = units.templates.length + units.terraformRoots.length + units.cdkAssemblies.length;
    const threads = Math.min(max, 8);
    if (!source || threads < 2 || count < MIN_UNITS_FOR_WORKERS) {
      return analyzeUnits(snapshot, units, allowlist, options);
    }
    const weights = unitWeights(snapshot, units);
    const parts = partitionUnits(units, threads, (u) => weights.get(u) ?? 1);
    const results = await Promise.all(parts.map((part) => inWorker({ source, units: part, allowlist, options })));
    return { grants: results.flatMap((r) => r.grants), errors: results.flatMap((r) => r.errors) };
  };
}
function unitWeights(snapshot, units) {
  const weights = /* @__PURE__ */ new Map();
  for (const d of [...units.terraformRoots, ...units.cdkAssemblies]) weights.set(d, 0);
  for (const p of snapshot.paths) {
    if (!/\.(tf|tf\.json|json)$/.test(p)) continue;
    const slash = p.lastIndexOf("/");
    const dir = slash < 0 ? "" : p.slice(0, slash);
    if (weights.has(dir)) weights.set(dir, (weights.get(dir) ?? 0) + 1);
  }
  for (const t of units.templates) weights.set(t, 1);
  return weights;
}
function inWorker(job) {
  return new Promise((resolve2, reject) => {
    const worker = new Worker(new URL("./worker.js", import.meta.url));
    worker.once("message", (msg) => {
      void worker.terminate();
      if (msg.ok && msg.result) resolve2(msg.result);
      else reject(new Error(`worker failed: ${msg.error ?? "no result"}`));
    });
    worker.once("error", (err) => {
      void worker.terminate();
      reject(err);
    });
    worker.postMessage(job);
  });
}

// src/report/text.ts
function renderText(report) {
  const lines = [];
  const byId = new Map(report.grants.map((g) => [g.id, g]));
  lines.push(`Cross-Account Guard ${report.mode}: ${report.verdict.toUpperCase()}`);
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
    for (const id of p.grants) {
      const g = byId.get(id);
      if (g) lines.push(`    ${grantLine(g)}`);
    }
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
  return `${lines.join("\n")}
`;
}
function grantLine(g) {
  const r = g.resource;
  const target = r.target && r.target !== r.address ? ` -> ${term(r.target)}` : "";
  const actions = g.notActions?.length ? `all but ${g.notActions.join(", ")}` : g.actions.join(", ");
  const via = g.via ? ` via ${term(g.via)}` : "";
  const cond = g.conditional ? ` (only if ${term(g.conditional)})` : "";
  const where = `${term(r.file)}:${r.line}`;
  return `${where}  ${term(r.constructPath ?? r.address)}${target}  ${term(actions, 200)}${via}${cond}`;
}

// src/cli.ts
var USAGE = `Usage:
  cross-account-guard diff  --base <dir|git-ref> --head <dir|git-ref> [--repo <dir>] [options]
  cross-account-guard audit [<dir>] [options]

Options:
  --allowlist <file>        allowlist YAML (default: .github/cross-account-allowlist.yml in the head)
  --format <f>              text (default) | json | markdown | sarif
  --output <file>           write the report to a file instead of stdout
  --plan <plan.json>        terraform show -json output (repeatable)
  --tfvars <file>           extra tfvars file, relative to the analysed directory (repeatable)
  --cfn-parameters <file>   CloudFormation parameter values (repeatable)
  --include <glob>          analyse only matching paths (repeatable)
  --exclude <glob>          skip matching paths (repeatable)
  --no-fail-on-unresolved   report unresolved principals without failing on them
  --today <YYYY-MM-DD>      date used for approval expiry (default: today, UTC)
  --version, --help

Exit: 0 pass, 1 fail, 2 usage error, invalid allowlist or internal error.`;
var UsageError = class extends Error {
};
var DEFAULT_ALLOWLIST = ".github/cross-account-allowlist.yml";
async function runCli(argv) {
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
      include: { type: "string", multiple: true },
      exclude: { type: "string", multiple: true },
      "no-fail-on-unresolved": { type: "boolean" },
      today: { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" }
    }
  });
  if (values.help) {
    process.stdout.write(`${USAGE}
`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  const format = values.format ?? "text";
  if (!["text", "json", "markdown", "sarif"].includes(format)) {
    throw new UsageError(`unknown --format '${format}': expected text, json, markdown or sarif`);
  }
  const today = values.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new UsageError(`--today must be YYYY-MM-DD, got '${today}'`);
  const repo = resolve(values.repo ?? ".");
  const common = {
    ...values.include ? { include: values.include } : {},
    ...values.exclude ? { exclude: values.exclude } : {},
    ...values.tfvars ? { tfvars: values.tfvars } : {},
    ...cfnParameters(values["cfn-parameters"] ?? []),
    today,
    failOnUnresolved: !values["no-fail-on-unresolved"]
  };
  const plans = (values.plan ?? []).map((f) => readPlanFile(f, repo));
  if (plans.length > 0) Object.assign(common, { plans });
  let report;
  if (command === "diff") {
    if (rest.length > 0) throw new UsageError(`unexpected argument '${rest[0]}'`);
    if (!values.base || !values.head) throw new UsageError("diff needs --base and --head");
    const base = openSnapshot(values.base, repo, "--base");
    const head = openSnapshot(values.head, repo, "--head");
    const allowlist = loadAllowlist(values.allowlist, head);
    const runner = parallelRunner({ base: base.source, head: head.source }, allowlist, common);
    report = await runDiff(base.snapshot, head.snapshot, { ...common, allowlist, runner });
  } else if (command === "audit") {
    if (rest.length > 1) throw new UsageError(`unexpected argument '${rest[1]}'`);
    const target = openSnapshot(rest[0] ?? ".", repo, "audit directory");
    const allowlist = loadAllowlist(values.allowlist, target);
    const runner = parallelRunner({ head: target.source }, allowlist, common);
    report = await runAudit(target.snapshot, { ...common, allowlist, runner });
  } else {
    throw new UsageError(command ? `unknown command '${command}'` : "missing command: diff or audit");
  }
  const rendered = format === "json" ? `${JSON.stringify(report, null, 2)}
` : format === "markdown" ? `${renderMarkdown(report)}
` : format === "sarif" ? renderSarif(report, VERSION) : renderText(report);
  if (values.output) writeFileSync(values.output, rendered);
  else process.stdout.write(rendered);
  return report.verdict === "pass" ? 0 : 1;
}
function openSnapshot(spec, repo, what) {
  const abs = resolve(spec);
  if (existsSync(abs) && statSync(abs).isDirectory()) {
    return { snapshot: directorySnapshot(abs), source: { kind: "dir", root: abs } };
  }
  if (isGitRef(repo, spec)) {
    const ref = resolveCommit(repo, spec);
    return { snapshot: gitSnapshot(repo, ref), source: { kind: "git", repo, ref } };
  }
  throw new UsageError(`${what} '${spec}' is neither a directory nor a git revision in ${repo}`);
}
function loadAllowlist(file, head) {
  let path = file ? resolve(file) : void 0;
  let text;
  if (path) {
    if (!existsSync(path)) throw new AllowlistError(`${file}: allowlist file not found`);
    text = readFileSync(path, "utf8");
  } else {
    const bytes = head.snapshot.read(DEFAULT_ALLOWLIST);
    if (!(bytes instanceof Uint8Array)) return { ...EMPTY_ALLOWLIST };
    path = DEFAULT_ALLOWLIST;
    text = new TextDecoder().decode(bytes);
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
function cfnParameters(files) {
  if (files.length === 0) return {};
  const merged = {};
  for (const f of files) {
    if (!existsSync(f)) throw new UsageError(`--cfn-parameters file '${f}' not found`);
    const parsed = parseParametersFile(readFileSync(f, "utf8"), f);
    if ("error" in parsed) throw new UsageError(`${f}: ${parsed.error}`);
    Object.assign(merged, parsed.parameters);
  }
  return { cfnParameters: merged };
}
function readPlanFile(file, repo) {
  const abs = resolve(file);
  if (!existsSync(abs)) throw new UsageError(`--plan file '${file}' not found`);
  const decoded = decodeText(readFileSync(abs));
  if ("error" in decoded) throw new UsageError(`--plan file '${file}': ${decoded.error}`);
  const rel = relative(repo, abs);
  const name = rel.startsWith("..") || isAbsolute(rel) ? file : rel.split(sep).join("/");
  return { file: name, text: decoded.text };
}
var AllowlistError = class extends Error {
};
async function main(argv) {
  try {
    process.exitCode = await runCli(argv);
  } catch (err) {
    if (err instanceof UsageError || err.code?.startsWith("ERR_PARSE_ARGS")) {
      process.stderr.write(`cross-account-guard: ${err.message}

${USAGE}
`);
    } else if (err instanceof AllowlistError) {
      process.stderr.write(`cross-account-guard: invalid allowlist
${err.message}
`);
    } else {
      process.stderr.write(`cross-account-guard: internal error: ${err.message}
`);
      if (process.env.CAG_DEBUG) process.stderr.write(`${err.stack}
`);
    }
    process.exitCode = 2;
  }
}
await main(process.argv.slice(2));
export {
  main,
  runCli
};
