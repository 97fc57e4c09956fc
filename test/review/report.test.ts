import { AccessMode, BackupTarget, CatalogEdition, ConnectivityIntent, ConnectivityPolicy, Emit, RulePurpose, FlowDirection } from '../../lib';
import { ConnectivityReview, SynthesizedArtifact } from '../../lib/review';
import { catalogHostsBehind } from '../../lib/review/catalog-hosts';
import { connectivityDiagram } from '../../lib/review/mermaid-diagram';
import { parseWithMermaid } from './mermaid-parse';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

const MINIMAL = ConnectivityPolicy.resolve(
  { mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'], centralControlSources: ['192.168.10.0/24'] },
  'App/Agents/BackupAgent',
);

/** A hand-written template carrying an intent record, whose rules are those of the policy. */
function templateOf(policy: ConnectivityPolicy, drop: (cidr: string, port: number) => boolean = () => false): object {
  const record = ConnectivityIntent.record(policy, 'App/Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP);
  const rules = (direction: FlowDirection) =>
    policy.rules.filter((r) => r.direction === direction && !drop(r.cidr, r.fromPort)).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  return cfnTemplate({
    AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [ConnectivityIntent.METADATA_KEY]: record }),
  });
}

/** Reviews a parsed template. */
function review(template: object): ConnectivityReview {
  return ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template));
}

