import { ExactFlowAnalysis, SynthesizedArtifact } from '../../lib/review';
import { ibmAclRule, tfConfig } from './templates';

/**
 * The exact analysis splits each layer's flows into pieces by the rule and packet that decide them;
 * the review's tables and the blocked-flow rows print their reasons. An ACL defined elsewhere, with a
 * definite deny, two allows (the first partly behind a rule with unresolved ports), a reply rule and
 * a last rule with an unresolved remote; beside it a VPC security group with a definite rule and one
 * with an unresolved remote.
 */
const aclRule = (name: string, fields: object) =>
  ibmAclRule({
    acl: 'r006-elsewhere',
    name,
    action: 'allow',
    direction: 'inbound',
    source: '10.0.0.0/29',
    destination: '0.0.0.0/0',
    protocol: 'tcp',
    ...fields,
  });
const groupRule = (remote: string, ports: [number, number]) => ({
  group: '${ibm_is_security_group.sg.id}',
  direction: 'inbound',
  remote,
  protocol: 'tcp',
  port_min: ports[0],
  port_max: ports[1],
});
const DOCUMENT = tfConfig({
  ibm_is_network_acl_rule: {
    r0: aclRule('deny-low', { action: 'deny', source: '10.0.0.0/30', portMin: 1, portMax: 2 }),
    r1: aclRule('maybe', { source: '10.0.0.4/30', portMin: '${var.port_min}', portMax: '${var.port_max}' }),
    r2: aclRule('allow', {}),
    r4: aclRule('allow-next', { source: '10.0.0.8/29' }),
    r5: aclRule('maybe-last', { source: '${var.remote}' }),
    r3: aclRule('reply', { direction: 'outbound', source: '0.0.0.0/0', destination: '10.0.0.0/29' }),
  },
  ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } },
  ibm_is_security_group_rule: { s0: groupRule('10.0.0.0/30', [1, 6]), s1: groupRule('${var.sg_remote}', [2, 3]) },
});

const HIDDEN = 'r006-elsewhere is not defined in the artifact, so other rules may exist';
const MAYBE_R1 = 'unresolved rules may match: ibm_is_network_acl_rule.r1 (maybe)';
const MAYBE_R5 = 'unresolved rules may match: ibm_is_network_acl_rule.r5 (maybe-last)';

