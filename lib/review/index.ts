/**
 * The infra review kit: reads synthesized CloudFormation templates and cdktf `cdk.tf.json` files
 * (not the library's internal model) to answer whether flows pass their security groups and network
 * ACLs, to assert it in Jest, and to write a review report for pull requests.
 */
export { ArtifactInput, ArtifactKind, SynthesizedArtifact, detectArtifactKind, loadArtifact } from './artifact';
export { LayerKind, FirewallLayer, FirewallRule, Packet, PacketDirection, TcpCoverage } from './firewall-model';
export { Resolved, PortRange } from './values';
export { MatchResult, RuleEvaluation, describeRule as describeFirewallRule } from './rule-matching';
export { Verdict, LegVerdict, LayerVerdict, LayerEvaluationSettings } from './layer-evaluation';
export {
  DEFAULT_CLIENT_PORT,
  FlowQuery,
  FlowAnalysisOptions,
  FlowVerdict,
  FlowAnalyzer,
  analyzeFlow,
  explainFlowVerdict,
  readFirewallLayers,
} from './flow-analysis';
export { FoundIntent, findIntentRecords } from './intent-records';
export { RequiredFlowCheck, checkRequiredFlows, sampleFlows } from './required-flows';
export { catalogHostsBehind } from './catalog-hosts';
export { connectivityDiagram } from './mermaid-diagram';
export {
  ReviewReport,
  ReviewOptions,
  ConstructReview,
  PolicyRuleRow,
  FoundRuleRow,
  RequiredFlowRow,
  reviewPolicy,
  reviewArtifact,
  reviewPassed,
} from './review-report';
export { renderReviewMarkdown } from './review-markdown';
export { DiscoveredStack, discoverStacks } from './stack-discovery';
export { MatcherOutcome, allowFlowOutcome, denyFlowOutcome, registerConnectivityMatchers } from './flow-matchers';
