import { FlowDirection } from '../../lib';
import { ExactFlowAnalysis, FlowSet, SynthesizedArtifact } from '../../lib/review';
import { ibmAclRule, tfConfig } from './templates';

/**
 * The blocked parts of an exact answer: each layer's denied pieces within the flows asked about, and
 * its unknown pieces only where no other layer denies; no part without flows, and the rules that
 * allow some requested flow. A VPC security group with a definite rule and one with an unresolved
 * remote, behind a network ACL that denies part of what the group may allow.
 */
const SG_ID = '${ibm_is_security_group.sg.id}';
const ACL_ID = '${ibm_is_network_acl.acl.id}';
const groupRule = (remote: string) => ({ group: SG_ID, direction: 'inbound', remote, protocol: 'tcp', port_min: 2548, port_max: 2548 });
const aclRule = (name: string, fields: Partial<Parameters<typeof ibmAclRule>[0]>) =>
  ibmAclRule({ acl: ACL_ID, name, action: 'allow', direction: 'inbound', source: '0.0.0.0/0', destination: '0.0.0.0/0', ...fields });
const DOCUMENT = tfConfig({
  ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } },
  ibm_is_security_group_rule: { sure: groupRule('10.0.0.0/24'), maybe: groupRule('${var.remote}') },
  ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } },
  ibm_is_network_acl_rule: {
    deny: aclRule('deny', { action: 'deny', source: '10.0.1.0/24', portMin: 2548, portMax: 2548 }),
    in: aclRule('in', {}),
    out: aclRule('out', { direction: 'outbound' }),
  },
});
const analysis = () => ExactFlowAnalysis.of(SynthesizedArtifact.load(DOCUMENT), { clientPorts: { from: 40000, to: 40000 } });
const blocks = (flows: FlowSet) =>
  flows.blocks.map(
    (b) => `${b.direction} ${b.firstAddress}-${b.lastAddress} ${b.servicePorts.from}-${b.servicePorts.to} ${b.clientPorts.from}-${b.clientPorts.to}`,
  );

test('a part the ACL denies is blocked there only, though the group cannot tell for it either', () => {
  const answer = analysis().checkRange({ direction: FlowDirection.INGRESS, peer: '10.0.0.0/23', fromPort: 2548 });
  expect(answer.verdict).toBe('denied');
  expect(blocks(answer.allowed)).toEqual(['ingress 10.0.0.0-10.0.0.255 2548-2548 40000-40000']);
  expect(blocks(answer.denied)).toEqual(['ingress 10.0.1.0-10.0.1.255 2548-2548 40000-40000']);
  expect(answer.unknown.isEmpty).toBe(true);
  expect(answer.blocked.map((part) => [part.verdict, part.layer, part.leg, part.rule, part.reason, ...blocks(part.flows)])).toEqual([
    [
      'denied',
      'ibm-vpc-network-acl:ibm_is_network_acl.acl',
      'request',
      'ibm_is_network_acl_rule.deny (deny)',
      'request: ibm_is_network_acl_rule.deny (deny) denies it',
      'ingress 10.0.1.0-10.0.1.255 2548-2548 40000-40000',
    ],
  ]);
  expect(answer.allowingRules).toEqual([
    'ibm-vpc-security-groups: ibm_is_security_group_rule.sure',
    'ibm-vpc-network-acl:ibm_is_network_acl.acl: ibm_is_network_acl_rule.in (in)',
    'ibm-vpc-network-acl:ibm_is_network_acl.acl: ibm_is_network_acl_rule.out (out)',
  ]);
});

test('where no layer denies, the group that cannot tell is the one named', () => {
  const answer = analysis().checkRange({ direction: FlowDirection.INGRESS, peer: '10.0.2.0/24', fromPort: 2548 });
  expect(answer.verdict).toBe('unknown');
  expect(answer.blocked.map((part) => [part.verdict, part.layer, part.rule, part.reason, ...blocks(part.flows)])).toEqual([
    [
      'unknown',
      'ibm-vpc-security-groups',
      undefined,
      'request: undecided; unresolved rules may match: ibm_is_security_group_rule.maybe',
      'ingress 10.0.2.0-10.0.2.255 2548-2548 40000-40000',
    ],
  ]);
});
