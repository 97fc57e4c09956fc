import { FlowDirection } from '../core/enums';
import { Ipv4Network } from '../core/ipv4';
import { PortRange } from '../core/port-range';

/** Which platform layer a set of rules belongs to. */
export enum LayerKind {
  /** AWS EC2 security groups (stateful, allow-only). */
  AWS_SECURITY_GROUPS = 'aws-security-groups',
  /** One AWS network ACL (stateless, ordered by rule number). */
  AWS_NETWORK_ACL = 'aws-network-acl',
  /** IBM Cloud VPC security groups (stateful, allow-only). */
  IBM_VPC_SECURITY_GROUPS = 'ibm-vpc-security-groups',
  /** One IBM Cloud VPC network ACL (stateless, ordered). */
  IBM_VPC_NETWORK_ACL = 'ibm-vpc-network-acl',
  /** IBM Cloud classic security groups (stateful, allow-only). */
  IBM_CLASSIC_SECURITY_GROUPS = 'ibm-classic-security-groups',
}

/** Whether a rule covers TCP: yes, no, or unknown. */
export enum TcpCoverage {
  /** The rule covers TCP (its protocol is TCP or all protocols). */
  TCP = 'tcp',
  /** The rule covers other protocols only. */
  NOT_TCP = 'not-tcp',
  /** The protocol is unresolved. */
  UNKNOWN = 'unknown',
}

/** What a rule does with the packets it matches. */
export enum RuleAction {
  /** Lets them through. */
  ALLOW = 'allow',
  /** Drops them. */
  DENY = 'deny',
}

/** An IPv4 network read from synthesized output, or the text that stood where none could be read. */
export interface ResolvedNetwork {
  /** Whether the network could be read. */
  readonly known: boolean;
  /** The network, when known. @default - none: the value is unresolved */
  readonly value?: Ipv4Network;
  /** What stood in the output, when unresolved. @default - none: the value is known */
  readonly text?: string;
}

/** A port range read from synthesized output, or the text that stood where none could be read. */
export interface ResolvedPortRange {
  /** Whether the range could be read. */
  readonly known: boolean;
  /** The range, when known. @default - none: the value is unresolved */
  readonly value?: PortRange;
  /** What stood in the output, when unresolved. @default - none: the value is known */
  readonly text?: string;
}

/** An integer read from synthesized output, or the text that stood where none could be read. */
export interface ResolvedNumber {
  /** Whether the number could be read. */
  readonly known: boolean;
  /** The number, when known. @default - none: the value is unresolved */
  readonly value?: number;
  /** What stood in the output, when unresolved. @default - none: the value is known */
  readonly text?: string;
}

/** One firewall rule as found in synthesized output, normalised to the agent's point of view. */
export interface FirewallRule {
  /** Where the rule is: a logical id or Terraform address, with an index for inline rules. */
  readonly resource: string;
  /** The group or ACL the rule belongs to (logical id, Terraform address, or external id). */
  readonly container: string;
  /** Direction seen from the agent. */
  readonly direction: FlowDirection;
  /** Allow or deny. Security group rules always allow. */
  readonly action: RuleAction;
  /** Whether the rule covers TCP. */
  readonly tcp: TcpCoverage;
  /** The protocol as written, for messages. */
  readonly protocolText: string;
  /** The remote side: source of inbound packets, destination of outbound packets. */
  readonly remote: ResolvedNetwork;
  /** The rule names only an IPv6 peer, so it never matches the IPv4 flows analysed here. */
  readonly ipv6Only?: boolean;
  /** The agent side, when the rule names one (ACL rules, `local` of IBM rules). */
  readonly agentSide?: ResolvedNetwork;
  /** Destination ports of the packets the rule matches. */
  readonly destinationPorts: ResolvedPortRange;
  /** Source ports of the packets the rule matches, when the platform honours them. */
  readonly sourcePorts?: ResolvedPortRange;
  /** Position in an ordered ACL (AWS rule number, IBM list position); undefined for security groups. */
  readonly order?: ResolvedNumber;
  /** Construct path of the intent record, or reference to it, on the rule's resource, if any. */
  readonly intentPath?: string;
  /** The rule's own name where the platform gives rules names and the resource id does not show it (IBM ACL rule resources). @default - none */
  readonly name?: string;
  /** Whether the platform adds this rule implicitly (e.g. AWS default egress). */
  readonly implicit?: boolean;
}

/** A group of rules that the platform evaluates together. */
export interface FirewallLayer {
  /** A unique name, e.g. `aws-network-acl:BackupAcl`. */
  readonly id: string;
  /** The kind of layer. */
  readonly kind: LayerKind;
  /** Stateful layers let replies through; stateless layers need a rule for the reply too. */
  readonly stateful: boolean;
  /** The groups or ACLs in the layer. */
  readonly containers: string[];
  /** Containers that are referenced but not defined in the artifact, so their other rules are not visible. */
  readonly externalContainers: string[];
  /** Rules in evaluation order (ordered layers) or in declaration order (security groups). */
  readonly rules: FirewallRule[];
  /** Rules of an ordered layer whose position cannot be determined. */
  readonly unplacedRules: FirewallRule[];
  /** Construct paths of the intent records, or references to them, on the containers themselves. */
  readonly intentPaths: string[];
}

/** One packet of a flow, seen from the agent. */
export interface Packet {
  /** Whether the packet arrives at or leaves the agent. */
  readonly direction: FlowDirection;
  /** Address of the remote end. */
  readonly remote: number;
  /** Address of the agent, when known. */
  readonly agent?: number;
  /** Source TCP port. */
  readonly sourcePort: number;
  /** Destination TCP port. */
  readonly destinationPort: number;
}
