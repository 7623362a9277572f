/**
 * What a diff of two revisions asks git first, asked before the rest of the CLI is loaded:
 * src/cli.ts starts one shell that runs git for the repository's root, both commits' ids, the
 * head's listing, the trees compared and the base's search for module callers (the grep in the
 * background), while this process loads its modules (~40 ms) and starts its worker. The run then
 * takes git's answers (GitAnswers) instead of running the same commands again.
 *
 * One process, not one per command: a process started from here only starts the next when this
 * thread's loop turns, and loading the modules holds it. Its outputs come on pipes of their own
 * (fds 3–5), so nothing is written to disk and an early exit of this process ends them.
 *
 * An answer is given only for the very command the run asks (the folder and every argument) and
 * only when git exited with 0: anything else (no shell, a folder that is no repository, a
 * revision that names no commit, a repository whose real path is not the one git printed) is
 * asked again as without this, with its own error.
 */
import { spawn } from "node:child_process";
import { realpathSync } from "node:fs";
import {
  commitArgs,
  diffTreeArgs,
  type GitAnswers,
  grepAheadAnswer,
  grepAheadArgs,
  listTreeArgs,
  type SearchAhead,
  TOP_LEVEL_ARGS,
} from "./git-snapshot.js";

/** What git was asked ahead: `settled` once the shell has ended (it never rejects). */
export interface GitAhead extends GitAnswers {
  settled: Promise<void>;
}

/** The revisions of a diff and the folder they are asked from, as the CLI asks them. */
export interface RevisionPairAsked {
  /** The folder given (--repo, or the current one): its working tree's root is the repository. */
  folder: string;
  base: string;
  head: string;
}

/** Stand-ins, in the commands' arguments, for what only the shell knows: the revisions asked and their ids. */
const BASE_ASKED = "\u0001base-asked\u0001";
const HEAD_ASKED = "\u0001head-asked\u0001";
const BASE_ID = "\u0001base-id\u0001";
const HEAD_ID = "\u0001head-id\u0001";

/** What each stand-in is in the script: $2 and $3 are the revisions asked, $b and $h their ids. */
const SHELL_VALUES: readonly [string, string][] = [
  [BASE_ASKED, '"$2"'],
  [HEAD_ASKED, '"$3"'],
  [BASE_ID, '"$b"'],
  [HEAD_ID, '"$h"'],
];

/**
 * `args` as the words of a shell command, each single-quoted, each stand-in replaced by the
 * value it stands for (quoted as well). The arguments are the run's own (git-snapshot.ts builds
 * them for both): what the user gave reaches the shell only as $1–$3, never in the script's text.
 */
