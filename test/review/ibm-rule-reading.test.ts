import { FlowDirection } from '../../lib';
import { FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { tfConfig } from './templates';

/**
 * How IBM Cloud rules are read from Terraform JSON: protocols written flat or as nested blocks, remotes
 * given by address, reference or group, directions and actions that cannot be read, and the group
 * or ACL a rule belongs to. Each case is shown in the explanation of one ingress flow.
 */
type Resources = Record<string, Record<string, Record<string, unknown>>>;

/** The explanation of an ingress flow to a port, without its first line. */
function considered(resources: Resources, port = 2548, peer = '10.0.0.1'): string[] {
  const flow = FlowAnalyzer.analyze(SynthesizedArtifact.load(tfConfig(resources)), {
    direction: FlowDirection.INGRESS,
    peer,
    port,
  });
  return FlowAnalyzer.explain(flow).split('\n').slice(1);
}

describe('classic security groups', () => {
  const rule = (fields: Record<string, unknown>) => ({ security_group_id: '${ibm_security_group.sg.id}', direction: 'ingress', ...fields });
  test('remotes by address, reference or group, IPv6, protocols and port ranges', () => {
    const resources: Resources = {
      ibm_security_group: { sg: { name: 'sg' } },
      ibm_security_group_rule: {
        cidr: rule({ protocol: 'tcp', remote_ip: '10.0.0.0/8', port_range_min: 2548, port_range_max: 2548 }),
        ref: rule({ protocol: 'tcp', remote_ip: '${var.remote}', port_range_min: 2548 }),
        group: rule({ protocol: 'tcp', remote_group_id: 1234, port_range_min: 2548 }),
        any: rule({ port_range_min: 2548 }),
        v6: rule({ protocol: 'tcp', ether_type: 'IPv6' }),
        udp: rule({ protocol: 'udp' }),
        sideways: rule({ direction: 'sideways', protocol: 'tcp', port_range_min: 2548, port_range_max: 2548 }),
        other: { ...rule({ protocol: 'tcp', port_range_min: 2548 }), security_group_id: 98765 },
      },
    };
    expect(considered(resources)).toEqual([
      '  ibm-classic-security-groups: allowed',
      '    request ingress 10.0.0.1:49152 -> agent:2548: allowed, allowed by ibm_security_group_rule.cidr, ibm_security_group_rule.any, ibm_security_group_rule.other',
      '      - ibm_security_group_rule.cidr: ingress allow tcp 10.0.0.0/8 destination ports 2548 => match',
      '      - ibm_security_group_rule.ref: ingress allow tcp unknown (${var.remote}) destination ports 2548 => unknown (remote is unresolved (${var.remote}))',
      '      - ibm_security_group_rule.group: ingress allow tcp unknown (security group 1234) destination ports 2548 => unknown (remote is unresolved (security group 1234))',
      '      - ibm_security_group_rule.any: ingress allow all 0.0.0.0/0 destination ports 2548 => match',
      '      - ibm_security_group_rule.v6: ingress allow tcp IPv6 peer destination ports all ports => no-match (IPv6 peer only)',
      '      - ibm_security_group_rule.udp: ingress allow udp 0.0.0.0/0 => no-match (protocol udp is not TCP)',
      '      - ibm_security_group_rule.sideways: ingress allow tcp (direction "sideways" unreadable) 0.0.0.0/0 destination ports 2548 => unknown (protocol is unresolved (tcp (direction "sideways" unreadable)))',
      '      - ibm_security_group_rule.other: ingress allow tcp 0.0.0.0/0 destination ports 2548 => match',
    ]);
    expect(considered(resources, 22)[1]).toBe(
      '    request ingress 10.0.0.1:49152 -> agent:22: unknown, no visible rule allows it; unresolved 98765 is not defined in the artifact, so other rules may exist',
    );
  });
});

describe('VPC security groups and ACLs', () => {
  test('protocols written flat, in upper case, as a reference or a number, or as nested blocks written as an object or a list', () => {
    const group = (fields: Record<string, unknown>) => ({
      group: '${ibm_is_security_group.sg.id}',
      direction: 'inbound',
      remote: '10.0.0.0/8',
      ...fields,
    });
    const resources: Resources = {
      ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } },
      ibm_is_security_group_rule: {
        upper: group({ protocol: 'TCP', port_min: 2548, port_max: 2548 }),
        mixed: group({ protocol: 'icmp_tcp_udp' }),
        ref: group({ protocol: '${var.protocol}' }),
        number: group({ protocol: 6 }),
        list: group({ tcp: [{ port_min: 2548, port_max: 2549 }] }),
        object: group({ tcp: { port_min: 2547, port_max: 2548 } }),
        udp: group({ udp: [{ port_min: 2548, port_max: 2548 }] }),
        icmp: group({ icmp: [{ type: 8 }] }),
        none: group({}),
        sideways: group({ direction: 'sideways', protocol: 'tcp' }),
        local: group({ protocol: 'tcp', local: '10.240.0.0/24' }),
        wrongType: { ...group({ protocol: 'tcp' }), group: '${ibm_is_network_acl.sg.id}' },
        spaced: { ...group({ protocol: 'tcp' }), group: ' ${ibm_is_security_group.sg.id} ' },
      },
    };
    expect(considered(resources)).toEqual([
      '  ibm-vpc-security-groups: allowed',
      '    request ingress 10.0.0.1:49152 -> agent:2548: allowed, allowed by ibm_is_security_group_rule.upper, ibm_is_security_group_rule.mixed, ibm_is_security_group_rule.list, ibm_is_security_group_rule.object, ibm_is_security_group_rule.none, ibm_is_security_group_rule.local, ibm_is_security_group_rule.spaced, ibm_is_security_group_rule.wrongType',
      '      - ibm_is_security_group_rule.upper: ingress allow tcp 10.0.0.0/8 destination ports 2548 => match',
      '      - ibm_is_security_group_rule.mixed: ingress allow icmp_tcp_udp 10.0.0.0/8 destination ports all ports => match',
      '      - ibm_is_security_group_rule.ref: ingress allow ${var.protocol} 10.0.0.0/8 destination ports all ports => unknown (protocol is unresolved (${var.protocol}))',
      '      - ibm_is_security_group_rule.number: ingress allow 6 10.0.0.0/8 destination ports all ports => unknown (protocol is unresolved (6))',
      '      - ibm_is_security_group_rule.list: ingress allow tcp 10.0.0.0/8 destination ports 2548-2549 => match',
      '      - ibm_is_security_group_rule.object: ingress allow tcp 10.0.0.0/8 destination ports 2547-2548 => match',
      '      - ibm_is_security_group_rule.udp: ingress allow udp 10.0.0.0/8 => no-match (protocol udp is not TCP)',
      '      - ibm_is_security_group_rule.icmp: ingress allow icmp 10.0.0.0/8 => no-match (protocol icmp is not TCP)',
      '      - ibm_is_security_group_rule.none: ingress allow icmp_tcp_udp 10.0.0.0/8 destination ports all ports => match',
      '      - ibm_is_security_group_rule.sideways: ingress allow tcp (direction "sideways" unreadable) 10.0.0.0/8 destination ports all ports => unknown (protocol is unresolved (tcp (direction "sideways" unreadable)))',
      '      - ibm_is_security_group_rule.local: ingress allow tcp 10.0.0.0/8 destination ports all ports agent side 10.240.0.0/24 => match',
      '      - ibm_is_security_group_rule.spaced: ingress allow tcp 10.0.0.0/8 destination ports all ports => match',
      '      - ibm_is_security_group_rule.wrongType: ingress allow tcp 10.0.0.0/8 destination ports all ports => match',
    ]);
    expect(considered(resources, 2548, '192.0.2.1')[1]).toBe(
      '    request ingress 192.0.2.1:49152 -> agent:2548: unknown, no visible rule allows it; ${ibm_is_network_acl.sg.id} is not defined in the artifact, so other rules may exist',
    );
  });

  test('ACL rules: actions and directions that cannot be read, rules written inline, and an ACL named by a value that is not text', () => {
    const acl = (fields: Record<string, unknown>) => ({
      network_acl: '${ibm_is_network_acl.acl.id}',
      name: 'r',
      action: 'allow',
      direction: 'inbound',
      source: '10.0.0.0/8',
      destination: '10.240.0.0/24',
      ...fields,
    });
    expect(
      considered({
        ibm_is_network_acl: {
          inline: {
            name: 'inline',
            vpc: 'r006-x',
            rules: [
              'not a rule',
              { name: 'in', action: 'allow', direction: 'inbound', source: '10.0.0.0/8', destination: '0.0.0.0/0', protocol: 'tcp' },
              { action: 'allow', direction: 'outbound', source: '0.0.0.0/0', destination: '10.0.0.0/8' },
            ],
          },
          acl: { name: 'acl', vpc: 'r006-x' },
        },
        ibm_is_network_acl_rule: {
          sideways: acl({ direction: 'sideways' }),
          maybe: acl({ action: '${var.action}', protocol: 'tcp' }),
          odd: { ...acl({}), network_acl: { id: 'x' } },
        },
      }),
    ).toEqual([
      '  ibm-vpc-network-acl:ibm_is_network_acl.inline: unknown',
      '    request ingress 10.0.0.1:49152 -> agent:2548: unknown, unresolved: ibm_is_network_acl.inline.rules[0] (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable))), ibm_is_network_acl.inline.rules[0] (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable)))',
      '      - ibm_is_network_acl.inline.rules[0]: ingress allow all (direction undefined unreadable, action undefined unreadable) 0.0.0.0/0 destination ports all ports source ports all ports agent side 0.0.0.0/0 => unknown (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable)))',
      '      - ibm_is_network_acl.inline.rules[0]: ingress deny all (direction undefined unreadable, action undefined unreadable) 0.0.0.0/0 destination ports all ports source ports all ports agent side 0.0.0.0/0 => unknown (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable)))',
      '      - ibm_is_network_acl.inline.rules[1] (in): ingress allow tcp 10.0.0.0/8 destination ports all ports source ports all ports agent side 0.0.0.0/0 => match',
      '    reply egress agent:2548 -> 10.0.0.1:49152: unknown, unresolved: ibm_is_network_acl.inline.rules[0] (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable))), ibm_is_network_acl.inline.rules[0] (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable)))',
      '      - ibm_is_network_acl.inline.rules[0]: egress allow all (direction undefined unreadable, action undefined unreadable) 0.0.0.0/0 destination ports all ports source ports all ports agent side 0.0.0.0/0 => unknown (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable)))',
      '      - ibm_is_network_acl.inline.rules[0]: egress deny all (direction undefined unreadable, action undefined unreadable) 0.0.0.0/0 destination ports all ports source ports all ports agent side 0.0.0.0/0 => unknown (protocol is unresolved (all (direction undefined unreadable, action undefined unreadable)))',
      '      - ibm_is_network_acl.inline.rules[2]: egress allow all 10.0.0.0/8 destination ports all ports source ports all ports agent side 0.0.0.0/0 => match',
      '  ibm-vpc-network-acl:ibm_is_network_acl.acl: denied',
      '    request ingress 10.0.0.1:49152 -> agent:2548: unknown, unresolved: ibm_is_network_acl_rule.sideways (protocol is unresolved (all (direction "sideways" unreadable))), ibm_is_network_acl_rule.maybe (protocol is unresolved (tcp (action "${var.action}" unreadable))), ibm_is_network_acl_rule.maybe (protocol is unresolved (tcp (action "${var.action}" unreadable)))',
      '      - ibm_is_network_acl_rule.sideways: ingress allow all (direction "sideways" unreadable) 10.0.0.0/8 destination ports all ports source ports all ports agent side 10.240.0.0/24 => unknown (protocol is unresolved (all (direction "sideways" unreadable)))',
      '      - ibm_is_network_acl_rule.maybe: ingress allow tcp (action "${var.action}" unreadable) 10.0.0.0/8 destination ports all ports source ports all ports agent side 10.240.0.0/24 => unknown (protocol is unresolved (tcp (action "${var.action}" unreadable)))',
      '      - ibm_is_network_acl_rule.maybe: ingress deny tcp (action "${var.action}" unreadable) 10.0.0.0/8 destination ports all ports source ports all ports agent side 10.240.0.0/24 => unknown (protocol is unresolved (tcp (action "${var.action}" unreadable)))',
      '    reply egress agent:2548 -> 10.0.0.1:49152: denied, no rule matches: implicit deny',
      '      - ibm_is_network_acl_rule.sideways: egress allow all (direction "sideways" unreadable) 10.240.0.0/24 destination ports all ports source ports all ports agent side 10.0.0.0/8 => no-match (remote 10.0.0.1 not in 10.240.0.0/24)',
      '  ibm-vpc-network-acl:unresolved {"id":"x"}: unknown',
      '    request ingress 10.0.0.1:49152 -> agent:2548: allowed, first matching rule ibm_is_network_acl_rule.odd allows it',
      '      - ibm_is_network_acl_rule.odd: ingress allow all 10.0.0.0/8 destination ports all ports source ports all ports agent side 10.240.0.0/24 => match',
      '    reply egress agent:2548 -> 10.0.0.1:49152: unknown, unresolved {"id":"x"} is not defined in the artifact, so other rules may exist',
      '      (no rules)',
    ]);
  });
});
