import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CheckOptions, runAudit, runDiff } from "../analyze/analyze.js";
import { parallelReader, spareWorkers } from "../pool/worker-pool.js";
import type { PoolWorker } from "../pool/worker-session.js";
import { term } from "../report/escape.js";
import { MAX_COMMENT_CHARS, type MarkdownOptions, renderAllowlistInvalid } from "../report/markdown.js";
import type { Report } from "../report/types.js";
import { decodeText } from "../sources/text.js";
import { fsReason } from "../write-output.js";
import { type ActionFiles, nodeFiles } from "./action-files.js";
import { AllowlistInvalid, approverName, chooseDiffAllowlist, readAllowlistAt } from "./allowlist-source.js";
import { type ApproverReview, findApproverReview } from "./approvers.js";
import type { GitHubClient } from "./client.js";
import { type Config, ConfigError, readConfig } from "./config.js";
import { type AuditTarget, type DiffTarget, resolveEvent, type SkipTarget } from "./event.js";
import { describeApiError, type Log, runnerLog } from "./log.js";
import {
  annotate,
  MAX_ERROR_ANNOTATIONS,
  MAX_SUMMARY_CHARS,
  setOutputs,
  writeReportFile,
  writeSarifFile,
} from "./outputs.js";
import { stickyBody, writeStickyComment, writeToPullRequest } from "./pull-request.js";
import { type NotInline, planInlineComments } from "./review-plan.js";
import { coreRunner, type Runner } from "./runner.js";
import { auditSnapshot, diffSnapshots, type HeadLines, headLines } from "./snapshots.js";

export interface RunOptions {
  /** The step's environment (inputs, GITHUB_* and RUNNER_* variables); the process's by default. */
  env?: Record<string, string | undefined>;
  /** The working directory (the workspace when GITHUB_WORKSPACE is not set); the process's by default. */
  cwd?: string;
  /** The temporary folder when RUNNER_TEMP is not set; the system's by default. */
  tmpdir?: string;
  /**
   * What the action reads and writes besides the checkout: the event payload, terraform-plan
   * files, the report file and the SARIF file. The runner's disk by default.
   */
  files?: ActionFiles;
  /** Where log lines, annotations, outputs and the summary go: @actions/core by default. */
  runner?: Runner;
  log?: Log;
  /** Tests hand a fetch for the GitHub API; the action uses the runner's. */
  fetch?: typeof fetch;
  /** YYYY-MM-DD for approval expiry; today (UTC) by default. */
  today?: string;
  /**
   * The most threads an audit or a diff uses (worker threads run the bundle's dist/worker.js);
   * one per core by default.
   */
  threads?: number;
}

/** The report and what delivering it needs. */
interface Analysed {
  report: Report;
  target: DiffTarget | AuditTarget;
  /** Diff only: the lines the change adds and the head's line texts, for inline comments. */
  lines?: HeadLines;
}

/**
 * The action: read the inputs and the event, analyse, then deliver the verdict. The outputs,
 * report file, SARIF and annotations come first (they need no API); the review and the sticky
 * comment may fail without changing anything; the summary and the verdict come last, always.
 * Returns the step's exit code: 1 when the check fails.
 */
export async function run(options: RunOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const runner = options.runner ?? coreRunner;
  const log = options.log ?? runnerLog(runner);
  const files = options.files ?? nodeFiles;
  const step: Step = { runner, env, options, log, files };
  // Known once the event is read: where an invalid allowlist is reported besides the log.
  let checking: { config: Config; target: DiffTarget | AuditTarget } | undefined;
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
    // setFailed escapes line breaks for the runner; other control characters are dropped here.
    const failure = `Cross-Account Guard: ${message.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, " ").slice(0, 4000)}`;
    if (err instanceof AllowlistInvalid) {
      // The summary annotation first: GitHub shows 10 error annotations per step.
      runner.error(failure);
      for (const e of err.errors.slice(0, MAX_ERROR_ANNOTATIONS - 1)) {
        runner.error(term(e.message, 1000), {
          title: `Cross-Account Guard: ${err.title}`,
          file: e.file,
          ...(e.line ? { startLine: e.line } : {}),
        });
      }
      if (checking) await reportInvalidAllowlist(checking.config, checking.target, err, step);
      return 1;
    }
    // Input and event errors say what is wrong; anything else gets its stack in debug logs.
    if (!(err instanceof ConfigError) && err instanceof Error) log.debug(String(err.stack));
    runner.error(failure);
    return 1;
  }
}

