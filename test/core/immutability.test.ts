import { AccessMode, ConnectivityOptions, ConnectivityPolicy, ConnectivityValidationError } from '../../lib';

describe('resolved policies are immutable and shared', () => {
  test('the same options give the same policy object', () => {
    const options = { mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.2.0/24'] };
    expect(ConnectivityPolicy.resolve(options)).toBe(ConnectivityPolicy.resolve({ ...options, vaultCidrs: ['10.1.2.0/24'] }));
    expect(ConnectivityPolicy.resolve(options)).not.toBe(ConnectivityPolicy.resolve({ ...options, vaultCidrs: ['10.1.3.0/24'] }));
  });

  test('extra properties of construct props do not matter', () => {
    const props = { mode: AccessMode.HOSTS, vpc: { self: {} as object } };
    (props.vpc as { self: object }).self = props.vpc;
    expect(ConnectivityPolicy.resolve(props as ConnectivityOptions)).toBe(ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS }));
  });

  test('rules, options and warnings cannot be changed by one of their users', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL });
    expect(() => policy.rules.push(policy.rules[0])).toThrow(TypeError);
    expect(() => policy.rules[0].purposes.pop()).toThrow(TypeError);
    expect(() => {
      (policy.options as { managementPort: number }).managementPort = 1;
    }).toThrow(TypeError);
    expect(() => policy.warnings.pop()).toThrow(TypeError);
    expect(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL }).rules).toHaveLength(6);
  });

  test.each([
    ['null port', { managementPort: null }],
    ['NaN port', { managementPort: Number.NaN }],
    ['null list', { vaultCidrs: null }],
    ['list with undefined', { vaultCidrs: [undefined] }],
  ])('an invalid value never takes the place of a valid one (%s)', (_, options) => {
    ConnectivityPolicy.resolve({});
    ConnectivityPolicy.resolve({ vaultCidrs: [] });
    expect(() => ConnectivityPolicy.resolve(options as unknown as ConnectivityOptions)).toThrow(ConnectivityValidationError);
    expect(() => ConnectivityPolicy.resolve(options as unknown as ConnectivityOptions)).toThrow(ConnectivityValidationError);
  });
});

describe('the policy cache never skips validation', () => {
  test('options resolved once with an override and once without it are validated each time', () => {
    const options = { centralControlSources: ['198.51.100.0/24'] };
    expect(ConnectivityPolicy.resolve({ ...options, allowPublicSources: true }).rules.length).toBeGreaterThan(0);
    expect(() => ConnectivityPolicy.resolve(options)).toThrow(ConnectivityValidationError);
  });

  test('every option takes part in the cache key', () => {
    const base = ConnectivityPolicy.resolve({});
    const variants: ConnectivityOptions[] = [
      { centralControlSources: ['10.1.0.0/16'] },
      { vaultCidrs: ['172.16.0.0/16'] },
      { additionalEndpointCidrs: ['192.168.0.0/24'] },
      { managementPort: 2549 },
      { allowLegacyManagementPort: true },
      { mode: AccessMode.MINIMAL },
    ];
    for (const variant of variants) expect(ConnectivityPolicy.resolve(variant)).not.toBe(base);
  });
});
