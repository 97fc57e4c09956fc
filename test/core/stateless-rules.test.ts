import fc from 'fast-check';
import {
  AccessMode,
  BackupTarget,
  CatalogEdition,
  ConnectivityOptions,
  ConnectivityPolicy,
  ConnectivityValidationError,
  EphemeralPortRange,
  PortRange,
  RulePurpose,
  StatelessRule,
  StatelessRulePlan,
  StatelessRulePlanOptions,
  FlowDirection,
} from '../../lib';
import { validationErrorOf } from './validation-error';

const INGRESS = FlowDirection.INGRESS;
const EGRESS = FlowDirection.EGRESS;

function plan(options: ConnectivityOptions, planOptions?: StatelessRulePlanOptions): StatelessRulePlan {
  return StatelessRulePlan.of(ConnectivityPolicy.resolve(options), planOptions);
}

/** A compact row per stateless rule: id, direction, reply flag, peer, destination ports, source ports, served rule ids. */
function rows(rules: readonly StatelessRule[]) {
  const ports = (range?: PortRange) => (range ? `${range.from}-${range.to}` : undefined);
  return rules.map((r) => [r.id, r.direction, r.reply, r.peerCidr, ports(r.destinationPorts), ports(r.sourcePorts), r.rules.map((p) => p.id)]);
}

function planError(ports: unknown, subject?: string): ConnectivityValidationError {
  return validationErrorOf(() => plan({}, { ephemeralPorts: ports as PortRange, subject }));
}

describe('requests and replies of each direction', () => {
  test('without source-port matching: the ports each packet is sent to, replies on the ephemeral ports', () => {
    expect(rows(plan({}).rules)).toEqual([
      ['ingress-10-0-0-0-8-tcp-2548', INGRESS, false, '10.0.0.0/8', '2548-2548', undefined, ['ingress-10-0-0-0-8-tcp-2548']],
      ['ingress-10-0-0-0-8-tcp-2548-reply', EGRESS, true, '10.0.0.0/8', '1024-65535', undefined, ['ingress-10-0-0-0-8-tcp-2548']],
      ['egress-10-0-0-0-8-tcp-2546', EGRESS, false, '10.0.0.0/8', '2546-2546', undefined, ['egress-10-0-0-0-8-tcp-2546']],
      [
        'egress-10-0-0-0-8-tcp-2546-reply',
        INGRESS,
        true,
        '10.0.0.0/8',
        '1024-65535',
        undefined,
        ['egress-10-0-0-0-8-tcp-2546', 'egress-10-0-0-0-8-tcp-8086-8087'],
      ],
      ['egress-10-0-0-0-8-tcp-8086-8087', EGRESS, false, '10.0.0.0/8', '8086-8087', undefined, ['egress-10-0-0-0-8-tcp-8086-8087']],
    ]);
  });

  test('with source-port matching: requests from the ephemeral ports to the service ports, replies the other way round', () => {
    expect(rows(plan({}, { matchSourcePorts: true }).rules)).toEqual([
      ['ingress-10-0-0-0-8-tcp-2548', INGRESS, false, '10.0.0.0/8', '2548-2548', '1024-65535', ['ingress-10-0-0-0-8-tcp-2548']],
      ['ingress-10-0-0-0-8-tcp-2548-reply', EGRESS, true, '10.0.0.0/8', '1024-65535', '2548-2548', ['ingress-10-0-0-0-8-tcp-2548']],
      ['egress-10-0-0-0-8-tcp-2546', EGRESS, false, '10.0.0.0/8', '2546-2546', '1024-65535', ['egress-10-0-0-0-8-tcp-2546']],
      ['egress-10-0-0-0-8-tcp-2546-reply', INGRESS, true, '10.0.0.0/8', '1024-65535', '2546-2546', ['egress-10-0-0-0-8-tcp-2546']],
      ['egress-10-0-0-0-8-tcp-8086-8087', EGRESS, false, '10.0.0.0/8', '8086-8087', '1024-65535', ['egress-10-0-0-0-8-tcp-8086-8087']],
      ['egress-10-0-0-0-8-tcp-8086-8087-reply', INGRESS, true, '10.0.0.0/8', '1024-65535', '8086-8087', ['egress-10-0-0-0-8-tcp-8086-8087']],
    ]);
  });

  test('custom ephemeral ports are the destination of replies and the source of requests', () => {
    const ephemeralPorts = { from: 32768, to: 60999 };
    const clientPorts = { from: 32768, to: 60999 };
    const matched = plan({}, { ephemeralPorts, matchSourcePorts: true });
    expect(matched.ephemeralPorts).toEqual(ephemeralPorts);
    for (const rule of matched.rules) {
      expect(rule.reply ? rule.destinationPorts : rule.sourcePorts).toEqual(clientPorts);
      expect(rule.reply ? rule.sourcePorts : rule.destinationPorts).toEqual({ from: rule.rules[0].fromPort, to: rule.rules[0].toPort });
    }
    const unmatched = plan({}, { ephemeralPorts });
    expect(unmatched.rules.filter((r) => r.reply).map((r) => r.destinationPorts)).toEqual([clientPorts, clientPorts]);
  });

  test('ephemeral ports typed with the deprecated EphemeralPortRange are still accepted and give the same plan', () => {
    const legacy: EphemeralPortRange = { from: 32768, to: 60999 };
    const current: PortRange = legacy;
    const roundTrip: EphemeralPortRange = plan({}, { ephemeralPorts: current }).ephemeralPorts;
    expect(roundTrip).toEqual(current);
    expect(plan({}, { ephemeralPorts: legacy }).rules).toEqual(plan({}, { ephemeralPorts: current }).rules);
  });

  test('the default ephemeral range is 1024-65535 and source ports are not matched by default', () => {
    const defaults = plan({});
    expect(defaults.ephemeralPorts).toEqual(StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS);
    expect(StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS).toEqual({ from: 1024, to: 65535 });
    expect(defaults.matchSourcePorts).toBe(false);
    expect(defaults.rules.every((r) => r.sourcePorts === undefined)).toBe(true);
  });

  test('every rule carries the protocol and the purposes of the policy rules it serves', () => {
    const merged = plan({}).rules.find((r) => r.id === 'egress-10-0-0-0-8-tcp-2546-reply')!;
    expect(merged.protocol).toBe('tcp');
    expect(merged.purposes).toEqual([RulePurpose.PORTAL, RulePurpose.REGISTRATION, RulePurpose.AMP_PROXY, RulePurpose.VAULT]);
    const request = plan({}).rules.find((r) => r.id === 'ingress-10-0-0-0-8-tcp-2548')!;
    expect(request.purposes).toEqual([RulePurpose.MANAGEMENT]);
  });
});

