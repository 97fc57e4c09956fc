import { AccessMode, BackupTarget, CatalogEdition, ConnectivityPolicy, RulePurpose } from '../../lib';

type Row = [direction: string, cidr: string, ports: string];

function table(policy: ConnectivityPolicy): Row[] {
  return policy.rules.map((r) => [r.direction, r.cidr, r.fromPort === r.toPort ? `${r.fromPort}` : `${r.fromPort}-${r.toPort}`]);
}

const E2018 = CatalogEdition.EDITION_2018_12_14;
const E2024 = CatalogEdition.EDITION_2024_07_23;
const E2026 = CatalogEdition.EDITION_2026_06_08;

/**
 * The semantics table of the README, one row per target, mode and edition, with no vault,
 * CentralControl or additional endpoint: what the documentation and our decisions give.
 */
const EXPECTED: Array<[BackupTarget, AccessMode, CatalogEdition, Row[]]> = [
  [
    BackupTarget.COMMERCIAL,
    AccessMode.BROAD,
    E2018,
    [
      ['ingress', '10.0.0.0/8', '2548'],
      ['egress', '10.0.0.0/8', '2546'],
      ['egress', '10.0.0.0/8', '8086-8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.BROAD,
    E2024,
    [
      ['ingress', '10.0.0.0/8', '2548'],
      ['egress', '10.0.0.0/8', '2546'],
      ['egress', '10.0.0.0/8', '8086-8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.BROAD,
    E2026,
    [
      ['ingress', '10.0.0.0/8', '2548'],
      ['egress', '10.0.0.0/8', '2546'],
      ['egress', '10.0.0.0/8', '8086-8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.MINIMAL,
    E2018,
    [
      ['ingress', '10.0.82.0/24', '2548'],
      ['ingress', '10.2.118.0/24', '2548'],
      ['egress', '10.0.82.0/24', '8086-8087'],
      ['egress', '10.2.118.0/24', '8086-8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.MINIMAL,
    E2024,
    [
      ['ingress', '10.2.118.0/24', '2548'],
      ['ingress', '10.200.86.0/24', '2548'],
      ['egress', '10.2.118.0/24', '8086-8087'],
      ['egress', '10.200.86.0/24', '8086-8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.MINIMAL,
    E2026,
    [
      ['ingress', '10.2.118.0/24', '2548'],
      ['ingress', '10.2.126.0/24', '2548'],
      ['ingress', '10.200.86.0/24', '2548'],
      ['egress', '10.2.118.0/24', '8086-8087'],
      ['egress', '10.2.126.0/24', '8086-8087'],
      ['egress', '10.200.86.0/24', '8086-8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.HOSTS,
    E2018,
    [
      ['ingress', '10.0.82.12/32', '2548'],
      ['ingress', '10.2.118.12/30', '2548'],
      ['ingress', '10.2.118.16/30', '2548'],
      ['egress', '10.0.82.12/32', '8086-8087'],
      ['egress', '10.2.118.12/30', '8087'],
      ['egress', '10.2.118.16/30', '8087'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.HOSTS,
    E2024,
    [
      ['ingress', '10.2.118.12/30', '2548'],
      ['ingress', '10.2.118.16/30', '2548'],
      ['ingress', '10.2.118.20/31', '2548'],
      ['ingress', '10.200.86.22/32', '2548'],
      ['egress', '10.2.118.12/30', '8087'],
      ['egress', '10.2.118.16/30', '8087'],
      ['egress', '10.2.118.20/31', '8087'],
      ['egress', '10.200.86.22/32', '8086'],
    ],
  ],
  [
    BackupTarget.COMMERCIAL,
    AccessMode.HOSTS,
    E2026,
    [
      ['ingress', '10.2.118.12/30', '2548'],
      ['ingress', '10.2.118.16/30', '2548'],
      ['ingress', '10.2.118.20/31', '2548'],
      ['ingress', '10.200.86.22/32', '2548'],
      ['egress', '10.2.118.12/30', '8087'],
      ['egress', '10.2.118.16/30', '8087'],
      ['egress', '10.2.118.20/31', '8087'],
      ['egress', '10.200.86.22/32', '8086'],
    ],
  ],
  ...[E2018, E2024, E2026].map((edition): [BackupTarget, AccessMode, CatalogEdition, Row[]] => [
    BackupTarget.FEDERAL,
    AccessMode.BROAD,
    edition,
    [
      ['ingress', '10.0.0.0/8', '2548'],
      ['ingress', '100.100.6.20/32', '2548'],
      ['egress', '10.0.0.0/8', '2546'],
      ['egress', '10.0.0.0/8', '8086-8087'],
      ['egress', '100.100.6.20/32', '8086-8087'],
    ],
  ]),
  ...[AccessMode.MINIMAL, AccessMode.HOSTS].flatMap((mode) =>
    [E2018, E2024, E2026].map((edition): [BackupTarget, AccessMode, CatalogEdition, Row[]] => [
      BackupTarget.FEDERAL,
      mode,
      edition,
      [
        ['ingress', '100.100.6.20/32', '2548'],
        ['egress', '100.100.6.20/32', '8086-8087'],
      ],
    ]),
  ),
];

describe('semantics for every target, mode and edition', () => {
  test('the table covers all eighteen combinations', () => {
    expect(new Set(EXPECTED.map(([t, m, e]) => `${t}/${m}/${e}`)).size).toBe(18);
  });

  test.each(EXPECTED)('%s %s %s', (target, mode, edition, rows) => {
    const policy = ConnectivityPolicy.resolve({ target, mode, edition });
    expect(table(policy)).toEqual(rows);
    expect(policy.rules.every((r) => r.protocol === 'tcp')).toBe(true);
  });
});

describe('vault egress on TCP 2546', () => {
  test('broad mode opens 10.0.0.0/8 and the named vaults outside it', () => {
    const policy = ConnectivityPolicy.resolve({ vaultCidrs: ['192.168.10.0/24', '10.50.0.0/16'] });
    const vault = policy.egressRules().filter((r) => r.fromPort === 2546);
    expect(vault.map((r) => r.cidr)).toEqual(['10.0.0.0/8', '192.168.10.0/24']);
  });

  test.each([AccessMode.MINIMAL, AccessMode.HOSTS])('%s mode opens only the named vaults', (mode) => {
    const policy = ConnectivityPolicy.resolve({ mode, vaultCidrs: ['10.60.1.5', '10.60.2.0/24'] });
    const vault = policy.egressRules().filter((r) => r.fromPort === 2546);
    expect(vault.map((r) => r.cidr)).toEqual(['10.60.1.5/32', '10.60.2.0/24']);
    expect(vault.every((r) => r.purposes.join() === RulePurpose.VAULT)).toBe(true);
    expect(policy.warnings.map((w) => w.id)).not.toContain('BackupAgentConnectivity:NoVault');
  });

  test.each([AccessMode.MINIMAL, AccessMode.HOSTS])('%s mode without vaults opens no vault port and warns', (mode) => {
    const policy = ConnectivityPolicy.resolve({ mode });
    expect(policy.rules.some((r) => r.fromPort <= 2546 && r.toPort >= 2546 && r.direction === 'egress')).toBe(false);
    expect(policy.warnings.map((w) => w.id)).toContain('BackupAgentConnectivity:NoVault');
  });
});

describe('management ingress', () => {
  test('comes from the egress address set, additional endpoints and CentralControl', () => {
    const policy = ConnectivityPolicy.resolve({
      mode: AccessMode.MINIMAL,
      additionalEndpointCidrs: ['10.201.0.0/24'],
      centralControlSources: ['192.168.5.10'],
      vaultCidrs: ['10.9.9.0/24'],
    });
    expect(policy.ingressRules().map((r) => `${r.cidr}:${r.fromPort}`)).toEqual([
      '10.2.118.0/24:2548',
      '10.2.126.0/24:2548',
      '10.200.86.0/24:2548',
      '10.201.0.0/24:2548',
      '192.168.5.10/32:2548',
    ]);
    expect(policy.egressRules().map((r) => `${r.cidr}:${r.fromPort}-${r.toPort}`)).toContain('10.201.0.0/24:8086-8087');
  });

  test('a custom management port replaces 2548', () => {
    const policy = ConnectivityPolicy.resolve({ managementPort: 3000 });
    expect(policy.ingressRules().map((r) => [r.cidr, r.fromPort, r.toPort])).toEqual([['10.0.0.0/8', 3000, 3000]]);
  });

  test('the legacy port 808 is added only when asked', () => {
    expect(ConnectivityPolicy.resolve().rules.some((r) => r.fromPort <= 808 && r.toPort >= 808)).toBe(false);
    const policy = ConnectivityPolicy.resolve({ allowLegacyManagementPort: true });
    expect(policy.ingressRules().map((r) => [r.cidr, r.fromPort, r.toPort, r.purposes])).toEqual([
      ['10.0.0.0/8', 808, 808, [RulePurpose.MANAGEMENT, RulePurpose.LEGACY_MANAGEMENT]],
      ['10.0.0.0/8', 2548, 2548, [RulePurpose.MANAGEMENT]],
    ]);
  });

  test('federal hosts mode trusts only the federal WebCC for management', () => {
    const policy = ConnectivityPolicy.resolve({ target: BackupTarget.FEDERAL, mode: AccessMode.HOSTS });
    expect(policy.ingressRules().map((r) => r.cidr)).toEqual(['100.100.6.20/32']);
  });
});

describe('warnings', () => {
  test('broad mode with defaults has none', () => {
    expect(ConnectivityPolicy.resolve().warnings).toEqual([]);
  });

  test('minimal mode carries the documentation warning, hosts mode a louder one', () => {
    const minimal = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.1.1.0/24'] });
    const hosts = ConnectivityPolicy.resolve({ mode: AccessMode.HOSTS, vaultCidrs: ['10.1.1.0/24'] });
    expect(minimal.warnings.map((w) => w.id)).toEqual(['BackupAgentConnectivity:MinimalMode']);
    expect(minimal.warnings[0].message).toMatch(/10\.0\.0\.0\/8/);
    expect(hosts.warnings.map((w) => w.id)).toEqual(['BackupAgentConnectivity:HostsMode']);
    expect(hosts.warnings[0].message).toMatch(/^HOSTS MODE IS FRAGILE/);
  });

  test('an older edition in a narrowed mode is flagged', () => {
    const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, edition: E2018, vaultCidrs: ['10.1.1.0/24'] });
    expect(policy.warnings.map((w) => w.id)).toContain('BackupAgentConnectivity:OlderEdition');
  });

  test('accepted public sources are flagged', () => {
    const policy = ConnectivityPolicy.resolve({ centralControlSources: ['203.0.113.0/24'], allowPublicSources: true });
    expect(policy.warnings.map((w) => w.id)).toEqual(['BackupAgentConnectivity:PublicSources']);
    expect(policy.ingressRules().map((r) => r.cidr)).toContain('203.0.113.0/24');
  });
});

describe('resolved options', () => {
  test('defaults', () => {
    expect(ConnectivityPolicy.resolve().options).toEqual({
      target: BackupTarget.COMMERCIAL,
      mode: AccessMode.BROAD,
      edition: E2026,
      managementPort: 2548,
      allowLegacyManagementPort: false,
      centralControlSources: [],
      vaultCidrs: [],
      vaultDataCenters: [],
      additionalEndpointCidrs: [],
      allowPublicSources: false,
    });
  });

  test('lists are normalised: bare addresses become /32, sorted, without duplicates', () => {
    const policy = ConnectivityPolicy.resolve({ vaultCidrs: ['10.2.0.0/16', '10.1.1.1', '10.1.1.1/32'] });
    expect(policy.options.vaultCidrs).toEqual(['10.1.1.1/32', '10.2.0.0/16']);
  });
});

describe('descriptions', () => {
  test('depend only on the kind of traffic, not on mode, target or edition', () => {
    const descriptions = new Set<string>();
    for (const target of Object.values(BackupTarget)) {
      for (const mode of Object.values(AccessMode)) {
        for (const edition of Object.values(CatalogEdition)) {
          ConnectivityPolicy.resolve({ target, mode, edition, vaultCidrs: ['10.1.0.0/16'] }).rules.forEach((r) => descriptions.add(r.description));
        }
      }
    }
    expect([...descriptions].sort()).toEqual([
      'IBM Cloud Backup agent management port',
      'IBM Cloud Backup agent to portal and AMP proxies',
      'IBM Cloud Backup agent to vault',
    ]);
  });
});
