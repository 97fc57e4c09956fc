import { TrafficDirection } from '../core/enums';
import { parseIpv4 } from '../core/ipv4';
import { ArtifactInput, loadArtifact, SynthesizedArtifact } from './artifact';
import { readCloudFormationContainers } from './aws-reader';
import { FirewallLayer, Packet } from './firewall-model';
import { readIbmClassicContainers } from './ibm-classic-reader';
import { readIbmVpcContainers } from './ibm-vpc-reader';
import { combineVerdicts, describeEvaluations, evaluateLayer, LayerEvaluationSettings, LayerVerdict, Verdict } from './layer-evaluation';
import { assembleLayers, RuleContainer } from './rule-containers';

/**
 * The client port assumed for a flow when none is given: 49152, the start of the dynamic port range
 * of Windows and of IANA (Linux defaults to 32768-60999, which also contains it). Stateless ACLs must
 * let the reply back to this port.
 */
export const DEFAULT_CLIENT_PORT = 49152;

/** A TCP flow between the agent and a remote address. */
export interface FlowQuery {
  /** `egress`: the agent connects to `peer:port`. `ingress`: `peer` connects to the agent's `port`. */
  readonly direction: TrafficDirection | 'ingress' | 'egress';
  /** The remote IPv4 address. */
  readonly peer: string;
  /** The service port: on the peer for egress, on the agent for ingress. */
  readonly port: number;
}

/** How flows are analysed. */
export interface FlowAnalysisOptions extends LayerEvaluationSettings {
  /**
   * The agent's IPv4 address, compared with the agent side of ACL rules and of IBM rules' `local`.
   * @default - unknown: every rule's agent side is assumed to include the agent
   */
  readonly agentAddress?: string;
  /**
   * The client's source port (the agent's for egress, the peer's for ingress); replies through
   * stateless ACLs go back to it.
   * @default 49152 (DEFAULT_CLIENT_PORT)
   */
  readonly clientPort?: number;
  /**
   * Analyse only the groups and ACLs that belong to this construct (they, or rules in them, carry its
   * intent record).
   * @default - every group and ACL in the artifact
   */
  readonly constructPath?: string;
}

/** The answer for one flow: the verdict and, per layer, the rules that matched and were considered. */
export interface FlowVerdict {
  /** The flow asked about. */
  readonly flow: FlowQuery & { readonly clientPort: number; readonly agentAddress?: string };
  /** Allowed only if every layer allows it; unknown if a layer cannot tell and none denies. */
  readonly verdict: Verdict;
  /** One entry per layer crossed. */
  readonly layers: LayerVerdict[];
  /** A one-line explanation. */
  readonly reason: string;
}

/** Every security group and network ACL of an artifact, whatever its platform. */
export function readRuleContainers(artifact: SynthesizedArtifact): RuleContainer[] {
  if (artifact.kind === 'cloudformation') return readCloudFormationContainers(artifact);
  return [...readIbmVpcContainers(artifact), ...readIbmClassicContainers(artifact)];
}

/**
 * The layers a flow crosses in an artifact.
 * @param artifact the synthesized output
 * @param constructPath keep only this construct's groups and ACLs; @default - all
 */
export function readFirewallLayers(artifact: ArtifactInput, constructPath?: string): FirewallLayer[] {
  return assembleLayers(readRuleContainers(loadArtifact(artifact)), constructPath);
}

function checkPort(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`${name} must be a TCP port 1-65535, got ${value}`);
}

/** Reads an artifact once and answers flow questions about it. */
export class FlowAnalyzer {
  /** The layers found. */
  public readonly layers: FirewallLayer[];
  private readonly agent?: number;
  private readonly clientPort: number;

  /**
   * @param artifact a loaded artifact, a parsed template / Terraform JSON, or a path to one
   * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
   */
  constructor(artifact: ArtifactInput, private readonly options: FlowAnalysisOptions = {}) {
    this.layers = readFirewallLayers(artifact, options.constructPath);
    this.clientPort = options.clientPort ?? DEFAULT_CLIENT_PORT;
    checkPort('clientPort', this.clientPort);
    if (options.agentAddress !== undefined) {
      const agent = parseIpv4(options.agentAddress);
      if (agent === undefined) throw new Error(`agentAddress must be an IPv4 address, got '${options.agentAddress}'`);
      this.agent = agent;
    }
  }

  /** Whether a flow is allowed, and why. */
  public check(flow: FlowQuery): FlowVerdict {
    const remote = parseIpv4(flow.peer);
    if (remote === undefined) throw new Error(`peer must be an IPv4 address, got '${flow.peer}'`);
    checkPort('port', flow.port);
    if (flow.direction !== 'ingress' && flow.direction !== 'egress') throw new Error(`direction must be ingress or egress, got '${String(flow.direction)}'`);
    const egress = flow.direction === 'egress';
    const request: Packet = { direction: egress ? 'egress' : 'ingress', remote, agent: this.agent, sourcePort: this.clientPort, destinationPort: flow.port };
    const reply: Packet = { direction: egress ? 'ingress' : 'egress', remote, agent: this.agent, sourcePort: flow.port, destinationPort: this.clientPort };
    const layers = this.layers.map((layer) => evaluateLayer(layer, request, reply, this.options));
    const described = { direction: flow.direction, peer: flow.peer, port: flow.port, clientPort: this.clientPort, agentAddress: this.options.agentAddress };
    if (layers.length === 0) {
      return { flow: described, verdict: 'unknown', layers, reason: 'no security group or network ACL found' };
    }
    const verdict = combineVerdicts(layers.map((l) => l.verdict));
    const relevant = verdict === 'allowed' ? layers : layers.filter((l) => l.verdict === verdict);
    const reason = relevant
      .map((l) => `${l.layer}: ${l.legs.filter((leg) => verdict === 'allowed' || leg.verdict === verdict).map((leg) => `${leg.leg} ${leg.reason}`).join('; ')}`)
      .join(' | ');
    return { flow: described, verdict, layers, reason: `${verdict} (${reason})` };
  }
}

/**
 * Whether a TCP flow is allowed by the security groups and network ACLs of a synthesized artifact.
 * Every layer present must allow it; stateless ACLs must also let its reply through.
 * @param artifact a loaded artifact, a parsed template / Terraform JSON, or a path to one
 * @param flow the flow
 * @param options how flows are analysed; @default - agent anywhere, client port 49152, every layer
 */
export function analyzeFlow(artifact: ArtifactInput, flow: FlowQuery, options: FlowAnalysisOptions = {}): FlowVerdict {
  return new FlowAnalyzer(artifact, options).check(flow);
}

/** A multi-line explanation of a verdict: per layer and packet, every rule considered and how it compared. */
export function explainFlowVerdict(verdict: FlowVerdict): string {
  const f = verdict.flow;
  const lines = [`${f.direction} flow, peer ${f.peer}, port ${f.port} (client port ${f.clientPort}${f.agentAddress ? `, agent ${f.agentAddress}` : ''}): ${verdict.verdict}`];
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
