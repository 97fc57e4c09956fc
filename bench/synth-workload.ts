/**
 * The workload of the synthesis benchmarks: the agents' options, the sizes, the repetitions, and the
 * literal rule lists that the hand-written side hard-codes.
 */
import { AccessMode, ConnectivityOptions, ConnectivityPolicy, ConnectivityRule } from '../lib';

/**
 * Options of every agent: minimal mode with a vault and a CentralControl console, a realistic
 * policy of a few rules in both directions.
 */
export const AGENT_OPTIONS: ConnectivityOptions = {
  mode: AccessMode.MINIMAL,
  vaultCidrs: ['10.1.2.3/32'],
  centralControlSources: ['192.168.10.0/24'],
};

/** Numbers of agents per app. */
export const SYNTH_SIZES = [1, 100, 1000];

/** Rounds (construct and hand-written child processes back to back) per size. */
export const SYNTH_ROUNDS: Record<number, number> = { 1: 5, 100: 5, 1000: 3 };

/** Timed syntheses per child process at a size; the child reports their median. */
export const SYNTH_ITERATIONS: Record<number, number> = { 1: 20, 100: 3, 1000: 1 };

/** One rule as a hand-written stack spells it out. */
export interface LiteralRule {
  /** `ingress` or `egress`. */
  readonly direction: string;
  /** Peer CIDR. */
  readonly cidr: string;
  /** First port. */
  readonly fromPort: number;
  /** Last port. */
  readonly toPort: number;
  /** Rule description. */
  readonly description: string;
  /** Construct id of the rule resource. */
  readonly id: string;
}

/**
 * The rules a user writing the stack by hand would hard-code, computed once here, outside any
 * timed region; the benchmark then checks that both sides synthesize the same resources.
 */
export function literalRules(): LiteralRule[] {
  return ConnectivityPolicy.resolve(AGENT_OPTIONS).rules.map((rule: ConnectivityRule) => ({
    direction: rule.direction,
    cidr: rule.cidr,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    description: rule.description,
    id: rule.id,
  }));
}

/** Key-sorted JSON, so that equal documents give equal text whatever their key order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The first path at which two JSON documents differ, for a readable failure. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | undefined {
  if (canonicalJson(a) === canonicalJson(b)) return undefined;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return `${at}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of [...keys].sort()) {
    const inner = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
    if (inner) return inner;
  }
  return at;
}
