import { CatalogSource } from '../core/catalog';
import { ConnectivityIntent } from '../core/intent';
import { formatCidr } from '../core/ipv4';
import { ResolvedConnectivityOptions } from '../core/options';
import { ConnectivityPolicy } from '../core/policy';
import { formatPorts } from '../core/rule';
import { PolicyWarning } from '../core/warnings';
import { ArtifactKind, SynthesizedArtifact } from './artifact';
import { catalogHostsBehind, catalogHostsWithoutAddress } from './catalog-hosts';
import { FlowAnalyzer, ReviewOptions } from './flow-analysis';
import { FirewallRule, RuleAction, TcpCoverage } from './firewall-model';
import { findIntentRecords, findReferencesWithoutRecord } from './intent-records';
import { FlowVerdictKind } from './layer-evaluation';
import { connectivityDiagram } from './mermaid-diagram';
import { checkRequiredFlows } from './required-flows';
import { renderReviewMarkdown } from './review-markdown';
import { describeResolved, formatPortRange } from './values';

/** One rule of the policy, with the catalogued hosts behind it. */
export interface PolicyRuleRow {
  /** The rule's stable id. */
  readonly id: string;
  /** `ingress` or `egress`, seen from the agent. */
  readonly direction: string;
  /** The peer CIDR. */
  readonly peer: string;
  /** The TCP ports, e.g. `8086-8087`. */
  readonly ports: string;
  /** Why the rule exists. */
  readonly purposes: string[];
  /** FQDNs from the catalog whose address lies in the peer CIDR (and, for egress, whose ports intersect). */
  readonly catalogHosts: string[];
}

/** One firewall rule found in synthesized output. */
export interface FoundRuleRow {
  /** The layer, e.g. `aws-security-groups` or `ibm-vpc-network-acl:ibm_is_network_acl.agents`. */
  readonly layer: string;
  /** Logical id or Terraform address. */
  readonly resource: string;
  /** `ingress` or `egress`, seen from the agent. */
  readonly direction: string;
  /** `allow` or `deny`. */
  readonly action: string;
  /** The protocol as written. */
  readonly protocol: string;
  /** The remote side, or `unknown (...)`. */
  readonly peer: string;
  /** Destination ports, plus source ports where the rule names them. */
  readonly ports: string;
  /** The id of the policy rule with the same direction, peer and ports, if any. */
  readonly policyRule?: string;
}

/** Whether a required flow of the recorded intent passes the synthesized output. */
export interface RequiredFlowRow {
  /** The policy rule's id. */
  readonly ruleId: string;
  /** `ingress` or `egress`. */
  readonly direction: string;
  /** The peer CIDR. */
  readonly peer: string;
  /** The TCP ports. */
  readonly ports: string;
  /** Why the flow is needed. */
  readonly purposes: string[];
  /** Allowed, denied (blocked) or unknown. */
  readonly verdict: FlowVerdictKind;
  /** The rules that allow it, or why it is blocked or undecided. */
  readonly reason: string;
}

/** The documentation edition a policy's rules come from. */
export interface ReviewedCatalog {
  /** The edition, e.g. `2024-07-23`. */
  readonly edition: string;
  /** The document's title. */
  readonly title: string;
  /** The repository that holds the document. */
  readonly repository: string;
  /** The document's path in the repository. */
  readonly path: string;
  /** When the document was last updated. */
  readonly lastUpdated: string;
  /** The commit the document was read at. */
  readonly commit: string;
  /** Every page the edition was read from, the port page (the document above) first. */
  readonly sources: CatalogSource[];
  /** Hosts of the target that the edition names without an address, as `fqdn tcp/ports (role)`; no rule opens them. */
  readonly hostsWithoutAddress: string[];
}

/** The review of one construct's configuration. */
export interface ConstructReview {
  /** The construct path from the intent record (or the one given for a policy). */
  readonly constructPath: string;
  /** The platform from the intent record, when reviewing synthesized output. */
  readonly platform?: string;
  /** What the construct emitted, when reviewing synthesized output. */
  readonly emit?: string;
  /** The resolved options. */
  readonly options: ResolvedConnectivityOptions;
  /** The documentation edition the rules come from. */
  readonly catalog: ReviewedCatalog;
  /** The policy's rules. */
  readonly rules: PolicyRuleRow[];
  /** The policy's warnings. */
  readonly warnings: PolicyWarning[];
  /** A Mermaid flowchart of the agent and its peers. */
  readonly diagram: string;
  /** Resources that carry the intent record or a reference to it (synthesized output only). */
  readonly resources?: string[];
  /** Firewall rules found in the construct's groups and ACLs (synthesized output only). */
  readonly foundRules?: FoundRuleRow[];
  /** The required-flows check (synthesized output only). */
  readonly requiredFlows?: RequiredFlowRow[];
}

