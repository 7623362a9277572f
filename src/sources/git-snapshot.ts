import { execFileSync, spawn } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Snapshot } from "./snapshot.js";
import { filesOfFolder, MAX_FILE_BYTES, tooLarge } from "./snapshot.js";
import { TextCache } from "./text.js";

/** What the readers read: loaded together on the first read. */
const PRELOAD = /\.(tf|tf\.json|tfvars|tfvars\.json|ya?ml|json|template|cfn)$/i;

/**
 * Terraform's files, loaded together on the first read of one of them; the other preloaded files
 * (templates, plans, JSON) on the first read of one of those: a diff of Terraform code reads no
 * template, and the templates of a large repository weigh as much as its Terraform.
 */
const TERRAFORM = /\.(tf|tf\.json|tfvars|tfvars\.json)$/;

/** Whether a path is one of those loaded together on a snapshot's first read. */
export function isPreloaded(path: string): boolean {
  return PRELOAD.test(path);
}

/** Whether a path is one of Terraform's files (the first preload group). */
export function isTerraformPreloaded(path: string): boolean {
  return TERRAFORM.test(path);
}

/** A folder's files loaded with one of them that was not loaded yet: each at most this large, at most this many. */
const NEIGHBOUR_BYTES = 256 * 1024;
const MAX_NEIGHBOURS = 256;

export interface Entry {
  mode: string;
  oid: string;
  size: number;
}

/**
 * Git's answers to commands run before they were asked (sources/git-ahead.ts): the standard
 * output of `git -C <dir> <args>` when exactly that command ran there and exited with 0, an
 * Error when it failed, undefined when it was not run.
 */
export interface GitAnswers {
  output(dir: string, args: readonly string[]): Buffer | Error | undefined;
  /** The search a pair starts (SearchAhead) of `commit` of `repo`, when it was started ahead. */
  search?(
    repo: string,
    commit: string,
    ahead: SearchAhead,
  ): Promise<Map<string, Uint8Array> | undefined> | undefined;
}

function git(repo: string, args: readonly string[], input?: string, answers?: GitAnswers): Buffer {
  const answered = input === undefined ? answers?.output(repo, args) : undefined;
  if (answered instanceof Error) throw answered;
  if (answered) return answered;
  return execFileSync("git", ["-C", repo, ...args], {
    input,
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["pipe", "pipe", "pipe"],
  });
}

