import { AccessMode, CatalogEdition, ConnectivityPolicy, RulePurpose } from '../../lib';

const summary = (policy: ConnectivityPolicy) => policy.rules.map((r) => `${r.direction} ${r.cidr} ${r.fromPort}-${r.toPort}`);

describe('minimisation', () => {
  test('8086 and 8087 towards one host merge into one range', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, edition: CatalogEdition.EDITION_2018_12_14, vaultCidrs: ['10.9.0.0/16'] });
    expect(summary(policy)).toContain('egress 10.0.82.12/32 8086-8087');
  });

  test('two hosts with the same address become one rule whose purposes combine', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, edition: CatalogEdition.EDITION_2018_12_14 });
    const portal = policy.egressRules().find((r) => r.cidr === '10.0.82.12/32');
    expect(portal?.purposes).toEqual([RulePurpose.PORTAL, RulePurpose.REGISTRATION]);
  });

  test('AMP proxies 10.2.118.12 to .19 aggregate into exactly two /30s', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, edition: CatalogEdition.EDITION_2018_12_14 });
    const amp = policy.egressRules().filter((r) => r.purposes.includes(RulePurpose.AMP_PROXY));
    expect(amp.map((r) => r.cidr)).toEqual(['10.2.118.12/30', '10.2.118.16/30']);
  });

  test('AMP proxies 10.2.118.12 to .21 aggregate into two /30s and a /31', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS });
    const amp = policy.egressRules().filter((r) => r.purposes.includes(RulePurpose.AMP_PROXY));
    expect(amp.map((r) => r.cidr)).toEqual(['10.2.118.12/30', '10.2.118.16/30', '10.2.118.20/31']);
  });

  test('a rule contained in another of the same direction disappears and hands over its purpose', () => {
    const policy = ConnectivityPolicy.resolve({ vaultCidrs: ['10.1.2.0/24'], centralControlSources: ['10.3.0.0/16'] });
    expect(summary(policy)).toEqual(['ingress 10.0.0.0/8 2548-2548', 'egress 10.0.0.0/8 2546-2546', 'egress 10.0.0.0/8 8086-8087']);
    expect(policy.ingressRules()[0].purposes).toEqual([RulePurpose.MANAGEMENT, RulePurpose.CENTRAL_CONTROL]);
  });

  test('a contained address on other ports stays a separate narrow rule instead of splitting the wide one', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.200.86.5'] });
    expect(summary(policy).filter((r) => r.startsWith('egress'))).toEqual([
      'egress 10.2.118.0/24 8086-8087',
      'egress 10.2.126.0/24 8086-8087',
      'egress 10.200.86.0/24 8086-8087',
      'egress 10.200.86.5/32 2546-2546',
    ]);
  });

  test('adjacent management ports merge (legacy 808 next to a management port of 809)', () => {
    const policy = ConnectivityPolicy.resolve({ managementPort: 809, allowLegacyManagementPort: true });
    expect(policy.ingressRules().map((r) => `${r.cidr} ${r.fromPort}-${r.toPort}`)).toEqual(['10.0.0.0/8 808-809']);
  });

  test('a management port equal to 808 with the legacy port asked gives a single rule', () => {
    const policy = ConnectivityPolicy.resolve({ managementPort: 808, allowLegacyManagementPort: true });
    expect(policy.ingressRules().map((r) => `${r.cidr} ${r.fromPort}-${r.toPort}`)).toEqual(['10.0.0.0/8 808-808']);
  });

  test('adjacent CentralControl networks aggregate into one CIDR, overlapping ones collapse', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.MINIMAL,
      vaultCidrs: ['10.9.0.0/24'],
      centralControlSources: ['192.168.4.0/24', '192.168.5.0/24', '192.168.4.128/25', '192.168.6.0/24'],
    });
    const cc = policy.ingressRules().filter((r) => r.purposes.includes(RulePurpose.CENTRAL_CONTROL));
    expect(cc.map((r) => r.cidr)).toEqual(['192.168.4.0/23', '192.168.6.0/24']);
  });

  test('aggregation never widens: three adjacent /24s are a /23 and a /24, not a /22', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.MINIMAL,
      vaultCidrs: ['172.16.1.0/24', '172.16.2.0/24', '172.16.3.0/24'],
    });
    const vault = policy.egressRules().filter((r) => r.purposes.includes(RulePurpose.VAULT));
    expect(vault.map((r) => r.cidr)).toEqual(['172.16.1.0/24', '172.16.2.0/23']);
  });

  test('purposes stay precise per aggregated block', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, centralControlSources: ['10.2.118.22/32'], vaultCidrs: ['10.9.0.0/24'] });
    const byCidr = Object.fromEntries(policy.ingressRules().map((r) => [r.cidr, r.purposes]));
    expect(byCidr['10.2.118.22/32']).toEqual([RulePurpose.CENTRAL_CONTROL]);
    expect(byCidr['10.2.118.20/31']).toEqual([RulePurpose.MANAGEMENT]);
  });
});