function shellWords(args: readonly string[]): string {
  return args
    .map((a) => {
      let word = `'${a.replaceAll("'", `'\\''`)}'`;
      for (const [stand, value] of SHELL_VALUES) word = word.replaceAll(stand, `'${value}'`);
      return word;
    })
    .join(" ");
}

/**
 * The shell's script ($1 folder, $2 base, $3 head asked), its git commands built with the run's
 * own argument lists. Prints, each ended by NUL: the working tree's root ("" when the folder is
 * in none, a bare repository: the CLI then asks in the folder itself), both ids, then
 * "<name> <status>" per command. The listing goes to fd 3, the compared trees to fd 4, the search
 * to fd 5. Fds 3 and 4 are closed once written (the search never holds them): the run takes the
 * listing and the compared trees while git still searches.
 */
function script(search: SearchAhead): string {
  const git = (args: readonly string[]) => `git -C "$dir" ${shellWords(args)} 2>/dev/null`;
  return `
top=$(git -C "$1" ${shellWords(TOP_LEVEL_ARGS)} 2>/dev/null) || top=
dir=\${top:-$1}
b=$(${git(commitArgs(BASE_ASKED))}) || exit 0
h=$(${git(commitArgs(HEAD_ASKED))}) || exit 0
printf '%s\\0%s\\0%s\\0' "$top" "$b" "$h"
${git(grepAheadArgs(search, BASE_ID))} >&5 3>&- 4>&- &
grep=$!
${git(listTreeArgs(HEAD_ID))} >&3
printf 'list %s\\0' "$?"
exec 3>&-
${git(diffTreeArgs(BASE_ID, HEAD_ID))} >&4
printf 'diff %s\\0' "$?"
exec 4>&-
wait "$grep"
printf 'grep %s\\0' "$?"
`;
}

/**
 * Start asking git, in the background, what a diff of `asked` will ask first: repositoryRoot of
 * the folder, commitOf of each revision there, and gitSnapshotPair of the two commits with the
 * search `search` started ahead. `settled` comes once the listing and the compared trees are in
 * (or the shell has ended): the search may still run, and `search` answers once it has ended.
 */
export function askGitAhead(asked: RevisionPairAsked, search: SearchAhead): GitAhead {
  const answers = new Map<string, Buffer | Error>();
  let searched:
    | { repo: string; commit: string; key: string; found: Promise<Map<string, Uint8Array> | undefined> }
    | undefined;
  const fds: Buffer[][] = [[], [], [], [], [], []];
  let ended = 0;
  let answered = false;
  let resolveSettled: () => void = () => undefined;
  let resolveFound: (found: Map<string, Uint8Array> | undefined) => void = () => undefined;
  const settled = new Promise<void>((resolve) => {
    resolveSettled = resolve;
  });
  // The fields printed so far: root, both ids, then "<name> <status>" per command.
  const fields = () => Buffer.concat(fds[1]!).toString("utf8").split("\0");
  const statusOf = (name: string): number | undefined => {
    for (const f of fields().slice(3)) {
      const [n, code] = f.split(" ");
      if (n === name && code !== undefined) return Number(code);
    }
    return undefined;
  };
  // The root, the ids, the listing and the compared trees, once: when fds 3 and 4 have ended and
  // the compared trees' status is printed, or when the shell ends before.
  const answer = () => {
    if (answered) return;
    answered = true;
    try {
      const [top, base, head] = fields();
      if (top === undefined || !base || !head) return;
      // In no working tree repositoryRoot finds none (git failed), and the folder is the repository.
      answers.set(
        key(asked.folder, TOP_LEVEL_ARGS),
        top === "" ? new Error("not in a working tree") : Buffer.from(`${top}\n`),
      );
      const repo = top === "" ? asked.folder : realpathSync(top);
      answers.set(key(repo, commitArgs(asked.base)), Buffer.from(`${base}\n`));
      answers.set(key(repo, commitArgs(asked.head)), Buffer.from(`${head}\n`));
      if (statusOf("list") === 0) answers.set(key(repo, listTreeArgs(head)), Buffer.concat(fds[3]!));
      if (statusOf("diff") === 0) answers.set(key(repo, diffTreeArgs(base, head)), Buffer.concat(fds[4]!));
      searched = {
        repo,
        commit: base,
        key: searchKey(search),
        found: new Promise((resolve) => {
          resolveFound = resolve;
        }),
      };
    } catch {
      // Nothing answered: the run asks git itself.
    } finally {
      resolveSettled();
    }
  };
  const maybeAnswer = () => {
    if (ended === 2 && statusOf("diff") !== undefined) answer();
  };
  try {
    const child = spawn("sh", ["-c", script(search), "sh", asked.folder, asked.base, asked.head], {
      stdio: ["ignore", "pipe", "ignore", "pipe", "pipe", "pipe"],
    });
    for (const fd of [1, 3, 4, 5]) child.stdio[fd]?.on("data", (c: Buffer) => fds[fd]!.push(c));
    child.stdio[1]?.on("data", maybeAnswer);
    for (const fd of [3, 4])
      child.stdio[fd]?.on("end", () => {
        ended++;
        maybeAnswer();
      });
    child.on("error", () => {
      answer();
      resolveFound(undefined);
    });
    child.on("close", () => {
      answer();
      const grep = statusOf("grep");
      // The search ran on the base, whose id the shell printed second.
      const base = fields()[1];
      let found: Map<string, Uint8Array> | undefined;
      try {
        if (grep !== undefined && base) found = grepAheadAnswer(Buffer.concat(fds[5]!), grep, base);
      } catch {
        found = undefined;
      }
      resolveFound(found);
    });
  } catch {
    answer();
    resolveFound(undefined);
  }
  return {
    settled,
    output(dir, args) {
      const k = key(dir, args);
      const out = answers.get(k);
      // Taken once: the listing of a large tree is not held for the whole run.
      answers.delete(k);
      return out;
    },
    search(repo, commit, ahead) {
      if (!searched || searched.repo !== repo || searched.commit !== commit) return undefined;
      if (searched.key !== searchKey(ahead)) return undefined;
      const { found } = searched;
      searched = undefined;
      return found;
    },
  };
}

function key(dir: string, args: readonly string[]): string {
  return [dir, ...args].join("\0");
}

function searchKey(search: SearchAhead): string {
  return JSON.stringify([search.needles, search.extensions]);
}
