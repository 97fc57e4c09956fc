import { AccessMode, ConnectivityIntent, ConnectivityPolicy, ConnectivitySnapshot, Emit, FlowDirection } from '../../lib';
import { registerWithGlobalExpect } from './outside-jest';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * Connectivity snapshots at their edges: a construct that opens only part of its required flows, a
 * construct without layers, the serializer's test on values that are not snapshots, and the
 * matcher's hand-over of the snapshot, its options and its hint to Jest's snapshot matching.
 */
type Json = Record<string, unknown>;
type Serializer = { test: (value: unknown) => boolean; serialize: (value: unknown) => string };
type SnapshotMatcher = (this: object, received: unknown, options?: Json, hint?: string) => unknown;
type SnapshotMatch = { received: unknown; testName: string };

const PATH = 'Agents/BackupAgent';
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15', '10.200.90.16'] }, PATH);
const RECORD = ConnectivityIntent.record(POLICY, PATH, 'aws', Emit.SECURITY_GROUP);
const INTENT =
  '  intent: target commercial; mode minimal; edition 2026-06-08; managementPort 2548; allowLegacyManagementPort false; centralControlSources —; ' +
  'vaultCidrs 10.200.90.15/32, 10.200.90.16/32; vaultDataCenters —; additionalEndpointCidrs —; allowPublicSources false';

/** The construct's group with every required ingress rule, but egress only on ports 8086-8087, not to the vaults. */
function withoutVaultEgress(): Json {
  const rules = (d: FlowDirection, fromPort?: number) =>
    POLICY.rules
      .filter((r) => r.direction === d && (fromPort === undefined || r.fromPort === fromPort))
      .map((r) => tcpRule(r.cidr, r.fromPort, r.toPort));
  return cfnTemplate({
    AgentSg: awsGroup(rules(FlowDirection.INGRESS), [...rules(FlowDirection.EGRESS, 8086), CDK_NO_EGRESS], {
      [ConnectivityIntent.METADATA_KEY]: RECORD,
    }),
  });
}

/** The construct's intent record on a resource that is no group or ACL. */
function withoutLayers(): Json {
  return cfnTemplate({ Marker: { Type: 'AWS::CloudFormation::WaitConditionHandle', Metadata: { [ConnectivityIntent.METADATA_KEY]: RECORD } } });
}

/** What `ConnectivitySnapshot.register()` hands to a global `expect`: its serializer and its matcher. */
function registration(): { serializer: Serializer; matcher: SnapshotMatcher } {
  const handed: { serializer?: Serializer; matchers?: Record<string, SnapshotMatcher> } = {};
  const fakeExpect = {
    extend: (matchers: Record<string, SnapshotMatcher>) => (handed.matchers = matchers),
    addSnapshotSerializer: (serializer: Serializer) => (handed.serializer = serializer),
  };
  expect(registerWithGlobalExpect(fakeExpect, () => ConnectivitySnapshot.register())).toBe('registered');
  return { serializer: handed.serializer!, matcher: handed.matchers!.toMatchConnectivitySnapshot };
}

/** A matcher context as Jest's for a test named `name`, whose snapshot state records what it is asked to match. */
function snapshotContext(name: string, matches: SnapshotMatch[]): object {
  return {
    isNot: false,
    currentTestName: name,
    snapshotState: {
      match: (m: SnapshotMatch) => {
        matches.push({ received: m.received, testName: m.testName });
        return { actual: '', count: 1, expected: '', pass: true };
      },
    },
  };
}