/** The data of a review of a policy or of one synthesized artifact, as written in JSON. */
export interface ReviewReport {
  /** What was reviewed: a stack name, a file, or `policy`. */
  readonly subject: string;
  /** The kind of artifact, when synthesized output was reviewed. */
  readonly artifactKind?: ArtifactKind;
  /** One review per construct (per intent record). */
  readonly constructs: ConstructReview[];
  /** Problems that make the review fail besides blocked flows, e.g. no intent record. */
  readonly problems: string[];
  /** Number of required flows that are blocked. */
  readonly blockedFlows: number;
  /** Number of required flows that cannot be decided because of unresolved values. */
  readonly unknownFlows: number;
}

function policyRows(policy: ConnectivityPolicy): PolicyRuleRow[] {
  return policy.rules.map((r) => ({
    id: r.id,
    direction: r.direction,
    peer: r.cidr,
    ports: formatPorts(r.fromPort, r.toPort),
    purposes: [...r.purposes],
    catalogHosts: catalogHostsBehind(r, policy.catalog),
  }));
}

function constructReview(policy: ConnectivityPolicy, constructPath: string): ConstructReview {
  const source = policy.catalog.source;
  return {
    constructPath,
    options: policy.options,
    catalog: {
      edition: policy.catalog.edition, title: source.title, repository: source.repository, path: source.path, lastUpdated: source.lastUpdated,
      commit: source.commit, sources: policy.catalog.sources, hostsWithoutAddress: catalogHostsWithoutAddress(policy.catalog, policy.options.target),
    },
    rules: policyRows(policy),
    warnings: policy.warnings,
    diagram: connectivityDiagram(policy),
  };
}

function foundRow(layer: string, rule: FirewallRule, policy: ConnectivityPolicy): FoundRuleRow {
  const tcp = rule.tcp !== TcpCoverage.NOT_TCP;
  const ports = tcp ? describeResolved(rule.destinationPorts, formatPortRange) : 'n/a (not TCP)';
  const sourcePorts = tcp && rule.sourcePorts ? ` (source ${describeResolved(rule.sourcePorts, formatPortRange)})` : '';
  const peer = rule.ipv6Only ? 'IPv6 only' : describeResolved(rule.remote, formatCidr);
  const match = policy.rules.find(
    (p) =>
      rule.action === RuleAction.ALLOW &&
      rule.tcp === TcpCoverage.TCP &&
      p.direction === rule.direction &&
      rule.remote.value !== undefined &&
      formatCidr(rule.remote.value) === p.cidr &&
      rule.destinationPorts.value !== undefined &&
      rule.destinationPorts.value.from === p.fromPort &&
      rule.destinationPorts.value.to === p.toPort,
  );
  return {
    layer,
    resource: rule.implicit ? `${rule.resource} (implicit)` : rule.resource,
    direction: rule.direction,
    action: rule.action,
    protocol: rule.protocolText,
    peer,
    ports: `${ports}${sourcePorts}`,
    policyRule: match?.id,
  };
}

