import { FlowDirection } from '../core/enums';
import { parseIpv4 } from '../core/ipv4';
import { ArtifactKind, SynthesizedArtifact } from './artifact';
import { readCloudFormationContainers } from './aws-reader';
import { PortRange } from '../core/port-range';
import { FirewallLayer, Packet } from './firewall-model';
import { readIbmClassicContainers } from './ibm-classic-reader';
import { readIbmVpcContainers } from './ibm-vpc-reader';
import { combineVerdicts, describeEvaluations, evaluateLayer, FlowVerdictKind, LayerEvaluationSettings, LayerVerdict } from './layer-evaluation';
import { assembleLayers, RuleContainer } from './rule-containers';
import { isTcpPort } from '../core/argument-checks';

/**
 * The client port assumed for a flow when none is given: 49152, the start of the dynamic port range
 * of Windows and of IANA (Linux defaults to 32768-60999, which also contains it). Stateless ACLs must
 * let the reply back to this port.
 */
const DEFAULT_CLIENT_PORT = 49152;

/** A TCP flow between the agent and a remote address. */
export interface FlowQuery {
  /** `EGRESS`: the agent connects to `peer:port`. `INGRESS`: `peer` connects to the agent's `port`. */
  readonly direction: FlowDirection;
  /** The remote IPv4 address. */
  readonly peer: string;
  /** The service port: on the peer for egress, on the agent for ingress. */
  readonly port: number;
}

/** A flow as it was analysed: the query, with the client port and agent address used. */
export interface AnalyzedFlow extends FlowQuery {
  /** The client's source port used. */
  readonly clientPort: number;
  /**
   * The agent's address used.
   * @default - none given: every rule's agent side was assumed to include the agent
   */
  readonly agentAddress?: string;
}

/** How flows are analysed. */
export interface ReviewOptions extends LayerEvaluationSettings {
  /**
   * The agent's IPv4 address, compared with the agent side of ACL rules and of IBM rules' `local`.
   * @default - unknown: every rule's agent side is assumed to include the agent
   */
  readonly agentAddress?: string;
  /**
   * The client's source port (the agent's for egress, the peer's for ingress); replies through
   * stateless ACLs go back to it. `FlowAnalyzer` checks one flow from this port; reviews and
   * matchers, which check every client port of `clientPorts`, check this one port only when it is
   * given and `clientPorts` is not.
   * @default 49152 (FlowAnalyzer.DEFAULT_CLIENT_PORT) for `FlowAnalyzer`
   */
  readonly clientPort?: number;
  /**
   * The client ports the review checks every required flow for; takes precedence over `clientPort`
   * in reviews (the point analysis of `FlowAnalyzer` uses `clientPort`).
   * @default - `clientPort` when given, else ExactFlowAnalysis.DEFAULT_CLIENT_PORTS (32768-65535)
   */
  readonly clientPorts?: PortRange;
}

/** How flows are analysed, and which groups and ACLs of the artifact. */
export interface FlowAnalysisOptions extends ReviewOptions {
  /**
   * Analyse only the groups and ACLs that belong to this construct (they, or rules in them, carry its
   * intent record or a reference to it).
   * @default - every group and ACL in the artifact
   */
  readonly constructPath?: string;
}

/** The answer for one flow: the verdict and, per layer, the rules that matched and were considered. */
export interface FlowVerdict {
  /** The flow asked about. */
  readonly flow: AnalyzedFlow;
  /** Allowed only if every layer allows it; unknown if a layer cannot tell and none denies. */
  readonly verdict: FlowVerdictKind;
  /** One entry per layer crossed. */
  readonly layers: LayerVerdict[];
  /** A one-line explanation. */
  readonly reason: string;
}

/** Every security group and network ACL of an artifact, whatever its platform. */
export function readRuleContainers(artifact: SynthesizedArtifact): RuleContainer[] {
  if (artifact.kind === ArtifactKind.CLOUDFORMATION) return readCloudFormationContainers(artifact);
  return [...readIbmVpcContainers(artifact), ...readIbmClassicContainers(artifact)];
}

function checkPort(name: string, value: number): void {
  if (!isTcpPort(value)) throw new Error(`${name} must be a TCP port 1-65535, got ${value}`);
}

/** Reads an artifact once and answers flow questions about it. */
export class FlowAnalyzer {
  /**
   * The client port assumed for a flow when none is given: 49152, the start of the dynamic port range
   * of Windows and of IANA (Linux defaults to 32768-60999, which also contains it). Stateless ACLs
   * must let the reply back to this port.
   */
  public static readonly DEFAULT_CLIENT_PORT: number = DEFAULT_CLIENT_PORT;

