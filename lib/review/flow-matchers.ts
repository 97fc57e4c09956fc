import './flow-matchers-types';
import { MatcherFlow } from './flow-matchers-types';
import { TrafficDirection } from '../core/enums';
import { SynthesizedArtifact } from './artifact';
import { FlowAnalysisOptions, FlowAnalyzer, FlowQuery, FlowVerdict } from './flow-analysis';
import { FlowVerdictKind } from './layer-evaluation';

/** The result of a flow assertion, in the shape Jest expects from a custom matcher. */
export class MatcherOutcome {
  /** Whether the assertion passed: the flow's verdict is the expected one. */
  public readonly pass: boolean;

  /**
   * @param verdict the flow's verdict
   * @param expected the verdict the assertion expects: allowed or denied
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  constructor(
    private readonly verdict: FlowVerdict,
    private readonly expected: FlowVerdictKind,
    private readonly negated: boolean = false,
  ) {
    this.pass = verdict.verdict === expected;
  }

  /** The message shown when the assertion fails: the verdict, its reason and every rule considered. Written when read. */
  public get message(): string {
    const { flow } = this.verdict;
    const wanted = this.expected === FlowVerdictKind.ALLOWED ? 'allowed' : 'denied';
    return (
      `expected the ${flow.direction} flow with ${flow.peer} on port ${flow.port} ${this.negated ? 'not ' : ''}to be ${wanted}, ` +
      `but it is ${this.verdict.verdict}: ${this.verdict.reason}\n\nRules considered:\n${FlowAnalyzer.explain(this.verdict)}`
    );
  }
}

const analyzers = new WeakMap<object, Map<string, FlowAnalyzer>>();

/** Analyses a flow, reusing the parsed layers of an artifact (or of a parsed document) across calls on the same object. */
function verdictOf(received: unknown, flow: FlowQuery, options: FlowAnalysisOptions): FlowVerdict {
  if (typeof received !== 'object' || received === null) return new FlowAnalyzer(SynthesizedArtifact.load(received), options).check(flow);
  const byOptions = analyzers.get(received) ?? new Map<string, FlowAnalyzer>();
  analyzers.set(received, byOptions);
  const key = JSON.stringify(options);
  let analyzer = byOptions.get(key);
  if (!analyzer) {
    analyzer = new FlowAnalyzer(SynthesizedArtifact.load(received), options);
    byOptions.set(key, analyzer);
  }
  return analyzer.check(flow);
}

/** A matcher's flow as a query: the direction's text is the enum's value. */
function queryOf(flow: MatcherFlow): FlowQuery {
  return { direction: flow.direction as TrafficDirection, peer: flow.peer, port: flow.port };
}

function outcome(received: unknown, flow: FlowQuery, options: FlowAnalysisOptions, expected: FlowVerdictKind, negated: boolean): MatcherOutcome {
  return new MatcherOutcome(verdictOf(received, flow, options), expected, negated);
}

type MatcherFunction = (this: { isNot?: boolean }, received: unknown, flow: MatcherFlow, options?: FlowAnalysisOptions) => { pass: boolean; message: () => string };

/** Flow assertions on synthesized output: Jest's `toAllowFlow` and `toDenyFlow`, and the same checks without Jest. */
export class ConnectivityMatchers {
  /**
   * Registers `toAllowFlow` and `toDenyFlow` with Jest's global `expect`. Call once, e.g. in a test
   * file or a `setupFilesAfterEnv` module. The matchers take a `SynthesizedArtifact`, a parsed
   * template / Terraform JSON, or a path to one.
   * @throws Error when no global `expect` with `extend` exists (outside Jest)
   */
  public static register(): void {
    const expectGlobal = (globalThis as { expect?: { extend?: (matchers: Record<string, MatcherFunction>) => void } }).expect;
    if (!expectGlobal || typeof expectGlobal.extend !== 'function') {
      throw new Error('ConnectivityMatchers.register needs Jest: no global expect.extend was found');
    }
    const jestOutcome = (result: MatcherOutcome): { pass: boolean; message: () => string } => ({ pass: result.pass, message: () => result.message });
    expectGlobal.extend({
      toAllowFlow(received, flow, options) {
        return jestOutcome(outcome(received, queryOf(flow), options ?? {}, FlowVerdictKind.ALLOWED, this.isNot === true));
      },
      toDenyFlow(received, flow, options) {
        return jestOutcome(outcome(received, queryOf(flow), options ?? {}, FlowVerdictKind.DENIED, this.isNot === true));
      },
    });
  }

  /**
   * The `toAllowFlow` check, for use without Jest's `expect`.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param flow the flow
   * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static allowFlow(artifact: SynthesizedArtifact, flow: FlowQuery, options: FlowAnalysisOptions = {}, negated: boolean = false): MatcherOutcome {
    return outcome(artifact, flow, options, FlowVerdictKind.ALLOWED, negated);
  }

  /**
   * The `toDenyFlow` check, for use without Jest's `expect`.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param flow the flow
   * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
   * @param negated whether the assertion is negated (changes the message only); @default false
   */
  public static denyFlow(artifact: SynthesizedArtifact, flow: FlowQuery, options: FlowAnalysisOptions = {}, negated: boolean = false): MatcherOutcome {
    return outcome(artifact, flow, options, FlowVerdictKind.DENIED, negated);
  }

  private constructor() {}
}
