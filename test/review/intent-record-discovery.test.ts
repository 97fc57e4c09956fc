import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit } from '../../lib';
import { SynthesizedArtifact } from '../../lib/review';
import { artifactResources, findIntentRecords, findReferencesWithoutRecord } from '../../lib/review/intent-records';

/**
 * Finding intent records and references in synthesized output: which entries are resources, which
 * resources belong to which record, and which references have no record to belong to.
 */
const KEY = ConnectivityIntent.METADATA_KEY;
const MINIMAL = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL });
const HOSTS = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS });
const record = (policy: ConnectivityPolicy, path: string) => ConnectivityIntent.record(policy, path, 'aws', Emit.SECURITY_GROUP);
const cfn = (carried: Record<string, unknown>) =>
  SynthesizedArtifact.load({
    Resources: Object.fromEntries(
      Object.entries(carried).map(([id, value]) => [id, { Type: 'AWS::EC2::SecurityGroup', Properties: {}, Metadata: { [KEY]: value } }]),
    ),
  });

test('only objects with a type are resources of a template; only objects are resources of a configuration', () => {
  const template = SynthesizedArtifact.load({
    Resources: { Text: 'not a resource', Untyped: { Properties: {} }, NumberType: { Type: 1 }, Group: { Type: 'AWS::EC2::SecurityGroup' } },
  });
  expect(artifactResources(template).map((r) => `${r.id} ${r.type}`)).toEqual(['Group AWS::EC2::SecurityGroup']);
  const configuration = SynthesizedArtifact.load({
    resource: { ibm_is_security_group: { sg: { name: 'sg' }, text: 'not a resource' }, ibm_is_vpc: 'not a block' },
  });
  expect(artifactResources(configuration).map((r) => `${r.id} ${r.type}`)).toEqual(['ibm_is_security_group.sg ibm_is_security_group']);
  expect(artifactResources(SynthesizedArtifact.load({ Resources: 'none' }))).toEqual([]);
  expect(artifactResources(SynthesizedArtifact.load({ terraform: {} }))).toEqual([]);
});

test('one record carried twice is found once, with every resource that carries it or a reference to its construct', () => {
  const artifact = cfn({
    A: record(MINIMAL, 'App/Agent'),
    B: ConnectivityIntent.reference('App/Agent'),
    C: record(MINIMAL, 'App/Agent'),
    D: ConnectivityIntent.reference('App/Other'),
  });
  expect(findIntentRecords(artifact).map((found) => [found.record.constructPath, found.resources])).toEqual([['App/Agent', ['A', 'B', 'C']]]);
  expect(findReferencesWithoutRecord(artifact)).toEqual([{ constructPath: 'App/Other', resources: ['D'] }]);
});

test('two different records of one construct are both found, each with its own carriers and the references', () => {
  const artifact = cfn({ A: record(MINIMAL, 'App/Agent'), B: ConnectivityIntent.reference('App/Agent'), C: record(HOSTS, 'App/Agent') });
  expect(findIntentRecords(artifact).map((found) => [found.record.options.mode, found.resources])).toEqual([
    ['minimal', ['A', 'B']],
    ['hosts', ['B', 'C']],
  ]);
  expect(findReferencesWithoutRecord(artifact)).toEqual([]);
});

test('values under the intent key that are neither records nor references are ignored', () => {
  const artifact = cfn({ A: 'App/Agent', B: { constructPath: 'App/Agent' }, C: null });
  expect(findIntentRecords(artifact)).toEqual([]);
  expect(findReferencesWithoutRecord(artifact)).toEqual([]);
});
