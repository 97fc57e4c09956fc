import { FlowDirection } from '../core/enums';
import { isNetwork, lastAddress, parseCidr, parseIpv4 } from '../core/ipv4';
import { SynthesizedArtifact } from './artifact';
import { analyzeLayer, AnalysisSpace, LayerFlows, ruleLabel } from './exact-layers';
import { PortRange } from '../core/port-range';
import { readRuleContainers } from './flow-analysis';
import { FlowSet, SERVICE_PORTS } from './flow-set';
import { FlowLeg, FlowVerdictKind, LayerEvaluationSettings } from './layer-evaluation';
import { assembleLayers } from './rule-containers';

/** How the exact analysis reads an artifact. */
export interface ExactAnalysisOptions extends LayerEvaluationSettings {
  /**
   * The agent's IPv4 address, compared with the agent side of ACL rules and of IBM rules' `local`.
   * @default - unknown: every rule's agent side is assumed to include the agent
   */
  readonly agentAddress?: string;
  /**
   * The client ports a flow may use (the agent's for egress, the peer's for ingress); replies through
   * stateless ACLs go back to them, and every one of them is checked.
   * @default ExactFlowAnalysis.DEFAULT_CLIENT_PORTS (32768-65535)
   */
  readonly clientPorts?: PortRange;
  /**
   * Analyse only the groups and ACLs that belong to this construct (they, or rules in them, carry its
   * intent record or a reference to it).
   * @default - every group and ACL in the artifact
   */
  readonly constructPath?: string;
}

/** A range of TCP flows: a direction, a remote CIDR (or address) and a range of service ports. */
export interface FlowRangeQuery {
  /** `EGRESS`: the agent connects to the peer. `INGRESS`: the peer connects to the agent. */
  readonly direction: FlowDirection;
  /** The remote IPv4 CIDR or address. */
  readonly peer: string;
  /** First service port (on the peer for egress, on the agent for ingress). */
  readonly fromPort: number;
  /** Last service port. @default - `fromPort` */
  readonly toPort?: number;
}

/** A part of a range of flows that does not certainly pass, with the layer, packet and rule that stop it. */
export interface BlockedPart {
  /** Denied, or unknown (unresolved values, rules not visible). */
  readonly verdict: FlowVerdictKind;
  /** The layer's id. */
  readonly layer: string;
  /** The packet that is stopped: the request, or at a stateless layer the reply. */
  readonly leg: FlowLeg;
  /** The rule that decides (resource, rule number or ACL rule name), when one does. @default - none: the implicit deny or no visible rule */
  readonly rule?: string;
  /** Why, in one sentence. */
  readonly reason: string;
  /** The flows of the part. */
  readonly flows: FlowSet;
}

/** The exact answer for a set of flows. */
export interface RangeVerdict {
  /** Allowed when every flow passes every layer; denied when some flow is certainly blocked; otherwise unknown. */
  readonly verdict: FlowVerdictKind;
  /** The flows asked about. */
  readonly requested: FlowSet;
  /** The flows that certainly pass every layer. */
  readonly allowed: FlowSet;
  /** The flows some layer certainly blocks. */
  readonly denied: FlowSet;
  /** The flows that cannot be decided. */
  readonly unknown: FlowSet;
  /** The parts that do not certainly pass, each with the layer, packet and rule that stop it (parts may overlap when several rules stop the same flows). */
  readonly blocked: BlockedPart[];
  /** Rules that allow some of the flows, for messages. */
  readonly allowingRules: string[];
}

