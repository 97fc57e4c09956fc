import { formatCidr } from '../../lib/core/ipv4';
import { FlowAnalyzer, FirewallRule, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, cfnTemplate } from './templates';

/**
 * How security group rules and network ACL entries of a template are read into rules: the group or
 * ACL a separate rule joins (Ref, both forms of Fn::GetAtt, a literal id, anything else unresolved),
 * the peers each direction can name (security groups, prefix lists, IPv6), all-traffic protocols
 * and the -1 port range, and inline rule lists given by an expression.
 */
type Json = Record<string, unknown>;

const value = (r: { known: boolean; value?: unknown; text?: string }, show: (v: never) => string) =>
  r.known ? show(r.value as never) : `unknown (${r.text})`;
const summary = (r: FirewallRule) =>
  [
    r.resource,
    `in ${r.container}`,
    r.direction,
    r.protocolText,
    value(r.remote, formatCidr),
    value(r.destinationPorts, (p: { from: number; to: number }) => `${p.from}-${p.to}`),
    ...(r.ipv6Only ? ['IPv6 only'] : []),
  ].join(' | ');
const read = (resources: Record<string, Json>) =>
  new FlowAnalyzer(SynthesizedArtifact.load(cfnTemplate(resources))).layers.flatMap((l) => [...l.rules, ...l.unplacedRules].map(summary));
const group = (properties: Json = {}) => ({
  Type: 'AWS::EC2::SecurityGroup',
  Properties: { GroupDescription: 'agents', SecurityGroupEgress: [], ...properties },
});
const rule = (type: 'Ingress' | 'Egress', properties: Json) => ({
  Type: `AWS::EC2::SecurityGroup${type}`,
  Properties: { GroupId: { Ref: 'Sg' }, IpProtocol: 'tcp', FromPort: 2548, ToPort: 2548, ...properties },
});

test('peers: security groups and prefix lists by direction, IPv6, none', () => {
  expect(
    read({
      Sg: group(),
      ById: rule('Ingress', { SourceSecurityGroupId: 'sg-1', SourceSecurityGroupName: 'named' }),
      ByName: rule('Ingress', { SourceSecurityGroupName: 'named' }),
      InList: rule('Ingress', { SourcePrefixListId: 'pl-1', DestinationSecurityGroupId: 'sg-2' }),
      WrongSide: rule('Ingress', { DestinationSecurityGroupId: 'sg-2', DestinationPrefixListId: 'pl-2' }),
      ToGroup: rule('Egress', { DestinationSecurityGroupId: 'sg-2', SourceSecurityGroupId: 'sg-1' }),
      OutList: rule('Egress', { DestinationPrefixListId: 'pl-2', SourcePrefixListId: 'pl-1' }),
      V6: rule('Egress', { CidrIpv6: '::/0' }),
    }),
  ).toEqual([
    'ById | in Sg | ingress | tcp | unknown (security group "sg-1") | 2548-2548',
    'ByName | in Sg | ingress | tcp | unknown (security group "named") | 2548-2548',
    'InList | in Sg | ingress | tcp | unknown (prefix list "pl-1") | 2548-2548',
    'WrongSide | in Sg | ingress | tcp | unknown (no peer) | 2548-2548',
    'ToGroup | in Sg | egress | tcp | unknown (security group "sg-2") | 2548-2548',
    'OutList | in Sg | egress | tcp | unknown (prefix list "pl-2") | 2548-2548',
    'V6 | in Sg | egress | tcp | 0.0.0.0/0 | 2548-2548 | IPv6 only',
  ]);
});

