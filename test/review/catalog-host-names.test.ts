import { BackupTarget, ConnectivityRule, EndpointCatalog, EndpointRole, FlowDirection } from '../../lib';
import { ExactFlowAnalysis } from '../../lib/review';
import { catalogHostsBehind, catalogHostsIn, catalogHostsWithoutAddress, compactHostNames } from '../../lib/review/catalog-hosts';

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

test('only a number that ends the first label counts, so the rest of the name is never lost', () => {
  expect(compactHostNames(['backup.amp01.a.com', 'backup.amp02.a.com'])).toEqual(['backup.amp01.a.com', 'backup.amp02.a.com']);
  expect(compactHostNames(['amp01x.a.com', 'amp02x.a.com'])).toEqual(['amp01x.a.com', 'amp02x.a.com']);
  expect(compactHostNames(['amp01', 'amp02.a.com', 'amp03.a.com'])).toEqual(['amp01', 'amp02-03.a.com']);
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

describe('catalogued hosts behind a policy rule', () => {
  const catalog = EndpointCatalog.forEdition();
  const rule = (direction: FlowDirection, cidr: string, fromPort: number, toPort = fromPort) =>
    ({ direction, cidr, fromPort, toPort }) as ConnectivityRule;

  test('egress: by address and by a documented port within the rule’s range', () => {
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '10.200.86.0/24', 8086, 8087), catalog)).toEqual([
      'cloudbackupregister.service.softlayer.com',
    ]);
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '10.200.86.0/24', 400, 8086), catalog)).toEqual([
      'ibmcloudbackup.service.softlayer.com',
      'cloudbackupregister.service.softlayer.com',
    ]);
    // Ports on both sides of the documented ones, and the vault port, name no portal host.
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '10.200.86.22/32', 22, 80), catalog)).toEqual([]);
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '10.200.86.22/32', 9000, 9100), catalog)).toEqual([]);
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '10.200.86.0/24', 2546), catalog)).toEqual([]);
    // One documented port in the range is enough.
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '100.100.6.20/32', 8086), catalog)).toEqual(['webcc.service.usgov.softlayer.com']);
  });

  test('ingress: by address, whatever the port; the portal website, which never connects to the agent, is not among them', () => {
    expect(catalogHostsBehind(rule(FlowDirection.INGRESS, '10.200.86.0/24', 2548), catalog)).toEqual(['cloudbackupregister.service.softlayer.com']);
    expect(catalogHostsBehind(rule(FlowDirection.INGRESS, '10.2.118.12/31', 2548), catalog)).toEqual([
      'evwebamp0901.service.softlayer.com',
      'evwebamp0902.service.softlayer.com',
    ]);
  });

  test('a rule whose CIDR does not parse, and a catalogued address that does not, name nothing', () => {
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '10.200.86.0/33', 8086), catalog)).toEqual([]);
    const endpoints = [
      { fqdn: 'broken.example.com', ipv4: '10.1.1.300', ports: [8086], role: EndpointRole.PORTAL, target: BackupTarget.COMMERCIAL },
      { fqdn: 'fine.example.com', ipv4: '10.1.1.3', ports: [8086], role: EndpointRole.PORTAL, target: BackupTarget.COMMERCIAL },
    ];
    expect(catalogHostsBehind(rule(FlowDirection.EGRESS, '0.0.0.0/0', 8086), { endpoints })).toEqual(['fine.example.com']);
    const everything = ExactFlowAnalysis.flowsOf({ direction: FlowDirection.EGRESS, peer: '0.0.0.0/0', fromPort: 8086, toPort: 8086 });
    expect(catalogHostsIn(everything, FlowDirection.EGRESS, { endpoints })).toEqual(['fine.example.com']);
  });
});

test('hosts named without an address are listed with their ports and role, for their target only', () => {
  const unaddressedEndpoints = (target: BackupTarget) =>
    [{ fqdn: 'register.example.com', ports: [8086, 8087], role: EndpointRole.REGISTRATION, target, namedIn: 'a page' }].filter(
      (e) => e.target === BackupTarget.FEDERAL,
    );
  expect(catalogHostsWithoutAddress({ unaddressedEndpoints }, BackupTarget.FEDERAL)).toEqual(['register.example.com tcp/8086,8087 (registration)']);
  expect(catalogHostsWithoutAddress({ unaddressedEndpoints }, BackupTarget.COMMERCIAL)).toEqual([]);
  expect(catalogHostsWithoutAddress(EndpointCatalog.forEdition(), BackupTarget.FEDERAL)).toEqual([
    'cloudbackupregister.service.usgov.softlayer.com tcp/8086 (registration)',
  ]);
});
