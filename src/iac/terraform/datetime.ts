/**
 * Terraform's date functions (formatdate, timeadd, timecmp) on RFC 3339 timestamps, with
 * nanosecond precision as Go keeps it. Throws TimeError where Terraform raises an error;
 * `null` from formatDate marks a specification this code does not know for sure.
 */

export class TimeError extends Error {}

export interface Timestamp {
  /** Nanoseconds since the Unix epoch (UTC). */
  ns: bigint;
  /** The offset written in the timestamp, in minutes east of UTC (0 for "Z"). */
  offset: number;
  utc: boolean;
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

export function parseTimestamp(s: string): Timestamp {
  const m = RFC3339.exec(s);
  if (!m) throw new TimeError(`not a valid RFC 3339 timestamp: ${JSON.stringify(s)}`);
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(2000, mo, 0)).getUTCDate();
  const monthDays = mo === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : days;
  if (mo < 1 || mo > 12 || d < 1 || d > monthDays || h > 23 || mi > 59 || se > 59)
    throw new TimeError(`not a valid RFC 3339 timestamp: ${JSON.stringify(s)}`);
  const zone = m[8]!;
  let offset = 0;
  if (zone !== "Z") {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) throw new TimeError(`not a valid RFC 3339 timestamp: ${JSON.stringify(s)}`);
    offset = (zone[0] === "-" ? -1 : 1) * (oh * 60 + om);
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, se, 0);
  const frac = BigInt((m[7] ?? ".").slice(1).padEnd(9, "0") || "0");
  const ns = BigInt(date.getTime()) * 1_000_000n + frac - BigInt(offset) * 60_000_000_000n;
  return { ns, offset, utc: zone === "Z" };
}

interface Fields {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
  second: number;
}

function fields(t: Timestamp): Fields {
  const localNs = t.ns + BigInt(t.offset) * 60_000_000_000n;
  let ms = localNs / 1_000_000n;
  if (localNs < 0n && localNs % 1_000_000n !== 0n) ms -= 1n;
  const d = new Date(Number(ms));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

function offsetText(offset: number, colon: boolean): string {
  const a = Math.abs(offset);
  return `${offset < 0 ? "-" : "+"}${pad(Math.floor(a / 60))}${colon ? ":" : ""}${pad(a % 60)}`;
}

/** formatdate(); null when the specification has a sequence this code does not know. */
export function formatDate(spec: string, t: Timestamp): string | null {
  const f = fields(t);
  let out = "";
  let i = 0;
  while (i < spec.length) {
    const c = spec[i]!;
    if (c === "'") {
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      // A quoted literal; '' inside it is a quote.
      i++;
      for (;;) {
        if (i >= spec.length) throw new TimeError("unterminated literal in the date format");
        if (spec[i] === "'") {
          if (spec[i + 1] === "'") {
            out += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        out += spec[i++];
      }
      continue;
    }
    if (!/[A-Za-z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let j = i;
    while (spec[j] === c) j++;
    const seq = spec.slice(i, j);
    i = j;
    const h12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
    const v: Record<string, string> = {
      YYYY: pad(f.year, 4),
      YY: pad(f.year % 100),
      MMMM: MONTHS[f.month - 1]!,
      MMM: MONTHS[f.month - 1]!.slice(0, 3),
      MM: pad(f.month),
      M: String(f.month),
      DD: pad(f.day),
      D: String(f.day),
      EEEE: DAYS[f.weekday]!,
      EEE: DAYS[f.weekday]!.slice(0, 3),
      hh: pad(f.hour),
      h: String(f.hour),
      HH: pad(h12),
      H: String(h12),
      AA: f.hour < 12 ? "AM" : "PM",
      aa: f.hour < 12 ? "am" : "pm",
      mm: pad(f.minute),
      m: String(f.minute),
      ss: pad(f.second),
      s: String(f.second),
      ZZZZZ: offsetText(t.offset, true),
      ZZZZ: offsetText(t.offset, false),
      // Go names the zone of "Z" UTC; a written "+00:00" takes the name of the machine's zone.
      ...(t.offset !== 0 || t.utc ? { ZZZ: t.utc ? "UTC" : offsetText(t.offset, false) } : {}),
      Z: t.offset === 0 ? "Z" : offsetText(t.offset, true),
    };
    const text = Object.hasOwn(v, seq) ? v[seq] : undefined;
    if (text === undefined) return null;
    out += text;
  }
  return out;
}

const UNITS: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  μs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};

/** Go's time.ParseDuration, in nanoseconds. */
export function parseDuration(s: string): bigint {
  if (s.length > 200) throw new TimeError("invalid duration: too long");
  const m = /^([+-]?)((?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+|0)$/.exec(s);
  if (!m) throw new TimeError(`invalid duration ${JSON.stringify(s)}`);
  let total = 0n;
  for (const part of m[2]!.matchAll(/(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/g)) {
    const unit = UNITS[part[3]!]!;
    const whole = BigInt(part[1] || "0");
    const fracText = part[2] ?? "";
    const frac = fracText === "" ? 0n : (BigInt(fracText) * unit) / 10n ** BigInt(fracText.length);
    total += whole * unit + frac;
  }
  return m[1] === "-" ? -total : total;
}

/** A timestamp in Go's time.RFC3339 layout (whole seconds), in the offset it was written in. */
export function formatRfc3339(t: Timestamp): string {
  const f = fields(t);
  const zone = t.offset === 0 ? "Z" : offsetText(t.offset, true);
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}${zone}`;
}
