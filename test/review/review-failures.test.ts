import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit, FlowDirection } from '../../lib';
import { OpeningKind } from '../../lib/review';
import { ConnectivityReview, SynthesizedArtifact } from '../../lib/review';
import { reviewFailureDetails, reviewResultLine } from '../../lib/review/review-verdict';
import { ACL_ID, awsTemplate } from './aws-stack';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * Why a review fails, line by line, with and without `--strict`: a construct's group missing its vault
 * rule, with a rule whose peer is unresolved, a rule added to it by hand that reaches the
 * Internet, and rules of other code on the same group, one of them unresolved.
 */
const KEY = ConnectivityIntent.METADATA_KEY;
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, 'App/Agent');
const RECORD = ConnectivityIntent.record(POLICY, 'App/Agent', 'aws', Emit.SECURITY_GROUP);
const rules = (direction: FlowDirection) => POLICY.rules.filter((r) => r.direction === direction).map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
const [first, ...others] = rules(FlowDirection.INGRESS);
const withoutVault = rules(FlowDirection.EGRESS).filter((rule) => rule.FromPort !== 2546);
const shared = (id: string, cidr: unknown, port: number) => ({
  Type: 'AWS::EC2::SecurityGroupIngress',
  Properties: { GroupId: { 'Fn::GetAtt': ['AgentSg', 'GroupId'] }, IpProtocol: 'tcp', CidrIp: cidr, FromPort: port, ToPort: port, Description: id },
});
const TEMPLATE = cfnTemplate({
  AgentSg: awsGroup(
    // The vault rule is dropped, the first ingress rule has an unresolved peer, and SSH from anywhere is added.
    [{ ...first, CidrIp: { Ref: 'Peer' } }, ...others, tcpRule('0.0.0.0/0', 22)],
    [...withoutVault, CDK_NO_EGRESS],
    { [KEY]: RECORD },
  ),
  Telnet: shared('Telnet', '10.50.0.0/16', 23),
  Maybe: shared('Maybe', { Ref: 'Other' }, 24),
});
const failingReview = () => ConnectivityReview.ofArtifact(SynthesizedArtifact.load(TEMPLATE, 'Stack.template.json'));

test('without --strict: blocked required flows, the construct rule beyond the intent and the public exposure', () => {
  const failing = failingReview();
  expect(reviewFailureDetails(failing, false)).toEqual([
    'Stack.template.json: App/Agent: required egress flow 10.200.90.15/32 TCP 2546 is blocked: 10.200.90.15/32 TCP 2546 (client ports 32768-65535) blocked at aws-security-groups, request: no rule allows it',
    "Stack.template.json: App/Agent: the construct's own rule opens more than its intent: ingress 0.0.0.0/0 TCP 22 by AgentSg.SecurityGroupIngress[3] (aws-security-groups)",
    "Stack.template.json: App/Agent: public exposure on the construct's security group: ingress 0.0.0.0/0 TCP 22 by AgentSg.SecurityGroupIngress[3] (aws-security-groups), which reaches addresses outside RFC 1918 and RFC 6598",
  ]);
  expect(failing.passed).toBe(false);
  expect(failing.failureReasons()).toEqual([
    '1 required flow(s) not fully allowed',
    "1 opening(s) beyond the intent by the construct's own rules",
    "1 public exposure(s) on the construct's security groups",
  ]);
  expect(reviewResultLine([failing], false)).toBe(
    "Review FAILED: 1 required flow(s) not fully allowed; 1 opening(s) beyond the intent by the construct's own rules; 1 public exposure(s) on the construct's security groups.",
  );
});

