/**
 * Deterministic lists of private IPv4 CIDRs with the shapes that stress the policy minimiser:
 * scattered, adjacent (aggregatable), nested (contained) and duplicated entries.
 */

/** The shapes of CIDR lists the policy-scaling benchmark feeds to `ConnectivityPolicy.resolve`. */
export type CidrMix = 'random' | 'adjacent' | 'nested' | 'duplicate';

/** Every mix, in report order. */
export const CIDR_MIXES: readonly CidrMix[] = ['random', 'adjacent', 'nested', 'duplicate'];

/** The private ranges entries are drawn from: first address and size. */
const PRIVATE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0a000000, 2 ** 24], // 10.0.0.0/8
  [0xac100000, 2 ** 20], // 172.16.0.0/12
  [0xc0a80000, 2 ** 16], // 192.168.0.0/16
];

/** A small seeded generator (mulberry32), so every run feeds the same lists. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function cidr(address: number, prefix: number): string {
  const network = address - (address % 2 ** (32 - prefix));
  return `${network >>> 24}.${(network >>> 16) & 255}.${(network >>> 8) & 255}.${network & 255}/${prefix}`;
}

function randomAddress(random: () => number): number {
  const [first, size] = PRIVATE_RANGES[Math.floor(random() * PRIVATE_RANGES.length)];
  return first + Math.floor(random() * size);
}

/** Scattered networks of /24 to /32 anywhere in the private ranges. */
function randomMix(count: number, random: () => number): string[] {
  return Array.from({ length: count }, () => cidr(randomAddress(random), 24 + Math.floor(random() * 9)));
}

/** Runs of consecutive /32s and /28s that aggregate into wider blocks. */
function adjacentMix(count: number, random: () => number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const prefix = random() < 0.5 ? 32 : 28;
    const step = 2 ** (32 - prefix);
    const run = Math.min(count - out.length, 8 + Math.floor(random() * 56));
    const start = randomAddress(random);
    const base = start - (start % (step * 64));
    for (let i = 0; i < run; i++) out.push(cidr(base + i * step, prefix));
  }
  return out;
}

/** Chains of networks inside each other: a /16, a /20 in it, a /24 in that, a /32 in that. */
function nestedMix(count: number, random: () => number): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const address = randomAddress(random);
    for (const prefix of [16, 20, 24, 28, 32]) {
      if (out.length < count) out.push(cidr(address, prefix));
    }
  }
  return out;
}

/** A tenth as many distinct networks as entries, each repeated. */
function duplicateMix(count: number, random: () => number): string[] {
  const distinct = randomMix(Math.max(1, Math.ceil(count / 10)), random);
  return Array.from({ length: count }, () => distinct[Math.floor(random() * distinct.length)]);
}

/**
 * A list of `count` private CIDRs of the given shape, the same for the same seed.
 * @param mix the shape of the list
 * @param count how many entries
 * @param seed seed of the generator
 */
export function cidrList(mix: CidrMix, count: number, seed: number): string[] {
  const random = seededRandom(seed);
  switch (mix) {
    case 'random':
      return randomMix(count, random);
    case 'adjacent':
      return adjacentMix(count, random);
    case 'nested':
      return nestedMix(count, random);
    case 'duplicate':
      return duplicateMix(count, random);
  }
}
