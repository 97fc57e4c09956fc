import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { FlowAnalyzer, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * How rules are gathered into groups and ACLs, and groups and ACLs into the layers a flow crosses:
 * a rule may come before its group in the artifact, a construct's layers are those it or its rules
 * carry its intent on, and every ACL is a layer of its own.
 */
const KEY = ConnectivityIntent.METADATA_KEY;
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL });
const RECORD = ConnectivityIntent.record(POLICY, 'App/Agent', 'aws', Emit.SECURITY_GROUP);
const ingress = (cidr: string, metadata?: object) => ({
  Type: 'AWS::EC2::SecurityGroupIngress',
  Properties: { GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] }, IpProtocol: 'tcp', CidrIp: cidr, FromPort: 2548, ToPort: 2548 },
  ...(metadata ? { Metadata: metadata } : {}),
});
const layersOf = (template: object, constructPath?: string) =>
  new FlowAnalyzer(SynthesizedArtifact.load(template), { constructPath }).layers.map(
    (l) => `${l.id}: ${l.containers.join(' ')}; external ${l.externalContainers.join(' ')}; ${l.rules.map((r) => r.resource).join(' ')}`,
  );

test('a rule listed before its group belongs to it, and the group counts as defined', () => {
  const template = cfnTemplate({ Rule: ingress('10.0.0.0/8'), Sg: awsGroup([], [CDK_NO_EGRESS], { [KEY]: RECORD }) });
  expect(layersOf(template)).toEqual(['aws-security-groups: Sg; external ; Rule Sg.SecurityGroupEgress[0]']);
  const flow = FlowAnalyzer.analyze(SynthesizedArtifact.load(template), { direction: FlowDirection.INGRESS, peer: '192.0.2.1', port: 2548 });
  expect(flow.reason).toBe('denied (aws-security-groups: request no rule allows it)');
  // The group keeps the construct's intent although its rule was read first.
  expect(layersOf(template, 'App/Agent')).toEqual(['aws-security-groups: Sg; external ; Rule Sg.SecurityGroupEgress[0]']);
});

test("a construct's layers: the groups and ACLs that carry its intent, or whose rules do", () => {
  const reference = { [KEY]: ConnectivityIntent.reference('App/Agent') };
  const template = cfnTemplate({
    Sg: awsGroup([], [CDK_NO_EGRESS]),
    Rule: ingress('10.0.0.0/8', reference),
    Other: awsGroup([tcpRule('10.9.0.0/16', 22)], [CDK_NO_EGRESS], { [KEY]: RECORD }),
    Acl: awsAcl(),
    Entry: { ...awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 2548 }), Metadata: reference },
    Foreign: awsAcl(),
  });
  expect(layersOf(template)).toEqual([
    'aws-security-groups: Sg Other; external ; Sg.SecurityGroupEgress[0] Rule Other.SecurityGroupIngress[0] Other.SecurityGroupEgress[0]',
    'aws-network-acl:Acl: Acl; external ; Entry',
    'aws-network-acl:Foreign: Foreign; external ; ',
  ]);
  expect(layersOf(template, 'App/Agent')).toEqual([
    'aws-security-groups: Sg Other; external ; Sg.SecurityGroupEgress[0] Rule Other.SecurityGroupIngress[0] Other.SecurityGroupEgress[0]',
    'aws-network-acl:Acl: Acl; external ; Entry',
  ]);
  expect(layersOf(template, 'App/Nobody')).toEqual([]);
});
