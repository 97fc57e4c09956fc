import './flow-matchers-types';
import { MatcherFlow } from './flow-matchers-types';
import { FlowDirection } from '../core/enums';
import { formatIpv4, isNetwork, parseCidr } from '../core/ipv4';
import { ConnectivityPolicy } from '../core/policy';
import { SynthesizedArtifact } from './artifact';
import { OpeningKind, openingsBeyondIntent } from './beyond-intent';
import { ExactFlowAnalysis, FlowRangeQuery, RangeVerdict } from './exact-analysis';
import { FlowAnalysisOptions, FlowAnalyzer, FlowQuery } from './flow-analysis';
import { flowRows } from './flow-rows';
import { FlowSet } from './flow-set';
import { FlowVerdictKind } from './layer-evaluation';
import { checkRequiredFlows } from './required-flows';
import { clientPortsOf } from './review-report';
import { formatPortRange } from './values';

/** The result of a flow assertion, in the shape Jest expects from a custom matcher. */
export class MatcherOutcome {
  /**
   * @param pass whether the assertion passed
   * @param message the message shown when the assertion fails
   */
  constructor(
    /** Whether the assertion passed. */
    public readonly pass: boolean,
    /** The message shown when the assertion fails. */
    public readonly message: string,
  ) {}
}

const analyses = new WeakMap<object, Map<string, ExactFlowAnalysis>>();

/** The exact analysis of an artifact, reused across calls on the same object with the same options. */
function analysisOf(received: unknown, options: FlowAnalysisOptions): ExactFlowAnalysis {
  const exactOptions = {
    agentAddress: options.agentAddress,
    clientPorts: clientPortsOf(options),
    treatExternalAsComplete: options.treatExternalAsComplete,
    constructPath: options.constructPath,
  };
  if (typeof received !== 'object' || received === null) return ExactFlowAnalysis.of(SynthesizedArtifact.load(received), exactOptions);
  const byOptions = analyses.get(received) ?? new Map<string, ExactFlowAnalysis>();
  analyses.set(received, byOptions);
  const key = JSON.stringify(exactOptions);
  let analysis = byOptions.get(key);
  if (!analysis) {
    analysis = ExactFlowAnalysis.of(SynthesizedArtifact.load(received), exactOptions);
    byOptions.set(key, analysis);
  }
  return analysis;
}

/** A matcher's flow as a range query: `port`, or `fromPort`-`toPort`. */
function rangeOf(flow: MatcherFlow): FlowRangeQuery {
  const fromPort = flow.fromPort ?? flow.port;
  if (fromPort === undefined) throw new Error('a flow needs `port` or `fromPort` (with an optional `toPort`)');
  return { direction: flow.direction as FlowDirection, peer: flow.peer, fromPort, toPort: flow.toPort ?? flow.fromPort ?? flow.port };
}

function describeQuery(query: FlowRangeQuery, analysis: ExactFlowAnalysis): string {
  const toPort = query.toPort ?? query.fromPort;
  const ports = toPort === query.fromPort ? `port ${query.fromPort}` : `ports ${query.fromPort}-${toPort}`;
  return `${query.direction} flow with ${query.peer} on ${ports} (client ports ${formatPortRange(analysis.clientPorts)})`;
}

function describeFlows(title: string, flows: FlowSet): string[] {
  if (flows.isEmpty) return [];
  return [
    `${title}:`,
    ...flowRows(flows).map((r) => `  - ${r.direction} ${r.cidrs.join(', ')} TCP ${r.servicePorts}, client ports ${r.clientPorts}`),
  ];
}

/** A point of a set of flows, to explain with every rule considered. */
function witness(flows: FlowSet): FlowQuery & { clientPort: number } {
  const block = flows.blocks[0];
  return { direction: block.direction, peer: block.firstAddress, port: Math.max(1, block.servicePorts.from), clientPort: block.clientPorts.from };
}

function explainPoint(artifact: unknown, flows: FlowSet, options: FlowAnalysisOptions): string[] {
  if (flows.isEmpty) return [];
  const point = witness(flows);
  const verdict = new FlowAnalyzer(SynthesizedArtifact.load(artifact), { ...options, clientPort: point.clientPort }).check(point);
  return ['', 'Rules considered, for one flow of that part:', FlowAnalyzer.explain(verdict)];
}