describe('merging replies', () => {
  test('identical replies are emitted once, at the first rule that needs them, only without source-port matching', () => {
    const unmatched = plan({}).rules;
    expect(unmatched.filter((r) => r.reply && r.direction === INGRESS)).toHaveLength(1);
    expect(unmatched.map((r) => r.id).indexOf('egress-10-0-0-0-8-tcp-2546-reply')).toBe(3);
    expect(plan({}, { matchSourcePorts: true }).rules.filter((r) => r.reply && r.direction === INGRESS)).toHaveLength(2);
  });

  test('a reply contained in another reply of the same direction is dropped without source-port matching, kept with it', () => {
    const options = { mode: AccessMode.MINIMAL, vaultCidrs: ['10.2.118.5/32'] };
    const vault = 'egress-10-2-118-5-32-tcp-2546';
    const unmatched = plan(options).rules;
    expect(unmatched.map((r) => r.id)).not.toContain(`${vault}-reply`);
    const container = unmatched.find((r) => r.id === 'egress-10-2-118-0-24-tcp-8086-8087-reply')!;
    expect(container.peerCidr).toBe('10.2.118.0/24');
    expect(container.rules.map((r) => r.id)).toEqual(['egress-10-2-118-0-24-tcp-8086-8087', vault]);
    expect(container.purposes).toEqual([RulePurpose.AMP_PROXY, RulePurpose.VAULT]);
    const matched = plan(options, { matchSourcePorts: true }).rules;
    expect(matched.find((r) => r.id === `${vault}-reply`)).toMatchObject({ peerCidr: '10.2.118.5/32', sourcePorts: { from: 2546, to: 2546 } });
  });

  test('replies of different directions or disjoint peers are never merged', () => {
    const rules = plan({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.7.0.0/16'] }).rules;
    // Three minimal subnets (management ingress and portal egress), one vault.
    expect(rules.filter((r) => r.reply)).toHaveLength(7);
    const federal = plan({ target: BackupTarget.FEDERAL }).rules.filter((r) => r.peerCidr === '100.100.6.20/32');
    expect(rows(federal)).toEqual([
      ['ingress-100-100-6-20-32-tcp-2548', INGRESS, false, '100.100.6.20/32', '2548-2548', undefined, ['ingress-100-100-6-20-32-tcp-2548']],
      ['ingress-100-100-6-20-32-tcp-2548-reply', EGRESS, true, '100.100.6.20/32', '1024-65535', undefined, ['ingress-100-100-6-20-32-tcp-2548']],
      ['egress-100-100-6-20-32-tcp-8086-8087', EGRESS, false, '100.100.6.20/32', '8086-8087', undefined, ['egress-100-100-6-20-32-tcp-8086-8087']],
      [
        'egress-100-100-6-20-32-tcp-8086-8087-reply',
        INGRESS,
        true,
        '100.100.6.20/32',
        '1024-65535',
        undefined,
        ['egress-100-100-6-20-32-tcp-8086-8087'],
      ],
    ]);
  });

  test('a reply serving several rules takes the id of the first', () => {
    const rules = plan({ mode: AccessMode.HOSTS, vaultCidrs: ['10.2.118.0/24'] }).rules;
    const ingressReplies = rules.filter((r) => r.reply && r.direction === INGRESS);
    expect(ingressReplies.map((r) => [r.id, r.rules.length])).toEqual([
      ['egress-10-2-118-0-24-tcp-2546-reply', 4],
      ['egress-10-200-86-22-32-tcp-8086-reply', 1],
    ]);
  });
});

describe('order and directions', () => {
  test('policy order, each request followed by its reply unless that reply was merged', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultCidrs: ['10.2.118.0/24'] });
    const rules = StatelessRulePlan.of(policy).rules;
    expect(rules.filter((r) => !r.reply).map((r) => r.id)).toEqual(policy.rules.map((r) => r.id));
    rules.forEach((rule, i) => {
      if (rule.reply) expect(rules[i - 1]).toMatchObject({ reply: false, id: rule.id.replace(/-reply$/, '') });
    });
  });

  test('rules of one direction and the count of the busiest', () => {
    const broad = plan({});
    expect(broad.rulesInDirection(INGRESS).map((r) => r.id)).toEqual(['ingress-10-0-0-0-8-tcp-2548', 'egress-10-0-0-0-8-tcp-2546-reply']);
    expect(broad.rulesInDirection(EGRESS)).toHaveLength(3);
    expect(broad.busiestDirectionCount()).toBe(3);
    expect(plan({}, { matchSourcePorts: true }).busiestDirectionCount()).toBe(3);
  });

  test('the same policy always gives the same plan', () => {
    const options = { target: BackupTarget.FEDERAL, centralControlSources: ['192.168.4.0/24', '172.16.0.0/12'], vaultCidrs: ['192.168.9.9'] };
    for (const matchSourcePorts of [false, true]) {
      const first = JSON.stringify(plan(options, { matchSourcePorts }).rules);
      expect(JSON.stringify(plan(options, { matchSourcePorts }).rules)).toBe(first);
    }
  });
});

