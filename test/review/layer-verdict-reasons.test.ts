import { FlowDirection } from '../../lib';
import { FlowAnalyzer, FlowVerdict, SynthesizedArtifact } from '../../lib/review';
import { ibmAclRule, tfConfig } from './templates';

/**
 * The point evaluator's verdict and reason at each kind of layer, for every way a layer can decide
 * or fail to decide: the reasons reach blocked-flow reports and `FlowAnalyzer.explain`, so they are
 * asserted word for word, with the rules that decided.
 */
const SG = 'ibm_is_security_group_rule';
const ACL = 'ibm_is_network_acl_rule';

const groupRule = (group: string, direction: string, remote: string, port: number) => ({
  group,
  direction,
  remote,
  protocol: 'tcp',
  port_min: port,
  port_max: port,
});
const aclRule = (acl: string, name: string, fields: Partial<Parameters<typeof ibmAclRule>[0]>) =>
  ibmAclRule({ acl, name, action: 'allow', direction: 'inbound', source: '10.0.0.0/29', destination: '10.240.0.0/24', ...fields });

/** Verdict and reason of each layer's legs, then the rules each leg considered and the ones that decided. */
function legs(verdict: FlowVerdict): string[][] {
  return verdict.layers.flatMap((layer) =>
    layer.legs.map((leg) => [
      `${layer.layer} ${leg.leg}: ${leg.verdict}, ${leg.reason}`,
      `considered ${leg.considered.map((e) => `${e.rule.resource}=${e.result}`).join(' ')}`,
      `matched ${leg.matched.map((e) => e.rule.resource).join(' ')}`,
    ]),
  );
}

describe('security groups: a matching rule allows, unresolved rules leave the flow unknown, groups defined elsewhere may hold more', () => {
  // Two groups defined elsewhere, each with a definite rule and one with an unresolved remote, and an
  // egress rule that an ingress flow never considers.
  const document = tfConfig({
    ibm_is_security_group_rule: {
      a1: groupRule('r006-a', 'inbound', '10.0.0.0/29', 2548),
      b1: groupRule('r006-b', 'inbound', '10.0.0.0/24', 2548),
      a2: groupRule('r006-a', 'inbound', '${var.remote_a}', 2548),
      b2: groupRule('r006-b', 'inbound', '${var.remote_b}', 2548),
      out: groupRule('r006-a', 'outbound', '0.0.0.0/0', 2548),
    },
  });
  // Rules are considered group by group.
  const considered = `considered ${SG}.a1=%s ${SG}.a2=%s ${SG}.b1=%s ${SG}.b2=%s`;
  const fill = (text: string, ...results: string[]) => results.reduce((t, r) => t.replace('%s', r), text);
  const check = (peer: string, port: number, treatExternalAsComplete?: boolean) =>
    legs(new FlowAnalyzer(SynthesizedArtifact.load(document), { treatExternalAsComplete }).check({ direction: FlowDirection.INGRESS, peer, port }));
  const LAYER = 'ibm-vpc-security-groups request';

  test('every matching rule is named', () => {
    expect(check('10.0.0.1', 2548)).toEqual([
      [`${LAYER}: allowed, allowed by ${SG}.a1, ${SG}.b1`, fill(considered, 'match', 'unknown', 'match', 'unknown'), `matched ${SG}.a1 ${SG}.b1`],
    ]);
  });

  test('only unresolved rules could match: each is named with the value it waits for', () => {
    expect(check('10.0.1.1', 2548)).toEqual([
      [
        `${LAYER}: unknown, no rule allows it for certain; unresolved: ${SG}.a2 (remote is unresolved (\${var.remote_a})), ` +
          `${SG}.b2 (remote is unresolved (\${var.remote_b}))`,
        fill(considered, 'no-match', 'unknown', 'no-match', 'unknown'),
        `matched ${SG}.a2 ${SG}.b2`,
      ],
    ]);
  });

  test('no visible rule could match: the groups defined elsewhere are named, unless they are taken as complete', () => {
    const none = fill(considered, 'no-match', 'no-match', 'no-match', 'no-match');
    expect(check('10.0.0.1', 22)).toEqual([
      [`${LAYER}: unknown, no visible rule allows it; r006-a, r006-b are not defined in the artifact, so other rules may exist`, none, 'matched '],
    ]);
    expect(check('10.0.0.1', 22, true)).toEqual([[`${LAYER}: denied, no rule allows it`, none, 'matched ']]);
  });

  test('a group without rules in the direction of the flow denies everything', () => {
    const egressOnly = SynthesizedArtifact.load(
      tfConfig({
        ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } },
        ibm_is_security_group_rule: { out: groupRule('${ibm_is_security_group.sg.id}', 'outbound', '10.0.0.0/8', 8086) },
      }),
    );
    const flow = new FlowAnalyzer(egressOnly).check({ direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 });
    expect(legs(flow)).toEqual([[`${LAYER}: denied, no rules: everything is denied`, 'considered ', 'matched ']]);
  });
});

