import { CatalogEdition, ConnectivityOptions, ConnectivityPolicy, ConnectivityValidationError } from '../../lib';
import { resolveErrorOf } from './validation-error';

describe('bad input', () => {
  test.each([
    ['vaultCidrs', '10.1.2.300/24', /not an IPv4 address or CIDR/],
    ['vaultCidrs', '10.1.2.0/33', /not an IPv4 address or CIDR/],
    ['vaultCidrs', '10.1.2/24', /not an IPv4 address or CIDR/],
    ['vaultCidrs', '010.1.2.0/24', /not an IPv4 address or CIDR/],
    ['centralControlSources', 'console.example.com', /not an IPv4 address or CIDR/],
    ['centralControlSources', '', /is empty/],
    ['centralControlSources', '   ', /is empty/],
    ['additionalEndpointCidrs', 'fd00::/8', /IPv6.*IPv4 only/],
    ['vaultCidrs', '10.1.2.3/24', /host bits set; use the network form '10\.1\.2\.0\/24'/],
    ['centralControlSources', '0.0.0.0/0', /opens the whole Internet.*allowPublicSources/],
    ['vaultCidrs', '8.8.8.8', /not a private range.*allowPublicSources/],
    ['additionalEndpointCidrs', '11.0.0.0/8', /not a private range/],
    ['centralControlSources', '10.0.0.0/7', /not a private range/],
  ])('%s entry %j is refused', (option, value, message) => {
    const error = resolveErrorOf({ [option]: [value] });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ option: `${option}[0]`, value });
    expect(error.problems[0].message).toMatch(message);
    expect(error.message).toContain(`${option}[0]`);
  });

  test.each([0, 65536, 2548.5, -1, Number.NaN, '2548'])('managementPort %p is refused', (port) => {
    const error = resolveErrorOf({ managementPort: port });
    expect(error.problems).toEqual([expect.objectContaining({ option: 'managementPort', message: 'must be an integer TCP port in 1-65535' })]);
  });

  test.each([
    ['target', 'gov'],
    ['mode', 'narrow'],
    ['edition', '2020-01-01'],
  ])('%s %j is refused with the allowed values', (option, value) => {
    const error = resolveErrorOf({ [option]: value });
    expect(error.problems[0].option).toBe(option);
    expect(error.problems[0].message).toMatch(/must be one of/);
  });

  test('a list that is not a list, and entries that are not strings, are refused', () => {
    const error = resolveErrorOf({ vaultCidrs: '10.0.0.0/8', centralControlSources: [42] });
    expect(error.problems.map((p) => p.option)).toEqual(['centralControlSources[0]', 'vaultCidrs']);
  });

  test('a CIDR list that is not a list, and an entry that is not a string, are told what to give instead', () => {
    expect(resolveErrorOf({ additionalEndpointCidrs: '10.9.0.0/16', vaultCidrs: ['10.1.0.0/16', null] }).problems).toEqual([
      { option: 'vaultCidrs[1]', value: 'null', message: 'must be an IPv4 CIDR string such as 10.1.2.0/24' },
      { option: 'additionalEndpointCidrs', value: '10.9.0.0/16', message: 'must be a list of IPv4 CIDRs' },
    ]);
  });

  test('vault data centers with an edition without the eVault table: one problem naming the codes, the editions that have it, and vaultCidrs', () => {
    const error = resolveErrorOf({ edition: CatalogEdition.EDITION_2024_07_23, vaultDataCenters: ['dal13', 'lon99', 7] }, 'App/Agent');
    expect(error.problems).toEqual([
      {
        option: 'vaultDataCenters',
        value: 'dal13, lon99, 7',
        message:
          'needs the eVault ranges by data center, which edition 2024-07-23 does not have; ' +
          'use edition 2026-06-08, or give the vault addresses as vaultCidrs',
      },
    ]);
  });

  test('vault data centers with an unknown edition: only the edition is refused', () => {
    const error = resolveErrorOf({ edition: '2020-01-01', vaultDataCenters: ['dal13', 'nowhere'] });
    expect(error.problems.map((p) => p.option)).toEqual(['edition']);
  });

  test('without vault data centers none are resolved; repeated CIDRs are kept once, in address order', () => {
    const policy = ConnectivityPolicy.resolve({
      vaultCidrs: ['10.7.0.0/16', '10.1.0.0/16', '10.7.0.0/16', '10.1.0.0/16'],
      centralControlSources: ['192.168.4.0/24', '192.168.4.0/24'],
    });
    expect(policy.options.vaultDataCenters).toEqual([]);
    expect(policy.options.vaultCidrs).toEqual(['10.1.0.0/16', '10.7.0.0/16']);
    expect(policy.options.centralControlSources).toEqual(['192.168.4.0/24']);
    expect(policy.options.additionalEndpointCidrs).toEqual([]);
  });

  test('booleans must be booleans', () => {
    const error = resolveErrorOf({ allowPublicSources: 'yes', allowLegacyManagementPort: 1 });
    expect(error.problems.map((p) => p.option)).toEqual(['allowLegacyManagementPort', 'allowPublicSources']);
  });

  test('several problems are reported together, with the subject', () => {
    const error = resolveErrorOf({ managementPort: 0, vaultCidrs: ['10.1.1.1/24', 'x'], centralControlSources: ['0.0.0.0/0'] }, 'MyStack/Backup');
    expect(error.problems.map((p) => p.option)).toEqual(['managementPort', 'centralControlSources[0]', 'vaultCidrs[0]', 'vaultCidrs[1]']);
    expect(error.subject).toBe('MyStack/Backup');
    expect(error.message).toMatch(/^Invalid backup agent connectivity options at 'MyStack\/Backup':/);
  });

  test('allowPublicSources accepts public ranges, including 0.0.0.0/0', () => {
    const policy = ConnectivityPolicy.resolve({ centralControlSources: ['0.0.0.0/0'], vaultCidrs: ['203.0.113.7'], allowPublicSources: true });
    expect(policy.ingressRules().map((r) => r.cidr)).toEqual(['0.0.0.0/0']);
    expect(policy.egressRules().map((r) => r.cidr)).toContain('203.0.113.7/32');
  });

  test('private ranges, including the shared address space, need no override', () => {
    expect(() =>
      ConnectivityPolicy.resolve({ centralControlSources: ['172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '10.0.0.0/8'] }),
    ).not.toThrow();
  });
});

describe('malformed input beyond lists', () => {
  test.each([42, 'broad', true, null])('options %p that are not an object are refused', (options) => {
    const error = resolveErrorOf(options);
    expect(error.problems).toEqual([{ option: 'options', value: String(options), message: 'must be an object' }]);
  });

  test('null options are refused with the subject, not taken for the defaults', () => {
    expect(() => ConnectivityPolicy.resolve(null as unknown as ConnectivityOptions, 'App/Agent')).toThrow(
      new ConnectivityValidationError([{ option: 'options', value: 'null', message: 'must be an object' }], 'App/Agent'),
    );
    expect(resolveErrorOf(42, 'App/Agent').message).toBe(
      `Invalid backup agent connectivity options at 'App/Agent':\n  - options: must be an object (got "42")`,
    );
    expect(ConnectivityPolicy.resolve(undefined)).toBe(ConnectivityPolicy.resolve({}));
  });

  test.each(['10.0.0.0/024', '10.0.0.0/8/8', '10.0.0.0/ 8', '10.0.0.0/+8', '10.0.0.0/8x', 'x10.0.0.0/8'])(
    'prefix text %j is refused as malformed',
    (value) => {
      const error = resolveErrorOf({ vaultCidrs: [value] });
      expect(error.problems).toEqual([expect.objectContaining({ option: 'vaultCidrs[0]', value })]);
      expect(error.problems[0].message).toMatch(/not an IPv4 address or CIDR/);
    },
  );

  test('the whole Internet and a public range are told apart in the message', () => {
    expect(resolveErrorOf({ centralControlSources: ['0.0.0.0/0'] }).problems[0].message).toMatch(
      /^opens the whole Internet \(allowed without override: 10\.0\.0\.0\/8, 172\.16\.0\.0\/12, 192\.168\.0\.0\/16, 100\.64\.0\.0\/10\); set allowPublicSources: true to accept it$/,
    );
    expect(resolveErrorOf({ centralControlSources: ['8.8.8.0/24'] }).problems[0].message).toMatch(/^is not a private range /);
  });
});
