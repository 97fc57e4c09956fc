/**
 * Child process of the policy-scaling benchmark: times `ConnectivityPolicy.resolve` for one CIDR mix
 * at every size, one warm-up round first, then rounds that each run every size in turn.
 */
import { PerformanceObserver } from 'node:perf_hooks';
import type * as core from '../lib';
import { CidrMix, cidrList } from './cidr-mixes';
import { collectGarbage, median, nowMs, reportResult, workerInput } from './measure';

/** What the parent asks for. */
export interface PolicyScalingInput {
  /** Compiled core entry point to load. */
  readonly entry: string;
  /** Shape of the CIDR lists. */
  readonly mix: CidrMix;
  /** Numbers of CentralControl sources (and as many vault CIDRs). */
  readonly sizes: number[];
  /** Timed rounds after the warm-up round. */
  readonly rounds: number;
  /** Calls per round at a size, so that small sizes are timed over enough work; the round keeps the median. */
  readonly callsPerRound: Record<number, number>;
}

/** What the worker reports. */
export interface PolicyScalingOutput {
  /** Per size: the milliseconds per call of each timed round. */
  readonly msPerCall: Record<number, number[]>;
  /** Per size: the milliseconds of garbage collection inside those calls, per round. */
  readonly gcMsPerCall: Record<number, number[]>;
  /** Per size: how many rules the policy had. */
  readonly ruleCount: Record<number, number>;
}

/** Garbage collections as the runtime reports them: start (on the `performance.now()` clock) and duration. */
const collections: Array<{ start: number; duration: number }> = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) collections.push({ start: entry.startTime, duration: entry.duration });
}).observe({ entryTypes: ['gc'] });

/** Milliseconds of garbage collection that started between two `performance.now()` readings. */
function gcMsBetween(start: number, end: number): number {
  return collections.filter((c) => c.start >= start && c.start <= end).reduce((sum, c) => sum + c.duration, 0);
}

/** Lets the observer receive the last entries; Node delivers them in batches, not at once. */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 200));
}

async function main(): Promise<void> {
  const input = workerInput<PolicyScalingInput>();
  const { ConnectivityPolicy, AccessMode } = require(input.entry) as typeof core;
  const options = new Map(
    input.sizes.map((n) => [
      n,
      {
        mode: AccessMode.MINIMAL,
        centralControlSources: cidrList(input.mix, n, 1000 + n),
        vaultCidrs: cidrList(input.mix, n, 2000 + n),
      },
    ]),
  );
  const msPerCall: Record<number, number[]> = {};
  // Per size and round, the `performance.now()` window of each call; GC inside them is counted at the end.
  const windows: Record<number, Array<Array<[number, number]>>> = {};
  const ruleCount: Record<number, number> = {};
  // resolve() returns the same frozen policy for the same options; a different management port per
  // call (same number of rules) makes every timed call compute its policy.
  let callIndex = 0;
  for (let round = -1; round < input.rounds; round++) {
    for (const n of input.sizes) {
      const calls = round < 0 ? 1 : (input.callsPerRound[n] ?? 1);
      const times: number[] = [];
      const callWindows: Array<[number, number]> = [];
      for (let call = 0; call < calls; call++) {
        const callOptions = { ...options.get(n), managementPort: 2000 + (callIndex++ % 60000) };
        collectGarbage();
        const start = performance.now();
        const startMs = nowMs();
        const policy = ConnectivityPolicy.resolve(callOptions);
        times.push(nowMs() - startMs);
        callWindows.push([start, performance.now()]);
        ruleCount[n] = policy.rules.length;
      }
      if (round >= 0) {
        (msPerCall[n] ??= []).push(median(times));
        (windows[n] ??= []).push(callWindows);
      }
    }
  }
  await settle();
  const gcMsPerCall = Object.fromEntries(
    Object.entries(windows).map(([n, rounds]) => [n, rounds.map((calls) => median(calls.map(([start, end]) => gcMsBetween(start, end))))]),
  );
  reportResult({ msPerCall, gcMsPerCall, ruleCount } satisfies PolicyScalingOutput);
}

void main();