describe('review report', () => {
  test('policy report: rule table with catalogued hosts, edition and date, diagram and warnings (snapshot)', () => {
    const markdown = ConnectivityReview.ofPolicy(MINIMAL, 'App/Agents/BackupAgent').toMarkdown();
    expect(markdown).toContain('Documentation edition: 2026-06-08');
    expect(markdown).toContain('(`ibm-cloud-docs/Backup` `port-information.md` at `20c7f3a`, last updated 2026-06-08)');
    expect(markdown).toContain('eVault by Data Center (`ibm-cloud-docs/infrastructure-hub` `ips.md` at `3ff8af1`, last updated 2025-10-03)');
    expect(markdown).toContain('| egress | 10.2.118.0/24 | 8086-8087 | amp-proxy | evwebamp0901-0910.service.softlayer.com |');
    expect(markdown).toContain('BackupAgentConnectivity:MinimalMode');
    expect(markdown).toMatchSnapshot();
    const unnamed = ConnectivityReview.ofPolicy(MINIMAL);
    expect([unnamed.subject, unnamed.constructs[0].constructPath]).toEqual(['policy', 'policy']);
  });

  test('the federal registration host without an address is listed beside the rules, for federal policies only', () => {
    const federal = ConnectivityReview.ofPolicy(
      ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL, mode: AccessMode.HOSTS }),
      'App/Agent',
    ).toMarkdown();
    expect(federal).toContain(
      '- Catalogued hosts without a documented address (no rule can open them): cloudbackupregister.service.usgov.softlayer.com tcp/8086 (registration)',
    );
    expect(federal).toContain('BackupAgentConnectivity:UnaddressedHost');
    expect(ConnectivityReview.ofPolicy(MINIMAL, 'App/Agent').toMarkdown()).not.toContain('without a documented address');
  });

  test('catalogued hosts: egress by address and port, ingress by address', () => {
    const hosts = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultCidrs: ['10.200.90.15'] });
    const registration = hosts.rules.find((r) => r.direction === FlowDirection.EGRESS && r.cidr === '10.200.86.22/32')!;
    // The portal website (443) shares the address but not the port.
    expect(catalogHostsBehind(registration, hosts.catalog)).toEqual(['cloudbackupregister.service.softlayer.com']);
    const vault = hosts.rules.find((r) => r.purposes.includes(RulePurpose.VAULT))!;
    expect(catalogHostsBehind(vault, hosts.catalog)).toEqual([]);
    const management = hosts.rules.find((r) => r.direction === FlowDirection.INGRESS && r.cidr === '10.200.86.22/32')!;
    expect(catalogHostsBehind(management, hosts.catalog)).toEqual(['cloudbackupregister.service.softlayer.com']);
  });

  test('the same input gives the same bytes', () => {
    const a = review(templateOf(MINIMAL)).toMarkdown();
    const b = review(JSON.parse(JSON.stringify(templateOf(MINIMAL)))).toMarkdown();
    expect(a).toBe(b);
    expect(JSON.stringify(review(templateOf(MINIMAL)))).toBe(JSON.stringify(review(templateOf(MINIMAL))));
  });

  test('synthesized output: intent, rules found, required flows all allowed (snapshot)', () => {
    const report = review(templateOf(MINIMAL));
    expect(report.passed).toBe(true);
    expect(report.constructs[0].requiredFlows!.every((f) => f.verdict === 'allowed')).toBe(true);
    expect(report.toMarkdown()).toMatchSnapshot();
  });

  test('a required flow missing from the output is reported blocked with its reason', () => {
    const report = review(templateOf(MINIMAL, (cidr, port) => cidr === '10.200.90.15/32' && port === 2546));
    expect(report.passed).toBe(false);
    expect(report.blockedFlows).toBe(1);
    const markdown = report.toMarkdown();
    expect(markdown).toContain('Result: FAILED: 1 required flow(s) blocked.');
    expect(markdown).toContain('| **BLOCKED** | egress | 10.200.90.15/32 | 2546 | vault | see Blocked |');
    expect(markdown).toContain(
      '| egress 10.200.90.15/32 2546 | **BLOCKED** | aws-security-groups | request | — | 10.200.90.15/32 | 2546 | 32768-65535 | — | request: no rule allows it |',
    );
  });

  test('overrides read yes and allowed; no warnings read None; a blocked row lists every part left blocked', () => {
    const record = (policy: ConnectivityPolicy) => ({
      [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.record(policy, 'App/Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP),
    });
    const rules = (policy: ConnectivityPolicy, direction: FlowDirection) =>
      policy.rules.filter((r) => r.direction === direction && r.fromPort !== 2546).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
    const group = (policy: ConnectivityPolicy, vault: ReturnType<typeof tcpRule>) =>
      cfnTemplate({
        AgentSg: awsGroup(rules(policy, FlowDirection.INGRESS), [...rules(policy, FlowDirection.EGRESS), vault, CDK_NO_EGRESS], record(policy)),
      });

    const overrides = { mode: AccessMode.BROAD, vaultCidrs: ['10.200.90.15'], allowLegacyManagementPort: true, allowPublicSources: true };
    const broad = ConnectivityPolicy.resolve(overrides, 'App/Agents/BackupAgent');
    const markdown = review(group(broad, tcpRule('10.0.0.0/8', 2546))).toMarkdown();
    expect(markdown).toContain('legacy port 808: yes');
    expect(markdown).toContain('public sources: allowed');
    expect(markdown).toContain('#### Warnings\n\n_None._\n');

    // The vault's /30 is required and a rule opens only its second address: two parts stay blocked.
    const minimal = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.0/30'] }, 'App/Agents/BackupAgent');
    expect(review(group(minimal, tcpRule('10.200.90.1/32', 2546))).toMarkdown()).toContain(
      '| egress 10.200.90.0/30 2546 | **BLOCKED** | aws-security-groups | request | — | 10.200.90.0/32, 10.200.90.2/31 | 2546 | 32768-65535 | — | request: no rule allows it |',
    );
  });

  test("an opening's public addresses are those of each of its rows", () => {
    const entry = (n: number, egress: boolean, cidr: string, from: number, to: number = from) =>
      awsEntry('Acl', { number: n, egress, action: 'allow', cidr, from, to });
    // The construct's ACL. Entry 100 lets in SSH from 10.0.0.0/7, whose public half (11.0.0.0/8) gets
    // replies on client ports from 32768 only. Entry 110 lets in ports 23-24 from 100.0.0.0/9, whose
    // public half (100.0.0.0/10) entry 91 lets in first on port 23.
    const template = {
      Resources: {
        ...(templateOf(MINIMAL) as { Resources: object }).Resources,
        Acl: awsAcl({ [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference('App/Agents/BackupAgent') }),
        In91: entry(91, false, '100.0.0.0/10', 23),
        In100: entry(100, false, '10.0.0.0/7', 22),
        In110: entry(110, false, '100.0.0.0/9', 23, 24),
        Out90: entry(90, true, '10.0.0.0/8', 0, 65535),
        Out95: entry(95, true, '100.0.0.0/9', 0, 65535),
        Out100: entry(100, true, '0.0.0.0/0', 32768, 65535),
      },
    };
    const reviewed = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template), { clientPorts: { from: 1024, to: 65535 } });
    const rows = (reviewed.constructs[0].beyondIntent ?? []).filter((o) => /^In1[01]0/.test(o.rule));
    expect(rows.map((o) => [o.rule.slice(0, 5), o.servicePorts, o.clientPorts, o.cidrs.join(' '), o.publicCidrs.join(' ')])).toEqual([
      ['In100', '22', '1024-65535', '10.0.0.0/8', ''],
      ['In100', '22', '32768-65535', '11.0.0.0/8', '11.0.0.0/8'],
      ['In110', '24', '1024-65535', '100.0.0.0/10', '100.0.0.0/10'],
      ['In110', '23-24', '1024-65535', '100.64.0.0/10', ''],
    ]);
  });

  test("rules found: every rule of the construct's layers, with the policy rule of the same direction, peer and TCP ports", () => {
    const record = ConnectivityIntent.record(MINIMAL, 'App/Agents/BackupAgent', 'aws', Emit.SECURITY_GROUP);
    const reference = { [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference('App/Agents/BackupAgent') };
    const template = cfnTemplate({
      AgentSg: awsGroup(
        [
          tcpRule('10.2.118.0/24', 2548),
          tcpRule('10.2.126.0/24', 2549),
          tcpRule('10.200.86.0/24', 2548, 2549),
          { IpProtocol: 'udp', CidrIp: '10.2.118.0/24', FromPort: 2548, ToPort: 2548 },
          { IpProtocol: '-1', CidrIp: '192.168.10.0/24' },
          { IpProtocol: 'tcp', CidrIpv6: '::/0', FromPort: 2548, ToPort: 2548 },
          { IpProtocol: 'tcp', CidrIp: { Ref: 'Peer' }, FromPort: 2548, ToPort: 2548 },
        ],
        undefined,
        { [ConnectivityIntent.METADATA_KEY]: record },
      ),
      Acl: { ...awsAcl(), Metadata: reference },
      Allow: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.2.118.0/24', from: 2548 }),
      Deny: awsEntry('Acl', { number: 110, egress: true, action: 'deny', cidr: '10.2.118.0/24', from: 8086, to: 8087 }),
      Egress: awsEntry('Acl', { number: 120, egress: true, action: 'allow', cidr: '10.200.90.15/32', from: 2546 }),
      // The peer and port of an ingress rule of the policy, outbound: no policy rule.
      Outbound: awsEntry('Acl', { number: 130, egress: true, action: 'allow', cidr: '10.2.118.0/24', from: 2548 }),
    });
    const rows = review(template).constructs[0].foundRules!.map((r) => [
      r.layer,
      r.resource,
      r.direction,
      r.action,
      r.protocol,
      r.peer,
      r.ports,
      r.policyRule,
    ]);
    expect(rows).toEqual([
      [
        'aws-security-groups',
        'AgentSg.SecurityGroupIngress[0]',
        'ingress',
        'allow',
        'tcp',
        '10.2.118.0/24',
        '2548',
        'ingress-10-2-118-0-24-tcp-2548',
      ],
      ['aws-security-groups', 'AgentSg.SecurityGroupIngress[1]', 'ingress', 'allow', 'tcp', '10.2.126.0/24', '2549', undefined],
      ['aws-security-groups', 'AgentSg.SecurityGroupIngress[2]', 'ingress', 'allow', 'tcp', '10.200.86.0/24', '2548-2549', undefined],
      ['aws-security-groups', 'AgentSg.SecurityGroupIngress[3]', 'ingress', 'allow', 'udp', '10.2.118.0/24', 'n/a (not TCP)', undefined],
      ['aws-security-groups', 'AgentSg.SecurityGroupIngress[4]', 'ingress', 'allow', 'all', '192.168.10.0/24', 'all ports', undefined],
      ['aws-security-groups', 'AgentSg.SecurityGroupIngress[5]', 'ingress', 'allow', 'tcp', 'IPv6 only', '2548', undefined],
      ['aws-security-groups', 'AgentSg.SecurityGroupIngress[6]', 'ingress', 'allow', 'tcp', 'unknown ({"Ref":"Peer"})', '2548', undefined],
      ['aws-security-groups', 'AgentSg (default egress) (implicit)', 'egress', 'allow', 'all', '0.0.0.0/0', 'all ports', undefined],
      ['aws-network-acl:Acl', 'Allow', 'ingress', 'allow', '6', '10.2.118.0/24', '2548', 'ingress-10-2-118-0-24-tcp-2548'],
      ['aws-network-acl:Acl', 'Deny', 'egress', 'deny', '6', '10.2.118.0/24', '8086-8087', undefined],
      ['aws-network-acl:Acl', 'Egress', 'egress', 'allow', '6', '10.200.90.15/32', '2546', 'egress-10-200-90-15-32-tcp-2546'],
      ['aws-network-acl:Acl', 'Outbound', 'egress', 'allow', '6', '10.2.118.0/24', '2548', undefined],
    ]);
  });

  test('an artifact without an intent record fails and says so', () => {
    const report = review(cfnTemplate({ AgentSg: awsGroup([tcpRule('10.0.0.0/8', 2548)]) }));
    expect(report.passed).toBe(false);
    expect(report.failureReasons()).toEqual([
      'problem: No intent record (BackupAgentConnectivity) was found in artifact: it holds no backup agent connectivity construct, so its required flows are not known.',
    ]);
  });

  test('one client port given alone is the range of client ports checked', () => {
    const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(templateOf(MINIMAL)), { clientPort: 40000 });
    expect(report.constructs[0].clientPorts).toBe('40000');
    expect(report.constructs[0].requiredFlows!.every((f) => f.verdict === 'allowed')).toBe(true);
  });

  test('Mermaid parses the diagram of every target, mode and edition, and rejects a broken one', () => {
    const diagrams = Object.values(BackupTarget).flatMap((target) =>
      Object.values(AccessMode).flatMap((mode) =>
        Object.values(CatalogEdition).flatMap((edition) =>
          [
            {},
            {
              vaultCidrs: ['10.200.90.15'],
              centralControlSources: ['192.168.10.0/24'],
              allowLegacyManagementPort: true,
              additionalEndpointCidrs: ['10.3.0.0/24'],
            },
          ].map((extra) => connectivityDiagram(ConnectivityPolicy.resolve({ target, mode, edition, ...extra }))),
        ),
      ),
    );
    const broken = connectivityDiagram(MINIMAL).replace('-->|"TCP 2546"|', '-->|"TCP 2546"');
    const results = parseWithMermaid([...diagrams, broken]);
    expect(results.slice(0, -1)).toEqual(diagrams.map(() => ({ ok: true, type: 'flowchart-v2' })));
    expect(results[results.length - 1].ok).toBe(false);
  });

  test('the diagram draws the ports on the edges and marks peers that are not opened', () => {
    const diagram = connectivityDiagram(ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS }));
    expect(diagram).toContain('agent -->|"TCP 8086"| portal');
    expect(diagram).toContain('agent -->|"TCP 8087"| amp');
    expect(diagram).toContain('agent -.->|"not opened"| vault');
    expect(diagram).toContain('cc -.->|"not opened"| agent');
    expect(diagram).toContain('amp -->|"TCP 2548"| agent');
  });
});
