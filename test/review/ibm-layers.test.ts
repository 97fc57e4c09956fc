import { FlowDirection } from '../../lib';
import { FlowAnalysisOptions, FlowAnalyzer, FlowQuery, SynthesizedArtifact } from '../../lib/review';
import { ibmAclRule, tfConfig } from './templates';

const analyze = (config: object, flow: FlowQuery, options: FlowAnalysisOptions = {}) =>
  FlowAnalyzer.analyze(SynthesizedArtifact.load(config), flow, options);
const verdict = (config: object, flow: FlowQuery, options: FlowAnalysisOptions = {}) => analyze(config, flow, options).verdict;
const layersOf = (config: object) => new FlowAnalyzer(SynthesizedArtifact.load(config)).layers;
const GROUP = '${ibm_is_security_group.agents.id}';
const ACL = '${ibm_is_network_acl.agents.id}';

describe('IBM VPC security groups (stateful)', () => {
  const config = tfConfig({
    ibm_is_security_group: { agents: { vpc: 'r006-4727d842-f94f-4a2d-824a-9bc9b02c523b' } },
    ibm_is_security_group_rule: {
      management: { group: GROUP, direction: 'inbound', remote: '10.0.0.0/8', protocol: 'tcp', port_min: 2548, port_max: 2548 },
      portal: { group: GROUP, direction: 'outbound', remote: '10.0.0.0/8', protocol: 'tcp', port_min: 8086, port_max: 8087 },
      dns: { group: GROUP, direction: 'outbound', remote: '161.26.0.10', protocol: 'udp', port_min: 53, port_max: 53 },
      anyToVault: { group: GROUP, direction: 'outbound', remote: '10.200.90.15/32', protocol: 'any' },
      legacyAll: { group: GROUP, direction: 'outbound', remote: '192.168.0.0/16' },
    },
  });

  test('inbound and outbound rules by remote and port; tcp, any and an omitted protocol cover TCP, udp does not', () => {
    expect(verdict(config, { direction: FlowDirection.INGRESS, peer: '10.255.255.255', port: 2548 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.INGRESS, peer: '10.0.0.0', port: 808 })).toBe('denied');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.21', port: 8087 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.200.90.15', port: 2546 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '192.168.7.7', port: 1 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '161.26.0.10', port: 53 })).toBe('denied');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '203.0.113.1', port: 443 })).toBe('denied');
  });

  test('a rule whose remote is null or left out takes any address', () => {
    const open = tfConfig({
      ibm_is_security_group: { agents: { vpc: 'r006-x' } },
      ibm_is_security_group_rule: {
        nothing: { group: GROUP, direction: 'inbound', remote: null, protocol: 'tcp', port_min: 2548, port_max: 2548 },
        absent: { group: GROUP, direction: 'outbound', protocol: 'tcp', port_min: 8086, port_max: 8087 },
      },
    });
    expect(verdict(open, { direction: FlowDirection.INGRESS, peer: '203.0.113.9', port: 2548 })).toBe('allowed');
    expect(verdict(open, { direction: FlowDirection.EGRESS, peer: '203.0.113.9', port: 8086 })).toBe('allowed');
  });

  test('a group without rules denies everything', () => {
    const empty = tfConfig({ ibm_is_security_group: { agents: { vpc: 'r006-x' } } });
    expect(verdict(empty, { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 8086 })).toBe('denied');
  });

  test('a Terraform reference in a remote or a port is unknown', () => {
    const refs = tfConfig({
      ibm_is_security_group: { agents: { vpc: 'r006-x' } },
      ibm_is_security_group_rule: {
        fromVar: { group: GROUP, direction: 'inbound', remote: '${var.management_cidr}', protocol: 'tcp', port_min: 2548, port_max: 2548 },
        portVar: { group: GROUP, direction: 'outbound', remote: '10.0.0.0/8', protocol: 'tcp', port_min: '${var.port}', port_max: '${var.port}' },
      },
    });
    const result = analyze(refs, { direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 });
    expect(result.verdict).toBe('unknown');
    expect(result.reason).toContain('${var.management_cidr}');
    expect(verdict(refs, { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 8086 })).toBe('unknown');
    expect(verdict(refs, { direction: FlowDirection.EGRESS, peer: '11.0.0.1', port: 8086 })).toBe('denied');
  });

  test('the deprecated nested tcp block is read like the flat attributes', () => {
    const nested = tfConfig({
      ibm_is_security_group: { agents: { vpc: 'r006-x' } },
      ibm_is_security_group_rule: { m: { group: GROUP, direction: 'inbound', remote: '10.0.0.0/8', tcp: [{ port_min: 2548, port_max: 2548 }] } },
    });
    expect(verdict(nested, { direction: FlowDirection.INGRESS, peer: '10.1.1.1', port: 2548 })).toBe('allowed');
    expect(verdict(nested, { direction: FlowDirection.INGRESS, peer: '10.1.1.1', port: 2549 })).toBe('denied');
  });
});

