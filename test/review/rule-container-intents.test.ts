import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityReview, ExactFlowAnalysis, FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { ibmAclRule, tfConfig } from './templates';

/**
 * Which construct the groups and ACLs of an IBM Cloud VPC configuration belong to: the intent paths
 * a layer carries (once per construct, from its groups or its ACL, never a group without intent),
 * and a construct's group whose rules are separate resources without intent of their own.
 */
const KEY = ConnectivityIntent.METADATA_KEY;
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }, 'App/Agent');
const RECORD = ConnectivityIntent.record(POLICY, 'App/Agent', 'ibm-vpc', Emit.SECURITY_GROUP);
const reference = (path: string) => ({ '//': { [KEY]: ConnectivityIntent.reference(path) } });
const VPC = 'r006-4727d842-f94f-4a2d-824a-9bc9b02c523b';
const groupRule = (group: string, direction: 'inbound' | 'outbound', remote: string, from: number, to = from) => ({
  group: `\${ibm_is_security_group.${group}.id}`,
  direction,
  remote,
  protocol: 'tcp',
  port_min: from,
  port_max: to,
});
const allowAll = (direction: 'inbound' | 'outbound') =>
  ibmAclRule({ action: 'allow', direction, source: '0.0.0.0/0', destination: '0.0.0.0/0', name: direction });

/** Each layer of the configuration (of one construct, when a path is given): its id and intent paths. */
const intentsOf = (config: object, constructPath?: string) =>
  ExactFlowAnalysis.of(SynthesizedArtifact.load(config), { constructPath }).layers.map(({ layer }) => [layer.id, layer.intentPaths]);

describe("a layer's intent paths", () => {
  test('the security group layer names each construct once, and nothing for a group without intent', () => {
    const config = tfConfig({
      ibm_is_security_group: {
        agents: { vpc: VPC, '//': { [KEY]: RECORD } },
        plain: { vpc: VPC },
        more: { vpc: VPC, ...reference('App/Agent') },
        other: { vpc: VPC, ...reference('App/Other') },
      },
    });
    expect(intentsOf(config)).toStrictEqual([['ibm-vpc-security-groups', ['App/Agent', 'App/Other']]]);
  });

  test('a layer of groups none of which carries an intent has no intent path', () => {
    const config = tfConfig({ ibm_is_security_group: { plain: { vpc: VPC }, spare: { vpc: VPC } } });
    expect(intentsOf(config)).toStrictEqual([['ibm-vpc-security-groups', []]]);
  });

  test('an ACL names the construct whose intent it carries, and no construct when it carries none', () => {
    const config = tfConfig({
      ibm_is_network_acl: {
        owned: { vpc: VPC, ...reference('App/Agent'), rules: [allowAll('inbound'), allowAll('outbound')] },
        foreign: { vpc: VPC, rules: [allowAll('inbound'), allowAll('outbound')] },
      },
    });
    expect(intentsOf(config)).toStrictEqual([
      ['ibm-vpc-network-acl:ibm_is_network_acl.owned', ['App/Agent']],
      ['ibm-vpc-network-acl:ibm_is_network_acl.foreign', []],
    ]);
    expect(intentsOf(config, 'App/Agent')).toStrictEqual([['ibm-vpc-network-acl:ibm_is_network_acl.owned', ['App/Agent']]]);
  });
});

describe('a group that carries the intent while its rules do not', () => {
  const config = tfConfig({
    ibm_is_security_group: { agents: { vpc: VPC, '//': { [KEY]: RECORD } } },
    ibm_is_security_group_rule: Object.fromEntries(
      POLICY.rules.map((r, i) => [
        `rule${i}`,
        groupRule('agents', r.direction === FlowDirection.INGRESS ? 'inbound' : 'outbound', r.cidr, r.fromPort, r.toPort),
      ]),
    ),
  });

  test("is one of the construct's layers, with every rule of the group", () => {
    const layers = new FlowAnalyzer(SynthesizedArtifact.load(config), { constructPath: 'App/Agent' }).layers;
    expect(layers.map((l) => [l.id, l.containers, l.rules.length])).toEqual([
      ['ibm-vpc-security-groups', ['ibm_is_security_group.agents'], POLICY.rules.length],
    ]);
  });

  test("lets the construct's required flows through in its review", () => {
    const review = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(config));
    expect(review.constructs[0].requiredFlows?.map((f) => f.verdict)).toEqual(POLICY.rules.map(() => 'allowed'));
    expect(review.passed).toBe(true);
  });
});
