/**
 * The quoted relative strings ("./…", "../…") of Terraform files, read from bytes: every local
 * module source is such a string, so they tell which folders a file may call without parsing it.
 * A diff's discovery reads them of the lines git grep found (CALLER_NEEDLES), not of whole files.
 */

const DOT = 0x2e;
const SLASH = 0x2f;
const BACKSLASH = 0x5c;
const QUOTE_DOT = '".';
const HEREDOC = "<<";
// A string starting with a Unicode escape may spell its first "." so ("\u002e./mods").
const QUOTE_ESCAPE = '"\\u';
const QUOTE_WIDE_ESCAPE = '"\\U';

/**
 * What relativeStrings looks for: a file holding neither needle has no relative string and no
 * heredoc source (relativeStrings gives []), so a search of the bytes for them (git grep) can
 * rule a file out without reading it here.
 */
export const CALLER_NEEDLES: readonly string[] = [QUOTE_DOT, HEREDOC, QUOTE_ESCAPE, QUOTE_WIDE_ESCAPE];

/**
 * The search a diff's discovery makes first (the .tf files holding CALLER_NEEDLES; .tf.json files
 * are read whole): a git snapshot pair can start it ahead, while it lists the tree.
 */
export const CALLER_SEARCH = { needles: CALLER_NEEDLES, extensions: ["tf"] } as const;
const EQUALS = 0x3d;
const NEWLINE = 0x0a;
const utf8 = new TextDecoder();

/**
 * The quoted strings starting "./" or "../" in a file's bytes (decoding only them), or undefined
 * when a module source could be written otherwise: a string with an escape (one starting with a
 * Unicode escape too), one left open, or a `source = <<` heredoc. Only the strings are decoded,
 * which spares decoding the thousands of files a diff never reads.
 *
 * `someLines`: the bytes are only some of the file's lines (those holding CALLER_NEEDLES, each
 * ended by "\n"), and what stands on the lines between them is unknown: a string not closed on
 * its line, or a `<<` with nothing but `=` and blanks before it on its line, gives undefined.
 */
export function relativeStrings(bytes: Uint8Array, someLines = false): readonly string[] | undefined {
  return stringsOfSlices([bytes], someLines).get(bytes);
}

