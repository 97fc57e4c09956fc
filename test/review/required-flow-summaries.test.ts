import { AccessMode, ConnectivityPolicy, FlowDirection } from '../../lib';
import { BlockedPart, ExactFlowAnalysis, FlowLeg, FlowVerdictKind, RangeVerdict } from '../../lib/review';
import { checkRequiredFlows } from '../../lib/review/required-flows';

/**
 * The reason of a required flow that does not pass: up to three of its parts of the verdict's kind,
 * each with its addresses, ports, client ports, layer and reason, then how many more there are; the
 * parts of the other kind are left to the table of blocked parts. An analysis that answers every
 * question with the same parts stands in for a synthesized output.
 */
const POLICY = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultCidrs: ['10.200.90.15'] });
const part = (verdict: FlowVerdictKind, peer: string, port: number, reason: string): BlockedPart => ({
  verdict,
  layer: 'acl',
  leg: FlowLeg.REQUEST,
  reason,
  flows: ExactFlowAnalysis.flowsOf({ direction: FlowDirection.EGRESS, peer, fromPort: port, toPort: port }),
});
const reasonFor = (verdict: FlowVerdictKind, blocked: BlockedPart[]) => {
  const answer = { verdict, blocked, allowingRules: [] } as unknown as RangeVerdict;
  const analysis = { checkRange: () => answer } as unknown as ExactFlowAnalysis;
  return checkRequiredFlows(analysis, POLICY)[0].reason;
};
const DENIED = FlowVerdictKind.DENIED;
const UNKNOWN = FlowVerdictKind.UNKNOWN;

test('a blocked flow names its first three blocked parts and counts the rest, leaving out the undecided ones', () => {
  const blocked = [
    part(UNKNOWN, '10.0.0.9', 1, 'maybe'),
    part(DENIED, '10.0.0.1', 1, 'first'),
    part(DENIED, '10.0.0.2', 2, 'second'),
    part(UNKNOWN, '10.0.0.8', 8, 'maybe not'),
    part(DENIED, '10.0.0.3', 3, 'third'),
    part(DENIED, '10.0.0.4', 4, 'fourth'),
    part(DENIED, '10.0.0.5', 5, 'fifth'),
  ];
  expect(reasonFor(DENIED, blocked)).toBe(
    '10.0.0.1/32 TCP 1 (client ports 32768-65535) blocked at acl, first; ' +
      '10.0.0.2/32 TCP 2 (client ports 32768-65535) blocked at acl, second; ' +
      '10.0.0.3/32 TCP 3 (client ports 32768-65535) blocked at acl, third; and 2 more part(s)',
  );
});

test('an undecided flow names its undecided parts; one part of several addresses lists them all', () => {
  const wide = {
    ...part(UNKNOWN, '10.0.0.0/31', 7, 'unresolved'),
    flows: part(UNKNOWN, '10.0.0.0/31', 7, '').flows.union(part(UNKNOWN, '10.0.0.4', 7, '').flows),
  };
  expect(reasonFor(UNKNOWN, [wide, part(UNKNOWN, '10.0.0.9', 9, 'hidden')])).toBe(
    '10.0.0.0/31, 10.0.0.4/32 TCP 7 (client ports 32768-65535) undecided at acl, unresolved; 10.0.0.9/32 TCP 9 (client ports 32768-65535) undecided at acl, hidden',
  );
});

test('an allowed flow names the rules that allow it', () => {
  const answer = {
    verdict: FlowVerdictKind.ALLOWED,
    blocked: [],
    allowingRules: ['Sg.SecurityGroupEgress[0]', 'Acl.Entry100'],
  } as unknown as RangeVerdict;
  const analysis = { checkRange: () => answer } as unknown as ExactFlowAnalysis;
  expect(checkRequiredFlows(analysis, POLICY)[0].reason).toBe('allowed by Sg.SecurityGroupEgress[0]; Acl.Entry100');
});
