import { CatalogCheckOutcome, CatalogDriftCheck, HostCheckStatus } from '../../lib';

const checkCatalog = CatalogDriftCheck.run;
import { main } from '../../lib/cli/main';
import { AccessMode, BackupTarget, CatalogEdition, ConnectivityValidationError, EndpointCatalog } from '../../lib';
import { closedLocalPort, DnsAnswer, LocalDnsServer } from './local-dns-server';

/** The documented answer of every addressed host of an edition (both targets). */
function documented(edition: CatalogEdition = EndpointCatalog.LATEST_EDITION): Record<string, DnsAnswer> {
  return Object.fromEntries(EndpointCatalog.forEdition(edition).endpoints.map((e) => [e.fqdn, [e.ipv4]]));
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

let server: LocalDnsServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(answers: Record<string, DnsAnswer>): Promise<string> {
  server = await LocalDnsServer.start(answers);
  return server.address;
}

const AMP5 = 'evwebamp0905.service.softlayer.com';

describe('catalog drift check against a local DNS server', () => {
  test('matching answers: every host covered, exit 0; the portal website is not looked up', async () => {
    const resolver = await serve(documented());
    const report = await checkCatalog({ mode: AccessMode.MINIMAL, resolver });
    expect(report.outcome).toBe(CatalogCheckOutcome.COVERED);
    expect(report.hosts.map((h) => h.fqdn)).toEqual([
      'cloudbackupregister.service.softlayer.com',
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => `evwebamp09${String(n).padStart(2, '0')}.service.softlayer.com`),
    ]);
    expect(report.hosts.every((h) => h.status === HostCheckStatus.COVERED && !h.moved)).toBe(true);
    expect(report.hosts[0]).toMatchObject({
      documentedAddress: '10.200.86.22',
      resolved: [{ address: '10.200.86.22', egressOpen: true, managementOpen: true }],
    });
    expect(server!.queries).not.toContain('ibmcloudbackup.service.softlayer.com');
    expect(server!.queries.sort()).toEqual(report.hosts.map((h) => h.fqdn).sort());

    const cli = await run(['catalog', 'check', '--mode', 'minimal', '--resolver', resolver]);
    expect(cli.code).toBe(0);
    expect(cli.err).toBe('');
    expect(cli.out).toContain(`catalog check: target commercial, mode minimal, edition 2026-06-08, resolver ${resolver}`);
    expect(cli.out).toMatch(
      /evwebamp0905\.service\.softlayer\.com\s+10\.2\.118\.16\s+10\.2\.118\.16\s+covered\s+resolves to 10\.2\.118\.16, as documented/,
    );
    expect(cli.out).toContain('result: covered');
  });

  test('an AMP proxy moved inside its /24: covered in minimal mode, outside in hosts mode', async () => {
    const resolver = await serve({ ...documented(), [AMP5]: ['10.2.118.77'] });
    const minimal = await checkCatalog({ mode: AccessMode.MINIMAL, resolver });
    expect(minimal.outcome).toBe(CatalogCheckOutcome.COVERED);
    expect(minimal.hosts.find((h) => h.fqdn === AMP5)).toMatchObject({
      status: HostCheckStatus.COVERED,
      moved: true,
      detail: 'resolves to 10.2.118.77, not the documented 10.2.118.16, but inside what mode minimal opens',
    });

    const hosts = await checkCatalog({ mode: AccessMode.HOSTS, resolver });
    expect(hosts.outcome).toBe(CatalogCheckOutcome.OUTSIDE);
    expect(hosts.hosts.filter((h) => h.status === HostCheckStatus.OUTSIDE).map((h) => h.fqdn)).toEqual([AMP5]);
    expect(hosts.hosts.find((h) => h.fqdn === AMP5)?.resolved).toEqual([{ address: '10.2.118.77', egressOpen: false, managementOpen: false }]);

    const cli = await run(['catalog', 'check', '--mode', 'hosts', '--resolver', resolver]);
    expect(cli.code).toBe(1);
    expect(cli.out).toContain(
      'resolves to 10.2.118.77 (documented 10.2.118.16), outside what mode hosts opens: 10.2.118.77 (egress tcp/8087 and management ingress not open)',
    );
    expect(cli.out).toContain('result: OUTSIDE');
  });

  test('an AMP proxy moved outside its /24: outside in minimal mode (exit 1), covered in broad mode', async () => {
    const resolver = await serve({ ...documented(), [AMP5]: ['10.2.119.16'] });
    const cli = await run(['catalog', 'check', '--mode', 'minimal', '--resolver', resolver, '--format', 'json']);
    expect(cli.code).toBe(1);
    const report = JSON.parse(cli.out);
    expect(report.outcome).toBe('outside');
    expect(report.hosts.filter((h: { status: string }) => h.status === 'outside')).toEqual([
      expect.objectContaining({
        fqdn: AMP5,
        documentedAddress: '10.2.118.16',
        resolved: [{ address: '10.2.119.16', egressOpen: false, managementOpen: false }],
      }),
    ]);
    expect((await checkCatalog({ resolver })).outcome).toBe(CatalogCheckOutcome.COVERED);
  });

  test('a second answer outside the range makes the host outside, naming only that address', async () => {
    const resolver = await serve({ ...documented(), [AMP5]: ['10.2.118.16', '10.9.0.1'] });
    const report = await checkCatalog({ mode: AccessMode.MINIMAL, resolver });
    expect(report.hosts.find((h) => h.fqdn === AMP5)).toMatchObject({
      status: HostCheckStatus.OUTSIDE,
      detail:
        'resolves to 10.2.118.16, 10.9.0.1 (documented 10.2.118.16), outside what mode minimal opens: 10.9.0.1 (egress tcp/8087 and management ingress not open)',
    });
  });

  test('a host that no longer resolves (NXDOMAIN) is reported without failing', async () => {
    const resolver = await serve({ ...documented(), 'evwebamp0910.service.softlayer.com': 'NXDOMAIN' });
    const report = await checkCatalog({ mode: AccessMode.HOSTS, resolver });
    expect(report.outcome).toBe(CatalogCheckOutcome.COVERED);
    expect(report.hosts.find((h) => h.fqdn === 'evwebamp0910.service.softlayer.com')).toMatchObject({
      status: HostCheckStatus.NOT_RESOLVING,
      errorCode: 'ENOTFOUND',
      resolved: [],
      detail: 'no longer resolves (ENOTFOUND); documented 10.2.118.21',
    });
    const cli = await run(['catalog', 'check', '--mode', 'hosts', '--resolver', resolver]);
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/evwebamp0910\.service\.softlayer\.com\s+10\.2\.118\.21\s+—\s+not-resolving/);
  });

  test('a server failure leaves the check undecided (exit 3), unless another answer is outside (exit 1)', async () => {
    const resolver = await serve({ ...documented(), 'cloudbackupregister.service.softlayer.com': 'SERVFAIL' });
    const report = await checkCatalog({ mode: AccessMode.MINIMAL, resolver, tries: 1, timeoutMs: 500 });
    expect(report.outcome).toBe(CatalogCheckOutcome.UNDECIDED);
    expect(report.hosts[0]).toMatchObject({ status: HostCheckStatus.LOOKUP_FAILED, errorCode: 'ESERVFAIL' });
    await server!.stop();
    const both = await serve({ ...documented(), 'cloudbackupregister.service.softlayer.com': 'SERVFAIL', [AMP5]: ['10.3.0.1'] });
    expect((await checkCatalog({ mode: AccessMode.MINIMAL, resolver: both, tries: 1, timeoutMs: 500 })).outcome).toBe(CatalogCheckOutcome.OUTSIDE);
  });

  test('an unreachable resolver: lookups could not be made, exit 3', async () => {
    const port = await closedLocalPort();
    const cli = await run(['catalog', 'check', '--resolver', `127.0.0.1:${port}`, '--timeout', '200']);
    expect(cli.code).toBe(3);
    expect(cli.out).toContain('result: undecided');
    expect(cli.out).toMatch(
      /cloudbackupregister\.service\.softlayer\.com\s+10\.200\.86\.22\s+—\s+lookup-failed\s+lookup failed \((ECONNREFUSED|ETIMEOUT)\), nothing decided/,
    );
  });

  test('federal: the federal WebCC is checked, the registration host without an address is listed as not checked', async () => {
    const resolver = await serve(documented());
    const report = await checkCatalog({ target: BackupTarget.FEDERAL, mode: AccessMode.HOSTS, resolver });
    expect(report.hosts.map((h) => [h.fqdn, h.status])).toEqual([['webcc.service.usgov.softlayer.com', HostCheckStatus.COVERED]]);
    expect(report.notChecked).toEqual(['cloudbackupregister.service.usgov.softlayer.com']);
    const cli = await run(['catalog', 'check', '--target', 'federal', '--resolver', resolver]);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('not checked (no documented address to compare): cloudbackupregister.service.usgov.softlayer.com');
  });

  test('older editions are compared with their own hosts (2018: ev-webcc01 and evregister)', async () => {
    const resolver = await serve(documented(CatalogEdition.EDITION_2018_12_14));
    const report = await checkCatalog({ edition: CatalogEdition.EDITION_2018_12_14, mode: AccessMode.MINIMAL, resolver });
    expect(report.outcome).toBe(CatalogCheckOutcome.COVERED);
    expect(report.hosts.slice(0, 2).map((h) => h.fqdn)).toEqual(['ev-webcc01.service.softlayer.com', 'evregister.service.softlayer.com']);
    expect(report.hosts).toHaveLength(10);
  });
});

