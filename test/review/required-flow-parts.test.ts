import { AccessMode, ConnectivityPolicy, FlowDirection } from '../../lib';
import { ExactFlowAnalysis, SynthesizedArtifact } from '../../lib/review';
import { checkRequiredFlows, RequiredFlowCheck } from '../../lib/review/required-flows';
import { ibmAclRule, tfConfig } from './templates';

/**
 * The reasons given for the required flows of a minimal-mode policy, checked against a VPC whose
 * network ACL denies the agent's management port from five slices of an AMP subnet, one after the
 * other, and whose security group opens that port only to part of the portal subnet for sure, the
 * rest through a rule of unresolved remote. A denied flow names its first three denied slices and
 * counts the others, an undecided flow names its undecided addresses, an allowed one every rule that
 * allows it.
 */
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] });
const SG_ID = '${ibm_is_security_group.sg.id}';
const ACL_ID = '${ibm_is_network_acl.acl.id}';
const groupRule = (direction: string, remote: string, from: number, to = from) => ({
  group: SG_ID,
  direction,
  remote,
  protocol: 'tcp',
  port_min: from,
  port_max: to,
});
const aclRule = (name: string, fields: Partial<Parameters<typeof ibmAclRule>[0]>) =>
  ibmAclRule({ acl: ACL_ID, name, action: 'allow', direction: 'inbound', source: '0.0.0.0/0', destination: '0.0.0.0/0', ...fields });
const denyManagement = (name: string, source: string) => aclRule(name, { action: 'deny', source, portMin: 2548 });
const DOCUMENT = tfConfig({
  ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } },
  ibm_is_security_group_rule: {
    portal: groupRule('inbound', '10.200.86.0/26', 2548),
    maybe: groupRule('inbound', '${var.remote}', 2548),
    out: groupRule('outbound', '10.0.0.0/8', 1, 65535),
  },
  ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } },
  ibm_is_network_acl_rule: {
    first: denyManagement('first', '10.2.118.0/28'),
    second: denyManagement('second', '10.2.118.16/28'),
    third: denyManagement('third', '10.2.118.32/28'),
    fourth: denyManagement('fourth', '10.2.118.48/28'),
    fifth: denyManagement('fifth', '10.2.118.64/28'),
    in: aclRule('in', {}),
    out: aclRule('out', { direction: 'outbound' }),
  },
});
const checks = () =>
  checkRequiredFlows(ExactFlowAnalysis.of(SynthesizedArtifact.load(DOCUMENT), { clientPorts: { from: 40000, to: 40000 } }), POLICY);
const checkOf = (direction: FlowDirection, cidr: string): RequiredFlowCheck =>
  checks().find((check) => check.rule.direction === direction && check.rule.cidr === cidr)!;
const ACL = 'ibm-vpc-network-acl:ibm_is_network_acl.acl';

describe('a required flow denied in five slices and undecided for the rest', () => {
  const check = () => checkOf(FlowDirection.INGRESS, '10.2.118.0/24');

  test('is denied, with its undecided part listed first among its blocked parts', () => {
    const flow = check();
    expect(flow.verdict).toBe('denied');
    expect(flow.blocked.map((row) => [row.verdict, row.cidrs.join(' ')])).toEqual([
      ['unknown', '10.2.118.80/28 10.2.118.96/27 10.2.118.128/25'],
      ['denied', '10.2.118.0/28'],
      ['denied', '10.2.118.16/28'],
      ['denied', '10.2.118.32/28'],
      ['denied', '10.2.118.48/28'],
      ['denied', '10.2.118.64/28'],
    ]);
  });

  test('names only its first three denied slices, in order, and counts the two other denied ones', () => {
    expect(check().reason).toBe(
      [
        `10.2.118.0/28 TCP 2548 (client ports 40000) blocked at ${ACL}, request: ibm_is_network_acl_rule.first (first) denies it`,
        `10.2.118.16/28 TCP 2548 (client ports 40000) blocked at ${ACL}, request: ibm_is_network_acl_rule.second (second) denies it`,
        `10.2.118.32/28 TCP 2548 (client ports 40000) blocked at ${ACL}, request: ibm_is_network_acl_rule.third (third) denies it; and 2 more part(s)`,
      ].join('; '),
    );
  });
});

test('an undecided required flow names its undecided addresses, every CIDR block of them', () => {
  const flow = checkOf(FlowDirection.INGRESS, '10.200.86.0/24');
  expect(flow.verdict).toBe('unknown');
  expect(flow.reason).toBe(
    '10.200.86.64/26, 10.200.86.128/25 TCP 2548 (client ports 40000) undecided at ibm-vpc-security-groups, request: undecided; unresolved rules may match: ibm_is_security_group_rule.maybe',
  );
});

test('an allowed required flow names every rule that allows it, separated by semicolons', () => {
  const flow = checkOf(FlowDirection.EGRESS, '10.200.90.15/32');
  expect(flow.verdict).toBe('allowed');
  expect(flow.reason).toBe(
    `allowed by ibm-vpc-security-groups: ibm_is_security_group_rule.out; ${ACL}: ibm_is_network_acl_rule.out (out); ${ACL}: ibm_is_network_acl_rule.in (in)`,
  );
});
