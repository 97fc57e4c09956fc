/**
 * IPv4 address and CIDR arithmetic shared by the policy core and the review kit.
 * Addresses are unsigned 32-bit integers held in JavaScript numbers.
 */

/** An IPv4 network: its first address and prefix length. */
export interface Ipv4Network {
  /** First address of the network, as an unsigned 32-bit integer. */
  readonly network: number;
  /** Prefix length, 0-32. */
  readonly prefix: number;
}

/** Why a CIDR text was rejected. */
export type CidrProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'ipv6' }
  | { readonly kind: 'malformed' }
  | { readonly kind: 'host-bits'; readonly suggestion: string };

const OCTET = /^(0|[1-9][0-9]{0,2})$/;

/** Parses a dotted-quad IPv4 address; leading zeros are refused because they read as octal elsewhere. */
export function parseIpv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!OCTET.test(part)) return undefined;
    const octet = Number(part);
    if (octet > 255) return undefined;
    value = value * 256 + octet;
  }
  return value;
}

/** Formats an unsigned 32-bit integer as a dotted quad. */
export function formatIpv4(value: number): string {
  return [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255].join('.');
}

const BLOCK_SIZES: readonly number[] = Array.from({ length: 33 }, (_, prefix) => 2 ** (32 - prefix));

/** Number of addresses in a network of the given prefix length (0-32). */
export function blockSize(prefix: number): number {
  return BLOCK_SIZES[prefix];
}

/** Last address of a network. */
export function lastAddress(net: Ipv4Network): number {
  return net.network + blockSize(net.prefix) - 1;
}

/** Formats a network as `a.b.c.d/n`. */
export function formatCidr(net: Ipv4Network): string {
  return `${formatIpv4(net.network)}/${net.prefix}`;
}

/**
 * Parses `a.b.c.d/n` or a bare address (taken as /32). Returns the network or the reason it is not one.
 */
export function parseCidr(text: string): Ipv4Network | CidrProblem {
  const trimmed = text.trim();
  if (trimmed === '') return { kind: 'empty' };
  if (trimmed.includes(':')) return { kind: 'ipv6' };
  const slash = trimmed.indexOf('/');
  const addressText = slash < 0 ? trimmed : trimmed.slice(0, slash);
  const prefixText = slash < 0 ? '32' : trimmed.slice(slash + 1);
  const address = parseIpv4(addressText);
  if (address === undefined || !/^(0|[1-9][0-9]?)$/.test(prefixText)) return { kind: 'malformed' };
  const prefix = Number(prefixText);
  if (prefix > 32) return { kind: 'malformed' };
  const offset = address % blockSize(prefix);
  if (offset !== 0) {
    return { kind: 'host-bits', suggestion: formatCidr({ network: address - offset, prefix }) };
  }
  return { network: address, prefix };
}

/** Whether a parse result is a network rather than a problem. */
export function isNetwork(value: Ipv4Network | CidrProblem): value is Ipv4Network {
  return (value as Ipv4Network).network !== undefined;
}

/** Whether `outer` contains every address of `inner`. */
export function networkContains(outer: Ipv4Network, inner: Ipv4Network): boolean {
  return inner.network >= outer.network && lastAddress(inner) <= lastAddress(outer);
}

/** Whether a network contains an address. */
export function networkContainsAddress(net: Ipv4Network, address: number): boolean {
  return address >= net.network && address <= lastAddress(net);
}

/**
 * The fewest CIDR blocks that cover exactly the inclusive address range `first`-`last`.
 */
export function rangeToNetworks(first: number, last: number): Ipv4Network[] {
  const result: Ipv4Network[] = [];
  let start = first;
  while (start <= last) {
    let prefix = 32;
    while (prefix > 0) {
      const size = blockSize(prefix - 1);
      if (start % size !== 0 || start + size - 1 > last) break;
      prefix -= 1;
    }
    result.push({ network: start, prefix });
    start += blockSize(prefix);
  }
  return result;
}

/**
 * Address ranges that IBM Cloud Backup traffic may use without an explicit override: RFC 1918 private
 * networks and the RFC 6598 shared address space (where the federal WebCC 100.100.6.20 lives).
 */
export const PRIVATE_NETWORKS: readonly Ipv4Network[] = [
  { network: parseIpv4('10.0.0.0')!, prefix: 8 },
  { network: parseIpv4('172.16.0.0')!, prefix: 12 },
  { network: parseIpv4('192.168.0.0')!, prefix: 16 },
  { network: parseIpv4('100.64.0.0')!, prefix: 10 },
];

/** Whether every address of a network lies in one of the private ranges. */
export function isPrivateNetwork(net: Ipv4Network): boolean {
  return PRIVATE_NETWORKS.some((range) => networkContains(range, net));
}
