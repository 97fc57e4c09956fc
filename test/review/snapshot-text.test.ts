import { AccessMode, ConnectivityIntent, ConnectivityPolicy, ConnectivitySnapshot, Emit } from '../../lib';
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
    Broken: awsGroup([], [CDK_NO_EGRESS], { [KEY]: broken }),
  });
  expect(ConnectivitySnapshot.of(template).text.split('\n')).toEqual([
    "problem: an intent reference to 'App/Gone' without its record (Orphan): its required flows are not known",
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
  expect([register(undefined), register({}), register({ extend: () => undefined })]).toEqual([refused, refused, refused]);
});
