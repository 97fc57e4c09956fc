import { RulePurpose, FlowDirection } from '../core/enums';
import { isNetwork, networkContains, parseCidr } from '../core/ipv4';
import { ConnectivityPolicy } from '../core/policy';
import { ConnectivityRule, formatPorts, peerLabel } from '../core/rule';

/** Peers shown in a node label before the rest are counted. */
const MAX_PEERS_SHOWN = 4;

interface NodeSpec {
  readonly id: string;
  readonly label: string;
  readonly direction: FlowDirection;
  readonly purposes: readonly RulePurpose[];
  /** Whether the node is drawn even when no rule serves it (as an edge that is not opened). */
  readonly always: boolean;
}

const NODES: readonly NodeSpec[] = [
  {
    id: 'portal',
    label: 'Portal (WebCC) and registration',
    direction: FlowDirection.EGRESS,
    purposes: [RulePurpose.PORTAL, RulePurpose.REGISTRATION, RulePurpose.FEDERAL_PORTAL],
    always: true,
  },
  { id: 'amp', label: 'AMP proxies', direction: FlowDirection.EGRESS, purposes: [RulePurpose.AMP_PROXY], always: true },
  {
    id: 'additional',
    label: 'Additional portal / AMP subnets',
    direction: FlowDirection.EGRESS,
    purposes: [RulePurpose.ADDITIONAL_ENDPOINT],
    always: false,
  },
  { id: 'vault', label: 'Vault (Director)', direction: FlowDirection.EGRESS, purposes: [RulePurpose.VAULT], always: true },
  { id: 'cc', label: 'CentralControl', direction: FlowDirection.INGRESS, purposes: [RulePurpose.CENTRAL_CONTROL], always: true },
];

/** Nodes whose hosts connect to the agent's management port. */
const MANAGERS = new Set(['portal', 'amp', 'additional']);

/** Whether two CIDRs share an address (one contains the other). */
function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return isNetwork(x) && isNetwork(y) && (networkContains(x, y) || networkContains(y, x));
}

function rulesFor(rules: readonly ConnectivityRule[], direction: FlowDirection, purposes: readonly RulePurpose[]): ConnectivityRule[] {
  return rules.filter((r) => r.direction === direction && r.purposes.some((p) => purposes.includes(p)));
}

function portsLabel(rules: readonly ConnectivityRule[]): string {
  return `TCP ${[...new Set(rules.map((r) => formatPorts(r.fromPort, r.toPort)))].join(', ')}`;
}

function nodeLabel(title: string, rules: readonly ConnectivityRule[]): string {
  const peers = [...new Set(rules.map((r) => peerLabel(r.cidr)))];
  const shown = peers.slice(0, MAX_PEERS_SHOWN);
  if (peers.length > shown.length) shown.push(`+${peers.length - shown.length} more`);
  return [title, ...shown].join('<br/>');
}

/**
 * A Mermaid flowchart of the agent and its peers (portal, AMP proxies, vault, CentralControl) with the
 * TCP ports on the edges. Peers that no rule opens are drawn with a dashed `not opened` edge.
 * @param policy the policy to draw
 */
export function connectivityDiagram(policy: ConnectivityPolicy): string {
  const rules = policy.rules;
  const lines = ['flowchart LR', `  agent["Backup agent<br/>management port ${policy.options.managementPort}"]`];
  const edges: string[] = [];
  const managementRules = rulesFor(rules, FlowDirection.INGRESS, [RulePurpose.MANAGEMENT]);
  for (const node of NODES) {
    const served = rulesFor(rules, node.direction, node.purposes);
    if (served.length === 0 && !node.always) continue;
    lines.push(`  ${node.id}["${nodeLabel(node.label, served)}"]`);
    if (served.length === 0) {
      edges.push(node.direction === FlowDirection.EGRESS ? `  agent -.->|"not opened"| ${node.id}` : `  ${node.id} -.->|"not opened"| agent`);
    } else if (node.direction === FlowDirection.EGRESS) {
      edges.push(`  agent -->|"${portsLabel(served)}"| ${node.id}`);
    } else {
      edges.push(`  ${node.id} -->|"${portsLabel(served)}"| agent`);
    }
    if (MANAGERS.has(node.id)) {
      const managed = managementRules.filter((r) => served.some((s) => overlaps(s.cidr, r.cidr)));
      if (managed.length > 0) edges.push(`  ${node.id} -->|"${portsLabel(managed)}"| agent`);
    }
  }
  return [...lines, ...edges].join('\n');
}