describe('IBM VPC network ACLs (stateless, ordered, first match)', () => {
  const allowPortal = ibmAclRule({
    name: 'portal',
    acl: ACL,
    action: 'allow',
    direction: 'outbound',
    source: '0.0.0.0/0',
    destination: '10.0.0.0/8',
    portMin: 8086,
    portMax: 8087,
    sourcePortMin: 1024,
    sourcePortMax: 65535,
  });
  const allowPortalReply = ibmAclRule({
    name: 'portal-reply',
    acl: ACL,
    action: 'allow',
    direction: 'inbound',
    source: '10.0.0.0/8',
    destination: '0.0.0.0/0',
    portMin: 1024,
    portMax: 65535,
    sourcePortMin: 8086,
    sourcePortMax: 8087,
  });
  const denyAmp = ibmAclRule({
    name: 'deny-amp',
    acl: ACL,
    action: 'deny',
    direction: 'outbound',
    source: '0.0.0.0/0',
    destination: '10.2.118.0/24',
    protocol: 'all',
  });

  test('rule resources without before are evaluated in declaration order; request and reply must both pass', () => {
    const config = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: { portal: allowPortal, reply: allowPortalReply },
    });
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 2546 })).toBe('denied');
  });

  test('a missing reply rule blocks the flow', () => {
    const config = tfConfig({ ibm_is_network_acl: { agents: { vpc: 'r006-x' } }, ibm_is_network_acl_rule: { portal: allowPortal } });
    const result = analyze(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 });
    expect(result.verdict).toBe('denied');
    expect(result.layers[0].legs.find((l) => l.leg === 'reply')?.verdict).toBe('denied');
  });

  test('source ports are honoured: a reply from another service port does not pass', () => {
    const config = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: { portal: { ...allowPortal, port_max: 8090 }, reply: allowPortalReply },
    });
    // The request passes (8088 is in 8086-8090) but the reply comes from 8088, outside source ports 8086-8087.
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8088 })).toBe('denied');
    // A client port outside the request rule's source ports is refused too.
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8086 }, { clientPort: 1000 })).toBe('denied');
  });

  test('a deny rule placed ahead through a before chain wins; appended at the end it does not', () => {
    const ahead = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: {
        portal: allowPortal,
        reply: allowPortalReply,
        deny_amp: { ...denyAmp, before: '${ibm_is_network_acl_rule.portal.rule_id}' },
      },
    });
    const order = layersOf(ahead)[0].rules.map((r) => r.resource);
    expect(order).toEqual(['ibm_is_network_acl_rule.deny_amp', 'ibm_is_network_acl_rule.portal', 'ibm_is_network_acl_rule.reply']);
    const result = analyze(ahead, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 });
    expect(result.verdict).toBe('denied');
    expect(result.reason).toContain('first matching rule ibm_is_network_acl_rule.deny_amp denies it');
    expect(verdict(ahead, { direction: FlowDirection.EGRESS, peer: '10.200.86.22', port: 8086 })).toBe('allowed');

    const appended = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: { portal: allowPortal, reply: allowPortalReply, deny_amp: { ...denyAmp, before: 'null' } },
    });
    expect(verdict(appended, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 })).toBe('allowed');
  });

  test('before chains nest: each rule sits just ahead of the rule it names', () => {
    const chained = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: {
        c: { ...allowPortalReply },
        a: { ...allowPortal, before: '${ibm_is_network_acl_rule.b.rule_id}' },
        b: { ...denyAmp, before: '${ibm_is_network_acl_rule.c.rule_id}' },
      },
    });
    expect(layersOf(chained)[0].rules.map((r) => r.resource)).toEqual([
      'ibm_is_network_acl_rule.a',
      'ibm_is_network_acl_rule.b',
      'ibm_is_network_acl_rule.c',
    ]);
    expect(verdict(chained, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 })).toBe('allowed');
  });

  test('a before that names a rule outside the configuration leaves the rule unplaced: unknown where it matters', () => {
    const config = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: {
        portal: allowPortal,
        reply: allowPortalReply,
        deny_amp: { ...denyAmp, before: 'a8cf0e1d-0000-4000-8000-000000000001' },
      },
    });
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 })).toBe('unknown');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.200.86.22', port: 8087 })).toBe('allowed');
  });

  test('in an ACL defined elsewhere, a chain anchored on an existing rule id keeps its order ahead of the appended rules', () => {
    const EXISTING = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
    const config = tfConfig({
      ibm_is_network_acl_rule: {
        allow_all: {
          ...ibmAclRule({ action: 'allow', direction: 'outbound', source: '0.0.0.0/0', destination: '0.0.0.0/0', protocol: 'all' }),
          network_acl: EXISTING,
        },
        reply: { ...allowPortalReply, network_acl: EXISTING, before: 'r006-7c8d9e0f' },
        deny_amp: { ...denyAmp, network_acl: EXISTING, before: '${ibm_is_network_acl_rule.reply.rule_id}' },
      },
    });
    const layer = layersOf(config)[0];
    expect(layer.externalContainers).toEqual([EXISTING]);
    expect(layer.rules.map((r) => r.resource)).toEqual([
      'ibm_is_network_acl_rule.deny_amp',
      'ibm_is_network_acl_rule.reply',
      'ibm_is_network_acl_rule.allow_all',
    ]);
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.2.118.12', port: 8087 })).toBe('denied');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.200.86.22', port: 8087 })).toBe('allowed');
    // No visible inbound rule admits the reply to port 22: the existing ACL's own rules decide it.
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.200.86.22', port: 22 })).toBe('unknown');
  });

  test('rules that name the same rule sit ahead of it in declaration order; before null is appended; a reference to a rule not in the configuration heads a chain in an ACL defined elsewhere', () => {
    const order = (config: object) => layersOf(config)[0].rules.map((r) => r.resource.replace('ibm_is_network_acl_rule.', ''));
    const unplaced = (config: object) => layersOf(config)[0].unplacedRules.map((r) => r.resource.replace('ibm_is_network_acl_rule.', ''));
    const here = tfConfig({
      ibm_is_network_acl: { agents: { vpc: 'r006-x' } },
      ibm_is_network_acl_rule: {
        last: { ...allowPortalReply },
        first: { ...allowPortal, before: '${ibm_is_network_acl_rule.last.rule_id}' },
        second: { ...denyAmp, before: '${ibm_is_network_acl_rule.last.rule_id}' },
        appended: { ...denyAmp, before: null },
        gone: { ...denyAmp, before: '${ibm_is_network_acl_rule.removed.rule_id}' },
      },
    });
    expect([order(here), unplaced(here)]).toEqual([['first', 'second', 'last', 'appended'], ['gone']]);
    const EXISTING = 'r006-0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';
    const elsewhere = tfConfig({
      ibm_is_network_acl_rule: {
        appended: { ...allowPortalReply, network_acl: EXISTING, name: 42 },
        gone: { ...denyAmp, network_acl: EXISTING, before: '${ibm_is_network_acl_rule.removed.rule_id}' },
      },
    });
    expect([order(elsewhere), unplaced(elsewhere)]).toEqual([['gone', 'appended'], []]);
    // Only a name given as text labels a rule.
    expect(layersOf(elsewhere)[0].rules.map((r) => r.name)).toEqual(['deny-amp', undefined]);
  });

  test('inline rules of ibm_is_network_acl are evaluated in list order, with a deny first', () => {
    const config = tfConfig({
      ibm_is_network_acl: {
        agents: {
          vpc: 'r006-x',
          rules: [
            ibmAclRule({ name: 'deny-public', action: 'deny', direction: 'inbound', source: '0.0.0.0/0', destination: '0.0.0.0/0', protocol: 'all' }),
            ibmAclRule({
              name: 'management',
              action: 'allow',
              direction: 'inbound',
              source: '10.0.0.0/8',
              destination: '10.240.0.0/24',
              portMin: 2548,
            }),
            ibmAclRule({
              name: 'management-reply',
              action: 'allow',
              direction: 'outbound',
              source: '10.240.0.0/24',
              destination: '10.0.0.0/8',
              portMin: 1024,
              portMax: 65535,
              sourcePortMin: 2548,
            }),
          ],
        },
      },
    });
    const result = analyze(config, { direction: FlowDirection.INGRESS, peer: '10.1.1.1', port: 2548 });
    expect(result.verdict).toBe('denied');
    expect(result.reason).toContain('ibm_is_network_acl.agents.rules[0] (deny-public)');
  });

  test('the agent address, when given, is compared with the agent side of ACL rules; by default any agent side matches', () => {
    const config = tfConfig({
      ibm_is_network_acl: {
        agents: {
          vpc: 'r006-x',
          rules: [
            ibmAclRule({
              name: 'management',
              action: 'allow',
              direction: 'inbound',
              source: '10.0.0.0/8',
              destination: '10.240.0.0/24',
              portMin: 2548,
            }),
            ibmAclRule({
              name: 'management-reply',
              action: 'allow',
              direction: 'outbound',
              source: '10.240.0.0/24',
              destination: '10.0.0.0/8',
              portMin: 1024,
              portMax: 65535,
              sourcePortMin: 2548,
            }),
          ],
        },
      },
    });
    const flow: FlowQuery = { direction: FlowDirection.INGRESS, peer: '10.1.1.1', port: 2548 };
    expect(verdict(config, flow)).toBe('allowed');
    expect(verdict(config, flow, { agentAddress: '10.240.0.5' })).toBe('allowed');
    expect(verdict(config, flow, { agentAddress: '10.240.1.5' })).toBe('denied');
  });

  test('an ACL with no rules denies everything', () => {
    expect(
      verdict(tfConfig({ ibm_is_network_acl: { agents: { vpc: 'r006-x' } } }), { direction: FlowDirection.EGRESS, peer: '10.0.0.1', port: 8086 }),
    ).toBe('denied');
  });
});