function rangeOutcome(
  received: unknown,
  query: FlowRangeQuery,
  options: FlowAnalysisOptions,
  expected: FlowVerdictKind,
  negated: boolean,
): MatcherOutcome {
  const analysis = analysisOf(received, options);
  const result: RangeVerdict = analysis.checkRange(query);
  const net = parseCidr(query.peer);
  const single = isNetwork(net) && net.prefix === 32 ? formatIpv4(net.network) : query.peer;
  const pass = expected === FlowVerdictKind.ALLOWED ? result.verdict === FlowVerdictKind.ALLOWED : result.denied.isEqualTo(result.requested);
  const wanted = expected === FlowVerdictKind.ALLOWED ? 'allowed' : 'denied';
  const actual =
    result.verdict === FlowVerdictKind.ALLOWED
      ? 'allowed'
      : result.denied.isEqualTo(result.requested)
        ? 'denied'
        : result.verdict === FlowVerdictKind.DENIED
          ? 'partly denied'
          : result.verdict;
  const lines = [`expected the ${describeQuery({ ...query, peer: single }, analysis)} ${negated ? 'not ' : ''}to be ${wanted}, but it is ${actual}`];
  if (expected === FlowVerdictKind.ALLOWED) {
    lines.push(
      ...result.blocked.map(
        (b) =>
          `  - ${b.verdict === FlowVerdictKind.DENIED ? 'blocked' : 'undecided'} at ${b.layer}: ${flowRows(b.flows)
            .map((r) => `${r.cidrs.join(', ')} TCP ${r.servicePorts}, client ports ${r.clientPorts}`)
            .join('; ')} (${b.reason})`,
      ),
    );
    lines.push(...explainPoint(received, negated ? result.allowed : result.requested.subtract(result.allowed), options));
  } else {
    lines.push(...describeFlows('Allowed part', result.allowed), ...describeFlows('Undecided part', result.unknown));
    lines.push(...explainPoint(received, negated ? result.denied : result.requested.subtract(result.denied), options));
  }
  return new MatcherOutcome(pass, lines.join('\n'));
}

function exactOutcome(
  received: unknown,
  policy: ConnectivityPolicy,
  constructPath: string,
  options: FlowAnalysisOptions,
  negated: boolean,
): MatcherOutcome {
  const analysis = analysisOf(received, { ...options, constructPath });
  const checks = checkRequiredFlows(analysis, policy);
  const missing = checks.filter((c) => c.verdict !== FlowVerdictKind.ALLOWED);
  const extra = openingsBeyondIntent(analysis, policy, constructPath).filter((o) => o.kind !== OpeningKind.STATELESS_REPLY);
  // Without layers, every rule of the policy is undecided, so nothing passes.
  const pass = missing.length === 0 && extra.length === 0;
  const lines = [
    `expected ${constructPath} ${negated ? 'not ' : ''}to open exactly the policy's ${policy.rules.length} rule(s), no more and no less (client ports ${formatPortRange(analysis.clientPorts)})`,
  ];
  if (analysis.layers.length === 0) lines.push(`  no security group or network ACL of ${constructPath} was found`);
  for (const c of missing) {
    lines.push(`  - less: ${c.rule.direction} ${c.rule.cidr} TCP ${c.rule.fromPort}-${c.rule.toPort} is ${c.verdict}: ${c.reason}`);
  }
  for (const o of extra) {
    lines.push(
      ...flowRows(o.flows).map(
        (r) =>
          `  - more (${o.kind}${o.verdict === FlowVerdictKind.UNKNOWN ? ', undecided' : ''}): ${r.direction} ${r.cidrs.join(', ')} TCP ${r.servicePorts}, client ports ${r.clientPorts} by ${o.rule} (${o.layer})`,
      ),
    );
  }
  if (pass) lines.push('  and it does');
  return new MatcherOutcome(pass, lines.join('\n'));
}

type JestResult = { pass: boolean; message: () => string };
type MatcherFunction = (this: { isNot?: boolean }, received: unknown, ...args: any[]) => JestResult;

/**
 * Flow assertions on synthesized output: Jest's `toAllowFlow`, `toDenyFlow` and
 * `toOpenExactlyPolicy`, and the same checks without Jest. Every check is exact: all the addresses
 * of the peer CIDR, all the ports of the range and all the client ports of the options.
 */