  /**
   * Whether a TCP flow is allowed by the security groups and network ACLs of a synthesized artifact.
   * Every layer present must allow it; stateless ACLs must also let its reply through.
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param flow the flow
   * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
   */
  public static analyze(artifact: SynthesizedArtifact, flow: FlowQuery, options?: FlowAnalysisOptions): FlowVerdict {
    return new FlowAnalyzer(artifact, options).check(flow);
  }

  /**
   * A multi-line explanation of a verdict: per layer and packet, every rule considered and how it compared.
   * @param verdict a verdict of `check` or `analyze`
   */
  public static explain(verdict: FlowVerdict): string {
    const f = verdict.flow;
    const lines = [
      `${f.direction} flow, peer ${f.peer}, port ${f.port} (client port ${f.clientPort}${f.agentAddress ? `, agent ${f.agentAddress}` : ''}): ${verdict.verdict}`,
    ];
    if (verdict.layers.length === 0) lines.push(`  ${verdict.reason}`);
    for (const layer of verdict.layers) {
      lines.push(`  ${layer.layer}: ${layer.verdict}`);
      for (const leg of layer.legs) {
        lines.push(`    ${leg.leg} ${leg.packet}: ${leg.verdict}, ${leg.reason}`);
        const considered = describeEvaluations(leg.considered);
        if (considered.length === 0) lines.push('      (no rules)');
        for (const line of considered) lines.push(`      - ${line}`);
      }
    }
    return lines.join('\n');
  }

  /** The layers a flow crosses: every security group layer and network ACL found (only the construct's, when one is given). */
  public readonly layers: FirewallLayer[];
  private readonly agent?: number;
  private readonly clientPort: number;

  /**
   * @param artifact the synthesized output (`SynthesizedArtifact.load` reads a path or a parsed document)
   * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
   */
  constructor(
    artifact: SynthesizedArtifact,
    private readonly options: FlowAnalysisOptions = {},
  ) {
    this.layers = assembleLayers(readRuleContainers(artifact), options.constructPath);
    this.clientPort = options.clientPort ?? DEFAULT_CLIENT_PORT;
    checkPort('clientPort', this.clientPort);
    if (options.agentAddress !== undefined) {
      const agent = parseIpv4(options.agentAddress);
      if (agent === undefined) throw new Error(`agentAddress must be an IPv4 address, got '${options.agentAddress}'`);
      this.agent = agent;
    }
  }

  /**
   * Whether a flow is allowed, and why.
   * @param flow the flow
   */
  public check(flow: FlowQuery): FlowVerdict {
    const remote = parseIpv4(flow.peer);
    if (remote === undefined) throw new Error(`peer must be an IPv4 address, got '${flow.peer}'`);
    checkPort('port', flow.port);
    if (flow.direction !== FlowDirection.INGRESS && flow.direction !== FlowDirection.EGRESS) {
      throw new Error(`direction must be ingress or egress, got '${String(flow.direction)}'`);
    }
    const egress = flow.direction === FlowDirection.EGRESS;
    const request: Packet = {
      direction: egress ? FlowDirection.EGRESS : FlowDirection.INGRESS,
      remote,
      agent: this.agent,
      sourcePort: this.clientPort,
      destinationPort: flow.port,
    };
    const reply: Packet = {
      direction: egress ? FlowDirection.INGRESS : FlowDirection.EGRESS,
      remote,
      agent: this.agent,
      sourcePort: flow.port,
      destinationPort: this.clientPort,
    };
    const layers = this.layers.map((layer) => evaluateLayer(layer, request, reply, this.options));
    const described = {
      direction: flow.direction,
      peer: flow.peer,
      port: flow.port,
      clientPort: this.clientPort,
      agentAddress: this.options.agentAddress,
    };
    if (layers.length === 0) {
      return { flow: described, verdict: FlowVerdictKind.UNKNOWN, layers, reason: 'no security group or network ACL found' };
    }
    const verdict = combineVerdicts(layers.map((l) => l.verdict));
    const relevant = verdict === FlowVerdictKind.ALLOWED ? layers : layers.filter((l) => l.verdict === verdict);
    const reason = relevant
      .map(
        (l) =>
          `${l.layer}: ${l.legs
            .filter((leg) => verdict === FlowVerdictKind.ALLOWED || leg.verdict === verdict)
            .map((leg) => `${leg.leg} ${leg.reason}`)
            .join('; ')}`,
      )
      .join(' | ');
    return { flow: described, verdict, layers, reason: `${verdict} (${reason})` };
  }
}