function isBlank(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function isWordByte(b: number): boolean {
  return (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;
}

const LESS_THAN = 0x3c;
/** A `".`, a `<<` or a `"\u`/`"\U`: where relativeStrings looks further (never two that overlap). */
const NEEDLE = /"\.|<<|"\\[uU]/g;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * relativeStrings(bytes, true) of many files at once (the same answer for each). Each file's
 * bytes are some of its lines, each ended by "\n", and most are slices of one buffer (git grep's
 * output): each buffer is read as one string and searched with one regular expression, not
 * searched and decoded file by file. A diff runs this once, before the code is warm, over
 * thousands of files.
 */
export function relativeStringsOfLines(
  files: ReadonlyMap<string, Uint8Array>,
  /** Answers for slices read before (a diff's head shares its unchanged files' lines with the base). */
  known: WeakMap<Uint8Array, readonly string[] | undefined> = new WeakMap(),
): Map<string, readonly string[] | undefined> {
  const out = new Map<string, readonly string[] | undefined>();
  const byBuffer = new Map<ArrayBufferLike, Uint8Array[]>();
  for (const bytes of files.values()) {
    if (known.has(bytes)) continue;
    const list = byBuffer.get(bytes.buffer);
    if (list) list.push(bytes);
    else byBuffer.set(bytes.buffer, [bytes]);
  }
  for (const list of byBuffer.values()) {
    for (const [bytes, strings] of stringsOfSlices(list, true)) known.set(bytes, strings);
  }
  for (const [path, bytes] of files) out.set(path, known.get(bytes));
  return out;
}

interface SliceRange {
  start: number;
  end: number;
  slices: Uint8Array[];
}

/**
 * The slices as ranges when they already stand in buffer order, none empty and each after the one
 * before (git grep's files, one slice each): no keys to make and nothing to sort. Else undefined.
 */
function rangesInOrder(slices: readonly Uint8Array[]): SliceRange[] | undefined {
  const out: SliceRange[] = [];
  let end = 0;
  for (const b of slices) {
    if (b.byteLength === 0 || b.byteOffset < end) return undefined;
    end = b.byteOffset + b.byteLength;
    out.push({ start: b.byteOffset, end, slices: [b] });
  }
  return out;
}

/** One range per distinct slice (two paths of one blob share its lines), in buffer order. */
function distinctRanges(slices: readonly Uint8Array[]): SliceRange[] {
  const ranges = new Map<string, SliceRange>();
  for (const b of slices) {
    const key = `${b.byteOffset}:${b.byteLength}`;
    const known = ranges.get(key);
    if (known) known.slices.push(b);
    else ranges.set(key, { start: b.byteOffset, end: b.byteOffset + b.byteLength, slices: [b] });
  }
  return [...ranges.values()].sort((a, b) => a.start - b.start || a.end - b.end);
}

/** relativeStrings of each of some slices of one buffer, read as one text. */
function stringsOfSlices(
  slices: Uint8Array[],
  someLines: boolean,
): Map<Uint8Array, readonly string[] | undefined> {
  const out = new Map<Uint8Array, readonly string[] | undefined>();
  const sorted = rangesInOrder(slices) ?? distinctRanges(slices);
  if (sorted.length === 0) return out;
  if (sorted.some((r, i) => i > 0 && r.start < sorted[i - 1]!.end)) {
    for (const b of slices) out.set(b, stringsOfSlices([b], someLines).get(b));
    return out;
  }
  const buffer = slices[0]!.buffer;
  const low = sorted[0]!.start;
  const high = Math.max(...sorted.map((r) => r.end));
  // Latin-1: one character per byte, so a position in the text is a position in the bytes.
  const text = Buffer.from(buffer, low, high - low).toString("latin1");
  const results: (string[] | undefined)[] = sorted.map(() => []);
  let r = 0;
  // matchAll searches with a copy of NEEDLE: the shared expression keeps no position.
  for (const m of text.matchAll(NEEDLE)) {
    const at = m.index;
    while (r < sorted.length && sorted[r]!.end - low <= at) r++;
    if (r === sorted.length) break;
    const start = sorted[r]!.start - low;
    const end = sorted[r]!.end - low;
    const strings = results[r];
    if (at < start || strings === undefined) continue;
    if (text.charCodeAt(at) === LESS_THAN) {
      if (heredocSourceAt(text, start, at, someLines)) results[r] = undefined;
      continue;
    }
    if (text.charCodeAt(at + 1) === BACKSLASH) {
      // A string starting with a Unicode escape, both of its characters in this file's lines.
      if (at + 2 < end) results[r] = undefined;
      continue;
    }
    const code = (k: number) => (k < end ? text.charCodeAt(k) : Number.NaN);
    const c2 = code(at + 2);
    const c3 = code(at + 3);
    const rest = c2 === SLASH ? 3 : c2 === DOT && c3 === SLASH ? 4 : 0;
    if (rest === 0) {
      // "./" or "../" written with an escape ("..\u002f").
      if (c2 === BACKSLASH || (c2 === DOT && c3 === BACKSLASH)) results[r] = undefined;
      continue;
    }
    const close = text.indexOf('"', at + rest);
    const eol = text.indexOf("\n", at);
    // Not closed on its line (the line given next is not the one that follows it), or escaped.
    if (close < 0 || close >= end || (someLines && eol >= 0 && eol < end && eol < close)) {
      results[r] = undefined;
      continue;
    }
    const literal = text.slice(at + 1, close);
    if (literal.includes("\\")) {
      results[r] = undefined;
      continue;
    }
    strings.push(
      NON_ASCII.test(literal) ? utf8.decode(new Uint8Array(buffer, low + at + 1, close - at - 1)) : literal,
    );
  }
  sorted.forEach((range, i) => {
    for (const b of range.slices) out.set(b, results[i]);
  });
  return out;
}

/**
 * Whether the `<<` at `at` of the text from `start` is a heredoc source: `source`, blanks, `=`,
 * blanks, `<<`. Of some lines only (`someLines`), also when its line starts before a word is
 * found: the line above it is unknown.
 */
function heredocSourceAt(text: string, start: number, at: number, someLines: boolean): boolean {
  const blank = (k: number) => {
    const c = text.charCodeAt(k);
    return (!someLines || c !== NEWLINE) && isBlank(c);
  };
  let j = at - 1;
  while (j >= start && blank(j)) j--;
  if (someLines && (j < start || text.charCodeAt(j) === NEWLINE)) return true;
  if (j < start || text.charCodeAt(j) !== EQUALS) return false;
  j--;
  while (j >= start && blank(j)) j--;
  if (someLines && (j < start || text.charCodeAt(j) === NEWLINE)) return true;
  const word = j - 5;
  if (word < start || text.slice(word, j + 1) !== "source") return false;
  return word === start || !isWordByte(text.charCodeAt(word - 1));
}