export class ConnectivityMatchers {
  /**
   * Registers `toAllowFlow`, `toDenyFlow` and `toOpenExactlyPolicy` with Jest's global `expect`. Call
   * once, e.g. in a test file or a `setupFilesAfterEnv` module. The matchers take a
   * `SynthesizedArtifact`, a parsed template / Terraform JSON, or a path to one.
   * @throws Error when no global `expect` with `extend` exists (outside Jest)
   */
  public static register(): void {
    const expectGlobal = (globalThis as { expect?: { extend?: (matchers: Record<string, MatcherFunction>) => void } }).expect;
    if (!expectGlobal || typeof expectGlobal.extend !== 'function') {
      throw new Error('ConnectivityMatchers.register needs Jest: no global expect.extend was found');
    }
    const jestOutcome = (result: MatcherOutcome): JestResult => ({ pass: result.pass, message: () => result.message });
    expectGlobal.extend({
      toAllowFlow(received: unknown, flow: MatcherFlow, options?: FlowAnalysisOptions) {
        return jestOutcome(rangeOutcome(received, rangeOf(flow), options ?? {}, FlowVerdictKind.ALLOWED, this.isNot === true));
      },
      toDenyFlow(received: unknown, flow: MatcherFlow, options?: FlowAnalysisOptions) {
        return jestOutcome(rangeOutcome(received, rangeOf(flow), options ?? {}, FlowVerdictKind.DENIED, this.isNot === true));
      },
      toOpenExactlyPolicy(received: unknown, policy: ConnectivityPolicy, constructPath: string, options?: FlowAnalysisOptions) {
        return jestOutcome(exactOutcome(received, policy, constructPath, options ?? {}, this.isNot === true));
      },
    });
  }

  /**
   * The `toAllowFlow` check for one service port, for use without Jest's `expect`.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param flow the flow; its peer may be an address or a CIDR
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535, every layer
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static allowFlow(
    artifact: SynthesizedArtifact,
    flow: FlowQuery,
    options: FlowAnalysisOptions = {},
    negated: boolean = false,
  ): MatcherOutcome {
    return rangeOutcome(artifact, { direction: flow.direction, peer: flow.peer, fromPort: flow.port }, options, FlowVerdictKind.ALLOWED, negated);
  }

  /**
   * The `toDenyFlow` check for one service port, for use without Jest's `expect`.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param flow the flow; its peer may be an address or a CIDR
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535, every layer
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static denyFlow(
    artifact: SynthesizedArtifact,
    flow: FlowQuery,
    options: FlowAnalysisOptions = {},
    negated: boolean = false,
  ): MatcherOutcome {
    return rangeOutcome(artifact, { direction: flow.direction, peer: flow.peer, fromPort: flow.port }, options, FlowVerdictKind.DENIED, negated);
  }

  /**
   * Whether every flow of a range (every address of the peer CIDR, every service port, every client
   * port) passes every layer. The message lists the blocked parts.
   * @param artifact the synthesized output
   * @param query the range
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535, every layer
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static allowFlows(
    artifact: SynthesizedArtifact,
    query: FlowRangeQuery,
    options: FlowAnalysisOptions = {},
    negated: boolean = false,
  ): MatcherOutcome {
    return rangeOutcome(artifact, query, options, FlowVerdictKind.ALLOWED, negated);
  }

  /**
   * Whether every flow of a range is certainly blocked by some layer. The message lists the allowed
   * and undecided parts.
   * @param artifact the synthesized output
   * @param query the range
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535, every layer
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static denyFlows(
    artifact: SynthesizedArtifact,
    query: FlowRangeQuery,
    options: FlowAnalysisOptions = {},
    negated: boolean = false,
  ): MatcherOutcome {
    return rangeOutcome(artifact, query, options, FlowVerdictKind.DENIED, negated);
  }

  /**
   * Whether a construct's groups and ACLs open exactly a policy's flows: every flow of every rule
   * passes them (no less), and no rule of theirs lets anything else through (no more). What
   * stateless reply entries open by their nature is not counted as more.
   * @param artifact the synthesized output
   * @param policy the policy
   * @param constructPath the construct whose groups and ACLs are checked
   * @param options how flows are analysed; @default - agent anywhere, client ports 32768-65535
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static openExactly(
    artifact: SynthesizedArtifact,
    policy: ConnectivityPolicy,
    constructPath: string,
    options: FlowAnalysisOptions = {},
    negated: boolean = false,
  ): MatcherOutcome {
    return exactOutcome(artifact, policy, constructPath, options, negated);
  }

  private constructor() {}
}
