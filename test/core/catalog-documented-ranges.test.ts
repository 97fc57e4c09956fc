import { AccessMode, CatalogEdition, ConnectivityPolicy, ConnectivityRule, EndpointCatalog, FlowDirection, RulePurpose } from '../../lib';

/**
 * The table "eVault by Data Center" of IBM's classic infrastructure IP ranges page, transcribed by
 * hand from the page itself, row by row and in the page's order: `ips.md` of
 * `ibm-cloud-docs/infrastructure-hub` at commit 3ff8af1e2106b34ec7f555568119f0476225c30d
 * (lastupdated 2025-10-03), section "Service by data center", table caption "eVault by Data Center".
 * A cell with several ranges separated by line breaks is one row with several ranges; the page
 * gives dal09 in two rows of its own. The required flows the page states above the rows: "Outbound
 * TCP 2546 from your private VLANs to IP ranges documented for each DC where you need to access
 * your vault."
 *
 * This is test data of its own, not read from the library: the test compares the library's table
 * with it.
 */
const DOCUMENTED_ROWS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ams03', ['10.3.134.0/24']],
  ['che01', ['10.200.22.0/24']],
  ['dal08', ['100.100.6.0/24']],
  ['dal09', ['10.2.118.0/24']],
  ['dal09', ['10.2.126.0/24']],
  ['dal10', ['10.200.86.0/24']],
  ['dal12', ['10.200.118.0/24']],
  ['dal13', ['10.200.134.0/24']],
  ['fra02', ['10.3.86.0/24', '10.201.150.0/24']],
  ['fra04', ['10.201.118.0/24']],
  ['fra05', ['10.201.134.0/24']],
  ['lon02', ['10.1.214.0/24', '10.201.102.0/24']],
  ['lon04', ['10.201.38.0/24']],
  ['lon05', ['10.201.54.0/24']],
  ['lon06', ['10.201.70.0/24']],
  ['mil01', ['10.3.150.0/24']],
  ['mon01', ['10.3.118.0/24']],
  ['osa21', ['10.202.118.0/24']],
  ['osa22', ['10.202.150.0/24']],
  ['osa23', ['10.202.166.0/24']],
  ['par01', ['10.2.150.0/24']],
  ['sao01', ['10.200.6.0/24']],
  ['sjc01', ['10.1.198.0/24', '10.200.38.0/24']],
  ['sjc03', ['10.3.182.0/24']],
  ['sjc04', ['10.201.86.0/24']],
  ['sng01', ['10.2.38.0/24', '10.200.150.0/24']],
  ['syd01', ['10.3.102.0/24']],
  ['syd04', ['10.201.22.0/24']],
  ['tok02', ['10.201.166.0/24']],
  ['tok04', ['10.201.182.0/24']],
  ['tok05', ['10.201.198.0/24']],
  ['tor01', ['10.2.54.0/24']],
  ['wdc01', ['10.1.114.0/24']],
  ['wdc03', ['100.100.38.0/24']],
  ['wdc04', ['10.3.166.0/24', '10.201.6.0/24']],
  ['wdc06', ['10.200.166.0/24']],
  ['wdc07', ['10.200.182.0/24']],
];

/** The TCP port the page's required flows name for the vault. */
const DOCUMENTED_VAULT_PORT = 2546;

/** The documented rows with a data center's consecutive rows joined into one, as the edition keeps them. */
function documentedDataCenters(): Array<{ dataCenter: string; cidrs: string[] }> {
  const merged: Array<{ dataCenter: string; cidrs: string[] }> = [];
  for (const [dataCenter, cidrs] of DOCUMENTED_ROWS) {
    const last = merged[merged.length - 1];
    if (last?.dataCenter === dataCenter) last.cidrs.push(...cidrs);
    else merged.push({ dataCenter, cidrs: [...cidrs] });
  }
  return merged;
}

const DOCUMENTED = documentedDataCenters();
const latest = EndpointCatalog.forEdition(CatalogEdition.EDITION_2026_06_08);

const ruleText = (r: ConnectivityRule) =>
  `${r.direction} ${r.protocol} ${r.cidr}:${r.fromPort}-${r.toPort} [${r.purposes.join(',')}] ${r.description}`;

describe('edition 2026-06-08: the eVault table equals the documented one', () => {
  test('the page has 37 rows of 36 data centers: dal09 alone has two rows', () => {
    expect(DOCUMENTED_ROWS).toHaveLength(37);
    expect(DOCUMENTED).toHaveLength(36);
    expect(DOCUMENTED.filter((dc) => DOCUMENTED_ROWS.filter(([code]) => code === dc.dataCenter).length > 1).map((dc) => dc.dataCenter)).toEqual([
      'dal09',
    ]);
  });

  test('the whole table, in the page order', () => {
    expect(latest.vaultDataCenters).toEqual(DOCUMENTED);
  });

  test.each(DOCUMENTED.map((dc) => [dc.dataCenter, dc.cidrs] as const))('%s: the catalog gives exactly %j', (dataCenter, cidrs) => {
    expect(latest.vaultRangesOf(dataCenter)).toEqual(cidrs);
  });

  test('the vault port is the documented TCP 2546, and the eVault page is a recorded source', () => {
    expect(latest.vaultPort).toBe(DOCUMENTED_VAULT_PORT);
    expect(latest.sources).toContainEqual(
      expect.objectContaining({
        repository: 'ibm-cloud-docs/infrastructure-hub',
        path: 'ips.md',
        commit: '3ff8af1e2106b34ec7f555568119f0476225c30d',
        lastUpdated: '2025-10-03',
        section: 'eVault by Data Center',
      }),
    );
  });
});

describe('vaultDataCenters opens exactly the documented ranges on TCP 2546', () => {
  const without = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.9.9.0/24'] }).rules.map(ruleText);

  test.each(DOCUMENTED.map((dc) => [dc.dataCenter, dc.cidrs] as const))(
    '%s: one egress vault rule per documented range, nothing else',
    (dataCenter, cidrs) => {
      const policy = ConnectivityPolicy.resolve({ mode: AccessMode.MINIMAL, vaultCidrs: ['10.9.9.0/24'], vaultDataCenters: [dataCenter] });
      const rules = policy.rules.map(ruleText);
      const added = rules.filter((r) => !without.includes(r));
      expect(rules.filter((r) => !added.includes(r))).toEqual(without);
      expect(added.sort()).toEqual(
        cidrs
          .map(
            (cidr) =>
              `${FlowDirection.EGRESS} tcp ${cidr}:${DOCUMENTED_VAULT_PORT}-${DOCUMENTED_VAULT_PORT} [${RulePurpose.VAULT}] IBM Cloud Backup agent to vault`,
          )
          .sort(),
      );
    },
  );
});