/**
 * What the parts of a run share: the runner's protocol, the environment, the options, the log,
 * the files.
 */
interface Step {
  runner: Runner;
  env: Record<string, string | undefined>;
  options: RunOptions;
  log: Log;
  files: ActionFiles;
}

function resolveTarget(config: Config, files: ActionFiles): DiffTarget | AuditTarget | SkipTarget {
  const payload = readPayload(config.runner.eventPath, files);
  return resolveEvent(config.runner.eventName, payload, { mode: config.mode, ...shaOf(config) });
}

/**
 * An invalid allowlist decides nothing: the job summary and the sticky comment say so (an older
 * comment must not keep saying "no new external access"), with each error's file and line.
 */
async function reportInvalidAllowlist(
  config: Config,
  target: DiffTarget | AuditTarget,
  err: AllowlistInvalid,
  step: Step,
): Promise<void> {
  const { log } = step;
  const markdown = markdownOptions(config, target);
  try {
    if (target.prNumber !== undefined && config.comment) {
      const client = await clientOf(config, step);
      if (client) {
        const { owner, repo } = config.runner;
        const body = renderAllowlistInvalid(err.title, err.errors, {
          ...markdown,
          maxChars: MAX_COMMENT_CHARS,
        });
        await writeStickyComment(body, {
          client,
          pr: { owner, repo, number: target.prNumber },
          isFork: target.isFork,
          log,
        });
      }
    }
  } catch (e) {
    log.warning(`No PR comment: ${(e as Error).message}`);
  } finally {
    try {
      await step.runner.appendSummary(
        renderAllowlistInvalid(err.title, err.errors, { ...markdown, maxChars: MAX_SUMMARY_CHARS }),
      );
    } catch (e) {
      log.warning(`No job summary: ${(e as Error).message}`);
    }
  }
}

async function analyse(config: Config, target: DiffTarget | AuditTarget, step: Step): Promise<Analysed> {
  const { options, log } = step;
  const plans = config.terraformPlan.map((file) => readPlanFile(config.runner.workspace, file, step.files));
  log.info(`Cross-Account Guard: ${target.description}`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const common = {
    include: config.include,
    exclude: config.exclude,
    ...(config.tfvars.length > 0 ? { tfvars: config.tfvars } : {}),
    ...(plans.length > 0 ? { plans } : {}),
    today,
    failOnUnresolved: config.failOnUnresolved,
    // A gate that reads nothing must not look green: a failing check unless fail-on-empty: false.
    failOnEmpty: config.failOnEmpty,
  };

  if (target.mode === "audit") {
    const { snapshot, fromGit } = auditSnapshot(config, target, log);
    const { allowlist } = readAllowlistAt(snapshot, config.allowlist, `${target.headSha.slice(0, 7)}`);
    // Worker threads reopen the commit from git; a mounted cdk-out or .terraform/modules, or a
    // plain folder, stays in one thread.
    const source =
      !config.cdkOut && !config.terraformModules && fromGit
        ? ({ kind: "git", repo: config.runner.workspace, ref: target.headSha } as const)
        : undefined;
    const reader = parallelReader(
      source ? { head: source } : {},
      ...(options.threads === undefined ? [] : [options.threads]),
    );
    const report = await runAudit(snapshot, { ...common, allowlist, reader });
    return { report, target };
  }

  return analyseDiff(config, target, await clientOf(config, step), common, step);
}

/** Diff: the allowlist by who-may-approve, the analysis of the changed units, the PR's added lines. */
async function analyseDiff(
  config: Config,
  target: DiffTarget,
  client: GitHubClient | null,
  common: Omit<CheckOptions, "allowlist">,
  step: Step,
): Promise<Analysed> {
  // The worker that reads the base loads its modules while the tree is listed and the approvers
  // are asked, as the CLI's does; ended if the diff does not use it.
  const spares = spareWorkers(step.options.threads, 1);
  try {
    return await analyseDiffWith(config, target, client, common, step, spares);
  } finally {
    for (const w of spares) void w.worker.terminate();
  }
}

async function analyseDiffWith(
  config: Config,
  target: DiffTarget,
  client: GitHubClient | null,
  common: Omit<CheckOptions, "allowlist">,
  step: Step,
  spares: PoolWorker[],
): Promise<Analysed> {
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
    ...asked,
  });
  for (const w of choice.warnings) {
    step.runner.warning(term(w, 1000), { title: "Cross-Account Guard: allowlist", file: config.allowlist });
  }
  // The base is read in a worker thread while this one reads the head, as the CLI's diff does (a
  // side with a mounted cdk-out or .terraform/modules cannot be reopened there: it stays here).
  const repo = config.runner.workspace;
  const reader = s.baseSha
    ? parallelReader(
        { base: { kind: "git", repo, ref: s.baseSha }, head: { kind: "git", repo, ref: target.headSha } },
        step.options.threads,
        spares,
      )
    : undefined;
  await s.searched;
  const report = await runDiff(s.base, s.head, {
    ...common,
    ...(reader ? { reader } : {}),
    changedFiles: s.changedFiles,
    allowlist: choice.allowlist,
    ...(choice.pending ? { pendingAllowlist: choice.pending } : {}),
    notes: choice.notes,
  });
  return { report, target, lines: headLines(config.runner.workspace, s, target.headSha) };
}

