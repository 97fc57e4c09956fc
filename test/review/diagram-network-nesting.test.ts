import { ConnectivityPolicy, ConnectivityRule, FlowDirection, RulePurpose } from '../../lib';
import { connectivityDiagram } from '../../lib/review/mermaid-diagram';

/**
 * The management edges of the policy diagram: a node that manages the agent (portal, AMP proxies,
 * additional subnets) gets an edge to the agent's management port only when one of its blocks and a
 * management rule share addresses, one nesting inside the other; blocks side by side share none.
 * Also the peers that are always drawn, even when no rule opens them.
 */
const rule = (direction: FlowDirection, cidr: string, fromPort: number, toPort: number, purpose: RulePurpose) =>
  ({ direction, cidr, fromPort, toPort, purposes: [purpose] }) as unknown as ConnectivityRule;
const policyOf = (rules: ConnectivityRule[]) => ({ rules, options: { managementPort: 2548 } }) as unknown as ConnectivityPolicy;
const egress = (cidr: string, purpose: RulePurpose, fromPort = 8086, toPort = fromPort) =>
  rule(FlowDirection.EGRESS, cidr, fromPort, toPort, purpose);
const management = (cidr: string, port = 2548) => rule(FlowDirection.INGRESS, cidr, port, port, RulePurpose.MANAGEMENT);
const edges = (rules: ConnectivityRule[]) =>
  connectivityDiagram(policyOf(rules))
    .split('\n')
    .filter((line) => line.includes('-->') && !line.includes('not opened'));

describe("a management edge needs a management rule that nests with one of the node's blocks", () => {
  test("a management rule inside the portal's block is drawn from the portal", () => {
    expect(edges([egress('10.1.0.0/24', RulePurpose.PORTAL), management('10.1.0.128/25')])).toEqual([
      '  agent -->|"TCP 8086"| portal',
      '  portal -->|"TCP 2548"| agent',
    ]);
  });

  test("a management rule around the AMP proxies' block is drawn from the AMP proxies", () => {
    expect(edges([egress('10.2.118.0/24', RulePurpose.AMP_PROXY, 8087), management('10.2.0.0/16')])).toEqual([
      '  agent -->|"TCP 8087"| amp',
      '  amp -->|"TCP 2548"| agent',
    ]);
  });

  test('a management rule of the same block as an additional subnet is drawn from that subnet', () => {
    expect(edges([egress('10.3.4.0/24', RulePurpose.ADDITIONAL_ENDPOINT, 8086, 8087), management('10.3.4.0/24')])).toEqual([
      '  agent -->|"TCP 8086-8087"| additional',
      '  additional -->|"TCP 2548"| agent',
    ]);
  });

  test("management rules for the blocks next to the managers' blocks draw no management edge at all", () => {
    const rules = [
      egress('10.1.0.0/24', RulePurpose.PORTAL),
      egress('10.2.118.0/24', RulePurpose.AMP_PROXY, 8087),
      egress('10.3.4.0/24', RulePurpose.ADDITIONAL_ENDPOINT, 8086, 8087),
      management('10.1.1.0/24'),
      management('10.2.117.0/24'),
      management('10.3.5.0/24'),
      management('192.168.0.0/16'),
    ];
    expect(edges(rules)).toEqual(['  agent -->|"TCP 8086"| portal', '  agent -->|"TCP 8087"| amp', '  agent -->|"TCP 8086-8087"| additional']);
  });

  test("only the managers whose blocks nest with a management rule get an edge, with only those rules' ports", () => {
    const rules = [
      egress('10.1.0.0/24', RulePurpose.PORTAL),
      egress('10.2.118.0/24', RulePurpose.AMP_PROXY, 8087),
      management('10.1.0.0/26', 2548),
      management('10.2.119.0/24', 808),
    ];
    expect(edges(rules)).toEqual(['  agent -->|"TCP 8086"| portal', '  portal -->|"TCP 2548"| agent', '  agent -->|"TCP 8087"| amp']);
  });

  test('the vault and CentralControl manage nothing: a management rule around their blocks draws no edge from them', () => {
    const rules = [
      egress('10.60.1.0/24', RulePurpose.VAULT, 2546),
      rule(FlowDirection.INGRESS, '10.70.0.0/24', 2548, 2548, RulePurpose.CENTRAL_CONTROL),
      management('10.0.0.0/8'),
    ];
    expect(edges(rules)).toEqual(['  agent -->|"TCP 2546"| vault', '  cc -->|"TCP 2548"| agent']);
  });
});

test('the ports of an edge are listed once each, separated by commas', () => {
  const rules = [
    egress('10.1.0.0/24', RulePurpose.PORTAL, 8086),
    egress('10.1.1.0/24', RulePurpose.PORTAL, 443),
    egress('10.1.2.0/24', RulePurpose.PORTAL, 8086),
    management('10.1.0.0/25', 2548),
    management('10.1.1.0/25', 808),
    management('10.1.2.0/25', 2548),
  ];
  expect(edges(rules)).toEqual(['  agent -->|"TCP 8086, 443"| portal', '  portal -->|"TCP 2548, 808"| agent']);
});

test('without a portal rule, the portal is still drawn, with a dashed edge that it is not opened', () => {
  expect(connectivityDiagram(policyOf([egress('10.2.118.0/24', RulePurpose.AMP_PROXY, 8087), management('10.2.118.0/24')])).split('\n')).toEqual([
    'flowchart LR',
    '  agent["Backup agent<br/>management port 2548"]',
    '  portal["Portal (WebCC) and registration"]',
    '  amp["AMP proxies<br/>10.2.118.0/24"]',
    '  vault["Vault (Director)"]',
    '  cc["CentralControl"]',
    '  agent -.->|"not opened"| portal',
    '  agent -->|"TCP 8087"| amp',
    '  amp -->|"TCP 2548"| agent',
    '  agent -.->|"not opened"| vault',
    '  cc -.->|"not opened"| agent',
  ]);
});
