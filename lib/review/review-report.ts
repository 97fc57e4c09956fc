import { CatalogSource } from '../core/catalog';
import { ConnectivityIntent } from '../core/intent';
import { formatCidr } from '../core/ipv4';
import { ResolvedConnectivityOptions } from '../core/options';
import { ConnectivityPolicy } from '../core/policy';
import { formatPorts } from '../core/rule';
import { PolicyWarning } from '../core/warnings';
import { ArtifactKind, SynthesizedArtifact } from './artifact';
import { catalogHostsBehind, catalogHostsWithoutAddress } from './catalog-hosts';
import { ReviewOptions } from './flow-analysis';
import { FirewallRule, RuleAction, TcpCoverage } from './firewall-model';
import { findIntentRecords, findReferencesWithoutRecord } from './intent-records';
import { FlowVerdictKind } from './layer-evaluation';
import { connectivityDiagram } from './mermaid-diagram';
import { Opening, openingFails, openingIdentity, OpeningKind, openingsBeyondIntent } from './beyond-intent';
import { ExactFlowAnalysis } from './exact-analysis';
import { PortRange, samePortRange } from '../core/port-range';
import { flowRows } from './flow-rows';
import { BlockedFlowRow, checkRequiredFlows } from './required-flows';
import { renderReviewMarkdown } from './review-markdown';
import { failureCounts, isSharedOpening, isUndecidedOpening } from './review-verdict';
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
  /** The rules that allow it, or a summary of what blocks it or leaves it undecided. */
  readonly reason: string;
  /** The parts that do not certainly pass, with the layer, packet and rule that stop each (empty when allowed). */
  readonly blocked: BlockedFlowRow[];
}

/** What a row of openings beyond the intent says about one direction and port box, in a review or a diff. */
export interface OpeningDescription {
  /** Construct rule (tampering), shared rule, or stateless reply. */
  readonly kind: OpeningKind;
  /** Allowed, or unknown when only unresolved rules may open it. */
  readonly verdict: FlowVerdictKind;
  /** The layer. */
  readonly layer: string;
  /** The rule responsible (resource, rule number or ACL rule name), on the side where the opening exists. */
  readonly rule: string;
  /** `ingress` or `egress`, seen from the agent. */
  readonly direction: string;
  /** The remote addresses, as the smallest sorted list of CIDR blocks. */
  readonly cidrs: string[];
  /** The service ports. */
  readonly servicePorts: string;
  /** The client ports. */
  readonly clientPorts: string;
  /** The remote addresses outside the private ranges (RFC 1918, RFC 6598), as CIDR blocks. */
  readonly publicCidrs: string[];
}

