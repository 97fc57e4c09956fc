import fc from 'fast-check';
import { ConnectivityDiff, ExactFlowAnalysis, FlowChangeRow, FlowSet, SynthesizedArtifact, FlowDirection } from '../../lib';
import { awsAcl, awsEntry, awsGroup, CDK_NO_EGRESS, cfnTemplate, tcpRule } from './templates';

const RUNS = 40;
const CLIENT = { from: 1, to: 6 };

const cidrArb = fc.constantFrom(
  '10.0.0.0/29',
  '10.0.0.0/30',
  '10.0.0.4/30',
  '10.0.0.2/31',
  '10.0.0.6/31',
  '10.0.0.1/32',
  '10.0.0.5/32',
  '10.0.0.8/32',
  '${var.remote}',
);
const portsArb = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 3 }))
  .map(([from, length]) => [from, Math.min(6, from + length)] as const);
const groupRuleArb = fc.record({ egress: fc.boolean(), cidr: cidrArb, ports: portsArb });
const entryArb = fc.record({ egress: fc.boolean(), allow: fc.boolean(), cidr: cidrArb, ports: portsArb, number: fc.integer({ min: 1, max: 200 }) });
const sideArb = fc.record({ rules: fc.array(groupRuleArb, { maxLength: 6 }), entries: fc.array(entryArb, { maxLength: 5 }) });
type Side = {
  rules: Array<{ egress: boolean; cidr: string; ports: readonly [number, number] }>;
  entries: Array<{ egress: boolean; allow: boolean; cidr: string; ports: readonly [number, number]; number: number }>;
};

/** A group and, when there are entries, an ACL, under logical ids with a suffix and rules in the given order. */
function template(side: Side, suffix = '', reverse = false): object {
  const order = <T>(list: T[]): T[] => (reverse ? [...list].reverse() : list);
  const rules = (egress: boolean) => order(side.rules.filter((r) => r.egress === egress).map((r) => tcpRule(r.cidr, r.ports[0], r.ports[1])));
  const resources: Record<string, Record<string, unknown>> = { [`Group${suffix}`]: awsGroup(rules(false), [...rules(true), CDK_NO_EGRESS]) };
  if (side.entries.length > 0) {
    resources[`Acl${suffix}`] = awsAcl();
    // One entry per direction and rule number (as AWS requires), chosen before reordering.
    const seen = new Set<string>();
    const unique = side.entries.filter((e) => !seen.has(`${e.egress}:${e.number}`) && seen.add(`${e.egress}:${e.number}`) !== undefined);
    order(unique).forEach((e, i) => {
      resources[`Entry${i}${suffix}`] = awsEntry(`Acl${suffix}`, {
        number: e.number,
        egress: e.egress,
        action: e.allow ? 'allow' : 'deny',
        cidr: e.cidr,
        from: e.ports[0],
        to: e.ports[1],
      });
    });
  }
  return cfnTemplate(reverse ? Object.fromEntries(Object.entries(resources).reverse()) : resources);
}

function ports(text: string): { from: number; to: number } {
  if (text === 'all ports') return { from: 0, to: 65535 };
  const [from, to] = text.split('-').map(Number);
  return { from, to: to ?? from };
}

/** The flows a list of rows stands for, rebuilt from their text. */
function flowsOf(rows: readonly FlowChangeRow[]): FlowSet {
  return rows.reduce(
    (set, row) =>
      row.cidrs.reduce(
        (s, cidr) => s.union(FlowSet.ofRange(row.direction as FlowDirection, cidr, ports(row.servicePorts), ports(row.clientPorts))),
        set,
      ),
    FlowSet.empty(),
  );
}

function reach(document: object): { allowed: FlowSet; undecided: FlowSet } {
  const analysis = ExactFlowAnalysis.of(SynthesizedArtifact.fromObject(document), { clientPorts: CLIENT });
  if (analysis.layers.length === 0) return { allowed: FlowSet.empty(), undecided: analysis.everything() };
  const allowed = analysis.allowed();
  const denied = analysis.layers.map((l) => l.denied).reduce((a, b) => a.union(b));
  return { allowed, undecided: analysis.everything().subtract(allowed).subtract(denied) };
}

describe('review diff properties', () => {
  test('the rows are exactly the set differences of what each side allows and leaves undecided, one row per direction and port range', () => {
    fc.assert(
      fc.property(sideArb, sideArb, (a, b) => {
        const base = template(a);
        const head = template(b);
        const diff = ConnectivityDiff.ofArtifacts([SynthesizedArtifact.fromObject(base, 'S')], [SynthesizedArtifact.fromObject(head, 'S')], {
          clientPorts: CLIENT,
        });
        const stack = diff.stacks[0];
        const before = reach(base);
        const after = reach(head);
        expect(flowsOf(stack.opened).isEqualTo(after.allowed.subtract(before.allowed))).toBe(true);
        expect(flowsOf(stack.closed).isEqualTo(before.allowed.subtract(after.allowed))).toBe(true);
        expect(flowsOf(stack.undecidedAppeared).isEqualTo(after.undecided.subtract(before.undecided).subtract(before.allowed))).toBe(true);
        expect(flowsOf(stack.undecidedVanished).isEqualTo(before.undecided.subtract(after.undecided).subtract(after.allowed))).toBe(true);
        expect(stack.sameConnectivity).toBe(before.allowed.isEqualTo(after.allowed) && before.undecided.isEqualTo(after.undecided));
        for (const rows of [stack.opened, stack.closed, stack.undecidedAppeared, stack.undecidedVanished]) {
          const keys = rows.map((r) => `${r.direction} ${r.servicePorts} ${r.clientPorts}`);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('other logical ids and another order of rules and resources: identical connectivity', () => {
    fc.assert(
      fc.property(sideArb, (a) => {
        const diff = ConnectivityDiff.ofArtifacts(
          [SynthesizedArtifact.fromObject(template(a), 'S')],
          [SynthesizedArtifact.fromObject(template(a, 'Renamed', true), 'S')],
          { clientPorts: CLIENT },
        );
        expect(diff.identical).toBe(true);
        expect(diff.passed).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
