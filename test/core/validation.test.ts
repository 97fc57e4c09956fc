import { ConnectivityOptions, ConnectivityPolicy, ConnectivityValidationError } from '../../lib';

function problemsOf(options: unknown, subject?: string): ConnectivityValidationError {
  try {
    ConnectivityPolicy.resolve(options as ConnectivityOptions, subject);
  } catch (e) {
    if (e instanceof ConnectivityValidationError) return e;
    throw e;
  }
  throw new Error('expected a ConnectivityValidationError');
}

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
    const error = problemsOf({ [option]: [value] });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]).toMatchObject({ option: `${option}[0]`, value });
    expect(error.problems[0].message).toMatch(message);
    expect(error.message).toContain(`${option}[0]`);
  });

  test.each([0, 65536, 2548.5, -1, Number.NaN, '2548'])('managementPort %p is refused', (port) => {
    const error = problemsOf({ managementPort: port });
    expect(error.problems).toEqual([expect.objectContaining({ option: 'managementPort', message: 'must be an integer TCP port in 1-65535' })]);
  });

  test.each([
    ['target', 'gov'],
    ['mode', 'narrow'],
    ['edition', '2020-01-01'],
  ])('%s %j is refused with the allowed values', (option, value) => {
    const error = problemsOf({ [option]: value });
    expect(error.problems[0].option).toBe(option);
    expect(error.problems[0].message).toMatch(/must be one of/);
  });

  test('a list that is not a list, and entries that are not strings, are refused', () => {
    const error = problemsOf({ vaultCidrs: '10.0.0.0/8', centralControlSources: [42] });
    expect(error.problems.map((p) => p.option)).toEqual(['centralControlSources[0]', 'vaultCidrs']);
  });

  test('booleans must be booleans', () => {
    const error = problemsOf({ allowPublicSources: 'yes', allowLegacyManagementPort: 1 });
    expect(error.problems.map((p) => p.option)).toEqual(['allowLegacyManagementPort', 'allowPublicSources']);
  });

  test('several problems are reported together, with the subject', () => {
    const error = problemsOf({ managementPort: 0, vaultCidrs: ['10.1.1.1/24', 'x'], centralControlSources: ['0.0.0.0/0'] }, 'MyStack/Backup');
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
  test.each([42, 'broad', true])('options %p that are not an object are refused', (options) => {
    const error = problemsOf(options);
    expect(error.problems).toEqual([{ option: 'options', value: String(options), message: 'must be an object' }]);
  });

  test.each(['10.0.0.0/024', '10.0.0.0/8/8', '10.0.0.0/ 8', '10.0.0.0/+8', '10.0.0.0/8x', 'x10.0.0.0/8'])(
    'prefix text %j is refused as malformed',
    (value) => {
      const error = problemsOf({ vaultCidrs: [value] });
      expect(error.problems).toEqual([expect.objectContaining({ option: 'vaultCidrs[0]', value })]);
      expect(error.problems[0].message).toMatch(/not an IPv4 address or CIDR/);
    },
  );

  test('the whole Internet and a public range are told apart in the message', () => {
    expect(problemsOf({ centralControlSources: ['0.0.0.0/0'] }).problems[0].message).toMatch(
      /^opens the whole Internet \(allowed without override: 10\.0\.0\.0\/8, 172\.16\.0\.0\/12, 192\.168\.0\.0\/16, 100\.64\.0\.0\/10\); set allowPublicSources: true to accept it$/,
    );
    expect(problemsOf({ centralControlSources: ['8.8.8.0/24'] }).problems[0].message).toMatch(/^is not a private range /);
  });
});