/** Reviews synthesized output; see `ConnectivityReview.ofArtifact`. */
function artifactReport(loaded: SynthesizedArtifact, options: ReviewOptions): ReviewReport {
  const intents = findIntentRecords(loaded);
  const orphans = findReferencesWithoutRecord(loaded);
  const problems: string[] = orphans.map(
    ({ constructPath, resources }) =>
      `An intent reference to '${constructPath}' without its record: ${resources.join(', ')} in ${loaded.name} refer to a construct ` +
      'whose intent record is missing, so its required flows are not known.',
  );
  if (intents.length === 0 && orphans.length === 0) {
    problems.push(
      `No intent record (${ConnectivityIntent.METADATA_KEY}) was found in ${loaded.name}: it holds no backup agent connectivity construct, ` +
        'so its required flows are not known.',
    );
  }
  const constructs: ConstructReview[] = [];
  let blockedFlows = 0;
  let unknownFlows = 0;
  for (const { record, resources } of intents) {
    let policy: ConnectivityPolicy;
    try {
      policy = ConnectivityIntent.policyOf(record);
    } catch (error) {
      problems.push(`The intent record of ${record.constructPath} does not resolve: ${(error as Error).message}`);
      continue;
    }
    const analyzer = new FlowAnalyzer(loaded, { ...options, constructPath: record.constructPath });
    const checks = checkRequiredFlows(analyzer, policy.rules);
    blockedFlows += checks.filter((c) => c.verdict === FlowVerdictKind.DENIED).length;
    unknownFlows += checks.filter((c) => c.verdict === FlowVerdictKind.UNKNOWN).length;
    constructs.push({
      ...constructReview(policy, record.constructPath),
      platform: record.platform,
      emit: record.emit,
      resources,
      foundRules: analyzer.layers.flatMap((layer) => [...layer.rules, ...layer.unplacedRules].map((rule) => foundRow(layer.id, rule, policy))),
      requiredFlows: checks.map((c) => ({
        ruleId: c.rule.id,
        direction: c.rule.direction,
        peer: c.rule.cidr,
        ports: formatPorts(c.rule.fromPort, c.rule.toPort),
        purposes: [...c.rule.purposes],
        verdict: c.verdict,
        reason: c.reason,
      })),
    });
  }
  return { subject: loaded.name, artifactKind: loaded.kind, constructs, problems, blockedFlows, unknownFlows };
}

/**
 * A review of a policy or of synthesized output, for a pull request: the intended rules with the
 * catalogued hosts behind them, a diagram, the warnings and, for synthesized output, the rules found
 * and whether every required flow passes them.
 */
export class ConnectivityReview {
  /**
   * Reviews a policy: its rules with the catalogued hosts behind them, a diagram and its warnings.
   * @param policy the policy
   * @param constructPath how the report names it; @default 'policy'
   */
  public static ofPolicy(policy: ConnectivityPolicy, constructPath: string = 'policy'): ConnectivityReview {
    return new ConnectivityReview({ subject: constructPath, constructs: [constructReview(policy, constructPath)], problems: [], blockedFlows: 0, unknownFlows: 0 });
  }

  /**
   * Reviews synthesized output: for each intent record found, the recorded policy, the rules actually
   * found in that construct's groups and ACLs, and whether each required flow passes them.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param options how flows are analysed (each construct on its own groups and ACLs); @default - agent anywhere, client port 49152
   */
  public static ofArtifact(artifact: SynthesizedArtifact, options: ReviewOptions = {}): ConnectivityReview {
    return new ConnectivityReview(artifactReport(artifact, options));
  }

  /** What was reviewed: a stack name, a file, or `policy`. */
  public readonly subject: string;
  /** The kind of artifact, when synthesized output was reviewed. */
  public readonly artifactKind?: ArtifactKind;
  /** One review per construct (per intent record). */
  public readonly constructs: ConstructReview[];
  /** Problems that make the review fail besides blocked flows, e.g. no intent record. */
  public readonly problems: string[];
  /** Number of required flows that are blocked. */
  public readonly blockedFlows: number;
  /** Number of required flows that cannot be decided because of unresolved values. */
  public readonly unknownFlows: number;

  private constructor(report: ReviewReport) {
    this.subject = report.subject;
    this.artifactKind = report.artifactKind;
    this.constructs = report.constructs;
    this.problems = report.problems;
    this.blockedFlows = report.blockedFlows;
    this.unknownFlows = report.unknownFlows;
  }

  /** Whether the review passes: no problem and no blocked required flow. */
  public get passed(): boolean {
    return this.problems.length === 0 && this.blockedFlows === 0;
  }

  /**
   * The review as Markdown for a pull request. The output depends only on the review: no dates,
   * paths of the machine or ordering that varies between runs.
   */
  public toMarkdown(): string {
    return renderReviewMarkdown(this);
  }

  /** The review's data, as `JSON.stringify` writes it. */
  public toJSON(): ReviewReport {
    return {
      subject: this.subject,
      artifactKind: this.artifactKind,
      constructs: this.constructs,
      problems: this.problems,
      blockedFlows: this.blockedFlows,
      unknownFlows: this.unknownFlows,
    };
  }
}
