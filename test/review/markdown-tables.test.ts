import { AccessMode, ConnectivityDiff, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { ConnectivityReview, SynthesizedArtifact } from '../../lib/review';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The tables of the review and of the diff in Markdown: a value read from the template keeps its
 * row intact (pipes escaped, line breaks as spaces), an opening beyond the intent lists every one of
 * its CIDR blocks, and the diff names the kinds of openings as the review does.
 */
const PATH = 'App/Agent';
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, PATH);
const RECORD = ConnectivityIntent.record(POLICY, PATH, 'aws', Emit.SECURITY_GROUP);
const rules = (direction: FlowDirection) => POLICY.rules.filter((r) => r.direction === direction).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
const withIngress = (...extra: Record<string, unknown>[]) =>
  cfnTemplate({
    AgentSg: awsGroup([...rules(FlowDirection.INGRESS), ...extra], [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], {
      [ConnectivityIntent.METADATA_KEY]: RECORD,
    }),
  });
// A protocol no reader knows, with a pipe, a Windows line break and a Unix one.
const ODD = { IpProtocol: 'tcp|udp\r\nsctp\nicmp', CidrIp: '10.9.0.0/16', FromPort: 1, ToPort: 2 };
// The management port from a /16 that holds one of the intended /24s: the rest of the /16, as several blocks.
const WIDER = tcpRule('10.2.0.0/16', 2548);
const linesWith = (markdown: string, text: string) => markdown.split('\n').filter((line) => line.includes(text));

test('the review: a cell read from the template stays in its row, and an opening lists all its blocks', () => {
  const markdown = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(withIngress(ODD, WIDER))).toMarkdown();
  expect(linesWith(markdown, '10.9.0.0/16')).toEqual([
    '| aws-security-groups | `AgentSg.SecurityGroupIngress[3]` | ingress | allow | tcp\\|udp sctp icmp | 10.9.0.0/16 | n/a (not TCP) | — |',
  ]);
  expect(linesWith(markdown, '`AgentSg.SecurityGroupIngress[4]` | ingress')).toEqual([
    '| aws-security-groups | `AgentSg.SecurityGroupIngress[4]` | ingress | allow | tcp | 10.2.0.0/16 | 2548 | — |',
    "| construct's own rule (**FAILS**) | allowed | aws-security-groups | `AgentSg.SecurityGroupIngress[4]` | ingress | 10.2.0.0/18, 10.2.64.0/19, 10.2.96.0/20, 10.2.112.0/22, 10.2.116.0/23, 10.2.119.0/24, 10.2.120.0/22, 10.2.124.0/23, 10.2.127.0/24, 10.2.128.0/17 | 2548 | 32768-65535 | — |",
  ]);
});

test('the diff: an opening lists all its blocks, under the kind names of the review', () => {
  const diff = ConnectivityDiff.ofArtifacts(
    [SynthesizedArtifact.fromObject(withIngress(), 'Agents')],
    [SynthesizedArtifact.fromObject(withIngress(ODD, WIDER), 'Agents')],
  );
  const markdown = diff.toMarkdown();
  const blocks =
    '10.2.0.0/18, 10.2.64.0/19, 10.2.96.0/20, 10.2.112.0/22, 10.2.116.0/23, 10.2.119.0/24, 10.2.120.0/22, 10.2.124.0/23, 10.2.127.0/24, 10.2.128.0/17';
  expect(linesWith(markdown, '10.2.0.0/18')).toEqual([
    // What the stack's layers let through, then what the construct's let through, then the opening beyond the intent.
    `| opened | ingress | ${blocks} | 2548 | 32768-65535 | — |`,
    `| opened | ingress | ${blocks} | 2548 | 32768-65535 | — |`,
    `| appeared (**FAILS**) | construct's own rule | allowed | aws-security-groups | \`AgentSg.SecurityGroupIngress[4]\` | ingress | ${blocks} | 2548 | 32768-65535 | — |`,
  ]);
});