test('with --strict: also undecided required flows, shared rules beyond the intent and undecided openings', () => {
  const failing = failingReview();
  expect(reviewFailureDetails(failing, true)).toEqual([
    'Stack.template.json: App/Agent: required ingress flow 10.2.118.0/24 TCP 2548 is undecided: 10.2.118.0/24 TCP 2548 (client ports 32768-65535) undecided at aws-security-groups, request: undecided; unresolved rules may match: AgentSg.SecurityGroupIngress[0]',
    'Stack.template.json: App/Agent: required egress flow 10.200.90.15/32 TCP 2546 is blocked: 10.200.90.15/32 TCP 2546 (client ports 32768-65535) blocked at aws-security-groups, request: no rule allows it',
    "Stack.template.json: App/Agent: the construct's own rule opens more than its intent: ingress 0.0.0.0/0 TCP 22 by AgentSg.SecurityGroupIngress[3] (aws-security-groups)",
    "Stack.template.json: App/Agent: public exposure on the construct's security group: ingress 0.0.0.0/0 TCP 22 by AgentSg.SecurityGroupIngress[3] (aws-security-groups), which reaches addresses outside RFC 1918 and RFC 6598",
    'Stack.template.json: App/Agent: a shared rule opens more than the intent: ingress 10.50.0.0/16 TCP 23 by Telnet (aws-security-groups)',
    'Stack.template.json: App/Agent: an opening beyond the intent cannot be decided: ingress 0.0.0.0/5, 8.0.0.0/7, 10.0.0.0/15, 10.2.0.0/18, 10.2.64.0/19, 10.2.96.0/20, 10.2.112.0/22, 10.2.116.0/23, 10.2.119.0/24, 10.2.120.0/22, 10.2.124.0/23, 10.2.127.0/24, 10.2.128.0/17, 10.3.0.0/16, 10.4.0.0/14, 10.8.0.0/13, 10.16.0.0/12, 10.32.0.0/11, 10.64.0.0/10, 10.128.0.0/10, 10.192.0.0/13, 10.200.0.0/18, 10.200.64.0/20, 10.200.80.0/22, 10.200.84.0/23, 10.200.87.0/24, 10.200.88.0/21, 10.200.96.0/19, 10.200.128.0/17, 10.201.0.0/16, 10.202.0.0/15, 10.204.0.0/14, 10.208.0.0/12, 10.224.0.0/11, 11.0.0.0/8, 12.0.0.0/6, 16.0.0.0/4, 32.0.0.0/3, 64.0.0.0/2, 128.0.0.0/1 TCP 2548 by AgentSg.SecurityGroupIngress[0] (aws-security-groups)',
    'Stack.template.json: App/Agent: an opening beyond the intent cannot be decided: ingress 0.0.0.0/0 TCP 24 by Maybe (aws-security-groups)',
  ]);
  expect(failing.failureReasons(true)).toEqual([
    '1 required flow(s) not fully allowed',
    "1 opening(s) beyond the intent by the construct's own rules",
    "1 public exposure(s) on the construct's security groups",
    '1 required flow(s) undecided',
    '1 opening(s) beyond the intent by shared rules',
    '2 opening(s) beyond the intent undecided',
  ]);
  expect(reviewResultLine([failing, failing], true)).toBe(
    "Review FAILED: 2 required flow(s) not fully allowed; 2 opening(s) beyond the intent by the construct's own rules; 2 public exposure(s) on the construct's security groups; 2 required flow(s) undecided; 2 opening(s) beyond the intent by shared rules; 4 opening(s) beyond the intent undecided.",
  );
});

test('a passing review says so, counting the stacks', () => {
  const passing = cfnTemplate({
    AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [KEY]: RECORD }),
  });
  const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(passing));
  expect(reviewFailureDetails(report, true)).toEqual([]);
  expect(reviewResultLine([report, report], true)).toBe(
    'Review passed: 2 stack(s), every required flow fully allowed, nothing beyond the intent that fails.',
  );
});

test('problems of the artifact come first, counted as problems', () => {
  const orphan = cfnTemplate({ AgentSg: awsGroup([], [CDK_NO_EGRESS], { [KEY]: ConnectivityIntent.reference('App/Agent') }) });
  const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(orphan, 'orphan.json'));
  expect(reviewFailureDetails(report, false)).toEqual([
    "orphan.json: An intent reference to 'App/Agent' without its record: AgentSg in orphan.json refers to a construct whose intent record is missing, so its required flows are not known.",
  ]);
  expect(reviewResultLine([report], false)).toBe('Review FAILED: 1 problem(s).');
  const reference = { [KEY]: ConnectivityIntent.reference('App/Agent') };
  const two = cfnTemplate({ AgentSg: awsGroup([], [CDK_NO_EGRESS], reference), OtherSg: awsGroup([], [CDK_NO_EGRESS], reference) });
  expect(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(two, 'two.json')).problems).toEqual([
    "An intent reference to 'App/Agent' without its record: AgentSg, OtherSg in two.json refer to a construct whose intent record is missing, so its required flows are not known.",
  ]);
});

test('the Markdown review of a failing template and of one with a problem, whole (snapshot)', () => {
  expect(failingReview().toMarkdown()).toMatchSnapshot();
  const orphan = cfnTemplate({ AgentSg: awsGroup([], [CDK_NO_EGRESS], { [KEY]: ConnectivityIntent.reference('App/Agent') }) });
  expect(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(orphan, 'orphan.json')).toMarkdown()).toMatchSnapshot();
});

