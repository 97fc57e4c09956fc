import { BackupTarget, CatalogEdition, EndpointCatalog, EndpointRole } from '../../lib';

describe('endpoint catalog', () => {
  test('holds both editions, the newest as default', () => {
    expect(EndpointCatalog.editions()).toEqual([CatalogEdition.EDITION_2018_12_14, CatalogEdition.EDITION_2024_07_23]);
    expect(EndpointCatalog.forEdition().edition).toBe(CatalogEdition.EDITION_2024_07_23);
  });

  test('records where each edition was read', () => {
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2024_07_23).source).toMatchObject({
      repository: 'ibm-cloud-docs/Backup',
      path: 'port-information.md',
      lastUpdated: '2024-07-23',
    });
    expect(EndpointCatalog.forEdition(CatalogEdition.EDITION_2018_12_14).source).toMatchObject({
      repository: 'vickmuir/Backup',
      lastUpdated: '2018-12-14',
    });
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
      expect.objectContaining({ fqdn: 'webcc.service.usgov.softlayer.com', ipv4: '100.100.6.20', ports: [8086, 8087], role: EndpointRole.FEDERAL_PORTAL }),
    ]);
    expect(catalog.minimalSubnets(BackupTarget.FEDERAL)).toEqual([]);
  });

  test('an unknown edition is refused', () => {
    expect(() => EndpointCatalog.forEdition('1999-01-01' as CatalogEdition)).toThrow(/Unknown catalog edition '1999-01-01'/);
  });

  test('catalog accessors return copies', () => {
    const catalog = EndpointCatalog.forEdition();
    catalog.endpoints.pop();
    expect(catalog.endpoints.length).toBe(EndpointCatalog.forEdition().endpoints.length);
  });
});
