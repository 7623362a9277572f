/**
 * IP prefix arithmetic for cidrhost/cidrnetmask/cidrsubnet/cidrsubnets, as Terraform (Go's net
 * package and go-cidr) computes it. Throws CidrError where Terraform raises an error; returns
 * null where this code is not sure to print the address as Go would.
 */

export class CidrError extends Error {}

export interface Prefix {
  v6: boolean;
  /** The network address (host bits cleared). */
  addr: bigint;
  bits: number;
}

const width = (p: { v6: boolean }): number => (p.v6 ? 128 : 32);

function parseV4(s: string): bigint | null {
  const parts = s.split(".");
  if (parts.length !== 4) return null;
  let n = 0n;
  for (const p of parts) {
    // Leading zeros: older Go read them as decimal, newer refuse them; not guessed here.
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return null;
    n = (n << 8n) | BigInt(p);
  }
  return n;
}

function parseV6(s: string): bigint | null {
  if (!/^[0-9A-Fa-f:.]+$/.test(s)) return null;
  let tail4: bigint | null = null;
  let text = s;
  const lastColon = s.lastIndexOf(":");
  if (s.includes(".")) {
    tail4 = parseV4(s.slice(lastColon + 1));
    if (tail4 === null) return null;
    text = `${s.slice(0, lastColon + 1)}0:0`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groups = (h: string): string[] => (h === "" ? [] : h.split(":"));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  let n = 0n;
  for (const g of all) {
    if (!/^[0-9A-Fa-f]{1,4}$/.test(g)) return null;
    n = (n << 16n) | BigInt(`0x${g}`);
  }
  if (tail4 !== null) n = (n & ~0xffffffffn) | tail4;
  return n;
}

/** A prefix in CIDR notation; host bits are cleared as Go's ParseCIDR does. */
export function parsePrefix(text: string): Prefix {
  const m = /^([^/]+)\/([0-9]{1,3})$/.exec(text);
  if (!m) throw new CidrError(`invalid CIDR address ${JSON.stringify(text)}`);
  const v6 = m[1]!.includes(":");
  const addr = v6 ? parseV6(m[1]!) : parseV4(m[1]!);
  const bits = Number(m[2]);
  if (addr === null || bits > (v6 ? 128 : 32))
    throw new CidrError(`invalid CIDR address ${JSON.stringify(text)}`);
  const w = v6 ? 128 : 32;
  const mask = ((1n << BigInt(bits)) - 1n) << BigInt(w - bits);
  return { v6, addr: addr & mask, bits };
}

/** An address as Go's net.IP.String() prints it; null for IPv4-mapped IPv6 (printed as IPv4 by Go). */
export function formatAddress(v6: boolean, n: bigint): string | null {
  if (!v6) return [24n, 16n, 8n, 0n].map((s) => ((n >> s) & 255n).toString()).join(".");
  if (n >> 32n === 0xffffn) return null;
  const groups = Array.from({ length: 8 }, (_, i) => Number((n >> BigInt(112 - i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLen).join(":")}`;
}

export function formatPrefix(p: Prefix): string | null {
  const a = formatAddress(p.v6, p.addr);
  return a === null ? null : `${a}/${p.bits}`;
}

export function subnet(p: Prefix, newbits: number, netnum: bigint): Prefix {
  const w = width(p);
  if (!Number.isInteger(newbits) || newbits < 0)
    throw new CidrError("newbits must be a whole number of 0 or more");
  const bits = p.bits + newbits;
  if (bits > w) throw new CidrError(`insufficient address space to extend prefix of ${p.bits} by ${newbits}`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits))
    throw new CidrError(`prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  return { v6: p.v6, addr: p.addr | (netnum << BigInt(w - bits)), bits };
}

export function host(p: Prefix, hostnum: bigint): bigint {
  const w = width(p);
  const size = 1n << BigInt(w - p.bits);
  const n = hostnum < 0n ? size + hostnum : hostnum;
  if (n < 0n || n >= size)
    throw new CidrError(`prefix of ${p.bits} does not accommodate a host numbered ${hostnum}`);
  return p.addr | n;
}

export function netmask(p: Prefix): string {
  if (p.v6) throw new CidrError("IPv6 addresses cannot have a netmask");
  const mask = ((1n << BigInt(p.bits)) - 1n) << BigInt(32 - p.bits);
  return formatAddress(false, mask)!;
}

/** Consecutive subnets of the given extra bits, each aligned to its size (Terraform's cidrsubnets). */
export function subnets(p: Prefix, newbits: number[]): Prefix[] {
  const w = width(p);
  const out: Prefix[] = [];
  let next = p.addr;
  const end = p.addr + (1n << BigInt(w - p.bits));
  for (const nb of newbits) {
    if (!Number.isInteger(nb) || nb < 1)
      throw new CidrError("each newbits value must be a whole number of 1 or more");
    const bits = p.bits + nb;
    if (bits > w) throw new CidrError(`would extend prefix to ${bits} bits, which is too long`);
    const size = 1n << BigInt(w - bits);
    const start = ((next + size - 1n) / size) * size;
    if (start + size > end) throw new CidrError("not enough remaining address space for a subnet");
    out.push({ v6: p.v6, addr: start, bits });
    next = start + size;
  }
  return out;
}