test("each layer's pieces: verdict, the reason with the deciding rule, the rules that may also match and what is hidden, and the flows", () => {
  const exact = ExactFlowAnalysis.of(SynthesizedArtifact.load(DOCUMENT), { clientPorts: { from: 1, to: 6 } });
  const pieces = exact.layers.map(({ layer, pieces }) => [
    layer.id,
    pieces.map((piece) => [
      piece.verdict,
      piece.reason,
      piece.doubts.map((rule) => rule.resource).join(' '),
      ...piece.flows.blocks.map(
        (b) =>
          `${b.direction} ${b.firstAddress}-${b.lastAddress} ${b.servicePorts.from}-${b.servicePorts.to} ${b.clientPorts.from}-${b.clientPorts.to}`,
      ),
    ]),
  ]);
  expect(pieces).toEqual([
    [
      'ibm-vpc-security-groups',
      [
        ['allowed', 'request: ibm_is_security_group_rule.s0 allows it', '', 'ingress 10.0.0.0-10.0.0.3 1-6 1-6'],
        [
          'unknown',
          'request: undecided; unresolved rules may match: ibm_is_security_group_rule.s1',
          'ibm_is_security_group_rule.s1',
          'ingress 0.0.0.0-9.255.255.255 2-3 1-6',
          'ingress 10.0.0.4-255.255.255.255 2-3 1-6',
        ],
        [
          'denied',
          'request: no rule allows it',
          '',
          'ingress 0.0.0.0-9.255.255.255 0-1 1-6',
          'ingress 0.0.0.0-9.255.255.255 4-65535 1-6',
          'ingress 10.0.0.0-10.0.0.3 0-0 1-6',
          'ingress 10.0.0.0-10.0.0.3 7-65535 1-6',
          'ingress 10.0.0.4-255.255.255.255 0-1 1-6',
          'ingress 10.0.0.4-255.255.255.255 4-65535 1-6',
        ],
        ['denied', 'request: no rule allows it', '', 'egress 0.0.0.0-255.255.255.255 0-65535 1-6'],
      ],
    ],
    [
      'ibm-vpc-network-acl:r006-elsewhere',
      [
        [
          'unknown',
          `request: undecided; ${HIDDEN}; ${MAYBE_R5}`,
          'ibm_is_network_acl_rule.r5',
          'ingress 0.0.0.0-9.255.255.255 0-65535 1-6',
          'ingress 10.0.0.16-255.255.255.255 0-65535 1-6',
        ],
        ['denied', 'request: ibm_is_network_acl_rule.r0 (deny-low) denies it', '', 'ingress 10.0.0.0-10.0.0.3 1-2 1-6'],
        [
          'allowed',
          'request: ibm_is_network_acl_rule.r2 (allow) allows it',
          '',
          'ingress 10.0.0.0-10.0.0.3 0-0 1-6',
          'ingress 10.0.0.0-10.0.0.3 3-65535 1-6',
        ],
        [
          'allowed',
          `request: ibm_is_network_acl_rule.r2 (allow) allows it; ${MAYBE_R1}`,
          'ibm_is_network_acl_rule.r1',
          'ingress 10.0.0.4-10.0.0.7 0-65535 1-6',
        ],
        ['allowed', 'request: ibm_is_network_acl_rule.r4 (allow-next) allows it', '', 'ingress 10.0.0.8-10.0.0.15 0-65535 1-6'],
        [
          'unknown',
          `reply: no visible rule decides; ${HIDDEN}`,
          '',
          'ingress 0.0.0.0-9.255.255.255 0-65535 1-6',
          'ingress 10.0.0.8-255.255.255.255 0-65535 1-6',
        ],
        ['allowed', 'reply: ibm_is_network_acl_rule.r3 (reply) allows it', '', 'ingress 10.0.0.0-10.0.0.7 0-65535 1-6'],
        [
          'unknown',
          `request: no visible rule decides; ${HIDDEN}`,
          '',
          'egress 0.0.0.0-9.255.255.255 0-65535 1-6',
          'egress 10.0.0.8-255.255.255.255 0-65535 1-6',
        ],
        ['allowed', 'request: ibm_is_network_acl_rule.r3 (reply) allows it', '', 'egress 10.0.0.0-10.0.0.7 0-65535 1-6'],
        [
          'unknown',
          `reply: undecided; ${HIDDEN}; ${MAYBE_R5}`,
          'ibm_is_network_acl_rule.r5',
          'egress 0.0.0.0-9.255.255.255 0-65535 1-6',
          'egress 10.0.0.16-255.255.255.255 0-65535 1-6',
        ],
        ['denied', 'reply: ibm_is_network_acl_rule.r0 (deny-low) denies it', '', 'egress 10.0.0.0-10.0.0.3 0-65535 1-2'],
        ['allowed', 'reply: ibm_is_network_acl_rule.r2 (allow) allows it', '', 'egress 10.0.0.0-10.0.0.3 0-65535 3-6'],
        [
          'allowed',
          `reply: ibm_is_network_acl_rule.r2 (allow) allows it; ${MAYBE_R1}`,
          'ibm_is_network_acl_rule.r1',
          'egress 10.0.0.4-10.0.0.7 0-65535 1-6',
        ],
        ['allowed', 'reply: ibm_is_network_acl_rule.r4 (allow-next) allows it', '', 'egress 10.0.0.8-10.0.0.15 0-65535 1-6'],
      ],
    ],
  ]);
});
