import { BackupTarget, CatalogEdition, EndpointCatalog, EndpointRole } from '../../lib';

describe('endpoint catalog', () => {
  test('holds three editions, the newest as default', () => {
    expect(EndpointCatalog.editions()).toEqual([
      CatalogEdition.EDITION_2018_12_14,
      CatalogEdition.EDITION_2024_07_23,
      CatalogEdition.EDITION_2026_06_08,
    ]);
    expect(EndpointCatalog.forEdition().edition).toBe(CatalogEdition.EDITION_2026_06_08);
  });

  test('records the repository, path, commit, lastupdated and exact title of every page an edition was read from', () => {
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2018_12_14).sources).toEqual([
      {
        repository: 'ibm-cloud-docs/Backup',
        path: 'port-information.md',
        commit: '62d6cea0f93b33e45499fdaa6f7e1b7bbaee3fef',
        lastUpdated: '2018-12-14',
        title: 'Configuring Ports to allow communication between the backup agent and {{site.data.keyword.backup_notm}} portal',
      },
    ]);
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23).sources).toEqual([
      {
        repository: 'ibm-cloud-docs/Backup',
        path: 'port-information.md',
        commit: 'f303eb5ad192f60c3f639518a5ace10d6a728ee7',
        lastUpdated: '2024-07-23',
        title: 'Configuring Ports to allow communication between the backup agent and Cloud Backup Portal',
      },
    ]);
    const latest = EndpointCatalog.forEdition(CatalogEdition.EDITION_2026_06_08);
    expect(latest.sources.map((s) => [s.repository, s.path, s.commit.slice(0, 7), s.lastUpdated, s.title, s.section])).toEqual([
      [
        'ibm-cloud-docs/Backup',
        'port-information.md',
        '20c7f3a',
        '2026-06-08',
        'Configuring firewall ports for {{site.data.keyword.backup_notm}}',
        undefined,
      ],
      [
        'ibm-cloud-docs/infrastructure-hub',
        'ips.md',
        '3ff8af1',
        '2025-10-03',
        '{{site.data.keyword.cloud_notm}} IP ranges (Classic infrastructure)',
        'eVault by Data Center',
      ],
      [
        'ibm-cloud-docs/Backup',
        'ts-offline-agent-linux.md',
        '20c7f3a',
        '2026-06-08',
        'Why does my Linux Backup Agent appear offline?',
        'the federal registration host',
      ],
    ]);
    expect(latest.source).toEqual(latest.sources[0]);
    for (const edition of EndpointCatalog.editions()) {
      for (const source of EndpointCatalog.forEdition(edition).sources) expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  test('2026 edition: the hosts and addresses of 2024, minimum subnets plus 10.2.126.0/24', () => {
    const latest = EndpointCatalog.forEdition(CatalogEdition.EDITION_2026_06_08);
    const previous = EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23);
    expect(latest.endpoints).toEqual(previous.endpoints);
    expect(latest.vaultExampleHosts).toEqual(previous.vaultExampleHosts);
    expect(latest.portalPorts).toEqual([8086, 8087]);
    expect(latest.vaultPort).toBe(2546);
    expect(latest.minimalSubnets(BackupTarget.COMMERCIAL).map((s) => s.cidr)).toEqual(['10.200.86.0/24', '10.2.118.0/24', '10.2.126.0/24']);
  });

  test('2026 edition: the eVault table of ips.md, 36 data centers, dal09 rows merged', () => {
    const latest = EndpointCatalog.forEdition(CatalogEdition.EDITION_2026_06_08);
    const table = latest.vaultDataCenters;
    expect(table).toHaveLength(36);
    expect(new Set(table.map((dc) => dc.dataCenter)).size).toBe(36);
    expect(latest.vaultRangesOf('dal13')).toEqual(['10.200.134.0/24']);
    expect(latest.vaultRangesOf('lon02')).toEqual(['10.1.214.0/24', '10.201.102.0/24']);
    expect(latest.vaultRangesOf('dal09')).toEqual(['10.2.118.0/24', '10.2.126.0/24']);
    expect(latest.vaultRangesOf('dal10')).toEqual(['10.200.86.0/24']);
    expect(latest.vaultRangesOf('dal05')).toBeUndefined();
    expect(table[0]).toEqual({ dataCenter: 'ams03', cidrs: ['10.3.134.0/24'] });
    expect(table[35]).toEqual({ dataCenter: 'wdc07', cidrs: ['10.200.182.0/24'] });
    expect(table.flatMap((dc) => dc.cidrs).every((c) => /\/24$/.test(c))).toBe(true);
    expect(latest.hasVaultDataCenters).toBe(true);
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23).hasVaultDataCenters).toBe(false);
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2018_12_14).vaultDataCenters).toEqual([]);
  });

  test('2026 edition: the federal registration host has no address and only that edition names it', () => {
    const latest = EndpointCatalog.forEdition(CatalogEdition.EDITION_2026_06_08);
    expect(latest.unaddressedEndpoints(BackupTarget.FEDERAL)).toEqual([
      {
        fqdn: 'cloudbackupregister.service.usgov.softlayer.com',
        ports: [8086],
        role: EndpointRole.REGISTRATION,
        target: BackupTarget.FEDERAL,
        namedIn: 'ibm-cloud-docs/Backup ts-offline-agent-linux.md',
      },
    ]);
    expect(latest.unaddressedEndpoints(BackupTarget.COMMERCIAL)).toEqual([]);
    expect(latest.endpoints.some((e) => e.fqdn === 'cloudbackupregister.service.usgov.softlayer.com')).toBe(false);
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23).unaddressedEndpoints(BackupTarget.FEDERAL)).toEqual([]);
  });

  test('2018 edition: ev-webcc01/evregister and evwebamp0901-0908 in order', () => {
    const catalog = EndpointCatalog.forEdition(CatalogEdition.EDITION_2018_12_14);
    const amp = catalog.agentEndpoints(BackupTarget.COMMERCIAL).filter((e) => e.role === EndpointRole.AMP_PROXY);
    expect(amp.map((e) => `${e.fqdn}=${e.ipv4}:${e.ports}`)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `evwebamp090${n}.service.softlayer.com=10.2.118.${11 + n}:8087`),
    );
    expect(catalog.endpoints.filter((e) => e.ipv4 === '10.0.82.12').map((e) => e.fqdn)).toEqual([
      'ev-webcc01.service.softlayer.com',
      'evregister.service.softlayer.com',
    ]);
    expect(catalog.minimalSubnets(BackupTarget.COMMERCIAL).map((s) => s.cidr)).toEqual(['10.0.82.0/24', '10.2.118.0/24']);
  });

  test('2024 edition: registration on 8086, the portal website for browsers only, evwebamp0901-0910', () => {
    const catalog = EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23);
    const agent = catalog.agentEndpoints(BackupTarget.COMMERCIAL);
    expect(agent.find((e) => e.role === EndpointRole.REGISTRATION)).toMatchObject({
      fqdn: 'cloudbackupregister.service.softlayer.com',
      ipv4: '10.200.86.22',
      ports: [8086],
    });
    expect(agent.some((e) => e.fqdn === 'ibmcloudbackup.service.softlayer.com')).toBe(false);
    expect(catalog.endpoints.find((e) => e.fqdn === 'ibmcloudbackup.service.softlayer.com')?.ports).toEqual([443]);
    expect(agent.filter((e) => e.role === EndpointRole.AMP_PROXY).map((e) => e.ipv4)).toEqual(
      [12, 13, 14, 15, 16, 17, 18, 19, 20, 21].map((n) => `10.2.118.${n}`),
    );
    expect(catalog.vaultPort).toBe(2546);
    expect(catalog.vaultExampleHosts).toContain('ev-director301.service.softlayer.com');
  });

  test.each(EndpointCatalog.editions())('edition %s: the federal WebCC is 100.100.6.20 on 8086-8087 and has no minimum subnet', (edition) => {
    const catalog = EndpointCatalog.forEdition(edition);
    expect(catalog.agentEndpoints(BackupTarget.FEDERAL)).toEqual([
      expect.objectContaining({
        fqdn: 'webcc.service.usgov.softlayer.com',
        ipv4: '100.100.6.20',
        ports: [8086, 8087],
        role: EndpointRole.FEDERAL_PORTAL,
      }),
    ]);
    expect(catalog.minimalSubnets(BackupTarget.FEDERAL)).toEqual([]);
  });

  test('an unknown edition is refused with the known ones, oldest first', () => {
    expect(() => EndpointCatalog.forEdition('1999-01-01' as CatalogEdition)).toThrow(
      new Error("Unknown catalog edition '1999-01-01'; expected one of 2018-12-14, 2024-07-23, 2026-06-08"),
    );
  });

  test('the vault port and where each edition has it from: the 2018 page gives none, so 2546 comes from the 2024 page', () => {
    const portSources = EndpointCatalog.editions().map((edition) => {
      const catalog = EndpointCatalog.forEdition(edition);
      return [edition, catalog.vaultPort, catalog.vaultPortSource];
    });
    expect(portSources).toEqual([
      [CatalogEdition.EDITION_2018_12_14, 2546, 'ibm-cloud-docs/Backup port-information.md (2024-07-23, commit f303eb5)'],
      [CatalogEdition.EDITION_2024_07_23, 2546, 'ibm-cloud-docs/Backup port-information.md (2024-07-23, commit f303eb5)'],
      [CatalogEdition.EDITION_2026_06_08, 2546, 'ibm-cloud-docs/Backup port-information.md (2026-06-08, commit 20c7f3a)'],
    ]);
  });

  test('vault example hosts: none in 2018, the four of the 2024 page since', () => {
    const documented = [
      'ev-director301.service.softlayer.com',
      'ev-vaultdal1201.service.softlayer.com',
      'ev-vaultlon0201.service.softlayer.com',
      'ev-vaulthkg0201.service.softlayer.com',
    ];
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2018_12_14).vaultExampleHosts).toEqual([]);
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23).vaultExampleHosts).toEqual(documented);
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2026_06_08).vaultExampleHosts).toEqual(documented);
  });

  test.each(EndpointCatalog.editions())('edition %s: a target that is not given (untyped JavaScript) has no hosts, addressed or not', (edition) => {
    const catalog = EndpointCatalog.forEdition(edition);
    const none = undefined as unknown as BackupTarget;
    expect(catalog.unaddressedEndpoints(none)).toEqual([]);
    expect(catalog.agentEndpoints(none)).toEqual([]);
    expect(catalog.minimalSubnets(none)).toEqual([]);
  });

  test.each([CatalogEdition.EDITION_2018_12_14, CatalogEdition.EDITION_2024_07_23])(
    'edition %s: without an eVault table, no data center has ranges and no host lacks an address',
    (edition) => {
      const catalog = EndpointCatalog.forEdition(edition);
      expect(catalog.hasVaultDataCenters).toBe(false);
      expect(catalog.vaultDataCenters).toEqual([]);
      expect(catalog.vaultRangesOf('dal13')).toBeUndefined();
      expect(catalog.unaddressedEndpoints(BackupTarget.FEDERAL)).toEqual([]);
      expect(catalog.unaddressedEndpoints(BackupTarget.COMMERCIAL)).toEqual([]);
    },
  );

  test('catalog accessors return copies', () => {
    const catalog = EndpointCatalog.forEdition();
    catalog.endpoints.pop();
    expect(catalog.endpoints.length).toBe(EndpointCatalog.forEdition().endpoints.length);
  });
});