function checkPort(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a TCP port 0-65535, got ${value}`);
}

/**
 * The exact flows a synthesized artifact lets through: for every security group layer and network
 * ACL, the set of TCP flows it allows, denies and cannot decide, per direction, over every remote
 * IPv4 address, every service port and every client port of the analysis.
 */
export class ExactFlowAnalysis {
  /**
   * The client ports checked by default: the union of the Linux dynamic range (32768-60999) and the
   * Windows / IANA dynamic range (49152-65535).
   */
  public static readonly DEFAULT_CLIENT_PORTS: PortRange = { from: 32768, to: 65535 };

  /**
   * Reads an artifact and analyses every layer exactly.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param options how the artifact is read; @default - agent anywhere, client ports 32768-65535, every layer
   */
  public static of(artifact: SynthesizedArtifact, options: ExactAnalysisOptions = {}): ExactFlowAnalysis {
    return new ExactFlowAnalysis(artifact, options);
  }

  /**
   * Reads the flows of a range query as a flow set over the given client ports.
   * @param query the range
   * @param clientPorts the client ports; @default ExactFlowAnalysis.DEFAULT_CLIENT_PORTS
   */
  public static flowsOf(query: FlowRangeQuery, clientPorts: PortRange = ExactFlowAnalysis.DEFAULT_CLIENT_PORTS): FlowSet {
    if (query.direction !== FlowDirection.INGRESS && query.direction !== FlowDirection.EGRESS) {
      throw new Error(`direction must be ingress or egress, got '${String(query.direction)}'`);
    }
    const net = parseCidr(query.peer);
    if (!isNetwork(net)) throw new Error(`peer must be an IPv4 address or CIDR, got '${query.peer}'`);
    const toPort = query.toPort ?? query.fromPort;
    checkPort('fromPort', query.fromPort);
    checkPort('toPort', toPort);
    if (toPort < query.fromPort) throw new Error(`toPort ${toPort} is below fromPort ${query.fromPort}`);
    return FlowSet._ofBox(query.direction, net.network, lastAddress(net), { from: query.fromPort, to: toPort }, clientPorts);
  }

  /** Every layer's exact flows. */
  public readonly layers: LayerFlows[];
  /** The client ports analysed. */
  public readonly clientPorts: PortRange;
  private readonly space: AnalysisSpace;

  private constructor(artifact: SynthesizedArtifact, options: ExactAnalysisOptions) {
    const clientPorts = options.clientPorts ?? ExactFlowAnalysis.DEFAULT_CLIENT_PORTS;
    if (
      !Number.isInteger(clientPorts.from) ||
      !Number.isInteger(clientPorts.to) ||
      clientPorts.from < 1 ||
      clientPorts.to > 65535 ||
      clientPorts.from > clientPorts.to
    ) {
      throw new Error(`clientPorts must be a range within 1-65535, got ${clientPorts.from}-${clientPorts.to}`);
    }
    let agent: number | undefined;
    if (options.agentAddress !== undefined) {
      agent = parseIpv4(options.agentAddress);
      if (agent === undefined) throw new Error(`agentAddress must be an IPv4 address, got '${options.agentAddress}'`);
    }
    this.clientPorts = clientPorts;
    this.space = { clientPorts, agent, treatExternalAsComplete: options.treatExternalAsComplete === true };
    this.layers = assembleLayers(readRuleContainers(artifact), options.constructPath).map((layer) => analyzeLayer(layer, this.space));
  }

  /** Every flow of both directions over the analysed client ports. */
  public everything(): FlowSet {
    return FlowSet._ofBox(FlowDirection.INGRESS, 0, 0xffffffff, SERVICE_PORTS, this.clientPorts).union(
      FlowSet._ofBox(FlowDirection.EGRESS, 0, 0xffffffff, SERVICE_PORTS, this.clientPorts),
    );
  }

  /** The flows every layer certainly lets through (empty when there is no layer). */
  public allowed(): FlowSet {
    if (this.layers.length === 0) return FlowSet.empty();
    return this.layers.map((l) => l.allowed).reduce((a, b) => a.intersect(b));
  }

  /**
   * The exact answer for a range of flows, over every client port of the analysis.
   * @param query the range
   */
  public checkRange(query: FlowRangeQuery): RangeVerdict {
    return this.checkFlows(ExactFlowAnalysis.flowsOf(query, this.clientPorts));
  }

  /**
   * The exact answer for any set of flows.
   * @param requested the flows
   */
  public checkFlows(requested: FlowSet): RangeVerdict {
    if (this.layers.length === 0) {
      const blocked: BlockedPart[] = requested.isEmpty
        ? []
        : [
            {
              verdict: FlowVerdictKind.UNKNOWN,
              layer: '-',
              leg: FlowLeg.REQUEST,
              reason: 'no security group or network ACL found',
              flows: requested,
            },
          ];
      return {
        verdict: requested.isEmpty ? FlowVerdictKind.ALLOWED : FlowVerdictKind.UNKNOWN,
        requested,
        allowed: FlowSet.empty(),
        denied: FlowSet.empty(),
        unknown: requested,
        blocked,
        allowingRules: [],
      };
    }
    let allowed = requested;
    let denied = FlowSet.empty();
    for (const layer of this.layers) {
      allowed = allowed.intersect(layer.allowed);
      denied = denied.union(requested.intersect(layer.denied));
    }
    const unknown = requested.subtract(allowed).subtract(denied);
    const blocked: BlockedPart[] = [];
    const allowingRules = new Set<string>();
    for (const layer of this.layers) {
      for (const piece of layer.pieces) {
        if (piece.verdict === FlowVerdictKind.ALLOWED) {
          if (piece.rule && !piece.flows.intersect(requested).isEmpty) allowingRules.add(`${layer.layer.id}: ${ruleLabel(piece.rule)}`);
          continue;
        }
        const part = piece.flows.intersect(piece.verdict === FlowVerdictKind.DENIED ? requested : unknown);
        if (part.isEmpty) continue;
        blocked.push({
          verdict: piece.verdict,
          layer: layer.layer.id,
          leg: piece.leg,
          rule: piece.rule ? ruleLabel(piece.rule) : undefined,
          reason: piece.reason,
          flows: part,
        });
      }
    }
    const verdict = allowed.isEqualTo(requested) ? FlowVerdictKind.ALLOWED : denied.isEmpty ? FlowVerdictKind.UNKNOWN : FlowVerdictKind.DENIED;
    return { verdict, requested, allowed, denied, unknown, blocked, allowingRules: [...allowingRules] };
  }
}
