import { AccessMode, ConnectivityIntent, ConnectivityPolicy, ConnectivitySnapshot, Emit, FlowDirection } from '../../lib';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

ConnectivitySnapshot.register();

type Json = Record<string, unknown>;

const PATH = 'Agents/BackupAgent';
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, PATH);
const RECORD = ConnectivityIntent.record(POLICY, PATH, 'aws', Emit.SECURITY_GROUP);

/** The construct's group split over two resources (a group and a separate ingress rule), with variations. */
function template(opts: { groupId?: string; ruleId?: string; reverse?: boolean; metadata?: Json; extraEgress?: Json[] } = {}): Json {
  const groupId = opts.groupId ?? 'AgentSg';
  const rules = (d: FlowDirection) => {
    const list = POLICY.rules
      .filter((r) => r.direction === d)
      .map((r) => ({ ...tcpRule(r.cidr, r.fromPort, r.toPort), Description: `rule ${r.id}` }));
    return opts.reverse ? list.reverse() : list;
  };
  const [first, ...others] = rules(FlowDirection.INGRESS);
  const reference = { [ConnectivityIntent.METADATA_KEY]: ConnectivityIntent.reference(PATH) };
  const resources: Record<string, Json> = {
    [groupId]: awsGroup(others, [...rules(FlowDirection.EGRESS), ...(opts.extraEgress ?? []), CDK_NO_EGRESS], {
      [ConnectivityIntent.METADATA_KEY]: RECORD,
      ...opts.metadata,
    }),
    [opts.ruleId ?? 'AgentSgIngressFirst']: {
      Type: 'AWS::EC2::SecurityGroupIngress',
      Properties: { GroupId: { 'Fn::GetAtt': [groupId, 'GroupId'] }, ...first },
      Metadata: { ...reference, ...opts.metadata },
    },
  };
  const entries = Object.entries(resources);
  return cfnTemplate(Object.fromEntries(opts.reverse ? entries.reverse() : entries));
}

describe('connectivity snapshots', () => {
  test('store the exact reachability and the intent, not the template', () => {
    expect(template()).toMatchConnectivitySnapshot();
  });

  test('are unchanged by other logical ids of the same resources, reordered rules and resources, and added metadata', () => {
    const base = ConnectivitySnapshot.of(template());
    const variants = [
      template({ groupId: 'BackupAgentSecurityGroup1C83B19A', ruleId: 'BackupAgentIngress0F00BA12' }),
      template({ reverse: true }),
      template({ metadata: { 'aws:cdk:path': 'Agents/BackupAgent/Resource', cfn_nag: { rules_to_suppress: [{ id: 'W5' }] } } }),
      template({ groupId: 'Other1', ruleId: 'Other2', reverse: true, metadata: { note: 'x' } }),
    ];
    for (const variant of variants) {
      expect(JSON.stringify(variant)).not.toBe(JSON.stringify(template()));
      expect(ConnectivitySnapshot.of(variant).text).toBe(base.text);
    }
  });

  test('change when a port is opened, and say where', () => {
    const base = ConnectivitySnapshot.of(template());
    const opened = ConnectivitySnapshot.of(template({ extraEgress: [tcpRule('10.200.90.15/32', 2547)] }));
    expect(opened.isEqualTo(base)).toBe(false);
    expect(opened.isEqualTo(ConnectivitySnapshot.of(template({ extraEgress: [tcpRule('10.200.90.15/32', 2547)] })))).toBe(true);
    // The deprecated TypeScript-only name answers the same.
    expect(opened.equals(base)).toBe(false);
    const added = opened.text.split('\n').filter((line) => !base.text.split('\n').includes(line));
    expect(added).toEqual([
      '    egress TCP 2546-2547, client ports 32768-65535: 10.200.90.15/32',
      '  beyond the intent (construct-rule, allowed):',
      '    egress TCP 2547, client ports 32768-65535: 10.200.90.15/32',
    ]);
  });

  test('lists CIDRs sorted and minimal per direction and port range', () => {
    const text = ConnectivitySnapshot.of(template()).text;
    expect(text).toContain('    ingress TCP 2548, client ports 32768-65535: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24\n');
    expect(text).toContain('    egress TCP 8086-8087, client ports 32768-65535: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24\n');
    const adjacent = ConnectivitySnapshot.of(
      cfnTemplate({ Sg: awsGroup([tcpRule('10.0.1.0/24', 22), tcpRule('10.0.0.0/24', 22), tcpRule('10.0.2.0/23', 22)], [CDK_NO_EGRESS]) }),
    ).text;
    expect(adjacent).toContain('    ingress TCP 22, client ports 32768-65535: 10.0.0.0/22\n');
    expect(adjacent.split('\n')[0]).toBe('artifact without intent record (every layer)');
  });

  test('the registered serializer writes the text itself', () => {
    const snapshot = ConnectivitySnapshot.of(template());
    expect(snapshot).toMatchInlineSnapshot(`
construct Agents/BackupAgent (aws, emits security-group)
  intent: target commercial; mode minimal; edition 2026-06-08; managementPort 2548; allowLegacyManagementPort false; centralControlSources —; vaultCidrs 10.200.90.15/32; vaultDataCenters —; additionalEndpointCidrs —; allowPublicSources false
  layers: 1
  allowed:
    ingress TCP 2548, client ports 32768-65535: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24
    egress TCP 2546, client ports 32768-65535: 10.200.90.15/32
    egress TCP 8086-8087, client ports 32768-65535: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24
  undecided: none
  required flows: all 7 allowed
`);
  });

  test('the matcher hands its options and its hint to the stored snapshot', () => {
    expect(template()).toMatchConnectivitySnapshot({ clientPorts: { from: 49152, to: 65535 } }, 'Windows client ports');
  });

  test('the serializer takes snapshots only; a copy of the fields is a plain object', () => {
    const snapshot = ConnectivitySnapshot.of(template());
    expect([null, undefined, { text: 'not a snapshot' }]).toMatchInlineSnapshot(`
[
  null,
  undefined,
  {
    "text": "not a snapshot",
  },
]
`);
    expect({ ...snapshot }).toStrictEqual({ text: snapshot.text });
  });
});
