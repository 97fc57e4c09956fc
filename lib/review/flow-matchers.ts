import './flow-matchers-types';
import { ArtifactInput } from './artifact';
import { explainFlowVerdict, FlowAnalysisOptions, FlowAnalyzer, FlowQuery, FlowVerdict } from './flow-analysis';
import { Verdict } from './layer-evaluation';

/** The result shape Jest expects from a custom matcher. */
export interface MatcherOutcome {
  /** Whether the matcher passed. */
  readonly pass: boolean;
  /** The message shown when the assertion fails. */
  readonly message: () => string;
}

const analyzers = new WeakMap<object, Map<string, FlowAnalyzer>>();

/** Analyses a flow, reusing the artifact's parsed layers across calls on the same object. */
function verdictOf(artifact: ArtifactInput, flow: FlowQuery, options: FlowAnalysisOptions): FlowVerdict {
  if (typeof artifact !== 'object' || artifact === null) return new FlowAnalyzer(artifact, options).check(flow);
  const byOptions = analyzers.get(artifact) ?? new Map<string, FlowAnalyzer>();
  analyzers.set(artifact, byOptions);
  const key = JSON.stringify(options);
  let analyzer = byOptions.get(key);
  if (!analyzer) {
    analyzer = new FlowAnalyzer(artifact, options);
    byOptions.set(key, analyzer);
  }
  return analyzer.check(flow);
}

function outcome(artifact: ArtifactInput, flow: FlowQuery, options: FlowAnalysisOptions, expected: Verdict, isNot: boolean): MatcherOutcome {
  const verdict = verdictOf(artifact, flow, options);
  const pass = verdict.verdict === expected;
  const wanted = expected === 'allowed' ? 'allowed' : 'denied';
  const message = (): string =>
    `expected the ${flow.direction} flow with ${flow.peer} on port ${flow.port} ${isNot ? 'not ' : ''}to be ${wanted}, ` +
    `but it is ${verdict.verdict}: ${verdict.reason}\n\nRules considered:\n${explainFlowVerdict(verdict)}`;
  return { pass, message };
}

/**
 * The `toAllowFlow` check as a plain function, for use without Jest's `expect`.
 * @param artifact a loaded artifact, a parsed template / Terraform JSON, or a path to one
 * @param flow the flow
 * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
 * @param isNot whether the assertion is negated (changes the message only); @default false
 */
export function allowFlowOutcome(artifact: ArtifactInput, flow: FlowQuery, options: FlowAnalysisOptions = {}, isNot: boolean = false): MatcherOutcome {
  return outcome(artifact, flow, options, 'allowed', isNot);
}

/**
 * The `toDenyFlow` check as a plain function, for use without Jest's `expect`.
 * @param artifact a loaded artifact, a parsed template / Terraform JSON, or a path to one
 * @param flow the flow
 * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
 * @param isNot whether the assertion is negated (changes the message only); @default false
 */
export function denyFlowOutcome(artifact: ArtifactInput, flow: FlowQuery, options: FlowAnalysisOptions = {}, isNot: boolean = false): MatcherOutcome {
  return outcome(artifact, flow, options, 'denied', isNot);
}

type MatcherFunction = (this: { isNot?: boolean }, received: ArtifactInput, flow: FlowQuery, options?: FlowAnalysisOptions) => MatcherOutcome;

/**
 * Registers `toAllowFlow` and `toDenyFlow` with Jest's global `expect`. Call once, e.g. in a test
 * file or a `setupFilesAfterEnv` module.
 * @throws Error when no global `expect` with `extend` exists (outside Jest)
 */
export function registerConnectivityMatchers(): void {
  const expectGlobal = (globalThis as { expect?: { extend?: (matchers: Record<string, MatcherFunction>) => void } }).expect;
  if (!expectGlobal || typeof expectGlobal.extend !== 'function') {
    throw new Error('registerConnectivityMatchers needs Jest: no global expect.extend was found');
  }
  expectGlobal.extend({
    toAllowFlow(received, flow, options) {
      return allowFlowOutcome(received, flow, options ?? {}, this.isNot === true);
    },
    toDenyFlow(received, flow, options) {
      return denyFlowOutcome(received, flow, options ?? {}, this.isNot === true);
    },
  });
}