describe("the Markdown review's result line", () => {
  const resultLine = (report: ConnectivityReview) => report.toMarkdown().split('\n')[2];

  test('names every reason it fails, problems first', () => {
    const failing = failingReview();
    expect(resultLine(failing)).toBe(
      "Artifact: CloudFormation template. Result: FAILED: 1 required flow(s) blocked; 1 opening(s) beyond the intent by the construct's own rules; 1 public exposure(s).",
    );
    const orphan = cfnTemplate({ AgentSg: awsGroup([], [CDK_NO_EGRESS], { [KEY]: ConnectivityIntent.reference('App/Agent') }) });
    expect(resultLine(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(orphan)))).toBe(
      'Artifact: CloudFormation template. Result: FAILED: see problems below.',
    );
  });

  test('a passing review notes what it could not decide and the openings by shared rules', () => {
    const noted = cfnTemplate({
      AgentSg: awsGroup([{ ...first, CidrIp: { Ref: 'Peer' } }, ...others], [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [KEY]: RECORD }),
      Telnet: shared('Telnet', '10.50.0.0/16', 23),
      Maybe: shared('Maybe', { Ref: 'Other' }, 24),
    });
    expect(resultLine(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(noted)))).toBe(
      'Artifact: CloudFormation template. Result: passed, but 1 required flow(s) could not be decided; 1 opening(s) by shared rules; 2 opening(s) could not be decided.',
    );
    const clean = cfnTemplate({
      AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS), CDK_NO_EGRESS], { [KEY]: RECORD }),
    });
    expect(resultLine(ConnectivityReview.ofArtifact(SynthesizedArtifact.load(clean)))).toBe(
      'Artifact: CloudFormation template. Result: passed: every required flow is allowed, nothing beyond the intent fails.',
    );
  });
});

test('a record that does not resolve is a problem of the review', () => {
  const broken = { ...RECORD, options: { ...RECORD.options, mode: 'everything' } };
  const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(cfnTemplate({ AgentSg: awsGroup([], [CDK_NO_EGRESS], { [KEY]: broken }) })));
  expect(report.problems).toEqual([
    'The intent record of App/Agent does not resolve: Invalid backup agent connectivity options at \'App/Agent\':\n  - mode: must be one of broad, minimal, hosts (got "everything")',
  ]);
  expect(report.constructs).toEqual([]);
});

test("the stateless replies of a construct's own network ACL fail no review, not even a strict one", () => {
  const template = awsTemplate({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'], emit: Emit.BOTH });
  const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template, 'Agents'));
  const kinds = report.constructs.flatMap((c) => (c.beyondIntent ?? []).map((o) => `${o.kind} ${o.verdict}`));
  expect(new Set(kinds)).toEqual(new Set([`${OpeningKind.STATELESS_REPLY} allowed`]));
  expect(reviewFailureDetails(report, true)).toEqual([]);
  expect(reviewResultLine([report], true)).toBe(
    'Review passed: 1 stack(s), every required flow fully allowed, nothing beyond the intent that fails.',
  );
});

test('a review of a policy alone, which has no output to check, fails for nothing', () => {
  const report = ConnectivityReview.ofPolicy(POLICY, 'App/Agent');
  expect(report.constructs.map((c) => [c.requiredFlows, c.beyondIntent])).toEqual([[undefined, undefined]]);
  expect(reviewFailureDetails(report, true)).toEqual([]);
  expect(report.passed).toBe(true);
});

test("an entry added by hand to the construct's ACL fails the review; the new connections the construct's own reply entries then carry stay stateless replies", () => {
  const template = awsTemplate({ mode: AccessMode.MINIMAL, centralControlSources: ['192.168.10.0/24'], emit: Emit.NETWORK_ACL }, (stack) => {
    const entry = new ec2.CfnNetworkAclEntry(stack, 'AddedEntry', {
      networkAclId: ACL_ID,
      ruleNumber: 1,
      egress: false,
      ruleAction: 'allow',
      protocol: 6,
      cidrBlock: '192.168.10.0/24',
      portRange: { from: 0, to: 65535 },
    });
    entry.cfnOptions.metadata = { [KEY]: ConnectivityIntent.reference('Agents/BackupAgent') };
  });
  const report = ConnectivityReview.ofArtifact(SynthesizedArtifact.load(template, 'Agents'));
  const openings = (report.constructs[0].beyondIntent ?? [])
    .filter((o) => o.cidrs.includes('192.168.10.0/24'))
    .map((o) => [o.kind, o.verdict, o.rule, o.direction, o.cidrs.join(' '), o.servicePorts, o.clientPorts]);
  expect(openings).toEqual([
    [OpeningKind.CONSTRUCT_RULE, 'allowed', 'AddedEntry (rule number 1)', 'ingress', '192.168.10.0/24', '0-2547', '32768-65535'],
    [OpeningKind.CONSTRUCT_RULE, 'allowed', 'AddedEntry (rule number 1)', 'ingress', '192.168.10.0/24', '2549-65535', '32768-65535'],
    // The reply entry for the CentralControl sources now carries new connections to them, which the added entry answers.
    [
      OpeningKind.STATELESS_REPLY,
      'allowed',
      'BackupAgentingress19216810024tcp2548reply11776CE0 (rule number 130)',
      'egress',
      '192.168.10.0/24',
      '1024-65535',
      '32768-65535',
    ],
  ]);
  expect(report.passed).toBe(false);
});