describe('ephemeral ports', () => {
  test.each([
    ['a port 0', { from: 0, to: 65535 }, ['ephemeralPorts.from'], /must be an integer TCP port in 1-65535/],
    ['a port above 65535', { from: 1024, to: 65536 }, ['ephemeralPorts.to'], /must be an integer TCP port in 1-65535/],
    ['a fraction', { from: 1024.5, to: 65535 }, ['ephemeralPorts.from'], /must be an integer TCP port/],
    ['from above to', { from: 5000, to: 4000 }, ['ephemeralPorts'], /from must not be above to/],
    ['a missing end', { from: 1024 }, ['ephemeralPorts.to'], /must be an integer TCP port/],
    ['a string', '1024-65535', ['ephemeralPorts'], /must be a port range such as \{ from: 1024, to: 65535 \}/],
    ['null', null, ['ephemeralPorts'], /must be a port range/],
  ])('%s is refused, naming the option and the subject', (_, ports, options, message) => {
    const error = planError(ports, 'Stack/Agents');
    expect(error.problems.map((p) => p.option)).toEqual(options);
    expect(error.problems[0].message).toMatch(message);
    expect(error.subject).toBe('Stack/Agents');
    expect(error.message).toMatch(/at 'Stack\/Agents'[\s\S]*ephemeralPorts/);
    expect(StatelessRulePlan.checkEphemeralPorts(ports as PortRange)).toEqual(error.problems);
  });

  test('a range whose ends are reversed is named as a whole, with both ends and the fix', () => {
    expect(planError({ from: 5000, to: 4000 }).problems).toEqual([
      { option: 'ephemeralPorts', value: '5000-4000', message: 'from must not be above to' },
    ]);
  });

  test('an invalid end is the only problem, even when it is above the other end', () => {
    expect(planError({ from: 70000, to: 1024 }).problems).toEqual([
      { option: 'ephemeralPorts.from', value: '70000', message: 'must be an integer TCP port in 1-65535' },
    ]);
    expect(planError({ from: 5000, to: 0 }).problems).toEqual([
      { option: 'ephemeralPorts.to', value: '0', message: 'must be an integer TCP port in 1-65535' },
    ]);
  });

  test.each([[{ from: 1, to: 65535 }], [{ from: 49152, to: 49152 }], [undefined]])('%j is accepted', (ports) => {
    expect(StatelessRulePlan.checkEphemeralPorts(ports)).toEqual([]);
    expect(plan({}, { ephemeralPorts: ports }).ephemeralPorts).toEqual(ports ?? StatelessRulePlan.DEFAULT_EPHEMERAL_PORTS);
  });
});

