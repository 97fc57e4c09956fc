import { AccessMode, ConnectivityIntent, ConnectivityPolicy, Emit } from '../../lib';
import { ConnectivityMatchers } from '../../lib/review';
import { registerWithGlobalExpect } from './outside-jest';
import { awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';
import { failureLines } from './assertion-failure';

/**
 * How the Jest matchers read negation from their context: only `isNot: true` negates, so a context
 * with `isNot: false` or none at all words the message as a plain expectation and explains a flow
 * of the part that made it fail.
 */
type JestResult = { pass: boolean; message: () => string };
type Matcher = (this: { isNot?: boolean }, received: unknown, ...args: unknown[]) => JestResult;

ConnectivityMatchers.register();

const PATH = 'Agents/BackupAgent';
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.90.15'] }, PATH);
const RECORD = ConnectivityIntent.record(POLICY, PATH, 'aws', Emit.SECURITY_GROUP);
// A group of the construct that allows only 10.0.0.0/8 in on the management port.
const TEMPLATE = cfnTemplate({ AgentSg: awsGroup([tcpRule('10.0.0.0/8', 2548)], [CDK_NO_EGRESS], { [ConnectivityIntent.METADATA_KEY]: RECORD }) });
const ALLOWED_FLOW = { direction: 'ingress' as const, peer: '10.1.2.3', port: 2548 };

/** The matchers `ConnectivityMatchers.register()` hands to a global `expect`. */
function registeredMatchers(): Record<string, Matcher> {
  let matchers: Record<string, Matcher> = {};
  const fakeExpect = { extend: (m: Record<string, Matcher>) => (matchers = m) };
  expect(registerWithGlobalExpect(fakeExpect, () => ConnectivityMatchers.register())).toBe('registered');
  return matchers;
}

describe('toDenyFlow', () => {
  const notDenied = [
    'expected the ingress flow with 10.1.2.3 on port 2548 (client ports 32768-65535) to be denied, but it is allowed',
    'Allowed part:',
    '  - ingress 10.1.2.3/32 TCP 2548, client ports 32768-65535',
    '',
    'Rules considered, for one flow of that part:',
    'ingress flow, peer 10.1.2.3, port 2548 (client port 32768): allowed',
    '  aws-security-groups: allowed',
    '    request ingress 10.1.2.3:32768 -> agent:2548: allowed, allowed by AgentSg.SecurityGroupIngress[0]',
    '      - AgentSg.SecurityGroupIngress[0]: ingress allow tcp 10.0.0.0/8 destination ports 2548 => match',
  ];

  test('failing without negation: the plain expectation, the allowed part, and an allowed flow explained', () => {
    expect(failureLines(() => expect(TEMPLATE).toDenyFlow(ALLOWED_FLOW))).toEqual(notDenied);
  });

  test('a context with isNot false or without isNot is not negated; only isNot true is', () => {
    const { toDenyFlow } = registeredMatchers();
    for (const context of [{}, { isNot: false }]) {
      const result = toDenyFlow.call(context, TEMPLATE, ALLOWED_FLOW);
      expect(result.pass).toBe(false);
      expect(result.message().split('\n')).toEqual(notDenied);
    }
    expect(toDenyFlow.call({ isNot: true }, TEMPLATE, ALLOWED_FLOW).message().split('\n')).toEqual([
      'expected the ingress flow with 10.1.2.3 on port 2548 (client ports 32768-65535) not to be denied, but it is allowed',
      'Allowed part:',
      '  - ingress 10.1.2.3/32 TCP 2548, client ports 32768-65535',
    ]);
  });
});

describe('toOpenExactlyPolicy', () => {
  const heading = "expected Agents/BackupAgent to open exactly the policy's 7 rule(s), no more and no less (client ports 32768-65535)";

  test('failing without negation words the plain expectation and lists what is missing', () => {
    const lines = failureLines(() => expect(TEMPLATE).toOpenExactlyPolicy(POLICY, PATH));
    expect(lines[0]).toBe(heading);
    expect(lines.filter((line) => line.startsWith('  - less: '))).toHaveLength(4);
  });

  test('a context with isNot false or without isNot is not negated; only isNot true is', () => {
    const { toOpenExactlyPolicy } = registeredMatchers();
    for (const context of [{}, { isNot: false }]) {
      const result = toOpenExactlyPolicy.call(context, TEMPLATE, POLICY, PATH);
      expect(result.pass).toBe(false);
      expect(result.message().split('\n')[0]).toBe(heading);
    }
    expect(toOpenExactlyPolicy.call({ isNot: true }, TEMPLATE, POLICY, PATH).message().split('\n')[0]).toBe(
      "expected Agents/BackupAgent not to open exactly the policy's 7 rule(s), no more and no less (client ports 32768-65535)",
    );
  });
});
