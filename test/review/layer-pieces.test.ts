import { ExactAnalysisOptions, ExactFlowAnalysis, SynthesizedArtifact } from '../../lib/review';
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

/** Each layer's pieces: verdict, reason, the rules that may also match, and the flows, block by block. */
function piecesOf(document: object, options: ExactAnalysisOptions = {}): Array<[string, string[][]]> {
  const exact = ExactFlowAnalysis.of(SynthesizedArtifact.load(document), { clientPorts: { from: 1, to: 6 }, ...options });
  // A piece always holds flows: parts a rule leaves nothing of do not become pieces.
  expect(exact.layers.flatMap((l) => l.pieces).filter((piece) => piece.flows.isEmpty)).toEqual([]);
  return exact.layers.map(({ layer, pieces }) => [
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
}

test("each layer's pieces: verdict, the reason with the deciding rule, the rules that may also match and what is hidden, and the flows", () => {
  expect(piecesOf(DOCUMENT)).toEqual([
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

const SG_ID = '${ibm_is_security_group.sg.id}';
const ACL_ID = '${ibm_is_network_acl.acl.id}';
const withGroup = (rules: Record<string, Record<string, unknown>>) =>
  tfConfig({ ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } }, ibm_is_security_group_rule: rules });
const withAcl = (rules: Record<string, Record<string, unknown>>) =>
  tfConfig({ ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } }, ibm_is_network_acl_rule: rules });
const definedAclRule = (name: string, fields: object) => aclRule(name, { acl: ACL_ID, destination: '10.240.0.0/24', ...fields });
const SG_RULE = 'ibm_is_security_group_rule';
const ACL_RULE = 'ibm_is_network_acl_rule';

describe('security groups', () => {
  test('a group that allows every ingress flow leaves no denied piece', () => {
    const document = withGroup({ all: { group: SG_ID, direction: 'inbound', remote: '0.0.0.0/0', protocol: 'tcp' } });
    expect(piecesOf(document)).toEqual([
      [
        'ibm-vpc-security-groups',
        [
          ['allowed', `request: ${SG_RULE}.all allows it`, '', 'ingress 0.0.0.0-255.255.255.255 0-65535 1-6'],
          ['denied', 'request: no rule allows it', '', 'egress 0.0.0.0-255.255.255.255 0-65535 1-6'],
        ],
      ],
    ]);
  });

  test('a rule whose ports lie outside the TCP port range matches nothing', () => {
    const document = withGroup({ wide: groupRule('10.0.0.0/30', [70000, 70001]), real: groupRule('10.0.0.0/30', [2, 3]) });
    const [[, pieces]] = piecesOf(document);
    expect(pieces.map((piece) => piece[1])).toEqual([
      `request: ${SG_RULE}.real allows it`,
      'request: no rule allows it',
      'request: no rule allows it',
    ]);
  });

  test('unresolved rules on other ports are not named for flows they cannot match', () => {
    const document = withGroup({ a: groupRule('${var.a}', [2, 3]), b: groupRule('${var.b}', [3, 4]) });
    const [[, pieces]] = piecesOf(document);
    expect(pieces.filter((piece) => piece[0] === 'unknown')).toEqual([
      [
        'unknown',
        `request: undecided; unresolved rules may match: ${SG_RULE}.a, ${SG_RULE}.b`,
        `${SG_RULE}.a ${SG_RULE}.b`,
        'ingress 0.0.0.0-255.255.255.255 3-3 1-6',
      ],
      ['unknown', `request: undecided; unresolved rules may match: ${SG_RULE}.a`, `${SG_RULE}.a`, 'ingress 0.0.0.0-255.255.255.255 2-2 1-6'],
      ['unknown', `request: undecided; unresolved rules may match: ${SG_RULE}.b`, `${SG_RULE}.b`, 'ingress 0.0.0.0-255.255.255.255 4-4 1-6'],
    ]);
  });

  test('with the agent address given, a rule whose local side is unresolved may match: unknown', () => {
    const document = withGroup({
      local: { group: SG_ID, direction: 'inbound', remote: '10.0.0.0/30', local: '${var.local}', protocol: 'tcp', port_min: 2, port_max: 3 },
    });
    expect(piecesOf(document, { agentAddress: '10.240.0.5' })).toEqual([
      [
        'ibm-vpc-security-groups',
        [
          [
            'denied',
            'request: no rule allows it',
            '',
            'ingress 0.0.0.0-9.255.255.255 0-65535 1-6',
            'ingress 10.0.0.0-10.0.0.3 0-1 1-6',
            'ingress 10.0.0.0-10.0.0.3 4-65535 1-6',
            'ingress 10.0.0.4-255.255.255.255 0-65535 1-6',
          ],
          ['unknown', `request: undecided; unresolved rules may match: ${SG_RULE}.local`, `${SG_RULE}.local`, 'ingress 10.0.0.0-10.0.0.3 2-3 1-6'],
          ['denied', 'request: no rule allows it', '', 'egress 0.0.0.0-255.255.255.255 0-65535 1-6'],
        ],
      ],
    ]);
  });
});

describe('a network ACL defined in the artifact', () => {
  const reply = definedAclRule('reply', { direction: 'outbound', source: '0.0.0.0/0', destination: '0.0.0.0/0' });
  /** The pieces of ingress requests: the reply rule lets every reply through. */
  const ingressRequests = (rules: Record<string, Record<string, unknown>>) => {
    const [[, pieces]] = piecesOf(withAcl({ ...rules, reply }));
    return pieces.filter((piece) => String(piece[1]).startsWith('request') && String(piece[3]).startsWith('ingress'));
  };
  test('a rule that the rules ahead of it leave nothing to decide in part of its range has no piece there', () => {
    const pieces = ingressRequests({
      wide: definedAclRule('wide', { source: '0.0.0.0/0', portMin: 1, portMax: 10 }),
      narrow: definedAclRule('narrow', { source: '10.0.0.0/8', portMin: 1, portMax: 5 }),
    });
    expect(pieces).toEqual([
      ['allowed', `request: ${ACL_RULE}.wide (wide) allows it`, '', 'ingress 0.0.0.0-255.255.255.255 1-10 1-6'],
      [
        'denied',
        'request: no rule matches: implicit deny',
        '',
        'ingress 0.0.0.0-255.255.255.255 0-0 1-6',
        'ingress 0.0.0.0-255.255.255.255 11-65535 1-6',
      ],
    ]);
  });

  test('two unresolved rules ahead of the deciding one are both named', () => {
    const pieces = ingressRequests({
      m1: definedAclRule('m1', { source: '${var.a}', portMin: 2, portMax: 2 }),
      m2: definedAclRule('m2', { source: '${var.b}', portMin: 2, portMax: 2 }),
      sure: definedAclRule('sure', { source: '10.0.0.0/30', portMin: 2, portMax: 2 }),
    });
    expect(pieces.filter((piece) => piece[0] === 'allowed')).toEqual([
      [
        'allowed',
        `request: ${ACL_RULE}.sure (sure) allows it; unresolved rules may match: ${ACL_RULE}.m1 (m1), ${ACL_RULE}.m2 (m2)`,
        `${ACL_RULE}.m1 ${ACL_RULE}.m2`,
        'ingress 10.0.0.0-10.0.0.3 2-2 1-6',
      ],
    ]);
  });

  test('a rule whose position is unknown leaves the parts outside its ports as they were', () => {
    const pieces = ingressRequests({
      sure: definedAclRule('sure', { source: '10.0.0.0/30', portMin: 2, portMax: 2 }),
      lost: definedAclRule('lost', { source: '10.0.0.0/30', portMin: 3, portMax: 3, before: '${ibm_is_network_acl_rule.gone.rule_id}' }),
    });
    expect(pieces.map((piece) => piece.slice(0, 2))).toEqual([
      ['denied', 'request: no rule matches: implicit deny'],
      ['allowed', `request: ${ACL_RULE}.sure (sure) allows it`],
      ['unknown', `request: undecided; unresolved rules may match: ${ACL_RULE}.lost (lost)`],
    ]);
  });

  test('a rule whose position is unknown makes every piece it may match unknown, naming the rules that decided them', () => {
    const pieces = ingressRequests({
      sure: definedAclRule('sure', { source: '10.0.0.0/30', portMin: 2, portMax: 3 }),
      maybe: definedAclRule('maybe', { source: '${var.a}', portMin: 3, portMax: 4 }),
      lost: definedAclRule('lost', {
        action: 'deny',
        source: '10.0.0.0/29',
        portMin: 3,
        portMax: 5,
        before: '${ibm_is_network_acl_rule.gone.rule_id}',
      }),
    });
    const MAYBE = `${ACL_RULE}.maybe (maybe)`;
    const LOST = `${ACL_RULE}.lost (lost)`;
    expect(pieces).toEqual([
      [
        'denied',
        'request: no rule matches: implicit deny',
        '',
        'ingress 0.0.0.0-9.255.255.255 0-2 1-6',
        'ingress 0.0.0.0-9.255.255.255 5-65535 1-6',
        'ingress 10.0.0.0-10.0.0.3 0-1 1-6',
        'ingress 10.0.0.0-10.0.0.3 6-65535 1-6',
        'ingress 10.0.0.4-10.0.0.7 0-2 1-6',
        'ingress 10.0.0.4-10.0.0.7 6-65535 1-6',
        'ingress 10.0.0.8-255.255.255.255 0-2 1-6',
        'ingress 10.0.0.8-255.255.255.255 5-65535 1-6',
      ],
      [
        'unknown',
        `request: undecided; unresolved rules may match: ${MAYBE}`,
        `${ACL_RULE}.maybe`,
        'ingress 0.0.0.0-9.255.255.255 3-4 1-6',
        'ingress 10.0.0.8-255.255.255.255 3-4 1-6',
      ],
      ['allowed', `request: ${ACL_RULE}.sure (sure) allows it`, '', 'ingress 10.0.0.0-10.0.0.3 2-2 1-6'],
      [
        'unknown',
        `request: undecided; unresolved rules may match: ${ACL_RULE}.sure (sure), ${LOST}`,
        `${ACL_RULE}.sure ${ACL_RULE}.lost`,
        'ingress 10.0.0.0-10.0.0.3 3-3 1-6',
      ],
      ['unknown', `request: undecided; unresolved rules may match: ${LOST}`, `${ACL_RULE}.lost`, 'ingress 10.0.0.0-10.0.0.7 5-5 1-6'],
      [
        'unknown',
        `request: undecided; unresolved rules may match: ${MAYBE}, ${LOST}`,
        `${ACL_RULE}.maybe ${ACL_RULE}.lost`,
        'ingress 10.0.0.0-10.0.0.3 4-4 1-6',
        'ingress 10.0.0.4-10.0.0.7 3-4 1-6',
      ],
    ]);
  });
});
