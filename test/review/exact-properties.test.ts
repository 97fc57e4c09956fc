import fc from 'fast-check';
import { FlowDirection } from '../../lib';
import { ExactFlowAnalysis, FlowAnalyzer, FlowSet, SynthesizedArtifact } from '../../lib/review';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, ibmAclRule, tcpRule, tfConfig } from './templates';

/** A fixed seed by default, so that a failure can be replayed; FC_SEED overrides it. */
const SEED = Number(process.env.FC_SEED ?? 20261130);
const RUNS = 40;

// A small universe: addresses 10.0.0.0-10.0.0.8 (the last one outside every rule), service ports 1-7,
// client ports 1-6. Rules name CIDRs inside 10.0.0.0/29 and ports inside 1-6, so every point of the
// universe is decided the way some point of the whole space is.
const ADDRESSES = Array.from({ length: 9 }, (_, i) => `10.0.0.${i}`);
const SERVICE_PORTS = [1, 2, 3, 4, 5, 6, 7];
const CLIENT = { from: 1, to: 6 };
const CLIENT_PORTS = [1, 2, 3, 4, 5, 6];

const cidrArb = fc.constantFrom(
  '10.0.0.0/29',
  '10.0.0.0/30',
  '10.0.0.4/30',
  '10.0.0.2/31',
  '10.0.0.6/31',
  '10.0.0.1/32',
  '10.0.0.5/32',
  '0.0.0.0/0',
  '${var.remote}',
);
const portsArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .map(([from, length]) => [from, Math.min(6, from + length)] as const);

/** Compares the exact analysis with the point evaluator at every point of the small universe. */
function compareEverywhere(document: object, agentAddress?: string): void {
  const artifact = SynthesizedArtifact.load(document);
  const exact = ExactFlowAnalysis.of(artifact, { clientPorts: CLIENT, agentAddress });
  const allowed = exact.allowed();
  const denied = exact.layers.map((l) => l.denied).reduce((a, b) => a.union(b), FlowSet.empty());
  for (const direction of [FlowDirection.INGRESS, FlowDirection.EGRESS]) {
    for (const peer of ADDRESSES) {
      for (const port of SERVICE_PORTS) {
        for (const clientPort of CLIENT_PORTS) {
          const point = new FlowAnalyzer(artifact, { clientPort, agentAddress }).check({ direction, peer, port });
          const verdict = allowed.containsFlow(direction, peer, port, clientPort)
            ? 'allowed'
            : denied.containsFlow(direction, peer, port, clientPort)
              ? 'denied'
              : 'unknown';
          if (verdict !== point.verdict) {
            throw new Error(
              `${direction} ${peer} port ${port} client ${clientPort}: exact ${verdict}, point ${point.verdict}\n${FlowAnalyzer.explain(point)}`,
            );
          }
        }
      }
    }
  }
}

const params = { seed: SEED, numRuns: RUNS };

beforeAll(() => {
  // Logged so that a failing run can be replayed with FC_SEED.
  console.log(`exact-analysis property tests: fast-check seed ${SEED}`);
});

