import { RulePurpose, TrafficDirection } from '../../lib/core/enums';
import { IntendedFlow } from '../../lib/core/flow';
import { formatCidr, parseCidr, lastAddress, Ipv4Network } from '../../lib/core/ipv4';
import { minimiseFlows } from '../../lib/core/minimise';

function egress(cidr: string, fromPort: number, toPort: number, purpose: RulePurpose): IntendedFlow {
  const net = parseCidr(cidr) as Ipv4Network;
  return { direction: TrafficDirection.EGRESS, first: net.network, last: lastAddress(net), fromPort, toPort, purposes: [purpose] };
}

/**
 * The catalogued editions never need it, but the minimiser is written for any flows: merging the
 * ports of one block can make it aggregate with a neighbour that already had the merged range.
 */
describe('the minimiser repeats until nothing changes', () => {
  test('ports merged on one block let it aggregate with its neighbour in a second pass', () => {
    const rules = minimiseFlows([
      egress('10.9.0.0/25', 8086, 8086, RulePurpose.REGISTRATION),
      egress('10.9.0.0/25', 8087, 8087, RulePurpose.AMP_PROXY),
      egress('10.9.0.128/25', 8086, 8087, RulePurpose.ADDITIONAL_ENDPOINT),
    ]);
    expect(rules.map((r) => `${formatCidr(r.peer)} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual([
      '10.9.0.0/24 8086-8087 registration,amp-proxy,additional-endpoint',
    ]);
  });
});