async function deliver(config: Config, a: Analysed, step: Step): Promise<number> {
  const { runner: steps, log } = step;
  const { report, target } = a;
  const { runner } = config;
  const markdown = markdownOptions(config, target);
  let notInline: NotInline[] = [];
  try {
    // The report file names its repository, so that `merge` can fold many of them together.
    const reportFile = writeReportFile(
      { ...report, repository: `${runner.owner}/${runner.repo}` },
      runner.runnerTemp,
      step.files,
    );
    setOutputs(steps, report, reportFile);
    if (config.sarifFile) {
      writeSarifFile(report, config.sarifFile, step.files, markdown.notCommitted);
      log.info(`SARIF written to ${config.sarifFile}`);
    }
    annotate(steps, report, config.failOnUnresolved, markdown.notCommitted ?? []);
    const client = target.prNumber !== undefined ? await clientOf(config, step) : null;
    if (target.prNumber !== undefined && client && (config.comment || config.reviewComments)) {
      const inline =
        config.reviewComments && target.mode === "diff" && a.lines
          ? planInlineComments(report, a.lines.added, a.lines.text)
          : null;
      notInline = await writeToPullRequest(report, {
        client,
        pr: { owner: runner.owner, repo: runner.repo, number: target.prNumber },
        headSha: target.headSha,
        isFork: target.isFork,
        comment: config.comment,
        inline,
        markdown,
        log,
      });
    } else if (target.prNumber !== undefined && !client) {
      log.warning("No PR comment: the github-token input is empty.");
    }
  } finally {
    try {
      await steps.appendSummary(stickyBody(report, markdown, notInline, MAX_SUMMARY_CHARS));
    } catch (err) {
      log.warning(`No job summary: ${(err as Error).message}`);
    }
    const s = report.summary;
    log.info(
      `Verdict: ${report.verdict} — ${s.newAccess} principal(s) with ${report.mode === "diff" ? "new " : ""}gated access, ${s.unapproved} not approved, ${report.errors.filter((e) => e.blocking).length} blocking error(s)`,
    );
  }
  // The failure's summary annotation was written first (annotate): the exit code alone here.
  return report.verdict === "fail" ? 1 : 0;
}

/** Links to the head commit, the approval rule, and the synthesized files that have no link. */
function markdownOptions(config: Config, target: DiffTarget | AuditTarget): MarkdownOptions {
  const { runner } = config;
  return {
    linkBase: `${runner.serverUrl}/${runner.owner}/${runner.repo}/blob/${target.headSha}/`,
    commit: target.headSha,
    approval: {
      file: config.allowlist,
      ref: config.allowlistRef,
      approvers: config.approvers.map(approverName),
    },
    notCommitted: config.cdkOut ? [config.cdkOut] : [],
  };
}