describe('the exact analysis agrees with point evaluation everywhere in a small universe', () => {
  test('AWS network ACL entries (rule numbers, allow and deny, all protocols) with a security group', () => {
    const entryArb = fc.record({
      egress: fc.boolean(),
      action: fc.constantFrom('allow' as const, 'deny' as const),
      cidr: cidrArb.map((c) => (c.startsWith('$') ? { Ref: 'Remote' } : c)),
      ports: portsArb,
      all: fc.boolean(),
    });
    const sgRuleArb = fc.record({
      egress: fc.boolean(),
      cidr: cidrArb.map((c) => (c.startsWith('$') ? { 'Fn::ImportValue': 'X' } : c)),
      ports: portsArb,
    });
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 1, max: 40 }), { minLength: 8, maxLength: 8 }),
        fc.array(sgRuleArb, { maxLength: 4 }),
        (entries, numbers, sgRules) => {
          const resources: Record<string, Record<string, unknown>> = { Acl: awsAcl() };
          entries.forEach((e, i) => {
            resources[`Entry${i}`] = awsEntry('Acl', {
              number: numbers[i],
              egress: e.egress,
              action: e.action,
              cidr: e.cidr,
              from: e.ports[0],
              to: e.ports[1],
              protocol: e.all ? -1 : 6,
            });
          });
          const rules = (egress: boolean) => sgRules.filter((r) => r.egress === egress).map((r) => tcpRule(r.cidr, r.ports[0], r.ports[1]));
          if (sgRules.length > 0) resources.Sg = awsGroup(rules(false), [...rules(true), CDK_NO_EGRESS]);
          compareEverywhere(cfnTemplate(resources));
        },
      ),
      params,
    );
  });

  test('IBM VPC ACL rules (before chains, rules that cannot be placed, source ports, unresolved values, an agent address) with VPC security group rules', () => {
    // Ports, protocol and the agent side may be unresolved references; a `before` naming a rule
    // outside the configuration leaves the rule unplaced, since the ACL is defined here.
    const unresolvedOr = <T>(arb: fc.Arbitrary<T>) =>
      fc.option(fc.oneof({ weight: 4, arbitrary: arb }, { weight: 1, arbitrary: fc.constant('unresolved' as const) }), { nil: undefined });
    const ruleArb = fc.record({
      outbound: fc.boolean(),
      action: fc.constantFrom('allow' as const, 'deny' as const),
      remote: cidrArb,
      local: fc.constantFrom('0.0.0.0/0', '10.240.0.0/24', '${var.local}'),
      ports: unresolvedOr(portsArb),
      sourcePorts: unresolvedOr(portsArb),
      protocol: fc.constantFrom('tcp', 'all', 'udp', '${var.protocol}'),
      before: fc.nat(12),
    });
    const agentArb = fc.constantFrom(undefined, '10.240.0.5', '10.99.0.1');
    const sgArb = fc.record({ outbound: fc.boolean(), remote: cidrArb, ports: portsArb });
    fc.assert(
      fc.property(fc.array(ruleArb, { maxLength: 7 }), fc.array(sgArb, { maxLength: 4 }), agentArb, (rules, sgRules, agentAddress) => {
        const aclRules: Record<string, Record<string, unknown>> = {};
        rules.forEach((r, i) => {
          const remoteFirst = r.outbound ? { source: r.local, destination: r.remote } : { source: r.remote, destination: r.local };
          // Each rule goes ahead of an earlier one or is appended, which builds arbitrary before chains.
          const before =
            r.before > 10
              ? '${ibm_is_network_acl_rule.elsewhere.rule_id}'
              : i > 0 && r.before % 3 !== 0
                ? `\${ibm_is_network_acl_rule.r${r.before % i}.rule_id}`
                : undefined;
          const ports = (range: readonly [number, number] | 'unresolved' | undefined, name: string) =>
            range === 'unresolved' ? [`\${var.${name}_min}`, `\${var.${name}_max}`] : range;
          aclRules[`r${i}`] = ibmAclRule({
            acl: '${ibm_is_network_acl.acl.id}',
            name: `rule-${i}`,
            action: r.action,
            direction: r.outbound ? 'outbound' : 'inbound',
            ...remoteFirst,
            protocol: r.protocol,
            portMin: ports(r.ports, 'port')?.[0],
            portMax: ports(r.ports, 'port')?.[1],
            sourcePortMin: ports(r.sourcePorts, 'source_port')?.[0],
            sourcePortMax: ports(r.sourcePorts, 'source_port')?.[1],
            before,
          });
        });
        const sg = Object.fromEntries(
          sgRules.map((r, i) => [
            `s${i}`,
            {
              group: '${ibm_is_security_group.sg.id}',
              direction: r.outbound ? 'outbound' : 'inbound',
              remote: r.remote,
              protocol: 'tcp',
              port_min: r.ports[0],
              port_max: r.ports[1],
            },
          ]),
        );
        const resources: Record<string, Record<string, Record<string, unknown>>> = {
          ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } },
          ibm_is_network_acl_rule: aclRules,
        };
        if (sgRules.length > 0)
          Object.assign(resources, { ibm_is_security_group: { sg: { name: 'sg', vpc: 'r006-x' } }, ibm_is_security_group_rule: sg });
        compareEverywhere(tfConfig(resources), agentAddress);
      }),
      params,
    );
  });

  test.each([
    ['an unresolved protocol', { protocol: '${var.protocol}' }],
    ['unresolved service ports', { portMin: '${var.port_min}', portMax: 6 }],
    ['unresolved client ports', { sourcePortMin: 1, sourcePortMax: '${var.source_port_max}' }],
  ])('an IBM VPC ACL that allows the request with %s and every reply leaves the request undecided, as point evaluation does', (_what, request) => {
    const rule = (name: string, direction: 'inbound' | 'outbound', fields: object) =>
      ibmAclRule({
        acl: '${ibm_is_network_acl.acl.id}',
        name,
        action: 'allow',
        direction,
        source: direction === 'inbound' ? '10.0.0.0/29' : '0.0.0.0/0',
        destination: direction === 'inbound' ? '0.0.0.0/0' : '10.0.0.0/29',
        protocol: 'all',
        ...fields,
      });
    const document = tfConfig({
      ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x' } },
      ibm_is_network_acl_rule: { request: rule('request', 'inbound', request), reply: rule('reply', 'outbound', {}) },
    });
    compareEverywhere(document);
    const exact = ExactFlowAnalysis.of(SynthesizedArtifact.load(document), { clientPorts: CLIENT });
    expect(exact.allowed().isEmpty).toBe(true);
    // Port 5 from client port 3 is inside every rule's known fields: undecided, neither allowed nor denied.
    expect(exact.layers[0].unknown.containsFlow(FlowDirection.INGRESS, '10.0.0.1', 5, 3)).toBe(true);
  });

  test('IBM VPC inline ACL rules and IBM classic security groups', () => {
    const inlineArb = fc.record({
      outbound: fc.boolean(),
      action: fc.constantFrom('allow' as const, 'deny' as const),
      remote: cidrArb,
      ports: portsArb,
      sourcePorts: fc.option(portsArb, { nil: undefined }),
    });
    const classicArb = fc.record({
      egress: fc.boolean(),
      remote: cidrArb,
      ports: fc.option(portsArb, { nil: undefined }),
      protocol: fc.constantFrom('tcp', 'udp', undefined),
    });
    fc.assert(
      fc.property(fc.array(inlineArb, { maxLength: 6 }), fc.array(classicArb, { maxLength: 5 }), (inline, classic) => {
        const rules = inline.map((r, i) =>
          ibmAclRule({
            name: `inline-${i}`,
            action: r.action,
            direction: r.outbound ? 'outbound' : 'inbound',
            source: r.outbound ? '0.0.0.0/0' : r.remote,
            destination: r.outbound ? r.remote : '0.0.0.0/0',
            portMin: r.ports[0],
            portMax: r.ports[1],
            sourcePortMin: r.sourcePorts?.[0],
            sourcePortMax: r.sourcePorts?.[1],
          }),
        );
        const classicRules = Object.fromEntries(
          classic.map((r, i) => [
            `c${i}`,
            {
              security_group_id: '${ibm_security_group.agents.id}',
              direction: r.egress ? 'egress' : 'ingress',
              ether_type: 'IPv4',
              remote_ip: r.remote,
              ...(r.protocol ? { protocol: r.protocol } : {}),
              ...(r.ports ? { port_range_min: r.ports[0], port_range_max: r.ports[1] } : {}),
            },
          ]),
        );
        compareEverywhere(
          tfConfig({
            ibm_is_network_acl: { acl: { name: 'acl', vpc: 'r006-x', rules } },
            ibm_security_group: { agents: { name: 'agents' } },
            ...(classic.length > 0 ? { ibm_security_group_rule: classicRules } : {}),
          }),
        );
      }),
      params,
    );
  });
});

