import { ConnectivityIntent, ConnectivityIntentRecord } from '../core/intent';
import { ConnectivityPolicy } from '../core/policy';
import { ArtifactKind, SynthesizedArtifact } from './artifact';
import { Opening, openingFails, OpeningKind, openingsBeyondIntent } from './beyond-intent';
import { ExactFlowAnalysis } from './exact-analysis';
import { ReviewOptions } from './flow-analysis';
import { FlowSet } from './flow-set';
import { FlowVerdictKind } from './layer-evaluation';
import { findIntentRecords, findReferencesWithoutRecord } from './intent-records';
import { checkRequiredFlows, intendedFlows, RequiredFlowCheck } from './required-flows';
import { clientPortsOf } from './review-report';

/** What some layers let the agent do, exactly: flows every layer allows, and flows no layer denies but some cannot decide. */
export interface Reachability {
  /** Flows every layer certainly lets through. */
  readonly allowed: FlowSet;
  /** Flows no layer certainly blocks and some layer cannot decide (or every flow, without a layer). */
  readonly undecided: FlowSet;
  /** How many layers were analysed. */
  readonly layerCount: number;
}

/** The exact connectivity of one construct of an artifact. */
export interface ConstructState {
  /** The construct's path. */
  readonly constructPath: string;
  /** Its intent record. */
  readonly record: ConnectivityIntentRecord;
  /** The recorded policy. */
  readonly policy: ConnectivityPolicy;
  /** What its groups and ACLs let through. */
  readonly reach: Reachability;
  /** The flows its policy requires. */
  readonly intended: FlowSet;
  /** The required flows some layer certainly blocks. */
  readonly requiredDenied: FlowSet;
  /** Each required flow's exact check. */
  readonly checks: RequiredFlowCheck[];
  /** What its groups and ACLs let through beyond the intent. */
  readonly openings: Opening[];
}

/** The exact connectivity of one artifact (a stack): every layer together, and each construct. */
export interface ArtifactState {
  /** The artifact's name. */
  readonly name: string;
  /** Its kind. */
  readonly kind: ArtifactKind;
  /** What all its layers together let through. */
  readonly reach: Reachability;
  /** Each construct with an intent record that resolves, in artifact order. */
  readonly constructs: ConstructState[];
  /** Why part of the artifact could not be analysed (a reference without its record, a record that does not resolve). */
  readonly problems: string[];
}

/** The allowed and undecided flows of an analysis: the intersection of what every layer allows, and what no layer denies beyond it. */
export function reachabilityOf(analysis: ExactFlowAnalysis): Reachability {
  if (analysis.layers.length === 0) return { allowed: FlowSet.empty(), undecided: analysis.everything(), layerCount: 0 };
  const allowed = analysis.allowed();
  const denied = analysis.layers.map((l) => l.denied).reduce((a, b) => a.union(b));
  return { allowed, undecided: analysis.everything().subtract(allowed).subtract(denied), layerCount: analysis.layers.length };
}

/** Whether two reachabilities hold the same flows. */
export function sameReach(a: Reachability, b: Reachability): boolean {
  return a.allowed.isEqualTo(b.allowed) && a.undecided.isEqualTo(b.undecided);
}

/** The flows of a construct's openings beyond its intent of one kind and verdict. */
export function openingFlows(state: ConstructState | undefined, kind: OpeningKind, verdict: FlowVerdictKind): FlowSet {
  if (!state) return FlowSet.empty();
  return state.openings.filter((o) => o.kind === kind && o.verdict === verdict).reduce((set, o) => set.union(o.flows), FlowSet.empty());
}

/** The flows of a construct's openings that fail the review as public exposures. */
export function exposedFlows(state: ConstructState | undefined): FlowSet {
  if (!state) return FlowSet.empty();
  return state.openings
    .filter((o) => openingFails(o, state.policy.options.allowPublicSources).publicExposure)
    .reduce((set, o) => set.union(o.publicFlows), FlowSet.empty());
}

/**
 * Analyses an artifact exactly, as a whole and construct by construct, the way a review does.
 * @param artifact the synthesized output
 * @param options how flows are analysed
 */
export function artifactState(artifact: SynthesizedArtifact, options: ReviewOptions): ArtifactState {
  const clientPorts = clientPortsOf(options);
  const exact = { agentAddress: options.agentAddress, clientPorts, treatExternalAsComplete: options.treatExternalAsComplete };
  const problems = findReferencesWithoutRecord(artifact).map(
    ({ constructPath, resources }) =>
      `an intent reference to '${constructPath}' without its record (${resources.join(', ')}): its required flows are not known`,
  );
  const constructs: ConstructState[] = [];
  for (const { record } of findIntentRecords(artifact)) {
    let policy: ConnectivityPolicy;
    try {
      policy = ConnectivityIntent.policyOf(record);
    } catch (error) {
      problems.push(`the intent record of ${record.constructPath} does not resolve: ${(error as Error).message}`);
      continue;
    }
    const analysis = ExactFlowAnalysis.of(artifact, { ...exact, constructPath: record.constructPath });
    const checks = checkRequiredFlows(analysis, policy);
    constructs.push({
      constructPath: record.constructPath,
      record,
      policy,
      reach: reachabilityOf(analysis),
      intended: intendedFlows(policy, clientPorts),
      requiredDenied: checks.reduce((set, c) => set.union(c.result.denied), FlowSet.empty()),
      checks,
      openings: openingsBeyondIntent(analysis, policy, record.constructPath),
    });
  }
  return { name: artifact.name, kind: artifact.kind, reach: reachabilityOf(ExactFlowAnalysis.of(artifact, exact)), constructs, problems };
}
