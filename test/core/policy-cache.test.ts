import { AccessMode, ConnectivityOptions, ConnectivityPolicy, ValidationProblem } from '../../lib';
import { resolveErrorOf } from './validation-error';

const problem = (option: string, value: string, message: string): ValidationProblem => ({ option, value, message });
const vaultRules = (policy: ConnectivityPolicy) =>
  policy
    .egressRules()
    .filter((r) => r.fromPort === 2546)
    .map((r) => r.cidr);

describe('policies shared between equal options', () => {
  test('equal options give the same frozen policy, with or without the options object', () => {
    const first = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.0.0/16'] });
    expect(ConnectivityPolicy.resolve({ vaultCidrs: ['10.1.0.0/16'], mode: AccessMode.MINIMAL })).toBe(first);
    expect(ConnectivityPolicy.resolve()).toBe(ConnectivityPolicy.resolve({}));
    expect(Object.isFrozen(first.options.vaultCidrs)).toBe(true);
    expect(Object.isFrozen(first.rules[0])).toBe(true);
  });

  test('an override is part of the options: the same CIDRs are refused without it after being accepted with it', () => {
    const open = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['8.8.8.0/24'], allowPublicSources: true });
    expect(vaultRules(open)).toEqual(['8.8.8.0/24']);
    expect(resolveErrorOf({ mode: AccessMode.MINIMAL, vaultCidrs: ['8.8.8.0/24'] }, 'App/Agent').problems).toEqual([
      problem(
        'vaultCidrs[0]',
        '8.8.8.0/24',
        'is not a private range (allowed without override: 10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, 100.64.0.0/10); set allowPublicSources: true to accept it',
      ),
    ]);
    expect(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['8.8.8.0/24'], allowPublicSources: true })).toBe(open);
  });

  test('an option list changed after a first resolve gives the policy of its new content, and is validated again', () => {
    const cidrs = ['10.1.0.0/16'];
    const before = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: cidrs });
    expect(Object.isFrozen(cidrs)).toBe(false);
    cidrs.push('172.16.0.0/16');
    const after = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: cidrs });
    expect(vaultRules(before)).toEqual(['10.1.0.0/16']);
    expect(vaultRules(after)).toEqual(['10.1.0.0/16', '172.16.0.0/16']);
    cidrs[1] = '172.16.0.0/33';
    const error = resolveErrorOf({ mode: AccessMode.MINIMAL, vaultCidrs: cidrs }, 'App/Agent');
    expect(error.problems).toEqual([problem('vaultCidrs[1]', '172.16.0.0/33', 'is not an IPv4 address or CIDR such as 10.1.2.0/24')]);
    expect(error.subject).toBe('App/Agent');
  });

  test('options that are not an object are refused also after the defaults were resolved', () => {
    ConnectivityPolicy.resolve({});
    for (const options of ['commercial', 5, true, () => ({})]) {
      expect(resolveErrorOf(options, 'App/Agent').problems).toEqual([problem('options', String(options), 'must be an object')]);
    }
  });

  test('values that read like valid ones in JSON are refused also after the valid ones were resolved', () => {
    ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.0.0/16'], managementPort: 2600 });
    const boxedCidr = resolveErrorOf({ mode: AccessMode.MINIMAL, vaultCidrs: [new String('10.1.0.0/16')], managementPort: 2600 });
    expect(boxedCidr.problems).toEqual([problem('vaultCidrs[0]', '10.1.0.0/16', 'must be an IPv4 CIDR string such as 10.1.2.0/24')]);
    const boxedPort = resolveErrorOf({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.0.0/16'], managementPort: new Number(2600) });
    expect(boxedPort.problems).toEqual([problem('managementPort', '2600', 'must be an integer TCP port in 1-65535')]);

    // A hole in a list is no entry; null in its place is a wrong entry, though both read as null in JSON.
    // eslint-disable-next-line no-sparse-arrays
    const withHole = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: [, '10.2.0.0/16'] as string[] });
    expect(vaultRules(withHole)).toEqual(['10.2.0.0/16']);
    expect(resolveErrorOf({ mode: AccessMode.MINIMAL, vaultCidrs: [null, '10.2.0.0/16'] }).problems).toEqual([
      problem('vaultCidrs[0]', 'null', 'must be an IPv4 CIDR string such as 10.1.2.0/24'),
    ]);
  });

  test('a list whose JSON form differs from its entries gets the policy of its entries', () => {
    const none = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: [] });
    const disguised = Object.assign(['10.3.0.0/16'], { toJSON: () => [] });
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: disguised });
    expect(vaultRules(none)).toEqual([]);
    expect(vaultRules(policy)).toEqual(['10.3.0.0/16']);
    expect(policy.options.vaultCidrs).toEqual(['10.3.0.0/16']);
  });

  test('options that cannot be written as JSON are still validated and resolved', () => {
    expect(resolveErrorOf({ managementPort: BigInt(2548) }).problems).toEqual([
      problem('managementPort', '2548', 'must be an integer TCP port in 1-65535'),
    ]);
    const cyclic: string[] & { self?: unknown } = ['10.4.0.0/16'];
    cyclic.self = { cyclic };
    Object.assign(cyclic, { toJSON: () => cyclic.self });
    expect(vaultRules(ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: cyclic }))).toEqual(['10.4.0.0/16']);
  });

  test('the cache holds the 512 newest policies and drops the oldest first, so it cannot grow without bound', () => {
    const options = (i: number): ConnectivityOptions => ({ mode: AccessMode.HOSTS, managementPort: 30000 + i });
    const oldest = ConnectivityPolicy.resolve(options(0));
    const policies = [oldest];
    for (let i = 1; i < 512; i++) policies.push(ConnectivityPolicy.resolve(options(i)));
    expect(ConnectivityPolicy.resolve(options(0))).toBe(oldest);
    expect(ConnectivityPolicy.resolve(options(1))).toBe(policies[1]);

    const newest = ConnectivityPolicy.resolve(options(512));
    const again = ConnectivityPolicy.resolve(options(0));
    expect(again).not.toBe(oldest);
    expect(again.toJSON()).toEqual(oldest.toJSON());
    expect(ConnectivityPolicy.resolve(options(512))).toBe(newest);
    expect(ConnectivityPolicy.resolve(options(511))).toBe(policies[511]);
  });
});
