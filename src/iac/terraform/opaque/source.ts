/** Module source addresses: which registry module (and version) a call names. */

export interface ModuleSource {
  /** Registry address without host, a submodule after "//": "terraform-aws-modules/iam/aws//modules/iam-role". */
  module: string;
  /** A git ref given in the source (`?ref=v5.1.0`), when there is one. */
  ref?: string;
}

const REGISTRY_HOST = /^(?:registry\.terraform\.io|registry\.opentofu\.org)\//;
/** github.com/<org>/terraform-<provider>-<name>: the registry module <org>/<name>/<provider>. */
const GITHUB =
  /^(?:git::)?(?:https:\/\/|ssh:\/\/git@|git@)?github\.com[/:]([A-Za-z0-9-]+)\/terraform-([a-z0-9]+)-([A-Za-z0-9-]+?)(?:\.git)?$/;

/** The registry module a source names, directly or as its GitHub repository; null for others. */
export function moduleSource(source: string): ModuleSource | null {
  const [address = "", query = ""] = source.split("?", 2);
  const ref = /(?:^|&)ref=([^&]+)/.exec(query)?.[1];
  const cut = address.indexOf("//", address.indexOf("://") + (address.includes("://") ? 3 : 0));
  const base = cut >= 0 ? address.slice(0, cut) : address;
  const sub = cut >= 0 ? address.slice(cut + 2).replace(/\/+$/, "") : "";
  let module: string | null = null;
  const gh = GITHUB.exec(base);
  if (gh) module = `${gh[1]}/${gh[3]}/${gh[2]}`;
  else {
    const plain = base.replace(REGISTRY_HOST, "");
    if (/^[A-Za-z0-9_-]+\/[A-Za-z0-9_-]+\/[a-z0-9]+$/.test(plain)) module = plain;
  }
  if (module === null) return null;
  return { module: sub ? `${module}//${sub}` : module, ...(ref ? { ref } : {}) };
}
