import { FlowDirection } from '../../lib';
import { ExactFlowAnalysis, FlowSet } from '../../lib/review';
import { reachabilityRows, rowCidrs, rowFlows } from '../../lib/review/reachability-rows';

/**
 * The rows that snapshots and diffs list: one per direction and port rectangle, each with every
 * address that has exactly those ports, adjacent addresses merged, in an order that depends only on
 * the set.
 */
const flows = (peer: string, fromPort: number, toPort: number, clientPorts = { from: 32768, to: 65535 }, direction = FlowDirection.EGRESS) =>
  ExactFlowAnalysis.flowsOf({ direction, peer, fromPort, toPort }, clientPorts);
const union = (...sets: FlowSet[]) => sets.reduce((a, b) => a.union(b), FlowSet.empty());
const shown = (set: FlowSet) =>
  reachabilityRows(set).map((row) => `${row.direction} ${row.servicePorts.join('-')} ${row.clientPorts.join('-')}: ${rowCidrs(row).join(', ')}`);

test('addresses of one row are merged where they meet, also when other ports split them', () => {
  // 10.0.0.128/25 has 2546 besides 8086, so the set splits there; the 8086 row is still one block.
  const set = union(flows('10.0.0.0/24', 8086, 8086), flows('10.0.0.128/25', 2546, 2546));
  expect(shown(set)).toEqual(['egress 2546-2546 32768-65535: 10.0.0.128/25', 'egress 8086-8086 32768-65535: 10.0.0.0/24']);
  expect(reachabilityRows(set)[1].intervals).toHaveLength(1);
  // Addresses that do not meet stay apart.
  expect(shown(union(flows('10.0.0.0/25', 8086, 8086), flows('10.0.1.0/25', 8086, 8086)))).toEqual([
    'egress 8086-8086 32768-65535: 10.0.0.0/25, 10.0.1.0/25',
  ]);
});

test('rows go ingress first, then by service ports and client ports, each from their first port to their last', () => {
  const byServicePorts = union(flows('10.0.0.0/26', 8086, 8088), flows('10.0.0.64/26', 8086, 8087), flows('10.0.0.128/26', 8086, 8086));
  expect(shown(byServicePorts)).toEqual([
    'egress 8086-8086 32768-65535: 10.0.0.128/26',
    'egress 8086-8087 32768-65535: 10.0.0.64/26',
    'egress 8086-8088 32768-65535: 10.0.0.0/26',
  ]);
  const byClientPorts = union(
    flows('10.0.0.0/26', 8086, 8086, { from: 3000, to: 4000 }),
    flows('10.0.0.64/26', 8086, 8086, { from: 1000, to: 4000 }),
    flows('10.0.0.128/26', 8086, 8086, { from: 1000, to: 3000 }),
    flows('10.0.0.192/26', 8086, 8086, { from: 1000, to: 2000 }),
  );
  expect(shown(byClientPorts)).toEqual([
    'egress 8086-8086 1000-2000: 10.0.0.192/26',
    'egress 8086-8086 1000-3000: 10.0.0.128/26',
    'egress 8086-8086 1000-4000: 10.0.0.64/26',
    'egress 8086-8086 3000-4000: 10.0.0.0/26',
  ]);
  const bothDirections = union(flows('10.0.0.0/24', 2546, 2546), flows('10.0.1.0/24', 2548, 2548, undefined, FlowDirection.INGRESS));
  expect(shown(bothDirections)).toEqual(['ingress 2548-2548 32768-65535: 10.0.1.0/24', 'egress 2546-2546 32768-65535: 10.0.0.0/24']);
});

test('the rows of a set give the set back', () => {
  const set = union(flows('10.0.0.0/24', 8086, 8086), flows('10.0.0.128/25', 2546, 2546), flows('10.0.1.0/24', 22, 22, { from: 1, to: 9 }));
  expect(
    reachabilityRows(set)
      .map(rowFlows)
      .reduce((a, b) => a.union(b), FlowSet.empty())
      .isEqualTo(set),
  ).toBe(true);
});