describe('the snapshot of a construct', () => {
  test('that opens part of its required flows lists each one not allowed with its verdict, and options with several values', () => {
    const lines = ConnectivitySnapshot.of(withoutVaultEgress()).text.split('\n');
    expect(lines).toEqual([
      'construct Agents/BackupAgent (aws, emits security-group)',
      INTENT,
      '  layers: 1',
      '  allowed:',
      '    ingress TCP 2548, client ports 32768-65535: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24',
      '    egress TCP 8086-8087, client ports 32768-65535: 10.2.118.0/24, 10.2.126.0/24, 10.200.86.0/24',
      '  undecided: none',
      '  required flows not allowed:',
      '    egress 10.200.90.15/32 TCP 2546-2546: denied',
      '    egress 10.200.90.16/32 TCP 2546-2546: denied',
      '',
    ]);
  });

  test('without groups or ACLs says no layers were found and that none of its required flows is allowed', () => {
    const lines = ConnectivitySnapshot.of(withoutLayers()).text.split('\n');
    expect(lines.slice(0, 3)).toEqual(['construct Agents/BackupAgent (aws, emits security-group)', INTENT, '  layers: none found']);
    expect(lines.slice(lines.indexOf('  required flows not allowed:') + 1, -1)).toEqual(
      POLICY.rules.map((r) => `    ${r.direction} ${r.cidr} TCP ${r.fromPort}-${r.toPort}: unknown`),
    );
  });
});

describe('the registered serializer', () => {
  test('takes snapshots only: not null, undefined, other primitives, functions or plain objects', () => {
    const { serializer } = registration();
    const snapshot = ConnectivitySnapshot.of(withoutLayers());
    const others: unknown[] = [null, undefined, 0, 'construct', true, () => snapshot, { text: snapshot.text }, [snapshot]];
    expect(others.map((value) => serializer.test(value))).toEqual(others.map(() => false));
    expect(serializer.test(snapshot)).toBe(true);
    expect(serializer.serialize(snapshot)).toBe(snapshot.text.trimEnd());
  });

  test('does not take a copy of a snapshot for a snapshot', () => {
    const { serializer } = registration();
    const snapshot = ConnectivitySnapshot.of(withoutLayers());
    expect(serializer.test({ ...snapshot })).toBe(false);
    expect(serializer.test(Object.assign({}, snapshot))).toBe(false);
  });
});

describe('registration', () => {
  test('is refused when expect.extend is missing or no function, even with a snapshot serializer hook', () => {
    const refused = 'ConnectivitySnapshot.register needs Jest: no global expect.extend was found';
    const serializerHook = () => undefined;
    const register = (value: unknown) => registerWithGlobalExpect(value, () => ConnectivitySnapshot.register());
    expect([register({ addSnapshotSerializer: serializerHook }), register({ extend: 'extend', addSnapshotSerializer: serializerHook })]).toEqual([
      refused,
      refused,
    ]);
  });
});

describe('toMatchConnectivitySnapshot', () => {
  test('matches the snapshot made with its options, under the test name and the hint', () => {
    const { matcher } = registration();
    const matches: SnapshotMatch[] = [];
    const result = matcher.call(snapshotContext('agents', matches), withoutVaultEgress(), { clientPorts: { from: 49152, to: 65535 } }, 'Windows');
    expect(result).toMatchObject({ pass: true });
    expect(matches.map((m) => m.testName)).toEqual(['agents: Windows']);
    expect(matches[0].received).toBeInstanceOf(ConnectivitySnapshot);
    expect((matches[0].received as ConnectivitySnapshot).text).toBe(
      ConnectivitySnapshot.of(withoutVaultEgress(), { clientPorts: { from: 49152, to: 65535 } }).text,
    );
    expect((matches[0].received as ConnectivitySnapshot).text).toContain('    ingress TCP 2548, client ports 49152-65535: ');
  });

  test('without options or hint matches the default snapshot under the test name alone', () => {
    const { matcher } = registration();
    const matches: SnapshotMatch[] = [];
    matcher.call(snapshotContext('agents', matches), withoutVaultEgress());
    matcher.call(snapshotContext('agents again', matches), withoutVaultEgress(), undefined, undefined);
    expect(matches.map((m) => m.testName)).toEqual(['agents', 'agents again']);
    for (const m of matches) expect((m.received as ConnectivitySnapshot).text).toBe(ConnectivitySnapshot.of(withoutVaultEgress()).text);
  });
});
