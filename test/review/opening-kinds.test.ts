import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityReview, OpeningKind, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The kind of an opening beyond the intent and the rules it is charged to: undecided parts name
 * every unresolved rule that may open them and belong to the construct when one of those is its
 * own; an ACL's allowed part is charged to the rule that decides it, also behind unresolved rules.
 */
const KEY = ConnectivityIntent.METADATA_KEY;
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }, 'App/Agent');
const RECORD = ConnectivityIntent.record(POLICY, 'App/Agent', 'aws', Emit.SECURITY_GROUP);
const REFERENCE = { [KEY]: ConnectivityIntent.reference('App/Agent') };
const rules = (direction: FlowDirection) => POLICY.rules.filter((r) => r.direction === direction).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
const ingress = (id: string, cidr: unknown, port: number) => ({
  Type: 'AWS::EC2::SecurityGroupIngress',
  Properties: { GroupId: { 'Fn::GetAtt': ['AgentSg', 'GroupId'] }, IpProtocol: 'tcp', CidrIp: cidr, FromPort: port, ToPort: port, Description: id },
});
const openings = (resources: Record<string, Record<string, unknown>>) =>
  (ConnectivityReview.ofArtifact(SynthesizedArtifact.load(cfnTemplate(resources))).constructs[0].beyondIntent ?? []).map((o) =>
    [o.kind, o.verdict, o.layer, o.rule, o.direction, o.servicePorts].join(' | '),
  );
const group = (extra: Record<string, unknown>[] = []) =>
  awsGroup([...rules(FlowDirection.INGRESS), ...extra], [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [KEY]: RECORD });

test("an undecided part is the construct's when one of the unresolved rules that may open it is its own, and names them all", () => {
  expect(
    openings({
      AgentSg: group([tcpRule({ Ref: 'Mine' }, 3389)]),
      Theirs: ingress('Theirs', { Ref: 'Other' }, 3389),
      Alone: ingress('Alone', { Ref: 'Other' }, 24),
    }),
  ).toEqual([
    `${OpeningKind.CONSTRUCT_RULE} | unknown | aws-security-groups | AgentSg.SecurityGroupIngress[3], Theirs | ingress | 3389`,
    `${OpeningKind.SHARED_RULE} | unknown | aws-security-groups | Alone | ingress | 24`,
  ]);
});

test("an ACL's allowed part behind an unresolved rule that would allow it too is allowed, and charged to the rule that decides it", () => {
  expect(
    openings({
      AgentSg: group(),
      Acl: awsAcl(REFERENCE),
      Maybe: awsEntry('Acl', { number: 100, egress: false, action: 'allow', cidr: { Ref: 'Other' }, from: 24 }),
      Telnet: awsEntry('Acl', { number: 200, egress: false, action: 'allow', cidr: '10.50.0.0/16', from: 24 }),
      Replies: awsEntry('Acl', { number: 100, egress: true, action: 'allow', cidr: '0.0.0.0/0', from: 0, to: 65535 }),
    }).filter((o) => o.includes('aws-network-acl:Acl') && o.endsWith(' | 24')),
  ).toEqual([
    // Outside 10.50.0.0/16 only the unresolved entry may allow it.
    `${OpeningKind.SHARED_RULE} | unknown | aws-network-acl:Acl | Maybe (rule number 100) | ingress | 24`,
    `${OpeningKind.SHARED_RULE} | allowed | aws-network-acl:Acl | Telnet (rule number 200) | ingress | 24`,
  ]);
});
