import { RulePurpose, FlowDirection } from '../../lib/core/enums';
import { IntendedFlow } from '../../lib/core/flow';
import { formatCidr, parseCidr, lastAddress, Ipv4Network } from '../../lib/core/ipv4';
import { minimiseFlows } from '../../lib/core/minimise';

function egress(cidr: string, fromPort: number, toPort: number, purpose: RulePurpose): IntendedFlow {
  const net = parseCidr(cidr) as Ipv4Network;
  return { direction: FlowDirection.EGRESS, first: net.network, last: lastAddress(net), fromPort, toPort, purposes: [purpose] };
}

/**
 * The minimiser is written for any flows, not only those the catalogued editions produce; these
 * cases need shapes of flows that no option combination gives today.
 */
describe('the minimiser on general flows', () => {
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

  test('purposes handed to a container that is itself contained reach the outermost rule', () => {
    const rules = minimiseFlows([
      egress('10.9.0.7/32', 8087, 8087, RulePurpose.AMP_PROXY),
      egress('10.9.0.0/24', 8086, 8087, RulePurpose.ADDITIONAL_ENDPOINT),
      egress('10.0.0.0/8', 8000, 9000, RulePurpose.PORTAL),
    ]);
    expect(rules.map((r) => `${formatCidr(r.peer)} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual([
      '10.0.0.0/8 8000-9000 portal,amp-proxy,additional-endpoint',
    ]);
  });

  test('a block whose ports merge in a second pass aggregates with its neighbour in a third', () => {
    const rules = minimiseFlows([
      egress('10.9.0.0/25', 1, 1, RulePurpose.REGISTRATION),
      egress('10.9.0.0/25', 2, 2, RulePurpose.AMP_PROXY),
      egress('10.9.0.128/25', 1, 2, RulePurpose.ADDITIONAL_ENDPOINT),
      egress('10.9.0.0/24', 3, 3, RulePurpose.PORTAL),
      egress('10.9.1.0/24', 1, 3, RulePurpose.FEDERAL_PORTAL),
    ]);
    expect(rules.map((r) => `${formatCidr(r.peer)} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual([
      '10.9.0.0/23 1-3 portal,registration,amp-proxy,federal-portal,additional-endpoint',
    ]);
  });

  test('a rule inside two rules that both stay hands its purpose to the nearest one, whatever the input order', () => {
    const flows = [
      egress('10.9.0.0/16', 1, 10, RulePurpose.PORTAL),
      egress('10.9.1.0/24', 5, 20, RulePurpose.REGISTRATION),
      egress('10.9.1.0/28', 6, 7, RulePurpose.AMP_PROXY),
    ];
    const expected = ['10.9.0.0/16 1-10 portal', '10.9.1.0/24 5-20 registration,amp-proxy'];
    for (const order of [flows, [...flows].reverse()]) {
      expect(minimiseFlows(order).map((r) => `${formatCidr(r.peer)} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual(expected);
    }
  });

  test('a container is found among several rules of its block, not only the last one', () => {
    const rules = minimiseFlows([
      egress('10.9.0.0/16', 1, 10, RulePurpose.PORTAL),
      egress('10.9.0.0/16', 20, 30, RulePurpose.REGISTRATION),
      egress('10.9.1.0/24', 2, 3, RulePurpose.AMP_PROXY),
    ]);
    expect(rules.map((r) => `${formatCidr(r.peer)} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual([
      '10.9.0.0/16 1-10 portal,amp-proxy',
      '10.9.0.0/16 20-30 registration',
    ]);
  });
});