describe('flow sets are exact and canonical', () => {
  test('an address or CIDR that is not IPv4 is refused by name; equality and JSON through the public members', () => {
    expect(() => FlowSet.ofRange(FlowDirection.EGRESS, '10.0.0.0/33', { from: 1, to: 2 }, CLIENT)).toThrow(
      "'10.0.0.0/33' is not an IPv4 CIDR or address",
    );
    const some = FlowSet.ofRange(FlowDirection.EGRESS, '10.0.0.0/30', { from: 2, to: 3 }, CLIENT);
    expect(() => some.containsFlow(FlowDirection.EGRESS, '10.0.0.256', 2, 1)).toThrow("'10.0.0.256' is not an IPv4 address");
    expect(some.equals(FlowSet.ofRange(FlowDirection.EGRESS, '10.0.0.0/30', { from: 2, to: 3 }, CLIENT))).toBe(true);
    expect(some.equals(FlowSet.empty())).toBe(false);
    expect(JSON.parse(JSON.stringify(some))).toEqual(some.blocks);
    expect(some.blocks).toEqual([
      {
        direction: FlowDirection.EGRESS,
        firstAddress: '10.0.0.0',
        lastAddress: '10.0.0.3',
        cidrs: ['10.0.0.0/30'],
        servicePorts: { from: 2, to: 3 },
        clientPorts: CLIENT,
      },
    ]);
  });

  test('a range whose first port comes after its last holds no flow, in either port dimension', () => {
    const some = FlowSet.ofRange(FlowDirection.EGRESS, '10.0.0.0/30', { from: 2, to: 3 }, CLIENT);
    for (const [service, client] of [
      [{ from: 9, to: 8 }, CLIENT],
      [
        { from: 1, to: 7 },
        { from: 6, to: 1 },
      ],
    ]) {
      const empty = FlowSet.ofRange(FlowDirection.INGRESS, '10.0.0.0/8', service, client);
      expect(empty.isEmpty).toBe(true);
      expect(empty.blocks).toEqual([]);
      expect(some.union(empty).isEqualTo(some)).toBe(true);
    }
  });

  const box = fc.record({
    direction: fc.constantFrom(FlowDirection.INGRESS, FlowDirection.EGRESS),
    cidr: fc.constantFrom('10.0.0.0/30', '10.0.0.2/31', '10.0.0.4/30', '10.0.0.1/32', '10.0.0.0/29'),
    service: portsArb,
    client: portsArb,
  });
  const setArb = fc
    .array(box, { maxLength: 5 })
    .map((boxes) =>
      boxes.reduce(
        (set, b) => set.union(FlowSet.ofRange(b.direction, b.cidr, { from: b.service[0], to: b.service[1] }, { from: b.client[0], to: b.client[1] })),
        FlowSet.empty(),
      ),
    );
  const member = (set: FlowSet, d: FlowDirection, a: string, s: number, c: number) => set.containsFlow(d, a, s, c);

  test('union, intersection and difference agree with membership at every point; equal sets have equal forms', () => {
    fc.assert(
      fc.property(setArb, setArb, (a, b) => {
        const u = a.union(b);
        const i = a.intersect(b);
        const d = a.subtract(b);
        for (const direction of [FlowDirection.INGRESS, FlowDirection.EGRESS]) {
          for (const address of ADDRESSES) {
            for (const s of SERVICE_PORTS) {
              for (const c of CLIENT_PORTS) {
                const inA = member(a, direction, address, s, c);
                const inB = member(b, direction, address, s, c);
                if (member(u, direction, address, s, c) !== (inA || inB)) return false;
                if (member(i, direction, address, s, c) !== (inA && inB)) return false;
                if (member(d, direction, address, s, c) !== (inA && !inB)) return false;
              }
            }
          }
        }
        // Built in another order, the union has the same canonical form.
        return u.isEqualTo(b.union(a)) && u.equals(b.union(a)) && JSON.stringify(u) === JSON.stringify(b.union(a)) && d.union(i).isEqualTo(a);
      }),
      params,
    );
  });
});
