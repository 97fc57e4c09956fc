import { AccessMode, ConnectivityPolicy, ConnectivityRule, FlowDirection, RulePurpose } from '../../lib';
import { connectivityDiagram } from '../../lib/review/mermaid-diagram';

/**
 * The Mermaid diagram of a policy, line by line: every node with its first peers and a count of the
 * rest, ports on the edges, management edges from the hosts that manage the agent, and dashed edges
 * for peers no rule opens.
 */
test('hosts mode with a vault, additional endpoints and CentralControl', () => {
  const policy = ConnectivityPolicy.resolve({
    mode: AccessMode.HOSTS,
    vaultCidrs: ['10.200.90.15'],
    additionalEndpointCidrs: ['10.3.4.0/24', '10.3.6.0/24', '10.3.8.0/24', '10.3.10.0/24', '10.3.12.0/24', '10.3.14.0/24'],
    centralControlSources: ['10.9.0.0/16'],
  });
  expect(connectivityDiagram(policy).split('\n')).toEqual([
    'flowchart LR',
    '  agent["Backup agent<br/>management port 2548"]',
    '  portal["Portal (WebCC) and registration<br/>10.200.86.22"]',
    '  amp["AMP proxies<br/>10.2.118.12/30<br/>10.2.118.16/30<br/>10.2.118.20/31"]',
    '  additional["Additional portal / AMP subnets<br/>10.3.4.0/24<br/>10.3.6.0/24<br/>10.3.8.0/24<br/>10.3.10.0/24<br/>+2 more"]',
    '  vault["Vault (Director)<br/>10.200.90.15"]',
    '  cc["CentralControl<br/>10.9.0.0/16"]',
    '  agent -->|"TCP 8086"| portal',
    '  portal -->|"TCP 2548"| agent',
    '  agent -->|"TCP 8087"| amp',
    '  amp -->|"TCP 2548"| agent',
    '  agent -->|"TCP 8086-8087"| additional',
    '  additional -->|"TCP 2548"| agent',
    '  agent -->|"TCP 2546"| vault',
    '  cc -->|"TCP 2548"| agent',
  ]);
});

test('minimal mode without a vault or CentralControl: dashed edges, and no node for additional endpoints', () => {
  expect(connectivityDiagram(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL })).split('\n')).toEqual([
    'flowchart LR',
    '  agent["Backup agent<br/>management port 2548"]',
    '  portal["Portal (WebCC) and registration<br/>10.2.126.0/24<br/>10.200.86.0/24"]',
    '  amp["AMP proxies<br/>10.2.118.0/24<br/>10.2.126.0/24"]',
    '  vault["Vault (Director)"]',
    '  cc["CentralControl"]',
    '  agent -->|"TCP 8086-8087"| portal',
    '  portal -->|"TCP 2548"| agent',
    '  agent -->|"TCP 8086-8087"| amp',
    '  amp -->|"TCP 2548"| agent',
    '  agent -.->|"not opened"| vault',
    '  cc -.->|"not opened"| agent',
  ]);
});

describe('rules that no resolved policy has today, drawn as the diagram promises', () => {
  const rule = (direction: FlowDirection, cidr: string, fromPort: number, toPort: number, purpose: RulePurpose) =>
    ({ direction, cidr, fromPort, toPort, purposes: [purpose] }) as unknown as ConnectivityRule;
  const policyOf = (rules: ConnectivityRule[]) => ({ rules, options: { managementPort: 2548 } }) as unknown as ConnectivityPolicy;

  test("a management edge comes only from a node whose addresses share some with a management rule, with those rules' ports", () => {
    const policy = policyOf([
      rule(FlowDirection.EGRESS, '10.1.0.0/24', 8086, 8086, RulePurpose.PORTAL),
      rule(FlowDirection.EGRESS, '10.1.9.0/24', 8087, 8087, RulePurpose.PORTAL),
      rule(FlowDirection.EGRESS, '10.2.0.0/24', 8087, 8087, RulePurpose.AMP_PROXY),
      rule(FlowDirection.EGRESS, '10.3.0.0/16', 8086, 8087, RulePurpose.ADDITIONAL_ENDPOINT),
      // Inside the portal's first block, around both portal blocks, inside the additional subnet; none for the AMP proxies.
      rule(FlowDirection.INGRESS, '10.1.0.0/25', 2548, 2548, RulePurpose.MANAGEMENT),
      rule(FlowDirection.INGRESS, '10.0.0.0/15', 808, 808, RulePurpose.MANAGEMENT),
      rule(FlowDirection.INGRESS, '10.3.5.0/24', 2548, 2548, RulePurpose.MANAGEMENT),
    ]);
    expect(
      connectivityDiagram(policy)
        .split('\n')
        .filter((line) => line.includes('-->')),
    ).toEqual([
      '  agent -->|"TCP 8086, 8087"| portal',
      '  portal -->|"TCP 2548, 808"| agent',
      '  agent -->|"TCP 8087"| amp',
      '  agent -->|"TCP 8086-8087"| additional',
      '  additional -->|"TCP 2548"| agent',
    ]);
  });

  test('without any rule, every peer but the additional subnets is drawn as not opened', () => {
    expect(connectivityDiagram(policyOf([])).split('\n')).toEqual([
      'flowchart LR',
      '  agent["Backup agent<br/>management port 2548"]',
      '  portal["Portal (WebCC) and registration"]',
      '  amp["AMP proxies"]',
      '  vault["Vault (Director)"]',
      '  cc["CentralControl"]',
      '  agent -.->|"not opened"| portal',
      '  agent -.->|"not opened"| amp',
      '  agent -.->|"not opened"| vault',
      '  cc -.->|"not opened"| agent',
    ]);
  });
});
