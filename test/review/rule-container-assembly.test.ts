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
    (l) =>
      `${l.id}: ${l.containers.join(' ')}; external ${l.externalContainers.join(' ')}; ${l.rules.map((r) => r.resource).join(' ')}; intent ${l.intentPaths.join(' ')}`,
  );

test('a rule listed before its group belongs to it, and the group counts as defined', () => {
  const template = cfnTemplate({ Rule: ingress('10.0.0.0/8'), Sg: awsGroup([], [CDK_NO_EGRESS], { [KEY]: RECORD }) });
  expect(layersOf(template)).toEqual(['aws-security-groups: Sg; external ; Rule Sg.SecurityGroupEgress[0]; intent App/Agent']);
  const flow = FlowAnalyzer.analyze(SynthesizedArtifact.load(template), { direction: FlowDirection.INGRESS, peer: '192.0.2.1', port: 2548 });
  expect(flow.reason).toBe('denied (aws-security-groups: request no rule allows it)');
  // The group keeps the construct's intent although its rule was read first.
  expect(layersOf(template, 'App/Agent')).toEqual(['aws-security-groups: Sg; external ; Rule Sg.SecurityGroupEgress[0]; intent App/Agent']);
});

test("a construct's layers: the groups and ACLs that carry its intent, or whose rules do", () => {
  const reference = { [KEY]: ConnectivityIntent.reference('App/Agent') };
  const template = cfnTemplate({
    Sg: awsGroup([], [CDK_NO_EGRESS]),
    Rule: ingress('10.0.0.0/8', reference),
    Other: awsGroup([tcpRule('10.9.0.0/16', 22)], [CDK_NO_EGRESS], { [KEY]: RECORD }),
    Acl: awsAcl(),
    Entry: { ...awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: '10.0.0.0/8', from: 2548 }), Metadata: reference },
    Owned: awsAcl(reference),
    Foreign: awsAcl(),
  });
  expect(layersOf(template)).toEqual([
    'aws-security-groups: Sg Other; external ; Sg.SecurityGroupEgress[0] Rule Other.SecurityGroupIngress[0] Other.SecurityGroupEgress[0]; intent App/Agent',
    'aws-network-acl:Acl: Acl; external ; Entry; intent ',
    'aws-network-acl:Owned: Owned; external ; ; intent App/Agent',
    'aws-network-acl:Foreign: Foreign; external ; ; intent ',
  ]);
  // Owned has no rule: only the intent on the ACL itself makes it the construct's.
  expect(layersOf(template, 'App/Agent')).toEqual([
    'aws-security-groups: Sg Other; external ; Sg.SecurityGroupEgress[0] Rule Other.SecurityGroupIngress[0] Other.SecurityGroupEgress[0]; intent App/Agent',
    'aws-network-acl:Acl: Acl; external ; Entry; intent ',
    'aws-network-acl:Owned: Owned; external ; ; intent App/Agent',
  ]);
  expect(layersOf(template, 'App/Nobody')).toEqual([]);
});

test("a layer's intent paths: each construct once, from its groups or ACL, never from its rules alone", () => {
  const reference = (path: string) => ({ [KEY]: ConnectivityIntent.reference(path) });
  const template = cfnTemplate({
    First: awsGroup([], [CDK_NO_EGRESS], reference('App/Agent')),
    Second: awsGroup([], [CDK_NO_EGRESS], reference('App/Agent')),
    Sg: awsGroup([], [CDK_NO_EGRESS], reference('App/Other')),
    Rule: ingress('10.0.0.0/8', reference('App/Third')),
  });
  expect(layersOf(template)).toEqual([
    'aws-security-groups: First Second Sg; external ; First.SecurityGroupEgress[0] Second.SecurityGroupEgress[0] Sg.SecurityGroupEgress[0] Rule; intent App/Agent App/Other',
  ]);
});