/** Approver reviews matter only when the change edits the allowlist and approvers are set. */
async function askApprovers(
  config: Config,
  target: DiffTarget,
  client: GitHubClient | null,
  allowlistChanged: boolean,
  log: Log,
): Promise<{ approverReview?: ApproverReview | null; reviewsError?: string }> {
  if (
    config.allowlistRef !== "base" ||
    !allowlistChanged ||
    config.approvers.length === 0 ||
    target.prNumber === undefined
  ) {
    return {};
  }
  if (!client) return { reviewsError: "the github-token input is empty" };
  try {
    const pr = { owner: config.runner.owner, repo: config.runner.repo, number: target.prNumber };
    const review = await findApproverReview(client, pr, target.headSha, config.approvers, log);
    log.info(
      review
        ? `Allowlist change approved by ${review.login} (${review.as})`
        : "No approver has approved the head commit yet",
    );
    return { approverReview: review };
  } catch (err) {
    const why = describeApiError(err);
    log.warning(`Cannot read the pull request's reviews (${why}): approvals added by it stay pending.`);
    return { reviewsError: why };
  }
}

/**
 * The API client, made on first use: Octokit and its HTTP stack load only when a run talks to
 * GitHub (an audit never does), which keeps the action's start-up short.
 */
const clients = new WeakMap<Config, Promise<GitHubClient | null>>();
function clientOf(config: Config, step: Step): Promise<GitHubClient | null> {
  const { options, log } = step;
  let client = clients.get(config);
  if (!client) {
    const { token } = config;
    client = token
      ? import("./client.js").then(({ apiTimeoutFrom, createClient }) =>
          createClient({
            token,
            apiUrl: config.runner.apiUrl,
            log,
            timeoutMs: apiTimeoutFrom(step.env),
            ...(options.fetch ? { fetch: options.fetch } : {}),
          }),
        )
      : Promise.resolve(null);
    clients.set(config, client);
  }
  return client;
}

function readPayload(path: string, files: ActionFiles): unknown {
  const why = (reason: string) =>
    new Error(`cannot read the event payload at GITHUB_EVENT_PATH (${path}): ${reason}`);
  if (!files.exists(path)) throw why("the file does not exist");
  let text: string;
  try {
    text = new TextDecoder().decode(files.readFile(path));
  } catch (err) {
    throw why(fsReason(err));
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw why((err as Error).message);
  }
}

function shaOf(config: Config): { sha?: string } {
  return config.runner.sha ? { sha: config.runner.sha } : {};
}

/**
 * In container jobs the checkout belongs to another user and git refuses it ("dubious
 * ownership"); actions/checkout trusts it only during its own step. Trust the workspace for the
 * git processes of this step (environment config is command-line scope, which git honours).
 */
function trustWorkspace(env: Record<string, string | undefined>, workspace: string): void {
  if (env.GIT_CONFIG_COUNT !== undefined) return;
  env.GIT_CONFIG_COUNT = "1";
  env.GIT_CONFIG_KEY_0 = "safe.directory";
  env.GIT_CONFIG_VALUE_0 = workspace;
}

/** A `terraform show -json` file written by an earlier step (not committed): read from the workspace. */
function readPlanFile(workspace: string, file: string, files: ActionFiles): { file: string; text: string } {
  const abs = join(workspace, file);
  if (!files.exists(abs))
    throw new ConfigError(`Input 'terraform-plan': ${file} does not exist in the workspace.`);
  let bytes: Uint8Array;
  try {
    bytes = files.readFile(abs);
  } catch (err) {
    throw new ConfigError(`Input 'terraform-plan': ${file}: ${fsReason(err)}`);
  }
  const decoded = decodeText(bytes);
  if ("error" in decoded) throw new ConfigError(`Input 'terraform-plan': ${file}: ${decoded.error}`);
  return { file, text: decoded.text };
}