/** What commitOf asks git. */
export function commitArgs(ref: string): string[] {
  return ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`];
}

/** The commit `ref` names in the repository (its id), or undefined when it names none. */
export function commitOf(repo: string, ref: string, answers?: GitAnswers): string | undefined {
  try {
    return git(repo, commitArgs(ref), undefined, answers).toString().trim();
  } catch {
    return undefined;
  }
}

/** What repositoryRoot asks git. */
export const TOP_LEVEL_ARGS: readonly string[] = ["rev-parse", "--show-toplevel"];

/**
 * The root of the git working tree that holds `dir` (its real path), or undefined when `dir` is
 * not inside one (or git is not installed).
 */
export function repositoryRoot(dir: string, answers?: GitAnswers): string | undefined {
  try {
    const top = git(dir, TOP_LEVEL_ARGS, undefined, answers).toString("utf8").trim();
    return top ? realpathSync(top) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What git ignores under `dir` (a folder of a working tree): paths relative to `dir`, a folder
 * ending in "/" (listed once, not file by file). Tracked files are never ignored. Undefined when
 * `dir` is not in a working tree.
 */
export function gitIgnored(dir: string): string[] | undefined {
  try {
    const out = git(dir, ["ls-files", "-z", "--others", "--ignored", "--exclude-standard", "--directory"]);
    return out
      .toString("utf8")
      .split("\0")
      .filter((p) => p !== "")
      .sort();
  } catch {
    return undefined;
  }
}

/**
 * The tree of a commit as `git ls-tree` lists it. Plain data, so a worker thread can open the
 * same snapshot without running git again until it reads a blob.
 */
export interface GitListing {
  repo: string;
  entries: Map<string, Entry>;
  /** Blobs read already (shared memory): a snapshot opened from the listing does not read them again. */
  blobs?: readonly BlobBatch[];
  /** The commit listed (its id): what `git grep` searches for the snapshot's `linesHolding`. */
  commit?: string;
  /**
   * Nothing is loaded as a group: a file comes with its folder, or with what a reader prefetched
   * (a diff: it reads the few units its change affects, and learns which files may call a folder
   * by searching the objects with git grep, not by loading every Terraform file).
   */
  byFolder?: boolean;
}

const listings = new WeakMap<Snapshot, GitListing>();

/**
 * Blobs read in one `git cat-file --batch`, their bytes in memory every thread of the process can
 * read (a SharedArrayBuffer): a worker thread is given them instead of running git for them
 * again, and the process holds them once, not once per thread.
 */
export interface BlobBatch {
  /** The blobs one after the other, on a SharedArrayBuffer. */
  bytes: Uint8Array;
  oids: string[];
  /** Where each blob ends in `bytes` (each starts where the one before it ends). */
  ends: number[];
}

/** One thread's blobs of a repository: by id, and the batches they came in (to hand on). */
interface BlobStore {
  blobs: Map<string, Uint8Array>;
  batches: BlobBatch[];
  /**
   * What searches for needles found, by the needles (joined with NUL): for each blob searched,
   * its lines holding one (false: none). A blob's answer holds for every commit: the base and
   * head of a diff share most blobs, and only the others are searched again.
   */
  searched: Map<string, Map<string, Uint8Array | false>>;
  /**
   * Searches started ahead (SearchAhead), as git answered them: linesHolding takes a blob's
   * answer from them when it is asked about its path. Recording every blob of the listing when
   * the search ended cost more (30 ms on an 8,500-file tree) than the questions a diff asks.
   */
  ahead: AheadAnswer[];
}

/** What an ahead search found: the lines of each path holding a needle, for the listing it searched. */
interface AheadAnswer {
  /** The needles, as searchedFor keys them. */
  key: string;
  listing: GitListing;
  /** The pathspecs searched: a path outside them was not. */
  globs: ReadonlySet<string>;
  globOf: (path: string) => string | undefined;
  found: ReadonlyMap<string, Uint8Array>;
}

/**
 * Blobs by id, per repository, shared by the snapshots of one thread: the base and head of a
 * diff hold mostly the same blobs, and each is read from git once. Held weakly: the store lives
 * as long as a snapshot of its repository does.
 */
const stores = new Map<string, WeakRef<BlobStore>>();

function blobStore(repo: string): BlobStore {
  let store = stores.get(repo)?.deref();
  if (!store) {
    store = { blobs: new Map(), batches: [], searched: new Map(), ahead: [] };
    stores.set(repo, new WeakRef(store));
  }
  return store;
}

/** Add a batch's blobs to a store (read here, or handed over by another thread), unless it holds them. */
function addBatch(store: BlobStore, batch: BlobBatch): void {
  let start = 0;
  let added = false;
  batch.oids.forEach((oid, i) => {
    const end = batch.ends[i]!;
    if (!store.blobs.has(oid)) {
      store.blobs.set(oid, batch.bytes.subarray(start, end));
      added = true;
    }
    start = end;
  });
  if (added) store.batches.push(batch);
}

/** The blobs of `want` in the output of `git cat-file --batch`, copied into shared memory. */
function sharedBatch(out: Buffer, want: readonly string[]): BlobBatch {
  const found: { oid: string; from: number; size: number }[] = [];
  let pos = 0;
  for (const oid of want) {
    const nl = out.indexOf(10, pos);
    const header = out.subarray(pos, nl).toString();
    if (header.endsWith(" missing")) {
      pos = nl + 1;
      continue;
    }
    const size = Number(header.split(" ")[2]);
    found.push({ oid, from: nl + 1, size });
    pos = nl + 1 + size + 1;
  }
  const bytes = new Uint8Array(new SharedArrayBuffer(found.reduce((s, f) => s + f.size, 0)));
  const ends: number[] = [];
  let end = 0;
  for (const f of found) {
    bytes.set(out.subarray(f.from, f.from + f.size), end);
    end += f.size;
    ends.push(end);
  }
  return { bytes, oids: found.map((f) => f.oid), ends };
}

/**
 * The files of a commit, read from the object database (no checkout, no clone). Blobs are read
 * in batches through `git cat-file --batch`. Symbolic links are never followed.
 */
export function gitSnapshot(repo: string, ref: string, options: { byFolder?: boolean } = {}): Snapshot {
  return gitSnapshotOf({
    repo,
    entries: listTree(repo, ref),
    commit: ref,
    ...(options.byFolder ? { byFolder: true } : {}),
  });
}

/**
 * The two sides of a diff between commits, the tree listed once: the base is the head's listing
 * with what `git diff-tree` says differs put back, the sizes of those blobs from one
 * `git cat-file --batch-check`. The same listings as two gitSnapshot calls, for one process
 * proportional to the change instead of a second listing of the whole tree.
 */
export function gitSnapshotPair(
  repo: string,
  base: string,
  head: string,
  options: { byFolder?: boolean; searchAhead?: SearchAhead; answers?: GitAnswers } = {},
): { base: Snapshot; head: Snapshot; searched: Promise<void> } {
  const { answers, searchAhead } = options;
  // The base's search runs in its own process while the tree is listed here (see SearchAhead),
  // or ran already, asked with the commands answered ahead.
  const ahead =
    searchAhead && (answers?.search?.(repo, base, searchAhead) ?? grepAhead(repo, base, searchAhead));
  const headEntries = listTree(repo, head, answers);
  const baseEntries = new Map(headEntries);
  // :old-mode new-mode old-oid new-oid status NUL path NUL, one per blob (or link, or submodule) that differs.
  const out = git(repo, diffTreeArgs(base, head), undefined, answers).toString("utf8");
  const fields = out.split("\0");
  const sized: { path: string; mode: string; oid: string }[] = [];
  const listed: string[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const [mode, , oid] = fields[i]!.slice(1).split(" ");
    const path = fields[i + 1]!;
    listed.push(path);
    baseEntries.delete(path);
    // A path the base does not hold (mode 000000), or holds as a submodule (no blob): absent, as in ls-tree's listing.
    if (mode && oid && mode !== "000000" && mode !== "160000") sized.push({ path, mode, oid });
  }
  if (sized.length > 0) {
    const sizes = git(repo, ["cat-file", "--batch-check"], `${sized.map((e) => e.oid).join("\n")}\n`)
      .toString("utf8")
      .split("\n");
    sized.forEach((e, i) => {
      const [, type, size] = (sizes[i] ?? "").split(" ");
      if (type === "blob") baseEntries.set(e.path, { mode: e.mode, oid: e.oid, size: Number(size) });
    });
  }
  const byFolder = options.byFolder ? { byFolder: true } : {};
  const baseListing: GitListing = { repo, entries: baseEntries, commit: base, ...byFolder };
  const headSnapshot = gitSnapshotOf({ repo, entries: headEntries, commit: head, ...byFolder });
  // A change that only modifies files leaves the paths as they were: both sides hold one sorted
  // list, and what is worked out from a list of paths (the selection, the layout's folders, the
  // path index) is worked out once for both (memos keyed by the list).
  const samePaths = listed.every((p) => baseEntries.has(p) === headEntries.has(p));
  const baseSnapshot = gitSnapshotOf(baseListing, isPreloaded, samePaths ? headSnapshot.paths : undefined);
  // What differs between the sides is among the paths diff-tree listed (a mode alone, or a
  // submodule, is no file changed): no pass over every path of both sides to find it.
  let changed: string[] | undefined;
  const changedPaths = () =>
    (changed ??= listed
      .filter((p) => {
        const a = baseEntries.get(p);
        const b = headEntries.get(p);
        return a === undefined || b === undefined ? a !== b : a.oid !== b.oid;
      })
      .sort());
  baseSnapshot.changedFrom = (other) => (other === headSnapshot ? changedPaths() : undefined);
  headSnapshot.changedFrom = (other) => (other === baseSnapshot ? changedPaths() : undefined);
  return {
    base: baseSnapshot,
    head: headSnapshot,
    searched:
      ahead && searchAhead
        ? ahead.then((found) => {
            if (found) recordSearch(baseListing, searchAhead, found);
          })
        : Promise.resolve(),
  };
}

/**
 * A search of the base's files the pair starts before listing the tree: `git grep` for `needles`
 * in every file with one of `extensions` ("tf"), in a process of its own writing to a file, so
 * that git inflates the blobs while this thread lists and compares the trees. Once `searched`
 * settles, the base snapshot's `linesHolding` for those needles answers from it without running
 * git again (a diff's first search covers the whole base).
 */
export interface SearchAhead {
  needles: readonly string[];
  extensions: readonly string[];
}

/** What gitSnapshotPair asks git to compare the trees of two commits. */
export function diffTreeArgs(base: string, head: string): string[] {
  return ["diff-tree", "-r", "-z", "--no-renames", `${base}^{commit}`, `${head}^{commit}`];
}

/**
 * What grepAhead asks git (after `git -C <repo>`), the commit given as `commit`: the needles,
 * the commit, the pathspecs of the extensions.
 */
export function grepAheadArgs(ahead: SearchAhead, commit: string): string[] {
  return [...grepArgs(ahead.needles), commit, "--", ...ahead.extensions.map(extensionPathspec)];
}

/**
 * What a search of `commit` started ahead gives once git has exited with `status` and printed
 * `out`: as grepAhead gives it (no match is an empty answer, a failure none).
 */
export function grepAheadAnswer(
  out: Buffer,
  status: number | null,
  commit: string,
): Map<string, Uint8Array> | undefined {
  if (status === 1) return new Map();
  if (status !== 0) return undefined;
  return parseGrepHeadings(out, commit);
}

/** Start git grep for `ahead` over `commit`; its answer by path, or undefined when git fails. */
function grepAhead(
  repo: string,
  commit: string,
  ahead: SearchAhead,
): Promise<Map<string, Uint8Array> | undefined> {
  return new Promise((resolve) => {
    let dir: string | undefined;
    const done = (found: Map<string, Uint8Array> | undefined) => {
      if (dir) rmSync(dir, { recursive: true, force: true });
      resolve(found);
    };
    try {
      dir = mkdtempSync(join(tmpdir(), "cag-grep-"));
      const file = join(dir, "out");
      const fd = openSync(file, "w");
      const child = spawn("git", ["-C", repo, ...grepAheadArgs(ahead, commit)], {
        stdio: ["ignore", fd, "ignore"],
      });
      closeSync(fd);
      child.on("error", () => done(undefined));
      child.on("close", (status) => {
        let out: Buffer | undefined;
        try {
          out = status === 0 ? readFileSync(file) : Buffer.alloc(0);
        } catch {}
        done(out && grepAheadAnswer(out, status, commit));
      });
    } catch {
      done(undefined);
    }
  });
}

/** What an ahead search found, kept for linesHolding to answer from (BlobStore.ahead). */
function recordSearch(listing: GitListing, ahead: SearchAhead, found: ReadonlyMap<string, Uint8Array>): void {
  if (!namesOnOneLine(listing)) return;
  blobStore(listing.repo).ahead.push({
    key: searchKey(ahead.needles),
    listing,
    globs: new Set(ahead.extensions.map(extensionPathspec)),
    globOf: extensionGlobByName(),
    found,
  });
}

/**
 * Whether a search started ahead covered `path` with the blob `oid` (the same blob at the same
 * path of the listing it searched, within its pathspecs); if so its answer goes into `found`.
 */
function answeredAhead(
  store: BlobStore,
  key: string,
  path: string,
  oid: string,
  found: Map<string, Uint8Array | false>,
): boolean {
  for (const a of store.ahead) {
    if (a.key !== key || a.listing.entries.get(path)?.oid !== oid) continue;
    const glob = a.globOf(path);
    if (glob === undefined || !a.globs.has(glob)) continue;
    found.set(oid, a.found.get(path) ?? false);
    return true;
  }
  return false;
}

/**
 * Whether no path of the listing holds a line break: git grep names each file on a line of its
 * own, and such a path could pass for another file's name.
 */
function namesOnOneLine(listing: GitListing): boolean {
  for (const p of listing.entries.keys()) if (p.includes("\n")) return false;
  return true;
}

/** What listTree asks git. */
export function listTreeArgs(ref: string): string[] {
  // `^{commit}`: a tag is peeled to its commit, a tree or a blob is refused (as commitOf does).
  // --full-tree: the whole commit, paths from the repository root, even when `repo` is a folder
  // inside the working tree (the CLI run from a subdirectory).
  return ["ls-tree", "-r", "-z", "--long", "--full-tree", `${ref}^{commit}`];
}

/** The blobs (files and links) of a commit, by path from the repository root. */
function listTree(repo: string, ref: string, answers?: GitAnswers): Map<string, Entry> {
  const out = git(repo, listTreeArgs(ref), undefined, answers).toString("utf8");
  const entries = new Map<string, Entry>();
  // "<mode> <type> <id> <size, padded>\t<path>\0" per entry, read by position (a split and a
  // regular expression per entry were half of listing a 5,800-file tree).
  for (let at = 0; at < out.length; ) {
    let end = out.indexOf("\0", at);
    if (end < 0) end = out.length;
    const tab = out.indexOf("\t", at);
    const s1 = out.indexOf(" ", at);
    const s2 = out.indexOf(" ", s1 + 1);
    const s3 = out.indexOf(" ", s2 + 1);
    if (tab > at && tab < end && s1 > at && s3 > s2 && s3 < tab && out.slice(s1 + 1, s2) === "blob")
      entries.set(out.slice(tab + 1, end), {
        mode: out.slice(at, s1),
        oid: out.slice(s2 + 1, s3),
        size: Number(out.slice(s3 + 1, tab)),
      });
    at = end + 1;
  }
  return entries;
}

/** Whether an entry's bytes are read from git: a file, not a link or a submodule, and not too large. */
function isReadBlob(e: Entry): boolean {
  return e.mode !== "120000" && e.mode !== "160000" && e.size <= MAX_FILE_BYTES;
}

/** Read from git, in one batch, the blobs of `paths` the store lacks (links, submodules and files too large left out). */
function loadBlobs(listing: GitListing, store: BlobStore, paths: readonly string[]): void {
  const oids = new Set<string>();
  for (const p of paths) {
    const e = listing.entries.get(p);
    if (e && !store.blobs.has(e.oid) && isReadBlob(e)) oids.add(e.oid);
  }
  if (oids.size === 0) return;
  const want = [...oids];
  addBatch(store, sharedBatch(git(listing.repo, ["cat-file", "--batch"], `${want.join("\n")}\n`), want));
}

/**
 * The snapshot of a listed commit. `preload` picks the blobs loaded together on the first read
 * (default: every IaC-looking file); a worker thread whose texts came from the main thread
 * leaves those out.
 */
export function gitSnapshotOf(
  listing: GitListing,
  preload: (path: string) => boolean = isPreloaded,
  /** The listing's paths, sorted, when the caller holds them already (the other side of a pair). */
  sorted?: readonly string[],
): Snapshot {
  const { repo, entries } = listing;
  const store = blobStore(repo);
  for (const batch of listing.blobs ?? []) addBatch(store, batch);
  /** Which of the two preload groups (Terraform's files, the others) were loaded. */
  const preloaded = { terraform: false, other: false };
  const load = (paths: readonly string[]) => loadBlobs(listing, store, paths);
  // Other files (templates, scripts, policies read through file(), whose text a worker thread was
  // given but not their bytes) are read a folder at a time: code that reads one file of a folder
  // mostly reads its neighbours too, and each batch is a process of its own.
  const paths = sorted ?? [...entries.keys()].sort();
  const byDir = new Map<string, string[]>();
  const neighbours = (path: string): string[] => {
    const dir = path.slice(0, Math.max(0, path.lastIndexOf("/")));
    let list = byDir.get(dir);
    if (!list) {
      list = filesOfFolder(paths, dir).filter((p) => entries.get(p)!.size <= NEIGHBOUR_BYTES);
      byDir.set(dir, list);
    }
    return list.length <= MAX_NEIGHBOURS ? list : [];
  };
  // `read` holds the shared store alive as long as the snapshot is.
  const snapshot: Snapshot = {
    texts: new TextCache(),
    prefetch(paths) {
      load(paths);
    },
    linesHolding(needles, paths) {
      return linesHolding(listing, store, needles, paths);
    },
    paths,
    oid(path) {
      return entries.get(path)?.oid;
    },
    read(path) {
      const e = entries.get(path);
      if (!e) return { error: "file not found" };
      if (e.mode === "120000") return { error: "symbolic link; not followed" };
      if (e.mode === "160000") return { error: "git submodule; not read" };
      const large = tooLarge(e.size);
      if (large) return large;
      if (!store.blobs.has(e.oid)) {
        // An audit: the first read of a Terraform file loads every Terraform blob, the first read
        // of another IaC-looking file every other one, each in one `git cat-file --batch`: one
        // process instead of one per folder. Other files (read through file()), and every file of
        // a diff's snapshot (byFolder) not prefetched, come a folder per batch.
        const group = TERRAFORM.test(path) ? "terraform" : "other";
        if (!preloaded[group] && preload(path) && !listing.byFolder) {
          preloaded[group] = true;
          const terraform = group === "terraform";
          load([path, ...[...entries.keys()].filter((p) => preload(p) && TERRAFORM.test(p) === terraform)]);
        }
        if (!store.blobs.has(e.oid)) load([path, ...neighbours(path)]);
      }
      return store.blobs.get(e.oid) ?? { error: "cannot read blob" };
    },
  };
  listings.set(snapshot, listing);
  return snapshot;
}

/**
 * The listing behind a snapshot made by gitSnapshot, if it is one, with the blobs this thread has
 * read of its repository so far: a worker thread opening it reads those without git.
 */
export function gitListingOf(snapshot: Snapshot): GitListing | undefined {
  const listing = listings.get(snapshot);
  if (!listing) return undefined;
  return { ...listing, blobs: blobBatchesOf(snapshot) };
}

/** The blobs this thread has read of a git snapshot's repository, in the order read (none for another snapshot). */
export function blobBatchesOf(snapshot: Snapshot): BlobBatch[] {
  const listing = listings.get(snapshot);
  return listing ? [...blobStore(listing.repo).batches] : [];
}

/** What the store's searches for `needles` found so far, by blob id (see BlobStore.searched). */
function searchedFor(store: BlobStore, needles: readonly string[]): Map<string, Uint8Array | false> {
  const key = searchKey(needles);
  let found = store.searched.get(key);
  if (!found) {
    found = new Map();
    store.searched.set(key, found);
  }
  return found;
}

/** How BlobStore.searched and .ahead key a search: its needles. */
function searchKey(needles: readonly string[]): string {
  return needles.join("\0");
}

/** More files than this to search go to git grep; fewer are loaded and searched here. */
const GREP_FROM = 64;

/**
 * The lines of `paths` holding one of `needles` (the snapshot's `linesHolding`). Each blob is
 * searched once per thread: by `git grep` over the commit's objects when many are new (git
 * inflates them and hands over only the lines that match), else loaded and searched here. Links,
 * submodules and files too large to read are given as null: reading them tells what they are.
 */
function linesHolding(
  listing: GitListing,
  store: BlobStore,
  needles: readonly string[],
  paths: readonly string[],
): ReadonlyMap<string, Uint8Array | null> | undefined {
  if (needles.length === 0 || needles.some((n) => n === "" || /[\r\n]/.test(n))) return undefined;
  const found = searchedFor(store, needles);
  const key = searchKey(needles);
  const out = new Map<string, Uint8Array | null>();
  const fresh: string[] = [];
  // One pass: a path answered already (here, or by a search started ahead) is given now, the
  // others are searched below and given after.
  for (const p of paths) {
    const e = listing.entries.get(p);
    if (!e) continue;
    if (!isReadBlob(e)) {
      out.set(p, null);
      continue;
    }
    let lines = found.get(e.oid);
    if (lines === undefined && answeredAhead(store, key, p, e.oid, found)) lines = found.get(e.oid);
    if (lines === undefined) fresh.push(p);
    else if (lines) out.set(p, lines);
  }
  if (fresh.length > GREP_FROM && listing.commit) {
    if (!namesOnOneLine(listing)) return undefined;
    const globs = extensionGlobs(fresh);
    const hits = globs && grepLines(listing.repo, listing.commit, needles, globs);
    if (!hits) return undefined;
    for (const p of fresh) found.set(listing.entries.get(p)!.oid, hits.get(p) ?? false);
  } else if (fresh.length > 0) {
    loadBlobs(listing, store, fresh);
    const wanted = needles.map((n) => Buffer.from(n, "utf8"));
    for (const p of fresh) {
      const oid = listing.entries.get(p)!.oid;
      const bytes = store.blobs.get(oid);
      if (bytes) found.set(oid, linesWith(bytes, wanted) ?? false);
      else out.set(p, null);
    }
  }
  for (const p of fresh) {
    const lines = found.get(listing.entries.get(p)!.oid);
    if (lines) out.set(p, lines);
  }
  return out;
}

const NEWLINE = 0x0a;
/** An empty line: what git grep --break puts between two files. */
const BREAK = Buffer.from("\n\n");

/** The lines of `bytes` holding one of `needles`, in order, each ended by "\n"; undefined when none does. */
function linesWith(bytes: Uint8Array, needles: readonly Buffer[]): Uint8Array | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // Start and end (past its "\n") of each line holding a needle.
  const starts = new Set<number>();
  for (const n of needles)
    for (let i = buf.indexOf(n); i >= 0; i = buf.indexOf(n, i + 1))
      starts.add(buf.lastIndexOf(NEWLINE, i) + 1);
  if (starts.size === 0) return undefined;
  const parts: Buffer[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const end = buf.indexOf(NEWLINE, start);
    parts.push(
      end < 0 ? Buffer.concat([buf.subarray(start), Buffer.from("\n")]) : buf.subarray(start, end + 1),
    );
  }
  return Buffer.concat(parts);
}

/** Pathspecs that take in every one of `paths` (extensionGlob), or undefined when one has none. */
function extensionGlobs(paths: readonly string[]): string[] | undefined {
  const globs = new Set<string>();
  const globOf = extensionGlobByName();
  for (const p of paths) {
    const glob = globOf(p);
    if (glob === undefined) return undefined;
    globs.add(glob);
  }
  return [...globs];
}

/**
 * extensionGlob, remembered by file name: a listing of thousands of paths holds a few dozen names
 * (main.tf, variables.tf), and each is read once.
 */
function extensionGlobByName(): (path: string) => string | undefined {
  const byName = new Map<string, string | undefined>();
  return (path) => {
    const name = path.slice(path.lastIndexOf("/") + 1);
    if (byName.has(name)) return byName.get(name);
    const glob = extensionGlob(name);
    byName.set(name, glob);
    return glob;
  };
}

/**
 * The pathspec that takes in `path` by its extension ("*.tf"; the last two for a data extension:
 * "*.tf.json"), from the top of the repository; undefined for a name without one or with a
 * character a glob would read.
 */
function extensionGlob(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const parts = name.split(".");
  if (parts.length < 2 || parts[0] === "") return undefined;
  const last = parts[parts.length - 1]!;
  const ext = /^(json|ya?ml)$/i.test(last) && parts.length > 2 ? `${parts[parts.length - 2]}.${last}` : last;
  return /^[A-Za-z0-9_.-]+$/.test(ext) ? extensionPathspec(ext) : undefined;
}

/** Every file with the extension `ext` ("tf"), from the top of the repository. */
function extensionPathspec(ext: string): string {
  return `:(top,glob)**/*.${ext}`;
}

/**
 * The lines holding one of `needles` of each path of `commit` matching `globs` that holds one
 * (git grep, each line ended by "\n"), or undefined when git fails.
 */
function grepLines(
  repo: string,
  commit: string,
  needles: readonly string[],
  globs: readonly string[],
): Map<string, Uint8Array> | undefined {
  let out: Buffer;
  try {
    out = git(repo, [...grepArgs(needles), commit, "--", ...globs]);
  } catch (err) {
    // Status 1: nothing found.
    return (err as { status?: number }).status === 1 ? new Map() : undefined;
  }
  return parseGrepHeadings(out, commit);
}

/** git grep's arguments for the lines holding one of `needles`, before the commit and the pathspecs. */
function grepArgs(needles: readonly string[]): string[] {
  // One thread: on two cores git's threads cost more than they give (43 against 80 ms on 6,000 files).
  // The commit's own files only (a user's submodule.recurse would otherwise reach into others).
  // --text: a file git takes for binary is searched as the others are, not summed up in a line.
  // --heading --break: a file's lines come together, after its name (unquoted: -z), so each file's
  // answer is a slice of the output, not a copy.
  const args = ["grep", "--threads=1", "--no-color", "--no-recurse-submodules", "--full-name", "--text"];
  args.push("--heading", "--break", "-z", "-F");
  for (const n of needles) args.push("-e", n);
  return args;
}

/**
 * git grep's output read: each file found is "<commit>:<path>" "\n", its lines (each holds a
 * needle, so none is empty), then an empty line before the next file. A path holding a line break
 * is ruled out by the callers. Undefined for output of another shape.
 */
function parseGrepHeadings(out: Buffer, commit: string): Map<string, Uint8Array> | undefined {
  const prefix = `${commit}:`;
  const hits = new Map<string, Uint8Array>();
  for (let at = 0; at < out.length; ) {
    const eol = out.indexOf(NEWLINE, at);
    if (eol < 0) return undefined;
    const name = out.toString("utf8", at, eol);
    if (!name.startsWith(prefix)) return undefined;
    const gap = out.indexOf(BREAK, eol + 1);
    const end = gap < 0 ? out.length : gap + 1;
    if (end <= eol + 1) return undefined;
    hits.set(name.slice(prefix.length), out.subarray(eol + 1, end));
    at = end + 1;
  }
  return hits;
}

/** What prefetchBlobs loads at most, in all: beyond it files are read as they are needed. */
const PREFETCH_BYTES = 32 * 1024 * 1024;

/**
 * Load in one `git cat-file --batch` the blobs of `paths` not loaded yet (each at most as large
 * as a folder's neighbours are: 256 KiB), unless they come to more than 32 MiB in all: a reader
 * about to read files it cannot name ahead (file(), templatefile() below a module's folder) calls
 * it instead of starting one git process per folder as it goes. Nothing for another snapshot.
 */
export function prefetchBlobs(snapshot: Snapshot, paths: readonly string[]): void {
  const listing = listings.get(snapshot);
  if (!listing) return;
  const store = blobStore(listing.repo);
  const wanted: string[] = [];
  let bytes = 0;
  for (const p of paths) {
    const e = listing.entries.get(p);
    if (!e || e.size > NEIGHBOUR_BYTES || store.blobs.has(e.oid) || !isReadBlob(e)) continue;
    bytes += e.size;
    if (bytes > PREFETCH_BYTES) return;
    wanted.push(p);
  }
  loadBlobs(listing, store, wanted);
}

/** Blobs another thread read of a git snapshot's repository: read from them, not from git. */
export function addBlobs(snapshot: Snapshot, batches: readonly BlobBatch[]): void {
  const listing = listings.get(snapshot);
  if (!listing) return;
  const store = blobStore(listing.repo);
  for (const batch of batches) addBatch(store, batch);
}
