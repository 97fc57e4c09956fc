import { AccessMode, ConnectivityPolicy, ConnectivityReview, ValidationProblem } from '../../lib';
import { resolveErrorOf } from './validation-error';

function problemsOf(options: unknown): ValidationProblem[] {
  return resolveErrorOf(options, 'App/Agent').problems;
}

const MALFORMED = 'is not an IPv4 address or CIDR such as 10.1.2.0/24';

describe('CIDR texts in the options', () => {
  test.each([
    ['10.0.0.0/024', 'a prefix with a leading zero'],
    ['10.0.0.0/33', 'a prefix above 32'],
    ['10.0.0.0/99', 'a two-digit prefix above 32'],
    ['10.0.0.0/100', 'a three-digit prefix'],
    ['10.0.0.0/', 'an empty prefix'],
    ['10.0.0.0/-1', 'a negative prefix'],
    ['10.0.0.0/+8', 'a signed prefix'],
    ['10.0.0.0/8/8', 'two prefixes'],
    ['/24', 'no address'],
    ['/10.0.0.0', 'a slash before the address'],
    ['10.0.0/8', 'three octets'],
    ['10.0.0.256/32', 'an octet above 255'],
  ])('%j (%s) is refused as malformed, naming the option and the text', (text) => {
    // allowPublicSources makes sure that only the parse can refuse the entry.
    expect(problemsOf({ vaultCidrs: ['10.1.0.0/16', text], allowPublicSources: true })).toEqual([
      { option: 'vaultCidrs[1]', value: text, message: MALFORMED },
    ]);
    expect(problemsOf({ centralControlSources: [text] })).toEqual([{ option: 'centralControlSources[0]', value: text, message: MALFORMED }]);
  });

  test('the message of a malformed entry reads in the error with the construct path', () => {
    expect(() => ConnectivityPolicy.resolve({ additionalEndpointCidrs: ['10.0.0.0/33'] }, 'App/Agent')).toThrow(
      `Invalid backup agent connectivity options at 'App/Agent':\n  - additionalEndpointCidrs[0]: ${MALFORMED} (got "10.0.0.0/33")`,
    );
  });

  test('the edge prefixes /0 and /32 and a bare address are accepted', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.MINIMAL,
      vaultCidrs: ['0.0.0.0/0', '10.1.2.3/32', '10.1.2.5'],
      allowPublicSources: true,
    });
    expect(policy.options.vaultCidrs).toEqual(['0.0.0.0/0', '10.1.2.3/32', '10.1.2.5/32']);
    expect(
      policy
        .egressRules()
        .filter((r) => r.fromPort === 2546)
        .map((r) => r.cidr),
    ).toEqual(['0.0.0.0/0']);
  });

  test('a network is private only when every address of it lies in one private range', () => {
    expect(problemsOf({ vaultCidrs: ['10.0.0.0/7', '172.16.0.0/11', '100.64.0.0/9', '192.168.0.0/15'] }).map((p) => p.option)).toEqual([
      'vaultCidrs[0]',
      'vaultCidrs[1]',
      'vaultCidrs[2]',
      'vaultCidrs[3]',
    ]);
    const policy = ConnectivityPolicy.resolve({ vaultCidrs: ['172.31.255.255/32', '192.168.255.0/24', '100.127.0.0/16', '172.16.0.0/12'] });
    expect(policy.options.vaultCidrs).toEqual(['100.127.0.0/16', '172.16.0.0/12', '172.31.255.255/32', '192.168.255.0/24']);
  });
});

describe('catalogued hosts inside a rule', () => {
  test('a host on the first or the last address of a rule is inside it, its neighbours outside', () => {
    // The AMP proxies 10.2.118.12-.21 aggregate into 10.2.118.12/30, .16/30 and .20/31: each block
    // starts and ends on a catalogued host, and the host before or after each lies in the next block.
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS });
    const rows = ConnectivityReview.ofPolicy(policy).constructs[0].rules;
    const amp = (n: number) => `evwebamp09${String(n).padStart(2, '0')}.service.softlayer.com`;
    expect(rows.map((r) => [r.direction, r.peer, r.ports, r.catalogHosts])).toEqual([
      ['ingress', '10.2.118.12/30', '2548', [amp(1), amp(2), amp(3), amp(4)]],
      ['ingress', '10.2.118.16/30', '2548', [amp(5), amp(6), amp(7), amp(8)]],
      ['ingress', '10.2.118.20/31', '2548', [amp(9), amp(10)]],
      ['ingress', '10.200.86.22/32', '2548', ['cloudbackupregister.service.softlayer.com']],
      ['egress', '10.2.118.12/30', '8087', [amp(1), amp(2), amp(3), amp(4)]],
      ['egress', '10.2.118.16/30', '8087', [amp(5), amp(6), amp(7), amp(8)]],
      ['egress', '10.2.118.20/31', '8087', [amp(9), amp(10)]],
      ['egress', '10.200.86.22/32', '8086', ['cloudbackupregister.service.softlayer.com']],
    ]);
  });
});
