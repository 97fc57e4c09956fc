import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { AccessMode, ConnectivityIntent, ConnectivityPolicy, ConnectivitySnapshot, Emit } from '../../lib';
import { locateJestSnapshot } from '../../lib/review/connectivity-snapshot';
import { registerWithGlobalExpect } from './outside-jest';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

/**
 * The text of connectivity snapshots for artifacts the review cannot read as intended: without
 * layers, with a reference whose record is missing, and with a record that does not resolve.
 */
const KEY = ConnectivityIntent.METADATA_KEY;

test('an artifact without groups or ACLs: no layers, nothing allowed, everything undecided', () => {
  const snapshot = ConnectivitySnapshot.of(cfnTemplate({ Bucket: { Type: 'AWS::S3::Bucket', Properties: {} } }));
  expect(snapshot.toString()).toBe(snapshot.text);
  expect(snapshot.text.split('\n')).toEqual([
    'artifact without intent record (every layer)',
    '  layers: none found',
    '  allowed: none',
    '  undecided:',
    '    ingress TCP all ports, client ports 32768-65535: 0.0.0.0/0',
    '    egress TCP all ports, client ports 32768-65535: 0.0.0.0/0',
    '',
  ]);
});

test('a reference without its record and a record that does not resolve are problems', () => {
  const record = ConnectivityIntent.record(
    ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }, 'App/Broken'),
    'App/Broken',
    'aws',
    Emit.SECURITY_GROUP,
  );
  const broken = { ...record, options: { ...record.options, mode: 'everything' } };
  const template = cfnTemplate({
    Orphan: awsGroup([tcpRule('10.0.0.0/8', 2548)], [CDK_NO_EGRESS], { [KEY]: ConnectivityIntent.reference('App/Gone') }),
    Stray: awsGroup([], [CDK_NO_EGRESS], { [KEY]: ConnectivityIntent.reference('App/Gone') }),
    Broken: awsGroup([], [CDK_NO_EGRESS], { [KEY]: broken }),
  });
  expect(ConnectivitySnapshot.of(template).text.split('\n')).toEqual([
    "problem: an intent reference to 'App/Gone' without its record (Orphan, Stray): its required flows are not known",
    "problem: the intent record of App/Broken does not resolve: Invalid backup agent connectivity options at 'App/Broken':",
    '  - mode: must be one of broad, minimal, hosts (got "everything")',
    'artifact without intent record (every layer)',
    '  layers: 1',
    '  allowed:',
    '    ingress TCP 2548, client ports 32768-65535: 10.0.0.0/8',
    '  undecided: none',
    '',
  ]);
});

test('registering outside Jest is refused', () => {
  const refused = 'ConnectivitySnapshot.register needs Jest: no global expect.extend was found';
  const register = (value: unknown) => registerWithGlobalExpect(value, () => ConnectivitySnapshot.register());
  expect([register(undefined), register({}), register({ extend: () => undefined }), register({ addSnapshotSerializer: () => undefined })]).toEqual([
    refused,
    refused,
    refused,
    refused,
  ]);
});

test('the matcher needs jest-snapshot where the project or the package can find it', () => {
  const empty = mkdtempSync(join(tmpdir(), 'no-jest-snapshot-'));
  try {
    expect(() => locateJestSnapshot([empty])).toThrow(
      'toMatchConnectivitySnapshot needs the jest-snapshot package that Jest ships; it could not be found from this project (install it as a dev dependency)',
    );
    expect(locateJestSnapshot([empty, process.cwd()])).toBe(require.resolve('jest-snapshot'));
  } finally {
    rmSync(empty, { recursive: true });
  }
});

test('a construct without groups or ACLs, required flows not allowed, and options with several values', () => {
  const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15', '10.200.90.16'] }, 'App/Agent');
  const record = ConnectivityIntent.record(policy, 'App/Agent', 'aws', Emit.SECURITY_GROUP);
  const alone = ConnectivitySnapshot.of(cfnTemplate({ Marker: { Type: 'AWS::CloudFormation::WaitConditionHandle', Metadata: { [KEY]: record } } }));
  const lines = alone.text.split('\n');
  expect(lines.slice(1, 3)).toEqual([
    '  intent: target commercial; mode minimal; edition 2026-06-08; managementPort 2548; allowLegacyManagementPort false; centralControlSources —; vaultCidrs 10.200.90.15/32, 10.200.90.16/32; vaultDataCenters —; additionalEndpointCidrs —; allowPublicSources false',
    '  layers: none found',
  ]);
  expect(lines.slice(lines.indexOf('  required flows not allowed:'))).toEqual([
    '  required flows not allowed:',
    ...policy.rules.map((r) => `    ${r.direction} ${r.cidr} TCP ${r.fromPort}-${r.toPort}: unknown`),
    '',
  ]);
});