test('the group a separate rule joins: Ref or Fn::GetAtt of a group of the template, a literal id, or unresolved', () => {
  expect(
    read({
      Sg: group(),
      Param: { Type: 'AWS::SSM::Parameter', Properties: {} },
      '5': group(),
      ByRef: rule('Ingress', { CidrIp: '10.0.0.0/8' }),
      ByGetAtt: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { 'Fn::GetAtt': ['Sg', 'GroupId'] } }),
      ByDottedGetAtt: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { 'Fn::GetAtt': 'Sg.GroupId' } }),
      Literal: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: 'sg-0123' }),
      RefOther: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { Ref: 'Param' } }),
      RefMissing: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { Ref: 'Nowhere' } }),
      GetAttOther: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { 'Fn::GetAtt': 'Param.Value' } }),
      GetAttMissing: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { 'Fn::GetAtt': ['Nowhere', 'GroupId'] } }),
      RefNumber: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { Ref: 5 } }),
      GetAttNumber: rule('Ingress', { CidrIp: '10.0.0.0/8', GroupId: { 'Fn::GetAtt': [5, 'GroupId'] } }),
    }).map((line) => line.split(' | ').slice(0, 2).join(' ')),
  ).toEqual([
    'ByRef in Sg',
    'ByGetAtt in Sg',
    'ByDottedGetAtt in Sg',
    'Literal in sg-0123',
    'RefOther in unresolved {"Ref":"Param"}',
    'RefMissing in unresolved {"Ref":"Nowhere"}',
    'GetAttOther in unresolved {"Fn::GetAtt":"Param.Value"}',
    'GetAttMissing in unresolved {"Fn::GetAtt":["Nowhere","GroupId"]}',
    'RefNumber in unresolved {"Ref":5}',
    'GetAttNumber in unresolved {"Fn::GetAtt":[5,"GroupId"]}',
  ]);
});

test('all traffic (-1) covers every port whatever the ports say; so does -1 to -1, and only that; inline lists given by an expression stay unresolved', () => {
  expect(
    read({
      Sg: group({
        SecurityGroupIngress: [
          { IpProtocol: '-1', CidrIp: '10.0.0.0/8', FromPort: 22, ToPort: 22 },
          { IpProtocol: 'tcp', CidrIp: '10.0.0.0/8', FromPort: -1, ToPort: -1 },
          { IpProtocol: 'tcp', CidrIp: '10.0.0.0/8', FromPort: -1, ToPort: 22 },
          { IpProtocol: 'tcp', CidrIp: '10.0.0.0/8', FromPort: 22, ToPort: -1 },
        ],
        SecurityGroupEgress: { 'Fn::If': ['Open', [], []] },
      }),
      Quiet: group(),
    }),
  ).toEqual([
    'Sg.SecurityGroupIngress[0] | in Sg | ingress | all | 10.0.0.0/8 | 0-65535',
    'Sg.SecurityGroupIngress[1] | in Sg | ingress | tcp | 10.0.0.0/8 | 0-65535',
    // Other ranges are read as written; their part outside 0-65535 matches nothing.
    'Sg.SecurityGroupIngress[2] | in Sg | ingress | tcp | 10.0.0.0/8 | -1-22',
    'Sg.SecurityGroupIngress[3] | in Sg | ingress | tcp | 10.0.0.0/8 | 22--1',
    'Sg.SecurityGroupEgress | in Sg | egress | unresolved | unknown ({"Fn::If":["Open",[],[]]}) | unknown ({"Fn::If":["Open",[],[]]})',
  ]);
});

test('an ACL entry: IPv6 only without an IPv4 block, which wins when both are given', () => {
  const entry = (properties: Json) => ({
    Type: 'AWS::EC2::NetworkAclEntry',
    Properties: {
      NetworkAclId: { Ref: 'Acl' },
      RuleNumber: 100,
      Egress: false,
      RuleAction: 'allow',
      Protocol: 6,
      PortRange: { From: 2548, To: 2548 },
      ...properties,
    },
  });
  expect(
    read({
      Acl: awsAcl(),
      V6: entry({ Ipv6CidrBlock: '::/0' }),
      Both: entry({ RuleNumber: 110, CidrBlock: '10.0.0.0/8', Ipv6CidrBlock: '::/0' }),
    }),
  ).toEqual(['V6 | in Acl | ingress | 6 | 0.0.0.0/0 | 2548-2548 | IPv6 only', 'Both | in Acl | ingress | 6 | 10.0.0.0/8 | 2548-2548']);
});
