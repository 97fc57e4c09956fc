import { EndpointCatalog, FlowDirection } from '../../lib';
import { ExactFlowAnalysis } from '../../lib/review';
import { catalogHostsIn, compactHostNames } from '../../lib/review/catalog-hosts';

/**
 * Review tables list catalogued hosts; runs of names that differ only by consecutive numbers of
 * the same width become one entry, and everything else is listed as it is, in the order given.
 */
test('a run of consecutive numbers with the same prefix, width and domain becomes one entry', () => {
  expect(
    compactHostNames(['evwebamp0901.service.softlayer.com', 'evwebamp0902.service.softlayer.com', 'evwebamp0903.service.softlayer.com']),
  ).toEqual(['evwebamp0901-0903.service.softlayer.com']);
  expect(compactHostNames(['vault7', 'vault8'])).toEqual(['vault7-8']);
});

test('a gap, another prefix, another domain or another width ends a run', () => {
  expect(
    compactHostNames(['amp01.a.com', 'amp02.a.com', 'amp04.a.com', 'web05.a.com', 'web06.b.com', 'web07.b.com', 'web8.b.com', 'web09.b.com']),
  ).toEqual(['amp01-02.a.com', 'amp04.a.com', 'web05.a.com', 'web06-07.b.com', 'web8.b.com', 'web09.b.com']);
});

test('names without a number, single names and an empty list are kept as they are', () => {
  expect(compactHostNames(['cloudbackupregister.service.softlayer.com', 'amp1.a.com', 'portal.a.com'])).toEqual([
    'cloudbackupregister.service.softlayer.com',
    'amp1.a.com',
    'portal.a.com',
  ]);
  expect(compactHostNames([])).toEqual([]);
});

describe('catalogued hosts inside a set of flows', () => {
  const catalog = EndpointCatalog.forEdition();
  const flows = (direction: FlowDirection, peer: string, fromPort: number, toPort = fromPort) =>
    ExactFlowAnalysis.flowsOf({ direction, peer, fromPort, toPort });

  test('egress: by address and by one of the documented ports; the portal website carries no agent traffic', () => {
    expect(catalogHostsIn(flows(FlowDirection.EGRESS, '10.200.86.22', 8086), FlowDirection.EGRESS, catalog)).toEqual([
      'cloudbackupregister.service.softlayer.com',
    ]);
    expect(catalogHostsIn(flows(FlowDirection.EGRESS, '10.200.86.22', 443), FlowDirection.EGRESS, catalog)).toEqual([]);
    expect(catalogHostsIn(flows(FlowDirection.EGRESS, '10.2.118.12/31', 8086, 8087), FlowDirection.EGRESS, catalog)).toEqual([
      'evwebamp0901.service.softlayer.com',
      'evwebamp0902.service.softlayer.com',
    ]);
    expect(catalogHostsIn(flows(FlowDirection.EGRESS, '10.2.118.12/31', 8086), FlowDirection.EGRESS, catalog)).toEqual([]);
    expect(catalogHostsIn(flows(FlowDirection.EGRESS, '100.100.6.20', 8087), FlowDirection.EGRESS, catalog)).toEqual([
      'webcc.service.usgov.softlayer.com',
    ]);
  });

  test('ingress: by address only, at any service port', () => {
    expect(catalogHostsIn(flows(FlowDirection.INGRESS, '10.200.86.0/24', 22), FlowDirection.INGRESS, catalog)).toEqual([
      'cloudbackupregister.service.softlayer.com',
    ]);
    expect(catalogHostsIn(flows(FlowDirection.INGRESS, '10.2.118.20/30', 2548), FlowDirection.INGRESS, catalog)).toEqual([
      'evwebamp0909.service.softlayer.com',
      'evwebamp0910.service.softlayer.com',
    ]);
    // Flows of the other direction hold none of them.
    expect(catalogHostsIn(flows(FlowDirection.EGRESS, '10.200.86.0/24', 8086), FlowDirection.INGRESS, catalog)).toEqual([]);
  });
});
