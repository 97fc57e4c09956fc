import fc from 'fast-check';
import { AccessMode, BackupTarget, CatalogEdition, ConnectivityIntent, ConnectivityPolicy, Emit } from '../../lib';

describe('intent records', () => {
  test('a record of default options holds target, mode and edition only', () => {
    const record = ConnectivityIntent.record(ConnectivityPolicy.resolve({}), 'App/Agent', 'aws', Emit.SECURITY_GROUP);
    expect(record).toEqual({
      format: ConnectivityIntent.FORMAT,
      constructPath: 'App/Agent',
      platform: 'aws',
      emit: Emit.SECURITY_GROUP,
      options: { target: BackupTarget.COMMERCIAL, mode: AccessMode.BROAD, edition: CatalogEdition.EDITION_2026_06_08 },
    });
  });

  test('a record keeps every option that differs from its default', () => {
    const options = {
      target: BackupTarget.FEDERAL,
      mode: AccessMode.MINIMAL,
      edition: CatalogEdition.EDITION_2018_12_14,
      managementPort: 2600,
      allowLegacyManagementPort: true,
      centralControlSources: ['10.9.0.0/16'],
      vaultCidrs: ['10.20.30.40/32'],
      additionalEndpointCidrs: ['10.3.0.0/24'],
    };
    const record = ConnectivityIntent.record(ConnectivityPolicy.resolve(options), 'App/Agent', 'ibm-vpc', Emit.BOTH);
    expect(record.options).toEqual(options);
  });

  const cidr = fc.constantFrom('10.9.0.0/16', '10.20.30.40/32', '172.16.4.0/24', '192.168.7.0/24', '10.3.0.0/24');
  const optionsArb = fc.record(
    {
      target: fc.constantFrom(...Object.values(BackupTarget)),
      mode: fc.constantFrom(...Object.values(AccessMode)),
      edition: fc.constantFrom(...Object.values(CatalogEdition)),
      managementPort: fc.constantFrom(2548, 2600, 809),
      allowLegacyManagementPort: fc.boolean(),
      centralControlSources: fc.array(cidr, { maxLength: 3 }),
      vaultCidrs: fc.array(cidr, { maxLength: 3 }),
      additionalEndpointCidrs: fc.array(cidr, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  );

  test('the policy of a record, read back from its JSON, is the policy it was made from', () => {
    fc.assert(
      fc.property(optionsArb, (options) => {
        const policy = ConnectivityPolicy.resolve(options);
        const written = JSON.parse(JSON.stringify(ConnectivityIntent.record(policy, 'App/Agent', 'aws', Emit.BOTH)));
        const read = ConnectivityIntent.parse(written);
        expect(read).toBeDefined();
        expect(ConnectivityIntent.policyOf(read!).toJSON()).toEqual(policy.toJSON());
      }),
      { numRuns: 60 },
    );
  });
});

describe('intent references', () => {
  test('a reference names its format and the construct path, nothing else', () => {
    expect(ConnectivityIntent.reference('App/Agent')).toEqual({ format: 'backup-agent-connectivity/intent-ref@1', constructPath: 'App/Agent' });
    expect(ConnectivityIntent.REFERENCE_FORMAT).toBe('backup-agent-connectivity/intent-ref@1');
  });

  test('the construct path is read from a full record and from a reference, after a JSON round trip', () => {
    const record = ConnectivityIntent.record(ConnectivityPolicy.resolve({}), 'App/One', 'aws', Emit.NETWORK_ACL);
    expect(ConnectivityIntent.constructPathOf(JSON.parse(JSON.stringify(record)))).toBe('App/One');
    expect(ConnectivityIntent.constructPathOf(JSON.parse(JSON.stringify(ConnectivityIntent.reference('App/Two'))))).toBe('App/Two');
  });

  test.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'App/Agent'],
    ['a reference with another format', { format: 'backup-agent-connectivity/intent-ref@2', constructPath: 'App/Agent' }],
    ['a reference without a path', { format: ConnectivityIntent.REFERENCE_FORMAT }],
    ['a reference whose path is not a string', { format: ConnectivityIntent.REFERENCE_FORMAT, constructPath: 7 }],
    ['a record without options', { format: ConnectivityIntent.FORMAT, constructPath: 'App/Agent' }],
  ])('no construct path is read from %s', (_name, value) => {
    expect(ConnectivityIntent.constructPathOf(value)).toBeUndefined();
  });

  test('the metadata key and the record format are stable text', () => {
    expect(ConnectivityIntent.METADATA_KEY).toBe('BackupAgentConnectivity');
    expect(ConnectivityIntent.FORMAT).toBe('backup-agent-connectivity/intent@1');
    expect(ConnectivityIntent.record(ConnectivityPolicy.resolve({}), 'App/Agent', 'aws', Emit.BOTH).format).toBe(
      'backup-agent-connectivity/intent@1',
    );
  });

  const valid = { format: 'backup-agent-connectivity/intent@1', constructPath: 'App/Agent', platform: 'aws', emit: Emit.BOTH, options: {} };

  test.each([
    ['another format', { ...valid, format: 'backup-agent-connectivity/intent@2' }],
    ['no format', { ...valid, format: undefined }],
    ['a construct path that is not a string', { ...valid, constructPath: 7 }],
    ['no construct path', { ...valid, constructPath: undefined }],
    ['options that are not an object', { ...valid, options: 'mode=broad' }],
    ['no options', { ...valid, options: undefined }],
  ])('parse refuses a record with %s, and no construct path is read from it', (_name, value) => {
    expect(ConnectivityIntent.parse(value)).toBeUndefined();
    expect(ConnectivityIntent.constructPathOf(value)).toBeUndefined();
  });

  test('parse accepts a record whose format, construct path and options are right', () => {
    expect(ConnectivityIntent.parse(valid)).toBe(valid);
    expect(ConnectivityIntent.constructPathOf(valid)).toBe('App/Agent');
  });

  test('parse reads full records only, never a reference', () => {
    expect(ConnectivityIntent.parse(ConnectivityIntent.reference('App/Agent'))).toBeUndefined();
    const record = ConnectivityIntent.record(ConnectivityPolicy.resolve({}), 'App/Agent', 'aws', Emit.SECURITY_GROUP);
    expect(ConnectivityIntent.parse(record)).toEqual(record);
  });
});
