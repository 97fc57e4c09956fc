/**
 * The infra review kit: reads synthesized CloudFormation templates and cdktf `cdk.tf.json` files
 * (not the library's internal model) to answer whether flows pass their security groups and network
 * ACLs, to assert it in Jest, and to write a review report for pull requests.
 */
export { ArtifactKind, SynthesizedArtifact } from './artifact';
export { PortRange } from '../core/port-range';
export {
  LayerKind,
  TcpCoverage,
  RuleAction,
  ResolvedNetwork,
  ResolvedPortRange,
  ResolvedNumber,
  FirewallRule,
  FirewallLayer,
} from './firewall-model';
export { MatchResult, RuleEvaluation } from './rule-matching';
export { FlowVerdictKind, FlowLeg, LegVerdict, LayerVerdict, LayerEvaluationSettings } from './layer-evaluation';
export { FlowQuery, AnalyzedFlow, ReviewOptions, FlowAnalysisOptions, FlowVerdict, FlowAnalyzer } from './flow-analysis';
export { FlowSet, FlowBlock } from './flow-set';
export { LayerFlows, LayerPiece } from './exact-layers';
export { ExactFlowAnalysis, ExactAnalysisOptions, FlowRangeQuery, BlockedPart, RangeVerdict } from './exact-analysis';
export {
  ConnectivityReview,
  ReviewReport,
  ReviewedCatalog,
  ConstructReview,
  PolicyRuleRow,
  FoundRuleRow,
  RequiredFlowRow,
  OpeningRow,
  OpeningDescription,
} from './review-report';
export { ConnectivityMatchers, MatcherOutcome } from './flow-matchers';
export { OpeningKind, Opening } from './beyond-intent';
export { BlockedFlowRow } from './required-flows';
export { FlowRangeRow } from './flow-rows';
export { ConnectivityDiff, ConnectivityDiffReport, DiffMatch, StackDiff, ConstructDiff } from './connectivity-diff';
export { FlowChangeRow, RequiredFlowChangeRow, OpeningChangeRow } from './diff-rows';
export { ConnectivitySnapshot } from './connectivity-snapshot';