describe('catalog check input', () => {
  test.each([
    [['--resolver', 'dns.example.com'], /resolver: must be an IPv4 address with an optional port/],
    [['--resolver', '127.0.0.1:70000'], /resolver: must be an IPv4 address/],
    [['--timeout', '0'], /timeoutMs: must be a positive integer/],
    [['--mode', 'narrow'], /mode: must be one of broad, minimal, hosts/],
    [['--format', 'yaml'], /--format must be one of table, json/],
    [['--colour'], /unknown option '--colour'/],
  ])('%j exits 2 naming the problem', async (args, message) => {
    const cli = await run(['catalog', 'check', ...args]);
    expect(cli.code).toBe(2);
    expect(cli.out).toBe('');
    expect(cli.err).toMatch(message);
  });

  test('an unknown subcommand exits 2 with usage; --help prints it', async () => {
    expect((await run(['catalog', 'verify'])).code).toBe(2);
    const help = await run(['catalog', 'check', '--help']);
    expect(help.code).toBe(0);
    expect(help.out).toContain('--resolver ADDRESS[:PORT]');
  });

  test('the library refuses bad options with a validation error before any lookup', async () => {
    await expect(checkCatalog({ resolver: '::1' })).rejects.toBeInstanceOf(ConnectivityValidationError);
    await expect(checkCatalog({ edition: CatalogEdition.EDITION_2024_07_23, vaultDataCenters: ['dal13'] })).rejects.toThrow(/vaultDataCenters/);
  });
});