describe('over the option space', () => {
  const optionSpace = fc.record(
    {
      target: fc.constantFrom(BackupTarget.COMMERCIAL, BackupTarget.FEDERAL),
      mode: fc.constantFrom(AccessMode.BROAD, AccessMode.MINIMAL, AccessMode.HOSTS),
      edition: fc.constantFrom(CatalogEdition.EDITION_2018_12_14, CatalogEdition.EDITION_2024_07_23),
      vaultCidrs: fc.subarray(['10.2.118.0/24', '10.2.118.5/32', '10.7.0.0/16', '192.168.9.0/24', '10.200.86.22/32']),
      centralControlSources: fc.subarray(['192.168.4.0/24', '10.2.0.0/16', '172.16.1.1/32']),
      allowLegacyManagementPort: fc.boolean(),
    },
    { requiredKeys: [] },
  );

  /** The first and last address of a CIDR, as an independent oracle for containment. */
  const span = (cidr: string): [number, number] => {
    const [address, prefix] = cidr.split('/');
    const first = address.split('.').reduce((value, octet) => value * 256 + Number(octet), 0);
    return [first, first + 2 ** (32 - Number(prefix)) - 1];
  };
  const contains = (outer: StatelessRule, inner: StatelessRule) => {
    const [[outerFirst, outerLast], [innerFirst, innerLast]] = [span(outer.peerCidr), span(inner.peerCidr)];
    return outer.direction === inner.direction && outerFirst <= innerFirst && innerLast <= outerLast;
  };

  test('every policy rule has one request and is served by one reply; only source-port matching keeps every reply', () => {
    fc.assert(
      fc.property(optionSpace, (options) => {
        const policy = ConnectivityPolicy.resolve(options);
        const matched = StatelessRulePlan.of(policy, { matchSourcePorts: true }).rules;
        expect(matched).toHaveLength(2 * policy.rules.length);
        const unmatched = StatelessRulePlan.of(policy).rules;
        for (const rule of policy.rules) {
          expect(unmatched.filter((r) => !r.reply && r.rules.includes(rule))).toHaveLength(1);
          const replies = unmatched.filter((r) => r.reply && r.rules.includes(rule));
          expect(replies).toHaveLength(1);
          const [reply] = replies;
          expect(reply.direction).not.toBe(rule.direction);
          expect(reply.destinationPorts).toEqual({ from: 1024, to: 65535 });
        }
        const replies = unmatched.filter((r) => r.reply);
        for (const outer of replies) for (const inner of replies) if (outer !== inner) expect(contains(outer, inner)).toBe(false);
        expect(new Set(unmatched.map((r) => r.id)).size).toBe(unmatched.length);
      }),
      { numRuns: 150 },
    );
  });
});