describe('network ACLs: the first matching rule decides, unresolved and unplaced rules ahead of it leave the flow unknown', () => {
  const ACL_ID = '${ibm_is_network_acl.acl.id}';
  const defined = (rules: Record<string, Record<string, unknown>>) =>
    SynthesizedArtifact.load(tfConfig({ ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } }, ibm_is_network_acl_rule: rules }));
  const reply = aclRule(ACL_ID, 'reply', { direction: 'outbound', source: '10.240.0.0/24', destination: '10.0.0.0/29' });
  const request = (artifact: SynthesizedArtifact, treatExternalAsComplete?: boolean) =>
    legs(new FlowAnalyzer(artifact, { treatExternalAsComplete }).check({ direction: FlowDirection.INGRESS, peer: '10.0.0.1', port: 2548 }))[0];
  const LAYER = 'ibm-vpc-network-acl:ibm_is_network_acl.acl request';

  test('the first rule that matches for certain is named, not an unresolved one with the same action ahead of it', () => {
    const artifact = defined({
      maybe: aclRule(ACL_ID, 'maybe', { source: '${var.remote}' }),
      sure: aclRule(ACL_ID, 'sure', {}),
      out: reply,
    });
    expect(request(artifact)).toEqual([
      `${LAYER}: allowed, first matching rule ${ACL}.sure allows it`,
      `considered ${ACL}.maybe=unknown ${ACL}.sure=match`,
      `matched ${ACL}.maybe ${ACL}.sure`,
    ]);
  });

  test('a matching deny rule denies, and the rules after it are not considered', () => {
    const artifact = defined({
      deny: aclRule(ACL_ID, 'deny', { action: 'deny' }),
      later: aclRule(ACL_ID, 'later', {}),
      out: reply,
    });
    expect(request(artifact)).toEqual([
      `${LAYER}: denied, first matching rule ${ACL}.deny denies it`,
      `considered ${ACL}.deny=match`,
      `matched ${ACL}.deny`,
    ]);
  });

  test('unresolved deny rules and the implicit deny agree: denied', () => {
    const artifact = defined({ maybe: aclRule(ACL_ID, 'maybe', { action: 'deny', source: '${var.remote}' }), out: reply });
    expect(request(artifact)).toEqual([
      `${LAYER}: denied, only unresolved rules could match, and they deny it too`,
      `considered ${ACL}.maybe=unknown`,
      `matched ${ACL}.maybe`,
    ]);
  });

  test('no rule matches: the implicit deny', () => {
    const artifact = defined({ other: aclRule(ACL_ID, 'other', { source: '10.9.0.0/16' }), out: reply });
    expect(request(artifact)).toEqual([`${LAYER}: denied, no rule matches: implicit deny`, `considered ${ACL}.other=no-match`, 'matched ']);
  });

  test('an unresolved allow ahead of the implicit deny: unknown, naming the unresolved rule alone', () => {
    const artifact = defined({ maybe: aclRule(ACL_ID, 'maybe', { source: '${var.remote}' }), out: reply });
    expect(request(artifact)).toEqual([
      `${LAYER}: unknown, unresolved: ${ACL}.maybe (remote is unresolved (\${var.remote}))`,
      `considered ${ACL}.maybe=unknown`,
      `matched ${ACL}.maybe`,
    ]);
  });

  test('a matching rule whose position is unknown: unknown, naming it alone', () => {
    const artifact = defined({ lost: aclRule(ACL_ID, 'lost', { before: '${ibm_is_network_acl_rule.gone.rule_id}' }), out: reply });
    expect(request(artifact)).toEqual([`${LAYER}: unknown, position unknown: ${ACL}.lost`, `considered ${ACL}.lost=match`, `matched ${ACL}.lost`]);
  });

  test('two matching rules whose position is unknown are both named', () => {
    const gone = '${ibm_is_network_acl_rule.gone.rule_id}';
    const artifact = defined({ lost: aclRule(ACL_ID, 'lost', { before: gone }), astray: aclRule(ACL_ID, 'astray', { before: gone }), out: reply });
    expect(request(artifact)[0]).toBe(`${LAYER}: unknown, position unknown: ${ACL}.lost, ${ACL}.astray`);
  });

  test('an unresolved rule and an unplaced one: both reasons, and only the unresolved rule is called unresolved', () => {
    const artifact = defined({
      maybe: aclRule(ACL_ID, 'maybe', { source: '${var.remote}' }),
      lost: aclRule(ACL_ID, 'lost', { before: '${ibm_is_network_acl_rule.gone.rule_id}' }),
      out: reply,
    });
    expect(request(artifact)).toEqual([
      `${LAYER}: unknown, unresolved: ${ACL}.maybe (remote is unresolved (\${var.remote})); position unknown: ${ACL}.lost`,
      `considered ${ACL}.maybe=unknown ${ACL}.lost=match`,
      `matched ${ACL}.maybe ${ACL}.lost`,
    ]);
  });

  describe('an ACL defined elsewhere', () => {
    const EXTERNAL = 'ibm-vpc-network-acl:r006-acl request';
    const HIDDEN = 'r006-acl is not defined in the artifact, so other rules may exist';
    const elsewhere = (rules: Record<string, Record<string, unknown>>) => SynthesizedArtifact.load(tfConfig({ ibm_is_network_acl_rule: rules }));
    const out = aclRule('r006-acl', 'reply', { direction: 'outbound', source: '10.240.0.0/24', destination: '10.0.0.0/29' });

    test('no visible rule matches: the rules it may hold decide, unless it is taken as complete', () => {
      const artifact = elsewhere({ other: aclRule('r006-acl', 'other', { source: '10.9.0.0/16' }), out });
      expect(request(artifact)).toEqual([`${EXTERNAL}: unknown, ${HIDDEN}`, `considered ${ACL}.other=no-match`, 'matched ']);
      expect(request(artifact, true)).toEqual([
        `${EXTERNAL}: denied, no rule matches: implicit deny`,
        `considered ${ACL}.other=no-match`,
        'matched ',
      ]);
    });

    test('a visible rule decides, behind an unresolved rule of the other action: unknown because of that rule only', () => {
      const artifact = elsewhere({
        maybe: aclRule('r006-acl', 'maybe', { action: 'deny', source: '${var.remote}' }),
        sure: aclRule('r006-acl', 'sure', {}),
        out,
      });
      expect(request(artifact)).toEqual([
        `${EXTERNAL}: unknown, unresolved: ${ACL}.maybe (remote is unresolved (\${var.remote}))`,
        `considered ${ACL}.maybe=unknown ${ACL}.sure=match`,
        `matched ${ACL}.maybe ${ACL}.sure`,
      ]);
    });
  });
});