/** Flows a construct's groups or ACLs let through beyond its intent, for one direction and port box. */
export interface OpeningRow extends OpeningDescription {
  /** Whether this opening fails the review as a change of the construct's own output. */
  readonly tampering: boolean;
  /** Whether this opening fails the review as an exposure to public addresses on the construct's security groups. */
  readonly publicExposure: boolean;
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
  /** The client ports every required flow was checked for (synthesized output only), e.g. `32768-65535`. */
  readonly clientPorts?: string;
  /** The required-flows check (synthesized output only). */
  readonly requiredFlows?: RequiredFlowRow[];
  /** What the construct's groups and ACLs let through beyond its intent (synthesized output only). */
  readonly beyondIntent?: OpeningRow[];
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
  /** Number of openings beyond the intent by rules of the constructs' own resources (fails the review). */
  readonly tamperedOpenings: number;
  /** Number of openings from or to public addresses on the constructs' security groups, without `allowPublicSources` (fails the review). */
  readonly publicExposures: number;
  /** Number of openings beyond the intent by other rules of shared groups and ACLs (fails only a strict review). */
  readonly sharedOpenings: number;
  /** Number of openings beyond the intent that unresolved rules may make (fails only a strict review). */
  readonly unknownOpenings: number;
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
      edition: policy.catalog.edition,
      title: source.title,
      repository: source.repository,
      path: source.path,
      lastUpdated: source.lastUpdated,
      commit: source.commit,
      sources: policy.catalog.sources,
      hostsWithoutAddress: catalogHostsWithoutAddress(policy.catalog, policy.options.target),
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
      samePortRange(rule.destinationPorts.value, { from: p.fromPort, to: p.toPort }),
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

function openingRows(opening: Opening, allowPublicSources: boolean): OpeningRow[] {
  const fails = openingFails(opening, allowPublicSources);
  const publicRows = flowRows(opening.publicFlows);
  return flowRows(opening.flows).map((row) => {
    const publicRow = publicRows.find(
      (p) => p.direction === row.direction && p.servicePorts === row.servicePorts && p.clientPorts === row.clientPorts,
    );
    const publicCidrs = publicRow?.cidrs ?? [];
    return {
      ...openingIdentity(opening),
      direction: row.direction,
      cidrs: row.cidrs,
      servicePorts: row.servicePorts,
      clientPorts: row.clientPorts,
      publicCidrs,
      tampering: fails.tampering,
      publicExposure: fails.publicExposure && publicCidrs.length > 0,
    };
  });
}

/** The client ports of review options: `clientPorts`, else the one `clientPort`, else the default range. */
export function clientPortsOf(options: ReviewOptions): PortRange {
  if (options.clientPorts) return options.clientPorts;
  if (options.clientPort !== undefined) return { from: options.clientPort, to: options.clientPort };
  return ExactFlowAnalysis.DEFAULT_CLIENT_PORTS;
}

/** Reviews synthesized output; see `ConnectivityReview.ofArtifact`. */
function artifactReport(loaded: SynthesizedArtifact, options: ReviewOptions): ReviewReport {
  const intents = findIntentRecords(loaded);
  const orphans = findReferencesWithoutRecord(loaded);
  const problems: string[] = orphans.map(
    ({ constructPath, resources }) =>
      `An intent reference to '${constructPath}' without its record: ${resources.join(', ')} in ${loaded.name} ${resources.length === 1 ? 'refers' : 'refer'} to a construct ` +
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
  let tamperedOpenings = 0;
  let publicExposures = 0;
  let sharedOpenings = 0;
  let unknownOpenings = 0;
  const clientPorts = clientPortsOf(options);
  for (const { record, resources } of intents) {
    let policy: ConnectivityPolicy;
    try {
      policy = ConnectivityIntent.policyOf(record);
    } catch (error) {
      problems.push(`The intent record of ${record.constructPath} does not resolve: ${(error as Error).message}`);
      continue;
    }
    const analysis = ExactFlowAnalysis.of(loaded, {
      agentAddress: options.agentAddress,
      clientPorts,
      treatExternalAsComplete: options.treatExternalAsComplete,
      constructPath: record.constructPath,
    });
    const checks = checkRequiredFlows(analysis, policy);
    blockedFlows += checks.filter((c) => c.verdict === FlowVerdictKind.DENIED).length;
    unknownFlows += checks.filter((c) => c.verdict === FlowVerdictKind.UNKNOWN).length;
    const beyondIntent = openingsBeyondIntent(analysis, policy, record.constructPath).flatMap((o) =>
      openingRows(o, policy.options.allowPublicSources),
    );
    tamperedOpenings += beyondIntent.filter((o) => o.tampering).length;
    publicExposures += beyondIntent.filter((o) => o.publicExposure).length;
    sharedOpenings += beyondIntent.filter(isSharedOpening).length;
    unknownOpenings += beyondIntent.filter(isUndecidedOpening).length;
    constructs.push({
      ...constructReview(policy, record.constructPath),
      platform: record.platform,
      emit: record.emit,
      resources,
      foundRules: analysis.layers.flatMap(({ layer }) => [...layer.rules, ...layer.unplacedRules].map((rule) => foundRow(layer.id, rule, policy))),
      clientPorts: formatPortRange(clientPorts),
      requiredFlows: checks.map((c) => ({
        ruleId: c.rule.id,
        direction: c.rule.direction,
        peer: c.rule.cidr,
        ports: formatPorts(c.rule.fromPort, c.rule.toPort),
        purposes: [...c.rule.purposes],
        verdict: c.verdict,
        reason: c.reason,
        blocked: c.blocked,
      })),
      beyondIntent,
    });
  }
  return {
    subject: loaded.name,
    artifactKind: loaded.kind,
    constructs,
    problems,
    blockedFlows,
    unknownFlows,
    tamperedOpenings,
    publicExposures,
    sharedOpenings,
    unknownOpenings,
  };
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
    return new ConnectivityReview({
      subject: constructPath,
      constructs: [constructReview(policy, constructPath)],
      problems: [],
      blockedFlows: 0,
      unknownFlows: 0,
      tamperedOpenings: 0,
      publicExposures: 0,
      sharedOpenings: 0,
      unknownOpenings: 0,
    });
  }

  /**
   * Reviews synthesized output: for each intent record found, the recorded policy, the rules actually
   * found in that construct's groups and ACLs, and whether each required flow passes them.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param options how flows are analysed (each construct on its own groups and ACLs); @default - agent anywhere, client ports 32768-65535
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
  /** Number of openings beyond the intent by rules of the constructs' own resources (fails the review). */
  public readonly tamperedOpenings: number;
  /** Number of openings from or to public addresses on the constructs' security groups, without `allowPublicSources` (fails the review). */
  public readonly publicExposures: number;
  /** Number of openings beyond the intent by other rules of shared groups and ACLs (fails only a strict review). */
  public readonly sharedOpenings: number;
  /** Number of openings beyond the intent that unresolved rules may make (fails only a strict review). */
  public readonly unknownOpenings: number;

  private constructor(report: ReviewReport) {
    this.subject = report.subject;
    this.artifactKind = report.artifactKind;
    this.constructs = report.constructs;
    this.problems = report.problems;
    this.blockedFlows = report.blockedFlows;
    this.unknownFlows = report.unknownFlows;
    this.tamperedOpenings = report.tamperedOpenings;
    this.publicExposures = report.publicExposures;
    this.sharedOpenings = report.sharedOpenings;
    this.unknownOpenings = report.unknownOpenings;
  }

  /**
   * Whether the review passes: no problem, every required flow fully allowed, no opening beyond the
   * intent by the constructs' own rules and no public exposure on their security groups.
   */
  public get passed(): boolean {
    return this.failureReasons().length === 0;
  }

  /**
   * Why the review fails, one short line per reason, most serious first; empty when it passes.
   * @param strict also fail on undecided required flows, shared rules beyond the intent and undecided openings; @default false
   */
  public failureReasons(strict: boolean = false): string[] {
    return [...this.problems.map((p) => `problem: ${p}`), ...failureCounts(this, strict).map(({ count, what }) => `${count} ${what}`)];
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
      tamperedOpenings: this.tamperedOpenings,
      publicExposures: this.publicExposures,
      sharedOpenings: this.sharedOpenings,
      unknownOpenings: this.unknownOpenings,
    };
  }
}