describe('IBM classic security groups (stateful, allow-only)', () => {
  const SG = '${ibm_security_group.agents.id}';
  const config = tfConfig({
    ibm_security_group: { agents: { name: 'backup-agents' } },
    ibm_security_group_rule: {
      management: {
        security_group_id: SG,
        direction: FlowDirection.INGRESS,
        ether_type: 'IPv4',
        protocol: 'tcp',
        port_range_min: 2548,
        port_range_max: 2548,
        remote_ip: '10.0.0.0/8',
      },
      portal: {
        security_group_id: SG,
        direction: FlowDirection.EGRESS,
        ether_type: 'IPv4',
        protocol: 'tcp',
        port_range_min: 8086,
        port_range_max: 8087,
        remote_ip: '10.0.0.0/8',
      },
      icmp: { security_group_id: SG, direction: FlowDirection.EGRESS, protocol: 'icmp', remote_ip: '0.0.0.0/0' },
    },
  });

  test('ingress and egress rules by remote_ip and port range', () => {
    expect(verdict(config, { direction: FlowDirection.INGRESS, peer: '10.3.4.5', port: 2548 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.INGRESS, peer: '100.100.6.20', port: 2548 })).toBe('denied');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '10.3.4.5', port: 8087 })).toBe('allowed');
    expect(verdict(config, { direction: FlowDirection.EGRESS, peer: '8.8.8.8', port: 8087 })).toBe('denied');
  });

  test('a rule with remote_group_id cannot be decided for an address', () => {
    const byGroup = tfConfig({
      ibm_security_group: { agents: { name: 'backup-agents' } },
      ibm_security_group_rule: {
        m: {
          security_group_id: SG,
          direction: FlowDirection.INGRESS,
          protocol: 'tcp',
          port_range_min: 2548,
          port_range_max: 2548,
          remote_group_id: 1234567,
        },
      },
    });
    expect(verdict(byGroup, { direction: FlowDirection.INGRESS, peer: '10.3.4.5', port: 2548 })).toBe('unknown');
  });

  test('a VPC group and a classic group in one configuration are separate layers that must both allow', () => {
    const both = tfConfig({
      ...(config.resource as Record<string, Record<string, Record<string, unknown>>>),
      ibm_is_security_group: { vpc: { vpc: 'r006-x' } },
      ibm_is_security_group_rule: {
        m: {
          group: '${ibm_is_security_group.vpc.id}',
          direction: 'inbound',
          remote: '10.2.118.0/24',
          protocol: 'tcp',
          port_min: 2548,
          port_max: 2548,
        },
      },
    });
    expect(layersOf(both).map((l) => l.id)).toEqual(['ibm-vpc-security-groups', 'ibm-classic-security-groups']);
    expect(verdict(both, { direction: FlowDirection.INGRESS, peer: '10.2.118.12', port: 2548 })).toBe('allowed');
    expect(verdict(both, { direction: FlowDirection.INGRESS, peer: '10.3.4.5', port: 2548 })).toBe('denied');
  });
});
