import { pathGlobToRegExp } from "../model/glob.js";
import type { Snapshot } from "../sources/snapshot.js";

/** What the readers are asked to read: each entry is one unit. */
export interface Units {
  /** CloudFormation template files (outside cdk.out). */
  templates: string[];
  /** Terraform root module directories ("" is the repository root). */
  terraformRoots: string[];
  /** CDK cloud assembly directories (holding manifest.json). */
  cdkAssemblies: string[];
  /**
   * `terraform show -json` plans committed in the tree (recognised by content): read like --plan
   * files, beside the HCL (src/analyze/plans.ts).
   */
  plans?: string[];
  /** Every Terraform file, by directory: roots read their local modules from here. */
  terraformFiles: string[];
  /**
   * Every CloudFormation template and CDK assembly of the snapshot, kept whole when `templates`
   * and `cdkAssemblies` are a share of them (a worker's partition, the units a change affects):
   * exports (Fn::ImportValue) and nested stacks are resolved across all of them, and a nested
   * template is read through its parent.
   */
  cloudformation?: { templates: string[]; cdkAssemblies: string[] };
}

export interface DiscoverOptions {
  include?: string[];
  exclude?: string[];
}

/** Folders that never hold the repository's own IaC. */
const SKIPPED_DIR = /(^|\/)(node_modules|\.git|\.terraform(?!\/modules)|vendor\/bundle)(\/|$)/;
const TEMPLATE_EXT = /\.(ya?ml|json|template|cfn)$/i;
const TERRAFORM_EXT = /\.tf(\.json)?$/;
const PLAN_EXT = /\.json$/i;
/**
 * Files whose format a tool owns, so they cannot be templates: never read as ones. Every other
 * YAML/JSON file is a template or not by its content (cloudformation/detect.ts), whatever it is
 * called (`*.schema.json`, `docker-compose*.yml` and workflow files included).
 */
const NOT_TEMPLATES =
  /(^|\/)(package(-lock)?\.json|tsconfig[^/]*\.json|[^/]*\.tfvars\.json|[^/]*\.tfstate|cdk\.json)$/;

/** JSON files that are never plans, whatever they hold. */
const NOT_PLANS =
  /(^|\/)(package(-lock)?\.json|tsconfig[^/]*\.json|[^/]*\.tfvars\.json|[^/]*\.tf\.json|cdk\.json)$/;

/** Paths of the snapshot that the include/exclude globs and the skipped folders leave. */
export function selectPaths(snapshot: Snapshot, options: DiscoverOptions): string[] {
  const include = (options.include ?? []).map(pathGlobToRegExp);
  const exclude = (options.exclude ?? []).map(pathGlobToRegExp);
  return snapshot.paths.filter(
    (p) =>
      !SKIPPED_DIR.test(p) &&
      (include.length === 0 || include.some((re) => re.test(p))) &&
      !exclude.some((re) => re.test(p)),
  );
}

/** Files of a kind some reader reads: what coverage counts when left out. */
const IAC_LOOKING = /\.(tf|tf\.json|tfvars|tfvars\.json|ya?ml|json|template|cfn)$/i;

export function looksLikeIac(path: string): boolean {
  return IAC_LOOKING.test(path) && !NOT_TEMPLATES.test(path.replace(/\.tfvars\.json$/, ".tfvars"));
}

/**
 * What the include/exclude globs leave out (IaC-looking files only: the rest is never read), and
 * the include patterns that match no path of `paths` at all.
 */
export function unselected(
  paths: readonly string[],
  options: DiscoverOptions,
): { outside: string[]; unmatchedIncludes: string[] } {
  const include = (options.include ?? []).map((p) => ({ p, re: pathGlobToRegExp(p) }));
  const exclude = (options.exclude ?? []).map(pathGlobToRegExp);
  const outside = paths.filter(
    (p) =>
      !SKIPPED_DIR.test(p) &&
      looksLikeIac(p) &&
      ((include.length > 0 && !include.some((i) => i.re.test(p))) || exclude.some((re) => re.test(p))),
  );
  const unmatchedIncludes = include.filter((i) => !paths.some((p) => i.re.test(p))).map((i) => i.p);
  return { outside, unmatchedIncludes };
}

/** Whether a path lies in a folder that never holds the repository's own IaC (node_modules …). */
export function inSkippedDir(path: string): boolean {
  return SKIPPED_DIR.test(path);
}

/** The CDK assembly directory a path belongs to, if any (the folder holding manifest.json). */
export function cdkAssemblyOf(path: string, assemblies: readonly string[]): string | undefined {
  return assemblies.find((a) => path === a || path.startsWith(`${a}/`));
}

/**
 * Sort the files into units. `isTemplate` is the CloudFormation reader's cheap check (it reads the
 * file); Terraform roots are found by the Terraform reader from the file list. `early` is given
 * the CloudFormation and CDK units as soon as they are known, before the roots (the slow part:
 * every Terraform file is read), so that they can be read meanwhile. `isPlan` recognises a
 * Terraform plan among the JSON files (it reads the file); a plan is not a template.
 */
export function discoverUnits(
  paths: readonly string[],
  isTemplate: (path: string) => boolean,
  findRoots: (terraformFiles: string[]) => string[],
  early?: (units: Units) => void,
  isPlan?: (path: string) => boolean,
): Units {
  // Discovery reads templates to recognise them; that is cheap next to parsing them.
  const cdkAssemblies = cdkAssembliesOf(paths);
  const terraformFiles = paths.filter((p) => TERRAFORM_EXT.test(p));
  const plans = isPlan ? paths.filter((p) => mayBePlan(p, cdkAssemblies) && isPlan(p)) : [];
  const planSet = new Set(plans);
  const templates = paths.filter((p) => mayBeTemplate(p, cdkAssemblies) && !planSet.has(p) && isTemplate(p));
  const cloudformation = { templates, cdkAssemblies };
  early?.({ templates, terraformRoots: [], cdkAssemblies, terraformFiles, cloudformation });
  return {
    templates,
    plans,
    terraformRoots: terraformFiles.length > 0 ? findRoots(terraformFiles) : [],
    cdkAssemblies,
    terraformFiles,
    cloudformation,
  };
}

/** The CDK cloud assembly directories among `paths` (a folder holding manifest.json), sorted. */
export function cdkAssembliesOf(paths: readonly string[]): string[] {
  return (
    paths
      .filter((p) => /(^|\/)manifest\.json$/.test(p))
      .map((p) => p.slice(0, Math.max(0, p.lastIndexOf("/"))))
      .filter((dir) => /(^|\/)cdk\.out$/.test(dir) || paths.includes(`${dir}/tree.json`))
      // Stage assemblies (cdk.out/assembly-Prod) are read through their parent.
      .filter((dir, _i, all) => !all.some((other) => other !== dir && dir.startsWith(`${other}/`)))
      .sort()
  );
}

/** Whether a path may be a CloudFormation template, by its name (its content decides). */
export function mayBeTemplate(path: string, cdkAssemblies: readonly string[]): boolean {
  return TEMPLATE_EXT.test(path) && !NOT_TEMPLATES.test(path) && !cdkAssemblyOf(path, cdkAssemblies);
}

/** Whether a path may be a committed Terraform plan, by its name (its content decides). */
export function mayBePlan(path: string, cdkAssemblies: readonly string[]): boolean {
  return PLAN_EXT.test(path) && !NOT_PLANS.test(path) && !cdkAssemblyOf(path, cdkAssemblies);
}

/** Whether a path is Terraform code (.tf, .tf.json). */
export function isTerraformCode(path: string): boolean {
  return TERRAFORM_EXT.test(path);
}
