import { RulePurpose, FlowDirection } from './enums';
import { formatCidr } from './ipv4';
import { MinimalRule } from './minimise';

/** One firewall opening the agent needs. Platform renderers map each rule to one resource. */
export interface ConnectivityRule {
  /** Direction seen from the agent. */
  readonly direction: FlowDirection;
  /** IP protocol; always `tcp`. */
  readonly protocol: string;
  /** The peer, as an IPv4 CIDR. */
  readonly cidr: string;
  /** First TCP port (on the agent for ingress, on the peer for egress). */
  readonly fromPort: number;
  /** Last TCP port. */
  readonly toPort: number;
  /** Every purpose the rule serves, in a fixed order. */
  readonly purposes: RulePurpose[];
  /**
   * A description that depends only on the kind of traffic, never on dates, editions or host
   * lists, so that it stays the same when the catalog changes.
   */
  readonly description: string;
  /** A stable identifier made of direction, peer and ports; safe as a construct id. */
  readonly id: string;
}

const PORTAL_PURPOSES = new Set([
  RulePurpose.PORTAL,
  RulePurpose.REGISTRATION,
  RulePurpose.AMP_PROXY,
  RulePurpose.FEDERAL_PORTAL,
  RulePurpose.ADDITIONAL_ENDPOINT,
]);

/** The stable description of a rule with these purposes. */
export function describeRule(direction: FlowDirection, purposes: readonly RulePurpose[]): string {
  if (direction === FlowDirection.INGRESS) return 'IBM Cloud Backup agent management port';
  const toPortal = purposes.some((p) => PORTAL_PURPOSES.has(p));
  const toVault = purposes.includes(RulePurpose.VAULT);
  if (toPortal && toVault) return 'IBM Cloud Backup agent to portal, AMP proxies and vault';
  return toVault ? 'IBM Cloud Backup agent to vault' : 'IBM Cloud Backup agent to portal and AMP proxies';
}

/** The stable identifier of a rule, e.g. `egress-10-0-0-0-8-tcp-8086-8087`. */
export function ruleId(direction: FlowDirection, cidr: string, fromPort: number, toPort: number): string {
  return `${direction}-${cidr.replace(/[./]/g, '-')}-tcp-${formatPorts(fromPort, toPort)}`;
}

/** Turns a minimised rule into the public rule shape. */
export function toConnectivityRule(rule: MinimalRule): ConnectivityRule {
  const cidr = formatCidr(rule.peer);
  return {
    direction: rule.direction,
    protocol: 'tcp',
    cidr,
    fromPort: rule.fromPort,
    toPort: rule.toPort,
    purposes: [...rule.purposes],
    description: describeRule(rule.direction, rule.purposes),
    id: ruleId(rule.direction, cidr, rule.fromPort, rule.toPort),
  };
}

/** The address of a /32 rule, or the CIDR itself. */
export function peerLabel(cidr: string): string {
  return cidr.endsWith('/32') ? cidr.slice(0, -3) : cidr;
}

/** Formats a port range as `8086-8087` or `2546`. */
export function formatPorts(fromPort: number, toPort: number): string {
  return fromPort === toPort ? `${fromPort}` : `${fromPort}-${toPort}`;
}