describe('minimisation where user networks line up with catalogued blocks', () => {
  test('a user /32 on the first AMP proxy does not swallow the /30 of proxies around it', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.HOSTS,
      edition: CatalogEdition.EDITION_2018_12_14,
      additionalEndpointCidrs: ['10.2.118.12/32'],
    });
    expect(summary(policy).filter((r) => r.startsWith('egress'))).toEqual([
      'egress 10.0.82.12/32 8086-8087',
      'egress 10.2.118.12/30 8087-8087',
      'egress 10.2.118.12/32 8086-8087',
      'egress 10.2.118.16/30 8087-8087',
    ]);
  });

  test('a user /32 on the registration host merges ports and keeps both purposes', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.HOSTS,
      edition: CatalogEdition.EDITION_2024_07_23,
      additionalEndpointCidrs: ['10.200.86.22/32'],
    });
    const rule = policy.egressRules().find((r) => r.cidr === '10.200.86.22/32');
    expect(rule).toMatchObject({ fromPort: 8086, toPort: 8087, purposes: [RulePurpose.REGISTRATION, RulePurpose.ADDITIONAL_ENDPOINT] });
  });

  test('a user /24 around the AMP proxies absorbs them and carries both purposes', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.HOSTS,
      edition: CatalogEdition.EDITION_2024_07_23,
      additionalEndpointCidrs: ['10.2.118.0/24'],
    });
    expect(policy.egressRules().map((r) => `${r.cidr} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual([
      '10.2.118.0/24 8086-8087 amp-proxy,additional-endpoint',
      '10.200.86.22/32 8086-8086 registration',
    ]);
    expect(policy.ingressRules().map((r) => `${r.cidr} ${r.purposes.join(',')}`)).toEqual(['10.2.118.0/24 management', '10.200.86.22/32 management']);
  });

  test('a user block equal to an aggregated AMP block merges the ports whatever order the port groups come in', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, additionalEndpointCidrs: ['10.2.118.12/30'] });
    expect(policy.egressRules().map((r) => `${r.cidr} ${r.fromPort}-${r.toPort} ${r.purposes.join(',')}`)).toEqual([
      '10.2.118.12/30 8086-8087 amp-proxy,additional-endpoint',
      '10.2.118.16/30 8087-8087 amp-proxy',
      '10.2.118.20/31 8087-8087 amp-proxy',
      '10.200.86.22/32 8086-8086 registration',
    ]);
  });

  test('a host on the first port of a wider user rule is absorbed by it', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, additionalEndpointCidrs: ['10.0.0.0/8'] });
    expect(summary(policy)).toEqual(['ingress 10.0.0.0/8 2548-2548', 'egress 10.0.0.0/8 8086-8087']);
    expect(policy.egressRules()[0].purposes).toEqual([RulePurpose.REGISTRATION, RulePurpose.AMP_PROXY, RulePurpose.ADDITIONAL_ENDPOINT]);
  });
});
