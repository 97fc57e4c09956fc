import { ConnectivityPolicy, PortRange, StatelessRulePlan } from '../../lib';
import { resolveErrorOf, validationErrorOf } from './validation-error';

const ephemeralProblems = (ports: unknown) => StatelessRulePlan.checkEphemeralPorts(ports as PortRange);

describe('the validation error', () => {
  test('without a subject: a header without a place, then one line per problem with the value as JSON', () => {
    const error = resolveErrorOf({ mode: 'narrow', allowPublicSources: 'yes' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConnectivityValidationError');
    expect(error.subject).toBeUndefined();
    expect(error.message).toBe(
      'Invalid backup agent connectivity options:\n' +
        '  - mode: must be one of broad, minimal, hosts (got "narrow")\n' +
        '  - allowPublicSources: must be true or false (got "yes")',
    );
  });

  test('with a subject: the header names it', () => {
    const error = resolveErrorOf({ target: 'gov' }, 'App/Agent');
    expect(error.subject).toBe('App/Agent');
    expect(error.message).toBe(
      'Invalid backup agent connectivity options at \'App/Agent\':\n  - target: must be one of commercial, federal (got "gov")',
    );
  });

  test('thrown by a stateless rule plan with its subject', () => {
    const error = validationErrorOf(() =>
      StatelessRulePlan.of(ConnectivityPolicy.resolve(), { ephemeralPorts: { from: 2000, to: 1024 }, subject: 'App/Acl' }),
    );
    expect(error.message).toBe(
      'Invalid backup agent connectivity options at \'App/Acl\':\n  - ephemeralPorts: from must not be above to (got "2000-1024")',
    );
  });
});

describe('problems of enumerated and boolean options', () => {
  test.each([
    ['target', 'gov', 'must be one of commercial, federal'],
    ['mode', 'narrow', 'must be one of broad, minimal, hosts'],
    ['edition', '2020-01-01', 'must be one of 2018-12-14, 2024-07-23, 2026-06-08'],
  ])('%s %j: %s', (option, value, message) => {
    expect(resolveErrorOf({ [option]: value }).problems).toEqual([{ option, value, message }]);
  });

  test.each([
    ['allowPublicSources', 'yes', 'yes'],
    ['allowLegacyManagementPort', 1, '1'],
  ])('%s %j: must be true or false', (option, value, shown) => {
    expect(resolveErrorOf({ [option]: value }).problems).toEqual([{ option, value: shown, message: 'must be true or false' }]);
  });

  test.each([0, 65536, 2548.5, '2548'])('managementPort %j is not a TCP port', (port) => {
    expect(resolveErrorOf({ managementPort: port }).problems).toEqual([
      { option: 'managementPort', value: String(port), message: 'must be an integer TCP port in 1-65535' },
    ]);
  });

  test.each([1, 2548, 65535])('managementPort %j is a TCP port', (port) => {
    expect(ConnectivityPolicy.resolve({ managementPort: port }).options.managementPort).toBe(port);
  });
});

describe('rejected values as the problems show them', () => {
  test('a string as it is, a number as its text, an object as JSON', () => {
    expect(ephemeralProblems('1024-65535')).toEqual([
      { option: 'ephemeralPorts', value: '1024-65535', message: 'must be a port range such as { from: 1024, to: 65535 }' },
    ]);
    expect(ephemeralProblems(1024)).toEqual([
      { option: 'ephemeralPorts', value: '1024', message: 'must be a port range such as { from: 1024, to: 65535 }' },
    ]);
    expect(ephemeralProblems({ from: 'low', to: [1, 2] })).toEqual([
      { option: 'ephemeralPorts.from', value: 'low', message: 'must be an integer TCP port in 1-65535' },
      { option: 'ephemeralPorts.to', value: '[1,2]', message: 'must be an integer TCP port in 1-65535' },
    ]);
  });

  test('a missing end, which JSON cannot write, as undefined', () => {
    expect(ephemeralProblems({ to: 65535 })).toEqual([
      { option: 'ephemeralPorts.from', value: 'undefined', message: 'must be an integer TCP port in 1-65535' },
    ]);
  });

  test.each([0, 65536, 1.5])('ephemeral port %p is not a TCP port', (port) => {
    expect(ephemeralProblems({ from: port, to: 65535 })).toEqual([
      { option: 'ephemeralPorts.from', value: String(port), message: 'must be an integer TCP port in 1-65535' },
    ]);
  });

  test('the ends 1 and 65535 are TCP ports', () => {
    expect(ephemeralProblems({ from: 1, to: 65535 })).toEqual([]);
  });
});
